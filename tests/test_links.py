"""Link discovery (crawler/links.py): the URLs a page leads to, exactly as
Scrapy's LinkExtractor followed by the crawler's URL cleaning gives them.

First a table of real-looking hrefs with the URL each must give (every row
is also checked against the LinkExtractor), then the same comparison on every
HTML page of the sample portals, with one LinkFinder for all of them so that
what it remembers from one page is used on the next.
"""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

from crawler.links import LinkFinder
from crawler.urls import load_shapes
from tests.portal_server import SAMPLE_ROOT, PortalServer

SHAPES = load_shapes()
SCRAPY_LINKS = LinkExtractor(tags=("a", "area"), attrs=("href",), deny_extensions=[],
                             canonicalize=False, unique=True)
PAGE = "https://vuquang.hatinh.gov.vn/portal/Pages/Tin-tuc.aspx?PageIndex=2"
HOST = "https://vuquang.hatinh.gov.vn"


def a(href: str) -> str:
    return f'<a href="{href}">Xem</a>'


HREFS = [
    # (id, the page's links, the URLs they must give, in order)
    ("relative", a("Kiem-tra-CCHC.aspx"), [f"{HOST}/portal/Pages/Kiem-tra-CCHC.aspx"]),
    ("parent dir", a("../Photos/2024-05-17/anh.jpg"), [f"{HOST}/portal/Photos/2024-05-17/anh.jpg"]),
    ("dot dir", a("./2024-5-17/Hoi-nghi.aspx"), [f"{HOST}/portal/Pages/2024-5-17/Hoi-nghi.aspx"]),
    ("query only", a("?PageIndex=3"), [f"{HOST}/portal/Pages/Tin-tuc.aspx?PageIndex=3"]),
    ("root-relative", a("/portal/Pages/Lien-he.aspx"), [f"{HOST}/portal/Pages/Lien-he.aspx"]),
    ("root-relative dot segments", a("/a/../b/./c"), [f"{HOST}/b/c"]),
    ("absolute, other portal", a("https://chodon.backan.gov.vn/2022/02/10/cho-don/"),
     ["https://chodon.backan.gov.vn/2022/02/10/cho-don/"]),
    ("absolute, other scheme", a("http://vuquang.hatinh.gov.vn/"), ["http://vuquang.hatinh.gov.vn/"]),
    ("absolute, upper case", a("HTTPS://VuQuang.hatinh.gov.vn/Portal/"), [f"{HOST}/Portal/"]),
    ("protocol-relative", a("//dichvucong.gov.vn/p/home/dvc-trang-chu.html"),
     ["https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"]),
    ("ftp is kept", a("ftp://files.hatinh.gov.vn/a.zip"), ["ftp://files.hatinh.gov.vn/a.zip"]),
    ("spaces", a("/portal/Photos/anh hoi nghi.jpg"), [f"{HOST}/portal/Photos/anh%20hoi%20nghi.jpg"]),
    ("whitespace around", a("\n\t /portal/Pages/Lich-cong-tac.aspx \r\n"),
     [f"{HOST}/portal/Pages/Lich-cong-tac.aspx"]),
    ("Vietnamese path", a("/tin-tức/cải-cách-hành-chính"),
     [f"{HOST}/tin-t%E1%BB%A9c/c%E1%BA%A3i-c%C3%A1ch-h%C3%A0nh-ch%C3%ADnh"]),
    ("Vietnamese query", a("/tim-kiem?q=cải cách&page=2"),
     [f"{HOST}/tim-kiem?q=c%E1%BA%A3i%20c%C3%A1ch&page=2"]),
    ("Vietnamese host", a("https://huyện.vn/a"), ["https://xn--huyn-nw5a.vn/a"]),
    ("percent-encoded, kept as written", a("/tin-t%E1%BB%A9c/c%e1%ba%a3i-cach"),
     [f"{HOST}/tin-t%E1%BB%A9c/c%e1%ba%a3i-cach"]),
    ("percent-encoded and a space", a("/a%20b/c d"), [f"{HOST}/a%20b/c%20d"]),
    ("fragment dropped", a("/portal/Pages/Tin-tuc.aspx#top"), [f"{HOST}/portal/Pages/Tin-tuc.aspx"]),
    # A fragment-only or empty href is the page itself, as for the LinkExtractor
    # (the spider has already seen it, so nothing more is fetched).
    ("fragment only", a("#top") + a("#"), [PAGE]),
    ("empty", a("") + a("  "), [PAGE]),
    ("session id and tracking parameters", a("/Default.aspx;jsessionid=ABC123?tabid=89&ItemID=1234")
     + a("/tin-tuc?utm_source=zalo&id=5"),
     [f"{HOST}/Default.aspx?tabid=89&ItemID=1234", f"{HOST}/tin-tuc?id=5"]),
    ("not followed", a("javascript:void(0);") + a("javascript:__doPostBack('dnn$ctr507','Page$2')")
     + a("mailto:ubnd@vuquang.hatinh.gov.vn") + a("tel:+842393888888") + a("data:text/html,abc")
     + a("http://[::1"), []),
    ("no href", "<a name='top'>x</a><a>y</a><link href='/style.css'><img src='/a.png'>", []),
    ("area tags", "<map name='m'><area shape='rect' coords='0,0,9,9' href='/ban-do/xa-vu-quang'>"
     "<area shape='rect' coords='9,9,19,19' href='huong-minh.aspx'></map>",
     [f"{HOST}/ban-do/xa-vu-quang", f"{HOST}/portal/Pages/huong-minh.aspx"]),
    ("duplicates, first place kept", a("/b") + a("/a") + a("/b") + a("/a#x") + a(f"{HOST}/a") + a("/c"),
     [f"{HOST}/b", f"{HOST}/a", f"{HOST}/c"]),
    ("base href", "<base href='https://vuquang.hatinh.gov.vn/portal/Photos/'>" + a("anh.jpg") + a("#top")
     + a("/portal/Pages/Lien-he.aspx"),
     [f"{HOST}/portal/Photos/anh.jpg", f"{HOST}/portal/Photos/", f"{HOST}/portal/Pages/Lien-he.aspx"]),
    ("relative base href", "<base href='/cu/'>" + a("tin-tuc.html"), [f"{HOST}/cu/tin-tuc.html"]),
]


