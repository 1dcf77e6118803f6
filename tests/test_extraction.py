"""Text extraction on hand-made portal fragments: the counters and the
furniture go, the article stays, metadata is read where portals put it."""

import unicodedata

import pytest
from lxml.cssselect import CSSSelector

from crawler.extraction import NotHtmlError, extract_page, load_layout, parse_html
from crawler.selectors import PageIndex
from tests.portal_server import SAMPLE_ROOT

BODY = ("<p>Trong quý I năm 2024, Bộ phận một cửa huyện đã tiếp nhận 1.250 hồ sơ, "
        "giải quyết đúng hạn 1.198 hồ sơ, không có hồ sơ quá hạn.</p>"
        "<p>Ủy ban nhân dân huyện yêu cầu các phòng, ban tiếp tục đẩy mạnh cải cách hành chính, "
        "nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>")


def page(inner: str, head: str = "", sidebar: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<div class='header'><ul class='menu'><li><a href='/'>Trang chủ</a></li>"
            "<li><a href='/gioi-thieu'>Giới thiệu</a></li><li><a href='/tin-tuc'>Tin tức</a></li></ul></div>"
            f"<div id='main'>{inner}</div><div class='col-right'>{sidebar}</div>"
            "<div class='footer-info'>UBND huyện. Địa chỉ: thị trấn. Ghi rõ nguồn khi phát hành lại.</div>"
            "</body></html>")


def article(body: str, title: str = "Kết quả cải cách hành chính quý I") -> str:
    return page(f"<h1 class='title'>{title}</h1><span class='h5'>Thứ năm - 14/03/2024 09:15</span>"
                f"<div id='news-bodyhtml' class='bodytext'>{body}</div>")


LEAKS = [
    # (what a portal puts inside the article body, a string that must not survive)
    ("<div>Đang online: 28</div>", "Đang online"),
    ("<div>Đang online: 28</div>", "28"),
    ("<p>821 người đang online</p>", "người đang online"),
    ("<ul><li>Thống kê: 677.085</li><li>Trong năm: 655.251</li><li>Online: 75</li></ul>", "677.085"),
    ("<div class='ThongKeSoLuot'>Thống kê truy cập<div class='SoLuongOnline'><span>Đang online:</span>"
     "<div id='slol1'>0</div><div id='slol2'>2</div><div id='slol3'>8</div></div></div>", "Thống kê"),
    ("<div>Trực tuyến: 36</div><div>Tổng: 12296625</div>", "12296625"),
    ("<p>Đánh giá:</p><p>lượt đánh giá: , trung bình: Bình luận</p>", "đánh giá"),
    ("<p>Mã xác thực không đúng.</p>", "Mã xác thực"),
    ("<p>Xếp hạng: 4 - 12 phiếu bầu</p><p>Click để đánh giá bài viết</p>", "phiếu bầu"),
    ("<h3>Tin liên quan</h3><ul><li><a href='/a-1.html'>Hội nghị tổng kết công tác năm</a></li>"
     "<li><a href='/b-2.html'>Huyện tổ chức lễ hội đền</a></li></ul>", "Tin liên quan"),
    ("<h3>Tin liên quan</h3><ul><li><a href='/a-1.html'>Hội nghị tổng kết công tác năm</a></li></ul>",
     "Hội nghị tổng kết công tác năm"),
    ("<div><b>Tin mới nhất</b></div><div><a href='/c-3.html'>Lịch tiếp công dân tháng 5</a></div>",
     "Lịch tiếp công dân"),
    ("<p>Bài trướcChương trình phát thanh ngày 9/2/2022</p><p>Bài tiếp theoKhông chủ quan lơ là</p>",
     "Bài trước"),
    ("<div class='social-share'><a href='#'>Chia sẻ</a><a href='#'>In bài viết</a></div>", "Chia sẻ"),
    ("<p>null</p>", "null"),
    ("<div class='td-tags'>Từ khóa: cải cách hành chính</div>", "Từ khóa"),
    ("<p>Đã đọc 102 lần</p>", "Đã đọc"),
    ("<p>Ngày gửi bài: 08/07/2025</p><p>Số lần bài được mở: 896</p>", "Số lần bài được mở"),
    ("<div>Cập nhật: 14:20 ngày 03/09/2025</div><div>Số lần tin được xem: 153</div>", "Số lần tin được xem"),
    ("<div class='congcu'>Cỡ chữ: <a href='#'>A-</a> <a href='#'>A+</a></div>", "Cỡ chữ"),
    ("<div><b>Tin khác cùng mục</b></div><ul><li><a href='/tin/a-1.html'>Hội nghị tổng kết công tác dân vận</a></li>"
     "<li><a href='/tin/b-2.html'>Huyện tổ chức lễ hội đền Cờ Xuân</a></li></ul>", "Tin khác cùng mục"),
    ("<p>Cơ quan chủ quản: UBND huyện Đình Lập<br>Giấy phép số 15/GP-TTĐT do Sở TT&amp;TT cấp ngày 02/5/2019</p>",
     "Giấy phép"),
    ("<p>Cơ quan chủ quản: UBND huyện Đình Lập<br>Giấy phép số 15/GP-TTĐT do Sở TT&amp;TT cấp ngày 02/5/2019</p>",
     "Cơ quan chủ quản"),
]


