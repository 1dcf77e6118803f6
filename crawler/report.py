"""`python -m crawler report`: one self-contained HTML page of the latest CCHC figures.

Per province and district: the latest figures in a sortable table, charts of
the on-time rate and the dossier volume over the reporting periods, the
figures with the articles they came from, and the consistency warnings.

The page needs no network to open: CSS, JavaScript and the charts (matplotlib,
rendered to SVG with the text as paths, so Vietnamese diacritics show with any
fonts) are inline, and a Content-Security-Policy forbids loading anything.

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
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from typing import Iterable

from crawler import exit_codes
from crawler.output_reader import (InputError, ReadResult, read_records, read_summary,
                                   skipped_warnings)

EXIT_OK = exit_codes.OK
EXIT_USAGE = exit_codes.USAGE
TEMPLATE = Path(__file__).parent / "templates" / "report.html"


@dataclass(frozen=True)
class Column:
    metric: str  # the metric name in the record
    label: str  # the table header, in Vietnamese
    commune_ok: bool = True  # may a commune-tier figure stand for the district?


COLUMNS = (
    Column("dossiers_received", "Hồ sơ tiếp nhận"),
    Column("on_time_rate", "Tỷ lệ đúng hạn"),
    Column("dossiers_overdue", "Hồ sơ quá hạn"),
    Column("online_rate", "Tỷ lệ trực tuyến"),
    Column("par_index_score", "Điểm PAR Index", commune_ok=False),
    Column("par_index_rank", "Xếp hạng PAR Index", commune_ok=False),
)
COLUMN_BY_METRIC = {column.metric: column for column in COLUMNS}
LEVEL_LABELS = {"district": "cấp huyện", "commune": "cấp xã", "province": "cấp tỉnh"}
# Within one period: the figure of no stated tier (the whole district, as a rule),
# then the district tier's own, then the communes'. Province figures never count.
LEVEL_PREFERENCE = {None: 2, "district": 1, "commune": 0}
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
PERIOD_SHAPE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$")
# Colour-blind-safe palette (Okabe–Ito, then Tableau's) so each district keeps one colour.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#8C6D31",
           "#3B4B5C", "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2")

DESCRIPTION = """\
Write one self-contained HTML report (no network needed to open it) with, per
province and district: the latest figures (dossiers received, on-time rate,
overdue, online share, PAR Index score and rank) in a sortable table, charts
of the on-time rate and the dossier volume over the reporting periods, the
articles each figure came from, and the consistency warnings.

"Latest" is the figure with the newest period, then the widest tier (no tier
stated, district, commune), then the newest article; rates are shown as the
articles state them, never computed from counts. Inputs are read as by
`export`: JSON Lines files and folders (default: output/), de-duplicated by
URL (newest fetched_at wins), broken lines skipped with a warning.
"""
EXAMPLES = """\
examples:
  python -m crawler report --out report.html            # everything under output/
  python -m crawler report output/2024-05-01 --out may.html
  python -m crawler report run-a.jsonl run-b.jsonl --out /tmp/cchc.html
