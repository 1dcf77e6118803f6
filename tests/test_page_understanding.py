"""Issue 12: page understanding that carries over to portals never seen.

A portal of a layout the tables do not know (tests/unseen_portal.py) is
crawled for real through Scrapy: its SharePoint-style articles are all
served by one page with the item's id in the query, a portlet heading
stands above every headline, its visit counter uses wording the furniture
table lacks, and one article is undated with no known markup. The pure
parts (template, headline, page kind) are tested without a crawl.
"""

from __future__ import annotations

import json
import unicodedata

import pytest

from crawler.extraction import PageExtractor, extract_page
from crawler.page_kind import PageKind, PortalPatterns, url_pattern
from crawler.pages import PageProcessor, record_url, shortest_url
from crawler.template import PortalTemplate, TemplateLearner, page_blocks
from crawler.extraction import parse_html
from crawler.urls import UrlKind
from tests import unseen_portal as unseen
from tests.conftest import crawl, run_cli
from tests.portal_server import PortalServer

ITEM_URLS = [f"/Pages/ChiTiet.aspx?ItemID={item}" for item, _, _, _ in unseen.ARTICLES]
PORTAL_PAGES = [("/", unseen.home_page(20510)), ("/Pages/TinTuc.aspx", unseen.listing_page(20511))] + \
    [(path, unseen.page_html(path)) for path in ITEM_URLS] + [(unseen.UNDATED_PATH, unseen.page_html(unseen.UNDATED_PATH))]
BASE = "http://songmay.example.gov.vn"


# -- the template, learned from the portal's own pages ---------------------------

def processed(learn_first: bool) -> dict:
    processor = PageProcessor()
    if learn_first:
        for _, html in PORTAL_PAGES:
            processor.learn(html, "unseen")
    return {path: processor.process(html, BASE + path, portal="unseen", learn=not learn_first)
            for path, html in PORTAL_PAGES}


# Six articles of one portal, each with prose of its own (an article is learned once).
COMMUNES = ("Tân Lập", "Bình Minh", "Hòa Bình", "Quang Trung", "Đông Hải", "Tây Sơn")


def learned_from(pages: list[str]) -> PortalTemplate:
    template = PortalTemplate()
    for html in pages:
        template.learn(page_blocks(parse_html(html)))
    return template


def test_a_counter_in_new_wording_is_template_and_leaves_the_text():
    without = processed(learn_first=False)[ITEM_URLS[0]]  # the first article: no template yet
    assert unseen.COUNTER[0] in without.record.text, "the furniture table alone does not know this wording"
    for path, outcome in processed(learn_first=True).items():
        if outcome.record is not None:
            for label in unseen.COUNTER:
                assert label not in outcome.record.text, path


def test_the_template_is_a_value_that_survives_the_store():
    template = PortalTemplate()
    for _, html in PORTAL_PAGES:
        template.learn(page_blocks(parse_html(html)))
    again = PortalTemplate.from_bytes(template.to_bytes())
    assert again.signatures() == template.signatures() and again.pages == template.pages
    with pytest.raises(ValueError):
        PortalTemplate.from_bytes(b"not a template")


class _Store:
    """The two methods the state store offers for templates, over a dict."""

    def __init__(self):
        self.saved: dict[str, bytes] = {}

    def load_template(self, portal):
        return self.saved.get(portal)

    def save_template(self, portal, data):
        self.saved[portal] = data


def test_a_changed_template_is_told_between_runs():
    store = _Store()
    first = TemplateLearner(store)
    for _, html in PORTAL_PAGES:
        first.template("unseen").learn(page_blocks(parse_html(html)))
    first.save()
    same = TemplateLearner(store)
    for _, html in PORTAL_PAGES:
        same.template("unseen").learn(page_blocks(parse_html(html)))
    assert same.changed_portals() == []
    redesigned = TemplateLearner(store)
    for _, html in PORTAL_PAGES:
        html = html.replace("wp-box", "khung").replace("Tin mới đăng", "Bài mới").replace("s4-bottom", "chan-trang")
        redesigned.template("unseen").learn(page_blocks(parse_html(html)))
    assert redesigned.changed_portals() == ["unseen"]


def test_a_duplicate_page_is_not_learned_twice():
    template = PortalTemplate()
    html = PORTAL_PAGES[2][1]
    assert template.learn(page_blocks(parse_html(html)))
    assert not template.learn(page_blocks(parse_html(html)))
    assert template.pages == 1


# -- headline, date and page kind from the page -----------------------------------

def test_the_headline_is_not_the_portlet_heading_above_it():
    item, headline, _, _ = unseen.ARTICLES[1]
    page = extract_page(unseen.page_html(ITEM_URLS[1]))
    assert page.title == headline != unseen.PORTLET_HEADING


def test_a_date_printed_after_the_text_is_the_date():
    page = extract_page(unseen.page_html(ITEM_URLS[2]))
    assert page.published == "2025-03-05"


def test_an_undated_article_without_known_markup_is_an_article():
    outcome = PageProcessor().process(unseen.page_html(unseen.UNDATED_PATH), BASE + unseen.UNDATED_PATH)
    assert outcome.verdict.kind is PageKind.ARTICLE
    assert outcome.record.title == unseen.UNDATED_TITLE and outcome.record.published is None
    assert outcome.record.text.startswith(unseen.UNDATED_PARAGRAPHS[0])


def test_listing_and_home_are_not_articles_whatever_their_url():
    by_path = processed(learn_first=True)
    assert by_path["/Pages/TinTuc.aspx"].record is None
    assert by_path["/"].record is None
    listing = PageProcessor().process(unseen.listing_page(1), BASE + "/tin-tuc/chuyen-muc-123", url_kind="other")
    assert listing.verdict.kind is PageKind.LISTING


def test_the_url_pattern_of_a_portal_is_learned():
    patterns = PortalPatterns()
    for item in (101, 102):
        patterns.record("p", f"{BASE}/Pages/ChiTiet.aspx?ItemID={item}", PageKind.ARTICLE)
    assert patterns.kind_of("p", f"{BASE}/Pages/ChiTiet.aspx?ItemID=999", UrlKind.LISTING) is UrlKind.ARTICLE
    for page in (2, 3, 4):
        patterns.record("p", f"{BASE}/Pages/TinTuc.aspx?PageIndex={page}", PageKind.LISTING)
    assert patterns.known_listing("p", f"{BASE}/Pages/TinTuc.aspx?PageIndex=9")
    assert url_pattern(f"{BASE}/tin/hoi-thi-can-bo-1.html") == url_pattern(f"{BASE}/tin/le-hoi-mua-xuan-22.html")
    # a slug that ends in a year or a month is a slug like the others, not an item's id
    assert url_pattern(f"{BASE}/chi-so-hai-long-nam-2024/") == url_pattern(f"{BASE}/ket-qua-mot-cua-thang-10/") \
        == url_pattern(f"{BASE}/trong-cay-xanh-tai-thon/") != url_pattern(f"{BASE}/trong-cay-xanh-tai-thon-4871/")


def test_items_whose_slug_ends_in_an_id_are_not_taken_for_the_sections_beside_them():
    """SharePoint sites serve sections and items from one folder
    ("/Pages/tin-tuc-su-kien.aspx", "/Pages/<slug>-4871.aspx"): the sections
    learned as listings must not stop the items from being read."""
    patterns = PortalPatterns()
    for section in ("tin-tuc-su-kien", "cai-cach-hanh-chinh", "thong-bao-moi"):
        patterns.record("p", f"{BASE}/Pages/{section}.aspx", PageKind.LISTING)
    item = f"{BASE}/Pages/hai-lang-quy-i-2025-giai-quyet-dung-han-98-7-ho-so-4871.aspx"
    assert not patterns.known_listing("p", item)
    assert patterns.known_listing("p", f"{BASE}/Pages/van-hoa-xa-hoi.aspx")


@pytest.mark.parametrize("judged, decided, article", [
    ("AA", True, True),
    ("LA", False, False),     # a category page and one article: too few to tell
    ("LAA", False, False),
    ("LAAA", True, True),     # the odd category page beside its articles (Joomla's /vi/<slug>)
    ("LLAA", True, False),
    ("LLLAAAAAA", True, False),
    ("LLAAAAAA", True, True),
    ("LL", True, False),
])
def test_a_url_pattern_of_articles_and_the_odd_category_page_is_one_of_articles(judged, decided, article):
    patterns = PortalPatterns()
    for k, kind in enumerate(judged):
        patterns.record("p", f"{BASE}/vi/tin-tuc-su-kien/{400 + k}-bai-so-{k}",
                        PageKind.ARTICLE if kind == "A" else PageKind.LISTING)
    url = f"{BASE}/vi/tin-tuc-su-kien/379-bao-lam-tang-cuong-mot-cua-dien-tu"
    assert patterns.decided("p", url) is decided
    assert patterns.known_article("p", url) is article


