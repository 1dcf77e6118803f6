"""Recognising portal furniture (counters, ratings, related-news blocks …).

The wording lives in ``data/furniture.toml``; this module only compiles it.
Everything is matched on folded text (lower case, no diacritics), so a label
typed without accents still matches.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from crawler.textnorm import fold, squash_spaces

DEFAULT_TABLE = Path(__file__).parent / "data" / "furniture.toml"

_NUMBER = r"[\d][\d.,\s]*"


@dataclass(frozen=True)
class FurnitureRules:
    counter_run: re.Pattern        # a whole text made of "label: number" pairs
    counter_lines: tuple[re.Pattern, ...]
    furniture_lines: tuple[re.Pattern, ...]
    class_token: re.Pattern        # matches one id/class token of a widget
    content_hint: re.Pattern       # matches an id/class token of a content block
    drop_tags: frozenset[str]
    heading_labels: frozenset[str]

    def is_counter(self, text: str) -> bool:
        folded = squash_spaces(fold(text))
        if not folded:
            return False
        if self.counter_run.fullmatch(folded):
            return True
        return any(p.fullmatch(folded) for p in self.counter_lines)

    def is_furniture_line(self, line: str) -> bool:
        folded = squash_spaces(fold(line))
        if not folded:
            return False
        return self.is_counter(line) or any(p.fullmatch(folded) for p in self.furniture_lines)

    def is_widget_name(self, id_or_class: str) -> bool:
        return any(self.class_token.search(token) for token in id_or_class.split())

    def is_content_name(self, id_or_class: str) -> bool:
        return any(self.content_hint.search(token) for token in id_or_class.split())

    def is_heading_label(self, text: str) -> bool:
        return squash_spaces(fold(text)).rstrip(" :") in self.heading_labels


def load_rules(path: Path = DEFAULT_TABLE) -> FurnitureRules:
    with open(path, "rb") as fh:
        table = tomllib.load(fh)
    labels = sorted((fold(label) for label in table["counters"]["labels"]), key=len, reverse=True)
    label_alt = "|".join(re.escape(label) for label in labels)
    # "Đang online: 28 Hôm nay: 1061", "Thống kê truy cập", "Lượt truy cập 0 0 1 8 0 4"
    counter_run = re.compile(rf"(?:(?:{label_alt})\s*:?\s*(?:{_NUMBER})?\s*)+")
    counter_lines = tuple(re.compile(fold(p)) for p in table["counters"]["patterns"])
    furniture_lines = tuple(re.compile(fold(p)) for p in table["lines"]["patterns"])

    elements = table["elements"]
    bounded = "|".join(re.escape(t.lower()) for t in elements["tokens"])
    anywhere = "|".join(re.escape(t.lower()) for t in elements["anywhere"])
    class_token = re.compile(rf"(?i)(?:(?:^|[-_])(?:{bounded})(?:$|[-_]))|(?:{anywhere})")
    hints = "|".join(re.escape(t.lower()) for t in elements["content_hints"])
    content_hint = re.compile(rf"(?i)(?:^|[-_])(?:{hints})(?:$|[-_])")
    return FurnitureRules(
        counter_run=counter_run,
        counter_lines=counter_lines,
        furniture_lines=furniture_lines,
        class_token=class_token,
        content_hint=content_hint,
        drop_tags=frozenset(elements["drop_tags"]),
        heading_labels=frozenset(fold(label) for label in table["headings"]["labels"]),
    )