@pytest.mark.parametrize("furniture, leak", LEAKS)
def test_furniture_inside_the_body_is_dropped(furniture, leak):
    result = extract_page(article(BODY + furniture))
    assert "tiếp nhận 1.250 hồ sơ" in result.text
    assert "nâng cao chất lượng phục vụ" in result.text
    assert leak.lower() not in result.text.lower()


def test_a_sentence_about_permits_is_not_the_footer_licence_line():
    sentence = "Giấy phép xây dựng nhà ở riêng lẻ được cấp trong 15 ngày, sớm hơn quy định 5 ngày."
    assert sentence in extract_page(article(BODY + f"<p>{sentence}</p>")).text


def test_sidebar_and_footer_counters_are_dropped_without_a_known_container():
    html = page(f"<h1>Hội nghị giao ban</h1><p>Ngày đăng: 24/09/2023</p>{BODY}",
                sidebar="<div class='box'><h3>Lượt truy cập</h3><p>Tổng số truy cập: 1,234,567</p>"
                        "<p>Trong ngày: 914</p></div>")
    result = extract_page(html)
    assert "tiếp nhận 1.250 hồ sơ" in result.text
    for leak in ("1,234,567", "Lượt truy cập", "914", "Trang chủ", "Ghi rõ nguồn"):
        assert leak not in result.text
    assert result.has_container is False


def test_table_rows_stay_on_one_line_with_tab_separated_cells():
    table = ("<table><tr><th>Đơn vị</th><th>Tiếp nhận</th><th>Đúng hạn</th><th>Quá hạn</th></tr>"
             "<tr><td><a href='/don-vi/huyen'>Cấp huyện</a></td><td>1.250</td><td>1.198</td><td>0</td></tr>"
             "<tr><td><a href='/don-vi/xa'>Cấp xã</a></td><td>8.876</td><td>8.860</td><td>16</td></tr></table>")
    result = extract_page(article(BODY + table))
    lines = result.text.splitlines()
    assert "Đơn vị\tTiếp nhận\tĐúng hạn\tQuá hạn" in lines
    assert "Cấp huyện\t1.250\t1.198\t0" in lines
    assert "Cấp xã\t8.876\t8.860\t16" in lines


def test_a_short_notice_is_kept():
    notice = "<p>UBND huyện thông báo lịch tiếp công dân định kỳ tháng 6 vào ngày 15/6 tại trụ sở.</p>"
    result = extract_page(article(notice, title="Thông báo lịch tiếp công dân"))
    assert result.text == "UBND huyện thông báo lịch tiếp công dân định kỳ tháng 6 vào ngày 15/6 tại trụ sở."


def test_output_is_nfc_from_nfd_input_and_entities():
    nfd = unicodedata.normalize("NFD", article(BODY))
    result = extract_page(nfd)
    assert unicodedata.is_normalized("NFC", result.text)
    assert "tiếp nhận 1.250 hồ sơ" in result.text
    entities = extract_page(article("<p>C&ocirc;ng t&aacute;c c&#7843;i c&aacute;ch h&agrave;nh ch&iacute;nh "
                                    "được đẩy mạnh tại các xã, thị trấn trên địa bàn huyện.</p>"))
    assert entities.text.startswith("Công tác cải cách hành chính được đẩy mạnh")
    assert unicodedata.is_normalized("NFC", entities.text)