def response(links_html: str, url: str = PAGE, encoding: str = "utf-8") -> HtmlResponse:
    # <base> belongs in <head>, but lxml and w3lib find it anywhere in the first 4 KB.
    html = f"<html><head><meta charset='{encoding}'></head><body>{links_html}</body></html>"
    return HtmlResponse(url=url, body=html.encode(encoding), encoding=encoding)


def scrapy_links(page: HtmlResponse) -> list[str]:
    """What the spider followed before crawler/links.py."""
    return list(dict.fromkeys(SHAPES.clean(link.url) for link in SCRAPY_LINKS.extract_links(page)))


@pytest.fixture(scope="module")
def finder() -> LinkFinder:
    """One finder for every row, so that rows also run on remembered hrefs."""
    return LinkFinder(clean=SHAPES.clean)


@pytest.mark.parametrize("links_html, expected", [row[1:] for row in HREFS], ids=[row[0] for row in HREFS])
def test_href_table(finder, links_html, expected):
    page = response(links_html)
    assert finder.links_of(page) == expected
    assert finder.links_of(page) == expected  # now from what it remembers
    assert scrapy_links(page) == expected


def test_the_query_is_escaped_in_the_page_encoding():
    # windows-1258 writes most tones as combining marks: "Đức Thọ", "tìm-kiếm".
    page = response(a("/tim-kiem?q=\u0110\u01b0\u0301c Tho\u0323") + a("/ti\u0300m-ki\u00ea\u0301m"),
                    encoding="cp1258")
    expected = [f"{HOST}/tim-kiem?q=%D0%FD%ECc%20Tho%F2",  # the query in windows-1258 ...
                f"{HOST}/ti%CC%80m-ki%C3%AA%CC%81m"]      # ... the path in UTF-8
    assert LinkFinder(SHAPES.clean).links_of(page) == scrapy_links(page) == expected


def test_relative_hrefs_are_resolved_against_each_page():
    finder = LinkFinder(SHAPES.clean)
    first = finder.links_of(response(a("chi-tiet.aspx") + a("/lien-he"), url=f"{HOST}/portal/Pages/a.aspx"))
    second = finder.links_of(response(a("chi-tiet.aspx") + a("/lien-he"), url=f"{HOST}/tin-tuc/b.html"))
    assert first == [f"{HOST}/portal/Pages/chi-tiet.aspx", f"{HOST}/lien-he"]
    assert second == [f"{HOST}/tin-tuc/chi-tiet.aspx", f"{HOST}/lien-he"]


def test_root_relative_hrefs_are_remembered_per_origin():
    finder = LinkFinder(SHAPES.clean)
    links = a("/lien-he") + a("//cdn.gov.vn/a")
    assert finder.links_of(response(links, url="http://127.0.0.1:8001/")) == \
        ["http://127.0.0.1:8001/lien-he", "http://cdn.gov.vn/a"]
    assert finder.links_of(response(links, url="https://127.0.0.1:8002/x")) == \
        ["https://127.0.0.1:8002/lien-he", "https://cdn.gov.vn/a"]
    base = "<base href='https://other.gov.vn/'>"
    assert finder.links_of(response(base + links, url="http://127.0.0.1:8001/")) == \
        ["https://other.gov.vn/lien-he", "https://cdn.gov.vn/a"]


def test_a_full_memory_is_forgotten_not_wrong():
    finder = LinkFinder(SHAPES.clean, memory=2)
    links = "".join(a(f"/tin-tuc/{n}") for n in range(5))
    expected = [f"{HOST}/tin-tuc/{n}" for n in range(5)]
    for _ in range(3):
        assert finder.links_of(response(links)) == expected


def sample_pages() -> list[HtmlResponse]:
    """Every HTML page of tests/sample_portals as the server sends it, at
    made-up loopback ports (nothing is served)."""
    server = PortalServer(SAMPLE_ROOT)
    server.base_urls = {pid: f"http://127.0.0.1:{8100 + n}" for n, pid in enumerate(server.portals)}
    pages = []
    for portal_id, portal in server.portals.items():
        for route in portal.routes.values():
            if route.file is None or not route.content_type.startswith("text/html"):
                continue
            body = server.substitute(route.file.read_text("utf-8"), portal_id).encode("utf-8")
            pages.append(HtmlResponse(url=server.base_urls[portal_id] + route.url, body=body,
                                      headers={"Content-Type": route.content_type}))
    return pages


def test_same_links_as_scrapy_on_every_sample_page():
    pages = sample_pages()
    assert len(pages) > 100
    finder = LinkFinder(SHAPES.clean)
    differing = [page.url for page in pages if finder.links_of(page) != scrapy_links(page)]
    assert not differing
    assert sum(len(finder.links_of(page)) for page in pages) > 3000
