"""`python -m crawler evaluate`: crawler.evaluate.main on the seed gold file."""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest

from crawler import evaluate

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold" / "seeds.json"
SEEDS = DATA / "seeds"


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = evaluate.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def altered_gold(tmp_path: Path, change) -> Path:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    change(data["documents"])
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_seed_gold_scores_one(capsys) -> None:
    code, out, err = run(capsys, str(GOLD))
    assert code == 0 and err == ""
    assert any("F1 = 1.000" in line for line in out)
    assert any("level accuracy = 1.000" in line and "period accuracy = 1.000" in line
               and "entity accuracy = 1.000" in line for line in out)
    assert not [line for line in out if line.startswith(("MISS", "FALSE POSITIVE"))]
    assert sum(line.endswith("0 missed, 0 false positive(s)") for line in out) == 5


def test_explicit_pages_folder(capsys) -> None:
    code, out, _ = run(capsys, str(GOLD), "--pages", str(SEEDS))
    assert code == 0 and any("F1 = 1.000" in line for line in out)


def test_a_changed_value_is_a_miss_and_a_false_positive(capsys, tmp_path: Path) -> None:
    def change(documents):
        documents[0]["metrics"][0]["value"] = 3441      # the gold says 3441, the text 3.440

    code, out, _ = run(capsys, str(altered_gold(tmp_path, change)), "--pages", str(SEEDS))
    assert code == 0
    assert "MISS 000_75af88f3c39d3f55.txt: dossiers_received 3441 (level district, period 2021, " \
           "entity null)" in out
    assert [line for line in out if line.startswith("FALSE POSITIVE 000_")
            and "dossiers_received 3440 (level district, period 2021, entity null)" in line]
    assert not any("F1 = 1.000" in line for line in out)
    assert any("F1 = 0.975" in line for line in out)     # 39/40 found, 1 false positive


def test_dropped_and_added_gold_metrics(capsys, tmp_path: Path) -> None:
    def change(documents):
        del documents[3]["metrics"][-1]                  # 45 pending: now a false positive
        documents[4]["metrics"].append({"name": "dossiers_overdue", "value": 3,
                                        "level": "*", "period": "*"})

    code, out, _ = run(capsys, str(altered_gold(tmp_path, change)), "--pages", str(SEEDS))
    assert code == 0
    assert any(line.startswith("FALSE POSITIVE 003_") and "dossiers_pending 45" in line
               for line in out)
    assert "MISS 004_960bd2a839246898.txt: dossiers_overdue 3 (level *, period *)" in out


def test_wrong_level_and_period_are_reported(capsys, tmp_path: Path) -> None:
    def change(documents):
        documents[2]["metrics"][0]["level"] = "commune"
        documents[2]["metrics"][0]["period"] = "2019"

    code, out, _ = run(capsys, str(altered_gold(tmp_path, change)), "--pages", str(SEEDS))
    assert code == 0
    assert any("F1 = 1.000" in line for line in out)
    assert any(line.startswith("LEVEL 002_") and "expected commune, got null" in line
               for line in out)
    assert any(line.startswith("PERIOD 002_") and "expected 2019, got 2020" in line
               for line in out)
    assert any("level accuracy = 0.966 (28/29)" in line for line in out)


def test_a_list_of_names_accepts_any(capsys, tmp_path: Path) -> None:
    def change(documents):
        documents[0]["metrics"][0]["name"] = ["dossiers_received_new", "dossiers_received"]

    code, out, _ = run(capsys, str(altered_gold(tmp_path, change)), "--pages", str(SEEDS))
    assert code == 0 and any("F1 = 1.000" in line for line in out)


def test_html_pages_go_through_text_extraction(capsys, tmp_path: Path, monkeypatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    gold["documents"] = gold["documents"][4:]
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    text = (SEEDS / "004_960bd2a839246898.txt").read_text(encoding="utf-8")
    (pages / "004_960bd2a839246898.html").write_text(f"<p>{text}</p>", encoding="utf-8")
    seen = []

    def extract_page(html: str, url: str | None = None):
        seen.append(html)
        return types.SimpleNamespace(text=html[3:-4], title=None, published="2022-04-14")

    fake = types.ModuleType("crawler.extraction")
    fake.extract_page = extract_page
    monkeypatch.setitem(sys.modules, "crawler.extraction", fake)
    code, out, _ = run(capsys, str(gold_path), "--pages", str(pages))
    assert code == 0 and len(seen) == 1
    assert any("F1 = 1.000" in line for line in out)
    # The seed text still holds its counter, which extraction should have removed.
    assert "TEXT UNWANTED 004_960bd2a839246898.txt: 'người đang online'" in out


def test_a_wrong_entity_is_reported_and_scored(capsys, tmp_path: Path) -> None:
    def change(documents):
        documents[0]["metrics"][0]["entity"] = "Bảo Lâm"   # the text names no unit there

    code, out, _ = run(capsys, str(altered_gold(tmp_path, change)), "--pages", str(SEEDS))
    assert code == 0
    assert "ENTITY 000_75af88f3c39d3f55.txt: dossiers_received 3440: expected Bảo Lâm, got null" \
        in out
    assert any("F1 = 1.000" in line for line in out)
    assert any("entity accuracy = 0.975 (39/40)" in line for line in out)


def test_emitted_metrics_may_be_values_or_record_dicts() -> None:
    from crawler.metrics import extract_metrics
    gold = evaluate.load_gold(GOLD)[0]
    page = evaluate.load_page(SEEDS, gold)
    result = extract_metrics(page.text, page.title, page.published)
    as_values = evaluate.score_document(gold, result.metrics)
    as_dicts = evaluate.score_document(gold, [m.to_dict() for m in result.metrics])
    assert as_values.lines() == as_dicts.lines()
    assert as_values.found == len(gold.metrics)


def test_default_pages_folder_is_beside_the_gold_folder(capsys, tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    shutil.copy(GOLD, tmp_path / "gold" / "seeds.json")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    code, out, _ = run(capsys, str(tmp_path / "gold" / "seeds.json"))
    assert code == 0 and any("F1 = 1.000" in line for line in out)


@pytest.mark.parametrize("content, message", [
    (None, "cannot read"),
    ("{not json", "is not JSON"),
    ('{"about": "no documents"}', "no \"documents\" list"),
    ('{"documents": [{"seed": "000_75af88f3c39d3f55.txt", "metrics": [{"value": 1}]}]}',
     "metric without a name"),
    ('{"documents": [{"seed": "000_75af88f3c39d3f55.txt", "metrics": '
     '[{"name": "dossiers_other", "value": "12"}]}]}', "numeric value"),
    ('{"documents": [{"seed": "missing_page.txt", "metrics": []}]}', "no page for"),
    ('{"schema_version": 3, "documents": []}', "schema_version 3"),
])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path: Path, content, message) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--pages", str(SEEDS))
    assert code == 2 and out == []
    assert err.startswith("error: ") and message in err
    assert err.count("\n") == 1


def test_bad_arguments_exit_2(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys)
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    code, _, err = run(capsys, str(GOLD), "--pages", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err
    lonely = tmp_path / "lonely.json"
    shutil.copy(GOLD, lonely)
    code, _, err = run(capsys, str(lonely))
    assert code == 2 and "--pages" in err
