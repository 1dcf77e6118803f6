"""URL shapes of the portal platforms (crawler/data/url_shapes.toml), as a
table of real-looking URLs and what the crawler must make of them."""

import pytest

from crawler.registry import parse_registry
from crawler.urls import UrlKind, absolute_url, load_shapes

A, L, S, O = UrlKind.ARTICLE, UrlKind.LISTING, UrlKind.SKIP, UrlKind.OTHER

URLS = [
    # A calendar is endless; an item that carries its date beside its id is not one.
    ("https://bactramy.quangnam.gov.vn/lich.php?ngay=20241105", S),
    ("https://bactramy.quangnam.gov.vn/tintuc.php?ngay=20241105&id=812", A),
    # A detail page whose item id is namespaced by its portlet (VNPT dsnews).
    ("https://tanhiep.phugiao.binhduong.gov.vn/web/xa-tan-hiep/chi-tiet-tin?p_p_id=dsnews_WAR_vnpteportalnewsportlet"
     "&p_p_lifecycle=0&_dsnews_WAR_vnpteportalnewsportlet_newsId=7718", A),
    # SharePoint (Tân Dân)
    ("https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/Hoi-nghi-so-ket-CAhvbq96.aspx", A),
    ("https://xasonlinh.hatinh.gov.vn/portal/pages/2023-01-30/Ket-qua-CCHC-468686.aspx", A),
    ("https://vuquang.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx", L),
    ("https://vuquang.hatinh.gov.vn/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=3", L),
    ("https://ninhthuan.gov.vn/chinhquyen/ubmttq/Pages/Default.aspx", L),
    ("https://vuquang.hatinh.gov.vn/portal/Photos/2024-05-17/anh%20hoi%20nghi.jpg", S),
    ("https://vuquang.hatinh.gov.vn/_layouts/15/Authenticate.aspx", S),
    # SharePoint 2010 shows a news item with its list's display form; the
    # forms that edit or add one are never news.
    ("https://vinhthanh.binhdinh.gov.vn/Lists/TinTuc/DispForm.aspx?ID=17", A),
    ("https://vinhthanh.binhdinh.gov.vn/Lists/TinTuc/EditForm.aspx?ID=17", S),
    ("https://vinhthanh.binhdinh.gov.vn/Lists/TinTuc/NewForm.aspx", S),
    # Liferay
    ("https://xuyenmoc.baria-vungtau.gov.vn/web/guest/tin-tuc/-/asset_publisher/Ab12/content/hoi-nghi-tong-ket-cong-tac-cchc", A),
    ("https://daklak.gov.vn/-/details/123/ket-qua-cchc-2023-45678", A),
    ("https://x.gov.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_cur=2&_101_INSTANCE_Ab12_delta=10", L),
    ("https://x.gov.vn/web/guest/tin-tuc", L),
    ("https://x.gov.vn/web/guest/tin-tuc?p_p_id=101&p_p_state=exclusive", S),
    # NukeViet
    ("https://x.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-giai-quyet-tthc-quy-i-1234.html", A),
    ("https://x.gov.vn/news/tin-tuc/hoi-nghi-so-ket-56.html", A),
    ("https://x.gov.vn/tin-tuc/cai-cach-hanh-chinh/page-2", L),
    ("https://x.gov.vn/tin-tuc/rss", S),
    # DotNetNuke and Đà Nẵng ASP.NET
    ("https://x.gov.vn/Default.aspx?tabid=89&ItemID=1234", A),
    ("https://mattran.danang.gov.vn/62-33-10469/default.aspx", A),
    ("https://gdnn.gov.vn/Default.aspx?tabid=89&cateid=546", L),
    # Joomla
    ("https://maichau.hoabinh.gov.vn/index.php?option=com_content&view=article&id=12&catid=3&Itemid=101", A),
    ("https://maichau.hoabinh.gov.vn/index.php?option=com_content&view=category&id=3&Itemid=101", L),
    ("https://maichau.hoabinh.gov.vn/vi/tin-tuc?start=10", L),
    ("https://maichau.hoabinh.gov.vn/vi/quy-ch-lam-vi-c", O),      # SEF alias: judged by the page
    ("https://maichau.hoabinh.gov.vn/vi/quy-ch-lam-vi-c?showall=&start=4", A),
    # WordPress
    ("https://chodon.backan.gov.vn/2022/02/10/cho-don-nhieu-no-luc-trong-cai-cach-hanh-chinh/", A),
    ("https://chodon.backan.gov.vn/category/tin-tuc/page/2/", L),
    ("https://chodon.backan.gov.vn/2022/02/", L),       # the month's archive, of one post or many
    ("https://chodon.backan.gov.vn/2022/", L),
    ("https://chodon.backan.gov.vn/2022/02/10/", L),
    ("https://chodon.backan.gov.vn/wp-content/uploads/2022/02/anh.jpg", S),
    ("https://chodon.backan.gov.vn/wp-login.php", S),
    ("https://chodon.backan.gov.vn/tag/cai-cach/", S),
    ("https://chodon.backan.gov.vn/?p=1873", A),
    # "p" beside other parameters is a page number, not a post
    ("https://x.gov.vn/index.php?mod=news&act=list&cat=4&p=2", L),
    # Bespoke slug-plus-id and ?id= portals
    ("https://sapa.laocai.gov.vn/tin-tuc/sa-pa-day-manh-cai-cach-hanh-chinh-1105750", A),
    ("https://thuanchau.sonla.gov.vn/tin-tuc/hoi-nghi-ban-chi-dao-cchc-920730", A),
    ("https://x.gov.vn/tin-tuc/cai-cach-thu-tuc-hanh-chinh-nam-2023-9876", A),  # skip words inside a slug
    ("https://x.gov.vn/lien-he.html", S),
    ("https://x.tuyenquang.gov.vn/vi/tin-bai/ket-qua-cchc?id=130235&type=NEWS", A),
    ("https://haiphong.gov.vn/Chuyen-de/tin-tuc/hoi-nghi-cchc-80273.html", A),
    ("https://phuocson.quangnam.gov.vn/webcenter/portal/phuocson/pages_tin-tuc/chi-tiet?dDocName=PORTAL556019", A),
    ("https://quangtrach.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=1700000000", S),
    # Never articles
    ("https://x.gov.vn/lien-he", S),
    ("https://x.gov.vn/dang-nhap", S),
    ("https://x.gov.vn/tim-kiem?q=cchc", S),
    ("https://x.gov.vn/thu-tuc-hanh-chinh/linh-vuc-ho-tich-12345", S),
    ("https://x.gov.vn/van-ban/quyet-dinh-488-qd-ubnd-2022", S),
    ("https://x.gov.vn/Uploads/files/bao-cao-cchc-quy-1.pdf", S),
    ("https://x.gov.vn/Uploads/files/bao-cao.DOCX", S),
    ("mailto:ubnd@x.gov.vn", S),
    ("https://x.gov.vn/", O),
    ("https://x.gov.vn/gioi-thieu", O),
]


