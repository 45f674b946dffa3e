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
    # opinion disclaimers
    "the views expressed", "views expressed in this", "the author's own", "do not necessarily reflect",
    "die meinung des autors", "les opinions exprimées", "las opiniones expresadas", "le opinioni espresse",
    "as opiniões expressas", "мнение автора", "думка автора", "الآراء الواردة", "تعبر عن رأي كاتبها",
    "görüşler yazara aittir", "quan điểm của tác giả", "本文观点", "見解は筆者",
    # share notes of apps
    "shared from", "shared via", "compartilhado pelo app", "compartilhado via", "compartido desde",
    "partagé depuis", "partagé via", "geteilt über", "geteilt aus", "condiviso da",
    # end-of-story marks of agencies
    "انتهای پیام", "انتهای خبر",
    # press-release notices
    "press release", "is a press release", "pressemitteilung", "basın bültenidir", "communiqué de presse", "comunicado de prensa",
    "comunicato stampa", "comunicado de imprensa", "basın bülteni", "пресс-релиз", "siaran pers", "thông cáo báo chí",
])
# A press release's closing blurb: "About Example Corp", "Example Hakkında".
ABOUT_HEADING = re.compile(
    r"(?i)^(?:about|à propos de|über|acerca de|sobre|informazioni su|om|o firmie|о компании|tentang)\s+\S.{0,60}$"
    r"|^\S.{0,60}\s(?:hakkında|について|소개)$"
)
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
    if segment.words <= 8 and not segment.sentence_end and ABOUT_HEADING.match(segment.text):
        return "about-the-company boilerplate heading"
    if segment.words <= 25 and contains_any(segment.text, NOTICE_PHRASES):
        return "note about the article (update, syndication or typo report)"
    if segment.words <= 20 and starts_with_any(segment.text, POLL_LABELS):
        return "poll"
    return None
