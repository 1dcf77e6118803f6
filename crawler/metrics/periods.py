"""Reporting periods: "năm 2021", "quý I", "6 tháng đầu năm 2022", "tháng 5",
"năm nay".

Every mention in the text gets a role: a reporting period, a plan ("phương
hướng, nhiệm vụ năm 2022"), a comparison base ("so với năm 2019") or a
period the record cannot state ("9 tháng").  A figure takes the reporting
period of its clause, else the last one before it in its sentence and
paragraph, else the first one after it in its sentence, else the last one
of the paragraphs before (a running context that starts with the title).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from crawler.metrics.context import Context
from crawler.metrics.layout import Layout
from crawler.metrics.phrases import PhraseMatcher
from crawler.metrics.values import Period, last_plausible_year, plausible_year
from crawler.metrics.vocabulary import PeriodWords

REPORT, PLAN, COMPARISON, BLOCK = "report", "plan", "comparison", "block"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_GAP = r"[^\S\n]+"
# At most this many words between a comparison word and the period it governs.
_COMPARISON_REACH = 3
# A plan word governs a period at most this many characters after it.
_PLAN_REACH = 80


# Named tuples: a text has dozens of each, built faster than frozen dataclasses.
class Mention(NamedTuple):
    start: int
    end: int
    role: str
    period: str | None      # "2021", "2021-Q1", "2021-H1", "2021-05"; None: unknown
    year: int | None        # the year written in the mention itself


class _Raw(NamedTuple):
    start: int
    end: int
    kind: str               # year, now, quarter, half1, half2, month, block
    number: int | None      # quarter, half or month number
    year: int | None
    now: bool               # "năm nay"


class PeriodGrammar:
    """The period expressions of the vocabulary as one regular expression."""

    def __init__(self, words: PeriodWords):
        self._words = words
        w = {key: _alternation(getattr(words, key)) for key in
             ("year", "now", "quarter", "month", "first_half", "second_half", "first_quarter")}
        tail = (rf"(?:[^\S\n]*[/-][^\S\n]*(?P<tail_year>\d{{4}})(?!\d)"
                rf"|{_GAP}(?:{w['year']}{_GAP})?(?:(?P<tail_year2>\d{{4}})(?!\d)|(?P<tail_now>{w['now']})))?")
        self._regex = re.compile(
            rf"(?:(?P<quarter>{w['quarter']}{_GAP}(?P<q>iv|i{{1,3}}|[1-4])(?!\w))"
            rf"|(?P<first_quarter>{w['first_quarter']})"
            rf"|(?P<half2>{w['second_half']})"
            rf"|(?P<half1>{w['first_half']})"
            rf"|(?P<month>{w['month']}{_GAP}(?P<m>1[0-2]|0?[1-9])(?!\d)))" + tail
            + rf"|(?P<block>{words.unrepresentable.pattern})"
            + rf"|{w['year']}{_GAP}(?:(?P<year>\d{{4}})(?!\d)|(?P<now>{w['now']}))")

        # Every expression holds a year, quarter or month word (or an
        # anchor) within its first three words: look only around those.
        self._anchors = PhraseMatcher(
            (w, True) for w in (*words.year, *words.quarter, *words.month, *words.anchors))

    def find(self, text: str) -> list[_Raw]:
        found: list[_Raw] = []
        covered = -1
        for anchor in self._anchors.finditer(text):
            if anchor.start < covered:
                continue
            for start in _starts_before(text, anchor.start, covered):
                match = self._regex.match(text, start)
                if match and match.end() > anchor.start:
                    found.append(_raw(match))
                    covered = match.end()
                    break
        return found


def _starts_before(text: str, pos: int, floor: int) -> list[int]:
    """The starts of the two words before pos on its line (not before floor),
    then pos: where an expression holding the word at pos may begin.  The
    first of them may start the line or the text."""
    starts = [pos]
    low = max(0, floor, pos - 24)
    for _ in range(2):
        if starts[0] - 1 <= low:
            break
        # The word before may start a line or the text ("6 tháng đầu năm nay, …").
        cut = max(text.rfind(" ", low, starts[0] - 1), text.rfind("\n", low, starts[0] - 1))
        if cut < 0 and low > 0:
            break
        starts.insert(0, cut + 1)
        if cut < 0 or text[cut] == "\n":
            break
    return starts


def _alternation(words: Sequence[str]) -> str:
    return PhraseMatcher((w, True) for w in words).pattern


def _raw(match: re.Match) -> _Raw:
    groups = match.groupdict()
    tail_year = groups["tail_year"] or groups["tail_year2"]
    year = int(groups["year"] or tail_year) if (groups["year"] or tail_year) else None
    now = bool(groups["now"] or groups["tail_now"])
    if groups["block"]:
        return _Raw(match.start(), match.end(), "block", None, None, False)
    if groups["quarter"]:
        q = groups["q"]
        return _Raw(match.start(), match.end(), "quarter", _ROMAN.get(q) or int(q), year, now)
    if groups["first_quarter"]:
        return _Raw(match.start(), match.end(), "quarter", 1, year, now)
    if groups["half1"] or groups["half2"]:
        half = 1 if groups["half1"] else 2
        return _Raw(match.start(), match.end(), "half", half, year, now)
    if groups["month"]:
        return _Raw(match.start(), match.end(), "month", int(groups["m"]), year, now)
    return _Raw(match.start(), match.end(), "year", None, year, now)


def _format(raw: _Raw, year: int | None) -> str | None:
    if raw.kind == "block" or year is None:
        return None
    return _period_text(year, raw.kind, raw.number)


@functools.lru_cache(maxsize=512)
def _period_text(year: int, kind: str, number: int | None) -> str:
    # Texts name the same few periods over and over; building and checking a
    # Period for each mention cost more than the rest of its reading.
    return str(Period(year, kind, number))


class PeriodFinder:
    """The period mentions of one text and its title, and the figure lookups."""

    def __init__(self, grammar: PeriodGrammar, words: PeriodWords, text: str, layout: Layout,
                 hidden: Sequence[tuple[int, int]], title: str | None, published_year: int | None):
        self._layout = layout
        self._words = words
        title_mentions = self._mentions(grammar, title, Layout(title), (), published_year, None) \
            if title else []
        self._title_period = next((m for m in reversed(title_mentions) if m.role == REPORT),
                                  None)
        self.mentions = self._mentions(grammar, text, layout, hidden, published_year,
                                       self._title_period)
        self._all_starts = [m.start for m in self.mentions]
        markers = [m for m in self.mentions if m.role in (REPORT, BLOCK)]
        self._markers = markers
        self._starts = [m.start for m in markers]
        self._scopes = [layout.scope_of(m.start) for m in markers]

    def resolve(self, context: Context, unit_end: int) -> str | None:
        """The clause, the sentence and paragraph before the figure, the rest of
        its sentence, the paragraphs before, then the title."""
        layout = self._layout
        sentence = layout.sentences[context.sentence]
        paragraph_start = layout.paragraphs[sentence.paragraph][0]
        visible = layout.ancestors(context.scope)
        found = (self._last(context.near, (context.scope,))
                 or self._first(context.right, (context.scope,))
                 or self._last((paragraph_start, context.near[0]), visible)
                 or self._first((unit_end, sentence.end), visible)
                 or self._last((0, paragraph_start), None)
                 or self._title_period)
        return found.period if found else None

    def planned(self, context: Context, pos: int) -> bool:
        """Whether the last period named before pos in its sentence is a plan's
        ("Kế hoạch năm 2024 đề ra: không có hồ sơ quá hạn")."""
        start = self._layout.sentences[context.sentence].start
        k = bisect.bisect_left(self._all_starts, pos) - 1
        return k >= 0 and self._all_starts[k] >= start and self.mentions[k].role == PLAN

    def before(self, pos: int) -> str | None:
        """The reporting period of the text up to pos (a table's), else the title's."""
        found = self._last((0, pos), None) or self._title_period
        return found.period if found else None

    # -- lookups -------------------------------------------------------------

    def _last(self, span: tuple[int, int], scopes) -> Mention | None:
        k = bisect.bisect_left(self._starts, span[1]) - 1
        while k >= 0 and self._starts[k] >= span[0]:
            if scopes is None or self._scopes[k] in scopes:
                return self._markers[k]
            k -= 1
        return None

    def _first(self, span: tuple[int, int], scopes) -> Mention | None:
        k = bisect.bisect_left(self._starts, span[0])
        while k < len(self._starts) and self._starts[k] < span[1]:
            if self._scopes[k] in scopes:
                return self._markers[k]
            k += 1
        return None

    # -- mentions ------------------------------------------------------------------

    def _mentions(self, grammar: PeriodGrammar, text: str, layout: Layout,
                  hidden: Sequence[tuple[int, int]], published_year: int | None,
                  before: Mention | None) -> list[Mention]:
        raws = [r for r in grammar.find(text) if not _hidden(r, hidden)]
        roles = [self._role(text, layout, r) for r in raws]
        running = before.year if before is not None else None
        return _resolve(raws, roles, layout, published_year, running)

    def _role(self, text: str, layout: Layout, raw: _Raw) -> str:
        if raw.kind == "block":
            return BLOCK
        clause_start = max(layout.clause_start(raw.start), raw.start - _PLAN_REACH)
        if self._after_comparison(text, clause_start, raw.start):
            return COMPARISON
        plan = list(self._words.plan.finditer(text, clause_start, raw.start))
        # The last plan word decides; "thực hiện nhiệm vụ" is not a plan.
        if plan and plan[-1].value:
            return PLAN
        return REPORT

    def _after_comparison(self, text: str, start: int, pos: int) -> bool:
        found = list(self._words.comparison.finditer(text, start, pos))
        if not found:
            return False
        return len(text[found[-1].end:pos].split()) <= _COMPARISON_REACH


def _hidden(raw: _Raw, hidden: Sequence[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(hidden, (raw.end,)) - 1
    return k >= 0 and hidden[k][1] > raw.start


def _resolve(raws: list[_Raw], roles: list[str], layout: Layout, published_year: int | None,
             running: int | None) -> list[Mention]:
    """Give every mention a full period, borrowing the year when it names none:
    "năm nay" from the publication date, a bare "quý I" from a year in its
    sentence, else from the last reporting period before it (running), else
    from the publication date."""
    latest = (published_year + 1) if published_year is not None else last_plausible_year()
    sentence_years = _sentence_years(raws, roles, layout, latest)
    mentions = []
    for raw, role in zip(raws, roles):
        year = raw.year
        if year is not None and not plausible_year(year, latest=latest):
            # "quý IV năm 9999": not a period at all, and lends no year.
            mentions.append(Mention(raw.start, raw.end, role, None, None))
            continue
        if year is None and raw.kind != "block":
            if raw.now:
                year = published_year if published_year is not None else running
            else:
                year = _nearest(sentence_years.get(layout.sentence_of(raw.start), []), raw.start)
                if year is None:
                    year = running if running is not None else published_year
        mention = Mention(raw.start, raw.end, role, _format(raw, year), year)
        if role == REPORT and year is not None:
            running = year
        mentions.append(mention)
    return mentions


def _sentence_years(raws: list[_Raw], roles: list[str], layout: Layout, latest: int
                    ) -> dict[int, list[tuple[int, int]]]:
    """Per sentence: the (position, year) of the mentions that write a plausible year."""
    years: dict[int, list[tuple[int, int]]] = {}
    for raw, role in zip(raws, roles):
        if raw.year is not None and role != COMPARISON and plausible_year(raw.year,
                                                                          latest=latest):
            years.setdefault(layout.sentence_of(raw.start), []).append((raw.start, raw.year))
    return years


def _nearest(candidates: list[tuple[int, int]], pos: int) -> int | None:
    """The year of the candidate (position, year) nearest to pos; sorted input."""
    k = bisect.bisect_left(candidates, (pos,))
    near = candidates[max(0, k - 1):k + 1]
    return min(near, key=lambda c: abs(c[0] - pos))[1] if near else None
