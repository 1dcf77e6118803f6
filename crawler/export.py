"""`python -m crawler export`: the crawl's JSON Lines as one flat table (CSV or Parquet).

One row per metric with its article's context, or with `--articles` one row
per article. Inputs are read by `crawler.output_reader` (de-duplicated by URL,
newest `fetched_at` wins; broken lines skipped with a warning).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from crawler import exit_codes
from crawler.commands import run_command
from crawler.output_reader import InputError, read_records, read_summary, skipped_warnings

EXIT_OK = exit_codes.OK
EXIT_USAGE = exit_codes.USAGE

METRIC_COLUMNS = ("portal", "district", "province", "url", "title", "published", "period",
                  "level", "entity", "name", "value", "unit", "approximate", "delta", "evidence", "warnings")
ARTICLE_COLUMNS = ("url", "portal", "district", "province", "title", "published",
                   "n_metrics", "warnings")
# A record's warnings are a list; a CSV cell holds one string.
CSV_LIST_SEPARATOR = " | "
# A spreadsheet runs a cell that starts with one of these as a formula
# (=HYPERLINK(…) in a title sends the sheet's data away); OWASP's advice is a
# leading apostrophe, which Excel and LibreOffice show as text and hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

DESCRIPTION = """\
Write the crawl's records as one table: one row per metric, with its article's
context (portal, district, province, url, title, published) and the metric's
period, level, entity (the commune, ward … it is about; empty for the
district's own figures and in schema 1 records), name, value, unit,
approximate, delta, evidence and the article's warnings. Articles without metrics give no rows; use --articles for
one row per article instead (url, portal, district, province, title, published,
n_metrics, warnings).

Inputs are JSON Lines files and folders (searched recursively for *.jsonl);
default: everything under output/. An article found in several files is
written once, from the record with the newest fetched_at. A broken line
(truncated, not JSON) is skipped with a warning naming the file and line.

The format follows the extension of --to:
  .csv      UTF-8 with a byte-order mark, so Excel and LibreOffice open the
            Vietnamese text correctly (--no-bom for tools that dislike it);
            warnings joined by " | "; booleans true/false; numbers with a dot;
            a text cell that starts with = + - @ tab or CR gets a leading '
            so that spreadsheets do not run it as a formula (--no-formula-guard
            writes it as is).
  .parquet  typed columns: published is a date, value a float, approximate and
            delta booleans, n_metrics an integer, warnings a list of strings.
"""
EXAMPLES = """\
examples:
  python -m crawler export --to cchc.csv                        # everything under output/
  python -m crawler export output/2024-05-01 --to may.parquet   # one day's runs
  python -m crawler export a.jsonl b.jsonl --to both.csv --no-bom
  python -m crawler export --articles --to articles.csv         # one row per article
"""


class ExportError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: list[dict]


def main(argv: list[str] | None = None) -> int:
    return run_command(build_parser(), argv, run_export, (InputError, ExportError))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crawler export", description=DESCRIPTION, epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                        help="JSON Lines file or folder (default: output/)")
    parser.add_argument("--to", required=True, type=Path, metavar="FILE",
                        help="the table to write: FILE.csv or FILE.parquet")
    parser.add_argument("--articles", action="store_true",
                        help="one row per article instead of one per metric")
    parser.add_argument("--no-bom", dest="bom", action="store_false",
                        help="CSV without the UTF-8 byte-order mark")
    parser.add_argument("--no-formula-guard", dest="guard", action="store_false",
                        help="CSV text cells as they are, even those a spreadsheet would run as formulas")
    return parser


def run_export(args: argparse.Namespace) -> int:
    writer = writer_for(args.to, bom=args.bom, guard=args.guard)  # a wrong extension fails before reading
    result = read_records(args.inputs)
    for line in skipped_warnings(result):
        print(line, file=sys.stderr)
    records = sorted(result.records, key=article_order)
    table = article_table(records) if args.articles else metric_table(records)
    write_atomically(args.to, lambda path: writer(table, path))
    kind = "article" if args.articles else "metric"
    print(f"wrote {len(table.rows)} {kind} rows to {args.to}: {read_summary(result)}",
          file=sys.stderr)
    return EXIT_OK


# -- rows --------------------------------------------------------------------

def article_order(record: dict) -> tuple:
    """Province, district, portal, then oldest first: stable across runs."""
    return tuple(record.get(key) or "" for key in ("province", "district", "portal", "published", "url"))


def metric_table(records: Iterable[dict]) -> Table:
    rows = [metric_row(record, metric) for record in records
            for metric in record.get("metrics") or [] if isinstance(metric, dict)]
    return Table(METRIC_COLUMNS, rows)


def article_table(records: Iterable[dict]) -> Table:
    return Table(ARTICLE_COLUMNS, [article_row(record) for record in records])


def metric_row(record: dict, metric: dict) -> dict:
    row = {key: record.get(key) for key in ("portal", "district", "province", "url", "title")}
    row["published"] = parse_day(record.get("published"))
    # entity (schema 2): the named unit the figure is about; empty for the portal's
    # own unit and in schema 1 records, which have no such field.
    row.update({key: metric.get(key) for key in ("period", "level", "entity", "name", "value", "unit",
                                                 "approximate", "delta", "evidence")})
    row["warnings"] = list(record.get("warnings") or [])
    return row


def article_row(record: dict) -> dict:
    row = {key: record.get(key) for key in ("url", "portal", "district", "province", "title")}
    row["published"] = parse_day(record.get("published"))
    row["n_metrics"] = len(record.get("metrics") or [])
    row["warnings"] = list(record.get("warnings") or [])
    return row


def parse_day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# -- writers -----------------------------------------------------------------

Writer = Callable[[Table, Path], None]


def writer_for(target: Path, *, bom: bool, guard: bool = True) -> Writer:
    suffix = target.suffix.lower()
    if suffix == ".csv":
        return lambda table, path: write_csv(table, path, bom=bom, guard=guard)
    if suffix == ".parquet":
        return write_parquet
    raise ExportError(f"--to {target}: the file name must end in .csv or .parquet")


def write_csv(table: Table, path: Path, *, bom: bool, guard: bool = True) -> None:
    # newline="" lets the csv module write its own CRLF and quote newlines in cells.
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow(csv_cell(row[column], guard=guard) for column in table.columns)


def csv_cell(value: object, *, guard: bool = True) -> str:
    """The cell's text. Only text is guarded against formulas: a number (-2, a
    fall in rank) stays a number."""
    text = plain_cell(value)
    if guard and isinstance(value, (str, list)) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def plain_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return CSV_LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def write_parquet(table: Table, path: Path) -> None:
    import pyarrow as pa  # only the Parquet export pays for importing Arrow
    import pyarrow.parquet as pq

    schema = pa.schema([(column, parquet_type(pa, column)) for column in table.columns])
    columns = {column: [coerce(column, row[column]) for row in table.rows]
               for column in table.columns}
    pq.write_table(pa.Table.from_pydict(columns, schema=schema), path)


def parquet_type(pa, column: str):
    types = {"published": pa.date32(), "value": pa.float64(), "approximate": pa.bool_(),
             "delta": pa.bool_(), "n_metrics": pa.int64(), "warnings": pa.list_(pa.string())}
    return types.get(column, pa.string())


def coerce(column: str, value: object) -> object:
    """Values that do not fit the column's type become null instead of failing the export."""
    if value is None:
        return None
    if column == "value":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if column in ("approximate", "delta"):
        return value if isinstance(value, bool) else None
    if column in ("published", "n_metrics", "warnings"):
        return value
    return value if isinstance(value, str) else str(value)


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Write next to `target` and rename, so a failed export never leaves half a file."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise ExportError(f"--to {target}: cannot write there ({exc.strerror or exc})") from None
    finally:
        partial.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
