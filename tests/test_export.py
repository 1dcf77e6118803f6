"""`python -m crawler export`: tables from the real crawl of the sample portals,
and the reader's de-duplication and broken-line handling on hand-made files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from crawler.export import ARTICLE_COLUMNS, METRIC_COLUMNS, main
from crawler.output_reader import read_records

BOM = b"\xef\xbb\xbf"


def read_csv(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def record(url: str, fetched_at: str, value: float = 1, **extra) -> dict:
    """A small but complete record, as the crawler writes it."""
    metric = {"name": "dossiers_received", "value": value, "unit": "dossier", "level": None,
              "period": "2024-Q1", "approximate": False, "delta": False,
              "evidence": f"tiếp nhận {value} hồ sơ", "start": 10, "end": 14}
    base = {"schema_version": 1, "url": url, "portal": "vuquang", "district": "Vũ Quang",
            "province": "Hà Tĩnh", "title": "Kết quả giải quyết TTHC", "published": "2024-04-02",
            "author": None, "text": f"Đã tiếp nhận {value} hồ sơ.", "content_hash": "0" * 64,
            "fetched_at": fetched_at, "metrics": [metric], "warnings": []}
    return {**base, **extra}


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# -- the sample crawl as tables ---------------------------------------------

def test_csv_has_one_row_per_metric_with_its_article(crawl_output, full_crawl, tmp_path, capsys):
    target = tmp_path / "cchc.csv"
    assert main([str(crawl_output), "--to", str(target)]) == 0
    assert target.read_bytes().startswith(BOM), "Excel needs the BOM to read UTF-8"
    rows = read_csv(target)
    assert tuple(rows[0].keys()) == METRIC_COLUMNS
    expected = {(r["url"], m["name"], m["start"]) for r in full_crawl.records for m in r["metrics"]}
    assert len(rows) == len(expected) > 50
    by_article = {r["url"]: r for r in full_crawl.records}
    for row in rows:
        source = by_article[row["url"]]
        assert (row["portal"], row["district"], row["province"], row["title"]) == \
               (source["portal"], source["district"], source["province"], source["title"])
        assert any(m["evidence"] == row["evidence"] and str(m["value"]) == row["value"]
                   for m in source["metrics"])
    chodon = [r for r in rows if r["portal"] == "chodon" and r["value"] == "3126"]
    assert chodon and chodon[0]["district"] == "Chợ Đồn" and chodon[0]["published"] == "2022-04-12"
    assert {r["approximate"] for r in rows} == {"true", "false"}
    assert "wrote" in capsys.readouterr().err


def test_csv_without_bom_and_warnings_joined(crawl_output, full_crawl, tmp_path):
    target = tmp_path / "plain.csv"
    assert main([str(crawl_output), "--to", str(target), "--no-bom"]) == 0
    assert target.read_bytes().startswith(b"portal,district")
    warned = [r for r in full_crawl.records if r["warnings"] and r["metrics"]]
    assert warned, "the sample crawl has a record with a consistency warning"
    rows = [row for row in read_csv(target) if row["url"] == warned[0]["url"]]
    assert rows and all(row["warnings"] == " | ".join(warned[0]["warnings"]) for row in rows)


def test_parquet_keeps_types(crawl_output, full_crawl, tmp_path):
    target = tmp_path / "cchc.parquet"
    assert main([str(crawl_output), "--to", str(target)]) == 0
    table = pq.read_table(target)
    types = {field.name: str(field.type) for field in table.schema}
    assert tuple(types) == METRIC_COLUMNS
    assert types["published"] == "date32[day]" and types["value"] == "double"
    assert types["approximate"] == types["delta"] == "bool"
    assert types["warnings"].startswith("list<") and types["name"] == "string"
    rows = table.to_pylist()
    assert len(rows) == sum(len(r["metrics"]) for r in full_crawl.records)
    # "giảm 02 thứ hạng": a signed change survives as a float
    assert -2.0 in [r["value"] for r in rows if r["name"] == "par_index_rank" and r["delta"]]
    assert isinstance(rows[0]["published"], dt.date) and isinstance(rows[0]["approximate"], bool)
    assert {r["district"] for r in rows} >= {"Chợ Đồn", "Thanh Bình", "Lục Yên"}


def test_articles_gives_one_row_per_article_even_without_metrics(crawl_output, full_crawl, tmp_path):
    target = tmp_path / "articles.parquet"
    assert main(["--articles", str(crawl_output), "--to", str(target)]) == 0
    table = pq.read_table(target)
    assert table.column_names == list(ARTICLE_COLUMNS)
    assert str(table.schema.field("n_metrics").type) == "int64"
    rows = {row["url"]: row for row in table.to_pylist()}
    assert len(rows) == len(full_crawl.records)
    for source in full_crawl.records:
        assert rows[source["url"]]["n_metrics"] == len(source["metrics"])
    assert any(row["n_metrics"] == 0 for row in rows.values())


def test_default_input_is_everything_under_output(crawl_output, full_crawl, tmp_path, monkeypatch):
    nested = tmp_path / "output" / "archive" / "2024"
    nested.mkdir(parents=True)
    (nested / "old-run.jsonl").write_text("".join(full_crawl.lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--to", "t.csv", "--articles"]) == 0
    assert len(read_csv(tmp_path / "t.csv")) == len(full_crawl.records)


# -- de-duplication and broken lines ----------------------------------------

def test_newest_fetch_wins_whatever_the_file_order(tmp_path, capsys):
    url = "https://vuquang.hatinh.gov.vn/portal/Pages/2024-4-2/ket-qua.aspx"
    # The newer fetch sits in the file read first: fetched_at decides, not the order.
    (tmp_path / "a.jsonl").write_text(jsonl(record(url, "2024-05-02T08:00:00Z", 3912)), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl(record(url, "2024-05-01T08:00:00Z", 3900),
                                            record(url + "?other", "2024-05-01T08:00:00Z", 7)),
                                      encoding="utf-8")
    target = tmp_path / "t.csv"
    assert main([str(tmp_path), "--to", str(target)]) == 0
    rows = read_csv(target)
    assert sorted((r["url"], r["value"]) for r in rows) == [(url, "3912"), (url + "?other", "7")]
    assert "1 older copy replaced" in capsys.readouterr().err


def test_broken_lines_are_skipped_with_file_and_line(tmp_path, capsys):
    good = record("https://a.gov.vn/1", "2024-05-01T08:00:00Z", 5)
    other = record("https://a.gov.vn/2", "2024-05-01T08:00:00Z", 6)
    broken = tmp_path / "run.jsonl"
    broken.write_text(jsonl(good) + "this is not json\n" + "\n" + "[1, 2]\n"
                      + jsonl(other) + json.dumps(good)[:40], encoding="utf-8")
    target = tmp_path / "t.csv"
    assert main([str(broken), "--to", str(target)]) == 0
    assert [r["value"] for r in read_csv(target)] == ["5", "6"]
    err = capsys.readouterr().err.splitlines()
    warnings = [line for line in err if line.startswith("warning:")]
    assert warnings == [f"warning: {broken}:2: skipped, not JSON (Expecting value)",
                        f"warning: {broken}:4: skipped, a JSON list, not a record",
                        f"warning: {broken}:6: skipped, truncated JSON"]
    assert "3 broken lines skipped" in err[-1]


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "run.jsonl"
    path.write_text(jsonl(record("https://a.gov.vn/1", "2024-05-01T08:00:00Z")), encoding="utf-8")
    result = read_records([path, tmp_path, path])
    assert result.files == [path] and result.duplicates == 0 and len(result.records) == 1


# -- help and errors ---------------------------------------------------------

def test_help_has_examples_and_says_what_gives_no_rows(capsys):
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "python -m crawler export --to cchc.csv" in text
    assert "Articles without metrics give no rows" in text and "--articles" in text
    assert "byte-order mark" in text and "--no-bom" in text


@pytest.mark.parametrize("make_args, expected", [
    (lambda tmp: [str(tmp), "--to", str(tmp / "t.csv")], "no input files found"),
    (lambda tmp: [str(tmp / "missing"), "--to", str(tmp / "t.csv")], "no such file or folder"),
    (lambda tmp: [str(tmp), "--to", str(tmp / "t.xlsx")], "must end in .csv or .parquet"),
])
def test_errors_are_one_line_with_exit_code_2(tmp_path, capsys, make_args, expected):
    assert main(make_args(tmp_path)) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]
    assert not (tmp_path / "t.csv").exists()


# -- entities (schema 2) -------------------------------------------------------

def test_entity_column_from_schema_2_records_and_empty_for_schema_1(tmp_path):
    """Schema 2 names the unit a figure is about (`entity`); schema 1 records,
    which have no such field, still read, with the column empty."""
    old = record("https://a.gov.vn/1", "2024-05-01T08:00:00Z", 5)
    ranked = record("https://a.gov.vn/2", "2024-05-01T08:00:00Z", 6, schema_version=2)
    ranked["metrics"] = [
        {**ranked["metrics"][0], "entity": None},
        {**ranked["metrics"][0], "name": "par_index_score", "value": 91.5, "unit": "point",
         "level": "commune", "entity": "xã Cương Chính", "start": 20, "end": 24},
        {**ranked["metrics"][0], "name": "par_index_score", "value": 88.25, "unit": "point",
         "level": "commune", "entity": "xã Đức Thắng", "start": 30, "end": 34},
    ]
    path = tmp_path / "run.jsonl"
    path.write_text(jsonl(old, ranked), encoding="utf-8")
    target, parquet = tmp_path / "t.csv", tmp_path / "t.parquet"
    assert main([str(path), "--to", str(target)]) == 0
    assert main([str(path), "--to", str(parquet)]) == 0
    rows = read_csv(target)
    assert tuple(rows[0]) == METRIC_COLUMNS and "entity" in METRIC_COLUMNS
    assert [(r["url"][-1], r["entity"], r["value"]) for r in rows] == [
        ("1", "", "5"), ("2", "", "6"), ("2", "xã Cương Chính", "91.5"), ("2", "xã Đức Thắng", "88.25")]
    table = pq.read_table(parquet)
    assert str(table.schema.field("entity").type) == "string"
    assert table.column("entity").to_pylist() == [None, None, "xã Cương Chính", "xã Đức Thắng"]