def test_an_undated_article_every_page_links_to_on_a_small_portal_is_no_navigation_page():
    """Each article's "Tin liên quan" lists the others: on a portal of a
    dozen pages every page links to a two-sentence undated article, as a
    menu links to the introduction. Its URL pattern's pages are articles;
    the introduction, of the same pattern (Joomla serves both as articles),
    is the page the menu links to from itself."""
    intro = "/vi/tin-tuc-su-kien/12-gioi-thieu-chung"

    def page(title: str, body: str) -> str:
        others = "".join(item for item in related if f">{title}<" not in item)  # (not the page itself)
        return (f"<html><head><title>{title}</title></head><body><div class='menu'><a href='/'>Trang chủ</a> "
                f"<a href='{intro}'>Giới thiệu</a> <a href='/vi/tin-tuc-su-kien'>Tin tức</a></div>"
                f"<div class='item-page'><h2>{title}</h2><div class='body'>{body}</div></div>"
                f"<div class='related'><h3>Tin liên quan</h3><ul>{others}</ul></div></body></html>")

    slugs = [f"{k}-xa-{commune.lower().replace(' ', '-')}-lam-duong" for k, commune in enumerate(COMMUNES, 401)]
    undated = "/vi/tin-tuc-su-kien/379-bao-lam-tang-cuong-phan-mem-mot-cua"
    related = [f"<li><a href='/vi/tin-tuc-su-kien/{slug}'>Xã {commune} làm đường giao thông nông thôn</a></li>"
               for slug, commune in zip(slugs, COMMUNES)] \
        + [f"<li><a href='{undated}'>Bảo Lâm tăng cường ứng dụng phần mềm một cửa điện tử</a></li>"]
    processor = PageProcessor()
    for k, (slug, commune) in enumerate(zip(slugs, COMMUNES)):
        html = page(f"Xã {commune} làm đường giao thông nông thôn", f"<p class='date'>0{k + 3}/11/2024</p>"
                    f"<p>Nhân dân xã {commune} góp công, góp đất làm thêm hai tuyến đường bê tông liên thôn, mỗi "
                    "tuyến dài hơn một cây số, nối các thôn vùng cao với trung tâm xã.</p><p>Huyện hỗ trợ xi măng, "
                    "nhân dân góp cát, sỏi và ngày công; công trình hoàn thành trước mùa mưa.</p>")
        processor.links.saw("p", [f"{BASE}/", BASE + intro, f"{BASE}/vi/tin-tuc-su-kien",
                                  *(f"{BASE}/vi/tin-tuc-su-kien/{other}" for other in slugs if other != slug),
                                  BASE + undated])
        assert processor.process(html, f"{BASE}/vi/tin-tuc-su-kien/{slug}", portal="p").record is not None
    html = page("Bảo Lâm tăng cường ứng dụng phần mềm một cửa điện tử",
                "<p>Đến nay, 100% xã, thị trấn của huyện đã sử dụng hệ thống thông tin giải quyết thủ tục hành "
                "chính của tỉnh.</p><p>Tuy vậy, năng lực sử dụng thiết bị số của người dân vùng cao còn hạn chế "
                "nên phần lớn hồ sơ vẫn phải nộp trực tiếp.</p>")
    assert processor.links.in_navigation("p", BASE + undated)
    outcome = processor.process(html, BASE + undated, portal="p")
    assert outcome.record is not None, outcome.verdict
    about = page("Giới thiệu chung về huyện Bảo Lâm", "<p>Bảo Lâm là huyện vùng cao biên giới của tỉnh Cao Bằng, "
                 "có diện tích tự nhiên hơn 900 km², dân số gần 70 nghìn người thuộc nhiều dân tộc.</p><p>Huyện "
                 "có 13 xã, thị trấn; trung tâm huyện lỵ đặt tại thị trấn Pác Miầu.</p>")
    outcome = processor.process(about, BASE + intro, portal="p")
    assert outcome.record is None and outcome.verdict.reason == "navigation_page", outcome.verdict


def test_a_headline_under_a_portlet_heading_held_in_a_span_when_the_title_names_no_article():
    """DotNetNuke: every page's <title> is "Site > Section > Chi tiết tin",
    and each module's heading holds its words in a <span> (the heading has
    none of its own): the headline is the block the template does not hold."""
    def page(k: int) -> tuple[str, str]:
        title = f"Xã {COMMUNES[k]} hoàn thành kế hoạch số hóa hồ sơ năm 2024"
        html = ("<html><head><title>Cổng thông tin điện tử huyện Tiên Yên &gt; Tin tức - Sự kiện &gt; Chi tiết tin"
                "</title></head><body><div class='header'><div class='date-now'>Thứ Sáu, 20/12/2024</div></div>"
                "<div class='mainmenu'><a href='/'>Trang chủ</a> <a href='/Default.aspx?tabid=89'>Tin tức - Sự kiện"
                "</a></div><div class='ContentPane'><div class='c_container'><h2 class='c_title'>"
                "<span class='Head'>Tin tức - Sự kiện</span></h2><div class='news-detail-wrap'>"
                f"<div class='news-date'><span>Thứ Tư, {k + 2:02d}/12/2024, 09:34</span></div>"
                f"<span class='news-title'>{title}</span><div class='news-content'><p>Đến hết tháng 11, xã "
                f"{COMMUNES[k]} đã số hóa {k + 40}0 hồ sơ, kết quả giải quyết thủ tục hành chính, vượt kế hoạch "
                "của huyện giao.</p><p>Xã tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.</p></div></div></div>"
                "</div><div class='footer'>Bản quyền thuộc UBND huyện Tiên Yên</div></body></html>")
        return f"/Default.aspx?tabid=90&cateid=546&NewsID={2200 + k}", html

    pages = [page(k) for k in range(len(COMMUNES))]
    processor = PageProcessor()
    for path, html in pages:
        processor.learn(html, "tienyen", url_pattern(BASE + path))
    path, html = pages[2]
    record = processor.process(html, BASE + path, portal="tienyen", learn=False).record
    assert record.title == f"Xã {COMMUNES[2]} hoàn thành kế hoạch số hóa hồ sơ năm 2024"
    assert record.text.startswith("Đến hết tháng 11") and record.published == "2024-12-04"


def test_a_category_page_sharing_its_articles_url_pattern_is_a_listing_in_any_order():
    """Joomla's search-friendly URLs give a category and its articles one
    pattern (/vi/<slug>). Met after two of its articles, the category page
    is still judged by what it holds, as when it comes first."""
    from tests.conftest import SAMPLES
    pages = SAMPLES / "baolam" / "pages"
    category, section = "vi_c-i-cach-hanh-chinh.html", "vi_van-b-n.html"   # a list of documents
    articles = ["vi_b-o-lam-t-ng-k-t-cong-tac-c-i-cach-hanh-chinh-nam-2021.html",
                "vi_xa-ly-bon-ra-quan-tr-ng-cay-d-u-xuan-quy-mao-2023.html"]
    expected = {category: PageKind.LISTING, section: PageKind.OTHER}
    for order in ([category, section, *articles], [*articles, section, category], [*articles, category, section]):
        processor = PageProcessor()
        for name in order:
            url = f"{BASE}/vi/{name[3:-len('.html')]}"
            outcome = processor.process((pages / name).read_text("utf-8"), url, portal="joomla",
                                        url_kind=processor.url_kind(url))
            assert outcome.verdict.kind is expected.get(name, PageKind.ARTICLE), (order, name)


PLAIN_DIVS_ARTICLE = """<html><head><title>Kết quả giải quyết thủ tục hành chính tháng 3 của huyện Ea Rông -
Trang thông tin điện tử huyện Ea Rông</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a></div>
<div class="gt-title">
  <div><p>Kết quả giải quyết thủ tục hành chính tháng 3 của huyện Ea Rông</p></div>
  <div>Theo báo cáo của Văn phòng HĐND và UBND huyện, tháng 3 công tác giải quyết hồ sơ có chuyển biến.</div>
  <div class="img">
    <p>Trong tháng, Bộ phận một cửa của huyện đã tiếp nhận 1.215 hồ sơ thủ tục hành chính, trong đó tiếp nhận
    trực tuyến 640 hồ sơ. Số hồ sơ đã giải quyết là 1.102 hồ sơ, trong đó giải quyết trước và đúng hạn 1.098 hồ sơ,
    trễ hạn 4 hồ sơ. Các phòng chuyên môn đã gửi thư xin lỗi đến công dân đối với các hồ sơ trễ hạn.</p>
    <p>Thời gian tới, UBND huyện yêu cầu các cơ quan, đơn vị tiếp tục rà soát quy trình nội bộ, rút ngắn thời gian
    giải quyết và đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh.</p>
  </div>
</div>
<div class="footer">Cơ quan chủ quản: UBND huyện Ea Rông</div></body></html>"""

LINKED_PROSE_ARTICLE = """<html><head><title>Khảo sát sự hài lòng của người dân năm 2024</title></head><body>
<div class="asset-full-content-title">Khảo sát sự hài lòng của người dân năm 2024</div>
<div class="date">Ngày đăng 12/06/2024</div>
<div class="asset-content">
  <p>Thực hiện <a href="/documents/ke-hoach-215.pdf">Kế hoạch số 215/KH-UBND</a> ngày 20/5/2024 của UBND tỉnh
  về khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước, Sở ban hành
  kế hoạch triển khai tại đơn vị.</p>
  <p>Người dân có thể góp ý qua phiếu khảo sát (<a href="/documents/mau-phieu.docx">mẫu phiếu khảo sát kèm theo</a>) hoặc
  gửi thư điện tử đến địa chỉ <a href="mailto:tiepnhan.gopy@example.gov.vn">tiepnhan.gopy@example.gov.vn</a> trước ngày 15/11/2024
  để cơ quan tổng hợp, đánh giá và có giải pháp nâng cao chất lượng phục vụ.</p>
  <p>Kết quả khảo sát là căn cứ để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của cán bộ, công chức làm việc
  tại Bộ phận tiếp nhận và trả kết quả của Sở trong năm 2024.</p>
</div></body></html>"""


@pytest.mark.parametrize("html", [PLAIN_DIVS_ARTICLE, LINKED_PROSE_ARTICLE], ids=["lead_in_a_plain_div",
                                                                                 "links_inside_prose"])
def test_an_article_is_not_taken_for_a_list_of_teasers(html):
    """Real pages 016 and 028: an article whose headline, lead and body are
    plain <div>s side by side, and one whose paragraphs hold links (a plan's
    number, a form, an email address), were judged listings."""
    outcome = PageProcessor().process(html, f"{BASE}/tin-tuc/bai-viet-khong-ro-dang", portal="p")
    assert outcome.verdict.kind is PageKind.ARTICLE, outcome.verdict
    assert outcome.record is not None and outcome.record.title.startswith(("Kết quả giải quyết", "Khảo sát"))


