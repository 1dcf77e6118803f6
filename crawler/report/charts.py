"""The report's charts: matplotlib figures rendered as inline SVG, the letters
drawn as outlines so that the diacritics show whatever fonts the viewer has."""

from __future__ import annotations

import html
import io
import re
from typing import Iterable

from crawler.report.figures import Area, Figure, period_order
from crawler.report.formatting import format_number, format_value, period_label
from crawler.report.text import report_text

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
    opening = f'<svg role="img" aria-label="{html.escape(label, quote=True)}" class="{css_class}" '
    return re.sub(r'<svg ([^>]*?)width="[^"]+" height="[^"]+"',
                  lambda match: opening + match.group(1), svg, count=1)


def value_text(figure: Figure) -> str:
    return format_value(figure.value, figure.unit, figure.approximate)


def ordered_periods(series_list: Iterable[dict[str, Figure]]) -> list[str]:
    periods = {period for series in series_list for period in series}
    return sorted(periods, key=period_order)


def overview_chart(areas: list[Area]) -> str | None:
    """On-time rate and dossiers received over the periods, one line per district;
    None when no district has a series."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure as PlotFigure
    from matplotlib.ticker import FuncFormatter

    words = report_text()["charts"]
    plotted = [a for a in areas if a.series("on_time_rate") or a.series("dossiers_received")]
    if not plotted:
        return None
    with rc_context(CHART_STYLE):
        figure = PlotFigure(figsize=(11, 3.9), layout="constrained")
        rate_axes, volume_axes = figure.subplots(1, 2)
        draw_lines(rate_axes, plotted, "on_time_rate", joined=True)
        # Volumes of a quarter and of a year are not comparable: points, no lines between them.
        draw_lines(volume_axes, plotted, "dossiers_received", joined=False)
        rate_axes.set_title(words["on_time_title"])
        volume_axes.set_title(words["received_title"])
        rate_axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 1) + "%"))
        volume_axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, 0)))
        volume_axes.set_ylim(bottom=0)
        figure.legend(legend_markers(plotted), [area.district for area in plotted],
                      loc="outside lower center", ncols=min(len(plotted), 8), frameon=False)
        return render_svg(figure, "overview", words["overview_label"])


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


def area_chart(area: Area) -> str | None:
    """Small panels for one district: dossiers received (bars) and on-time rate
    (line), each only when the district has figures for it; None without either."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure as PlotFigure

    panels = [(draw, series) for draw, series in ((draw_volume, area.series("dossiers_received")),
                                                  (draw_rate, area.series("on_time_rate"))) if series]
    if not panels:
        return None
    with rc_context(CHART_STYLE):
        figure = PlotFigure(figsize=(5 * len(panels), 2.5), layout="constrained")
        for axes, (draw, series) in zip(figure.subplots(1, len(panels), squeeze=False)[0], panels):
            draw(axes, series, area.colour)
        # One panel alone keeps the size it has next to another, not the full width.
        label = report_text()["charts"]["area_label"].format(district=area.district)
        return render_svg(figure, area.anchor, label, css_class="chart" if len(panels) == 2 else "chart half")


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
    axes.set_title(report_text()["charts"]["received_title"])


def bar_text(figure: Figure) -> str:
    """The value, and the tier when the figure is not the whole area's: 812 of the
    district tier next to 12.309 for the whole district must not look like a drop."""
    tier = report_text()["levels"].get(figure.level) if figure.level else None
    return value_text(figure) + (f"\n({tier})" if tier else "")


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
    axes.set_title(report_text()["charts"]["on_time_title"])
