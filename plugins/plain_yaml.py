"""YAML for files people write by hand (sidecars, the gazetteer): every plain
value stays the text that was written.

The stock resolvers would turn the language code "no" into False, "0123"
into 83, and crash on an impossible date ("2024-13-45") instead of letting
the caller say what is wrong. Only "nothing" (empty, "~", "null") and "<<"
merges keep their YAML meaning. A key written twice is an error instead of
the last one silently winning.
"""

from __future__ import annotations

from typing import Any

import yaml


class DuplicateKey(ValueError):
    """A mapping gives the same key twice; the message says where."""


class PlainTextLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)  # resolve "<<" merge keys first, as the parent does
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if isinstance(key, str) and key in seen:
                raise DuplicateKey(f"key '{key}' is given twice (lines {seen[key]} and {line})")
            if isinstance(key, str):
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


_KEPT_RESOLVERS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge")
PlainTextLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag in _KEPT_RESOLVERS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_plain_yaml(text: str) -> Any:
    """Parse `text`; raises DuplicateKey or yaml.YAMLError (or ValueError for
    an explicit tag such as !!timestamp with a bad value)."""
    return yaml.load(text, Loader=PlainTextLoader)  # noqa: S506 - a SafeLoader subclass


def describe_value(value: Any) -> str:
    """What a value is, in words for an error message."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "plain text"
    return f"a single value ({value!r})"
