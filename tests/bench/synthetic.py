"""Deterministic synthetic clippings that look like real ones, and the
equivalent plain Markdown articles, for the site benchmark.

Each clipping reports one of a few hundred events (two people and a place
from a generated gazetteer, a date across several years) in one of several
languages and scripts, with page chrome before and after the article; some
interleave two languages, some carry no date.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ["en", "ru", "zh", "de", "fr", "nb", "es", "ja"]
WORDS = {
    "en": "the minister said talks were useful and both sides agreed to expand cooperation in trade energy and security over the coming year".split(),
    "de": "der Minister sagte die Gespräche seien nützlich gewesen und beide Seiten wollen die Zusammenarbeit bei Handel Energie und Sicherheit ausbauen".split(),
    "fr": "le ministre a déclaré que les discussions avaient été utiles et que les deux parties voulaient renforcer la coopération économique".split(),
    "es": "el ministro dijo que las conversaciones fueron útiles y que ambas partes acordaron ampliar la cooperación en comercio y energía".split(),
    "nb": "ministeren sa at samtalene var nyttige og at begge sider ble enige om å utvide samarbeidet om handel energi og sikkerhet".split(),
    "ru": "министр заявил что переговоры были полезными и стороны договорились расширить сотрудничество в торговле энергетике и безопасности".split(),
}
UNSPACED = {
    "zh": "部长表示会谈很有成效双方同意在贸易能源和安全领域扩大合作并将于明年继续举行磋商",
    "ja": "大臣は会談が有益だったと述べ両国は貿易とエネルギーと安全保障の分野で協力を拡大することで合意した",
}
CHROME_TOP = ["Home", "World", "Politics", "Business", "Sport", "Subscribe", "Log in", "Menu", "Search"]
CHROME_BOTTOM = ["Share", "Comments (3)", "© 2025 Example Media. All rights reserved.", "Read more: Another story",
                 "https://cdn.example.org/img/photo_1920x1080.jpg", "1920", "true", "Newsletter: the news in your inbox"]
MONTHS = {"en": "January February March April May June July August September October November December".split()}


@dataclass(frozen=True)
class Person:
    id: str
    en: str
    ru: str
    zh: str


def people(count: int, rng: random.Random) -> list[Person]:
    syllables = ["ka", "ro", "mi", "te", "lo", "va", "ni", "so", "da", "re", "ku", "ma"]
    cyr = dict(ka="ка", ro="ро", mi="ми", te="те", lo="ло", va="ва", ni="ни", so="со", da="да", re="ре", ku="ку", ma="ма")
    han = dict(ka="卡", ro="罗", mi="米", te="特", lo="洛", va="瓦", ni="尼", so="索", da="达", re="雷", ku="库", ma="马")
    found, seen = [], set()
    while len(found) < count:
        parts = [rng.choice(syllables) for _ in range(3)]
        key = "".join(parts)
        if key in seen:
            continue
        seen.add(key)
        found.append(Person(key, key.capitalize() + "v", "".join(cyr[p] for p in parts).capitalize() + "в",
                            "".join(han[p] for p in parts) + "夫"))
    return found


def gazetteer_yaml(persons: list[Person]) -> str:
    lines = ["people:"]
    for person in persons:
        lines += [f"  {person.id}:", f"    names: {{en: {person.en}, ru: {person.ru}, zh: {person.zh}}}"]
    return "\n".join(lines) + "\n"


def sentence(lang: str, rng: random.Random, names: list[str], words: int) -> str:
    if lang in UNSPACED:
        text = UNSPACED[lang]
        start = rng.randrange(len(text) - 20)
        return names[0] + text[start:start + min(words * 2, len(text) - start)] + "。"
    vocabulary = WORDS[lang]
    picked = [rng.choice(vocabulary) for _ in range(words)]
    picked.insert(rng.randrange(len(picked)), names[0])
    picked.insert(rng.randrange(len(picked)), names[1])
    return (" ".join(picked)).capitalize() + "."


def name_in(person: Person, lang: str) -> str:
    return {"ru": person.ru, "zh": person.zh, "ja": person.zh}.get(lang, person.en)


@dataclass
class Clipping:
    name: str
    text: str
    title: str
    date: dt.date | None
    paragraphs: list[str]


def generate(count: int, seed: int = 20261121) -> tuple[list[Clipping], str]:
    rng = random.Random(seed)
    persons = people(60, rng)
    events = []
    for index in range(max(1, count // 15)):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
        events.append((day, rng.sample(persons, 2)))
    clippings = []
    for index in range(count):
        day, pair = rng.choice(events)
        lang = rng.choice(LANGUAGES)
        names = [name_in(person, lang) for person in pair]
        title = sentence(lang, rng, names, 6).rstrip(".。")
        paragraphs = [sentence(lang, rng, names, rng.randint(25, 60)) for _ in range(rng.randint(6, 12))]
        if rng.random() < 0.1 and lang not in ("en",):
            english = [sentence("en", rng, [name_in(p, "en") for p in pair], rng.randint(25, 60)) for _ in paragraphs]
            paragraphs = [line for pair_ in zip(paragraphs, english) for line in pair_]
        undated = rng.random() < 0.05
        top = rng.sample(CHROME_TOP, rng.randint(3, 7))
        bottom = rng.sample(CHROME_BOTTOM, rng.randint(3, 6))
        dateline = [] if undated else [day.isoformat() + "T10:00+0000"]
        text = "\n".join(top + [title] + dateline + paragraphs + bottom) + "\n"
        clippings.append(Clipping(f"{index:05d}_bench", text, title, None if undated else day, paragraphs))
    return clippings, gazetteer_yaml(persons)


def write_clippings(clippings: list[Clipping], gazetteer: str, content: Path) -> None:
    (content / "clippings").mkdir(parents=True, exist_ok=True)
    (content / "pages").mkdir(exist_ok=True)
    (content / "gazetteer.yaml").write_text(gazetteer, encoding="utf-8")
    for clipping in clippings:
        (content / "clippings" / f"{clipping.name}.txt").write_text(clipping.text, encoding="utf-8")


def write_markdown(clippings: list[Clipping], content: Path) -> None:
    """The same articles (title, date, same words) as plain Markdown for stock Pelican."""
    content.mkdir(parents=True, exist_ok=True)
    for clipping in clippings:
        day = (clipping.date or dt.date(2024, 1, 1)).isoformat()
        body = "\n\n".join(clipping.paragraphs)
        (content / f"{clipping.name}.md").write_text(
            f"Title: {clipping.title}\nDate: {day}\nSlug: {clipping.name}\n\n{body}\n", encoding="utf-8"
        )
