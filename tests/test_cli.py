"""`python -m crawler extract`: the data team's one-page look, and its errors."""

from __future__ import annotations

import json
import socket

import pytest

from tests.conftest import run_cli


def test_extract_a_live_sample_page(portal_server, manifest):
    portal = next(p for p in manifest["portals"] if p["id"] == "tienlu")
    article = next(a for a in portal["articles"] if a.get("seed"))
    url = portal_server.base_urls["tienlu"] + article["path"]
    result = run_cli("extract", url)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["portal"] == "adhoc" and record["url"] == url
    assert record["title"] == article["title"]
    assert "người đang online" not in record["text"]
    assert record["metrics"], "the seed article carries figures"


def test_extract_a_saved_file(tmp_path, portal_server, manifest):
    import urllib.request
    portal = next(p for p in manifest["portals"] if p["id"] == "vuquang")
    url = portal_server.base_urls["vuquang"] + portal["articles"][0]["path"]
    saved = tmp_path / "page.html"
    saved.write_bytes(urllib.request.urlopen(url, timeout=10).read())
    result = run_cli("extract", str(saved), "--url", url, "--pretty")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["url"] == url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("make_source, expected", [
    (lambda tmp: str(tmp / "missing.html"), "no such file"),
    (lambda tmp: str(tmp), "is a directory"),
    (lambda tmp: _write(tmp / "empty.html", b""), "empty file"),
    (lambda tmp: _write(tmp / "doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "not an HTML page"),
    (lambda tmp: _write(tmp / "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not an HTML page"),
    (lambda tmp: f"http://127.0.0.1:{free_port()}/tin-tuc/bai-viet-123", "could not fetch"),
    (lambda tmp: _sparse(tmp / "huge.html", 17 * 1024 * 1024), "larger than"),
])
def test_extract_errors_are_one_line_with_exit_code_2(tmp_path, make_source, expected):
    result = run_cli("extract", make_source(tmp_path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]


def test_extract_a_url_that_answers_404(portal_server):
    result = run_cli("extract", portal_server.base_urls["vuquang"] + "/khong-co-trang-nay")
    assert result.returncode == 2
    assert "answered 404" in result.stderr


def test_help_has_examples():
    for command in ("crawl", "extract"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "examples:" in result.stdout


def _sparse(path, size: int) -> str:
    with open(path, "wb") as fh:
        fh.write(b"<html>")
        fh.truncate(size)
    return str(path)


def test_a_quick_look_at_one_portal(portal_server, sample_registry, tmp_path):
    from tests.conftest import crawl
    run = crawl(portal_server, sample_registry, tmp_path / "out", "--portal", "vuquang",
                "--since", "2021-01-01", "--limit", "2", "--no-state")
    assert run.returncode == 0, run.stderr[-2000:]
    assert len(run.records) == 2
    assert all(r["published"] is None or r["published"] >= "2021-01-01" for r in run.records)


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
