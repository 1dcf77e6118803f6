"""Generate tests/sample_portals from the site modules.

    python3 tests/sample_portals/_generator/build.py

The served files are committed; this script is how they were made, kept so
that a change to the sample portals is a change to their source. The photos
need ImageMagick's `convert` (apt-get install imagemagick).
"""
import importlib
import json
import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

from common import tiny_pdf

OUT = Path(__file__).resolve().parent.parent
ORDER = ["baolam", "vuquang", "thanhbinh", "chodon", "tienlu", "lucyen", "thuanchau", "tienyen"]
NOT_FOUND = "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng kiểm tra lại địa chỉ."
COLORS = {"baolam": ("#2e6b3a", "#d9ead3"), "vuquang": ("#7a1f1f", "#f3d6c6"), "thanhbinh": ("#1f4e7a", "#cfe2f3"),
          "chodon": ("#5b4a1f", "#f1e6c6"), "tienlu": ("#1f6b6b", "#d0f0ee"), "lucyen": ("#3a3a7a", "#dcdcf5"),
          "thuanchau": ("#6b2e5a", "#f2d6ea"), "tienyen": ("#23536b", "#d6e9f2")}


def photo(pid: str) -> bytes:
    a, b = COLORS[pid]
    tmp = Path(tempfile.gettempdir()) / f"photo-{pid}.jpg"
    subprocess.run(["convert", "-seed", "42", "-size", "480x320", f"gradient:{a}-{b}", "+noise", "Gaussian", "-blur", "0x1",
                    "-quality", "62", "-strip", str(tmp)], check=True)
    return tmp.read_bytes()


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        if not v:
            return "[]"
        if sum(len(toml_value(x)) for x in v) > 80:
            return "[\n" + "".join(f"    {toml_value(x)},\n" for x in v) + "]"
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(type(v))


def write_site(site):
    d = OUT / site.id
    if d.exists():
        shutil.rmtree(d)
    for name, data in site.files.items():
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
    (d / "robots.txt").write_text(site.robots, encoding="utf-8")
    # a 404 page answers any URL: it cannot name its own address in <base>, canonical or og:url
    not_found = "\n".join(l for l in site.not_found.splitlines() if "{{base}}/404" not in l)
    (d / "404.html").write_text(not_found, encoding="utf-8")
    lines = [f"# Routes of the {site.name} sample portal ({site.platform}).",
             "# url: path plus query exactly as the pages link it; {{base}} in text files is the portal's base URL.", ""]
    lines.append('not_found = "404.html"')
    if site.case_insensitive:
        lines.append("case_insensitive = true")
    lines += ["", "[headers]"] + [f"{json.dumps(k)} = {toml_value(v)}" for k, v in site.headers.items()] + [""]
    routes = [{"url": "/robots.txt", "file": "robots.txt", "type": "text/plain; charset=utf-8"}] + site.routes
    for r in routes:
        lines.append("[[routes]]")
        for k in ("url", "file", "type", "redirect", "status"):
            if k in r:
                lines.append(f"{k} = {toml_value(r[k])}")
        lines.append("")
    (d / "routes.toml").write_text("\n".join(lines), encoding="utf-8")


HEADER = """
# Offline sample portals: the crawler's demo and test bed, served by tests/portal_server.py
# (one loopback port per portal; `python tests/portal_server.py --registry-out portals.toml`).
#
# Each portal directory holds routes.toml (every served URL, path plus query exactly as linked,
# mapped to a file + content type or to a redirect; matching percent-decodes the path and ignores
# query order; SharePoint portals set case_insensitive), pages/*.html, files/* (PDF, JPEG, RSS,
# MP3), robots.txt and 404.html. In text responses {{base}} becomes the portal's base URL and
# {{base:<id>}} another portal's. Non-seed article texts were written for these fixtures;
# officials' names are invented.
#
# Per portal: id, name, district, province, platform; start_urls (paths; "/" redirects on some);
# non_articles = served pages a crawler meets and must never emit (home, listings and their pages,
#   archives, contact, procedures, documents, login, search, PDFs, a linked image, feeds);
# robots_forbidden = linked URLs robots.txt forbids (a polite crawl never requests them);
# counters = visit/online/view counter strings as they read on the pages (inline tags dropped);
#   none may appear in any extracted text.
# Per article ([[portals.articles]]): path; aliases = other linked URLs serving the same article
#   (emit it once); seed = file in tests/data/seeds; title; published = YYYY-MM-DD when the page
#   shows a date (absent: it shows none); author when there is a byline; cchc_figures = whether the
#   text holds administrative-reform figures; text_includes = phrases the extracted main text must
#   hold; text_excludes = furniture/counter strings on the page it must not hold (seeds: the gold's
#   and more); features = tags naming the traps on the page (table, link_heavy_table, short_text,
#   nfd_text, named_entities, counter_in_body, counter_in_content, no_visible_date, alias_urls, ...).
# Compare text after HTML unescaping and NFC normalisation.
"""


def manifest(sites) -> str:
    out = [l.rstrip() for l in HEADER.strip("\n").splitlines()] + [""]
    for s in sites:
        out.append("[[portals]]")
        for k, v in (("id", s.id), ("name", s.name), ("district", s.district), ("province", s.province),
                     ("platform", s.platform), ("start_urls", s.start_urls), ("non_articles", s.non_articles),
                     ("robots_forbidden", s.forbidden), ("counters", list(dict.fromkeys(s.counters)))):
            out.append(f"{k} = {toml_value(v)}")
        out.append("")
        for a in s.articles:
            out.append("[[portals.articles]]")
            for k, v in a.items():
                out.append(f"{k} = {toml_value(v)}")
            out.append("")
    return "\n".join(out)


def main(ids):
    sites = []
    for pid in ids:
        mod = importlib.import_module(f"sites.{pid}")
        pdf1 = tiny_pdf(f"UBND huyen - {pid} - Ke hoach CCHC", ["Ke hoach cai cach hanh chinh", "Phu luc kem theo"])
        pdf2 = tiny_pdf(f"UBND huyen - {pid} - Bao cao", ["Bao cao ket qua giai quyet thu tuc hanh chinh"])
        site = mod.build(photo(pid), pdf1, pdf2, NOT_FOUND)
        write_site(site)
        sites.append(site)
        sizes = [len(v.encode() if isinstance(v, str) else v) for k, v in site.files.items() if k.endswith(".html")]
        print(f"{pid}: {len(site.routes)} routes, {len(site.articles)} articles, {len(site.non_articles)} non-articles, "
              f"html {min(sizes)//1024}-{max(sizes)//1024} KB")
    if ids == ORDER:
        (OUT / "manifest.toml").write_text(manifest(sites), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:] or ORDER)
