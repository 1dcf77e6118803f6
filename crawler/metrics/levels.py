"""The tier of government a figure is for: cấp huyện, cấp xã, cấp tỉnh.

A figure's own clause decides first (the clause before the number, then
the words after its unit: "3.440 hồ sơ … một cửa liên thông cấp huyện").
Failing that, the last marker before it in its sentence and in the earlier
sentences of its paragraph, skipping markers inside parentheses it is not
in: "12.309 hồ sơ ( cấp huyện 3.433 …) trong đó … 12.264" leaves 12.264
with "toàn huyện" (a whole-area total: level null).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from crawler.metrics.context import Context
from crawler.metrics.layout import Layout
from crawler.metrics.phrases import Match
from crawler.metrics.vocabulary import WHOLE, MetricSpec, Vocabulary


class LevelFinder:
    """The level markers of one text, and the figure lookups."""

    def __init__(self, vocabulary: Vocabulary, text: str, layout: Layout,
                 spans: Sequence[tuple[int, int]],
                 named: Callable[[int, int], bool] | None = None,
                 markers: Sequence[Match] | None = None):
        """spans: the parts of text to read markers in (the paragraphs with figures);
        named: the spans of bare tier words that name a unit ("người dân xã Nam
        Bình"): they give no level to the figures of later sentences ("UBND
        huyện Gia Lâm", an office, still does)."""
        self._layout = layout
        self._markers = list(markers) if markers is not None \
            else vocabulary.levels.find_in(text, spans)
        self._starts = [m.start for m in self._markers]
        self.starts = self._starts
        self._names_unit = named
        self._named: dict[int, bool] = {}
        self._scopes = [layout.scope_of(m.start) for m in self._markers]

    def own(self, context: Context) -> str | None:
        """The marker of the figure's own clause ("whole" included), or None."""
        return (self._last(context.near, (context.scope,))
                or self._first(context.right, (context.scope,)))

    _UNKNOWN = object()

    def resolve(self, context: Context, spec: MetricSpec, own=_UNKNOWN) -> str | None:
        """own: the figure's own marker when the caller has it already."""
        marker = self.own(context) if own is self._UNKNOWN else own
        if marker is None and spec.level_scope != "clause":
            marker = self._carried(context)
        if marker is None:
            return spec.default_level
        return None if marker == WHOLE else marker

    def _carried(self, context: Context) -> str | None:
        layout = self._layout
        sentence = layout.sentences[context.sentence]
        start = layout.paragraphs[sentence.paragraph][0]
        return self._last((start, context.near[0]), layout.ancestors(context.scope),
                          named_from=sentence.start)

    def _last(self, span: tuple[int, int], scopes: tuple[int, ...],
              named_from: int = 0) -> str | None:
        k = bisect.bisect_left(self._starts, span[1]) - 1
        while k >= 0 and self._starts[k] >= span[0]:
            if self._starts[k] < named_from and self._is_named(k):
                k -= 1
                continue
            if self._scopes[k] in scopes and self._markers[k].end <= span[1]:
                return str(self._markers[k].value)
            k -= 1
        return None

    def spans_in(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The level words inside span, as (start, end)."""
        lo = bisect.bisect_left(self._starts, span[0])
        hi = bisect.bisect_left(self._starts, span[1])
        return [(m.start, m.end) for m in self._markers[lo:hi] if m.end <= span[1]]

    def own_in(self, span: tuple[int, int], scope: int) -> str | None:
        return self._last(span, (scope,))

    def _is_named(self, k: int) -> bool:
        if self._names_unit is None:
            return False
        if k not in self._named:
            marker = self._markers[k]
            self._named[k] = self._names_unit(marker.start, marker.end)
        return self._named[k]

    def _first(self, span: tuple[int, int], scopes: tuple[int, ...]) -> str | None:
        k = bisect.bisect_left(self._starts, span[0])
        while k < len(self._starts) and self._starts[k] < span[1]:
            if self._scopes[k] in scopes:
                return str(self._markers[k].value)
            k += 1
        return None
