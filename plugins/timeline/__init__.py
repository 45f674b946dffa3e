"""Events from clippings: which articles report the same real-world event.

Pure Python (no Pelican), in five modules:

* ``model``: what goes in (``TimelineArticle``) and what comes out
  (``Event``, ``Timeline``);
* ``gazetteer``: the people, organisations and places a site follows, with
  their names in every language, found in text of any script;
* ``grouping``: ``build_timeline``, the rules that put articles together;
* ``stable_ids``: ``assign_stable_ids``, run after the grouping, so that an
  anchor once published keeps pointing at its event (old ids as aliases);
* ``export``: the timeline as JSON and CSV for readers' own tools.
"""
