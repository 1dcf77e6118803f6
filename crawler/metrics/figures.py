"""Figures: the numbers of a text that may be metrics, with their unit and
the words right around them ("hơn", "giảm", "xếp thứ", "hồ sơ", "%").

Which metric a figure is comes later (classify.py); here a number is only
dropped when it cannot be one: inside a date, a document number or another
exclusion; a number in words with no unit; a bare year; a unit-less number
followed by some other noun ("12 kế hoạch").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from crawler.metrics.numbers import RawNumber
from crawler.metrics.phrases import Match
from crawler.metrics.vocabulary import Hit, Vocabulary

_RANGE_JOINT = re.compile(r"[^\S\n]*(?:[-–—]|đến|tới)[^\S\n]*")
_SPACES = re.compile(r"[^\S\n]*")
# What may follow a number that has no unit: punctuation or the end.
_BREAK = re.compile(r"[^\S\n]*(?:[,;.:()…\n]|$)")
_PREFIX_WORDS = 3    # "điểm số tăng hơn 3,50": at most a unit, a change, an approximation
OTHER = "other"      # the unit of a figure that counts something other than dossiers
PROCEDURE = "procedure"


# The internal values of a text's reading are named tuples: immutable like
# frozen dataclasses, and built several times faster (a text has dozens).
class _FigureFields(NamedTuple):
    numbers: tuple[RawNumber, ...]
    unit: str | None
    unit_end: int             # end of the unit word, or of the number
    approximate: bool
    sign: int
    delta: bool
    zero_metric: str | None   # "không có hồ sơ trễ hẹn": that metric is 0
    lead: int                 # where the words right before it start ("tăng hơn 2")
    of: RawNumber | None      # the denominator of a fraction of counts ("5.414/5.441")
    procedures: bool          # OTHER, counting procedures: dossiers if a dossier verb leads in
    start: int                # of the first number
    end: int                  # of the last number


class Figure(_FigureFields):
    """One number (two for a range) that may be a metric.

    unit is None when the number has no unit of its own yet ("giải quyết
    trước hạn 7768,"); the classifier decides from its words.
    """
    __slots__ = ()

    def __new__(cls, numbers: tuple[RawNumber, ...], unit: str | None, unit_end: int,
                approximate: bool = False, sign: int = 1, delta: bool = False,
                zero_metric: str | None = None, lead: int = -1, of: RawNumber | None = None,
                procedures: bool = False) -> Figure:
        return tuple.__new__(cls, (numbers, unit, unit_end, approximate, sign, delta,
                                   zero_metric, lead, of, procedures, numbers[0].start,
                                   numbers[-1].end))


class _Prefix(NamedTuple):
    start: int
    unit: str | None = None
    approximate: bool = False
    sign: int = 1
    delta: bool = False


def find_figures(text: str, vocabulary: Vocabulary, numbers: Sequence[RawNumber],
                 lead_ins: Sequence[Match], hits: Sequence[Match],
                 excluded: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]
                 ) -> list[Figure]:
    """Figures in text order; text is lower case.

    lead_ins: the matches of the vocabulary's zero lead-ins ("không có");
    spans: the paragraphs that hold the numbers.
    """
    hit_starts = {h.start: h for h in hits}
    # The words right before numbers, found in one pass and keyed by their end.
    before = {m.end: m for m in vocabulary.prefixes.find_in(text, spans)}
    figures = list(_number_figures(text, vocabulary, list(numbers), hit_starts, before))
    figures.extend(_zero_figures(text, vocabulary, lead_ins, hit_starts, excluded))
    figures.sort(key=lambda f: f.start)
    return figures


def _number_figures(text: str, vocabulary: Vocabulary, numbers: list[RawNumber],
                    hit_starts: dict[int, Match], before: dict[int, Match]
                    ) -> Iterator[Figure]:
    k = 0
    while k < len(numbers):
        number = numbers[k]
        unit, unit_end = _unit_after(text, vocabulary, number)
        following = numbers[k + 1] if k + 1 < len(numbers) else None
        if unit is None and following is not None and _is_range(text, vocabulary, number,
                                                                following):
            unit, unit_end = _unit_after(text, vocabulary, following)
            pair = (number, following)
            k += 2
        else:
            pair = (number,)
            k += 1
        figure = _figure(text, vocabulary, pair, unit, unit_end, hit_starts, before)
        if figure is not None:
            yield figure


def _figure(text: str, vocabulary: Vocabulary, numbers: tuple[RawNumber, ...],
            unit: str | None, unit_end: int, hit_starts: dict[int, Match],
            before: dict[int, Match]) -> Figure | None:
    first = numbers[0]
    prefix = _prefix(text, before, first.start)
    unit = unit or prefix.unit
    if unit in (None, "percent") and not first.in_words:
        noun = vocabulary.subjects.match_at(text, _SPACES.match(text, unit_end).end())
        if noun is not None and noun.value in (OTHER, PROCEDURE):
            # "03 dịch vụ công", "100% TTHC": a count of something else.  Kept
            # as a figure so that its words are not lent to its neighbours.
            return Figure(numbers, OTHER, noun.end, lead=prefix.start,
                          procedures=noun.value == PROCEDURE and unit is None)
    of = None
    if first.of_end is not None and unit not in ("rank", "point"):
        if unit not in (None, "dossier") or len(numbers) > 1:
            return None    # "12/15%": a code, not a fraction of counts
        # "5.414/5.441": a count and the total it is part of.
        of = RawNumber(first.end + 1, first.of_end, first.of_value)
    if unit is None and not _may_stand_alone(text, first, unit_end, hit_starts):
        return None
    return Figure(numbers, unit, unit_end, prefix.approximate, prefix.sign, prefix.delta,
                  lead=prefix.start, of=of)


def _may_stand_alone(text: str, number: RawNumber, end: int,
                     hit_starts: dict[int, Match]) -> bool:
    """A unit-less number is kept only before punctuation or a keyword."""
    if number.in_words or _is_year(number):
        return False
    if _BREAK.match(text, end):
        return True
    after = _SPACES.match(text, end).end()
    return after > end and after in hit_starts


def _is_year(number: RawNumber) -> bool:
    return number.value == number.value.to_integral_value() and 1900 <= number.value <= 2100 \
        and number.end - number.start == 4


def _unit_after(text: str, vocabulary: Vocabulary, number: RawNumber) -> tuple[str | None, int]:
    end = number.of_end if number.of_end is not None else number.end
    found = vocabulary.units.match_at(text, _SPACES.match(text, end).end())
    if found is None or found.value is None:
        return None, end
    return str(found.value), found.end


def _is_range(text: str, vocabulary: Vocabulary, first: RawNumber, second: RawNumber) -> bool:
    """"78 – 92,5 điểm": the first number takes the unit of the second."""
    joint = _RANGE_JOINT.fullmatch(text, first.end, second.start)
    return joint is not None and _unit_after(text, vocabulary, second)[0] is not None


def _prefix(text: str, before: dict[int, Match], start: int) -> _Prefix:
    """The words right before a number: a unit, a change, an approximation.

    before: the prefix phrases of the text, keyed by where they end."""
    unit, approximate, sign, delta = None, False, 1, False
    pos = start
    for _ in range(_PREFIX_WORDS):
        end = pos
        while end > 0 and text[end - 1] == " ":
            end -= 1
        match = before.get(end)
        if match is None or end == pos:   # a phrase must be followed by a space
            break
        kind, value = match.value
        if kind == "unit" and unit is None:
            unit = value
        elif kind == "approximate":
            approximate = True
        elif kind in ("increase", "decrease") and not delta:
            delta, sign = True, (-1 if kind == "decrease" else 1)
        pos = match.start
    return _Prefix(pos, unit, approximate, sign, delta)


def _zero_figures(text: str, vocabulary: Vocabulary, lead_ins: Sequence[Match],
                  hit_starts: dict[int, Match], excluded: Sequence[tuple[int, int]]
                  ) -> Iterator[Figure]:
    """"không có hồ sơ trễ hẹn" is a figure of 0 for the metric named."""
    for lead in lead_ins:
        pos = _skip_fillers(text, vocabulary, lead.end)
        hit = hit_starts.get(pos)
        if hit is None or not isinstance(hit.value, Hit) or hit.value.kind != "metric":
            continue
        spec = vocabulary.metrics[hit.value.target]
        if spec.negatable:
            zero = RawNumber(lead.start, lead.end, Decimal(0))
            if not overlaps(zero, excluded):
                yield Figure((zero,), spec.unit, lead.end, zero_metric=spec.name,
                             lead=lead.start)


def _skip_fillers(text: str, vocabulary: Vocabulary, pos: int) -> int:
    while True:
        after = _SPACES.match(text, pos).end()
        filler = vocabulary.zero_fillers.match_at(text, after)
        if filler is None:
            return after
        pos = filler.end


def overlaps(number: RawNumber, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the number overlaps one of the sorted, disjoint spans."""
    k = bisect.bisect_left(spans, (number.end,)) - 1
    return k >= 0 and spans[k][1] > number.start
