"""News agencies as datelines name them, in the scripts readers clip from.

Wire agencies are a small, closed set that every outlet quotes; their names
in other scripts map to the agency's usual Latin name.
"""

from __future__ import annotations

from .text import fold

_NAMES = {
    "AP": ["AP", "Associated Press", "АП", "Ассошиэйтед Пресс", "美联社", "美聯社", "AP通信", "AP통신", "أسوشيتد برس"],
    "Reuters": ["Reuters", "Рейтер", "Рейтерс", "路透社", "ロイター", "로이터", "رويترز"],
    "AFP": ["AFP", "Agence France-Presse", "АФП", "Франс Пресс", "法新社", "法新社", "AFP通信", "فرانس برس"],
    "dpa": ["dpa", "DPA", "Deutsche Presse-Agentur"],
    "EFE": ["EFE"],
    "ANSA": ["ANSA"],
    "TASS": ["TASS", "ТАСС", "塔斯社", "タス通信"],
    "RIA Novosti": ["RIA Novosti", "РИА Новости"],
    "Interfax": ["Interfax", "Интерфакс"],
    "Xinhua": ["Xinhua", "Синьхуа", "新华社", "新華社", "新华网", "新華網"],
    "Kyodo": ["Kyodo", "共同", "共同通信", "共同社", "Киодо"],
    "Yonhap": ["Yonhap", "연합뉴스", "聯合通訊社", "韩联社"],
    "CNA": ["CNA", "中央社"],
    "UPI": ["UPI"],
    "PTI": ["PTI"],
    "Anadolu": ["Anadolu", "AA", "Anadolu Ajansı", "Anadolu Agency"],
    "Lusa": ["Lusa"],
    "Europa Press": ["Europa Press"],
    "Ukrinform": ["Ukrinform", "Укрінформ", "Укринформ"],
    "PAP": ["PAP"],
    "NTB": ["NTB"],
    "TT": ["TT"],
    "Ritzau": ["Ritzau"],
    "Belga": ["Belga"],
    "APA": ["APA"],
    "Keystone-SDA": ["Keystone-SDA", "SDA"],
    "Sputnik": ["Sputnik", "Спутник"],
    "VNA": ["TTXVN", "VNA"],
    "ČTK": ["ČTK", "CTK", "Česká tisková kancelář"],
    "TASR": ["TASR"],
    "MTI": ["MTI"],
    "BTA": ["BTA"],
    "HINA": ["HINA", "Hina"],
    "Agerpres": ["Agerpres", "AGERPRES"],
    "ANP": ["ANP"],
    "Ritzau": ["Ritzau", "ritzau"],
    "STT": ["STT"],
    "ISNA": ["ISNA", "ایسنا"],
    "IRNA": ["IRNA", "ایرنا"],
    "ANI": ["ANI"],
    "IANS": ["IANS"],
    "Bernama": ["Bernama"],
    "Antara": ["Antara"],
    "Prensa Latina": ["Prensa Latina"],
    "Notimex": ["Notimex"],
    "Télam": ["Télam"],
    "ANA-MPA": ["ANA-MPA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"],
}
_CANONICAL = {fold(alias): name for name, aliases in _NAMES.items() for alias in aliases}
KNOWN_AGENCY_NAMES = frozenset(_NAMES)


def canonical_agency(name: str) -> str:
    """The agency's usual Latin name, or `name` itself when not a known agency."""
    return _CANONICAL.get(fold(name), name.strip())