"""


# -- the data ----------------------------------------------------------------

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


@dataclass
class Area:
    """One district (or one portal, when the record names no district)."""
    province: str
    district: str
    portals: set[str] = field(default_factory=set)
    articles: list[dict] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    colour: str = PALETTE[0]
    anchor: str = ""

    def latest(self, metric: str) -> Figure | None:
        return max((f for f in self.figures if f.name == metric), key=figure_order, default=None)

    def series(self, metric: str) -> dict[str, Figure]:
        """One figure per period, chosen by the same order as `latest`."""
        best: dict[str, Figure] = {}
        for figure in self.figures:
            if figure.name == metric and figure.period:
                current = best.get(figure.period)
                if current is None or figure_order(figure) > figure_order(current):
                    best[figure.period] = figure
        return best

    @property
    def warnings(self) -> list[tuple[str, dict]]:
        return [(warning, record) for record in self.articles for warning in record.get("warnings") or []]


def collect_areas(records: Iterable[dict]) -> list[Area]:
    areas: dict[tuple[str, str], Area] = {}
    for record in records:
        key = (record.get("province") or "Không rõ tỉnh",
               record.get("district") or record.get("portal") or "Không rõ")
        area = areas.setdefault(key, Area(*key))
        area.portals.add(str(record.get("portal") or ""))
        area.articles.append(record)
        area.figures.extend(stated_figures(record))
    ordered = sorted(areas.values(), key=lambda a: (vi_sort_key(a.province), vi_sort_key(a.district)))
    for index, area in enumerate(ordered):
        area.colour = PALETTE[index % len(PALETTE)]
        area.anchor = f"area-{index + 1}"
    return ordered


def stated_figures(record: dict) -> list[Figure]:
    """The record's figures that may stand as the district's latest (see the module doc)."""
    figures = []
    for position, metric in enumerate(record.get("metrics") or []):
        column = COLUMN_BY_METRIC.get(metric.get("name")) if isinstance(metric, dict) else None
        if column is None or metric.get("delta") or not is_number(metric.get("value")):
            continue
        level = metric.get("level")
        if level not in LEVEL_PREFERENCE or (level == "commune" and not column.commune_ok):
            continue
        figures.append(Figure(
            name=column.metric, value=metric["value"], unit=str(metric.get("unit") or ""),
            level=level, period=valid_period(metric.get("period")),
            approximate=bool(metric.get("approximate")), evidence=str(metric.get("evidence") or ""),
            position=position, url=record["url"], title=str(record.get("title") or record["url"]),
            published=record.get("published") if isinstance(record.get("published"), str) else None))
    return figures


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


def period_label(period: str | None, short: bool = False) -> str:
    """Vietnamese: "Năm 2023", "Quý I/2022", "6 tháng đầu 2023", "Tháng 5/2024"."""
    if period is None:
        return "kỳ không rõ"
    year, part = PERIOD_SHAPE.match(period).groups()
    if part is None:
        return year if short else f"Năm {year}"
    if part[0] == "Q":
        return f"Q{part[1]}/{year}" if short else f"Quý {ROMAN[part[1]]}/{year}"
    if part[0] == "H":
        half = "đầu" if part[1] == "1" else "cuối"
        return f"6T {half}/{year}" if short else f"6 tháng {half} {year}"
    return f"T{int(part)}/{year}" if short else f"Tháng {int(part)}/{year}"


def vi_sort_key(text: str) -> str:
    """Sort Vietnamese names by their letters, not by code point (Đ after D, not after Z)."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


# -- numbers and words -------------------------------------------------------

def format_number(value: float, decimals: int = 2) -> str:
    """Vietnamese style: 3.126 and 99,77."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_value(figure: Figure) -> str:
    number = ("≈ " if figure.approximate else "") + format_number(figure.value)
    if figure.unit == "percent":
        return number + "%"
    if figure.unit == "point":
        return number + " điểm"
    return number


# -- charts ------------------------------------------------------------------

CHART_STYLE = {
    "font.family": "DejaVu Sans",  # ships with matplotlib and has every Vietnamese letter
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#9aa5b1",
    "axes.labelcolor": "#334155",
    "axes.titlesize": 10.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.titlecolor": "#1e293b",
    "xtick.color": "#475569",
    "ytick.color": "#475569",
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,  # grid lines behind the bars, not across them
    "grid.color": "#e2e8f0",
    "grid.linewidth": 0.8,
    "svg.fonttype": "path",  # glyphs as outlines: no font needed where the page is opened
    "svg.hashsalt": "cchc-report",  # stable ids, so the same data gives the same file
}


def render_svg(figure, prefix: str, label: str, css_class: str = "chart") -> str:
    """The figure as an inline <svg> that scales with the page, its ids made unique."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, count=1, flags=re.S)
    # Several charts share one page: their ids (glyphs, clip paths) must not collide.
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    # Drop the fixed size (the viewBox stays) so CSS can fit the chart to the page; a
    # function, not a template, as the replacement: a district name is data, not regex.
    opening = f'<svg role="img" aria-label="{esc(label)}" class="{css_class}" '
    return re.sub(r'<svg ([^>]*?)width="[^"]+" height="[^"]+"',
                  lambda match: opening + match.group(1), svg, count=1)


def ordered_periods(series_list: Iterable[dict[str, Figure]]) -> list[str]:
    periods = {period for series in series_list for period in series}
    return sorted(periods, key=period_order)


