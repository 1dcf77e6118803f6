"""`python -m crawler report`: one self-contained HTML page of the latest CCHC figures.

Per province and district: the latest figures in a sortable table, charts of
the on-time rate and the dossier volume over the reporting periods, the
figures with the articles they came from, the units (communes, wards) the
articles name with their own figures and rankings, and the consistency
warnings.

The page needs no network to open: CSS, JavaScript and the charts (matplotlib,
rendered to SVG with the text as paths, so Vietnamese diacritics show with any
fonts) are inline, and a Content-Security-Policy forbids loading anything.

The parts: `figures` (which figure is the latest, units and rankings),
`formatting` (Vietnamese numbers and periods), `charts` (matplotlib), `page`
and `templates/report.html.j2` (Jinja2), and the interface text in
crawler/data/report_text.toml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from crawler import exit_codes
from crawler.commands import run_command
from crawler.output_reader import InputError, read_records, read_summary, skipped_warnings
from crawler.report.figures import (COLUMNS, Area, Figure, Ranking, Unit, collect_areas,  # noqa: F401
                                    figure_order, period_order)
from crawler.report.formatting import format_number, period_label  # noqa: F401
from crawler.report.page import render_report

EXIT_OK = exit_codes.OK
EXIT_USAGE = exit_codes.USAGE

DESCRIPTION = """\
Write one self-contained HTML report (no network needed to open it) with, per
province and district: the latest figures (dossiers received, on-time rate,
overdue, online share, PAR Index score and rank) in a sortable table, charts
of the on-time rate and the dossier volume over the reporting periods, the
articles each figure came from, the figures of the communes and wards the
articles name (a ranking as one table, a row per unit), and the consistency
warnings.

"Latest" is the figure with the newest period, then the widest tier (no tier
stated, district, commune), then the newest article; rates are shown as the
articles state them, never computed from counts; a figure about a named unit
is that unit's, never the district's. Inputs are read as by `export`: JSON
Lines files and folders (default: output/), de-duplicated by URL (newest
fetched_at wins), broken lines and records skipped with a warning.
"""
EXAMPLES = """\
examples:
  python -m crawler report --out report.html            # everything under output/
  python -m crawler report output/2024-05-01 --out may.html
  python -m crawler report run-a.jsonl run-b.jsonl --out /tmp/cchc.html
"""


class ReportError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


def main(argv: list[str] | None = None) -> int:
    return run_command(build_parser(), argv, run_report, (InputError, ReportError))


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
        raise ReportError(f"--out {args.out}: cannot write there ({exc.strerror or exc})") from None
    print(f"wrote {args.out}: {read_summary(result)}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
