"""Paragraphs, sentences, parentheses and clause boundaries of a text.

A paragraph is a line.  A sentence ends at . ! ? or an ellipsis outside
parentheses.  Inside a sentence, commas, colons, dashes and semicolons
(";" is "hard": the words before it never describe a number after it)
separate clauses, and a parenthesised group that holds a figure is a clause
of its own whose content is a scope apart: "( cấp huyện 3.433 hồ sơ, … )".
Parentheses without a figure ("( TTHC)", "(SIPAS)") are read as plain text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

# One pass finds every mark; _mark_kind decides what each one is.
_MARKS = re.compile(r"[,;:….!?\-–—/]")
_PARENTHESES = re.compile(r"[()]")
TOP = -1  # the scope outside any parentheses
_START = itemgetter(0)   # of a Boundary
Span = tuple[int, int]


class Group(NamedTuple):
    """A matched "( … )": start is the "(", end is after the ")"."""
    start: int
    end: int
    parent: int


class Boundary(NamedTuple):
    start: int
    end: int
    hard: bool
    scope: int    # the group it belongs to, TOP outside parentheses


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str) -> list[Span]:
    """The non-blank lines of text."""
    spans = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 1
    return spans


class Layout:
    """The structure of one normalised text; read-only once built."""

    def __init__(self, text: str, protected: Sequence[Span] = (),
                 paragraphs: Sequence[Span] | None = None,
                 figures: Sequence[int] | None = None):
        """protected: sorted, disjoint spans (numbers, dates…) whose marks are no
        boundary; figures: where the figures start (default: every group counts)."""
        self.text = text
        self.paragraphs: tuple[Span, ...] = tuple(
            paragraph_spans(text) if paragraphs is None else paragraphs)
        self.groups: tuple[Group, ...] = tuple(self._parentheses(figures))
        marks = [m.start() for m in _MARKS.finditer(text)]
        self._group_starts = [g.start for g in self.groups]
        boundaries, ends = self._marks(marks, protected)
        self.sentences: tuple[Sentence, ...] = tuple(self._sentences(ends))
        self._sentence_starts = [s.start for s in self.sentences]
        if self.groups:
            boundaries += [Boundary(g.start, g.end, False, g.parent) for g in self.groups]
            # No two boundaries start at one place ("(" is no mark), so the
            # start alone orders them.
            boundaries.sort(key=_START)
        self.boundaries: tuple[Boundary, ...] = tuple(boundaries)
        self._boundary_starts = [b.start for b in self.boundaries]

    # -- lookups -----------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def scope_of(self, pos: int) -> int:
        """The innermost group containing pos, or TOP."""
        k = bisect.bisect_left(self._group_starts, pos) - 1
        # Groups nest, so a group that contains pos is an ancestor of the
        # last group opened before pos.
        while k != TOP:
            if pos < self.groups[k].end:
                return k
            k = self.groups[k].parent
        return TOP

    def ancestors(self, scope: int) -> tuple[int, ...]:
        """scope, its enclosing groups, then TOP."""
        chain = []
        while scope != TOP:
            chain.append(scope)
            scope = self.groups[scope].parent
        chain.append(TOP)
        return tuple(chain)

    def scope_span(self, scope: int, sentence: int) -> Span:
        if scope == TOP:
            s = self.sentences[sentence]
            return s.start, s.end
        group = self.groups[scope]
        return group.start + 1, group.end - 1

    def boundaries_in(self, start: int, end: int, scope: int) -> list[Boundary]:
        """Boundaries of one scope inside [start, end), child groups included."""
        lo = bisect.bisect_left(self._boundary_starts, start)
        hi = bisect.bisect_left(self._boundary_starts, end)
        return [b for b in self.boundaries[lo:hi] if b.scope == scope and b.end <= end]

    def clause_start(self, pos: int) -> int:
        """Where the clause holding pos starts (any scope)."""
        if not self.sentences:
            return 0
        sentence_start = self.sentences[self.sentence_of(pos)].start
        k = bisect.bisect_left(self._boundary_starts, pos) - 1
        while k >= 0 and self.boundaries[k].start >= sentence_start:
            if self.boundaries[k].end <= pos:
                return self.boundaries[k].end
            k -= 1
        return min(sentence_start, pos)

    # -- construction --------------------------------------------------------

    def _parentheses(self, figures: Sequence[int] | None) -> list[Group]:
        """Matched pairs that hold a figure, within each paragraph, in order of
        "("; unmatched ones are ignored."""
        pairs: list[Span] = []
        opened: list[int] = []
        line_end = -1
        for match in _PARENTHESES.finditer(self.text):
            pos = match.start()
            char = self.text[pos]
            if pos > line_end:   # a new paragraph: forget what it did not close
                opened.clear()
                line_end = self._line_end(pos)
            if char == "(":
                opened.append(pos)
            elif opened:
                pairs.append((opened.pop(), pos + 1))
        if figures is not None:
            starts = sorted(figures)
            pairs = [(a, b) for a, b in pairs
                     if (k := bisect.bisect_left(starts, a)) < len(starts) and starts[k] < b]
        pairs.sort()
        groups: list[Group] = []
        enclosing: list[int] = []   # indexes of the groups still open
        for start, end in pairs:
            while enclosing and groups[enclosing[-1]].end <= start:
                enclosing.pop()
            groups.append(Group(start, end, enclosing[-1] if enclosing else TOP))
            enclosing.append(len(groups) - 1)
        return groups

    def _line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def _marks(self, marks: list[int], protected: Sequence[Span]
               ) -> tuple[list[Boundary], list[int]]:
        """Clause boundaries, and the positions where sentences end."""
        text = self.text
        boundaries: list[Boundary] = []
        sentence_ends: list[int] = []
        previous_end = -1
        k = 0   # the first protected span that does not end before the mark
        count = len(protected)
        scope_of = self.scope_of if self.groups else None
        # A text has a hundred boundaries or more: built without the Python-level
        # __new__ of the named tuple.
        new_tuple = tuple.__new__
        for pos in marks:
            if pos < previous_end:
                continue
            while k < count and protected[k][1] <= pos:
                k += 1
            if k < count and protected[k][0] <= pos:
                continue
            kind = _mark_kind(text, pos)
            if kind is None:
                continue
            end = _mark_end(text, pos) if kind == _SENTENCE else pos + 1
            previous_end = end
            scope = scope_of(pos) if scope_of else TOP
            if kind == _SENTENCE and scope == TOP:
                sentence_ends.append(end)
            boundaries.append(new_tuple(Boundary, (pos, end, kind == _HARD, scope)))
        return boundaries, sentence_ends

    def _sentences(self, ends: list[int]) -> list[Sentence]:
        sentences = []
        new_tuple = tuple.__new__   # (as for the boundaries)
        k = 0
        for index, (start, end) in enumerate(self.paragraphs):
            begin = start
            while k < len(ends) and ends[k] <= end:
                if ends[k] > start:
                    sentences.append(new_tuple(Sentence, (begin, ends[k], index)))
                    begin = ends[k]
                k += 1
            sentences.append(new_tuple(Sentence, (begin, end, index)))
        return [s for s in sentences if not self.text[s.start:s.end].isspace()
                and s.end > s.start]


_SENTENCE, _HARD, _SOFT = "sentence", "hard", "soft"
_NUMERAL_CHARS = frozenset("0123456789ivx")
_ROMAN = re.compile(r"[ivx]{1,4}")


def _mark_kind(text: str, pos: int) -> str | None:
    """What a punctuation mark does: ends a sentence, separates clauses (hard
    or soft) or nothing ("3.440", "83,54", "COVID-19")."""
    char = text[pos]
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if char == "," or char == ":":
        return None if after.isdigit() and pos and text[pos - 1].isdigit() else _SOFT
    if char == ".":
        return _SENTENCE if after.isspace() or after == "." or pos + 1 == len(text) else None
    if char == ";":
        return _HARD
    if char == "…":
        return _SENTENCE
    if char in "!?":
        return _SENTENCE if after.isspace() or pos + 1 == len(text) else None
    if char == "/":
        # "hồ sơ qua mạng/tổng số": a clause boundary between words, not in
        # "5/13" nor in a quarter's "quý I/2024"
        if after.isdigit():
            start = pos
            while start and text[start - 1] in _NUMERAL_CHARS:
                start -= 1
            if start < pos and (text[start:pos].isdigit() or _ROMAN.fullmatch(text[start:pos])):
                return None
        return _SOFT
    if char in "-–—":
        return _SOFT if after.isspace() and pos and text[pos - 1].isspace() else None
    return None


def _mark_end(text: str, pos: int) -> int:
    """A run of sentence marks ("...", "…!") counts once."""
    end = pos + 1
    while end < len(text) and text[end] in ".!?…":
        end += 1
    return end


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted, disjoint spans covering the same characters."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
