"""The extraction pipeline: text -> figures -> readings -> metric records."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crawler.metrics.checks import Item, check
from crawler.metrics.classify import Classifier, Reading
from crawler.metrics.context import Context, build_contexts
from crawler.metrics.entities import EntityFinder
from crawler.metrics.tables import Table, find_tables, hide
from crawler.metrics.figures import OTHER, Figure, find_figures, overlaps
from crawler.metrics.layout import Layout, merge_spans, paragraph_spans
from crawler.metrics.levels import LevelFinder
from crawler.metrics.normalize import NormalizedText, normalize
from crawler.metrics.numbers import NUMBERS, RawNumber, as_number
from crawler.metrics.periods import PeriodFinder, PeriodGrammar
from crawler.metrics.phrases import Match
from crawler.metrics.values import Metric, Period, plausible_year
from crawler.metrics.vocabulary import (TONELESS_VOCABULARY, VOCABULARY, PeriodWords,
                                        Vocabulary, strip_marks)

# Evidence longer than this is cut down to the figure's own clauses.
EVIDENCE_MAX = 300
_PUBLISHED = re.compile(r"(\d{4})-\d{2}-\d{2}")
_EDGE = " ,;:.–-\n"
_SPACES = re.compile(r"[^\S\n]*")
# The longest unit word before a number is shorter than this ("ở vị trí thứ").
_PREFIX_REACH = 40


# A Vietnamese letter with a mark (the range runs from "à" to "ỹ"); a text
# with none of them but with words was typed without marks.
_MARKED = re.compile("[\u00e0-\u1ef9]")
_WORDS = re.compile(r"[a-z]{2,} [a-z]{2,}")


def _typed_without_marks(lower: str) -> bool:
    return _MARKED.search(lower) is None and _WORDS.search(lower) is not None


@dataclass(frozen=True)
class MetricsResult:
    metrics: list[Metric] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Extractor:
    """Runs the pipeline with one vocabulary; holds no state between calls."""

    def __init__(self, vocabulary: Vocabulary = VOCABULARY,
                 toneless: Vocabulary | None = TONELESS_VOCABULARY):
        """toneless: the vocabulary for text typed without tone marks; None
        reads such text with the first one."""
        self._v = vocabulary
        self._periods = PeriodGrammar(vocabulary.periods)
        self._unit_word_ends = vocabulary.prefixes.last_words(lambda value: value[0] == "unit")
        self._plain = Extractor(toneless, toneless=None) if toneless is not None else None

    def extract(self, text: str, title: str | None = None,
                published: str | None = None) -> MetricsResult:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        norm = normalize(text)
        if self._plain is not None and _typed_without_marks(norm.lower):
            # "tiep nhan 1.234 ho so": read with the vocabulary stripped the same way.
            return self._plain.extract(
                text, strip_marks(title) if isinstance(title, str) else title, published)
        paragraphs = paragraph_spans(norm.lower)
        tables = find_tables(self._v, norm.text, norm.lower, paragraphs, _title(title),
                             self._names_period) \
            if "\t" in norm.lower or " | " in norm.lower else []
        # Table lines are read by their header; the sentence reader skips them.
        lower = hide(norm.lower, tables)
        if tables:
            paragraphs = paragraph_spans(lower)
        numbers = [n for n in NUMBERS.find(lower)
                   if not n.in_words or self._word_number_may_count(lower, n)]
        excluded, hidden = self._exclusions(lower, numbers, paragraphs)
        numbers = [n for n in numbers if not overlaps(n, excluded)]
        lead_ins = list(self._v.zero_lead_ins.finditer(lower))
        # Keywords and levels matter only in paragraphs that may hold a figure.
        active = _holding(paragraphs, [n.start for n in numbers] + [m.start for m in lead_ins])
        hits = self._v.hits.find_in(lower, active)
        figures = find_figures(lower, self._v, numbers, lead_ins, hits, excluded, active)
        markers = self._v.levels.find_in(lower, active)
        # A comma inside a list of tiers ("các xã, thị trấn") is no clause boundary.
        listed = [(a.start, b.end) for a, b in zip(markers, markers[1:])
                  if lower[a.end:b.start].strip() == ","]
        layout = Layout(lower, merge_spans([*excluded, *((f.start, f.end) for f in figures),
                                            *listed]),
                        paragraphs, [f.start for f in figures])
        entities = EntityFinder(self._v, norm.text, lower)
        levels = LevelFinder(self._v, lower, layout, active, entities.names_unit, markers)
        figures, contexts, readings = self._read(lower, layout, hits, figures, levels, entities)
        periods = PeriodFinder(self._periods, self._v.periods, lower, layout, hidden,
                               _title(title), _year(published))
        result = self._records(norm, layout, figures, contexts, readings, levels, periods,
                               entities)
        if tables:
            result.metrics.extend(_table_metrics(norm, tables, periods, self._periods,
                                                 self._v.periods, published))
            result.metrics.sort(key=lambda m: m.start)
        return result

    def _exclusions(self, text: str, numbers: Sequence[RawNumber],
                    paragraphs: Sequence[tuple[int, int]]
                    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The excluded spans where they can hide a number, and those that hide
        periods."""
        spans, hidden = [], []
        starts = [n.start for n in numbers]
        lines = _holding(paragraphs, starts)
        for start, end, hides_periods in self._v.exclusions.around(text, starts, lines):
            spans.append((start, end))
            if hides_periods:
                hidden.append((start, end))
        return merge_spans(spans), merge_spans(hidden)

    def _read(self, text: str, layout: Layout, hits: list[Match], figures: list[Figure],
              levels: LevelFinder, entities: EntityFinder):
        """Classify; if some figures turn out to be nothing while sharing a clause
        with others, classify again without them: they took words that the
        others may need."""
        contexts = build_contexts(layout, figures)
        readings = Classifier(self._v, text, layout, hits, figures, contexts, levels,
                              entities).read()
        if not _dropped_beside_kept(figures, contexts, readings):
            return figures, contexts, readings
        # Counts of other things keep their words ("03 dịch vụ công trực tuyến").
        figures = [f for f, r in zip(figures, readings) if r is not None or f.unit == OTHER]
        contexts = build_contexts(layout, figures)
        readings = Classifier(self._v, text, layout, hits, figures, contexts, levels,
                              entities).read()
        return figures, contexts, readings

    def _word_number_may_count(self, text: str, number: RawNumber) -> bool:
        """A number in words is a figure only with a unit after it ("hai hồ sơ")
        or a unit word before it ("xếp thứ hai"); the others ("năm", "một cửa")
        are dropped at once, so that their paragraphs are not searched."""
        unit = self._v.units.match_at(text, _SPACES.match(text, number.end).end())
        if unit is not None and unit.value is not None:
            return True
        end = number.start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if not text.endswith(self._unit_word_ends, 0, end):
            return False    # no unit word ends there: no need to look for one
        return any(m.end == end and m.value[0] == "unit"
                   for m in self._v.prefixes.finditer(text, max(0, end - _PREFIX_REACH), end))

    def _names_period(self, words: str) -> bool:
        return any(r.kind != "block" for r in self._periods.find(words))

    def _ranked_tiers(self, figures: Sequence[Figure], contexts: Sequence[Context],
                      readings: Sequence[Reading | None], entities: EntityFinder
                      ) -> dict[int, str]:
        """sentence -> the tier a rank in it is among ("xếp thứ 2/63 tỉnh"): the
        level of the index figures of that sentence."""
        tiers: dict[int, str] = {}
        for figure, context, reading in zip(figures, contexts, readings):
            tier = _ranked_among(figure, reading, entities)
            if tier is not None:
                tiers.setdefault(context.sentence, tier)
        return tiers

    def _records(self, norm: NormalizedText, layout: Layout, figures: Sequence[Figure],
                 contexts: Sequence[Context], readings: Sequence[Reading | None],
                 levels: LevelFinder, periods: PeriodFinder,
                 entities: EntityFinder) -> MetricsResult:
        metrics: list[Metric] = []
        items: list[Item] = []
        ranked = self._ranked_tiers(figures, contexts, readings, entities)
        owners: dict[int, tuple[str | None, str | None]] = {}   # figure -> (entity, tier)
        for k, (figure, context, reading) in enumerate(zip(figures, contexts, readings)):
            if reading is None:
                continue
            if figure.zero_metric is not None and periods.planned(context, figure.start):
                continue    # "Kế hoạch năm 2024: không có hồ sơ quá hạn" is a plan
            period = periods.resolve(context, figure.unit_end)
            evidence = _evidence(norm.text, layout, figure, context)
            paragraph = layout.sentences[context.sentence].paragraph
            listed = entities.enumerated(layout, figure, context)
            tier_of_name = None
            if listed is not None:
                entity, tier = listed
            else:
                named = entities.resolve(layout, figure, context, levels.starts)
                entity, tier = named if named is not None else (None, None)
                tier_of_name, tier = tier, None
            own = levels.own(context)   # the level word of the figure's clause
            if entity is None and own is None and context.parent in owners:
                # "Triệu Phong 84,12 điểm (xếp thứ 3)": the unit of the figure before "("
                entity, tier = owners[context.parent]
            if tier is None and own is None:
                if self._v.metrics[reading.names[0]].index is not None:
                    tier = ranked.get(context.sentence)
                # "tỉnh Quảng Trị đạt 85,21%": the tier word of the unit named
                tier = tier or tier_of_name
            owners[k] = (entity, tier)
            parts = [(number, reading.names) for number in figure.numbers]
            if figure.of is not None and reading.of_name is not None \
                    and not _stated(metrics, items, reading.of_name, figure.of, paragraph):
                parts.append((figure.of, (reading.of_name,)))
            for number, names in parts:
                value = number.value * figure.sign
                start, end = norm.original_span(number.start, number.end)
                for name in names:
                    level = tier or levels.resolve(context, self._v.metrics[name], own)
                    metrics.append(Metric(
                        name, as_number(value), reading.unit, level, period,
                        figure.approximate, figure.delta, entity, evidence, start, end))
                    comparable = not (figure.approximate or figure.delta
                                      or len(names) > 1 or len(figure.numbers) > 1)
                    items.append(Item(name, value, level, period, paragraph, number.start,
                                      comparable))
        return MetricsResult(metrics, check(items))