STAMPED_AFTER_THE_TEXT = """<html><head><title>Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</title></head><body>
<div class="portlet"><h2 class="title">Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</h2>
<div class="journal-content-article"><div class="body">
  <p>Sáu tháng đầu năm, Trung tâm Phục vụ hành chính công huyện tiếp nhận 2.430 hồ sơ, giải quyết đúng hạn
  toàn bộ số hồ sơ đến hạn, không có hồ sơ quá hạn; tỷ lệ hồ sơ nộp trực tuyến đạt 71%.</p>
  <p>Để đạt kết quả này, Trung tâm đã rà soát quy trình nội bộ của từng thủ tục, bố trí công chức có kinh
  nghiệm tại các quầy đông hồ sơ và hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Trung tâm.</p>
  <p>Trung tâm tiếp tục nhắc việc tự động khi hồ sơ còn một ngày đến hạn và định kỳ công khai kết quả giải
  quyết của từng cơ quan, đơn vị trên Cổng thông tin điện tử của huyện.</p>
  <p class="author"><strong>Trung tâm Phục vụ hành chính công</strong></p>
</div>
<div class="stamp">Cập nhật lúc 08:15 ngày 09/07/2024</div>
</div></div></body></html>"""


@pytest.mark.parametrize("html, url, published", [
    (STAMPED_AFTER_THE_TEXT, f"{BASE}/web/guest/-/giai-quyet-ho-so", "2024-07-09"),
    (STAMPED_AFTER_THE_TEXT.replace("Cập nhật lúc 08:15 ngày 09/07/2024", "Trung tâm PVHCC"),
     f"{BASE}/tin-tuc/2024-08-27/giai-quyet-ho-so", "2024-08-27"),
    (STAMPED_AFTER_THE_TEXT.replace("Cập nhật lúc 08:15 ngày 09/07/2024", "Trung tâm PVHCC"),
     f"{BASE}/default.asp?action=detail&newsid=2903&ngay=27/03/2025", "2025-03-27"),
], ids=["stamp_under_the_author_inside_the_body_block", "date_in_the_path", "date_in_the_query"])
def test_a_date_after_the_text_or_only_in_the_url_is_the_publication_date(html, url, published):
    assert extract_page(html, url=url).published == published


def test_links_that_act_on_the_page_are_furniture_whatever_their_words():
    """Print, back and to-the-top rows of table-layout portals, in words no
    table lists; a paragraph with a link to a document stays."""
    html = STAMPED_AFTER_THE_TEXT.replace(
        '<p class="author">',
        '<p>Chi tiết xem tại <a href="/vb/ke-hoach-12.pdf">Kế hoạch số 12/KH-UBND</a> của UBND huyện.</p>'
        '<div align="right"><a href="javascript:print()">[Bản in ra giấy]</a> | '
        '<a href="javascript:history.back()">[Về lại trang trước]</a> <a href="#top">[Lên trên cùng]</a></div>'
        '<p class="author">')
    text = extract_page(html, url=f"{BASE}/tin-tuc/giai-quyet-ho-so").text
    assert "Kế hoạch số 12/KH-UBND" in text
    assert not any(word in text for word in ("Bản in ra giấy", "Về lại trang trước", "Lên trên cùng"))
    # Beside one of them, short links with addresses of their own are tools too.
    html = html.replace('<a href="#top">[Lên trên cùng]</a>',
                        '<a href="/default.asp?action=print&amp;newsid=2897">[In trang]</a> '
                        '<a href="/default.asp?action=sendmail&amp;newsid=2897">[Gửi email]</a>')
    text = extract_page(html, url=f"{BASE}/tin-tuc/giai-quyet-ho-so").text
    assert "Kế hoạch số 12/KH-UBND" in text and "[In trang]" not in text and "Gửi email" not in text
    # The page's own parameters on another page of its folder: its print view.
    html = STAMPED_AFTER_THE_TEXT.replace(
        '<p class="author">',
        '<div><a href="/Pages/tintuc/xembanin.aspx?ItemID=318">Xem bản in</a> | '
        '<a href="/Pages/tintuc/danhmuc.aspx?DanhMucID=4">Trở lại danh mục</a></div><p class="author">')
    text = extract_page(html, url=f"{BASE}/Pages/tintuc/chitiet.aspx?ItemID=318").text
    assert "Xem bản in" not in text and "Trở lại danh mục" not in text
    # The page's item id with other parameters: Joomla 1.5's print view and e-mail form.
    html = STAMPED_AFTER_THE_TEXT.replace(
        '<p class="author">',
        '<div align="right"><a href="/index2.php?option=com_content&amp;task=view&amp;id=224&amp;pop=1&amp;page=0">'
        'Bản in thân thiện</a> <a href="/index2.php?option=com_content&amp;task=emailform&amp;id=224">Gửi đường '
        'dẫn bài qua email</a></div><p class="author">')
    text = extract_page(html, url=f"{BASE}/index.php?option=com_content&task=view&id=224&Itemid=34").text
    assert "Bản in thân thiện" not in text and "Gửi đường dẫn" not in text


def test_an_article_date_in_other_pages_lists_of_news_is_still_its_dateline():
    """Each article lists the others with their dates: the dateline of one
    (the same element path, the same text) is on most of the portal's pages,
    after a link there and never on its own page."""
    def page(number: int) -> str:
        # Each article its own prose (one article is learned once).
        place = COMMUNES[number - 1]
        paragraphs = "".join(f"<p>{text} Xã {place} làm tốt.</p>" for text in unseen.UNDATED_PARAGRAPHS)
        others = "".join(f'- <a href="/tin?id={k}">Tin hoạt động của huyện số {k} trong tháng</a> '
                         f'<font size="1">(0{k}/04/2025)</font><br>' for k in range(1, 7) if k != number)
        return (f'<html><head><title>Tin hoạt động của huyện số {number} trong tháng</title></head><body>'
                f'<table><tr><td><font size="4"><b>Tin hoạt động của huyện số {number} trong tháng</b></font><br>'
                f'<font size="1">(0{number}/04/2025)</font><br>{paragraphs}'
                f'</td></tr><tr><td><b>Các tin đã đưa:</b><br>{others}</td></tr></table></body></html>')
    template = learned_from([page(number) for number in range(1, len(COMMUNES) + 1)])
    result = PageExtractor().extract(page(3), url=f"{BASE}/tin?id=3", template=template)
    assert result.published == "2025-04-03"


def test_a_dateline_that_a_listing_and_the_home_page_print_too_is_still_the_articles_date():
    """A blog layout prints each item's own dateline, in the article's markup,
    on the home page and the listing: three pages of a young template hold
    it, and it is still no date printed on every page. The header's today is."""
    def page(items: list[int], prose: bool) -> str:
        body = "".join(
            f"<table class='contentpaneopen'><tr><td class='contentheading'>Tin hoạt động số {k} của huyện</td></tr>"
            f"<tr><td class='createdate'>Thứ năm, 0{k} Tháng 4 2025 08:20</td></tr><tr><td>"
            + ("".join(f"<p>{text} Xã {COMMUNES[k - 1]} làm tốt.</p>" for text in unseen.UNDATED_PARAGRAPHS)
               if prose else f"<p>{unseen.UNDATED_PARAGRAPHS[0][:90]}…</p>") + "</td></tr></table>"
            for k in items)
        return ("<html><head><title>Huyện Quan Hóa</title></head><body><table><tr><td class='header'>"
                f"Thứ sáu, 04/12/2026</td></tr><tr><td class='maincol'>{body}</td></tr></table></body></html>")
    home, listing = page([3, 2], prose=False), page([3, 2, 1], prose=False)
    template = learned_from([home, listing, page([3], True), page([2], True), page([1], True)])
    result = PageExtractor().extract(page([3], True), url=f"{BASE}/index.php?option=com_content&task=view&id=3",
                                     template=template)
    assert result.published == "2025-04-03"


def test_a_title_bar_that_leads_with_its_section_link_gives_the_headline_alone():
    html = STAMPED_AFTER_THE_TEXT.replace(
        '<h2 class="title">Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</h2>',
        '<h2 class="title"><a href="/Lists/TinTuc/AllItems.aspx">Tin tức</a> <span class="bcsep">›</span> '
        '<span>Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</span></h2>').replace(
        "<title>Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</title>",
        "<title>Tin tức - Giải quyết hồ sơ đúng hạn 6 tháng đầu năm</title>")
    outcome = PageProcessor().process(html, f"{BASE}/Lists/TinTuc/DispForm.aspx?ID=17", portal="p")
    assert outcome.record is not None, outcome.verdict
    assert outcome.record.title == "Giải quyết hồ sơ đúng hạn 6 tháng đầu năm"


def test_one_url_per_article_does_not_depend_on_crawl_order():
    canonical = f"{BASE}/tin/bai-viet-1"
    assert record_url(f"{BASE}/tin/bai-viet-1?utm_source=x", canonical) == canonical
    assert record_url(f"{BASE}/a", "http://elsewhere.example/a") == f"{BASE}/a"
    urls = [f"{BASE}/chuyen-muc/tin/bai-viet-1", f"{BASE}/tin/bai-viet-1", f"{BASE}/tin/bai-viet-1?p=2"]
    assert shortest_url(urls) == shortest_url(reversed(urls)) == f"{BASE}/tin/bai-viet-1"


# -- do no harm on pages of other kinds ------------------------------------------------

def test_prose_in_a_widget_class_and_a_noscript_body_are_kept():
    prose = ("The committee met on Tuesday to discuss the new budget, and after a long debate the members "
             "agreed to fund the library renovation in full over the next two years.")
    widget = f"<html><body><div class='widget-area'><p>{prose}</p><p>{prose}</p></div></body></html>"
    assert "library renovation" in extract_page(widget).text
    noscript = f"<html><body><div id='app'></div><noscript><article><p>{prose}</p><p>{prose}</p></article></noscript></body></html>"
    assert "library renovation" in extract_page(noscript).text


# -- the crawl and extract on the unseen portal ------------------------------------------

@pytest.fixture(scope="module")
def unseen_server(tmp_path_factory):
    root = unseen.build(tmp_path_factory.mktemp("unseen-portal"))
    with PortalServer(root=root) as server:
        yield server


