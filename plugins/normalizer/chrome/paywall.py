"""Paywall and log-in walls: `Il vous reste 58 % de cet article à lire`,
`Lesen Sie weiter mit …`, `This article is for subscribers`."""

from __future__ import annotations

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

PAYWALL_PHRASES = phrase_set([
    "subscribers only", "for subscribers", "this article is for subscribers", "to continue reading",
    "continue reading", "already a subscriber", "subscribe to continue", "sign in to continue",
    "create a free account", "free account", "unlimited access", "subscribe for full access",
    "réservé aux abonnés", "il vous reste", "de cet article à lire", "la suite est réservée",
    "déjà abonné", "lesen sie weiter", "weiterlesen mit", "jederzeit kündbar", "bereits abonnent",
    "nur für abonnenten", "exclusivo para suscriptores", "contenido exclusivo", "ya eres suscriptor",
    "riservato agli abbonati", "sei già abbonato", "exclusivo para assinantes", "já é assinante",
    "alleen beschikbaar voor abonnees", "verder te lezen", "al abonnee", "kun for abonnenter",
    "endast för prenumeranter", "только для подписчиков", "продолжение доступно", "доступно подписчикам",
    "tylko dla subskrybentów", "dành cho thành viên", "会員限定", "有料会員", "続きを読むには",
    "付费阅读", "付費閱讀", "订阅后", "訂閱後", "유료 회원", "للمشتركين فقط", "เฉพาะสมาชิก",
])


def check(segment: Segment) -> str | None:
    if segment.words <= 30 and contains_any(segment.text, PAYWALL_PHRASES):
        return "paywall or log-in prompt"
    return None
