"""Who published a clipping and where: outlet, source URL and byline.

Signals, strongest first: labelled lines (`Source: …`, `Kilde: https://…`,
`Quelle:`, `来源：`…), the site name the page repeats or appends to its
headline, the agency in a dateline (`BERLIN (dpa) –`, `MOSCOW, 27 Jan - X.`),
and the domain of the source address. Bylines come from prefixes in many
languages (`By`, `Von`, `Par`, `Автор:`, `记者`…) or a bare name right after
the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from .agencies import KNOWN_AGENCY_NAMES, canonical_agency
from .chrome._lexicon import LINK_NUMBER
from .segments import Segment
from .text import fold, has_unspaced_script, word_count

SOURCE_LABELS = frozenset(fold(label) for label in [
    "source", "sources", "kilde", "kilder", "quelle", "quellen", "fuente", "fonte", "nguồn", "bron",
    "källa", "lähde", "źródło", "zdroj", "izvor", "джерело", "источник", "kaynak", "sumber",
    "المصدر", "מקור", "来源", "來源", "出典", "出处", "出處", "출처", "ที่มา", "forrás", "sursa",
    "originally published", "original article", "original", "via",
])
LABELLED = re.compile(r"^(?P<label>[^\W\d_][^\n:：]{0,28}?)\s*[:：]\s*(?P<value>\S.{0,200})$")
URL = re.compile(r"https?://[^\s<>\"'«»“”]+")
IMAGE_URL = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)")
BYLINE_PREFIX = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|autor(?:in)?|author|authors|written by|reporting by|text|"
    r"текст|автор|авторы|tác giả|bởi|oleh|yazar|przez|napisal[ao]?|escrito por|"
    r"记者|記者|文|撰文|撰稿|취재|글|ผู้เขียน|เรื่อง|penulis|wartawan|pewarta|reporter|reporters|"
    r"redacción|redaccion|מאת|كتب|بقلم|yazan|muhabir|लेखक|रिपोर्टर|संवाददाता|نویسنده|خبرنگار)"
    r"\s*(?:[:：/／]\s*|\s+)(?P<name>\S.*)$",
    re.IGNORECASE,
)
BYLINE_LABEL_ALONE = re.compile(
    r"(?i)^(?:by|von|par|por|di|autor(?:in)?|author|auteur|autore|penulis|tác giả|автор|yazar|لەگەڵ|نویسنده|لेखक|記者|记者|作者)\s*[:：]?$"
)
NAME_SEPARATORS = re.compile(r"\s*(?:[|;·•,(（/／]|\s[-–—]\s|\bupdated\b|\bpublished\b|\d{1,2}[./:]\d).*$", re.IGNORECASE)
# A bare name (or two joined by "and"), optionally with its sources in
# brackets or its agency after a slash: "Minh Duc (ifølge TASS)", "Anna Lindqvist/TT".
NAME_JOINERS = r"(?:and|und|et|y|e|i|и|och|og|en|ve|và|dan|و)"
TRAILING_CREDIT = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+(?:" + NAME_JOINERS + r"\s+)?[^\W\d_][\w'’.-]*){1,5})"
    r"\s*(?:\((?P<credit>[^()]{2,120})\)|/\s*(?P<agency>[^\W\d_][\w-]{1,15}))?$"
)
UNCASED_NAME_WORDS = 3
# A reporter's name alone in Chinese or Japanese: two to four Han characters.
HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# "…3月4日电（记者李华、王强）": the reporters in brackets after the dateline.
CJK_BRACKETED_REPORTERS = re.compile(r"[（(][记記]者(?P<names>[\u4e00-\u9fff·、]{2,24})[）)]")
# "AGERPRES/(AS - autor: Ioana Popescu, editor: …)": a credit line naming the author.
AUTHOR_IN_CREDIT = re.compile(r"(?i)\b(?:autor|author|auteur|autore|writer|reporter|reporter:|verfasser)\s*:\s*(?P<name>[^,;()\n]{3,60})")
CJK_REPORTER = re.compile(r"[（(]?(?P<agency>[^\s（()）]{2,6}?)?[记記]者(?P<rest>[\u4e00-\u9fff·]{2,9})\d{1,2}日[电電]")
KOREAN_REPORTER = re.compile(r"^(?P<name>[가-힣]{2,4})\s*기자")
# "(ANSA) - POMPEI, 06 MAR -" and Korean "(부산=연합뉴스)": the agency in brackets first.
LEADING_AGENCY = re.compile(
    r"^[(（](?:[^()（）=]{1,12}=(?P<agency>[^()（）=\d]{2,30})[)）]|(?P<wire>[^()（）=\d]{2,30})[)）]\s*[-–—])"
)
DATELINE_AGENCY = re.compile(
    r"^[^\W\d_][^\W\d_ .,'’-]*(?:[ -][^\W\d_]+){0,2}\s*(?:,[^()（）\n]{1,30}?)?\s*"
    r"[(（](?P<agency>[^()（）\d]{2,30})[)）]\s*[-–—:]"
)
# "Timișoara, 4 mar /Agerpres/ - …": the agency between slashes (a known
# agency only: "/PRNewswire/" marks a press release, not a wire story).
DATELINE_SLASHED_AGENCY = re.compile(r"^[^\n]{0,60}?/(?P<agency>[^/\s]{2,20})/\s*[-–—]")
# "BANDUNG, Example.com - …": the city in capitals, then the outlet.
DATELINE_CITY_OUTLET = re.compile(r"^[^\W\d_a-z]{3,}(?:[ -][^\W\d_a-z]{2,}){0,2},\s*(?P<agency>[^\s,]*[^\W\d_][^\s,]*)\s+[-–—]\s")
DATELINE_TRAILING_AGENCY = re.compile(
    r"^[^\W\d_]{2,}(?:[ -][^\W\d_]+){0,2},\s*[^-–—\n]{1,20}?\s*[-–—]\s*(?P<agency>[^\s.,;:]{2,20})[.,:]"
)
ACCORDING_TO = re.compile(
    r"^(?:theo|according to|selon|según|secondo|segundo|nach angaben von|по данным|за даними|据|據)\s+(?P<name>\S.{1,40})$",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    outlet: str | None = None
    outlet_source: str | None = None
    source_url: str | None = None
    byline: str | None = None
    wire_agency: str | None = None  # from a dateline or a byline credit


def read_labelled_lines(segments: list[Segment], found: Attribution) -> None:
    """Decide `Source: …` lines and byline lines wherever they stand,
    including a label on one line and the name on the next ("Autor:" / "Jane Doe")."""
    for index, segment in enumerate(segments):
        if segment.decided or segment.words > 16:
            continue
        if _read_source_label(segment, found) or _read_byline_prefix(segment, found):
            continue
        following = segments[index + 1] if index + 1 < len(segments) else None
        if following is not None and BYLINE_LABEL_ALONE.match(segment.text) and not following.decided:
            name = following.text.strip()
            if 1 <= following.words <= 6 and not following.sentence_end:
                found.byline = found.byline or name
                segment.decide("byline", "byline label")
                following.decide("byline", "byline")


def _read_source_label(segment: Segment, found: Attribution) -> bool:
    match = LABELLED.match(segment.text)
    if not match or fold(match["label"]) not in SOURCE_LABELS:
        return False
    value = match["value"].strip()
    url = URL.search(value)
    if url:
        found.source_url = found.source_url or url.group(0).rstrip(".,;)")
        segment.decide("source_url", "source address, labelled")
        segment.notes["end_marker"] = True
        return True
    # "Source: Example + agencies", "Source: Reuters, AP": the first named.
    first = re.split(r"\s*(?:\+|,|/|;|\s&\s)\s*", value)[0]
    found.outlet = canonical_agency(first.rstrip(" ."))
    found.outlet_source = "labelled source line"
    segment.decide("outlet", "source, labelled")
    segment.notes["end_marker"] = True
    return True


def _read_byline_prefix(segment: Segment, found: Attribution) -> bool:
    match = BYLINE_PREFIX.match(segment.text) or KOREAN_REPORTER.match(segment.text)
    if not match or segment.sentence_end and segment.words > 8:
        return False
    name = NAME_SEPARATORS.sub("", LINK_NUMBER.sub("", match["name"])).strip(" .:")
    if not name or len(name.split()) > 6:
        return False
    found.byline = found.byline or name
    segment.decide("byline", "byline")
    return True


def read_trailing_byline(segment: Segment, found: Attribution, uncased: bool = False, han_names: bool = False) -> bool:
    """A bare name (with its sources in brackets) signing the article.

    Names in scripts without capitals (Chinese, Arabic…) look like any short
    line, so they are taken only where `uncased` says a byline stands: right
    under the headline; bare Han names only on Japanese pages, where
    reporters sign that way (Chinese pages write 记者 before the name)."""
    if uncased and han_names and HAN_NAME.match(segment.text):
        found.byline = found.byline or segment.text
        segment.decide("byline", "byline")
        return True
    match = TRAILING_CREDIT.match(segment.text)
    if not match or not _names_like(match["name"], uncased) or segment.sentence_end:
        return False
    found.byline = found.byline or match["name"]
    credit = (match["credit"] or match["agency"] or "").strip()
    if credit and canonical_agency(credit) != credit or credit in KNOWN_AGENCY_NAMES:
        # "Anna Kowalska (PAP)": the story is the agency's.
        found.wire_agency = canonical_agency(credit)
    segment.decide("byline", "byline")
    return True


AGENCY_CREDIT = re.compile(r"^[(（/]?(?P<agency>[^()（）/]{2,30})[)）/]?\.?$")


def read_agency_credit(segment: Segment, found: Attribution) -> bool:
    """A line that is only an agency, bare or marked: "(AFP)", "（共同）",
    "/ritzau/", "ČTK"."""
    match = AGENCY_CREDIT.match(segment.text)
    if not match or canonical_agency(match["agency"]) not in KNOWN_AGENCY_NAMES:
        return False
    found.wire_agency = found.wire_agency or canonical_agency(match["agency"])
    segment.decide("outlet", "agency credit")
    return True


def _names_like(text: str, uncased: bool) -> bool:
    """Every word capitalised (joiners aside); with `uncased`, words of a
    script without capitals pass too, as long as the name is in one script."""
    words = [word for word in text.split() if not re.fullmatch(NAME_JOINERS, word)]
    if all(word[:1].isupper() for word in words):
        return True
    caseless = [word for word in words if not word[:1].isupper() and not word[:1].islower()]
    return uncased and len(caseless) == len(words) and len(words) <= UNCASED_NAME_WORDS


def read_author_credit(segment: Segment, found: Attribution) -> bool:
    """A short credit line that names the author among editors."""
    match = AUTHOR_IN_CREDIT.search(segment.text)
    if not match or segment.words > 24 or segment.sentence_end and segment.words > 12:
        return False
    found.byline = found.byline or match["name"].strip(" .")
    agency = segment.text.split("/", 1)[0].strip()
    if canonical_agency(agency) in KNOWN_AGENCY_NAMES:
        found.wire_agency = found.wire_agency or canonical_agency(agency)
    segment.decide("byline", "author credit")
    return True


def read_according_to(segment: Segment, found: Attribution) -> bool:
    match = ACCORDING_TO.match(segment.text)
    if not match or segment.sentence_end:
        return False
    # "Theo Reuters": the outlet retold another's report; it stays the outlet.
    segment.decide("removed", "credit to the original source")
    return True


def read_dateline(segments: list[Segment], found: Attribution) -> None:
    """Agency and reporter from the dateline of the article's first paragraphs."""
    seen: Counter = Counter()
    opening = []
    for segment in segments:
        if segment.role == "body" and seen[segment.lang] < DATELINE_PARAGRAPHS:
            seen[segment.lang] += 1
            opening.append(segment)
    for segment in opening:
        match = (
            LEADING_AGENCY.match(segment.text)
            or DATELINE_AGENCY.match(segment.text)
            or DATELINE_TRAILING_AGENCY.match(segment.text)
            or DATELINE_CITY_OUTLET.match(segment.text)
            or DATELINE_SLASHED_AGENCY.match(segment.text)
        )
        reporters = CJK_BRACKETED_REPORTERS.search(segment.text[:60])
        reporter = CJK_REPORTER.search(segment.text[:40])
        if reporters:
            found.byline = found.byline or reporters["names"]
        elif reporter:
            _read_cjk_reporter(reporter, found)
        if match:
            agency = canonical_agency((match.groupdict().get("wire") or match["agency"]).strip())
            if match.re is not DATELINE_SLASHED_AGENCY or agency in KNOWN_AGENCY_NAMES:
                found.wire_agency = found.wire_agency or agency
        if match or reporter:
            return


