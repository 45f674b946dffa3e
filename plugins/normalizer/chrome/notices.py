"""Notes the page adds about the article rather than article text: update
notices, syndication notes, typo-report prompts, gallery counters and polls."""

from __future__ import annotations

import re

from ..segments import Segment
from ._lexicon import contains_any, phrase_set, starts_with_any

NOTICE_PHRASES = phrase_set([
    # syndication
    "originally published", "was first published", "republished", "republished here", "reprinted with permission",
    "ursprünglich erschienen", "zuerst erschienen", "publié initialement", "initialement publié",
    "publicado originalmente", "originalmente publicado", "pubblicato originariamente", "впервые опубликовано",
    # update notices
    "this article was updated", "this story has been updated", "dieser artikel wurde", "cet article a été mis à jour",
    "este artículo fue actualizado", "статья обновлена", "bài viết đã được cập nhật",
    # typo reports
    "ctrl enter", "нашли опечатку", "found a typo", "report a typo", "tippfehler gefunden",
])
POLL_LABELS = phrase_set([
    "umfrage", "poll", "encuesta", "sondage", "sondaggio", "enquete", "опрос", "опитування", "ankieta",
    "bình chọn", "anket", "jajak pendapat", "投票", "アンケート", "설문", "استطلاع", "סקר",
])
GALLERY_COUNTER = re.compile(
    r"(?i)^(?:bild|foto|photo|image|imagen|immagine|фото|ảnh|zdjęcie|kuva|görsel|gambar)\s+\d+\s+"
    r"(?:von|of|de|di|из|/|trên|z|ze|dari)\s+\d+$"
)


def check(segment: Segment) -> str | None:
    if GALLERY_COUNTER.match(segment.text):
        return "picture gallery counter"
    if segment.words <= 25 and contains_any(segment.text, NOTICE_PHRASES):
        return "note about the article (update, syndication or typo report)"
    if segment.words <= 20 and starts_with_any(segment.text, POLL_LABELS):
        return "poll"
    return None
