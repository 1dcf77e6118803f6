"""Tables: figures read by their header row and their row labels.

A table reaches the extractor as text, one line per row with its cells
separated by a tab (crawler.extraction) or " | " (trafilatura's rendering).
A block of at least two such lines with the same number of cells is a
table; its first row is the header.  Each number in a cell is a figure:
- its metric is named by its column's header ("Tiếp nhận", "Đúng hạn",
  "Tỷ lệ đúng hạn (%)", "Điểm", "Xếp hạng"), else by its row's label (a
  table with the metrics as rows);
- its tier and unit by its row's label ("Cấp huyện", "Cấp xã", "Tổng
  cộng"), else by its column's header: a label naming a unit ("Xã Tân Lập",
  or a bare name in a table of communes) gives the entity;
- an index score or rank belongs to the index named in the table's header,
  the line before it or the title; with none named, or another index, the
  column gives nothing.
Table lines are then hidden from the sentence reader (they are not prose).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from crawler.metrics.numbers import NUMBERS, RawNumber
from crawler.metrics.vocabulary import WHOLE, Vocabulary

_SEPARATORS = ("\t", " | ")
_MIN_ROWS = 2
_CAPTION_LINES = 2


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


@dataclass(frozen=True)
class TableFigure:
    name: str
    unit: str
    number: RawNumber
    level: str | None
    entity: str | None
    row: tuple[int, int]        # the row's line, for the evidence
    label: str                  # the row's label (lower case), which may be a period
    column: str = ""            # the column's header (lower case), which may be a period


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    figures: tuple[TableFigure, ...]


def _cells(text: str, start: int, end: int) -> list[Cell] | None:
    line = text[start:end]
    separator = next((s for s in _SEPARATORS if s in line), None)
    if separator is None:
        return None
    cells, pos = [], start
    for piece in line.split(separator):
        a = pos + len(piece) - len(piece.lstrip(" |"))
        b = pos + len(piece.rstrip(" |"))
        cells.append(Cell(a, max(a, b)))
        pos += len(piece) + len(separator)
    # A leading or trailing "|" of a Markdown-like row makes an empty edge cell.
    while cells and cells[0].end == cells[0].start and len(cells) > 2:
        cells.pop(0)
    while cells and cells[-1].end == cells[-1].start and len(cells) > 2:
        cells.pop()
    return cells if len(cells) >= 2 else None


def find_tables(vocabulary: Vocabulary, text: str, lower: str,
                paragraphs: Sequence[tuple[int, int]], title: str | None,
                is_period: Callable[[str], bool] = lambda words: False) -> list[Table]:
    """The tables of text (original case) and lower (its lower case);
    is_period tells a row label that names a period ("Quý I")."""
    tables = []
    k = 0
    while k < len(paragraphs):
        rows = []
        j = k
        while j < len(paragraphs):
            cells = _cells(lower, *paragraphs[j]) if "\t" in lower[paragraphs[j][0]:
                                                                  paragraphs[j][1]] \
                or " | " in lower[paragraphs[j][0]:paragraphs[j][1]] else None
            if cells is None or (rows and len(cells) != len(rows[0][1])):
                break
            rows.append((paragraphs[j], cells))
            j += 1
        if len(rows) >= _MIN_ROWS and not _numbers_in(lower, rows[0][1]):
            caption = paragraphs[max(0, k - _CAPTION_LINES):k]
            reader = _TableReader(vocabulary, text, lower, rows, caption, title, is_period)
            tables.append(Table(rows[0][0][0], rows[-1][0][1], tuple(reader.figures())))
            k = j
        else:
            k = max(j, k + 1)
    return tables


def _numbers_in(lower: str, cells: Sequence[Cell]) -> bool:
    """Whether a first row holds a figure: then it is no header, and the lines
    are a list of "label<TAB>figure" pairs that the sentence reader reads."""
    return any(n for c in cells for n in NUMBERS.find(lower[c.start:c.end])
               if not n.in_words and not _is_year(n))


def _is_year(number: RawNumber) -> bool:
    """"Năm 2023" in a header names a period, not a figure."""
    return number.end - number.start == 4 and 1900 <= number.value <= 2100


class _TableReader:
    def __init__(self, vocabulary: Vocabulary, text: str, lower: str, rows, caption,
                 title: str | None, is_period: Callable[[str], bool]):
        self._v = vocabulary
        self._is_period = is_period
        self._text = text
        self._lower = lower
        self._rows = rows
        context = " ".join(lower[a:b] for a, b in caption)
        header = " ".join(lower[c.start:c.end] for c in rows[0][1])
        self._index = self._index_named(header) or self._index_named(context) \
            or (self._index_named(title) if title else None)
        self._context_tier = self._last_tier(context + " " + header)
        # The metrics that are the whole of others (received, resolved).
        self._wholes = frozenset(n for spec in vocabulary.metrics.values()
                                 for n in (spec.total, spec.of) if n)

    def figures(self) -> Iterator[TableFigure]:
        header = self._rows[0][1]
        heads = [self._cell(c) for c in header]
        label_column = self._label_column()
        skipped = [self._gives_nothing(h) for h in heads]
        columns = [self._metric(h) for h in heads]
        if any(self._names_plan(h) for h in heads):
            # Beside a plan column a bare rate column ("Tỷ lệ (%)") is the share of the plan.
            skipped = [skip or (column is None and self._is_percent(h))
                       for skip, column, h in zip(skipped, columns, heads)]
        columns = self._totals_named(heads, columns, label_column)
        column_places = [self._place(c) for c in header]
        for line, cells in self._rows[1:]:
            label = cells[label_column] if label_column is not None else None
            label_text = self._cell(label)
            row_place = self._place(label) if label is not None else (None, None, False)
            # A label that is no unit, level, total, period or name ("Cải cách thể
            # chế") is a part of the index: its points are no index score.
            part_row = label is not None and not row_place[2] \
                and not self._is_period(label_text) and not self._is_name(label)
            for k, cell in enumerate(cells):
                if k == label_column or skipped[k]:
                    continue
                number = self._number(cell)
                if number is None or self._signed(cell, number):
                    continue
                metric = self._cell_metric(columns[k], label_text, heads[k])
                if metric is None or (part_row and metric[1] in ("point", "rank")):
                    continue
                level, entity, known = row_place if row_place[2] else column_places[k]
                if not known:
                    level = None
                name, unit = metric
                yield TableFigure(name, unit, number, level, entity, line, label_text,
                                  heads[k])

    def _cell_metric(self, column: tuple[str, str] | None, label: str, head: str
                     ) -> tuple[str, str] | None:
        """The column's metric, else the row's (a percentage when the column
        is one); a row naming a part of the column's whole wins ("Trực tuyến"
        in a column "Tiếp nhận" counts online dossiers)."""
        if not label:
            return column
        row = self._metric(label, percent=self._is_percent(head))
        if column is None:
            return row
        if row is not None and row[1] == column[1] == "dossier" and row[0] != column[0] \
                and column[0] in self._wholes:
            return row
        if row is None and column[1] == "percent" and self._metric(label) is not None:
            return None     # "Trực tiếp" in a column of rates: a rate of no metric
        return column

    def _totals_named(self, heads: list[str], columns: list, label_column: int | None) -> list:
        """A column headed by a total word ("Tổng số") counts the whole the other
        columns are parts of (their metrics' total)."""
        wholes = [self._v.metrics[c[0]].total for c in columns
                  if c is not None and self._v.metrics[c[0]].total]
        if not wholes:
            return columns
        whole = max(set(wholes), key=wholes.count)
        return [(whole, "dossier") if c is None and k != label_column
                and h.strip() in self._v.table_totals else c
                for k, (h, c) in enumerate(zip(heads, columns))]

    def _gives_nothing(self, words: str) -> bool:
        """A column of plans, targets, maxima or changes ("Kế hoạch", "Điểm tối
        đa", "Tăng/giảm bậc") gives no figure."""
        if not words:
            return False
        if self._names_plan(words):
            return True
        if any(h.value is not None and h.value.kind in ("target", "index_part")
               for h in self._v.hits.finditer(words)):
            return True
        return any(m.value[0] in ("increase", "decrease")
                   for m in self._v.prefixes.finditer(words))

    def _names_plan(self, words: str) -> bool:
        return any(m.value for m in self._v.periods.plan.finditer(words))

    def _signed(self, cell: Cell, number: RawNumber) -> bool:
        """"+3", "-2": a change, not a figure."""
        before = self._lower[cell.start:number.start].strip()
        return before[-1:] in ("+", "-", "−", "–")

    def _is_name(self, cell: Cell) -> bool:
        original = self._text[cell.start:cell.end].strip()
        return bool(original) and all(w[:1].isupper() for w in original.split())

    def _is_percent(self, words: str) -> bool:
        return "%" in words or any(r in words for r in self._v.rate_words)

    # -- cells ------------------------------------------------------------------

    def _cell(self, cell: Cell | None) -> str:
        return self._lower[cell.start:cell.end] if cell is not None else ""

    def _number(self, cell: Cell) -> RawNumber | None:
        found = [n for n in NUMBERS.find(self._lower[cell.start:cell.end]) if not n.in_words]
        if len(found) != 1:
            return None
        n = found[0]
        rest = (self._lower[cell.start:cell.start + n.start]
                + self._lower[cell.start + n.end:cell.end]).strip(" %")
        if any(ch.isdigit() for ch in rest):
            return None
        return RawNumber(cell.start + n.start, cell.start + n.end, n.value)

    def _label_column(self) -> int | None:
        """The first column whose body cells hold no number (the row labels)."""
        width = len(self._rows[0][1])
        for k in range(width):
            body = [cells[k] for _, cells in self._rows[1:]]
            if all(self._number(c) is None and c.end > c.start for c in body):
                return k
        return None

    # -- what a header or label says -----------------------------------------------

    def _metric(self, words: str, percent: bool = False) -> tuple[str, str] | None:
        if not words:
            return None
        hits = [m.value for m in self._v.hits.finditer(words)]
        percent = percent or self._is_percent(words)
        for hit in reversed(hits):
            if hit.kind == "metric":
                spec = self._v.metrics[hit.target]
                if percent and spec.unit == "dossier":
                    return (spec.rate, "percent") if spec.rate else None
                if spec.unit == "percent" or spec.unit == "dossier":
                    return spec.name, spec.unit
        role = self._index_role(words)
        if role is not None and self._index is not None:
            name = self._v.metric_for(self._index, role)
            if name is not None:
                return name, "rank" if role == "rank" else "point"
        if any(u.value == "dossier" for u in self._v.units.finditer(words)) \
                and not any(h.kind != "metric" for h in hits):
            return None
        return None

    def _index_role(self, words: str) -> str | None:
        for m in self._v.prefixes.finditer(words):
            kind, value = m.value
            if kind == "unit" and value in ("rank", "point"):
                return "rank" if value == "rank" else "score"
        for m in self._v.units.finditer(words):
            if m.value in ("rank", "point"):
                return "rank" if m.value == "rank" else "score"
        return None

    def _index_named(self, words: str | None) -> str | None:
        if not words:
            return None
        found = [m.value for m in self._v.hits.finditer(words)
                 if m.value.kind in ("index", "index_weak")]
        return found[-1].target if found else None

    def _last_tier(self, words: str) -> str | None:
        found = [m.value for m in self._v.tiers.finditer(words)]
        return (found[-1] or None) if found else None

    def _place(self, cell: Cell | None) -> tuple[str | None, str | None, bool]:
        """(level, entity, whether the cell says where): from a row label or a
        column header."""
        words = self._cell(cell)
        if not words or any(ch.isdigit() for ch in words):
            return None, None, False
        if any(words.strip() == t for t in self._v.table_totals):
            return None, None, True
        original = self._text[cell.start:cell.end].strip()
        for tier in self._v.tiers.finditer(words):
            # "Xã Tân Lập", "UBND thị trấn Cửa Việt": the name after the tier word
            name = original[tier.end:].strip()
            if name and name[0].isupper():
                return tier.value or self._context_tier, name, True
        level = next((m.value for m in self._v.levels.finditer(words)), None)
        if level is not None:
            return (None if level == WHOLE else level), None, True
        if self._context_tier is not None and all(w[:1].isupper() for w in original.split()) \
                and self._metric(words) is None and not self._is_period(words):
            return self._context_tier, original, True    # a bare name in a table of units
        return None, None, False


def hide(text: str, tables: Sequence[Table]) -> str:
    """text with the table lines blanked (same length)."""
    if not tables:
        return text
    parts, pos = [], 0
    for table in tables:
        parts.append(text[pos:table.start])
        parts.append(re.sub(r"[^\n]", " ", text[table.start:table.end]))
        pos = table.end
    parts.append(text[pos:])
    return "".join(parts)