def overview_chart(areas: list[Area]) -> str:
    """On-time rate and dossiers received over the periods, one line per district."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure as PlotFigure
    from matplotlib.ticker import FuncFormatter

    plotted = [a for a in areas if a.series("on_time_rate") or a.series("dossiers_received")]
    if not plotted:
        return '<p class="empty">Chưa có số liệu theo kỳ để vẽ biểu đồ.</p>'
    with rc_context(CHART_STYLE):
        figure = PlotFigure(figsize=(11, 3.9), layout="constrained")
        rate_axes, volume_axes = figure.subplots(1, 2)
        draw_lines(rate_axes, plotted, "on_time_rate", joined=True)
        # Volumes of a quarter and of a year are not comparable: points, no lines between them.
        draw_lines(volume_axes, plotted, "dossiers_received", joined=False)
        rate_axes.set_title("Tỷ lệ hồ sơ giải quyết đúng hạn (%)")
        volume_axes.set_title("Số hồ sơ tiếp nhận")
        rate_axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 1) + "%"))
        volume_axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 0)))
        volume_axes.set_ylim(bottom=0)
        figure.legend(legend_markers(plotted), [area.district for area in plotted],
                      loc="outside lower center", ncols=min(len(plotted), 8), frameon=False)
        return render_svg(figure, "overview", "Tỷ lệ đúng hạn và số hồ sơ tiếp nhận theo kỳ")


def legend_markers(areas: list[Area]) -> list:
    """One legend entry per district in table order, whichever panel it appears in."""
    from matplotlib.lines import Line2D

    return [Line2D([], [], marker="o", markersize=6, linewidth=1.8, color=area.colour) for area in areas]


def draw_lines(axes, areas: list[Area], metric: str, joined: bool) -> None:
    periods = ordered_periods(area.series(metric) for area in areas)
    positions = {period: index for index, period in enumerate(periods)}
    for area in areas:
        series = area.series(metric)
        if not series:
            continue
        points = sorted(series, key=period_order)
        axes.plot([positions[p] for p in points], [series[p].value for p in points],
                  marker="o", markersize=6, linewidth=1.8 if joined else 0, color=area.colour,
                  label=area.district)
    axes.set_xticks(range(len(periods)), [period_label(p, short=True) for p in periods])
    axes.set_xlim(-0.5, max(len(periods) - 0.5, 0.5))
    if len(periods) > 6:
        axes.tick_params(axis="x", labelrotation=30)


def area_chart(area: Area) -> str:
    """Small panels for one district: dossiers received (bars) and on-time rate
    (line), each only when the district has figures for it."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure as PlotFigure

    panels = [(draw, series) for draw, series in ((draw_volume, area.series("dossiers_received")),
                                                  (draw_rate, area.series("on_time_rate"))) if series]
    if not panels:
        return '<p class="empty">Chưa có số liệu tiếp nhận hay tỷ lệ đúng hạn theo kỳ để vẽ biểu đồ.</p>'
    with rc_context(CHART_STYLE):
        figure = PlotFigure(figsize=(5 * len(panels), 2.5), layout="constrained")
        for axes, (draw, series) in zip(figure.subplots(1, len(panels), squeeze=False)[0], panels):
            draw(axes, series, area.colour)
        # One panel alone keeps the size it has next to another, not the full width.
        return render_svg(figure, area.anchor, f"{area.district}: hồ sơ tiếp nhận và tỷ lệ đúng hạn theo kỳ",
                          css_class="chart" if len(panels) == 2 else "chart half")


def draw_volume(axes, series: dict[str, Figure], colour: str) -> None:
    from matplotlib.ticker import FuncFormatter

    periods = sorted(series, key=period_order)
    values = [series[p].value for p in periods]
    bars = axes.bar(range(len(periods)), values, color=colour, width=0.6, alpha=0.9)
    axes.bar_label(bars, [bar_text(series[p]) for p in periods], padding=2, fontsize=8.5)
    axes.set_xticks(range(len(periods)), [period_label(p, short=True) for p in periods])
    axes.set_xlim(-0.7, max(len(periods), 3) - 0.3)  # one bar should not fill the panel
    axes.set_ylim(0, max(values) * 1.3)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 0)))
    axes.set_title("Số hồ sơ tiếp nhận")


def bar_text(figure: Figure) -> str:
    """The value, and the tier when the figure is not the whole area's: 812 of the
    district tier next to 12.309 for the whole district must not look like a drop."""
    tier = LEVEL_LABELS.get(figure.level)
    return format_value(figure) + (f"\n({tier})" if tier else "")


