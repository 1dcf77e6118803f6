"""p2: district portal on the Liferay 6.1 Bkav "portal_egov" suite, huyện Ngọc Hồi, Kon Tum."""
import datetime
import zlib
from common import Portal, e, href

P = Portal("h2_ngochoi_liferay6", "Cổng thông tin điện tử huyện Ngọc Hồi", "Ngọc Hồi", "Kon Tum",
           "Liferay 6.1 Bkav portal_egov (asset publisher, visit-counter portlet)")

INST = "Xk7Rt2"
NEWS = "/web/guest/tin-tuc"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


def vn_date(iso, hhmm):
    d = datetime.date.fromisoformat(iso)
    return "%s, ngày %s %s" % (WD[d.weekday()], d.strftime("%d/%m/%Y"), hhmm)


COUNTER = """<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_" id="p_p_id_visitcounter_WAR_visitcounterportlet_">
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống Kê Truy Cập</span></h1></header>
<div class="portlet-content"><div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div class="row"><span class="label">Tổng số lượt truy cập</span><span class="counter-value">2716044</span></div>
<div class="row"><span class="label">Số người đang truy cập</span><span class="counter-value">37</span></div>
<div class="row"><span class="label">Hôm nay</span><span class="counter-value">1192</span></div>
<div class="row">Hôm qua</span><span class="counter-value">1460</span></div>
<div class="row"><span class="label">Tuần này</span><span class="counter-value">5318</span></div>
<div class="row"><span class="label">Tuần trước</span><span class="counter-value">9877</span></div>
<div class="row"><span class="label">Tháng này</span><span class="counter-value">5318</span></div>
<div class="row"><span class="label">Tháng trước</span><span class="counter-value">40215</span></div>
</div></div></div></section></div>"""


def shell(title, col1, canon, portlet_title=None):
    pt = ""
    if portlet_title:
        pt = '<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">%s</span></h1></header>' % e(portlet_title)
    return """<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head>
<title>%(title)s - Cổng thông tin điện tử huyện Ngọc Hồi</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<meta property="og:url" content="http://{{HOST}}%(canon)s"/>
<link href="/portal-ngochoi-theme/css/main.css?browserId=other&amp;minifierType=css" rel="stylesheet" type="text/css"/>
<script src="/html/js/barebone.jsp?browserId=other&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>
<div id="wrapper"><header id="banner" role="banner">
<div class="egov-banner"><img src="/portal-ngochoi-theme/images/banner.png" alt="Cổng thông tin điện tử huyện Ngọc Hồi"/></div>
<nav class="sort-pages modify-pages" id="navigation"><ul>
<li><a href="/web/guest/trang-chu"><span>Trang chủ</span></a></li>
<li><a href="/web/guest/gioi-thieu"><span>Giới thiệu</span></a></li>
<li><a href="/web/guest/tin-tuc"><span>Tin tức - Sự kiện</span></a></li>
<li><a href="/web/guest/van-ban"><span>Văn bản chỉ đạo điều hành</span></a></li>
<li><a href="/web/guest/thong-bao"><span>Thông báo</span></a></li>
<li><a href="/web/guest/hoi-dap"><span>Hỏi đáp</span></a></li></ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1"><div class="portlet-dropzone" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_%(inst)s_">
<section class="portlet" id="portlet_101_INSTANCE_%(inst)s">%(pt)s<div class="portlet-content"><div class="portlet-body">
%(col1)s
</div></div></section></div></div></div>
<div class="portlet-column portlet-column-last span3" id="column-2"><div class="portlet-dropzone" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_73_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h1></header>
<div class="portlet-content"><select><option>-- Chọn liên kết --</option><option>Cổng thông tin điện tử tỉnh Kon Tum</option></select></div></section></div>
%(counter)s
</div></div></div></div>
<footer id="footer" role="contentinfo"><div class="footer-info">
<p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGỌC HỒI</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ngọc Hồi, tỉnh Kon Tum</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Ngọc Hồi" khi trích dẫn thông tin từ website này</p>
</div></footer></div></body></html>
""" % dict(title=e(title), col1=col1, canon=canon, inst=INST, pt=pt, counter=COUNTER)


