"""What kind of paragraph an article segment is: text, quote, caption, heading.

- caption: photo or video credits and captions (`Foto: …`, `© AP Photo / …`,
  `(til venstre)`, `Ảnh: …`, `（写真：…）`) and short lines opening with a
  media noun (`Video provided by …`);
- quote: it opens with a quotation (or introduces one with a colon) and
  a good share of its letters are quoted, or most of them are, or it is
  direct speech set off by dashes;
- heading: a short title-like line between paragraphs of the article.
"""

from __future__ import annotations

import re

from .segments import Segment

# Photo credits, in two groups. Each marker of the first holds one of
# CREDIT_PUNCTUATION (uncased, so case-insensitive matching cannot change it):
# a line without any of those characters can only match the second group,
# made of words alone. The split saves trying every marker at every
# position of every line: the first group is rarely worth searching.
CREDIT_PUNCTUATION = re.compile(r"[:：/=(（\[©者사]")
_PUNCTUATED_CREDITS = (
    r"(?:^|[\s(（\[|/—–-])(?:foto|fot\.|photo|photos|photograph|picture|pictured|фото|ảnh|bild|imagen|immagine|image|"
    r"credit|crédit|crédito|kuva|zdjęcie|fotó|fotoğraf|сурет|사진|صورة|תמונה|ภาพ)\s*[:：/=]",
    r"자료사진|사진\s*=|\(foto\b",
    r"(?:צילום|تصوير|عکس|撮影|摄影|攝影|촬영|фото|φωτογραφία|φωτο|फोटो|तस्वीर|छायाचित्र|ছবি)\s*[:：]",
    r"\[[^\[\]]*(?:제공|DB 금지|자료사진)[^\[\]]*\]\s*$",
    r"[记記]者\s*[\u4e00-\u9fff·]{2,4}\s*[摄攝]\s*$",
    r"[（(][^（）()]{1,24}(?:圖片|图片|照片|提供|攝|摄|写真)[）)]\s*$",
    # "(AFP / Jane Doe)", "(Example.com/Jane Doe)": source and photographer
    r"\([^()/]{2,30}\s?/\s?[^()/]{2,40}\)\s*$",
    r"©|\bREUTERS/|\bAFP/|\bdpa/",
    r"[（(](?:写真|照片|图|圖|图片|圖片|摄影|攝影|資料照)[：:／/]",
)
_WORDED_CREDITS = (
    r"(?:^|[\s(])fot\.\s",
    r"[.!?]\s(?:Photo|Foto|Фото)\s[A-ZÀ-Ö][\w'’-]+(?:\s[A-ZÀ-Ö][\w'’-]+){1,3}$",
    r"\b(?:AP Photo|Getty Images|picture alliance|EPA-EFE)\b",
)
CREDIT_MARKERS = re.compile("(?i)" + "|".join(_PUNCTUATED_CREDITS + _WORDED_CREDITS))
_WORDED_CREDIT_MARKERS = re.compile("(?i)" + "|".join(_WORDED_CREDITS))
POSITION_MARKERS = re.compile(
    r"(?i)\((?:left|right|centre|center|links|rechts|mitte|til venstre|til høyre|till vänster|"
    r"à gauche|à droite|au centre|izquierda|derecha|a sinistra|a destra|слева|справа|в центре|"
    r"zleva|zprava|od lewej|z lewej|trái|phải|左|右|中)\)|（[左右中]）"
)
MEDIA_NOUN_START = re.compile(
    r"(?i)^(?:video|videos|видео|фото|photo|foto|bild|vidéo|vídeo|ảnh|clip|视频|視頻|影片|图片|圖片|写真|動画|영상|사진)(?:\s|$|[:：由])"
)
# A caption often ends with the photographer in capitals: "… este lunes. ÁLVARO GARCÍA".
CAPITALISED_CREDIT = re.compile(r"[.!?]\s+(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+\s?){2,5}(?:/\s?(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+\s?){1,4})?$")
# Direct speech opened by a dash and closed by the attribution: "– Text – said X."
# or, in Scandinavian and Finnish style, "– Text, siger X."
DASH_SPEECH = re.compile(r"^[–—-]\s+\S.*\s[–—]\s+\S")
DASH_SPEECH_VERB = re.compile(
    r"(?i)^[–—-]\s+\S.*,\s+(?:siger|sier|sa|säger|sade|sanoo|sanoi|says|said|sagt|sagte|dit|a dit|dice|dijo|diz|disse|"
    r"zegt|zei|mówi|powiedział|powiedziała|říká|řekl|řekla|говорит|сказал|сказала|заявил|каже|сказав|λέει|δήλωσε|"
    r"spune|a spus|a declarat|diyor|dedi|mondta|kata|katanya)\b"
)
# Opening mark -> the marks that close it („…“ in German, „…” in Polish,
# Dutch and Romanian, »…« in Danish).
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“”", '"': '"', "「": "」", "『": "』", "‘": "’", "‹": "›", "»": "«", "‚": "‘’"}
# Every character that opens or closes a quotation: the only ones quoted_letters stops at.
QUOTATION_MARKS = re.compile("[" + re.escape("".join(sorted({*QUOTE_PAIRS, *"".join(QUOTE_PAIRS.values())}))) + "]")
OPENING_QUOTE_SHARE = 0.3
MOSTLY_QUOTED = 0.55
CAPTION_MAX_WORDS = 60
SHORT_CAPTION_WORDS = 14
HEADING_MAX_WORDS = 14
# "Humidity 68%", "27°C": a widget's reading, not a subheading.
MEASUREMENT = re.compile(r"\d\s*(?:%|°|℃|℉)")
TEASER_BOX_HEADING_MAX_WORDS = 4


