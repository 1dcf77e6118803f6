"""Normalise article text for matching, keeping a map back to the input.

The input may be NFD (decomposed accents), carry non-breaking spaces, control
characters or Windows line ends.  Matching works on NFC text with one kind
of space; offsets reported to the caller must index the input.  Each
grapheme cluster is normalised on its own, so every output character maps to
the span of the input cluster it came from; space and control characters are
replaced one for one.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

import regex

# One for one replacements: line and paragraph ends become "\n"; soft line
# breaks (vertical tab, U+2028), other spacing and control characters a plain
# space (a tab stays: it separates table cells); the Icelandic eth often typed for "Đ" becomes "Đ".
_TO_NEWLINE = "\r\x0c\x1c\x1d\x1e\x85\u2029"
_TO_SPACE = ("\x0b\u2028\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15"
             "\x16\x17\x18\x19\x1a\x1b\x1f\x7f\xa0\xad\u1680\u180e\u200b\u200c"
             "\u200d\u200e\u200f\u202f\u205f\u2060\u3000\ufeff"
             + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
             + "".join(chr(c) for c in range(0x2000, 0x200B)))
_MAPPING = {**{c: "\n" for c in _TO_NEWLINE}, **{c: " " for c in _TO_SPACE},
            "\u00d0": "\u0110", "\u00f0": "\u0111"}
_NEEDS_MAPPING = re.compile("[" + re.escape(_TO_NEWLINE + _TO_SPACE) + "\u00d0\u00f0]")
_CLUSTER = regex.compile(r"\X")
# A letter with its combining marks: the pieces NFC composes in NFD text.
_COMPOSABLE = regex.compile(r"\P{M}\p{M}+")


@dataclass(frozen=True)
class NormalizedText:
    """text: NFC with spaces unified; lower: its lower case, same length.

    _norm_starts/_orig_starts/_orig_ends describe the clusters that changed
    length; between them the mapping is one for one.
    """
    text: str
    lower: str
    _norm_starts: tuple[int, ...] = ()
    _norm_ends: tuple[int, ...] = ()
    _orig_starts: tuple[int, ...] = ()
    _orig_ends: tuple[int, ...] = ()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of the normalised span [start, end)."""
        if not self._norm_starts:   # no cluster changed length (most texts): the same span
            return (start, end) if end > start else (start, start)
        if end <= start:
            point = self._to_original(start, at_end=False)
            return point, point
        return self._to_original(start, at_end=False), self._to_original(end - 1, at_end=True)

    def _to_original(self, index: int, at_end: bool) -> int:
        """Input offset of the start (or end) of normalised character `index`."""
        k = bisect.bisect_right(self._norm_starts, index) - 1
        if k < 0:
            return index + (1 if at_end else 0)
        if index < self._norm_ends[k]:   # inside a changed cluster
            return self._orig_ends[k] if at_end else self._orig_starts[k]
        offset = self._orig_ends[k] - self._norm_ends[k]
        return index + offset + (1 if at_end else 0)


# A line break inside a sentence follows a letter, digit or comma and comes
# before a lower-case letter or a number that is no list mark ("1.", "2)").
_LIST_MARK = re.compile(r"\d+[.)](?:\s|$)")
# The breaks worth a closer look: after a word character (a combining mark
# too) or a comma, before a word character.
_CANDIDATE_BREAK = re.compile(r"\n(?<=[\w,\u0300-\u036f]\n)[\n ]*(?=\w)")


def normalize(text: str) -> NormalizedText:
    """NFC text with unified spaces, its lower case, and the map back to text."""
    mapped = text
    # A text holds few distinct characters to map (often runs of non-breaking
    # spaces): each is replaced throughout in C, not by a Python call per
    # occurrence.  Every replacement is one character that needs no mapping.
    for char in set(_NEEDS_MAPPING.findall(text)):
        mapped = mapped.replace(char, _MAPPING[char])
    if "\n" in mapped:
        mapped = _join_broken_lines(mapped)
    if unicodedata.is_normalized("NFC", mapped):
        return NormalizedText(mapped, _lower(mapped))
    quick = _normalize_pieces(mapped, _COMPOSABLE)
    if unicodedata.is_normalized("NFC", quick.text):
        return quick
    # Rarer changes (singletons, Hangul): normalise every grapheme cluster.
    return _normalize_pieces(mapped, _CLUSTER)


def _join_broken_lines(text: str) -> str:
    """Line breaks inside a sentence ("đã tiếp nhận\\n2.150 hồ sơ") become
    spaces, one for one; table rows (a tab or " | " on either line) stay."""
    pieces, last = [], 0
    for match in _CANDIDATE_BREAK.finditer(text):
        start, end = match.span()
        if _breaks_sentence(text, start, end):
            pieces.append(text[last:start])
            pieces.append(" " * (end - start))
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _breaks_sentence(text: str, start: int, end: int) -> bool:
    """Whether the line break text[start:end] lies inside a sentence."""
    after = text[end]
    if not (after.islower() or after.isdigit() and not _LIST_MARK.match(text, end)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    lines = text[line_start:start] + "\n" + text[end:line_end if line_end >= 0 else len(text)]
    return "\t" not in lines and " | " not in lines


def _normalize_pieces(mapped: str, pieces_regex) -> NormalizedText:
    """NFC of each piece the regex finds; the rest is copied as it is.  mapped
    has the length of the input, so its offsets are the input's."""
    pieces: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    out = 0
    last = 0
    for piece in pieces_regex.finditer(mapped):
        chars = piece.group()
        composed = unicodedata.normalize("NFC", chars)
        if composed == chars:
            continue
        start, end = piece.span()
        pieces.append(mapped[last:start])
        out += start - last
        pieces.append(composed)
        norm_starts.append(out)
        norm_ends.append(out + len(composed))
        orig_starts.append(start)
        orig_ends.append(end)
        out += len(composed)
        last = end
    pieces.append(mapped[last:])
    text = "".join(pieces)
    return NormalizedText(text, _lower(text), tuple(norm_starts), tuple(norm_ends),
                          tuple(orig_starts), tuple(orig_ends))


def _lower(text: str) -> str:
    """Lower case of the same length (a few letters lower to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