def art_url(slug):
    return "%s/-/asset_publisher/%s/content/%s" % (NEWS, INST, slug)


A = [
    dict(slug="ngoc-hoi-ket-qua-giai-quyet-thu-tuc-hanh-chinh-6-thang-au-nam-2024", file="b1.html",
         title="Ngọc Hồi: kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024",
         published="2024-07-08", time="08:07", cat="Cải cách hành chính",
         paras=[
             "Sáu tháng đầu năm 2024, công tác giải quyết thủ tục hành chính trên địa bàn huyện có chuyển biến rõ nét, tỷ lệ hồ sơ trực tuyến tăng mạnh so với cùng kỳ.",
             "Tại Bộ phận Một cửa huyện, tổng số hồ sơ tiếp nhận là 4.318 hồ sơ (tồn kỳ trước chuyển sang 206 hồ sơ, tiếp nhận trong kỳ 4.112 hồ sơ). Đã giải quyết 4.027 hồ sơ, trong đó trước hạn 1.385 hồ sơ, đúng hạn 2.619 hồ sơ, trễ hạn 23 hồ sơ; đang giải quyết 291 hồ sơ.",
             "Tại Bộ phận Một cửa của 8 xã, thị trấn, tổng số hồ sơ tiếp nhận là 9.540 hồ sơ, đã giải quyết đúng hạn 9.502 hồ sơ, đạt 99,6%.",
             "Toàn huyện có 6.874 hồ sơ được tiếp nhận và xử lý trực tuyến; 412 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
             "UBND huyện yêu cầu các cơ quan chuyên môn xác định rõ nguyên nhân hồ sơ trễ hạn, thực hiện xin lỗi công dân theo quy định và công khai trên Cổng thông tin điện tử huyện.",
             "Văn Tuấn",
         ],
         must=["tiếp nhận trong kỳ 4.112 hồ sơ", "trễ hạn 23 hồ sơ", "đã giải quyết đúng hạn 9.502 hồ sơ, đạt 99,6%",
               "412 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích"]),
    dict(slug="chi-so-cai-cach-hanh-chinh-nam-2023-cua-huyen-ngoc-hoi-tang-2-bac", file="b2.html",
         title="Chỉ số cải cách hành chính năm 2023 của huyện Ngọc Hồi tăng 2 bậc",
         published="2024-03-16", time="09:00", cat="Cải cách hành chính",
         paras=[
             "UBND tỉnh Kon Tum đã công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, thành phố. Huyện Ngọc Hồi đạt 85,27%, xếp thứ 4/10 đơn vị cấp huyện, tăng 2 bậc so với năm 2022.",
             "Kết quả điểm của từng lĩnh vực thành phần như sau:",
             "TABLE",
             "Lĩnh vực cải cách thủ tục hành chính và hiện đại hóa nền hành chính là hai lĩnh vực có kết quả tốt nhất. Lĩnh vực cải cách tài chính công còn bị trừ điểm do tiến độ giải ngân vốn đầu tư công chậm.",
             "Huyện đặt mục tiêu năm 2024 đạt trên 87% và nằm trong nhóm 3 đơn vị dẫn đầu khối huyện, thành phố.",
         ],
         must=["đạt 85,27%, xếp thứ 4/10 đơn vị cấp huyện", "Cải cách tài chính công", "tiến độ giải ngân vốn đầu tư công chậm",
               "nằm trong nhóm 3 đơn vị dẫn đầu"]),
    dict(slug="ngay-hoi-ai-oan-ket-toan-dan-toc-tai-thon-ak-khen", file="b3.html",
         title="Ngày hội Đại đoàn kết toàn dân tộc tại thôn Đăk Khen",
         published="2023-11-13", time="16:40", cat="Tin hoạt động",
         paras=[
             "Ngày 12/11, đồng chí Bí thư Huyện ủy đã về dự Ngày hội Đại đoàn kết toàn dân tộc cùng bà con thôn Đăk Khen, xã Đăk Nông.",
             "Năm qua, nhân dân trong thôn đóng góp hơn 600 ngày công, hiến 1.200 m2 đất để bê tông hóa tuyến đường nội thôn dài 1,3 km.",
             "Phát biểu tại ngày hội, đồng chí Bí thư Huyện ủy biểu dương tinh thần đoàn kết của bà con và đề nghị thôn tiếp tục giữ gìn nét đẹp văn hóa cồng chiêng.",
             "Dịp này, Ban tổ chức trao tặng 15 suất quà cho các hộ có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.",
             "Y Hương",
         ],
         must=["hiến 1.200 m2 đất để bê tông hóa", "nét đẹp văn hóa cồng chiêng", "trao tặng 15 suất quà"]),
    dict(slug="tap-huan-su-dung-chu-ky-so-cho-can-bo-cap-xa", file="b4.html",
         title="Tập huấn sử dụng chữ ký số cho cán bộ, công chức cấp xã",
         published="2024-05-25", time="10:00", cat="Cải cách hành chính",
         paras=[
             "Trong hai ngày 23 và 24/5, Phòng Văn hóa và Thông tin huyện phối hợp với Viettel Kon Tum tổ chức lớp tập huấn sử dụng chữ ký số chuyên dùng cho cán bộ, công chức cấp xã.",
             "Học viên được hướng dẫn ký số văn bản trên hệ thống quản lý văn bản và điều hành, ký số kết quả giải quyết thủ tục hành chính và cách xử lý lỗi chứng thư thường gặp.",
             "Mục tiêu đến cuối năm nay, toàn bộ văn bản đi của UBND các xã, thị trấn được ký số và gửi nhận hoàn toàn trên môi trường mạng.",
             "Phòng Văn hóa và Thông tin",
         ],
         must=["chữ ký số chuyên dùng", "xử lý lỗi chứng thư thường gặp", "gửi nhận hoàn toàn trên môi trường mạng"]),
    dict(slug="xa-bo-y-ra-mat-mo-hinh-tu-quan-an-ninh-trat-tu", file="b5.html",
         title="Xã Bờ Y ra mắt mô hình tự quản về an ninh trật tự khu vực cửa khẩu",
         published="2024-04-12", time="14:00", cat="Tin hoạt động",
         paras=[
             "Công an xã Bờ Y vừa tổ chức ra mắt mô hình tự quản về an ninh trật tự tại khu dân cư giáp Cửa khẩu quốc tế Bờ Y, với 24 thành viên là người có uy tín và chủ các cơ sở kinh doanh.",
             "Các thành viên sẽ tham gia tuần tra vào ban đêm, nắm tình hình người lạ đến lưu trú và kịp thời báo tin cho lực lượng chức năng.",
             "(Nguồn: Công an huyện Ngọc Hồi)",
         ],
         must=["24 thành viên là người có uy tín", "tuần tra vào ban đêm", "nắm tình hình người lạ đến lưu trú"]),
    dict(slug="huyen-ngoc-hoi-tiep-nhan-ho-so-thang-10-qua-dich-vu-cong", file="b6.html",
         title="Tháng 10/2024, Ngọc Hồi tiếp nhận hơn 1.500 hồ sơ qua dịch vụ công trực tuyến",
         published="2024-11-02", time="07:30", cat="Cải cách hành chính",
         paras=[
             "Theo số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, trong tháng 10/2024, các cơ quan, đơn vị trên địa bàn huyện tiếp nhận hơn 1.500 hồ sơ trực tuyến.",
             "Trong đó, cấp huyện tiếp nhận 318 hồ sơ trực tuyến, cấp xã tiếp nhận 1.204 hồ sơ. Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 81,2%, tăng 6,5% so với tháng trước.",
             "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 64%. Không có hồ sơ trễ hẹn trong tháng.",
             "Ban biên tập",
         ],
         must=["cấp huyện tiếp nhận 318 hồ sơ trực tuyến", "đạt 81,2%, tăng 6,5% so với tháng trước",
               "Không có hồ sơ trễ hẹn trong tháng."]),
]
TABLE = """<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>
<tr><td><strong>Lĩnh vực</strong></td><td><strong>Điểm tối đa</strong></td><td><strong>Điểm đạt</strong></td></tr>
<tr><td>Công tác chỉ đạo, điều hành</td><td>11</td><td>9,45</td></tr>
<tr><td>Cải cách thủ tục hành chính</td><td>15,5</td><td>14,80</td></tr>
<tr><td>Cải cách tổ chức bộ máy</td><td>8,5</td><td>7,25</td></tr>
<tr><td>Cải cách tài chính công</td><td>6,5</td><td>4,90</td></tr>
<tr><td>Xây dựng và phát triển Chính quyền điện tử</td><td>14</td><td>12,37</td></tr>
</tbody></table>"""