DATELINES = [
    ("<span class='tandan-span-date-publish'>Đăng ngày 14 - 04 - 2022</span>", "2022-04-14"),
    ("<div class='social-panel'>Thứ Hai, ngày 10/01/2022 09:05</div>", "2022-01-10"),
    ("<span class='h5'>Thứ năm - 14/03/2024 09:15</span>", "2024-03-14"),
    ("<span class='date_time'>05/06/2023 14:20</span>", "2023-06-05"),
    # Joomla's Vietnamese date format, the month in figures or in words.
    ("<dd class='published'>Được đăng ngày Thứ ba, 12 Tháng 8 2025 09:15</dd>", "2025-08-12"),
    ("<td class='createdate'>Thứ sáu, 04 Tháng Bảy 2025 08:00</td>", "2025-07-04"),
    ("<span class='posted-on'>Tháng Mười Hai 3, 2024</span>", "2024-12-03"),
    ("<span itemprop='datePublished' content='2021-12-30T08:00:00+07:00'></span>", "2021-12-30"),
    ("<div class='date'>01/11/2024 - 09:50</div>", "2024-11-01"),
    ("<div class='date'>31/02/2024</div>", None),  # not a date
]


@pytest.mark.parametrize("dateline, published", DATELINES)
def test_publication_date(dateline, published):
    html = page(f"<h1>Tin</h1>{dateline}<div class='bodytext'>{BODY}</div>")
    assert extract_page(html).published == published


def test_title_sources():
    assert extract_page(article(BODY, title="Hội nghị sơ kết")).title == "Hội nghị sơ kết"
    liferay = page("<div class='asset_title'>null HUYỆN THANH BÌNH: Tổng kết</div>"
                   f"<div class='asset-content'>{BODY}</div>")
    assert extract_page(liferay).title == "HUYỆN THANH BÌNH: Tổng kết"
    only_head = page(f"<div class='bodytext'>{BODY}</div>",
                     head="<title>Kết quả CCHC - Cổng thông tin điện tử huyện Vũ Quang</title>")
    assert extract_page(only_head).title == "Kết quả CCHC"


def test_the_title_is_not_repeated_as_the_first_line():
    html = article("<p>Kết quả cải cách hành chính quý I</p>" + BODY)
    assert not extract_page(html).text.startswith("Kết quả cải cách hành chính quý I")


def test_the_lead_outside_the_body_is_kept():
    html = page("<p class='tandan-p-article-news-title'>Hội nghị</p>"
                "<p class='tandan-p-article-news-summary'>Sáng 14/4, huyện tổ chức hội nghị sơ kết.</p>"
                f"<div class='ms-rtestate-field'>{BODY}</div>")
    assert extract_page(html).text.startswith("Sáng 14/4, huyện tổ chức hội nghị sơ kết.")


@pytest.mark.parametrize("bad", ["", "   ", b""])
def test_empty_input_is_not_html(bad):
    with pytest.raises(NotHtmlError):
        extract_page(bad)


# -- the layout selectors' page index -----------------------------------------

def test_layout_selectors_answer_as_their_css_does_on_every_sample_page():
    """A LayoutSelector answers from the page index (crawler/selectors.py)
    what its compiled CSS would: the same elements, in the same order, from
    the whole page and from inside each article container."""
    layout = load_layout()
    selectors = list({s.css: s for s in layout.content + layout.article_markers + layout.lead
                      + layout.title + layout.date + layout.author}.values())
    checked = 0
    for file in sorted(SAMPLE_ROOT.glob("*/pages/*.html")):
        tree = parse_html(file.read_text("utf-8"))
        index = PageIndex(tree, layout.class_names)
        containers = [el for selector in layout.content for el in CSSSelector(selector.css)(tree)]
        for root in [tree, *containers]:
            for selector in selectors:
                assert selector(root, index) == CSSSelector(selector.css)(root), (file.name, selector.css)
                checked += 1
    assert checked > 10_000


# -- pages without known markup (issue 12, held-out set 2) -------------------

