"""The words that belong to each figure.

Within one scope (a sentence outside parentheses, or the inside of one
"( … )"), the text between two figures is shared out at the last clause
boundary: what comes before it describes the earlier figure, what comes
after it the later one.  "Tiếp nhận … 3.440 hồ sơ của tổ chức, cá nhân …
cấp huyện, ở cấp xã 34.093 hồ sơ": "cấp huyện" is the 3.440's, "ở cấp xã"
the 34.093's.  With no boundary in between, all of it goes to the later
figure ("34.093 hồ sơ giải quyết đúng quy định 34.085").  A ";" is never
crossed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from crawler.metrics.figures import Figure
from crawler.metrics.layout import TOP, Boundary, Layout

Span = tuple[int, int]


class Context(NamedTuple):
    """A named tuple: a text has dozens, and it is built faster than a frozen
    dataclass."""
    scope: int
    sentence: int
    clauses: tuple[Span, ...]   # the clauses before the number, nearest first
    right: Span                 # the words after the unit that are this figure's
    right_first: Span           # the part of `right` before its first boundary
    previous: int | None        # the figure before, in the same scope and sentence
    following: int | None       # the figure after, when no boundary lies between
    after: int | None           # the figure after, in the same scope and sentence
    parent: int | None          # the figure just before "(" when inside parentheses

    @property
    def near(self) -> Span:
        return self.clauses[0]


def build_contexts(layout: Layout, figures: Sequence[Figure]) -> list[Context]:
    """One context per figure, in the order of figures."""
    placed = [(layout.sentence_of(f.start), layout.scope_of(f.start)) for f in figures]
    members: dict[tuple[int, int], list[int]] = {}
    for index, key in enumerate(placed):
        members.setdefault(key, []).append(index)
    contexts: list[Context | None] = [None] * len(figures)
    starts = {key: [figures[i].start for i in indexes] for key, indexes in members.items()}
    for (sentence, scope), indexes in members.items():
        parent = _parent(layout, figures, members, starts, sentence, scope)
        between = None
        for k, index in enumerate(indexes):
            previous = indexes[k - 1] if k else None
            following = indexes[k + 1] if k + 1 < len(indexes) else None
            contexts[index], between = _context(layout, figures, index, previous, following,
                                                sentence, scope, parent, between)
    return contexts  # type: ignore[return-value]


def _context(layout: Layout, figures: Sequence[Figure], index: int, previous: int | None,
             following: int | None, sentence: int, scope: int, parent: int | None,
             between: list[Boundary] | None) -> tuple[Context, list[Boundary] | None]:
    """The figure's context, and the boundaries between it and the figure
    following (None without one): the left of the next figure reuses them
    (between: those of the previous figure)."""
    figure = figures[index]
    scope_start, scope_end = layout.scope_span(scope, sentence)
    clauses = _left_clauses(layout, figures, figure, previous, scope, scope_start, between)
    right, right_first, bounds = _right(layout, figures, figure, following, scope, scope_end)
    joined = following is not None and not bounds
    return Context(scope, sentence, clauses, right, right_first, previous,
                   following if joined else None, following, parent), \
        bounds if following is not None else None


def _left_clauses(layout: Layout, figures: Sequence[Figure], figure: Figure,
                  previous: int | None, scope: int, scope_start: int,
                  between: list[Boundary] | None) -> tuple[Span, ...]:
    """The clauses between the previous figure (or the scope's start, or the
    last ";") and this one, nearest first; between: the boundaries from the
    previous figure's unit to this figure, when already found."""
    start = figures[previous].unit_end if previous is not None else scope_start
    start = min(start, figure.start)
    # (When the previous unit ends past this figure, both spans hold no boundary.)
    bounds = between if between is not None else layout.boundaries_in(start, figure.start, scope)
    if bounds:
        hard = [b for b in bounds if b.hard]
        if hard:
            start = hard[-1].end
            bounds = [b for b in bounds if b.start >= start]
    # The spans between the boundaries, from the figure back.
    clauses = []
    end = figure.start
    for boundary in reversed(bounds):
        clauses.append((boundary.end, end))
        end = boundary.start
    clauses.append((start, end))
    return tuple(clauses)


def _right(layout: Layout, figures: Sequence[Figure], figure: Figure, following: int | None,
           scope: int, scope_end: int) -> tuple[Span, Span, list[Boundary]]:
    """The words after the unit that are this figure's, their first clause, and
    the boundaries from the unit to the next figure (or the scope's end)."""
    start = figure.unit_end
    end = figures[following].start if following is not None else max(scope_end, start)
    bounds = layout.boundaries_in(start, end, scope)
    hard = next((b for b in bounds if b.hard), None) if bounds else None
    if hard is not None:
        right = (start, hard.start)
    elif following is not None:
        # Up to the last boundary: the clause after it is the next figure's.
        right = (start, bounds[-1].start) if bounds else (start, start)
    else:
        right = (start, end)
    first_end = bounds[0].start if bounds else right[1]
    return right, (start, min(first_end, right[1])), bounds


def _parent(layout: Layout, figures: Sequence[Figure], members: dict[tuple[int, int], list[int]],
            starts: dict[tuple[int, int], list[int]], sentence: int, scope: int) -> int | None:
    """The figure a parenthesis elaborates: "12.309 hồ sơ ( cấp huyện …)"."""
    if scope == TOP:
        return None
    group = layout.groups[scope]
    outer = members.get((sentence, group.parent), [])
    k = bisect.bisect_right(starts.get((sentence, group.parent), []), group.start) - 1
    if k < 0 or figures[outer[k]].unit_end > group.start:
        return None
    candidate = outer[k]
    if layout.boundaries_in(figures[candidate].unit_end, group.start, group.parent):
        return None
    return candidate
