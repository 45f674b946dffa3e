"""Links to other articles: `Also Read: …`, `Lire aussi | …`, `延伸閱讀：…`."""

from __future__ import annotations

from ..segments import Segment
from ._lexicon import phrase_set, starts_with_any

TEASER_PREFIXES = phrase_set([
    "also read", "read also", "read more", "see also", "related", "related articles",
    "related stories", "more on this", "more on this story", "recommended", "you may also like",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weiterlesen",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "lire la suite",
    "lee también", "leer más", "te puede interesar", "ver también", "noticias relacionadas",
    "leggi anche", "potrebbe interessarti", "leia também", "veja também", "leia mais",
    "lees ook", "lees meer", "les også", "les mer", "läs också", "läs mer", "læs også", "læs mere",
    "lue myös", "czytaj też", "czytaj także", "przeczytaj też", "zobacz też", "zobacz także",
    "čtěte také", "citește și", "okuyun", "ayrıca okuyun", "baca juga",
    "xem thêm", "đọc thêm", "tin liên quan", "có thể bạn quan tâm",
    "читайте также", "смотрите также", "по теме", "читать далее", "читайте також", "дивіться також",
    "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞",
    "関連記事", "あわせて読みたい", "この記事を読む", "続きを読む", "관련기사", "관련 기사", "함께 읽기",
    "te recomendamos", "notas relacionadas", "también te puede interesar", "mehr aus", "mehr zum thema",
    "ilgili haberler", "ilgili haber", "bunlar da ilginizi çekebilir", "berita terkait", "artikel terkait",
    "tin liên quan", "bài liên quan", "читайте по теме", "материалы по теме", "相關新聞", "相关新闻", "最新消息",
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "और पढ़ें", "بیشتر بخوانید", "بخوانید", "διαβάστε επίσης", "διαβάστε ακόμη",
    "citește și", "citeste si", "související", "čtěte také", "läs också", "læs også", "lees ook", "читайте також",
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "קראו גם", "קראו עוד", "כתבות נוספות", "อ่านเพิ่มเติม", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง",
])


def check(segment: Segment) -> str | None:
    if segment.words <= 30 and starts_with_any(segment.text, TEASER_PREFIXES):
        return "related-article teaser"
    return None