NOTICES = [
    dict(slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024", file="n1.html",
         title="Thông báo tuyển dụng viên chức giáo dục năm 2024", published="2024-06-20",
         att="/documents/10181/0/TB-tuyen-dung-2024.pdf"),
    dict(slug="thong-bao-lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen-quy-iii", file="n2.html",
         title="Thông báo lịch tiếp công dân của Chủ tịch UBND huyện quý III/2024", published="2024-07-01",
         att="/documents/10181/0/Lich-tiep-cong-dan-quy-III.pdf"),
]


def related(cur):
    items = sorted(A, key=lambda a: a["published"])
    idx = [a["slug"] for a in items].index(cur["slug"])
    newer, older = items[idx + 1:], items[:idx]
    li = lambda a: '<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (
        href(art_url(a["slug"])), e(a["title"]), a["published"][8:] + "/" + a["published"][5:7])
    return ('<div class="related_asset"><div class="related-title">Tin mới hơn</div><ul>%s</ul>'
            '<div class="related-title">Tin cũ hơn</div><ul>%s</ul></div>') % (
        "".join(li(a) for a in newer[:3]), "".join(li(a) for a in reversed(older[-3:])))


def article(a):
    inner = []
    for p in a["paras"][1:]:
        inner.append(TABLE if p == "TABLE" else "<p>%s</p>" % e(p))
    col = """<div class="asset_publisher_view_full_content">
<div class="asset-full-content">
<h3 class="asset_title">%(title)s</h3>
<div class="social-panel"><div class="left"><span class="publish-date">%(date)s</span></div>
<div class="right"><a href="javascript:sendMail();" title="Gửi email">Email</a> <a href="javascript:zoomOut();">A-</a> <a href="javascript:zoomIn();">A+</a> <a href="javascript:speak();" class="read-aloud">Đọc bài viết</a></div></div>
<div class="asset-abstract"><strong>%(lead)s</strong></div>
<div class="asset-content"><div class="journal-content-article">%(inner)s</div></div>
</div>
<div class="asset-ratings"></div>
%(rel)s
</div>""" % dict(title=e(a["title"]), date=vn_date(a["published"], a["time"]), lead=e(a["paras"][0]),
                 inner="".join(inner), rel=related(a))
    return shell(a["title"], col, art_url(a["slug"]), portlet_title=a["cat"])


