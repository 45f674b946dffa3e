"""Cookie and privacy banners."""

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
])


def check(segment: Segment) -> str | None:
    if segment.words <= 90 and contains_any(segment.text, COOKIE_WORDS):
        return "cookie or privacy notice"
    return None
