"""Newsletter, e-mail and channel sign-up prompts, in any language."""

from __future__ import annotations

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

NEWSLETTER_WORDS = phrase_set([
    "newsletter", "newsletters", "in your inbox", "to your inbox", "inbox", "sign up for",
    "posteingang", "boîte mail", "boîte de réception", "lettre d'information",
    "bandeja de entrada", "boletín", "casella di posta", "caixa de entrada",
    "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "uutiskirje", "biuletyn",
    "почтовый ящик", "почтовом ящике", "почтовый ящике", "рассылка", "рассылку", "на почту",
    "розсилка", "hộp thư", "bản tin", "邮箱", "郵箱", "电子报", "電子報", "订阅我们", "訂閱我們",
    "メルマガ", "ニュースレター", "뉴스레터", "النشرة البريدية", "بريدك", "จดหมายข่าว", "bülten",
    # Invitations to follow the outlet elsewhere.
    "follow us", "follow us on", "subscribe to our", "join our", "our telegram channel", "whatsapp channel",
    "folgen sie uns", "folge uns", "abonnez-vous à notre", "suivez-nous", "síguenos", "suscríbete a",
    "seguici", "siga-nos", "participe do canal", "volg ons", "følg oss", "följ oss",
    "подписывайтесь", "подписывайтесь на", "подпишитесь на", "підписуйтеся", "підпишіться на",
    "telegram-канал", "телеграм-канал", "obserwuj nas", "theo dõi chúng tôi", "关注我们", "關注我們",
    "フォローして", "팔로우", "تابعونا", "ติดตามเรา", "sigue a", "síguenos en", "google news", "whatsapp channel",
    "canal de whatsapp", "saluran whatsapp", "pilih saluran", "simak breaking news",
    # Invitations to install the outlet's app.
    "download the app", "download our app", "download the", "get the app", "breaking news alerts", "news alerts",
    "app herunterladen", "laden sie die app", "téléchargez l'application", "descarga la app", "descarga nuestra app",
    "scarica l'app", "baixe o app", "скачайте приложение", "tải ứng dụng", "下载客户端", "アプリをダウンロード", "앱 다운로드",
])


def check(segment: Segment) -> str | None:
    if segment.words <= 25 and contains_any(segment.text, NEWSLETTER_WORDS):
        return "newsletter prompt"
    return None
