"""From raw clipping bytes to normalized articles: the order of the rules.

1. decode the bytes, cut the text into segments (one per line and language);
2. decide what needs no context: date lines, labelled source and byline
   lines, page chrome, repeated text;
3. find the article's stretch of prose and the headline before it;
4. sort the article's segments into languages, kinds and articles;
5. settle the date, outlet and source, let the sidecar override, and
   account for every line.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from . import attribution, body, headline, kinds
from .agencies import KNOWN_AGENCY_NAMES, canonical_agency
from .chrome import chrome_reason
from .dates import candidate_datetime, choose_date, complete_years, find_date_candidates, find_url_date
from .decode import UndecodableClipping, decode_clipping
from .language import detect_language
from .model import Article, ClippingResult, DateCandidate, LineRecord, Paragraph
from .repeats import mark_repeats
from .scripts import script_profile
from .segments import Segment, segment_text
from .sidecar import Sidecar
from .text import fold
from .date_labels import date_label_weight, labelled_as_update

DATE_LINE_MAX_WORDS = 14
# Words a date line may hold besides the date: "Published on … at", weekdays, zones.
DATE_LINE_OTHER_WORDS = 6
# A language needs this share of the article's letters to be an article of
# its own; less is a stray caption or quote in another language.
OWN_ARTICLE_SHARE = 0.2
OFF_ARTICLE_DATE_WEIGHT = 0.3
STANDFIRST_MIN_WORDS = 8
# Characters of the longest line that tell the clipping's main language,
# and of any paragraph that tell its own.
MAIN_LANGUAGE_SAMPLE = 600
PARAGRAPH_LANGUAGE_SAMPLE = 300
SHORT_SENTENCE_LETTERS = 4
POLL_QUESTION_WORDS = 20
BYLINE_REACH = 2
CREDIT_LINE_WORDS = 8
SPLIT_CAPTION_WORDS = 25
AUTHOR_NOTE_REACH = 2
TRAILING_PARENTHESIS = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
CONFLICT_WARNING = "dates disagree"


def normalize_clipping(raw: bytes, name: str, sidecar: Sidecar | None = None) -> ClippingResult:
    result = ClippingResult(file=name, sha256=hashlib.sha256(raw).hexdigest())
    try:
        decoded = decode_clipping(raw)
    except UndecodableClipping as problem:
        result.errors.append(f"{name}: {problem}")
        return result
    result.warnings.extend(f"{name}: {warning}" for warning in decoded.warnings)
    segments = segment_text(decoded.text)
    _Normalizer(name, segments, sidecar, result).run()
    return result


class _Normalizer:
    def __init__(self, name: str, segments: list[Segment], sidecar: Sidecar | None, result: ClippingResult):
        self.name = name
        self.segments = segments
        self.sidecar = sidecar
        self.result = result
        self.found = attribution.Attribution()
        self._masthead_cache: Counter | None = None
        self._language_scripts: dict[str, str | None] = {}
        self.choice_in_text: DateCandidate | None = None
        longest = max(segments, key=lambda segment: segment.letters, default=None)
        self.main_lang = detect_language(longest.text[:MAIN_LANGUAGE_SAMPLE]).code if longest else "und"

    def run(self) -> None:
        candidates = self._mark_date_lines()
        attribution.read_labelled_lines(self.segments, self.found)
        self._mark_chrome()
        mark_repeats(self.segments)
        body.mark_prose(self.segments)
        span = body.find_article_span(self.segments)
        if span is None:
            self._no_article()
            self._account()
            return
        self.span = span
        self._mark_span(span)
        languages = self._article_languages()
        titles = self._pick_titles(span, languages)
        self._mark_outside(span)
        self._drop_author_note(span)
        attribution.read_dateline(self.segments, self.found)
        self._finish_source_url(titles)
        articles = self._build_articles(titles, languages)
        self._settle_dates(candidates, span, articles)
        self._settle_outlet(titles)
        self._apply_sidecar(articles)
        self.result.articles = articles
        self._warn_about(articles)
        self._account()

    # -- step 2 -------------------------------------------------------------

    def _mark_date_lines(self) -> list[DateCandidate]:
        numbered = [(segment.line, segment.text) for segment in self.segments]
        candidates = complete_years(find_date_candidates(numbered, self.main_lang))
        evidence: dict[int, list[str]] = {}
        for candidate in candidates:
            if candidate.line is not None:
                evidence.setdefault(candidate.line, []).append(candidate.evidence)
        for segment in self.segments:
            if segment.line in evidence and self._is_date_line(segment, evidence[segment.line]):
                segment.decide("date", "date line")
        return candidates

    @staticmethod
    def _is_date_line(segment: Segment, evidence: list[str]) -> bool:
        if segment.words > DATE_LINE_MAX_WORDS or segment.sentence_end and segment.words >= 6:
            return False
        rest = segment.text
        for found in evidence:
            rest = rest.replace(found, " ")
        words = [word for word in rest.split() if not any(char.isdigit() for char in word) and any(char.isalpha() for char in word)]
        return len(words) <= DATE_LINE_OTHER_WORDS

    def _mark_chrome(self) -> None:
        previous: Segment | None = None
        for segment in self.segments:
            if not segment.decided:
                reason = chrome_reason(segment)
                if reason is None and previous is not None and previous.reason == "poll" and _is_question(segment):
                    reason = "poll"  # the question under a poll's label
                if reason:
                    segment.decide("removed", reason)
                    if reason.startswith(("copyright", "newsletter", "about-the-company")):
                        segment.notes["end_marker"] = True
            previous = segment

    # -- step 3 -------------------------------------------------------------

    def _mark_span(self, span: body.Span) -> None:
        inside = self.segments[span.start:span.end + 1]
        last_prose = max((i for i, s in enumerate(inside) if s.notes.get("prose")), default=len(inside))
        first_prose = min((i for i, s in enumerate(inside) if s.notes.get("prose")), default=0)
        line_counts = Counter(segment.text for segment in self.segments)
        in_teaser_box = False
        for index, segment in enumerate(inside):
            if segment.decided:
                in_teaser_box = in_teaser_box or segment.reason == "related-article teaser" and segment.words <= 4
                continue
            if segment.notes["prose"]:
                in_teaser_box = False
                caption = self._captioned_by_next(inside, index)
                segment.decide("body", "caption" if caption else "article text")
            elif kinds.is_caption(segment) or self._credits_a_source(segment) or self._captioned_by_next(inside, index):
                segment.decide("body", "caption")
            elif attribution.read_agency_credit(segment, self.found) or attribution.read_author_credit(segment, self.found):
                pass
            elif (
                kinds.is_heading(segment, in_teaser_box)
                and self._introduces_prose(inside, index)
                and not self._listed(inside, index)
            ):
                segment.decide("body", "subheading")
            elif segment.sentence_end and segment.letters >= SHORT_SENTENCE_LETTERS:
                segment.decide("body", "article text (short sentence)")
            elif self._byline_place(index, first_prose, last_prose) and line_counts[segment.text] == 1 and (
                attribution.read_trailing_byline(segment, self.found)
            ):
                pass
            else:
                segment.decide("removed", "stray fragment inside the article (teaser or page residue)")

    def _credits_a_source(self, segment: Segment) -> bool:
        # "A farmer among new palms near Zagora (Example)": a photo credit
        # naming the site or an agency in brackets, not a sentence.
        credit = TRAILING_PARENTHESIS.search(segment.text)
        if not credit or segment.sentence_end:
            return False
        name = credit.group(1).strip()
        return name in KNOWN_AGENCY_NAMES or canonical_agency(name) != name or name in self._mastheads()

    def _mastheads(self) -> Counter:
        if self._masthead_cache is None:
            self._masthead_cache = attribution.site_name_candidates(self.segments)
        return self._masthead_cache

    @staticmethod
    def _captioned_by_next(inside: list[Segment], index: int) -> bool:
        # A caption split from its credit line ("… Toruniu." / "Fot. Jan Nowak").
        following = inside[index + 1] if index + 1 < len(inside) else None
        return (
            following is not None and inside[index].words <= SPLIT_CAPTION_WORDS
            and following.words <= CREDIT_LINE_WORDS and kinds.is_caption(following)
            and not following.decided and kinds.CREDIT_MARKERS.match(following.text) is not None
        )

    @staticmethod
    def _listed(inside: list[Segment], index: int) -> bool:
        # An item of a numbered list (most read, rankings) follows its number.
        previous = inside[index - 1] if index > 0 else None
        return previous is not None and previous.reason.startswith("number without text")

    @staticmethod
    def _byline_place(index: int, first_prose: int, last_prose: int) -> bool:
        # A bare name signs an article right under its opening paragraph
        # (the standfirst) or after its last one.
        return index > last_prose or index <= first_prose + BYLINE_REACH

    @staticmethod
    def _introduces_prose(inside: list[Segment], index: int) -> bool:
        # A subheading is followed by the paragraphs it heads; a line followed
        # by another short line is a teaser list or page residue.
        line = inside[index].line
        following = next((s for s in inside[index + 1:] if s.line != line), None)
        return following is not None and bool(following.notes.get("prose")) and not following.decided

    def _detect_body_languages(self) -> None:
        """Each article paragraph's language, asking the model as little as we can.

        Paragraphs are grouped by writing system; when a sample spread over a
        group agrees, the whole group is in that language (the usual case:
        one language per script in a clipping), else each one is asked.
        Spread, because bilingual pages alternate their languages.
        """
        groups: dict[str | None, list[Segment]] = {}
        for segment in self.segments:
            if segment.role == "body" and segment.lang is None:
                groups.setdefault(self._script_of(segment), []).append(segment)
        for members in groups.values():
            # Two neighbours and the end: alternating languages show.
            picks = {0, min(1, len(members) - 1), len(members) - 1}
            guesses = {self._language_of(members[index]) for index in sorted(picks)}
            if len(guesses) == 1:
                for segment in members:
                    segment.lang = next(iter(guesses))

    def _article_languages(self) -> list[str]:
        """Languages with enough of the article's text to make an article each."""
        self._detect_body_languages()
        letters: Counter = Counter()
        for segment in self.segments:
            if segment.role == "body":
                letters[self._language_of(segment)] += segment.letters
        total = sum(letters.values()) or 1
        return [lang for lang, count in letters.most_common() if count >= OWN_ARTICLE_SHARE * total]

    def _pick_titles(self, span: body.Span, languages: list[str]) -> dict[str, tuple[str, str]]:
        """Headline text per article language, with where it came from."""
        site_names = list(self._mastheads())
        names = {fold(name) for name in site_names}
        before = [
            s for s in self.segments[:span.start]
            if headline.is_title_like(s) and s.role is None and fold(s.text) not in names
        ]
        lead_terms = set()
        for segment in [s for s in self.segments[span.start:] if s.role == "body"][:2]:
            lead_terms |= headline.echo_terms(segment.text)
        repeats = Counter(fold(s.text) for s in self.segments)
        scored = []
        for index, segment in enumerate(before):
            nearest = index >= len(before) - max(1, segment.siblings)
            score = headline.score_title(segment, lead_terms, repeats[fold(segment.text)] - 1, nearest)
            text, suffix = headline.split_site_suffix(segment.text, site_names)
            if suffix:
                score += 1.0
            if score >= 2.0:
                scored.append((score, segment, text, suffix))
        titles: dict[str, tuple[str, str]] = {}
        for score, segment, text, suffix in sorted(scored, key=lambda item: -item[0]):
            lang = self._article_language(segment, languages)
            if lang is None or lang in titles:
                continue
            titles[lang] = (text, "text")
            segment.decide("title", "headline")
            if suffix:
                segment.notes["site_suffix"] = suffix
                segment.reason = f"headline (site suffix removed: {suffix!r})"
            segment.lang = lang
            self._claim_twins(segment, titles, languages)
        return titles

    def _claim_twins(self, segment: Segment, titles: dict[str, tuple[str, str]], languages: list[str]) -> None:
        # The other half of a bilingual headline line is the same headline.
        for twin in self.segments:
            if twin.line == segment.line and twin is not segment and twin.role is None:
                lang = self._article_language(twin, languages)
                if lang is not None and lang not in titles:
                    text, _ = headline.split_site_suffix(twin.text, ())
                    titles[lang] = (text, "text")
                    twin.decide("title", "headline")
                    twin.lang = lang

    def _mark_outside(self, span: body.Span) -> None:
        title_index = max((i for i, s in enumerate(self.segments[:span.start]) if s.role == "title"), default=None)
        line_counts = Counter(segment.text for segment in self.segments)
        if title_index is not None:
            self._mark_standfirst(title_index, span)
        self._mark_caption_above_article(span)
        for index, segment in enumerate(self.segments):
            if segment.decided:
                continue
            after_title = title_index is not None and title_index < index < span.start
            near_end = span.end < index <= span.end + 2 and not any(
                s.notes.get("end_marker") for s in self.segments[span.end + 1:index]
            )
            # A byline is printed once; a name the page repeats is its masthead.
            once = line_counts[segment.text] == 1
            if (after_title or near_end) and once and attribution.read_trailing_byline(
                segment, self.found, uncased=after_title, han_names=self.main_lang == "ja"
            ):
                continue
            if (
                attribution.read_agency_credit(segment, self.found)
                or attribution.read_author_credit(segment, self.found)
                or attribution.read_according_to(segment, self.found)
            ):
                continue
            where = "before" if index < span.start else "after"
            segment.decide("removed", f"page text {where} the article")
        for segment in self.segments[span.end + 1:]:
            segment.notes["off_article"] = True

    def _drop_author_note(self, span: body.Span) -> None:
        """"Jane Doe is a reporter at …" after the article: the author's
        note, not article text (the byline names her)."""
        if not self.found.byline:
            return
        closing = [s for s in self.segments[span.start:span.end + 1] if s.role == "body"][-AUTHOR_NOTE_REACH:]
        for segment in closing:
            if segment.text.startswith(self.found.byline + " "):
                segment.decide("removed", "about the author")

    def _mark_standfirst(self, title_index: int, span: body.Span) -> None:
        """The subtitle right under the headline is the article's first
        paragraph; a picture's caption there belongs to the article too."""
        for segment in self.segments[title_index + 1:span.start]:
            if segment.role == "title":
                continue
            if not segment.decided and kinds.is_caption(segment):
                segment.decide("body", "caption")
                continue
            if segment.decided:
                if segment.role == "removed" and segment.reason.startswith("restates"):
                    return  # the page's summary of the lead, already kept once
                continue
            if segment.words >= STANDFIRST_MIN_WORDS and not segment.text[:1].islower():
                segment.decide("body", "standfirst")
            return

    def _mark_caption_above_article(self, span: body.Span) -> None:
        """A picture's caption just above the first paragraph (past dates,
        bylines and buttons) opens the article."""
        for segment in reversed(self.segments[:span.start]):
            if segment.role == "title" or not segment.decided and not kinds.is_caption(segment):
                return
            if not segment.decided:
                segment.decide("body", "caption")

    def _finish_source_url(self, titles: dict[str, tuple[str, str]]) -> None:
        title_words = {word for text, _ in titles.values() for word in fold(text).split()}
        segment = attribution.pick_source_url(self.segments, title_words, self.found, self.span.start)
        if segment is not None:
            segment.decide("source_url", "the article's own address")

    # -- step 4 -------------------------------------------------------------

    def _language_of(self, segment: Segment) -> str:
        if segment.lang is None:
            # The model's cost grows with the text; a paragraph's opening decides.
            segment.lang = detect_language(segment.text[:PARAGRAPH_LANGUAGE_SAMPLE]).code
        return segment.lang

    def _build_articles(self, titles: dict[str, tuple[str, str]], own: list[str]) -> list[Article]:
        content = [segment for segment in self.segments if segment.role == "body"]
        articles = []
        for lang in own:
            paragraphs = self._paragraphs(content, lang, own)
            title, source = titles.get(lang) or (headline.derive_title(_lead_text(paragraphs)), "derived")
            articles.append(Article(lang=lang, title=title, title_source=source, paragraphs=paragraphs))
        self._drop_stray_languages(content, own)
        return articles

    def _paragraphs(self, content: list[Segment], lang: str, own: list[str]) -> list[Paragraph]:
        paragraphs = []
        for segment in content:
            if self._article_language(segment, own) != lang:
                continue
            kind = self._kind(segment)
            segment.kind = kind
            paragraphs.append(Paragraph(kind=kind, text=segment.text))
        return paragraphs

    def _article_language(self, segment: Segment, own: list[str]) -> str | None:
        # A passage goes with the article language written in the same
        # script when there is just one; only otherwise is the model asked.
        script = self._script_of(segment)
        same_script = [code for code in own if self._script_of_language(code) == script]
        if len(same_script) == 1 and segment.lang is None:
            return same_script[0]
        lang = self._language_of(segment)
        if lang in own:
            return lang
        return same_script[0] if len(same_script) == 1 else None

    @staticmethod
    def _script_of(segment: Segment) -> str | None:
        if "script" not in segment.notes:
            segment.notes["script"] = _main_script(script_profile(segment.text))
        return segment.notes["script"]

    def _script_of_language(self, lang: str) -> str | None:
        if lang not in self._language_scripts:
            self._language_scripts[lang] = _main_script(script_profile(self._sample(lang)))
        return self._language_scripts[lang]

    def _sample(self, lang: str) -> str:
        return next((s.text for s in self.segments if s.role == "body" and s.lang == lang), "")

    @staticmethod
    def _kind(segment: Segment) -> str:
        if segment.reason == "caption":
            return "caption"
        if segment.reason == "subheading":
            return "heading"
        if kinds.is_caption(segment):
            return "caption"
        return "quote" if kinds.is_quote(segment) else "text"

    def _drop_stray_languages(self, content: list[Segment], own: list[str]) -> None:
        for segment in content:
            if self._article_language(segment, own) is None:
                segment.decide("removed", f"passage in another language ({segment.lang})")

    # -- step 5 -------------------------------------------------------------

    def _settle_dates(self, candidates: list[DateCandidate], span: body.Span, articles: list[Article]) -> None:
        by_line = {segment.line: segment for segment in self.segments}
        # Date lines above the article's second paragraph date the article;
        # further down they date teasers and pictures.
        prose_lines = [s.line for s in self.segments[span.start:] if s.role == "body" and s.reason == "article text"]
        first_body_line = prose_lines[1] if len(prose_lines) > 1 else (prose_lines or [0])[0]
        pool = list(candidates)
        if self.found.source_url:
            url_date = find_url_date(self.found.source_url)
            if url_date:
                pool.append(url_date)

        def weight(line: int | None) -> float:
            segment = by_line.get(line) if line is not None else None
            if segment is None:
                return 1.0
            if segment.notes.get("off_article"):
                return OFF_ARTICLE_DATE_WEIGHT
            if segment.role == "date" and segment.line > first_body_line:
                return OFF_ARTICLE_DATE_WEIGHT
            return date_label_weight(segment.text)

        choice = choose_date(pool, weight)
        self.choice_in_text = choice.best
        # Only dates that stand where a publication date would are worth a warning.
        conflicting = [
            c for c in choice.conflicting
            if weight(c.line) >= 1.0 and not labelled_as_update(by_line[c.line].text if c.line in by_line else "", c.evidence)
        ]
        if choice.best is None:
            return
        for article in articles:
            article.date = choice.best.date
            article.datetime = candidate_datetime(choice.best)
            article.date_source = choice.best.kind
            article.date_evidence = choice.best.evidence
            article.date_confidence = round(choice.confidence, 2)
        if conflicting:
            others = ", ".join(sorted({f"{c.date} ({c.evidence!r}, line {c.line})" for c in conflicting}))
            self.result.warnings.append(
                f"{self.name}: {CONFLICT_WARNING}: chose {choice.best.date} ({choice.best.evidence!r}); also found {others}"
            )

    def _settle_outlet(self, titles: dict[str, tuple[str, str]]) -> None:
        """Strongest signal first: a labelled source, the wire agency, the
        site's masthead, its copyright footer, a headline suffix, the address."""
        found = self.found
        suffixes = [s.notes["site_suffix"] for s in self.segments if s.notes.get("site_suffix") and "," not in s.notes["site_suffix"]]
        mastheads = self._site_names(titles, suffixes)
        choices = [
            (found.outlet, found.outlet_source),
            (found.wire_agency, "dateline or credit"),
            (mastheads.most_common(1)[0][0] if mastheads else None, "site name"),
            (attribution.copyright_holder(self.segments), "copyright footer"),
            (suffixes[0] if suffixes else None, "headline suffix"),
            (attribution.name_behind_domain(self.segments, found.source_url) if found.source_url else None,
             "the name the source address spells"),
            (attribution.domain_of(found.source_url) if found.source_url else None, "source address"),
        ]
        found.outlet, found.outlet_source = next(((name, how) for name, how in choices if name), (None, None))
        if found.outlet and canonical_agency(found.outlet) in KNOWN_AGENCY_NAMES:
            found.outlet = canonical_agency(found.outlet)  # an agency's own site: its usual name
        if found.outlet and found.outlet_source == "dateline or credit":
            # "Example" in the dateline, "Example International" as the site: one outlet, fuller name.
            fuller = [
                name for name in mastheads
                if name.startswith(found.outlet + " ") and not attribution.DOMAIN_LIKE.search(name)
            ]
            if fuller:
                found.outlet = fuller[0]

    def _site_names(self, titles: dict[str, tuple[str, str]], suffixes: list[str]) -> Counter:
        names = attribution.site_name_candidates(self.segments, suffixes)
        title_texts = {fold(text) for text, _ in titles.values()}
        return Counter({n: c for n, c in names.items() if fold(n) not in title_texts})

    def _apply_sidecar(self, articles: list[Article]) -> None:
        for article in articles:
            article.outlet = self.found.outlet
            article.source_url = self.found.source_url
            article.byline = self.found.byline
            article.provenance = self._provenance(article)
        if self.sidecar is None:
            return
        for article in articles:
            _override(article, self.sidecar, len(articles))

    def _provenance(self, article: Article) -> dict[str, str]:
        found = self.found
        told = {
            "title": {"text": "the headline in the text", "derived": "derived from the first sentence"}[article.title_source],
            "lang": "detected from the text",
            "date": f"{article.date_source} in the text: {article.date_evidence!r}" if article.date else "none in the text",
            "outlet": f"{found.outlet_source}" if found.outlet else "none in the text",
            "source_url": "the page address in the text" if found.source_url else "none in the text",
            "byline": "a byline in the text" if found.byline else "none in the text",
        }
        return told

    def _no_article(self) -> None:
        for segment in self.segments:
            if not segment.decided:
                segment.decide("removed", "page text (no article found)")
        self.result.warnings.append(f"{self.name}: no article text found: the clipping looks like page chrome only")

    def _warn_about(self, articles: list[Article]) -> None:
        for article in articles:
            if article.date is None:
                self.result.warnings.append(f"{self.name}: undated ({article.lang}): the text gives no date; set `date` in the sidecar")
            elif article.date_source == "metadata" and self.choice_in_text is None:
                self.result.warnings.append(f"{self.name}: undated in the text ({article.lang}): using the sidecar's date {article.date}")
            if article.title_source == "derived":
                self.result.warnings.append(f"{self.name}: derived headline ({article.lang}): the text shows none")

    def _account(self) -> None:
        records = []
        for segment in self.segments:
            role = segment.role or "removed"
            if role == "body":
                role = segment.kind if segment.kind != "heading" else "heading"
                role = {"text": "body"}.get(role, role)
            records.append(LineRecord(line=segment.line, role=role, reason=segment.reason or "unclassified", text=segment.text, lang=segment.lang))
        self.result.lines = records


