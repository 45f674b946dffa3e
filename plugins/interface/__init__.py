"""The site's interface languages: gettext catalogs compiled with Babel, and
dates, months and language names from Babel's CLDR data. Pure: no Pelican."""
