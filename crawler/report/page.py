"""The report page: the figure model and the charts put into the Jinja2
template (crawler/report/templates/report.html.j2), HTML-escaped by Jinja2."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from crawler.output_reader import ReadResult
from crawler.report.charts import area_chart, overview_chart, value_text
from crawler.report.figures import COLUMNS, Area, collect_areas, period_order
from crawler.report.formatting import format_day, format_number, period_label, vi_sort_key
from crawler.report.text import report_text

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = "report.html.j2"


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update(period=period_label, day=format_day, value=value_text, number=format_number,
                       sort_key=vi_sort_key, href=safe_href)
    return env


def safe_href(url: str) -> str:
    """Only web links: a record is data from the web, not trusted markup."""
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else "#"


def render_report(result: ReadResult, generated: dt.datetime) -> str:
    from markupsafe import Markup

    areas = collect_areas(result.records)
    overview = overview_chart(areas)
    charts = {area.anchor: area_chart(area) for area in areas}
    return environment().get_template(TEMPLATE).render(
        t=report_text(),
        columns=COLUMNS,
        generated=generated.strftime("%H:%M %d/%m/%Y"),
        generated_iso=generated.isoformat(timespec="seconds"),
        cards=stat_cards(areas, result),
        areas=areas,
        provinces=list(dict.fromkeys(area.province for area in areas)),
        # matplotlib's own SVG; every text in it came through a label function, escaped there.
        overview=Markup(overview) if overview else None,
        charts={anchor: Markup(svg) if svg else None for anchor, svg in charts.items()},
        unit_columns={area.anchor: unit_columns(area) for area in areas},
        source=source_note(result),
    )


def stat_cards(areas: list[Area], result: ReadResult) -> list[tuple[str, str]]:
    words = report_text()["cards"]
    periods = [f.period for a in areas for f in a.figures if f.period]
    newest = period_label(max(periods, key=period_order)) if periods else "—"
    return [(format_number(len(areas)), words["districts"]),
            (format_number(len(result.records)), words["articles"]),
            (format_number(sum(len(r.get("metrics") or []) for r in result.records)), words["figures"]),
            (format_number(sum(len(a.warnings) for a in areas)), words["warnings"]),
            (newest, words["newest_period"])]


def unit_columns(area: Area) -> list:
    """The table's columns that at least one of the area's units has a figure for."""
    return [column for column in COLUMNS
            if any(unit.latest(column.metric) for unit in area.units.values())]


def source_note(result: ReadResult) -> str:
    words = report_text()["source"]
    more = words["more_files"].format(count=len(result.files) - 5) if len(result.files) > 5 else ""
    skipped = words["skipped"].format(count=len(result.skipped)) if result.skipped else ""
    return words["files"].format(count=len(result.files), more=more,
                                 files=", ".join(str(path) for path in result.files[:5])) + skipped
