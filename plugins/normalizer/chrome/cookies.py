"""Cookie, consent and privacy banners (the GDPR vocabulary they all share)."""

from __future__ import annotations

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

COOKIE_WORDS = phrase_set([
    "cookie", "cookies", "cookie-einstellungen", "datenschutzerklärung", "datenschutz",
    "privacy policy", "privacy settings", "politique de confidentialité", "política de privacidad",
    "política de cookies", "informativa sulla privacy", "personvern", "integritetspolicy",
    "политика конфиденциальности", "файлы cookie", "隐私政策", "隱私權政策", "プライバシーポリシー",
    "개인정보처리방침", "سياسة الخصوصية", "chính sách bảo mật", "นโยบายความเป็นส่วนตัว",
    "cookieverklaring", "privacyverklaring", "privacy-instellingen", "informasjonskapsler", "kakor",
    "legitimate interest", "personalised ads", "personalized ads", "personalised advertising",
    "personalized advertising", "manage consent", "consent preferences", "our partners",
    "berechtigtes interesse", "berechtigten interesses", "personalisierte werbung", "einwilligung",
    "intérêt légitime", "publicités personnalisées", "vos données personnelles", "interés legítimo",
    "anuncios personalizados", "interesse legittimo", "pubblicità personalizzata", "interesse legítimo",
    "anúncios personalizados", "gerechtvaardigd belang", "gepersonaliseerde advertenties",
    "berettiget interesse", "personlig tilpassede annonser", "законный интерес", "персонализированная реклама",
    "uzasadniony interes", "spersonalizowane reklamy", "lợi ích hợp pháp", "quảng cáo được cá nhân hóa",
    "正当な利益", "個人情報の取り扱い", "个性化广告", "個人化廣告", "맞춤형 광고", "المصلحة المشروعة",
])


def check(segment: Segment) -> str | None:
    if segment.words <= 90 and contains_any(segment.text, COOKIE_WORDS):
        return "cookie or privacy notice"
    return None