TABLE_LAYOUT = (
    "<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
    "<title>Huyện tổng kết cải cách hành chính năm 2023 :: Website huyện</title></head>"
    "<body><table width='980'><tr><td colspan='2'><font color='#FFFFFF'><b>"
    "<a href='/'>Trang chủ</a> | <a href='/index.php?module=tintuc'>Tin tức</a></b></font></td></tr>"
    "<tr><td width='600'><table><tr><td>"
    "<font size='3'><b>Huyện tổng kết cải cách hành chính năm 2023</b></font><br>"
    "<font size='1'>(Cập nhật lúc 08:15 ngày 22/01/2024)</font>"
    "<p align='justify'><font face='Arial'>Năm 2023, Bộ phận Một cửa huyện tiếp nhận 8.906 hồ sơ, "
    "đã giải quyết 8.741 hồ sơ, quá hạn 23 hồ sơ.</font>"
    "<p align='justify'><font face='Arial'>Số hồ sơ nộp trực tuyến là 6.215 hồ sơ, tăng gần gấp đôi "
    "so với năm trước nhờ các tổ công nghệ số cộng đồng.</font>"
    "<p align='justify'><font face='Arial'>Chỉ số cải cách hành chính năm 2023 của huyện đạt 86,90 "
    "điểm, xếp thứ 3/8 huyện, thành phố của tỉnh, tăng hai bậc so với năm 2022.</font>"
    "<p align='justify'><font face='Arial'>Năm 2024, huyện tập trung số hóa hồ sơ, kết quả giải quyết "
    "thủ tục hành chính và nâng cao chất lượng phục vụ của Bộ phận Một cửa các xã.</font>"
    "<p align='justify'><font face='Arial'>Hội nghị đã khen thưởng 4 tập thể và 9 cá nhân có thành "
    "tích xuất sắc trong công tác cải cách hành chính.</font>"
    "<p align='right'><a href='javascript:window.print()'>[In trang]</a></p>"
    "<hr><b>Tin đã đăng khác:</b><br>"
    "<a href='/index.php?module=tintuc&amp;act=chitiet&amp;id=352'>Kết quả giải quyết hồ sơ của các xã quý II</a> (09/07/2024)<br>"
    "<a href='/index.php?module=tintuc&amp;act=chitiet&amp;id=338'>Làng nghề cói vào mùa đơn hàng xuất khẩu</a> (14/09/2023)<br>"
    "</td></tr></table></td><td width='190'></td></tr>"
    "<tr><td colspan='2'><font size='1'>© Bản quyền thuộc Ủy ban nhân dân huyện - tỉnh Ninh Bình<br>"
    "Địa chỉ: thị trấn Phát Diệm, huyện Kim Sơn, tỉnh Ninh Bình. Điện thoại: 0229.3862.214<br>"
    "Thiết kế bởi: Trung tâm Văn hóa, Thông tin và Thể thao huyện</font></td></tr></table></body></html>")


def test_a_table_layout_body_of_font_wrapped_paragraphs_outweighs_the_footer():
    result = extract_page(TABLE_LAYOUT, url="http://kimson.ninhbinh.gov.vn/index.php?module=tintuc&act=chitiet&id=345")
    assert result.text.startswith("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 8.906 hồ sơ")
    assert result.text.endswith("trong công tác cải cách hành chính.")
    assert "Bản quyền" not in result.text
    # The list of other news after the body, whatever its label says, is not text.
    assert "Làng nghề cói" not in result.text and "Tin đã đăng khác" not in result.text
    assert result.published == "2024-01-22"


@pytest.mark.parametrize("stamp", [
    "[14/03/2024]",
    "Cập nhật lần cuối ( Thứ Ba, 18 Tháng Mười Một 2025 17:45 )",   # Joomla 1.5, a month of two words
    "Cập nhật lần cuối ( Chủ Nhật, 14 Tháng Mười Hai 2025 07:05 )",
    "Ngày cập nhật: Thứ Năm, 14/03/2024 16:20",
])
def test_a_date_stamp_printed_before_or_after_the_text_is_not_text(stamp):
    body = (BODY + f"<p>Văn Tuấn</p><p>{stamp}</p>")
    result = extract_page(page("<h1 class='title'>Kết quả cải cách hành chính quý I</h1>"
                               "<div class='news-content'><p>Đăng bởi btv_huyen lúc Thứ 5, 14/03/2024 - 09:15</p>"
                               f"{body}</div>"))
    assert result.text.startswith("Trong quý I năm 2024")
    assert result.text.endswith("Văn Tuấn")
    assert result.published == "2024-03-14"