def is_caption(segment: Segment) -> bool:
    if segment.words > CAPTION_MAX_WORDS:
        return False
    if has_credit_marker(segment.text) or POSITION_MARKERS.search(segment.text):
        return True
    if CAPITALISED_CREDIT.search(segment.text):
        return True
    return segment.words <= SHORT_CAPTION_WORDS and bool(MEDIA_NOUN_START.match(segment.text))


def has_credit_marker(text: str) -> bool:
    """``CREDIT_MARKERS.search(text)``, trying only the markers that can match."""
    if CREDIT_PUNCTUATION.search(text):
        return CREDIT_MARKERS.search(text) is not None
    return _WORDED_CREDIT_MARKERS.search(text) is not None


def is_quote(segment: Segment) -> bool:
    if segment.letters == 0:
        return False
    if DASH_SPEECH.match(segment.text) or DASH_SPEECH_VERB.match(segment.text):
        return True
    share = quoted_letters(segment.text) / segment.letters
    return share >= MOSTLY_QUOTED or (share >= OPENING_QUOTE_SHARE and _opens_a_quotation(segment.text))


def _opens_a_quotation(text: str) -> bool:
    stripped = text.lstrip("-–— ")
    if stripped[:1] in QUOTE_PAIRS:
        return True
    first_quote = next((i for i, char in enumerate(text) if char in QUOTE_PAIRS), None)
    return first_quote is not None and text[:first_quote].rstrip().endswith((":", "："))


def quoted_letters(text: str) -> int:
    """Letters between matching quotation marks (a scan from mark to mark, no backtracking)."""
    total = 0
    closing: str | None = None
    inside_from = 0
    for mark in QUOTATION_MARKS.finditer(text):
        char = mark.group()
        if closing is not None and char in closing:
            total += sum(map(str.isalpha, text[inside_from:mark.start()]))
            closing = None
        elif closing is None and char in QUOTE_PAIRS:
            closing, inside_from = QUOTE_PAIRS[char], mark.end()
    return total


def is_heading(segment: Segment, after_teaser_label: bool = False) -> bool:
    """A title-like line (a question is one too); right after a "Read also"
    label only a short one, since the teaser headlines listed there are longer."""
    longest = TEASER_BOX_HEADING_MAX_WORDS if after_teaser_label else HEADING_MAX_WORDS
    return (
        (not segment.sentence_end or segment.text.rstrip().endswith(("?", "？", "؟")))
        and not MEASUREMENT.search(segment.text)
        and 2 <= segment.words <= longest
        and not segment.text[:1].islower()
        and not segment.text.endswith((",", ":", ";"))
    )