def _read_cjk_reporter(match: re.Match, found: Attribution) -> None:
    rest = match["rest"]
    # "王小明台北": the reporter's name, then the city (usually two characters).
    name = rest[: max(2, min(3, len(rest) - 2))]
    found.byline = found.byline or name
    if match["agency"]:
        found.wire_agency = found.wire_agency or canonical_agency(match["agency"].lstrip("（("))


MASTHEAD_LINES = 5
MIN_SITE_NAME_SCORE = 3
MAX_SCANNED_FOR_NAME = 200
PARTICLE_LETTERS = 3  # de, la, du, von, van, da, of, the
NAME_WORDS = 5
UNSPACED_NAME_WORDS = 8  # "北陸中央新聞デジタル" counts as ~6 words
SHORT_NAME_CHARS = 6
MIN_SLUG_ECHO = 0.5  # on _slug_overlap's 0–2 scale: a quarter of the headline's words
# A standfirst may come before the paragraph that carries the dateline.
DATELINE_PARAGRAPHS = 2
# Enough for any real page; bounds the work on a pathological one.
MAX_NAME_CANDIDATES = 24
COPYRIGHT_HOLDER = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
YEARS = re.compile(r"\b\d{4}(?:\s*[-–]\s*\d{4})?\b")


def site_name_candidates(segments: list[Segment], suffixes: Sequence[str] = ()) -> Counter:
    """Names the page prints as its masthead, scored by how well confirmed.

    Candidates: the first name-like lines of the page, lines the page repeats,
    headline suffixes. Score: lines that contain the name (a masthead comes
    back in footers and credits), more when the copyright footer or a
    headline suffix names it, more for the page's first name-like line.
    Section names of a menu repeat too, but nothing else confirms them.
    """
    stripped = [segment.text.strip(" -–—|") for segment in segments]
    line_counts = Counter(stripped)
    copyright_lines = [s.text for s in segments if s.reason == "copyright footer"]
    names: dict[str, int] = {}
    first_name: str | None = None
    for index, segment in enumerate(segments):
        if index < MASTHEAD_LINES or line_counts[stripped[index]] >= 2:
            text = LINK_NUMBER.sub("", segment.text).strip(" -–—|#*")
            # A masthead may give the name twice: "Example News | Exemple Infos".
            for part in [text, *text.split(" | ")]:
                part = part.strip()
                if _looks_like_name(segment, part):
                    names.setdefault(part, index)
                    if first_name is None and index < MASTHEAD_LINES:
                        first_name = part
        if len(names) >= MAX_NAME_CANDIDATES:
            break
    for suffix in suffixes:
        names.setdefault(suffix, len(segments))
    scores: Counter = Counter()
    texts = [segment.text for segment in segments]
    in_prose = [segment.role == "body" for segment in segments]
    for name in names:
        # A masthead comes back in the page's chrome, not in the article's prose
        # (a city in the menu does both).
        # A short word ("News", "ニュース") is inside many lines; only whole lines count for it.
        if len(name) >= SHORT_NAME_CHARS:
            holders = [prose for text, prose in zip(texts, in_prose) if name in text]
        else:
            holders = [prose for text, prose in zip(stripped, in_prose) if text == name]
        prose_lines = sum(holders)
        chrome_lines = len(holders) - prose_lines
        score = chrome_lines - prose_lines + 4 * any(name in line for line in copyright_lines) + 3 * (name in suffixes) + 2 * (name == first_name)
        if score >= MIN_SITE_NAME_SCORE:
            scores[name] = score
    holder = copyright_holder(segments)
    if holder and holder not in scores:
        # Named only by the footer: confirmed once.
        scores[holder] = MIN_SITE_NAME_SCORE
    return _merge_case_variants(scores)


