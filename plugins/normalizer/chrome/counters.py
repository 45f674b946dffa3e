"""Comment, share and view counters: `Kommentar (0)`, `12 comments`, `コメント(3)`."""

from __future__ import annotations

import re

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

COUNTER_WORDS = phrase_set([
    "comment", "comments", "kommentar", "kommentarer", "kommentare", "commentaire",
    "commentaires", "comentario", "comentarios", "commento", "commenti", "comentário",
    "comentários", "reactie", "reacties", "kommentti", "komentarz", "komentarze",
    "komentář", "bình luận", "lượt xem", "view", "views", "share", "shares", "like",
    "likes", "réactions", "vues", "aufrufe", "visualizaciones", "visualizzazioni",
    "комментарии", "комментариев", "комментарий", "просмотров", "просмотры",
    "коментарі", "评论", "評論", "阅读", "閱讀", "浏览", "瀏覽", "コメント", "댓글",
    "조회", "تعليق", "تعليقات", "ความคิดเห็น", "yorum", "yorumlar", "teilnehmer", "stimmen", "votes", "voters",
    "participants", "votos", "votes", "голосов", "голоса", "lượt bình chọn", "oy", "suara", "票", "투표",
])
# "Kommentar (0)", "コメント(3)"; not a text browser's link number "[3]Home".
NUMBER_IN_BRACKETS = re.compile(r"[(\[（]\s*\d+\s*[)\]）](?![^\W\d_])")
DIGIT = re.compile(r"\d")


def check(segment: Segment) -> str | None:
    if segment.words > 5 or not DIGIT.search(segment.text):
        return None
    if NUMBER_IN_BRACKETS.search(segment.text) or contains_any(segment.text, COUNTER_WORDS):
        return "counter (comments, shares or views)"
    return None