@pytest.fixture(scope="module")
def unseen_crawl(unseen_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("unseen-crawl")
    registry = unseen_server.write_registry(folder / "portals.toml")
    run = crawl(unseen_server, registry, folder / "out")
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def test_the_crawl_writes_every_article_and_nothing_else(unseen_crawl, unseen_server):
    base = unseen_server.base_urls[unseen.PORTAL_ID]
    by_url = {r["url"]: r for r in unseen_crawl.records}
    # (the undated item linked first is an article like the others of its URL pattern;
    # the introduction, undated and reached from every page's menu, is not news)
    assert set(by_url) == {base + path for path in ITEM_URLS} | {base + unseen.UNDATED_PATH} \
        | {base + f"/Pages/ChiTiet.aspx?ItemID={unseen.SHORT_UNDATED[0]}"}
    short = by_url[base + f"/Pages/ChiTiet.aspx?ItemID={unseen.SHORT_UNDATED[0]}"]
    assert short["title"] == unseen.SHORT_UNDATED[1] and short["published"] is None
    for path, (item, headline, dateline, paragraphs) in zip(ITEM_URLS, unseen.ARTICLES):
        record = by_url[base + path]
        assert record["title"] == headline
        day, month, year = dateline.split(": ")[1][:10].split("/")
        assert record["published"] == f"{year}-{month}-{day}"
        assert record["text"].startswith(paragraphs[0]) and paragraphs[-1] in record["text"]
    for record in unseen_crawl.records:
        for furniture in (*unseen.COUNTER, unseen.PORTLET_HEADING, "Tin mới đăng", "Bản quyền", "Trang chủ"):
            assert furniture not in record["text"], (record["url"], furniture)


def test_extract_gives_the_record_the_crawl_wrote(unseen_crawl, unseen_server):
    url = unseen_server.base_urls[unseen.PORTAL_ID] + ITEM_URLS[1]
    result = run_cli("extract", url)
    assert result.returncode == 0, result.stderr
    extracted = json.loads(result.stdout)
    written = next(r for r in unseen_crawl.records if r["url"] == url)
    for field in ("url", "title", "published", "author", "text", "content_hash", "metrics"):
        assert extracted[field] == written[field], field


def test_extract_takes_many_inputs_and_reports_the_bad_one(tmp_path):
    for n, path in enumerate(ITEM_URLS):
        (tmp_path / f"item{n}.html").write_text(unseen.page_html(path), encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    result = run_cli("extract", str(tmp_path))
    assert result.returncode == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == [headline for _, headline, _, _ in unseen.ARTICLES]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "empty.html" in errors[0] and errors[0].startswith("error: ")


def test_extract_reads_a_list_on_stdin(tmp_path):
    import subprocess
    import sys
    from tests.conftest import ROOT
    saved = tmp_path / "page.html"
    saved.write_text(unseen.page_html(ITEM_URLS[0]), encoding="utf-8")
    listing = f"{saved} {BASE}{ITEM_URLS[0]}\n"
    result = subprocess.run([sys.executable, "-m", "crawler", "extract"], input=listing, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["url"] == BASE + ITEM_URLS[0]


# -- the template across runs: kept by the state store, a change named in the report ----

REDESIGN = {"s4-top": "site-header", "Tin mới đăng": "Bài viết mới nhất", "wp-list": "news-latest",
            "Thống kê người xem": "Lượt truy cập", "visit-row": "stat-line",
            "Bản quyền thuộc": "Cơ quan chủ quản:", "topnav": "main-menu"}


def test_the_store_keeps_the_template_and_the_report_names_a_redesign(tmp_path):
    from crawler.state import SqliteStateStore

    root = unseen.build(tmp_path / "portal")
    state = tmp_path / "state"
    with PortalServer(root=root) as server:
        registry = server.write_registry(tmp_path / "portals.toml")
        first = crawl(server, registry, tmp_path / "out1", state=state)
        assert first.returncode == 0, first.stderr[-3000:]
        store = SqliteStateStore(state)
        stored = store.load_template(unseen.PORTAL_ID)
        store.close()
        assert stored and PortalTemplate.from_bytes(stored).ready

        same = crawl(server, registry, tmp_path / "out2", "--refresh", state=state)
        assert same.returncode == 0, same.stderr[-3000:]
        assert "template changed" not in same.stdout
        assert same.records == []  # each article gives the text it gave before

        for page in (root / unseen.PORTAL_ID / "pages").glob("*.html"):
            html = page.read_text(encoding="utf-8")
            for old, new in REDESIGN.items():
                html = html.replace(old, new)
            page.write_text(html, encoding="utf-8")
        redesigned = crawl(server, registry, tmp_path / "out3", "--refresh", state=state)
    assert redesigned.returncode == 0, redesigned.stderr[-3000:]
    assert f"{unseen.PORTAL_ID}: template changed since the last run" in redesigned.stdout
    # The new frame is template too: the articles' texts are unchanged, so nothing is written again.
    assert redesigned.records == [] and len(first.records) == 5


def test_a_stored_template_serves_at_once_unless_the_portal_was_redesigned():
    """A page of an incremental run is extracted at once with the earlier
    run's template only if that template fits it; a redesigned page waits
    for this run's template, or it would keep the new frame in its text."""
    class Store(dict):
        def load_template(self, portal):
            return self.get(portal)

        def save_template(self, portal, data):
            self[portal] = data

    store = Store()
    earlier = TemplateLearner(store)
    for _, html in PORTAL_PAGES:
        earlier.learn("unseen", page_blocks(parse_html(html)))
    earlier.save()
    later = TemplateLearner(store)
    for path in ITEM_URLS:
        html = unseen.page_html(path)
        assert later.fits_stored("unseen", page_blocks(parse_html(html)))
        for old, new in REDESIGN.items():
            html = html.replace(old, new)
        assert not later.fits_stored("unseen", page_blocks(parse_html(html)))
    assert not TemplateLearner(Store()).fits_stored("unseen", page_blocks(parse_html(PORTAL_PAGES[2][1])))


def test_long_prose_beside_one_headline_shaped_block_is_an_article_and_a_short_one_is_not():
    # A Liferay article whose sidebar "related" item is shaped like the headline
    # block (real page 006): one such block beside a long body is no list.
    from crawler.extraction import PageText
    from crawler.page_kind import judge
    from crawler.urls import load_shapes

    sentence = ("Sở Thông tin và Truyền thông đã tổ chức sơ kết mười ngày triển khai dịch vụ công "
                "trực tuyến mức độ 3 tại các phường, ghi nhận nhiều hồ sơ được nộp qua mạng. ")

    def page(paragraphs: int, teasers: int) -> PageText:
        return PageText(title="Sơ kết dịch vụ công mức độ 3", text="\n".join([sentence] * paragraphs),
                        published="2016-08-25", author=None, link_density=0.02, has_container=False,
                        teaser_titles=teasers)

    shapes = load_shapes()
    assert judge(page(12, 1), UrlKind.OTHER, shapes, 120, 0.5).kind is PageKind.ARTICLE
    assert judge(page(12, 4), UrlKind.OTHER, shapes, 120, 0.5).kind is PageKind.LISTING
    assert judge(page(3, 1), UrlKind.OTHER, shapes, 120, 0.5).kind is PageKind.LISTING


def test_a_dated_page_of_one_sentence_is_a_short_article_and_a_notice_is_not():
    def page(body: str, title: str) -> str:
        return (f"<html><head><title>{title}</title></head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
                f"<article><h1 class='entry-title'>{title}</h1><time datetime='2024-06-02'>2 Tháng Sáu, 2024</time>"
                f"<div class='entry-content'>{body}</div></article></body></html>")
    short = page("<p>Sáng 2/6, hơn 1.200 đoàn viên, hội viên ra quân thu gom rác thải dọc các tuyến đường "
                 "và bờ sông Túy Loan.</p>", "Ra quân làm sạch môi trường")
    notice = page("<p><a href='/wp-content/uploads/2024/06/tb-12.pdf'>Tải file đính kèm</a></p>",
                  "Thông báo lấy ý kiến về quy hoạch phân khu Hòa Ninh")
    processor = PageProcessor()
    assert processor.process(short, f"{BASE}/2024/06/02/ra-quan-lam-sach", url_kind="article").verdict.kind \
        is PageKind.ARTICLE
    assert processor.process(notice, f"{BASE}/2024/06/28/thong-bao-lay-y-kien", url_kind="article").verdict.kind \
        is not PageKind.ARTICLE


def test_a_one_sentence_article_above_a_list_of_other_news_is_an_article():
    """The list's links are no part of the article: they neither end its text
    nor make the page a list of links."""
    others = "".join(f'<a href="/xa/index.php?mod=news&amp;view=detail&amp;id=3{k}">{title}</a> ({k}/11/2024)<br>'
                     for k, title in ((10, "Xã tổ chức ngày hội đại đoàn kết toàn dân tộc"),
                                      (12, "Kết quả giải quyết hồ sơ một cửa tháng 10 năm 2024"),
                                      (15, "Nghiệm thu công trình nước sạch xóm Bản Chang"),
                                      (18, "Tập huấn kỹ thuật trồng thạch đen cho nông dân")))
    html = ("<html><head><meta charset='utf-8'><title>Tu sửa nhà văn hóa xóm Nà Mò</title></head>"
            "<body><table width='900'><tr><td colspan='2'><a href='/'>Trang chủ</a> <a href='/xa/index.php?mod=news'>"
            "Tin tức</a></td></tr><tr><td width='180'><b>Liên kết</b><br><a href='http://dichvucong.gov.vn/'>"
            "Dịch vụ công</a></td><td><b><font size='3'>Tu sửa nhà văn hóa xóm Nà Mò</font></b> <i>(21/11/2024)</i>"
            "<br><p>Bà con xóm Nà Mò góp 140 ngày công lợp lại mái và sơn tường nhà văn hóa trước mùa đông.</p>"
            f"<hr><b>Tin khác</b><br>{others}</td></tr></table></body></html>")
    outcome = PageProcessor().process(html, BASE + "/xa/index.php?mod=news&view=detail&id=321")
    assert outcome.verdict.kind is PageKind.ARTICLE
    assert outcome.record.text == "Bà con xóm Nà Mò góp 140 ngày công lợp lại mái và sơn tường nhà văn hóa trước mùa đông."
    assert outcome.record.published == "2024-11-21"


def test_an_undated_item_of_one_sentence_is_an_article_among_the_articles_of_its_url_pattern():
    def item(k: int, sentence: str) -> str:
        return ("<html><head><meta charset='utf-8'><title>Họp dân bàn làm đường nội đồng</title></head><body>"
                "<div class='menu'><a href='/'>Trang chủ</a></div><table class='contentpaneopen'><tr>"
                "<td class='contentheading'>Họp dân bàn làm đường nội đồng</td></tr></table>"
                f"<table class='contentpaneopen'><tr><td><p>{sentence}</p></td></tr></table></body></html>")
    sentence = "Người dân bản Na Hiêng thống nhất hiến đất và góp ngày công làm 600 m đường nội đồng."
    url = BASE + "/index.php?option=com_content&task=view&id=412&Itemid=27"
    alone = PageProcessor()
    assert alone.process(item(412, sentence), url).verdict.kind is not PageKind.ARTICLE
    among = PageProcessor()
    for k in (401, 405):
        among.patterns.record("p", BASE + f"/index.php?option=com_content&task=view&id={k}&Itemid=27", PageKind.ARTICLE)
    outcome = among.process(item(412, sentence), url, portal="p")
    assert outcome.verdict.kind is PageKind.ARTICLE and outcome.record.text == sentence
    # a notice among them, a headline and a file, is still none
    notice = item(413, "<a href='/images/tb-413.pdf'>Tải về</a>")
    assert among.process(notice, url.replace("412", "413"), portal="p").verdict.kind is not PageKind.ARTICLE


def test_a_footer_in_the_body_class_is_template_not_the_body_of_a_short_article():
    """SharePoint puts its rich-text class on the footer too: on every page,
    it is template, and a one-sentence article's own field is the body."""
    def page(k: int, paragraphs: list[str]) -> str:
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        return ("<html><head><meta charset='utf-8'><title>Tin số " f"{k}</title></head><body>"
                "<div class='menu'><a href='/'>Trang chủ</a></div><div class='chitiet'>"
                f"<div class='tieude'>Tin số {k} của huyện Krông Búk</div>"
                f"<div class='ms-rtestate-field noidung'>{body}</div></div>"
                "<div class='footer'><div class='ms-rtestate-field'>Cơ quan quản lý: Văn phòng HĐND và UBND huyện "
                "Krông Búk<br>Địa chỉ: 15 Hùng Vương, thị trấn Pơng Drang, huyện Krông Búk<br>Ghi rõ nguồn khi "
                "trích dẫn thông tin từ trang này</div></div></body></html>")
    sentence = "Sáng 2/10, huyện tổ chức đối thoại với 45 doanh nghiệp về thủ tục đất đai và thuế."
    pages = [page(k, [f"{text} Xã {COMMUNES[k]} làm tốt." for text in unseen.UNDATED_PARAGRAPHS]) for k in range(4)]
    result = PageExtractor().extract(page(9, [sentence]), url=f"{BASE}/Pages/chitiet.aspx?ItemID=9",
                                     template=learned_from(pages + [page(9, [sentence])]))
    assert result.text == sentence


def test_the_platforms_author_field_after_the_body_is_the_author_not_text():
    paragraphs = [f"{text} Xã {COMMUNES[0]} làm tốt." for text in unseen.UNDATED_PARAGRAPHS[:3]]
    html = ("<html><head><meta charset='utf-8'><title>Hội thi cán bộ một cửa giỏi</title></head><body>"
            "<div class='col-left'><a href='/'>Trang chủ</a></div><div class='col-main'>"
            "<h2 class='tieu-de'>Hội thi cán bộ một cửa giỏi</h2><div class='than-bai'>"
            + "".join(f"<p>{text}</p>" for text in paragraphs) +
            "</div><div class='ngay'>Ngày đăng: 02/12/2024</div><div class='tacgia'>Tác giả: Phòng Nội vụ</div>"
            "</div></body></html>")
    result = extract_page(html, url=f"{BASE}/tin-tuc/hoi-thi-can-bo-mot-cua-gioi-2024")
    assert result.text == "\n".join(paragraphs) and result.author == "Phòng Nội vụ"


def test_a_list_heading_without_a_colon_goes_with_its_list_and_a_source_line_stays():
    paragraphs = [f"{text} Xã {COMMUNES[1]} làm tốt." for text in unseen.UNDATED_PARAGRAPHS[:2]]
    others = "".join(f"<li><a href='/tin/{k}.html'>{title}</a></li>" for k, title in (
        (12, "Hội nghị tổng kết công tác dân vận năm 2024"), (15, "Huyện tổ chức lễ hội đền Cờ Xuân")))
    for closing, kept in (("<p><b>Tin khác cùng mục</b></p>", None), ("<p>Nguồn: Hạt Kiểm lâm Kim Sơn</p>", "Nguồn: Hạt Kiểm lâm Kim Sơn")):
        html = ("<html><head><meta charset='utf-8'><title>Hội thi cán bộ một cửa giỏi</title></head><body>"
                "<div class='menu'><a href='/'>Trang chủ</a></div><div class='main'><h2>Hội thi cán bộ một cửa giỏi</h2>"
                "<div class='ngay'>Ngày đăng: 02/12/2024</div>" + "".join(f"<p>{t}</p>" for t in paragraphs)
                + f"{closing}<ul>{others}</ul></div></body></html>")
        text = extract_page(html, url=f"{BASE}/tin/11.html").text
        assert text == "\n".join(paragraphs + ([kept] if kept else []))


def test_lists_of_newer_and_older_items_leave_the_text_with_their_labels():
    """Joomla 1.5 ends an article with "newer" and "older" lists, either of
    which may hold one item or none, or with one line each: label and link."""
    def item(k: int, title: str, label: str = "") -> str:
        return (f"<li>{label}<a href='/index.php?option=com_content&amp;task=view&amp;id={k}&amp;Itemid=5'>"
                f"{title}</a></li>")
    newest, older = (75, "Huyện tổng kết công tác dân vận chính quyền năm 2023"), \
        [(70, "Khai giảng lớp bồi dưỡng kỹ năng số cho cán bộ xã"), (66, "Ra quân làm thủy lợi đầu xuân năm 2024")]

    def blog_more(newer: list, older: list) -> str:
        return ("<div class='blog_more'><strong>Các bài mới hơn:</strong><ul>" + "".join(item(*i) for i in newer)
                + "</ul><strong>Các bài cũ hơn:</strong><ul>" + "".join(item(*i) for i in older) + "</ul></div>")
    endings = [blog_more([], older), blog_more([newest], older[:1]),
               "<ul class='pagenav'>" + item(*newest, label="Bài mới hơn: ") + item(*older[0], label="Bài cũ hơn: ")
               + "</ul>"]
    paragraphs = ["Sáng 12/3, huyện tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024 với sự tham "
                  "dự của lãnh đạo các phòng, ban và Ủy ban nhân dân các xã.",
                  "Hội nghị giao chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình cho từng xã và yêu cầu báo cáo kết "
                  "quả hằng quý về Phòng Nội vụ."]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    for ending in endings:
        html = ("<html><head><meta charset='utf-8'><title>Triển khai nhiệm vụ cải cách hành chính năm 2024</title>"
                "</head><body><table><tr><td class='leftcol'><a href='/'>Trang chủ</a></td><td>"
                "<table class='contentpaneopen'><tr><td class='contentheading'>Triển khai nhiệm vụ cải cách hành "
                "chính năm 2024</td></tr></table><table class='contentpaneopen'><tr><td class='createdate'>"
                f"Thứ ba, 12 Tháng 3 2024 09:15</td></tr><tr><td>{body}</td></tr></table>"
                f"{ending}</td></tr></table></body></html>")
        record = PageProcessor().process(html, BASE + "/index.php?option=com_content&task=view&id=71&Itemid=5").record
        assert record.text == "\n".join(paragraphs), ending


def test_a_list_of_other_news_with_dates_does_not_date_a_page_dated_only_by_its_url():
    others = "".join(f'<a href="/tin/2024-10-0{k}/33{k}.html">Tin hoạt động khác của huyện số {k} trong tháng</a> '
                     f'<font color="#888">(0{k}/10/2024)</font><br>' for k in (2, 8))
    html = ("<html><head><title>Mô hình nuôi bò vỗ béo giúp nhiều hộ thoát nghèo</title></head><body><table>"
            "<tr><td><font size='4'><b>Mô hình nuôi bò vỗ béo giúp nhiều hộ thoát nghèo</b></font></td></tr>"
            "<tr><td><font face='Arial'>" + "<br><br>".join(unseen.UNDATED_PARAGRAPHS) + "</font></td></tr>"
            f"<tr><td><b>Tin khác</b><br>{others}</td></tr></table></body></html>")
    assert extract_page(html, url=f"{BASE}/tin/2024-09-18/3290.html").published == "2024-09-18"


# What a platform prints after the body inside the article's block: a
# toolbar of one short capitalised label a cell, a reading counter.
AFTER_BYLINE = ["",
                "<table class='tienich'><tr><td>Phóng to chữ</td><td>Thu nhỏ chữ</td><td>Đăng lên Zalo</td></tr></table>",
                "<table class='tienich'><tr><td>Phóng to chữ</td><td>Thu nhỏ chữ</td><td>Đăng lên Zalo</td></tr></table>"
                "<div class='luotxem'>Lượt xem: {n}</div>",
                "<div class='luotxem'>Lượt xem: {n}</div>"
                "<table class='tienich'><tr><td>Phóng to chữ</td><td>Thu nhỏ chữ</td><td>Đăng lên Zalo</td></tr></table>"]


@pytest.mark.parametrize("byline", ["Bùi Hằng", "Đặng Quốc Việt - Văn phòng HĐND và UBND huyện",
                                    # tone marks apart, as windows-1258 pages spell them
                                    unicodedata.normalize("NFD", "Đặng Quốc Việt - Văn phòng HĐND và UBND huyện")])
@pytest.mark.parametrize("after", AFTER_BYLINE)
def test_a_closing_byline_that_signs_most_articles_is_text_though_it_repeats(after, byline):
    """The byline stays and what the template adds after it goes, whatever
    order the template's blocks are met in."""
    def page(number: int) -> str:
        place = COMMUNES[number - 1]
        body = "".join(f"<p>{text} Xã {place} làm tốt.</p>" for text in unseen.UNDATED_PARAGRAPHS)
        return (f"<html><head><title>Tin của xã {place} trong tháng</title></head><body>"
                f"<div class='menu'><a href='/'>Trang chủ</a> <a href='/tin-tuc'>Tin tức</a></div>"
                f"<h1>Tin của xã {place} trong tháng</h1><div class='detail'>{body}"
                f"<p style='text-align:right'><strong>{byline}</strong></p>{after.format(n=number * 37)}</div>"
                f"<div class='footer'>Ủy ban nhân dân huyện Lạc Sơn</div></body></html>")
    template = learned_from([page(number) for number in range(1, len(COMMUNES) + 1)])
    text = PageExtractor().extract(page(2), url=f"{BASE}/tin?id=2", template=template).text
    assert text.endswith(unicodedata.normalize("NFC", byline)) and "Ủy ban nhân dân huyện Lạc Sơn" not in text


def test_rows_of_other_news_after_the_body_in_its_table_are_no_byline():
    """A PHP portal's article table goes on after the body with rows of
    other news ("» <a>Nông dân Hải Toàn thu hoạch lúa xuân</a>"): short
    and capitalised like a name, but links."""
    def page(number: int) -> str:
        place = COMMUNES[number - 1]
        body = "".join(f"<p>{text} Xã {place} làm tốt.</p>" for text in unseen.UNDATED_PARAGRAPHS)
        others = "".join(f"<tr><td>» <a href='/tintuc.php?act=chitiet&id={number}{k}'>Nông dân {place} {news}</a>"
                         "</td></tr>" for k, news in enumerate(("Thu hoạch Lúa xuân", "Họp Giao ban", "Đón Khách")))
        return (f"<html><head><title>Tin của xã {place} trong tháng</title></head><body>"
                f"<div class='menu'><a href='/'>Trang chủ</a> <a href='/tintuc.php'>Tin tức</a></div>"
                f"<table class='noidung'><tr><td><b>Tin của xã {place} trong tháng</b></td></tr>"
                f"<tr><td>{body}</td></tr><tr><td align='right'><a href='#top'>Quay lại đầu trang</a></td></tr>"
                f"<tr><td><b>Xem tin khác</b></td></tr>{others}</table>"
                f"<div class='footer'>Ủy ban nhân dân huyện Lạc Sơn</div></body></html>")
    template = learned_from([page(number) for number in range(1, len(COMMUNES) + 1)])
    text = PageExtractor().extract(page(2), url=f"{BASE}/tintuc.php?act=chitiet&id=2",
                                   template=template).text
    assert text.endswith("làm tốt."), text[-200:]


def test_a_sentence_a_report_series_repeats_with_other_figures_is_text():
    """Each quarter's report says "Có N hồ sơ được tiếp nhận qua dịch vụ
    bưu chính công ích." with its own N: the shape repeats on half the
    article pages like a counter's, yet it is one of the report's figures."""
    menu = ("<table class='menu'><tr><td><a href='/'>Trang chủ</a></td><td><a href='/tin_ds.asp?cat=5'>Tin tức"
            "</a></td><td><a href='/gioithieu.asp'>Giới thiệu</a></td></tr></table>")

    def page(title: str, cell: str) -> str:
        return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{menu}"
                f"<table width='560'><tr><td><font size='3'><b>{title}</b></font></td></tr>"
                f"<tr><td>{cell}</td></tr></table><p>Bản quyền © UBND huyện Hải Hậu</p></body></html>")

    def report(quarter: int) -> tuple[str, str]:
        title = f"Kết quả giải quyết hồ sơ cấp huyện quý {'I' * quarter} năm 2025"
        cell = (f"<p>Trong quý, {COMMUNES[quarter]} và các cơ quan chuyên môn tiếp nhận {700 + quarter * 13} hồ sơ "
                "qua bộ phận một cửa của huyện.</p>"
                f"<p>Có {quarter + 3} hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích.</p>"
                f"<p>Đặng Quốc Việt</p><p><i>Cập nhật: 1{quarter}/04/2025</i></p>"
                f"<p>Số lượt xem: {quarter * 211}</p>")
        return f"/tin_chitiet.asp?id={4470 + quarter}&cat=5", page(title, cell)

    def news(k: int) -> tuple[str, str]:
        title = f"Xã {COMMUNES[k]} ra quân làm đường giao thông nông thôn"
        cell = (f"<p>Nhân dân xã {COMMUNES[k]} góp công, góp đất làm thêm các tuyến đường bê tông liên thôn "
                "trong dịp đầu năm.</p>"
                f"<p>Đặng Quốc Việt</p><p><i>Cập nhật: 0{k}/03/2025</i></p><p>Số lượt xem: {k * 97}</p>")
        return f"/tin_chitiet.asp?id={4400 + k}&cat=5", page(title, cell)

    others = [("/", page("Trang chủ", "<a href='/tin_chitiet.asp?id=4471&cat=5'>Tin một</a>")),
              ("/tin_ds.asp?cat=5", page("Tin tức", "<a href='/tin_chitiet.asp?id=4472&cat=5'>Tin hai</a>")),
              ("/gioithieu.asp", page("Giới thiệu", "<p>Huyện Hải Hậu có 35 xã, thị trấn.</p>"))]
    articles = [report(q) for q in (1, 2, 3)] + [news(k) for k in (1, 2, 3)]
    processor = PageProcessor()
    for path, html in others + articles:
        processor.learn(html, "haihau", url_pattern(BASE + path))
    path, html = articles[1]
    text = processor.process(html, BASE + path, portal="haihau", learn=False).record.text
    assert "Có 5 hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích." in text
    assert text.endswith("Đặng Quốc Việt") and "lượt xem" not in text.lower(), text


def test_a_listing_of_long_teasers_under_a_section_heading_is_a_listing():
    summary = " ".join(unseen.UNDATED_PARAGRAPHS)[:420]
    items = "".join(f'<div class="news-item"><a href="/web/xa/chi-tiet-tin?_dsnews_newsId={k}">Tin hoạt động '
                    f'của xã Tân Hiệp số {k} trong quý</a><div class="desc">{summary}</div></div>' for k in (1, 2, 3))
    html = ("<html><head><title>Tin tức - Sự kiện</title></head><body><div class='today'>Thứ Sáu, 04/12/2026</div>"
            "<div class='menu'><a href='/web/xa'>Trang chủ</a> | <a href='/web/xa/tin-tuc'>Tin tức - Sự kiện</a></div>"
            f"<section><h3>Tin tức - Sự kiện</h3>{items}</section></body></html>")
    outcome = PageProcessor().process(html, f"{BASE}/web/xa/tin-tuc", portal="p")
    assert outcome.verdict.kind is PageKind.LISTING and outcome.record is None


def test_a_notice_of_a_headline_and_a_file_in_a_table_layout_is_no_article():
    html = ("<html><head><title>Thông báo</title></head><body><table width='980'>"
            "<tr><td colspan='2'><a href='/'>Trang chủ</a> | <a href='/tin-tuc.asp'>Tin tức</a> | "
            "<a href='/gioi-thieu.asp'>Giới thiệu</a> | <a href='/van-ban.asp'>Văn bản</a></td></tr>"
            "<tr><td><a href='/van-ban.asp?loai=1'>Văn bản chỉ đạo</a><br><a href='/lien-he.asp'>Liên hệ</a></td>"
            "<td><font size='3'><b>Thông báo tổ chức kỳ họp thứ 18 Hội đồng nhân dân huyện</b></font><br>"
            "<a href='/files/tb-18.pdf'>Tải văn bản</a></td></tr>"
            "<tr><td colspan='2'>Copyright © Ủy ban nhân dân huyện Thạch Hà - Hà Tĩnh. Thiết kế bởi phòng Văn hóa "
            "- Thông tin huyện</td></tr></table></body></html>")
    outcome = PageProcessor().process(html, f"{BASE}/newsdetail.asp?NewsId=2731&CatId=7", portal="p")
    assert outcome.record is None and outcome.verdict.kind is not PageKind.ARTICLE


def test_joomla_15_articles_without_a_date_are_articles_by_their_address():
    from crawler.urls import load_shapes
    assert load_shapes().classify(f"{BASE}/index.php?option=com_content&task=view&id=418&Itemid=27") \
        is UrlKind.ARTICLE
    assert load_shapes().classify(f"{BASE}/index.php?option=com_content&task=category&sectionid=3&id=12") \
        is not UrlKind.ARTICLE


def test_a_widget_on_the_article_pages_alone_is_template_though_they_are_fewer_than_half():
    """A toolbar and a counter printed inside the article cell of every
    article page, and nowhere else: early in a crawl the article pages are
    fewer than half the pages learned, yet the widget is their template."""
    menu = ("<table class='menu'><tr><td><a href='/'>Trang chủ</a></td><td><a href='/tin.php?act=list&cat=2'>"
            "Tin tức</a></td><td><a href='/tin.php?act=list&cat=5'>Thông báo</a></td></tr></table>")
    widget = ("<table class='tienich'><tr><td>Phóng to chữ</td><td>Thu nhỏ chữ</td><td>Đăng lên Zalo</td></tr>"
              "</table><table class='module'><tr><th>Bạn đọc ghé thăm</th></tr><tr><td>Người đang đọc: {n}<br>"
              "Lượt đọc tuần này: {n}27</td></tr></table>")

    def page(title: str, cell: str) -> str:
        return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{menu}"
                f"<table class='khung'><tr><td class='giua'>{cell}</td></tr></table>"
                "<p class='chan'>Cổng thông tin điện tử xã Nậm Lầu</p></body></html>")

    def article(k: int) -> tuple[str, str]:
        title = f"Xã Nậm Lầu trồng {k}0 ha cà phê xen mắc ca"
        cell = (f"<div class='tieude'>{title}</div><div class='ngay'>{k + 2:02d}/05/2024</div>"
                + widget.format(n=k + 3) + f"<p>Vụ này {COMMUNES[k]} và các bản trồng thêm {k}0 ha cà phê xen "
                "cây mắc ca, giống do huyện hỗ trợ.</p>" + widget.format(n=k + 4))
        return f"/tin.php?act=detail&id={300 + k}", page(title, cell)

    others = [("/", page("Trang chủ", "<h3>Tin mới</h3><a href='/tin.php?act=detail&id=300'>Tin một</a>")),
              ("/tin.php?act=list&cat=2", page("Tin tức", "<h3>Tin tức</h3><a href='/tin.php?act=detail&id=301'>"
                                              "Tin hai</a>")),
              ("/tin.php?act=list&cat=5", page("Thông báo", "<h3>Thông báo</h3><a href='/files/tb.pdf'>Tệp</a>")),
              ("/gioithieu.php", page("Giới thiệu", "<p>Xã Nậm Lầu có 14 bản.</p>"))]
    articles = [article(k) for k in range(3)]
    processor = PageProcessor()
    for path, html in others + articles:
        processor.learn(html, "namlau", url_pattern(BASE + path))
    path, html = articles[-1]
    text = processor.process(html, BASE + path, portal="namlau", learn=False).record.text
    assert text == f"Vụ này {COMMUNES[2]} và các bản trồng thêm 20 ha cà phê xen cây mắc ca, giống do huyện hỗ trợ."


def test_the_body_after_a_lead_is_kept_when_its_block_also_holds_toolbars_and_counters():
    """The block that holds headline, lead and body also holds the portal's
    toolbars, counters and list of other news: its size, less that template,
    says it is the article's, so the body (a table and one sentence, shorter
    than the lead) is not left out."""
    headers = ("Đơn vị\tĐiểm tự chấm", "Xã, thị trấn\tTổng điểm", "Địa phương\tKết quả", "Tên xã\tSố điểm",
               "Cơ sở\tĐiểm")

    def page(k: int) -> str:
        counter = ("<div class='mod-dem'><p>Lượt xem hôm nay: 2.1{k}</p><p>Đang trực tuyến: 3{k}</p>"
                   "<p>Tổng lượt xem: 4.512.6{k}</p></div>").format(k=k)
        tools = "<div class='congcu'><a href='?in=1'>In trang</a> <a>Chia sẻ</a> <span>Cỡ chữ:</span> <a>A+</a></div>"
        rows = [headers[k].split("\t"), [f"Xã {COMMUNES[k]}", f"8{k},5"], [f"Xã {COMMUNES[k + 1]}", f"7{k},0"]]
        table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        return ("<html><head><meta charset='utf-8'><title>Xã " f"{COMMUNES[k]} đứng đầu huyện</title></head><body>"
                "<div class='menu'><a href='/'>Trang chủ</a> | <a href='/Default.aspx?tabid=40'>Tin tức</a></div>"
                f"<div class='left'>{counter}</div><div class='pane'><div class='module'>{counter}{tools}"
                f"<span class='Title'>Xã {COMMUNES[k]} đứng đầu huyện</span>"
                f"<div class='lead'><b>Kết quả tự chấm điểm cải cách hành chính quý {k} năm 2024 của "
                f"{COMMUNES[k]} và các xã khác trên địa bàn huyện được tổng hợp như sau.</b></div>"
                f"<div class='phan-than'><table border='1'>{table}</table><p>{COMMUNES[k]} đứng đầu "
                f"với 8{k},5 điểm.</p></div><div class='ngay'>Ngày đăng: 1{k}/10/2024</div>"
                f"{tools}{counter}<div class='tinkhac'><b>Tin khác</b><ul>"
                + "".join(f"<li><a href='/Default.aspx?tabid=40&newsid={900 + j}'>Tin số {j} của huyện Yên Định "
                          f"trong tháng mười</a> (0{j}/10/2024)</li>" for j in range(3) if j != k)
                + "</ul></div></div></div></body></html>")
    template = learned_from([page(k) for k in range(5)])
    result = PageExtractor().extract(page(2), url=f"{BASE}/Default.aspx?tabid=40&newsid=902", template=template)
    assert result.text.split("\n")[1:] == [headers[2], f"Xã {COMMUNES[2]}\t82,5", f"Xã {COMMUNES[3]}\t72,0",
                                           f"{COMMUNES[2]} đứng đầu với 82,5 điểm."]


def test_a_dateline_in_the_articles_cell_beside_rows_of_other_news_is_its_date():
    """A table-layout page: the article's cell and the rows of other news
    (each a link and its date) are rows of one table; the dateline in the
    article's own cell, a row without a link, is still the article's."""
    rows = "".join(f"<tr><td>» <a href='/tintuc/xem.asp?id={40 + k}'>Tin cũ số {k} về công tác chuyển đổi số của "
                   f"xã</a> <font size='1'>0{k + 1}/08/2024</font></td></tr>" for k in range(3))
    html = ("<html><head><meta charset='utf-8'><title>Thông xe cầu Bến Đình</title></head><body>"
            "<table><tr><td><a href='/'>TRANG CHỦ</a></td></tr><tr><td><b>Thông xe cầu Bến Đình</b></td></tr>"
            "<tr><td><font face='Arial'>Cầu dài 36 m, rộng 5 m, vốn 9,2 tỷ đồng, thông xe sáng 14/8.</font><br>"
            "<i>(Đăng ngày 15/08/2024)</i></td></tr><tr><td><b>Các tin đã đưa</b></td></tr>" + rows
            + "</table></body></html>")
    assert extract_page(html, url=f"{BASE}/tintuc/xem.asp?id=47").published == "2024-08-15"


@pytest.mark.parametrize("caption", [None, "Chi tiết theo từng xã:"])
def test_a_table_of_figures_that_every_report_repeats_row_by_row_stays_whole(caption):
    """A district's monthly reports each hold a table of its communes: the
    header and the communes' names repeat from one report to the next,
    only the figures change. Learned as template, the rows whose names
    had been seen left the text with their figures (and the whole table
    with the caption its block repeats); a counter set out as a table (a
    figure a row) inside the same cell still goes."""
    header = ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Quá hạn"]
    LEADS = ["Tháng đầu năm, bộ phận một cửa các xã tiếp nhận nhiều hồ sơ đất đai.",
             "Sau Tết, lượng hồ sơ chứng thực tăng mạnh ở các xã vùng thấp.",
             "Tháng này các xã đẩy mạnh tiếp nhận hồ sơ trực tuyến toàn trình.",
             "Bộ phận một cửa xã Tân Lập được sửa chữa, người dân nộp hồ sơ tại nhà văn hóa.",
             "Các xã tiếp tục số hóa kết quả giải quyết thủ tục hành chính.",
             "Nửa năm qua, các xã giải quyết hồ sơ đúng hạn cao hơn cùng kỳ."]
    CLOSINGS = ["Huyện nhắc các xã trả kết quả đúng hẹn.", "Xã chậm trễ phải xin lỗi người dân bằng văn bản.",
                "Phòng Nội vụ sẽ kiểm tra đột xuất hai xã.", "Người dân hài lòng với cách phục vụ mới.",
                "Kho lưu trữ điện tử của các xã đã đầy đủ.", "Huyện khen thưởng hai công chức một cửa."]

    def report(month: int) -> tuple[str, str]:
        title = f"Kết quả giải quyết thủ tục hành chính tháng {month} năm 2024"
        rows = [header] + [[f"Xã {commune}", f"{300 + 17 * j + month}", f"{290 + 17 * j + month}",
                            f"{280 + 17 * j + month}", f"{10 + j}"] for j, commune in enumerate(COMMUNES[:4])]
        table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        counter = (f"<table class='thongke'><tr><td>Đang xem</td><td>1{month}</td></tr>"
                   f"<tr><td>Tổng lượt xem</td><td>8.4{month}1</td></tr></table>")
        html = ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
                "<div id='nav'><a href='/'>Trang chủ</a> <a href='/tin-tuc/'>Tin tức</a></div>"
                f"<div class='noi-dung'><h1>{title}</h1><p class='ngay'>{month + 1:02d}/{month:02d}/2024</p>"
                f"<p>{LEADS[month - 1]}</p>"
                f"<div class='bang'><p><i>Bảng tổng hợp của Văn phòng HĐND và UBND huyện</i></p>"
                + (f"<p>{caption}</p>" if caption else "") +
                f"<table border='1'>{table}</table></div><p>{CLOSINGS[month - 1]}</p>"
                f"{counter}</div><div id='chan'>UBND huyện Mường Tè</div></body></html>")
        return f"/tin-tuc/ket-qua-thang-{month}-nam-2024-{7100 + month}.html", html

    reports = [report(month) for month in range(1, 7)]
    processor = PageProcessor()
    for path, html in reports:
        processor.learn(html, "muongte", url_pattern(BASE + path))
    path, html = reports[-1]
    text = processor.process(html, BASE + path, portal="muongte", learn=False).record.text
    lines = text.split("\n")
    if caption:  # the line announcing the table, word for word in every report
        assert lines.pop(1) == caption
    assert lines[1] == "\t".join(header)
    assert lines[2:6] == [f"Xã {commune}\t{306 + 17 * j}\t{296 + 17 * j}\t{286 + 17 * j}\t{10 + j}"
                          for j, commune in enumerate(COMMUNES[:4])]
    assert lines[6:] == ["Huyện khen thưởng hai công chức một cửa."]


