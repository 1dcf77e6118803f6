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

from crawler.textnorm import fold, solid_chars, squash_spaces

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
    longest_heading_label: int = 0  # characters, folded
    # counter_lines and furniture_lines as one alternation each: one regex
    # pass per line instead of one per pattern (fullmatch of "A|B" is
    # fullmatch of A or of B).
    any_counter_line: re.Pattern | _AnyOf = re.compile("(?!)")
    any_furniture_line: re.Pattern | _AnyOf = re.compile("(?!)")
    page_count_word: re.Pattern = re.compile("(?!)")

    def is_counter(self, text: str) -> bool:
        return self._is_counter_folded(squash_spaces(fold(text)))

    def _is_counter_folded(self, folded: str) -> bool:
        if not folded:
            return False
        return bool(self.counter_run.fullmatch(folded) or self.any_counter_line.fullmatch(folded))

    def is_page_count(self, label: str) -> bool:
        """Whether a "label: number" pair counts views or reads of the page."""
        return bool(self.page_count_word.search(fold(label)))

    def is_furniture_line(self, line: str) -> bool:
        return self.is_folded_furniture_line(squash_spaces(fold(line)))

    def is_folded_furniture_line(self, folded: str) -> bool:
        """is_furniture_line of a line already folded and squashed."""
        if not folded:
            return False
        return self._is_counter_folded(folded) or bool(self.any_furniture_line.fullmatch(folded))

    def is_widget_name(self, id_or_class: str) -> bool:
        return any(self.class_token.search(token) for token in id_or_class.split())

    def is_content_name(self, id_or_class: str) -> bool:
        return any(self.content_hint.search(token) for token in id_or_class.split())

    def is_heading_label(self, text: str) -> bool:
        return squash_spaces(fold(text)).rstrip(" :") in self.heading_labels

    def may_be_heading_label(self, text: str) -> bool:
        """False when `text` is surely too long to be a heading label (cheap;
        is_heading_label tells for sure)."""
        return len(text) <= self.longest_heading_label \
            or solid_chars(text) <= self.longest_heading_label


def load_rules(path: Path = DEFAULT_TABLE) -> FurnitureRules:
    with open(path, "rb") as fh:
        table = tomllib.load(fh)
    labels = sorted((fold(label) for label in table["counters"]["labels"]), key=len, reverse=True)
    label_alt = "|".join(re.escape(label) for label in labels)
    # "Đang online: 28 Hôm nay: 1061", "Thống kê truy cập", "Lượt truy cập 0 0 1 8 0 4".
    # Each pair atomic: a space may end a number or start the next pair, and
    # a long run followed by other words made the match try every split (15 s
    # on one widget of eight pairs).
    counter_run = re.compile(rf"(?:(?>(?:{label_alt})\s*:?\s*(?:{_NUMBER})?\s*))+")
    counter_lines = tuple(re.compile(fold(p)) for p in table["counters"]["patterns"])
    furniture_lines = tuple(re.compile(fold(p)) for p in table["lines"]["patterns"])

    elements = table["elements"]
    bounded = "|".join(re.escape(t.lower()) for t in elements["tokens"])
    anywhere = "|".join(re.escape(t.lower()) for t in elements["anywhere"])
    class_token = re.compile(rf"(?i)(?:(?:^|[-_])(?:{bounded})(?:$|[-_]))|(?:{anywhere})")
    hints = "|".join(re.escape(t.lower()) for t in elements["content_hints"])
    content_hint = re.compile(rf"(?i)(?:^|[-_])(?:{hints})(?:$|[-_])")
    heading_labels = frozenset(fold(label) for label in table["headings"]["labels"])
    return FurnitureRules(
        counter_run=counter_run,
        counter_lines=counter_lines,
        furniture_lines=furniture_lines,
        class_token=class_token,
        content_hint=content_hint,
        drop_tags=frozenset(elements["drop_tags"]),
        heading_labels=heading_labels,
        longest_heading_label=max(map(len, heading_labels), default=0),
        any_counter_line=_alternation(counter_lines),
        any_furniture_line=_alternation(furniture_lines),
        page_count_word=re.compile(r"\b(?:" + "|".join(
            re.escape(fold(w)) for w in table["counters"].get("page_count_words", [])) + r")\b"),
    )


class _AnyOf:
    """Fallback for patterns that cannot share one regex (one of them sets
    a global inline flag such as "(?i)"): tries them one by one."""

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        self.patterns = patterns

    def fullmatch(self, text: str) -> bool:
        return any(p.fullmatch(text) for p in self.patterns)


def _alternation(patterns: tuple[re.Pattern, ...]) -> re.Pattern | _AnyOf:
    if not patterns:
        return re.compile("(?!)")  # matches nothing
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:
        return _AnyOf(patterns)