def abstract(url, title, iso, summ, cat):
    return ('<div class="asset-abstract"><div class="asset-image"><img src="/image/journal/article?img_id=%d" width="180" height="100"/></div>'
            '<span class="asset-category-name">%s</span> <span class="asset-publish-date">%s</span>'
            '<h3 class="asset-title"><a href="%s">%s</a></h3><div class="asset-sumary">%s</div></div>') % (
        zlib.crc32(url.encode()) % 99991, e(cat), "%s-%s-%s" % (iso[8:], iso[5:7], iso[:4]), href(url), e(title), e(summ))


def main():
    for a in A:
        P.add(art_url(a["slug"]), a["file"], article(a))
        P.article(art_url(a["slug"]), a["title"], a["published"], [p for p in a["paras"] if p != "TABLE"], a["must"])
    for n in NOTICES:
        url = "/web/guest/thong-bao/-/asset_publisher/Qm3Lp9/content/" + n["slug"]
        col = """<div class="asset_publisher_view_full_content"><h3 class="asset_title">%s</h3>
<div class="social-panel"><div class="left"><span class="publish-date">%s</span></div></div>
<div class="asset-content"><p>Văn bản đính kèm: <a href="%s">Tải về</a></p></div></div>""" % (
            e(n["title"]), vn_date(n["published"], "15:00"), n["att"])
        P.add(url, n["file"], shell(n["title"], col, url, portlet_title="Thông báo"))
        P.non_article(url)
        n["url"] = url
    srt = sorted(A, key=lambda a: a["published"], reverse=True)
    page2 = "%s?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_101_INSTANCE_%s_cur=2&_101_INSTANCE_%s_delta=4" % (
        NEWS, INST, INST, INST)
    ab = lambda a: abstract(art_url(a["slug"]), a["title"], a["published"], a["paras"][0][:100] + "...", a["cat"])
    pag1 = '<div class="taglib-page-iterator"><ul class="pager"><li class="disabled"><span>Đầu</span></li><li><a href="%s">Tiếp</a></li></ul><span class="search-results">Hiển thị 1 - 4 của 6 kết quả.</span></div>' % href(page2)
    pag2 = '<div class="taglib-page-iterator"><ul class="pager"><li><a href="%s">Đầu</a></li><li class="disabled"><span>Tiếp</span></li></ul><span class="search-results">Hiển thị 5 - 6 của 6 kết quả.</span></div>' % href(NEWS)
    P.add(NEWS, "list1.html", shell("Tin tức - Sự kiện", "".join(ab(a) for a in srt[:4]) + pag1, NEWS, "Tin tức - Sự kiện"))
    P.add(page2, "list2.html", shell("Tin tức - Sự kiện", "".join(ab(a) for a in srt[4:]) + pag2, page2, "Tin tức - Sự kiện"))
    nl = "".join(abstract(n["url"], n["title"], n["published"], "", "Thông báo") for n in NOTICES)
    P.add("/web/guest/thong-bao", "notices.html", shell("Thông báo", nl, "/web/guest/thong-bao", "Thông báo"))
    docs = """<table class="taglib-search-iterator"><tr class="portlet-section-header"><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
<tr><td>125/KH-UBND</td><td>12/03/2024</td><td><a href="/documents/10181/0/KH-125.pdf">Kế hoạch cải cách hành chính năm 2024</a></td></tr>
<tr><td>88/QĐ-UBND</td><td>02/02/2024</td><td><a href="/documents/10181/0/QD-88.pdf">Quyết định ban hành Quy chế làm việc của UBND huyện</a></td></tr></table>"""
    P.add("/web/guest/van-ban", "docs.html", shell("Văn bản chỉ đạo điều hành", docs, "/web/guest/van-ban", "Văn bản chỉ đạo điều hành"))
    intro = """<div class="journal-content-article"><h2>Giới thiệu huyện Ngọc Hồi</h2>
<p>Huyện Ngọc Hồi nằm ở phía Tây Bắc tỉnh Kon Tum, có đường biên giới giáp Lào và Campuchia, gồm 7 xã và 1 thị trấn.</p>
<p>Địa chỉ liên hệ: UBND huyện Ngọc Hồi, thị trấn Plei Kần. Điện thoại: 0260.3834.112.</p></div>"""
    P.add("/web/guest/gioi-thieu", "intro.html", shell("Giới thiệu", intro, "/web/guest/gioi-thieu"))
    home = ('<div class="home-hot">%s</div><h2 class="portlet-title-text"><a href="%s">Tin tức - Sự kiện</a></h2>%s'
            '<h2><a href="/web/guest/thong-bao">Thông báo</a></h2>%s') % (
        ab(srt[0]), NEWS, "".join(ab(a) for a in srt[1:3]), abstract(NOTICES[0]["url"], NOTICES[0]["title"], NOTICES[0]["published"], "", "Thông báo"))
    P.add("/", "home.html", shell("Trang chủ", home, "/"))
    P.non_article("/", NEWS, page2, "/web/guest/thong-bao", "/web/guest/van-ban", "/web/guest/gioi-thieu")
    P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Hôm qua", "Tuần trước", "2716044", "Tin mới hơn", "Tin cũ hơn", "Đọc bài viết",
                   "Truy cập nội dung luôn", "Cơ quan chủ quản: Ủy ban nhân dân huyện Ngọc Hồi",
                   "Ghi rõ nguồn \"Cổng thông tin điện tử huyện Ngọc Hồi\""]
    P.write()


if __name__ == "__main__":
    main()