def _report_portal_page(month: int, lead: str, closing: str) -> tuple[str, str]:
    """A page of a small portal's monthly report series: a portlet heading
    above the headline, the same headline but for the month, a table, and
    the same office signing each report."""
    title = f"Phù Yên: kết quả giải quyết hồ sơ thủ tục hành chính tháng {month}/2024"
    rows = "".join(f"<tr><td>Xã {commune}</td><td>{40 + 7 * j + month}</td><td>{j}</td></tr>"
                   for j, commune in enumerate(COMMUNES[:3]))
    html = ("<html><head><meta charset='utf-8'><title>" + title + " - Cổng TTĐT huyện Phù Yên</title></head><body>"
            "<div class='menu'><a href='/'>Trang chủ</a> <a href='/Pages/chuyenmuc.aspx?cm=3'>Cải cách hành chính</a></div>"
            "<div class='cot-trai'><h3>Văn bản mới</h3><p><a href='/vb/12.pdf'>Quyết định 12/QĐ-UBND</a></p></div>"
            "<div class='cot-giua'><div class='webpart'><div class='tieu-de-khoi'>TIN CẢI CÁCH HÀNH CHÍNH</div>"
            f"<div class='tin'><div class='ten-tin'>{title}</div><div class='ngay-dang'>0{month}/0{month + 1}/2024</div>"
            f"<div class='noi-dung'><p>{lead}</p><table><tr><td>Đơn vị</td><td>Đúng hạn</td><td>Trễ hạn</td></tr>{rows}"
            f"</table><p>{closing}</p><p>Hà Chi - Trung tâm Hành chính công</p></div></div></div></div>"
            "<div class='chan-trang'>Bản quyền thuộc UBND huyện Phù Yên</div></body></html>")
    return f"/Pages/tintuc/chitiet.aspx?ItemID={500 + month}", html


