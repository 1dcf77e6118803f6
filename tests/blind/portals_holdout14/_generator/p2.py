"""p2 konray_bkav: Liferay 6.1 Bkav portal_egov asset publisher, huyện Kon Rẫy, Kon Tum.
Hard cases: visit-counter portlet (8 labels, raw ints, malformed span) in the side
column, "Thứ Bẩy, ngày dd/MM/yyyy HH:ss" date in the social panel with Email/A-/A+,
"Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM), a very short article, one article
served under two asset-publisher URLs (canonical names one), urlTitle without đ."""
import datetime
from common import Portal, esc, attr

P = Portal("konray_bkav", "Cổng thông tin điện tử huyện Kon Rẫy", "Kon Rẫy", "Kon Tum",
           "Liferay 6.1 Bkav portal_egov")
INST = "Kx7pQm"
LIST = "/web/guest/tin-tuc"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]

COUNTER = """<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><div class="portlet-title">Thống Kê Truy Cập</div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="lbl">Tổng số lượt truy cập</span><span class="counter-value">1804975</span></div>
<div><span class="lbl">Số người đang truy cập</span><span class="counter-value">37</span></div>
<div><span class="lbl">Hôm nay</span><span class="counter-value">1268</span></div>
<div>Hôm qua</span><span class="counter-value">2410</span></div>
<div><span class="lbl">Tuần này</span><span class="counter-value">9733</span></div>
<div><span class="lbl">Tuần trước</span><span class="counter-value">15082</span></div>
<div><span class="lbl">Tháng này</span><span class="counter-value">40217</span></div>
<div><span class="lbl">Tháng trước</span><span class="counter-value">61554</span></div>
</div></div></div>"""
MENU = [("/web/guest/trang-chu", "Trang chủ"), ("/web/guest/gioi-thieu", "Giới thiệu"), (LIST, "Tin tức - Sự kiện"),
        ("/web/guest/thong-bao", "Thông báo"), ("/web/guest/lien-he", "Liên hệ"), ("/web/guest/van-ban", "Văn bản chỉ đạo điều hành")]