def _override(article: Article, sidecar: Sidecar, article_count: int) -> None:
    sidecar_note = "the sidecar metadata file" + (f" ({sidecar.note})" if sidecar.note else "")
    if sidecar.title and article_count == 1:
        article.title, article.title_source = sidecar.title, "metadata"
        article.provenance["title"] = sidecar_note
    if sidecar.date:
        article.date = sidecar.date
        article.datetime = sidecar.datetime
        article.date_source = "metadata"
        article.date_evidence = sidecar.note or "sidecar"
        article.date_confidence = 1.0
        article.provenance["date"] = sidecar_note
    if sidecar.lang and article_count == 1:
        article.lang = sidecar.lang
        article.provenance["lang"] = sidecar_note
    if sidecar.outlet:
        article.outlet = sidecar.outlet
        article.provenance["outlet"] = sidecar_note
    if sidecar.source_url:
        article.source_url = sidecar.source_url
        article.provenance["source_url"] = sidecar_note


def _is_question(segment: Segment) -> bool:
    return segment.words <= POLL_QUESTION_WORDS and segment.text.rstrip().endswith(("?", "？", "؟"))


def _lead_text(paragraphs: list[Paragraph]) -> str:
    return next((p.text for p in paragraphs if p.kind in ("text", "quote")), paragraphs[0].text if paragraphs else "")


def _main_script(profile: dict[str, int]) -> str | None:
    return max(profile, key=profile.get) if profile else None