# Each lead repeats words of the headline, as leads do: with the headline
# taken for template, a lead was the next best match for <title>.
_REPORT_LEADS = ("Kết quả giải quyết hồ sơ thủ tục hành chính tháng đầu năm ở Phù Yên: nhiều hồ sơ đất đai.",
                 "Sau Tết, kết quả giải quyết hồ sơ thủ tục hành chính của Phù Yên tăng ở các xã vùng thấp.",
                 "Phù Yên bắt đầu giải quyết hồ sơ thủ tục hành chính trực tuyến toàn trình trên cổng dịch vụ công.",
                 "Giải quyết hồ sơ thủ tục hành chính ở Phù Yên tạm chuyển về nhà văn hóa khi sửa trụ sở.")
_REPORT_CLOSINGS = ("Huyện nhắc các xã trả kết quả đúng hẹn.", "Xã chậm trễ phải xin lỗi người dân bằng văn bản.",
                    "Phòng Nội vụ sẽ kiểm tra đột xuất hai xã.", "Người dân hài lòng với cách phục vụ mới.")


def test_a_report_of_a_series_keeps_its_headline_and_its_signing_office():
    """Three of a small portal's four article pages are one monthly series:
    the headline differs only by its figures, so it is template by its
    shape (the portlet heading above it was taken), and the office that
    signs every report repeats like template. Both are the article's."""
    pages = [_report_portal_page(month, _REPORT_LEADS[month - 1], _REPORT_CLOSINGS[month - 1])
             for month in range(1, 5)]
    processor = PageProcessor()
    for path, html in pages:
        processor.learn(html, "phuyen", url_pattern(BASE + path))
    path, html = pages[1]
    record = processor.process(html, BASE + path, portal="phuyen", learn=False).record
    assert record.title == "Phù Yên: kết quả giải quyết hồ sơ thủ tục hành chính tháng 2/2024"
    lines = record.text.split("\n")
    assert lines[0] == _REPORT_LEADS[1]
    assert lines[-2:] == [_REPORT_CLOSINGS[1], "Hà Chi - Trung tâm Hành chính công"]