def shell(title, inner, canon=None):
    menu = "".join('<li><a href="%s"><span>%s</span></a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canon) if canon else ""
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Huyện Kon Rẫy</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />{can}</head>
<body class="portal-egov-theme"><div id="wrapper"><header id="banner"><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KON RẪY</div></header>
<nav class="navigation"><ul>{menu}</ul></nav>
<div id="content"><div class="columns-2"><div id="column-1" class="aui-w70">{inner}</div>
<div id="column-2" class="aui-w30">{COUNTER}
<div class="portlet-boundary"><div class="portlet-title">Bình chọn</div><p>Bạn thấy giao diện cổng thông tin như thế nào?</p><ul><li><input type="radio" name="v"> Đẹp, dễ dùng</li><li><input type="radio" name="v"> Cần cải tiến</li></ul></div>
</div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Kon Rẫy</p><p>Địa chỉ: thị trấn Đăk Rve, huyện Kon Rẫy, tỉnh Kon Tum - Điện thoại: 0260.3823.xxx</p><p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Kon Rẫy" khi phát hành lại thông tin từ website này</p></footer>
</div></body></html>"""


ARTS = []  # (slug, title, date, summary, body, must)


def add(slug, title, date, summary, body, must):
    ARTS.append((slug, title, date, summary, body, must))


def url(slug, inst=INST, page="tin-tuc"):
    return "/web/guest/%s/-/asset_publisher/%s/content/%s" % (page, inst, slug)


add("kon-ray-tiep-nhan-3-412-ho-so-thu-tuc-hanh-chinh-trong-6-thang-au-nam", "Kon Rẫy tiếp nhận 3.412 hồ sơ thủ tục hành chính trong 6 tháng đầu năm",
    "2024-07-06", "Sáu tháng đầu năm 2024, Trung tâm Phục vụ hành chính công huyện và bộ phận một cửa 7 xã, thị trấn tiếp nhận tổng cộng 3.412 hồ sơ.",
    ["Trong đó cấp huyện tiếp nhận 1.087 hồ sơ, cấp xã 2.325 hồ sơ. Số hồ sơ kỳ trước chuyển qua là 96.",
     "Kết quả, đã giải quyết 3.301 hồ sơ: trước hạn 2.044, đúng hạn 1.236, trễ hạn 21; đang giải quyết 207 hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến đạt 52,6%, thanh toán trực tuyến đạt 38%.",
     "UBND huyện nhận định tỷ lệ trễ hạn đã giảm rõ, nhưng việc số hóa hồ sơ, kết quả giải quyết ở cấp xã còn chậm do thiếu máy quét và đường truyền không ổn định ở các thôn vùng sâu."],
    ["Số hồ sơ kỳ trước chuyển qua là 96", "trước hạn 2.044, đúng hạn 1.236, trễ hạn 21", "thanh toán trực tuyến đạt 38%"])
add("ket-qua-anh-gia-cai-cach-hanh-chinh-cac-xa-nam-2023", "Kết quả đánh giá cải cách hành chính các xã, thị trấn năm 2023",
    "2024-05-18", "UBND huyện Kon Rẫy ban hành quyết định công bố kết quả xác định Chỉ số cải cách hành chính năm 2023 của UBND các xã, thị trấn.",
    [[["STT", "Đơn vị", "Điểm đạt", "Xếp hạng"], ["1", "Thị trấn Đăk Rve", "88,40", "1"], ["2", "Xã Đăk Ruồng", "85,15", "2"], ["3", "Xã Tân Lập", "83,72", "3"], ["4", "Xã Đăk Pne", "74,06", "7"]],
     "Điểm trung bình của khối xã đạt 81,3 điểm, cao hơn năm 2022 là 1,8 điểm. Không có đơn vị nào dưới 70 điểm.",
     "Xã Đăk Pne xếp cuối do chậm ban hành kế hoạch kiểm soát thủ tục hành chính và có 5 hồ sơ trễ hạn chưa xin lỗi người dân."],
    ["88,40", "Điểm trung bình của khối xã đạt 81,3 điểm", "Không có đơn vị nào dưới 70 điểm"])
add("hop-mat-ky-niem-ngay-thanh-lap-huyen", "Họp mặt kỷ niệm ngày thành lập huyện",
    "2024-08-31", "Chiều 31/8, Huyện ủy, HĐND, UBND huyện Kon Rẫy tổ chức họp mặt các thế hệ cán bộ nhân kỷ niệm ngày thành lập huyện. Dự buổi họp mặt có hơn 150 đại biểu là cán bộ lão thành qua các thời kỳ.",
    [], ["họp mặt các thế hệ cán bộ", "Chiều 31/8", "hơn 150 đại biểu"])
add("phat-trien-vung-sam-ngoc-linh-tai-xa-ak-to-lung", "Phát triển vùng trồng sâm Ngọc Linh dưới tán rừng tại xã Đăk Tơ Lung",
    "2024-08-14", "Xã Đăk Tơ Lung hiện có 18 hộ trồng sâm dưới tán rừng tự nhiên với tổng diện tích gần 9 ha.",
    ["Các hộ được hỗ trợ giống, lưới che và tập huấn kỹ thuật từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số.",
     "Anh A Thuân ở thôn Kon Bỉ nói rằng sau bốn năm, 2.000 gốc sâm của gia đình phát triển tốt, tỷ lệ cây sống đạt trên 80%.",
     "Huyện đang hướng dẫn các hộ liên kết thành tổ hợp tác để thuận lợi cho việc truy xuất nguồn gốc."],
    ["trồng sâm dưới tán rừng tự nhiên", "2.000 gốc sâm", "tỷ lệ cây sống đạt trên 80%"])
add("trien-khai-thanh-toan-khong-dung-tien-mat-tai-bo-phan-mot-cua", "Triển khai thanh toán không dùng tiền mặt tại bộ phận một cửa",
    "2024-06-22", "Từ ngày 1/7, người dân đến làm thủ tục tại bộ phận một cửa các cấp ở Kon Rẫy có thể nộp phí, lệ phí bằng mã QR.",
    ["Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện đã lắp đặt bảng mã QR tại 8 điểm tiếp nhận và hướng dẫn công chức cách đối soát.",
     "Trong tuần đầu thử nghiệm có 64 giao dịch, chủ yếu là lệ phí chứng thực và cấp bản sao trích lục hộ tịch."],
    ["nộp phí, lệ phí bằng mã QR", "lắp đặt bảng mã QR tại 8 điểm tiếp nhận", "64 giao dịch"])
add("ngay-hoi-van-hoa-cac-dan-toc-huyen-kon-ray", "Ngày hội văn hóa các dân tộc huyện Kon Rẫy", "2024-06-01",
    "Ngày hội văn hóa các dân tộc huyện Kon Rẫy lần thứ IV khai mạc sáng 1/6 tại thị trấn Đăk Rve, với sự tham gia của 7 đội văn nghệ và 12 nghệ nhân cồng chiêng.",
    [], ["lần thứ IV khai mạc sáng 1/6", "thị trấn Đăk Rve", "12 nghệ nhân cồng chiêng"])

ARTS.sort(key=lambda a: a[2], reverse=True)
for i, (slug, title, date, summary, body, must) in enumerate(ARTS):
    y, m, d = map(int, date.split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    newer = ARTS[max(0, i - 3):i]
    older = ARTS[i + 1:i + 4]
    rel = lambda lst: "".join('<li><a href="%s">%s</a> <span class="rel-date">(%s/%s)</span></li>' % (attr(url(a[0])), esc(a[1]), a[2][8:10], a[2][5:7]) for a in lst)
    parts = "".join("<tr>%s</tr>" for _ in [])
    htmlbody = []
    for b in body:
        if isinstance(b, list):
            htmlbody.append('<table border="1" cellpadding="3">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            htmlbody.append("<p>%s</p>" % esc(b))
    inner = f"""<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-title">Tin tức - Sự kiện</div>
<div class="asset_publisher_view_full_content"><div class="asset_title">{esc(title)}</div>
<div class="social-panel"><span class="date">{wd}, ngày {d:02d}/{m:02d}/{y} 09:00</span><span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="#" class="font-minus">A-</a> <a href="#" class="font-plus">A+</a> <a href="#" class="read">Đọc bài</a></span></div>
<div class="asset-abstract"><strong>{esc(summary)}</strong></div>
<div class="asset-content">{''.join(htmlbody)}</div></div>
<div class="related_asset"><div class="rel-head">Tin mới hơn</div><ul>{rel(newer)}</ul><div class="rel-head">Tin cũ hơn</div><ul>{rel(older)}</ul></div></div>"""
    canon = url(slug)
    P.page(canon, shell(title, inner, canon=canon))
    P.article(canon, title, date, [summary] + body, must)
    if i == 1:  # also served through the home page's asset publisher
        P.page(url(slug, "Hm2Tz", "trang-chu"), shell(title, inner, canon=canon))


def listing(items, page):
    out = []
    for slug, title, date, summary, body, must in items:
        out.append(f"""<div class="asset-abstract"><img src="/image/journal/{slug[:12]}.jpg" width="180" height="100"><span class="asset-category-name">Tin tức - Sự kiện</span>
<h3 class="asset-title"><a href="{attr(url(slug))}">{esc(title)}</a></h3><span class="asset-publish-date">{date[8:10]}-{date[5:7]}-{date[:4]}</span><div class="asset-sumary">{esc(summary)}</div></div>""")
    p2 = f"{LIST}?p_p_id=101_INSTANCE_{INST}&amp;_101_INSTANCE_{INST}_cur=2"
    p1 = f"{LIST}?p_p_id=101_INSTANCE_{INST}&amp;_101_INSTANCE_{INST}_cur=1"
    pager = (f'<div class="search-paginator"><span class="current">1</span> <a href="{p2}">2</a> <a href="{p2}">Tiếp theo</a></div>' if page == 1
             else f'<div class="search-paginator"><a href="{p1}">Trang trước</a> <a href="{p1}">1</a> <span class="current">2</span></div>')
    return '<div class="portlet-title">Tin tức - Sự kiện</div>' + "".join(out) + pager


P.page(LIST, shell("Tin tức - Sự kiện", listing(ARTS[:3], 1)))
P.page(f"{LIST}?p_p_id=101_INSTANCE_{INST}&_101_INSTANCE_{INST}_cur=1", shell("Tin tức - Sự kiện", listing(ARTS[:3], 1)))
P.page(f"{LIST}?p_p_id=101_INSTANCE_{INST}&_101_INSTANCE_{INST}_cur=2", shell("Tin tức - Sự kiện", listing(ARTS[3:], 2)))
s1 = ARTS[1]
home = f"""<div class="portlet-title">Tin nổi bật</div><div class="hot"><a href="{attr(url(s1[0], 'Hm2Tz', 'trang-chu'))}">{esc(s1[1])}</a></div>""" + listing(ARTS[:2], 1).split('<div class="search-paginator">')[0]
P.page("/", shell("Trang chủ", home))
P.page("/web/guest/trang-chu", shell("Trang chủ", home))
P.page("/web/guest/lien-he", shell("Liên hệ", """<div class="portlet-title">Liên hệ</div><div class="journal-content-article">
<p>Văn phòng HĐND và UBND huyện Kon Rẫy</p><p>Địa chỉ: đường Hùng Vương, thị trấn Đăk Rve</p><p>Thư điện tử: vanphong-konray@kontum.gov.vn</p></div>"""))
P.page("/web/guest/thong-bao", shell("Thông báo", """<div class="portlet-title">Thông báo</div><div class="asset_publisher_view_full_content">
<div class="asset_title">Thông báo tuyển dụng viên chức sự nghiệp giáo dục huyện Kon Rẫy năm 2024</div>
<div class="asset-content"><a href="/documents/10180/0/TB-tuyen-dung-vien-chuc-2024.pdf">Tải tệp đính kèm</a></div></div>"""))
P.non_articles += ["/web/guest/lien-he", "/web/guest/thong-bao"]
P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước", "Tháng trước",
               "1804975", "Tin mới hơn", "Tin cũ hơn", "Đọc bài", "Bình chọn", "Cần cải tiến", "Tiếp theo",
               "Cơ quan chủ quản", "Ghi rõ nguồn", "Văn bản chỉ đạo điều hành", "Tin nổi bật"]
P.write()