def _stated(metrics: Sequence[Metric], items: Sequence[Item], name: str, number: RawNumber,
            paragraph: int) -> bool:
    """Whether the paragraph already stated this figure ("tiếp nhận và giải
    quyết 5.441 …  đúng hạn 5.414/5.441"): a fraction's whole is not repeated."""
    return any(m.name == name and item.paragraph == paragraph and item.value == number.value
               for m, item in zip(metrics, items))


def _row_period(grammar: PeriodGrammar, label: str, table_period: str | None,
                published: str | None) -> str | None:
    """The period a row label names ("Quý I", "Tháng 5/2024"), its year from
    the label, else the table's period, else the publication; None if none."""
    raws = [r for r in grammar.find(label) if r.kind != "block"] if label else []
    if not raws:
        return None
    raw = raws[0]
    year = raw.year or (Period.parse(table_period).year if table_period else _year(published))
    if year is None or not plausible_year(year, published):
        return None
    return str(Period(year, raw.kind, raw.number))


def _header_period(grammar: PeriodGrammar, words: PeriodWords, lower: str, start: int,
                   published: str | None) -> str | None:
    """The one period a table's header row names ("Năm 2023 | Tiếp nhận | …",
    "Kế hoạch năm 2023 | Thực hiện năm 2023"), comparison bases left out ("so
    với năm 2022"); None for none or several."""
    end = lower.find("\n", start)
    cells = re.split(r"\t| \| ", lower[start:end if end >= 0 else None])
    raws = {(r.kind, r.number, r.year) for cell in cells
            if next(words.comparison.finditer(cell), None) is None
            for r in grammar.find(cell) if r.kind != "block"}
    if len(raws) != 1:
        return None
    kind, number, year = raws.pop()
    return str(Period(year, kind, number)) if year and plausible_year(year, published) else None