def draw_rate(axes, series: dict[str, Figure], colour: str) -> None:
    from matplotlib.ticker import FuncFormatter

    periods = sorted(series, key=period_order)
    values = [series[p].value for p in periods]
    axes.plot(range(len(periods)), values, marker="o", color=colour, linewidth=2, markersize=6)
    for index, period in enumerate(periods):
        axes.annotate(bar_text(series[period]).replace("\n", " "), (index, values[index]),
                      textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8.5)
    axes.set_xticks(range(len(periods)), [period_label(p, short=True) for p in periods])
    axes.set_xlim(-0.7, max(len(periods), 3) - 0.3)
    bottom = max(0, min(min(values) - 2, 95))  # rates sit near 100%: show the gap to it
    axes.set_ylim(bottom, 101.2)  # room above 100% for the labels, but no tick there
    axes.set_yticks([t for t in axes.get_yticks() if bottom <= t <= 100])
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 1) + "%"))
    axes.set_title("Tỷ lệ hồ sơ giải quyết đúng hạn (%)")


# -- HTML --------------------------------------------------------------------

def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def safe_href(url: str) -> str:
    """Only web links: a record is data from the web, not trusted markup."""
    return esc(url) if url.startswith(("http://", "https://")) else "#"


def article_link(url: str, title: str, published: str | None) -> str:
    day = f'<span class="date">{esc(format_day(published))}</span> ' if published else ""
    return f'{day}<a href="{safe_href(url)}" target="_blank" rel="noopener noreferrer">{esc(title)}</a>'


def format_day(day: str | None) -> str:
    try:
        return dt.date.fromisoformat(day).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return day or ""


def figure_cell(figure: Figure | None) -> str:
    if figure is None:
        return '<td class="num missing" data-sort="">—</td>'
    context = f'<span class="ctx">{esc(period_label(figure.period))}</span>'
    if figure.level:
        context += f'<span class="ctx">{esc(LEVEL_LABELS[figure.level])}</span>'
    tooltip = f"{figure.evidence}\n— {figure.title} ({format_day(figure.published)})"
    return (f'<td class="num" data-sort="{figure.value}">'
            f'<a href="{safe_href(figure.url)}" target="_blank" rel="noopener noreferrer" '
            f'title="{esc(tooltip)}">{esc(format_value(figure))}</a>'
            f'{context}</td>')


def summary_table(areas: list[Area]) -> str:
    head = "".join(f'<th scope="col" class="num" data-type="num"><button type="button">{esc(c.label)}</button></th>'
                   for c in COLUMNS)
    rows = "\n".join(summary_row(area) for area in areas)
    return f"""<table class="sortable" id="latest">
<thead><tr><th scope="col" data-type="text"><button type="button">Tỉnh</button></th>
<th scope="col" data-type="text"><button type="button">Huyện</button></th>{head}
<th scope="col" class="num" data-type="num"><button type="button">Cảnh báo</button></th></tr></thead>
<tbody>
{rows}
</tbody></table>"""


def summary_row(area: Area) -> str:
    cells = "".join(figure_cell(area.latest(column.metric)) for column in COLUMNS)
    count = len(area.warnings)
    warnings = (f'<a class="warn-count" href="#{area.anchor}-warnings">{count}</a>' if count else "0")
    return (f'<tr data-area="{esc(area.anchor)}"><td data-sort="{esc(vi_sort_key(area.province))}">{esc(area.province)}</td>'
            f'<th scope="row" data-sort="{esc(vi_sort_key(area.district))}">'
            f'<span class="dot" style="background:{area.colour}"></span>'
            f'<a href="#{area.anchor}">{esc(area.district)}</a></th>'
            f'{cells}<td class="num" data-sort="{count}">{warnings}</td></tr>')


def area_sections(areas: list[Area]) -> str:
    parts = []
    for province in dict.fromkeys(area.province for area in areas):
        members = [area for area in areas if area.province == province]
        parts.append(f'<section class="province"><h2>{esc(province)}</h2>\n'
                     + "\n".join(area_section(area) for area in members) + "</section>")
    return "\n".join(parts)


def area_section(area: Area) -> str:
    with_figures = sum(1 for record in area.articles if record.get("metrics"))
    return f"""<article class="area" id="{area.anchor}">
<header><h3><span class="dot" style="background:{area.colour}"></span>{esc(area.district)}</h3>
<p class="meta">{esc(area.province)} · cổng {esc(", ".join(sorted(area.portals)))} · {len(area.articles)} bài viết, {with_figures} bài có số liệu</p></header>
{area_chart(area)}
{figures_table(area)}
{warnings_list(area)}
</article>"""


