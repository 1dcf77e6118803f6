"""The report's figure model: which figures stand for a district, which is the
latest, and the units (communes, wards …) the articles name.

Which figure is "latest" (also written in the page itself):
- only figures the articles state: a rate is never computed from counts
  (portals count "on time" with or without "early", over received or over
  resolved dossiers, so a derived rate would disagree with their own);
- changes ("tăng/giảm … so với", `delta`) and province-level figures are left
  out, and for the PAR Index so are the communes' own scores and ranks;
- the newest period wins (the period that ends last; on the same end, the
  longer one: the year before its fourth quarter); within it the whole-area
  figure before the district tier before the commune tier (a commune-tier
  figure stands in only when the period has nothing better, and is labelled
  so); then the newest article; then the first in the text.
The charts pick one figure per period by the same order.

Entities (schema 2): a figure about a named unit other than the district — a
commune in a ranking row, a ward in an enumeration — is that unit's, never
the district's, and never merged with another unit's. A ranking (several
units with a score, rank or on-time rate for one period in one article)
becomes one table with a row per unit. Schema 1 records name no entity: all
their figures are the district's, as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from crawler.report.formatting import PERIOD_SHAPE, same_unit, vi_sort_key
from crawler.report.text import report_text


@dataclass(frozen=True)
class Column:
    metric: str  # the metric name in the record
    commune_ok: bool = True  # may a commune-tier figure stand for the district?

    @property
    def label(self) -> str:
        return report_text()["columns"][self.metric]


COLUMNS = (
    Column("dossiers_received"),
    Column("on_time_rate"),
    Column("dossiers_overdue"),
    Column("online_rate"),
    Column("par_index_score", commune_ok=False),
    Column("par_index_rank", commune_ok=False),
)
COLUMN_BY_METRIC = {column.metric: column for column in COLUMNS}
# Within one period: the figure of no stated tier (the whole district, as a rule),
# then the district tier's own, then the communes'. Province figures never count.
LEVEL_PREFERENCE = {None: 2, "district": 1, "commune": 0}
# Metrics by which articles rank units against each other.
RANKING_METRICS = ("par_index_rank", "par_index_score", "on_time_rate")
# Colour-blind-safe palette (Okabe–Ito, then Tableau's) so each district keeps one colour.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D31",
           "#3B4B5C", "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2")


@dataclass(frozen=True)
class Figure:
    """One stated metric with the article it came from."""
    name: str
    value: float
    unit: str
    level: str | None
    period: str | None
    approximate: bool
    evidence: str
    position: int  # its index among the article's metrics: text order
    url: str
    title: str
    published: str | None
    entity: str | None = None  # the named unit it is about; None: the portal's own


def latest_of(figures: Iterable[Figure], metric: str) -> Figure | None:
    return max((f for f in figures if f.name == metric), key=figure_order, default=None)


@dataclass
class Unit:
    """A commune, ward or other unit an article names, with its own figures."""
    name: str
    figures: list[Figure] = field(default_factory=list)

    def latest(self, metric: str) -> Figure | None:
        return latest_of(self.figures, metric)


@dataclass
class Ranking:
    """Several units ranked in one article for one period: one row per unit."""
    period: str | None
    url: str
    title: str
    published: str | None
    metrics: tuple[str, ...]  # the columns, in RANKING_METRICS order
    rows: list[tuple[str, dict[str, Figure]]]  # (unit, its figure per metric)


@dataclass
class Area:
    """One district (or one portal, when the record names no district)."""
    province: str
    district: str
    portals: set[str] = field(default_factory=set)
    articles: list[dict] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)  # the district's own
    units: dict[str, Unit] = field(default_factory=dict)  # by folded name
    rankings: list[Ranking] = field(default_factory=list)
    colour: str = PALETTE[0]
    anchor: str = ""

    def latest(self, metric: str) -> Figure | None:
        return latest_of(self.figures, metric)

    def series(self, metric: str) -> dict[str, Figure]:
        """One figure per period, chosen by the same order as `latest`."""
        best: dict[str, Figure] = {}
        for figure in self.figures:
            if figure.name == metric and figure.period:
                current = best.get(figure.period)
                if current is None or figure_order(figure) > figure_order(current):
                    best[figure.period] = figure
        return best

    def latest_figures(self) -> list[Figure]:
        """The figures the summary table shows for this district."""
        return [figure for figure in (self.latest(c.metric) for c in COLUMNS) if figure is not None]

    def figures_newest_first(self) -> list[Figure]:
        return sorted(self.figures, key=figure_order, reverse=True)

    @property
    def articles_with_figures(self) -> int:
        return sum(1 for record in self.articles if record.get("metrics"))

    @property
    def warnings(self) -> list[tuple[str, dict]]:
        return [(warning, record) for record in self.articles for warning in record.get("warnings") or []]

    def add_unit_figure(self, figure: Figure) -> None:
        name = " ".join(figure.entity.split())
        self.units.setdefault(vi_sort_key(name), Unit(name)).figures.append(figure)


def collect_areas(records: Iterable[dict]) -> list[Area]:
    words = report_text()["area"]
    areas: dict[tuple[str, str], Area] = {}
    for record in records:
        key = (record.get("province") or words["unknown_province"],
               record.get("district") or record.get("portal") or words["unknown_district"])
        area = areas.setdefault(key, Area(*key))
        area.portals.add(str(record.get("portal") or ""))
        area.articles.append(record)
        rankings = article_rankings(record)
        ranked = {figure.position for ranking in rankings for _, row in ranking.rows for figure in row.values()}
        area.rankings.extend(rankings)
        for figure in stated_figures(record):
            if figure.entity is None or (record.get("district") and same_unit(figure.entity, area.district)):
                if figure.level != "commune" or COLUMN_BY_METRIC[figure.name].commune_ok:
                    area.figures.append(figure)
            elif figure.position not in ranked:
                area.add_unit_figure(figure)
    ordered = sorted(areas.values(), key=lambda a: (vi_sort_key(a.province), vi_sort_key(a.district)))
    for index, area in enumerate(ordered):
        area.colour = PALETTE[index % len(PALETTE)]
        area.anchor = f"area-{index + 1}"
    return ordered


def stated_figures(record: dict) -> list[Figure]:
    """The record's figures of the report's metrics, as stated: no changes
    (`delta`), no province-level figures (see the module doc)."""
    figures = []
    for position, metric in enumerate(record.get("metrics") or []):
        column = COLUMN_BY_METRIC.get(metric.get("name")) if isinstance(metric, dict) else None
        if column is None or metric.get("delta") or not is_number(metric.get("value")):
            continue
        level = metric.get("level")
        if level not in LEVEL_PREFERENCE:
            continue
        entity = metric.get("entity")
        figures.append(Figure(
            name=column.metric, value=metric["value"], unit=str(metric.get("unit") or ""),
            level=level, period=valid_period(metric.get("period")),
            approximate=bool(metric.get("approximate")), evidence=str(metric.get("evidence") or ""),
            position=position, url=record["url"], title=str(record.get("title") or record["url"]),
            published=record.get("published") if isinstance(record.get("published"), str) else None,
            entity=entity.strip() if isinstance(entity, str) and entity.strip() else None))
    return figures


def article_rankings(record: dict) -> list[Ranking]:
    """The rankings of one article: for each period, the units (two or more)
    with a score, rank or on-time rate, one row per unit in text order, then
    by rank (or by the first column, highest first)."""
    by_period: dict[str | None, dict[str, tuple[str, dict[str, Figure]]]] = {}
    for figure in stated_figures(record):
        if figure.entity is None or figure.name not in RANKING_METRICS:
            continue
        if record.get("district") and same_unit(figure.entity, record["district"]):
            continue
        units = by_period.setdefault(figure.period, {})
        name = " ".join(figure.entity.split())
        _, row = units.setdefault(vi_sort_key(name), (name, {}))
        row.setdefault(figure.name, figure)  # the first figure of a unit in the text
    rankings = []
    for period, units in by_period.items():
        if len(units) < 2:
            continue
        rows = list(units.values())
        metrics = tuple(m for m in RANKING_METRICS if any(m in row for _, row in rows))
        first = metrics[0]
        # Rank: smallest first; a score or rate: highest first; units without it last.
        sign = 1 if first == "par_index_rank" else -1
        rows.sort(key=lambda item: (first not in item[1], sign * item[1][first].value if first in item[1] else 0))
        figure = next(iter(rows[0][1].values()))
        rankings.append(Ranking(period=period, url=figure.url, title=figure.title, published=figure.published,
                                metrics=metrics, rows=rows))
    return rankings


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def valid_period(period: object) -> str | None:
    return period if isinstance(period, str) and PERIOD_SHAPE.match(period) else None


def figure_order(figure: Figure) -> tuple:
    """Bigger wins: period, then tier, then publication, then text order. The tier
    comes before the date so that a later article about one commune does not
    replace the district's own figure for the same period."""
    return (period_order(figure.period), LEVEL_PREFERENCE[figure.level],
            figure.published or "", -figure.position)


def period_order(period: str | None) -> tuple[dt.date, int]:
    """(last day, length in days): the period that ends last is newest, and on the
    same last day the longer one (the year before its fourth quarter)."""
    if period is None:
        return (dt.date.min, 0)
    first, last = period_bounds(period)
    return (last, (last - first).days)


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    year, part = PERIOD_SHAPE.match(period).groups()
    year = int(year)
    if part is None:
        first_month, months = 1, 12
    elif part[0] == "Q":
        first_month, months = 3 * int(part[1]) - 2, 3
    elif part[0] == "H":
        first_month, months = 6 * int(part[1]) - 5, 6
    else:
        first_month, months = int(part), 1
    last_month = first_month + months - 1
    next_month = dt.date(year + last_month // 12, last_month % 12 + 1, 1)
    return dt.date(year, first_month, 1), next_month - dt.timedelta(days=1)
