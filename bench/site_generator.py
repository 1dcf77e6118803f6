"""Generate the benchmark site: the eight sample portals, each with a few
hundred generated articles and the weight of a real portal page.

    .venv/bin/python bench/site_generator.py --out DIR [--articles-per-portal 255]

The portals are built by the sample portals' own generator
(tests/sample_portals/_generator), so every page has the real templates of
its platform (Joomla, SharePoint, Liferay, WordPress, NukeViet, DotNetNuke,
a bespoke CMS): menus, sidebars, visit counters, ratings, related news,
listings with pagination, robots.txt. On top of the bundled articles each
portal gets generated ones (bench/vietnamese_text.py), its listings show
`LISTING_PAGE_SIZE` teasers a page, and every page carries what makes real
portal pages 40–100 KB: a mega-menu, "most read" and photo-gallery
sidebars, a visit counter, a footer site map and inline scripts.

DIR gets what tests/portal_server.py serves (manifest.toml, one folder per
portal) and truth.json: for every article path, its title and its true
text (what the article body shows: lead, paragraphs, captions, table rows,
byline), against which the extraction benchmark scores.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import importlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "tests" / "sample_portals" / "_generator"
SAMPLE_ROOT = ROOT / "tests" / "sample_portals"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from vietnamese_text import NewsWriter, vn_number  # noqa: E402

DEFAULT_ARTICLES_PER_PORTAL = 255
LISTING_PAGE_SIZE = 12
NEARBY_ARTICLES = 5  # on each side, in "other news" lists under an article
# Every page is filled up to a size drawn from this range (bytes); pages
# whose template and article are already bigger stay as they are.
PAGE_BYTES = (44_000, 96_000)
# Templates that print Article.summary as the lead; the others never show it.
SHOWS_SUMMARY = frozenset({"lucyen", "thanhbinh", "tienlu", "vuquang"})
# The DotNetNuke template renders no photos, hence no captions.
SHOWS_PHOTOS = frozenset({"baolam", "vuquang", "thanhbinh", "chodon", "tienlu", "lucyen", "thuanchau"})
# At most this many "most read" and photo-gallery items a page; the rest of
# the weight is inline script data, as on real portals (about 150–250
# links a page in all).
FILLER_ITEMS = (30, 20)
_LINK = re.compile(r"<a\s[^>]*\bhref=", re.I)
NOT_FOUND = "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Vui lòng kiểm tra lại địa chỉ."

# Class names of the added furniture, per portal: some themes use names the
# extractor's widget list knows, others neutral Vietnamese ones, so both of
# its rules (names and text) are exercised.
FURNITURE_CLASSES = [
    {"mega": "megamenu", "hot": "sidebar-widget tin-xem-nhieu", "gallery": "widget album-anh",
     "counter": "thongke-truycap", "footer": "footer-sitemap"},
    {"mega": "khoi-menu-ngang", "hot": "khoi-tin noi-bat", "gallery": "khoi-anh",
     "counter": "bo-dem", "footer": "chan-trang-lien-ket"},
    {"mega": "mod-menu-lon", "hot": "box-right box-hot", "gallery": "box-right box-gallery",
     "counter": "box-right box-online", "footer": "box-bottom"},
]


@dataclass(frozen=True)
class GeneratedSite:
    root: Path
    articles: int           # article pages (distinct URLs that are articles)
    pages: int              # all HTML routes
    article_bytes: tuple[int, int, int]  # min, median, max size of the article pages
    article_links: int      # median number of links on an article page


def generate(out: Path, articles_per_portal: int = DEFAULT_ARTICLES_PER_PORTAL, seed: int = 7) -> GeneratedSite:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with _generator_modules() as gen:
        writer_corpus = _corpus(gen)
        sites, truth = [], {}
        for portal_id in gen.build.ORDER:
            rng = random.Random(f"{seed}-{portal_id}")
            writer = NewsWriter(writer_corpus, rng)
            module = importlib.import_module(f"sites.{portal_id}")
            bundled = getattr(gen.content, portal_id)()
            district = module.AGENCY.split("huyện ", 1)[1]  # "Ủy ban nhân dân huyện Bảo Lâm"
            articles = bundled + _new_articles(gen, portal_id, district, writer, rng, articles_per_portal,
                                               taken_days={a.day for a in bundled})
            with _portal_patches(gen, module, portal_id, articles, seed):
                site = module.build(*_assets(gen, portal_id), NOT_FOUND)
            _write_site(gen, site, out)
            sites.append(site)
            truth[portal_id] = {a.path: {"title": a.title, "text": true_text(a, portal_id)} for a in articles}
    (out / "manifest.toml").write_text(_manifest(gen, sites), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    article_pages = [site.files[route["file"]] for site in sites for route in site.routes
                     if route.get("url") in {a["path"] for a in site.articles}]
    sizes = sorted(len(page.encode("utf-8")) for page in article_pages)
    links = sorted(len(_LINK.findall(page)) for page in article_pages)
    return GeneratedSite(root=out, articles=sum(len(s.articles) for s in sites),
                         pages=sum(1 for s in sites for r in s.routes if r.get("type", "").startswith("text/html")),
                         article_bytes=(sizes[0], sizes[len(sizes) // 2], sizes[-1]),
                         article_links=links[len(links) // 2])


def true_text(article, portal_id: str) -> str:
    """What the article body shows, one paragraph a line."""
    parts = [article.summary] if article.summary and portal_id in SHOWS_SUMMARY else []
    for block in article.blocks:
        kind = block[0]
        if kind in ("p", "author", "source"):
            parts.append(block[1])
        elif kind in ("img", "figure") and block[2] and portal_id in SHOWS_PHOTOS:
            parts.append(block[2])
        elif kind == "table":
            parts.append(" ".join(block[1]))
            parts += [" ".join(cell[0] if isinstance(cell, tuple) else cell for cell in row) for row in block[2]]
    return "\n".join(" ".join(p.split()) for p in parts)


# -- the sample portals' generator, borrowed ---------------------------------------

class _Modules:
    """The generator's modules (they import each other by bare name)."""

    def __init__(self):
        self.build = importlib.import_module("build")
        self.content = importlib.import_module("content")
        self.pages = importlib.import_module("pages")
        self.shared = importlib.import_module("shared")
        self.common = importlib.import_module("common")


