"""Copyright footers: `© 2026 Example. All rights reserved.` (photo credits such
as `© AP Photo / …` are captions, not footers)."""

from __future__ import annotations

import re

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

RIGHTS = phrase_set([
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    "alle rettigheter forbeholdt", "alla rättigheter förbehållna", "alle rettigheder forbeholdes",
    "wszelkie prawa zastrzeżone", "všechna práva vyhrazena", "все права защищены",
    "всі права захищені", "版权所有", "版權所有", "無断転載", "무단 전재", "저작권",
    "جميع الحقوق محفوظة", "bản quyền", "tüm hakları saklıdır", "hak cipta", "สงวนลิขสิทธิ์",
    "不得轉載", "不得转载", "未經授權", "未经授权", "無断転載禁止", "무단 전재", "저작권자",
    "सर्वाधिकार सुरक्षित", "کلیه حقوق", "تمامی حقوق", "všechna práva vyhrazena", "με επιφύλαξη παντός δικαιώματος",
    "reproduction interdite", "riproduzione riservata", "prohibida su reproducción",
    "использование материалов", "при использовании материалов", "перепечатка", "використання матеріалів",
])
COPYRIGHT_MARK = re.compile(r"©|\(c\)\s*\d{4}|(?i:copyright)")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
PHOTO_WORDS = re.compile(r"(?i)photo|foto|фото|image|bild|ảnh|写真|照片|图片|圖片|사진|صورة|getty|reuters/|ap/")


def check(segment: Segment) -> str | None:
    if segment.words > 40:
        return None
    if contains_any(segment.text, RIGHTS):
        return "copyright footer"
    mark = COPYRIGHT_MARK.search(segment.text)
    if mark and not PHOTO_WORDS.search(segment.text) and _footer_like(segment, mark.start()):
        return "copyright footer"
    return None


def _footer_like(segment: Segment, position: int) -> bool:
    # "© 2025 Example" or "Example © 2025" is a footer; a long caption that
    # ends "… © Jane Doe" credits its photographer.
    return bool(YEAR.search(segment.text)) or position < 3 or segment.words <= 6