def test_a_source_line_that_signs_every_report_is_its_last_line():
    """The office that every report names as its source ("Nguồn: …") is the
    article's last line, though it repeats like template."""
    def page(k: int) -> tuple[str, str]:
        title = f"Kết quả tiếp nhận hồ sơ trực tuyến quý {k} năm 2023"
        html = ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body><table width='100%'>"
                "<tr><td class='trai'><a href='/'>Trang chủ</a><br><a href='/index.php?option=com_content&amp;"
                "task=category&amp;id=7'>Cải cách hành chính</a></td><td class='giua'>"
                f"<table class='contentpaneopen'><tr><td class='contentheading'>{title}</td></tr>"
                f"<tr><td class='createdate'>Thứ hai, 0{k + 1} Tháng 4 2023 08:00</td></tr><tr><td>"
                f"<p>{_REPORT_LEADS[k - 1]}</p><p>{_REPORT_CLOSINGS[k - 1]}</p>"
                "<p><em>Nguồn: Văn phòng HĐND và UBND huyện</em></p></td></tr></table></td></tr></table>"
                "</body></html>")
        return f"/index.php?option=com_content&task=view&id={300 + k}&Itemid=41", html

    pages = [page(k) for k in range(1, 5)]
    processor = PageProcessor()
    for path, html in pages:
        processor.learn(html, "lacduong", url_pattern(BASE + path))
    path, html = pages[1]
    text = processor.process(html, BASE + path, portal="lacduong", learn=False).record.text
    assert text.split("\n") == [_REPORT_LEADS[1], _REPORT_CLOSINGS[1], "Nguồn: Văn phòng HĐND và UBND huyện"]