@contextlib.contextmanager
def _generator_modules():
    """The generator's modules, imported for the block and forgotten after
    it: their bare names ("pages", "common" …) must not shadow anything."""
    before = set(sys.modules)
    sys.path.insert(0, str(GENERATOR_DIR))
    try:
        yield _Modules()
    finally:
        sys.path.remove(str(GENERATOR_DIR))
        for name in set(sys.modules) - before:
            module = sys.modules[name]
            places = [module.__file__] if getattr(module, "__file__", None) else list(getattr(module, "__path__", []))
            if places and all(Path(place).resolve().is_relative_to(GENERATOR_DIR) for place in places):
                del sys.modules[name]


@contextlib.contextmanager
def _patched(obj, name: str, value):
    original = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, original)


@contextlib.contextmanager
def _portal_patches(gen, module, portal_id: str, articles: list, seed: int):
    """Build one portal with our articles, longer listing pages and page
    weight added to every page."""
    chunks = gen.pages.chunks
    targets = sorted({href for href in _menu_hrefs(module.menu()) if href.startswith("/")})
    site_class = _inflating_site(gen.shared.Site, portal_id, articles, targets, seed)
    with contextlib.ExitStack() as stack:
        stack.enter_context(_patched(gen.content, portal_id, lambda: articles))
        stack.enter_context(_patched(gen.pages, "chunks", lambda seq, n: chunks(seq, max(n, LISTING_PAGE_SIZE))))
        stack.enter_context(_patched(module, "Site", site_class))
        if hasattr(module, "article_main"):
            stack.enter_context(_patched(module, "article_main", _nearby_articles(module.article_main)))
        yield