def test_a_short_body_after_a_lead_in_a_block_of_its_own_is_kept():
    # A sapo field and a body field of two short paragraphs (Drupal's fields).
    inner = ("<h1 class='title' id='page-title'>Liên hoan võ thuật cổ truyền năm 2024</h1>"
             "<div class='field field-name-field-sapo'><div class='field-item'><strong>Tối 20/5, tại Khu di "
             "tích, huyện tổ chức khai mạc Liên hoan võ thuật cổ truyền năm 2024 với sự tham gia của 14 võ "
             "đường.</strong></div></div>"
             "<div class='field field-name-body'><div class='field-item'><p>Các võ sinh trình diễn những bài "
             "quyền, bài binh khí truyền thống như Ngọc trản quyền và song kiếm.</p><p>Liên hoan là dịp tôn "
             "vinh, bảo tồn di sản võ thuật của vùng đất võ, thu hút du khách.</p></div></div>")
    result = extract_page(page(inner), url="http://tayson.binhdinh.gov.vn/tin-tuc/2024/05/lien-hoan-vo-thuat")
    assert result.text.startswith("Tối 20/5, tại Khu di tích")
    assert "Ngọc trản quyền" in result.text and result.text.endswith("thu hút du khách.")


def test_a_date_from_a_list_of_other_news_is_not_the_article_date():
    inner = ("<h1>Lãnh đạo xã đối thoại với nông dân về chuyển đổi cây trồng</h1>"
             "<div class='tandan-div-article-date'><span class='tandan-span-date-publish'></span></div>"
             f"<div class='ms-rtestate-field'>{BODY}</div>"
             "<div class='other'><p>Các tin khác</p><ul>"
             "<li><a href='/portal/Pages/2024-4-5/Ket-qua-quy-I-x7k2pq.aspx'>Kết quả giải quyết thủ tục hành "
             "chính quý I năm 2024</a> <span class='date'>(05/04/2024)</span></li>"
             "<li><a href='/portal/Pages/2024-5-17/Ra-quan-b4tq9z.aspx'>Ra quân vệ sinh môi trường dọc bờ "
             "biển</a> <span class='date'>(17/05/2024)</span></li></ul></div>")
    result = extract_page(page(inner), url="http://cambinh.hatinh.gov.vn/portal/Pages/2024-3-9/Hoi-nghi-m3n8r1.aspx")
    assert result.published == "2024-03-09"


LAYOUT_TABLE_ARTICLE = (
    "<html><head><meta charset='utf-8'><title>Phong Nha đón khách trở lại sau mùa mưa lũ</title></head><body>"
    "<table width='1000'><tr><td colspan='2'><table><tr><td class='menu'><a href='/'>Trang chủ</a></td>"
    "<td class='menu'><a href='/3cms/tin-tuc.htm'>Tin tức sự kiện</a></td></tr></table>"
    "<div style='text-align:right'>Hôm nay: Thứ Sáu, ngày 04/12/2026</div></td></tr>"
    "<tr><td width='730' valign='top'><div class='portlet-title'>TIN TỨC SỰ KIỆN</div>"
    "<div class='art-title'><b>Phong Nha đón khách trở lại sau mùa mưa lũ</b></div>"
    "<div style='color:#888'>[26/11/2024 10:12]</div>"
    "<div class='art-body'><p>Sau gần một tháng tạm dừng do mưa lũ, từ ngày 25/11 Trung tâm Du lịch "
    "mở cửa đón khách tham quan động Phong Nha và động Tiên Sơn.</p><p>Ngay trong ngày đầu mở cửa, "
    "khu du lịch đã đón hơn 1.200 lượt khách, chủ yếu là khách nội địa đi theo đoàn.</p></div>"
    "<div class='art-other'><b>Các tin đã đưa</b><div><a href='/3cms/Bo-Trach-giai-quyet-dung-han.htm'>"
    "Bố Trạch: Năm 2023 giải quyết đúng hạn 99,2% hồ sơ thủ tục hành chính</a> (10/01/2024)</div></div></td>"
    "<td width='270' valign='top'><div class='most'><a href='/3cms/Phong-Nha-don-khach.htm'>Phong Nha đón "
    "khách trở lại sau mùa mưa lũ</a></div></td></tr>"
    "<tr><td colspan='2' class='footer'>Trang thông tin điện tử huyện Bố Trạch - Cơ quan chủ quản: Ủy ban "
    "nhân dân huyện Bố Trạch<br>Địa chỉ: Thị trấn Hoàn Lão, huyện Bố Trạch, tỉnh Quảng Bình - Điện thoại: "
    "0232.3862.123<br>Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh Quảng Bình, năm 2019</td></tr>"
    "</table></body></html>")


