"""Single machine values from page metadata: `true`, `null`, `en_EN`, `1920x1080`."""

from __future__ import annotations

import re

from ..segments import Segment

MACHINE_VALUE = re.compile(
    r"(?i)(?:true|false|null|none|undefined|nan|"
    r"[a-z]{2,3}[_-][A-Z]{2}|"  # locale codes such as en_EN, pt-BR
    r"\d{2,5}\s*[x×]\s*\d{2,5}|"  # image dimensions
    r"[\w-]+\.(?:js|css|php|aspx?|json)|"
    r"\{[^{}]{0,80}\})"
)


def check(segment: Segment) -> str | None:
    if MACHINE_VALUE.fullmatch(segment.text):
        return "page metadata value"
    return None