def _nearby_articles(article_main):
    """Some templates list every other article under each article ("Tin
    khác"): fine for five articles, not for hundreds. Real portals show the
    few nearest ones; so does this wrapper."""
    def wrapper(article, ordered, *rest):
        if article in ordered:
            at = ordered.index(article)
            ordered = ordered[max(0, at - NEARBY_ARTICLES):at + NEARBY_ARTICLES + 1]
        else:
            ordered = ordered[:2 * NEARBY_ARTICLES]
        return article_main(article, ordered, *rest)
    return wrapper


def _menu_hrefs(items):
    for _, href, children in items:
        if href:
            yield href.split("#")[0]
        yield from _menu_hrefs(children)


def _assets(gen, portal_id: str) -> tuple[bytes, bytes, bytes]:
    photo = next(SAMPLE_ROOT.glob("*/files/photo.jpg")).read_bytes()
    own = SAMPLE_ROOT / portal_id / "files" / "photo.jpg"
    if own.exists():
        photo = own.read_bytes()
    pdf1 = gen.common.tiny_pdf(f"UBND huyen - {portal_id} - Ke hoach CCHC", ["Ke hoach cai cach hanh chinh"])
    pdf2 = gen.common.tiny_pdf(f"UBND huyen - {portal_id} - Bao cao", ["Bao cao ket qua giai quyet TTHC"])
    return photo, pdf1, pdf2


def _corpus(gen) -> list[str]:
    paragraphs = []
    for make in gen.content.ALL.values():
        for article in make():
            paragraphs += [b[1] for b in article.blocks if b[0] == "p"]
            if article.summary:
                paragraphs.append(article.summary)
    for seed_file in sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt")):
        paragraphs += [line for line in seed_file.read_text("utf-8").splitlines() if len(line) > 120]
    return paragraphs


def _write_site(gen, site, out: Path) -> None:
    with _patched(gen.build, "OUT", out):
        gen.build.write_site(site)


def _manifest(gen, sites) -> str:
    """The portal list tests/portal_server.py needs (the articles are in truth.json)."""
    lines = ["# Benchmark site generated by bench/site_generator.py", ""]
    for site in sites:
        lines.append("[[portals]]")
        for key, value in (("id", site.id), ("name", site.name), ("district", site.district),
                           ("province", site.province), ("platform", site.platform),
                           ("start_urls", site.start_urls)):
            lines.append(f"{key} = {gen.build.toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


# -- generated articles ------------------------------------------------------------

def _new_articles(gen, portal_id: str, district: str, writer: NewsWriter, rng: random.Random,
                  count: int, taken_days: set[dt.date]) -> list:
    Article = gen.common.Article
    communes = gen.shared.COMMUNES[portal_id]
    titles: set[str] = set()
    articles = []
    # One article a day at most: some templates name photo URLs by the day.
    first = dt.date(2021, 1, 1)
    days = [d for d in (first + dt.timedelta(days=n) for n in range(4 * 365)) if d not in taken_days]
    for number, day in enumerate(sorted(rng.sample(days, count))):
        year = day.year
        date = dt.datetime(year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59))
        title = writer.title(district, rng.choice(communes), year)
        while title in titles:  # titles make URLs on some platforms
            title = writer.title(district, rng.choice(communes), year)
        titles.add(title)
        figures = rng.random() < 0.6
        key = f"bench-{number:04d}"
        blocks = []
        for index in range(rng.randint(4, 12)):
            place = rng.choice(communes) if rng.random() < 0.5 else f"huyện {district}"
            blocks.append(("p", writer.paragraph(place, year, figures and index in (1, 3))))
            if index == 1 and portal_id in SHOWS_PHOTOS and rng.random() < 0.6:
                blocks.append(("img", f"{key}-anh", writer.caption()))
        if figures and rng.random() < 0.25:
            header, rows = writer.figure_table(communes)
            blocks.insert(2, ("table", header, rows))
        blocks.append(("author", writer.author()))
        summary = writer.sentence(15, 40) if portal_id in SHOWS_SUMMARY else None
        articles.append(Article(key, title, date, blocks, summary=summary, cchc=figures,
                                views=rng.randint(12, 4000)))
    return articles


# -- page weight ---------------------------------------------------------------------