def _merge_case_variants(scores: Counter) -> Counter:
    """'EXAMPLE NEWS' in the masthead and 'Example News' in the footer: one
    name, written the way prose would write it."""
    merged: Counter = Counter()
    spelling: dict[str, str] = {}
    for name, score in scores.items():
        key = name.casefold()
        if key not in spelling or spelling[key].isupper() and not name.isupper():
            if key in spelling:
                merged[name] = merged.pop(spelling[key])
            spelling[key] = name
        merged[spelling[key]] += score
    return merged


def _looks_like_name(segment: Segment, text: str) -> bool:
    # Cheapest tests first; counting the candidate's words comes last.
    if not 1 <= segment.words <= 10 or segment.sentence_end or not text:
        return False
    if segment.role not in (None, "removed") or not NOT_IN_NAMES.isdisjoint(text):
        return False
    if segment.role == "removed" and not segment.reason.startswith(("page text", "repeated")):
        return False  # chrome with a reason of its own: a button, a label, a date
    longest = UNSPACED_NAME_WORDS if has_unspaced_script(text) else NAME_WORDS
    if not 1 <= word_count(text) <= longest:
        return False
    return _capitalised_name(text) or not text.isascii() or bool(DOMAIN_LIKE.search(text))


def _capitalised_name(text: str) -> bool:
    """"The Daily Example", "El Faro de Levante": capitalised words, with
    short lowercase particles between them."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(
        word[:1].isupper() or (word.islower() and len(word) <= PARTICLE_LETTERS) for word in words
    )


DOMAIN_LIKE = re.compile(r"\w\.[a-z]{2,}$")
# Punctuation a site name never holds: it marks a label, a list or a credit.
NOT_IN_NAMES = frozenset(",:：()（）[]")


def copyright_holder(segments: list[Segment]) -> str | None:
    """The name in a `© 2025 Example. All rights reserved.` footer."""
    for segment in reversed(segments):
        if segment.reason != "copyright footer":
            continue
        name = COPYRIGHT_HOLDER.sub(" ", YEARS.sub(" ", segment.text))
        name = re.split(r"[.,;|<>]|\s[-–—]\s", name.strip(" <>.,"))[0]
        name = _without_rights_phrase(name).strip(" .,-–—<>")
        if name and len(name.split()) <= 6 and not PHOTO_CREDIT.search(segment.text):
            return name
    return None


PHOTO_CREDIT = re.compile(r"(?i)photo|foto|фото|image|getty|reuters/|ap/")
RIGHTS_TAIL = re.compile(
    r"(?i)\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos (?:los|os) direitos reservados|"
    r"todos los derechos reservados|tutti i diritti riservati|สงวนลิขสิทธิ์|版權所有|版权所有|저작권자)"
)


def _without_rights_phrase(name: str) -> str:
    return RIGHTS_TAIL.sub("", name)


def pick_source_url(segments: list[Segment], title_words: set[str], found: Attribution, article_start: int) -> Segment | None:
    """The article's own address: the page URL whose path echoes the headline,
    or the first one above the article (the address bar, copied first)."""
    if found.source_url:
        return None
    best: tuple[float, Segment, str] | None = None
    first_address = True
    for index, segment in enumerate(segments):
        first_address = first_address and index < article_start
        if segment.role not in (None, "removed"):
            continue
        for url in URL.findall(segment.text):
            if IMAGE_URL.search(url) or segment.words > 3 + len(url) / 8 or not _looks_like_article_url(url):
                continue
            score = _slug_overlap(url, title_words) + (MIN_SLUG_ECHO if first_address else 0.0)
            first_address = False
            if best is None or score > best[0]:
                best = (score, segment, url)
    # A page's own address echoes its headline; menus, feeds and references do not.
    if best is None or best[0] < MIN_SLUG_ECHO:
        return None
    found.source_url = best[2].rstrip(".,;)")
    return best[1]


NOT_ARTICLE_PATH = re.compile(
    r"(?i)(?:\.(?:xml|rss|atom|json|css|js)$|/(?:feed|rss|tags?|category|categories|author|authors|search|"
    r"login|register|contact|about|privacy|cookies?|terms|mentions-legales|impressum)(?:/|$))"
)


def _looks_like_article_url(url: str) -> bool:
    path = urlsplit(url).path
    return len(path.strip("/")) >= 8 and not NOT_ARTICLE_PATH.search(path)


def _slug_overlap(url: str, title_words: set[str]) -> float:
    path_words = set(fold(urlsplit(url).path.replace("-", " ").replace("_", " ")).split())
    if not title_words:
        return 0.0
    return 2.0 * len(path_words & title_words) / len(title_words)


def name_behind_domain(segments: list[Segment], url: str) -> str | None:
    """The name the page writes that the address spells: "Jornal da Serra"
    for www.jornaldaserra.example."""
    label = (domain_of(url).split(".") or [""])[0].replace("-", "")
    if len(label) < 4:
        return None
    for segment in segments[:MAX_SCANNED_FOR_NAME]:
        words = segment.text.split()
        for start in range(len(words)):
            if not words[start][:1].isupper():
                continue
            for end in range(start + 1, min(len(words), start + 6) + 1):
                phrase = " ".join(words[start:end]).strip(".,;:!?\"'«»“”")
                if fold(phrase).replace(" ", "") == label and _capitalised_name(phrase):
                    return phrase
    return None


def domain_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host