@pytest.mark.parametrize("pager", [
    "<a href='/index.php?option=com_content&amp;task=view&amp;id=303&amp;Itemid=41'>Bài mới hơn: Hội nghị "
    "tổng kết công tác cải cách hành chính</a> <a href='/index.php?option=com_content&amp;task=view&amp;id=301&amp;"
    "Itemid=41'>Bài cũ hơn: Tập huấn nộp hồ sơ trực tuyến cho cán bộ xã</a>",
    "<a href='/index.php?option=com_content&amp;task=view&amp;id=301&amp;Itemid=41'>Bài cũ hơn: Tập huấn nộp hồ "
    "sơ trực tuyến cho cán bộ xã</a>",
])
def test_a_pager_with_its_labels_inside_its_links_is_not_text(pager):
    """Joomla 1.5's pager under the body: links to the newer and older
    article whose labels are part of the links' own text, on one line."""
    html = ("<html><head><meta charset='utf-8'><title>Lạc Dương nhận 1.204 hồ sơ trực tuyến</title></head><body>"
            "<div class='giua'><div class='contentheading'>Lạc Dương nhận 1.204 hồ sơ trực tuyến</div>"
            "<div class='createdate'>Thứ hai, 03 Tháng 4 2023 08:00</div><div class='noidung'>"
            "<p>Quý I năm 2023, Bộ phận một cửa huyện Lạc Dương nhận 1.204 hồ sơ trực tuyến, gấp đôi cùng kỳ.</p>"
            "<p>Huyện sẽ mở thêm lớp hướng dẫn người dân dùng tài khoản định danh điện tử.</p>"
            f"<div class='pagenav'>{pager}</div></div></div></body></html>")
    text = extract_page(html, url=f"{BASE}/index.php?option=com_content&task=view&id=302&Itemid=41").text
    assert text.split("\n")[-1] == "Huyện sẽ mở thêm lớp hướng dẫn người dân dùng tài khoản định danh điện tử."



@pytest.mark.parametrize("same, other", [
    # Joomla 1.5: an article and a blog-style category page share their query keys.
    (("/index.php?option=com_content&task=view&id=447&Itemid=2",
      "/index.php?option=com_content&task=view&id=12&Itemid=9"),
     "/index.php?option=com_content&task=blogcategory&id=12&Itemid=3"),
    # VNPT's portlet: the action's word tells the item from the list.
    (("/web/xa/tin-tuc?p_p_id=dsnews_WAR_news&_dsnews_WAR_news_action=detail&_dsnews_WAR_news_id=88210",
      "/web/xa/tin-tuc?p_p_id=dsnews_WAR_news&_dsnews_WAR_news_action=detail&_dsnews_WAR_news_id=7"),
     "/web/xa/tin-tuc?p_p_id=dsnews_WAR_news&_dsnews_WAR_news_action=list&_dsnews_WAR_news_id=3"),
    # A slug in the query is the item's own, not its kind.
    (("/c/portal?_101_urlTitle=ket-qua-giai-quyet-ho-so&_101_groupId=5",
      "/c/portal?_101_urlTitle=hoi-nghi-tong-ket&_101_groupId=5"),
     "/c/portal?_101_groupId=5"),
])
def test_a_plain_word_in_a_query_value_names_the_kind_of_page_in_its_url_pattern(same, other):
    """A pattern learned from a portal's articles must not take in its list
    pages because they share the query's keys (the crawl then took a blog
    category page for an article by its address); ids and slugs still vary."""
    first, second = (url_pattern(BASE + path) for path in same)
    assert first == second
    assert url_pattern(BASE + other) != first


def test_links_that_are_no_url_cost_nothing_but_themselves():
    """A canonical link, a tool row, the headline's link and links in the
    prose that no URL parser takes (an unclosed IPv6 bracket, a port out of
    range): the page is still an article, under the URL it was fetched at."""
    url = "https://thu.gov.vn/tin-tuc/ket-qua-cchc-quy-iii-1042.html"
    title = "Kết quả cải cách hành chính quý III"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="http://[cong-thu-nghiem/tin-tuc/1042"></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="news_column"><h1 class="title"><a href="http://[::1:8/tin-tuc/1042">{title}</a></h1>
<span class="h5">Thứ năm - 03/10/2024 09:15</span>
<div class="toolbar"><a href="http://127.0.0.1:99999/in?id=1042">In bài</a> |
<a href="https://[bad host]/gui?id=1042">Gửi bài</a></div>
<div id="news-bodyhtml" class="bodytext">
<p>Trong quý III, Bộ phận một cửa huyện đã tiếp nhận 1.146 hồ sơ, giải quyết đúng hạn 1.120 hồ sơ,
đạt tỷ lệ 97,7%. Xem <a href="http://[::1:8/tin-tuc/b-2.html">báo cáo chi tiết</a>.</p>
<p>Ủy ban nhân dân huyện yêu cầu các phòng, ban tiếp tục đẩy mạnh cải cách hành chính, nâng cao
chất lượng phục vụ người dân và doanh nghiệp trên địa bàn huyện.</p></div></div>
<div class="footer">UBND huyện Thử Nghiệm</div></body></html>"""
    outcome = PageProcessor().process(html, url)
    assert outcome.verdict.kind is PageKind.ARTICLE
    assert (outcome.record.url, outcome.record.title) == (url, title)
    assert "giải quyết đúng hạn 1.120 hồ sơ" in outcome.record.text