def _table_metrics(norm: NormalizedText, tables: Sequence[Table], periods: PeriodFinder,
                   grammar: PeriodGrammar, words: PeriodWords,
                   published: str | None) -> list[Metric]:
    metrics = []
    for table in tables:
        period = _header_period(grammar, words, norm.lower, table.start, published) \
            or periods.before(table.start)
        for figure in table.figures:
            number = figure.number
            start, end = norm.original_span(number.start, number.end)
            row = norm.text[figure.row[0]:figure.row[1]].strip()[:EVIDENCE_MAX]
            row_period = _row_period(grammar, figure.label, period, published) \
                or _row_period(grammar, figure.column, period, published)
            metrics.append(Metric(figure.name, as_number(number.value), figure.unit,
                                  figure.level, row_period or period, False, False,
                                  figure.entity, row, start, end))
    return metrics


def _ranked_among(figure: Figure, reading: Reading | None, entities: EntityFinder
                  ) -> str | None:
    first = figure.numbers[0]
    if reading is None or reading.unit != "rank" or first.of_end is None:
        return None
    return entities.tier_after(first.of_end)


def _dropped_beside_kept(figures: Sequence[Figure], contexts: Sequence[Context],
                        readings: Sequence[Reading | None]) -> bool:
    """Whether a figure read as nothing has a neighbour that was read."""
    for figure, context, reading in zip(figures, contexts, readings):
        if reading is None and figure.unit != OTHER:
            for neighbour in (context.previous, context.after):
                if neighbour is not None and readings[neighbour] is not None:
                    return True
    return False


def _holding(paragraphs: Sequence[tuple[int, int]], positions: list[int]
             ) -> list[tuple[int, int]]:
    """The paragraphs that contain one of the positions, consecutive ones
    merged into one span (fewer, longer regex scans)."""
    positions = sorted(positions)
    spans: list[tuple[int, int]] = []
    previous = -2
    for index, (start, end) in enumerate(paragraphs):
        k = bisect.bisect_left(positions, start)
        if k < len(positions) and positions[k] < end:
            if index == previous + 1:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
            previous = index
    return spans


def _evidence(text: str, layout: Layout, figure: Figure, context: Context) -> str:
    """The sentence, or the figure's own clauses when the sentence is long."""
    sentence = layout.sentences[context.sentence]
    if sentence.end - sentence.start <= EVIDENCE_MAX:
        return text[sentence.start:sentence.end].strip()
    start = min(context.clauses[-1][0], figure.start)
    end = max(context.right[1], figure.unit_end)
    return text[start:end].strip(_EDGE) or text[figure.start:figure.end]


def _title(title: str | None) -> str | None:
    return normalize(title).lower if isinstance(title, str) and title.strip() else None


def _year(published: str | None) -> int | None:
    match = _PUBLISHED.fullmatch(published.strip()) if isinstance(published, str) else None
    return int(match.group(1)) if match else None