def test_a_short_article_under_its_headline_outweighs_a_longer_footer():
    result = extract_page(LAYOUT_TABLE_ARTICLE, url="http://botrach.quangbinh.gov.vn/3cms/Phong-Nha-don-khach.htm")
    assert result.text.startswith("Sau gần một tháng tạm dừng do mưa lũ")
    assert result.text.endswith("khách nội địa đi theo đoàn.")
    # The dateline in a cell of the layout table (which holds the whole
    # article) is the article's, not a row of a data table.
    assert result.published == "2024-11-26"


@pytest.mark.parametrize("stamp, published", [
    ("Ngày cập nhật: 26/11/2024", "2024-11-26"),                        # the only date, after the text
    ("Người gửi: Lâm Văn Sơn<br>Ngày gửi: 08h:05' 18-11-2024", "2024-11-18"),   # a byline with it
])
def test_a_date_printed_after_a_short_body_in_a_layout_table(stamp, published):
    html = LAYOUT_TABLE_ARTICLE.replace("<div style='color:#888'>[26/11/2024 10:12]</div>", "").replace(
        "<div class='art-other'>", f"<div class='art-date'>{stamp}</div><div class='art-other'>")
    assert extract_page(html, url="http://botrach.quangbinh.gov.vn/3cms/Phong-Nha-don-khach.htm").published == published


def test_a_table_layout_is_not_read_as_a_table_of_figures():
    """The article sits in a cell of the page's layout table, and its own
    table of figures inside: only that one is a table of rows and cells."""
    inner = ("<table width='100%'><tr><td><font face='Arial'>"
             "UBND huyện vừa công bố Chỉ số cải cách hành chính năm 2023 của 13 xã, thị trấn. "
             "Điểm bình quân đạt 79,86 điểm.<br><br>Kết quả các đơn vị đứng đầu và cuối bảng:"
             "<table border='1'><tr><th>Xếp hạng</th><th>Xã, thị trấn</th><th>Điểm</th></tr>"
             "<tr><td>1</td><td>Thị trấn Trà My</td><td>88,40</td></tr>"
             "<tr><td>13</td><td>Trà Giáp</td><td>70,08</td></tr></table><br><br>"
             "Ở cấp tỉnh, Chỉ số CCHC năm 2023 của huyện đạt 81,55 điểm, xếp thứ 11/18 huyện.<br><br>"
             "<div align='right'><i>Số lần xem: 907</i></div></font></td></tr></table>")
    text = extract_page(article(inner)).text
    assert text.splitlines()[:2] == [
        "UBND huyện vừa công bố Chỉ số cải cách hành chính năm 2023 của 13 xã, thị trấn. "
        "Điểm bình quân đạt 79,86 điểm.", "Kết quả các đơn vị đứng đầu và cuối bảng:"]
    assert "1\tThị trấn Trà My\t88,40" in text.splitlines()
    assert text.count("Trà Giáp") == 1
    # A count of the page's views at the end of the text, in words no table lists.
    assert text.endswith("xếp thứ 11/18 huyện.")


@pytest.mark.parametrize("ending, kept", [
    ("<p>Số lần xem: 907</p>", False),
    ("<p>Lượt đọc: 1.241</p>", False),
    ("<p>Số hồ sơ trễ hạn: 12</p>", True),       # a figure of the article, not of the page
    ("<table class='pagenav'><tr><th><a href='/tin?id=3'>&lt; Trước</a></th>"
     "<th><a href='/tin?id=5'>Tiếp &gt;</a></th></tr></table>", False),
    ("<div class='sharedaddy'><h3>Chia sẻ:</h3><a href='javascript:fb()'>Facebook</a></div>", False),
])
def test_what_a_page_prints_about_itself_after_the_text_goes(ending, kept):
    text = extract_page(article(BODY + ending)).text
    last = text.splitlines()[-1]
    assert (last == squash(ending)) is kept, text


def squash(html: str) -> str:
    return " ".join(parse_html(html).text_content().split())