def _inflating_site(site_base, portal_id: str, articles: list, targets: list[str], seed: int):
    classes = FURNITURE_CLASSES[sum(map(ord, portal_id)) % len(FURNITURE_CLASSES)]

    class InflatingSite(site_base):
        """A Site whose every page gets the weight of a real portal page."""

        def page(self, url, html_text, kind="non_article", file=None):
            return super().page(url, _furnish(url, html_text, articles, targets, classes, seed), kind, file)

    return InflatingSite


_PROCEDURE_FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Hộ kinh doanh", "Bảo trợ xã hội",
                     "Người có công", "Giáo dục và Đào tạo", "Y tế", "Văn hóa", "Tư pháp", "Nội vụ",
                     "Tài nguyên và Môi trường", "Nông nghiệp", "Lao động", "Thanh tra", "Dân tộc", "Tôn giáo"]
_SPECIAL_PAGES = ["Cải cách hành chính", "Chuyển đổi số", "Nông thôn mới", "Phổ biến pháp luật", "Phòng chống tham nhũng",
                  "Học tập và làm theo Bác", "Quốc phòng - An ninh", "Phòng chống thiên tai", "An toàn giao thông",
                  "Đề án 06", "Xây dựng Đảng", "Mặt trận - Đoàn thể", "Thông tin quy hoạch", "Dự án đầu tư"]
_DISCLOSURES = ["Công khai ngân sách", "Công khai đầu tư công", "Công khai đất đai", "Công khai tuyển dụng",
                "Kết quả giải quyết hồ sơ", "Lịch công tác", "Lịch tiếp công dân", "Chỉ đạo điều hành",
                "Thông cáo báo chí", "Báo cáo thống kê", "Văn bản dự thảo", "Góp ý văn bản"]


def _furnish(url: str, page: str, articles: list, targets: list[str], classes: dict, seed: int) -> str:
    """Add a mega-menu at the top and sidebars, a counter, a site map and
    scripts at the bottom until the page reaches its drawn size."""
    rng = random.Random(f"{seed}-{url}")
    target_bytes = rng.randint(*PAGE_BYTES)
    linked = [a for a in articles if a.path]
    top = _mega_menu(rng, targets, classes["mega"])
    bottom = [_visit_counter(rng, classes["counter"]), _site_map(rng, targets, classes["footer"]), _analytics(rng)]
    size = len(page.encode("utf-8")) + len(top.encode("utf-8")) + sum(len(b.encode("utf-8")) for b in bottom)
    fillers = [lambda: _hot_news_item(rng, linked), lambda: _gallery_item(rng, linked)]
    lists: list[list[str]] = [[], []]
    while size < target_bytes and (len(lists[0]) < FILLER_ITEMS[0] or len(lists[1]) < FILLER_ITEMS[1]):
        which = 0 if len(lists[0]) < FILLER_ITEMS[0] and (len(lists[0]) <= len(lists[1]) or len(lists[1]) >= FILLER_ITEMS[1]) else 1
        item = fillers[which]()
        lists[which].append(item)
        size += len(item.encode("utf-8"))
    if size < target_bytes:  # the rest as the slider data real themes inline
        bottom.append(_slider_data(rng, linked, target_bytes - size))
    sidebars = (f'<div class="{classes["hot"]}"><h3 class="title">Tin xem nhiều</h3><ul>{"".join(lists[0])}</ul></div>'
                f'<div class="{classes["gallery"]}"><h3 class="title">Thư viện ảnh</h3><div class="items">{"".join(lists[1])}</div></div>')
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "\n" + top, page, count=1)
    tail = "\n".join([sidebars] + bottom)
    index = page.rfind("</body>")
    return page[:index] + tail + "\n" + page[index:] if index >= 0 else page + tail


def _mega_menu(rng: random.Random, targets: list[str], css: str) -> str:
    columns = []
    for label, names in (("Lĩnh vực", _PROCEDURE_FIELDS), ("Chuyên trang", _SPECIAL_PAGES), ("Công khai", _DISCLOSURES)):
        items = "".join(f'<li class="item"><a href="{rng.choice(targets)}#{_slug(name)}" title="{html.escape(name)}">'
                        f'<span class="icon"></span>{html.escape(name)}</a></li>' for name in names)
        columns.append(f'<li class="col"><span class="col-title">{label}</span><ul class="sub">{items}</ul></li>')
    utility = "".join(f'<a href="{t}">{name}</a> | ' for t, name in zip(targets, ("Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ")))
    return (f'<div class="top-utility">{utility}<span class="hotline">Đường dây nóng: 0{rng.randint(200, 299)}.{rng.randint(1000000, 9999999)}</span></div>'
            f'<div class="{css}"><ul class="cols">{"".join(columns)}</ul></div>')