@pytest.mark.parametrize("url, kind", URLS)
def test_url_kind(url, kind):
    assert load_shapes().classify(url) is kind


def test_portal_patterns_come_first():
    portal = parse_registry({"portals": [{
        "id": "x", "name": "X", "district": "X", "province": "Y", "start_urls": ["https://x.gov.vn/"],
        "article_patterns": [r"^/bai-viet/"], "skip_patterns": [r"^/tin-tuc/cu/"],
    }]}).portals[0]
    shapes = load_shapes()
    assert shapes.classify("https://x.gov.vn/bai-viet/hop-ban", portal) is A
    assert shapes.classify("https://x.gov.vn/tin-tuc/cu/hoi-nghi-so-ket-cchc-1234", portal) is S
    assert shapes.classify("https://x.gov.vn/bai-viet/hop-ban") is O


@pytest.mark.parametrize("href, base, expected", [
    ("/tin-tuc/a-1.html", "https://thu.gov.vn/x/y.html", "https://thu.gov.vn/tin-tuc/a-1.html"),
    ("  b-2.html\n", "https://thu.gov.vn/x/y.html", "https://thu.gov.vn/x/b-2.html"),
    ("https://thu.gov.vn/c", None, "https://thu.gov.vn/c"),
    # Links no URL parser takes, as real pages carry them: the link is
    # dropped (None), never the page.
    ("http://[::1:8/tin-tuc/b-2.html", "https://thu.gov.vn/", None),
    ("http://127.0.0.1:99999/tin-tuc/a-1.html", "https://thu.gov.vn/", None),
    ("http://[ccpa-preferences]/", None, None),
    ("https://[bad host]/c-3.html", "https://thu.gov.vn/", None),
])
def test_absolute_url_drops_what_is_no_url(href, base, expected):
    assert absolute_url(href, base) == expected