def figures_table(area: Area) -> str:
    if not area.figures:
        return '<p class="empty">Không có bài viết nào nêu các chỉ tiêu trong bảng.</p>'
    latest = {area.latest(column.metric) for column in COLUMNS}
    figures = sorted(area.figures, key=figure_order, reverse=True)
    rows = "\n".join(figure_row(figure, figure in latest) for figure in figures)
    return f"""<details class="figures"><summary>{len(figures)} số liệu và bài viết nguồn</summary>
<table class="compact"><thead><tr><th>Kỳ</th><th>Chỉ tiêu</th><th class="num">Giá trị</th><th>Cấp</th><th>Bài viết</th></tr></thead>
<tbody>
{rows}
</tbody></table></details>"""


def figure_row(figure: Figure, is_latest: bool) -> str:
    badge = ' <span class="badge">mới nhất</span>' if is_latest else ""
    return (f'<tr><td>{esc(period_label(figure.period))}</td>'
            f'<td>{esc(COLUMN_BY_METRIC[figure.name].label)}{badge}</td>'
            f'<td class="num" title="{esc(figure.evidence)}">{esc(format_value(figure))}</td>'
            f'<td>{esc(LEVEL_LABELS.get(figure.level, "không nêu cấp"))}</td>'
            f'<td>{article_link(figure.url, figure.title, figure.published)}</td></tr>')


def warnings_list(area: Area) -> str:
    if not area.warnings:
        return ""
    items = "\n".join(f'<li><code>{esc(warning)}</code><br>{article_link(r["url"], r.get("title") or r["url"], r.get("published"))}</li>'
                      for warning, r in area.warnings)
    return (f'<div class="warnings" id="{area.anchor}-warnings"><h4>Cảnh báo nhất quán ({len(area.warnings)})</h4>'
            f'<p>Các số liệu trong bài không khớp nhau; kiểm tra bài gốc trước khi dùng.</p><ul>{items}</ul></div>')


def stat_cards(areas: list[Area], result: ReadResult) -> str:
    n_metrics = sum(len(r.get("metrics") or []) for r in result.records)
    n_warnings = sum(len(a.warnings) for a in areas)
    periods = [f.period for a in areas for f in a.figures if f.period]
    newest = period_label(max(periods, key=period_order)) if periods else "—"
    cards = (("huyện", len(areas)), ("bài viết", len(result.records)), ("số liệu", n_metrics),
             ("cảnh báo", n_warnings), ("kỳ mới nhất", newest))
    return "".join(f'<div class="card"><b>{esc(value if isinstance(value, str) else format_number(value))}</b>'
                   f"<span>{esc(label)}</span></div>" for label, value in cards)


def source_note(result: ReadResult) -> str:
    files = ", ".join(str(path) for path in result.files[:5])
    more = f" và {len(result.files) - 5} tệp khác" if len(result.files) > 5 else ""
    skipped = (f" {len(result.skipped)} dòng hỏng đã bị bỏ qua (xem cảnh báo khi chạy lệnh)."
               if result.skipped else "")
    return (f"Dữ liệu: {len(result.files)} tệp JSON Lines ({esc(files)}{esc(more)}); "
            f"mỗi bài viết lấy bản tải về mới nhất.{esc(skipped)}")


def render_report(result: ReadResult, generated: dt.datetime) -> str:
    areas = collect_areas(result.records)
    template = Template(TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(
        generated=esc(generated.strftime("%H:%M %d/%m/%Y")),
        generated_iso=esc(generated.isoformat(timespec="seconds")),
        cards=stat_cards(areas, result),
        table=summary_table(areas) if areas else '<p class="empty">Không có bài viết nào.</p>',
        overview=overview_chart(areas),
        sections=area_sections(areas),
        source=source_note(result),
    )


# -- command -----------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help or a usage error: argparse has printed it
        return int(exc.code or 0)
    try:
        return run_report(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crawler report", description=DESCRIPTION, epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                        help="JSON Lines file or folder (default: output/)")
    parser.add_argument("--out", type=Path, default=Path("report.html"), metavar="FILE",
                        help="the HTML file to write (default: %(default)s)")
    return parser


def run_report(args: argparse.Namespace) -> int:
    result = read_records(args.inputs)
    for line in skipped_warnings(result):
        print(line, file=sys.stderr)
    page = render_report(result, dt.datetime.now().astimezone())
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(page, encoding="utf-8")
    except OSError as exc:
        print(f"error: --out {args.out}: cannot write there ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {args.out}: {read_summary(result)}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