def _hot_news_item(rng: random.Random, articles: list) -> str:
    a = rng.choice(articles)
    return (f'<li class="news-item"><img src="/images/thumbs/{_slug(a.title)[:40]}.jpg" alt="{html.escape(a.title)}" '
            f'width="90" height="60" loading="lazy"><a class="title" href="{a.path}" title="{html.escape(a.title)}">{html.escape(a.title)}</a>'
            f'<span class="date">{a.date:%d/%m/%Y}</span><span class="views">({vn_number(a.views)} lượt xem)</span></li>')


def _gallery_item(rng: random.Random, articles: list) -> str:
    a = rng.choice(articles)
    name = _slug(a.title)[:48]
    return (f'<div class="gallery-item"><a href="/images/album/{a.date:%Y/%m}/{name}-large.jpg" class="fancybox" rel="album" '
            f'data-caption="{html.escape(a.title)}"><img src="/images/album/{a.date:%Y/%m}/{name}-thumb.jpg" alt="{html.escape(a.title)}" '
            f'width="120" height="80" loading="lazy"></a></div>')


def _visit_counter(rng: random.Random, css: str) -> str:
    total = rng.randint(500_000, 9_000_000)
    digits = "".join(f'<span class="digit d{d}">{d}</span>' for d in str(total))
    rows = [("Đang truy cập", rng.randint(5, 150)), ("Hôm nay", rng.randint(300, 4000)),
            ("Tuần này", rng.randint(4000, 30000)), ("Tháng này", rng.randint(20000, 120000)),
            ("Tổng lượt truy cập", total)]
    body = "".join(f'<div class="row"><span class="label">{label}:</span> <span class="value">{vn_number(v)}</span></div>'
                   for label, v in rows)
    return f'<div class="{css}"><h3 class="title">Thống kê truy cập</h3><div class="digits">{digits}</div>{body}</div>'


def _site_map(rng: random.Random, targets: list[str], css: str) -> str:
    groups = []
    for label, names in (("Chuyên trang", _SPECIAL_PAGES), ("Công khai", _DISCLOSURES)):
        links = "".join(f'<li><a href="{rng.choice(targets)}">{html.escape(n)}</a></li>' for n in names)
        groups.append(f'<div class="group"><h4>{label}</h4><ul>{links}</ul></div>')
    return f'<div class="{css}">{"".join(groups)}</div>'


def _analytics(rng: random.Random) -> str:
    tag = f"G-{rng.randint(10**9, 10**10 - 1)}"
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={tag}"></script>'
            f"<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}"
            f"gtag('js', new Date()); gtag('config', '{tag}');</script>")


def _slider_data(rng: random.Random, articles: list, size: int) -> str:
    items = []
    total = 0
    while total < size:
        a = rng.choice(articles)
        item = json.dumps({"title": a.title, "url": a.path, "image": f"/images/slider/{_slug(a.title)[:48]}.jpg",
                           "date": f"{a.date:%d/%m/%Y}", "views": a.views}, ensure_ascii=False)
        items.append(item)
        total += len(item.encode("utf-8")) + 1
    return f'<script type="text/javascript">var homeSliderItems = [{",".join(items)}];</script>'


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles-per-portal", type=int, default=DEFAULT_ARTICLES_PER_PORTAL)
    args = parser.parse_args(argv)
    site = generate(args.out, args.articles_per_portal)
    low, median, high = (n / 1024 for n in site.article_bytes)
    print(f"{site.root}: {site.articles} articles, {site.pages} HTML routes; article pages "
          f"{low:.0f}–{high:.0f} KB (median {median:.0f} KB, {site.article_links} links)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