def test_a_date_in_the_query_beside_the_id_is_the_date_of_a_page_that_prints_none():
    html = page("<h1>Sửa chữa đường ĐH2 bị sạt lở</h1>"
                "<div class='news-content'><p>Ban Quản lý dự án huyện đang khắc phục 5 điểm sạt lở trên tuyến "
                "ĐH2 đi xã Trà Kót, dự kiến thông tuyến trong tháng 10.</p></div>")
    assert extract_page(html, url="http://bactramy.quangnam.gov.vn/tintuc.php?ngay=20240926&id=793").published \
        == "2024-09-26"
    assert extract_page(html, url="http://bactramy.quangnam.gov.vn/tintuc.php?id=20240926").published is None


def test_joomla_buttons_beside_the_headline_are_tools():
    """"PDF | Bản in | Thư điện tử": the first two are this page in another
    form (its address with parameters added), the third leads away."""
    url = "http://vinhtuong.vinhphuc.gov.vn/index.php?option=com_content&task=view&id=1421&Itemid=54"
    inner = ("<table class='contentpaneopen'><tr><td class='contentheading'>Vĩnh Tường tiếp nhận hơn 4 nghìn "
             "hồ sơ trong quý II</td>"
             "<td class='buttonheading'><a href='/index.php?option=com_content&amp;task=view&amp;id=1421&amp;"
             "Itemid=54&amp;format=pdf'>PDF</a></td>"
             "<td class='buttonheading'><a href='/index.php?option=com_content&amp;task=view&amp;id=1421&amp;"
             "Itemid=54&amp;pop=1&amp;page=0'>Bản in</a></td>"
             "<td class='buttonheading'><a href='/index.php?option=com_mailto'>Thư điện tử</a></td></tr></table>"
             f"<table class='contentpaneopen'><tr><td class='createdate'>Thứ sáu, 04 Tháng Bảy 2025 08:00</td></tr>"
             f"<tr><td>{BODY}</td></tr></table>")
    result = extract_page(page(inner), url=url)
    assert result.text.startswith("Trong quý I năm 2024"), result.text
    assert "Thư điện tử" not in result.text and "PDF" not in result.text


def test_joomla_15_tools_byline_and_arrows_around_the_body_go():
    url = "http://baolam.caobang.gov.vn/index.php?option=com_content&task=view&id=318&Itemid=57"
    inner = ("<table class='contentpaneopen'><tr><td class='contentheading'>Bảo Lâm tiếp nhận 782 hồ sơ "
             "trong quý II</td><td class='buttonheading'><a href='/index2.php?option=com_content&amp;task=view"
             "&amp;id=318&amp;pop=1&amp;page=0&amp;Itemid=57'>Bản để in</a></td><td class='buttonheading'>"
             "<a href='/index2.php?option=com_content&amp;task=emailform&amp;id=318'>Gửi bài này cho bạn</a>"
             "</td></tr></table><table class='contentpaneopen'><tr><td><span class='small'>Viết bởi Nguyễn Thu"
             "</span></td></tr><tr><td class='createdate'>Thứ tư, 03 Tháng 7 2024 08:30</td></tr>"
             f"<tr><td>{BODY}</td></tr><tr><td class='modifydate'>Cập nhật lần cuối ( Thứ sáu, 05 Tháng 7 2024 "
             "14:10 )</td></tr></table><table class='pagenav'><tr><th><a href='/index.php?id=319'>&lt; Các bài mới "
             "hơn</a></th><th><a href='/index.php?id=317'>Các bài cũ hơn &gt;</a></th></tr></table>")
    result = extract_page(page(inner), url=url)
    assert result.text.startswith("Trong quý I năm 2024"), result.text
    assert result.text.endswith("nâng cao chất lượng phục vụ người dân và doanh nghiệp."), result.text
    assert result.published == "2024-07-03"


def test_a_counter_widget_run_into_the_next_block_is_read_whole_and_at_once():
    """A visit counter of eight "label number" pairs with no break before
    the next block's words: the widget's lines are counters, the whole run
    is not (once: trying every split between pairs took 15 s a line)."""
    from crawler.furniture import load_rules
    rules = load_rules()
    widget = ("Thống kê truy cập \n Tổng số lượt truy cập 1907733 Số người đang truy cập 38 Hôm nay 1214 Hôm qua 2630 "
              "Tuần này 9812 Tuần trước 17420 Tháng này 40218 Tháng trước 66051")
    assert rules.is_counter(widget)
    assert not rules.is_counter(widget + " \n Thông báo kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 8")
