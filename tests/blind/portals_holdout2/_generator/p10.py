"""p10: commune site on a VNPT eGov portal (Liferay, dsnews portlet, /web/<site>/-/<urlTitle>
friendly URLs that drop "đ"), xã Ea Tul, huyện Cư M'gar, Đắk Lắk. Decimal numeric character
references in one body, a raw "Ngày xuất bản: yyyy-mm-dd HH:MM:SS" stamp, an article with no date."""
from common import Portal, e, href

P = Portal("h2_eatul_vnpt", "Trang thông tin điện tử xã Ea Tul", "Cư M'gar", "Đắk Lắk",
           "VNPT eGov portal on Liferay (dsnews_WAR_vnpteportalnewsportlet)")

SITE = "/web/eatul"
LIST = SITE + "/tin-tuc-su-kien"
LIST2 = LIST + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet_INSTANCE_qW8m&_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_qW8m_cur=2&_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_qW8m_delta=3"


def decimal_refs(s):
    return "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in s)


A, NOTICES = [], []


def shell(title, main, canon):
    hot = "".join('<li><a href="%s">%s</a> <span class="views">(%s lượt xem)</span></li>' % (href(a["url"]), e(a["title"]), a["views"]) for a in A[:3])
    return """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head>
<title>%(title)s - Xã Ea Tul</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"/>
<link rel="canonical" href="http://{{HOST}}%(canon_a)s"/>
<link href="/o/vnpt-eportal-theme/css/main.css" rel="stylesheet" type="text/css"/>
</head><body class="vnpt-eportal">
<div id="wrapper"><div class="header-top"><span class="header-date">Hôm nay: 04/12/2026</span><span class="header-hotline">Đường dây nóng: 0262.3834.555</span></div>
<div class="header-banner"><img src="/documents/38125/0/banner-eatul.jpg" alt="Xã Ea Tul"/><h2 class="banner-text">ỦY BAN NHÂN DÂN XÃ EA TUL</h2></div>
<nav><ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="%(site)s/gioi-thieu">Giới thiệu</a></li>
<li><a href="%(list)s">Tin tức - Sự kiện</a></li><li><a href="%(site)s/thong-bao">Thông báo</a></li><li><a href="%(site)s/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></nav>
<div class="row"><div class="col-md-9">
<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_qW8m_">
<div class="portlet-body">%(main)s</div></div></div>
<div class="col-md-3"><div class="box-right"><div class="box-title">ĐỌC NHIỀU</div><ul>%(hot)s</ul></div>
<div class="box-right"><div class="box-title">THỐNG KÊ TRUY CẬP</div><div class="stat"><p>Đang truy cập: 15</p><p>Lượt truy cập: 677.085</p></div></div></div></div>
<footer><p>Bản quyền thuộc Ủy ban nhân dân xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk</p>
<p>Thiết kế và phát triển bởi VNPT Đắk Lắk</p></footer></div></body></html>
""" % dict(title=e(title), main=main, canon_a=href(canon), site=SITE, list=href(LIST), hot=hot)


def detail(a):
    paras = a["paras"]
    enc = decimal_refs if a.get("decimal") else (lambda s: s)
    body = "".join(p if p.startswith("<") else "<p>%s</p>" % enc(e(p)) for p in paras[1:])
    stamp = '<div class="news-date"><span>Ngày xuất bản: %s</span> <span class="news-views">Lượt xem: %s</span></div>' % (
        a["stamp"], a["views"]) if a.get("stamp") else '<div class="news-date"><span class="news-views">Lượt xem: %s</span></div>' % a["views"]
    others = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (href(o["url"]), e(o["title"]), o.get("listdate", "")) for o in A if o is not a)
    main = """<div class="news-detail"><div class="portlet-title"><span>TIN TỨC - SỰ KIỆN</span></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="%(list)s">Tin tức - Sự kiện</a> / <span>%(title)s</span></div>
<h2 class="news-title">%(title)s</h2>
%(stamp)s
<div class="news-social"><a href="javascript:void(0)" class="fb-share">Chia sẻ Facebook</a> <a href="javascript:void(0)" class="zalo-share">Chia sẻ Zalo</a> <a href="javascript:window.print()">In trang</a></div>
<p class="sapo"><strong>%(lead)s</strong></p>
<div class="news-content">%(body)s</div>
<div class="news-other"><div class="other-title">TIN CÙNG CHUYÊN MỤC</div><ul>%(others)s</ul></div></div>""" % dict(
        list=href(LIST), title=e(a["title"]), stamp=stamp, lead=enc(e(paras[0])), body=body, others=others)
    return shell(a["title"], main, a["url"])


TABLE = """<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tbody>
<tr><td><p><b>Chỉ tiêu</b></p></td><td><p><b>Kết quả</b></p></td></tr>
<tr><td><p>Hồ sơ tiếp nhận trong kỳ</p></td><td><p>1.147</p></td></tr>
<tr><td><p>Hồ sơ giải quyết trước hạn</p></td><td><p>512</p></td></tr>
<tr><td><p>Hồ sơ giải quyết đúng hạn</p></td><td><p>621</p></td></tr>
<tr><td><p>Hồ sơ trễ hạn</p></td><td><p>0</p></td></tr>
<tr><td><p>Hồ sơ nộp trực tuyến</p></td><td><p>1.006</p></td></tr></tbody></table>"""

A += [
    dict(slug="ea-tul-ay-manh-dich-vu-cong-truc-tuyen-nam-2024", title="Ea Tul đẩy mạnh dịch vụ công trực tuyến năm 2024",
         published="2024-12-20", stamp="2024-12-20 10:20:33", views="88", listdate="20/12/2024",
         paras=[
             "Năm 2024, xã Ea Tul là một trong những đơn vị cấp xã có tỷ lệ hồ sơ trực tuyến cao của huyện Cư M'gar.",
             "Kết quả giải quyết thủ tục hành chính của xã trong năm như sau:",
             TABLE,
             "Tỷ lệ hồ sơ nộp trực tuyến đạt 87,7%; không có hồ sơ trễ hạn. Xã hiện còn 14 hồ sơ đang trong thời hạn giải quyết.",
             "Ban Văn hóa - Xã hội xã",
         ],
         must=["Hồ sơ giải quyết trước hạn", "Tỷ lệ hồ sơ nộp trực tuyến đạt 87,7%", "còn 14 hồ sơ đang trong thời hạn giải quyết"]),
    dict(slug="ket-qua-cai-cach-hanh-chinh-quy-iii-2024-xa-ea-tul", title="Kết quả cải cách hành chính quý III/2024 của xã Ea Tul",
         published="2024-10-02", stamp="2024-10-02 16:05:12", views="54", listdate="02/10/2024", decimal=True,
         paras=[
             "Quý III/2024, Bộ phận một cửa xã Ea Tul tiếp nhận 296 hồ sơ, trong đó 261 hồ sơ tiếp nhận qua Cổng dịch vụ công.",
             "Xã đã giải quyết 290 hồ sơ, gồm 131 hồ sơ trước hạn và 159 hồ sơ đúng hạn; còn 6 hồ sơ chưa đến hạn trả kết quả.",
             "Chỉ số cải cách hành chính năm 2023 của xã đạt 84,30 điểm, xếp thứ 5/17 xã, thị trấn của huyện.",
             "Trong quý IV, xã tiếp tục hỗ trợ người dân ký số và thanh toán phí, lệ phí trực tuyến.",
         ],
         must=["tiếp nhận 296 hồ sơ", "131 hồ sơ trước hạn và 159 hồ sơ đúng hạn", "đạt 84,30 điểm, xếp thứ 5/17 xã, thị trấn"]),
    dict(slug="nguoi-dan-ea-tul-thu-hoach-ca-phe-vu-moi", title="Người dân Ea Tul thu hoạch cà phê vụ mới",
         published="2024-11-08", stamp="2024-11-08 07:45:00", views="131", listdate="08/11/2024",
         paras=[
             "Đầu tháng 11, bà con các buôn trên địa bàn xã bắt đầu thu hoạch cà phê, nhiều hộ ưu tiên hái quả chín để nâng cao chất lượng hạt.",
             "Xã hiện có khoảng 2.600 ha cà phê, trong đó gần 400 ha đã được tái canh bằng giống mới cho năng suất cao.",
             "Công an xã tăng cường tuần tra, phòng chống trộm cắp cà phê tại các rẫy xa khu dân cư.",
             "H'Linh Niê",
         ],
         must=["ưu tiên hái quả chín", "khoảng 2.600 ha cà phê", "phòng chống trộm cắp cà phê"]),
    dict(slug="hoi-thi-van-nghe-cong-chieng-cac-buon", title="Hội thi văn nghệ, cồng chiêng các buôn",
         published=None, views="47", listdate="",
         paras=[
             "Nhân dịp kỷ niệm ngày thành lập xã, UBND xã Ea Tul tổ chức hội thi văn nghệ, cồng chiêng với sự tham gia của 9 đội đến từ các buôn.",
             "Các tiết mục tái hiện không khí lễ mừng lúa mới, lễ cúng bến nước của đồng bào Ê Đê.",
             "Kết thúc hội thi, đội buôn Ea Tul giành giải nhất phần thi cồng chiêng.",
             "Y Bhăp Byă",
         ],
         must=["sự tham gia của 9 đội đến từ các buôn", "lễ cúng bến nước của đồng bào Ê Đê", "giành giải nhất phần thi cồng chiêng"]),
    dict(slug="ra-quan-tong-ve-sinh-moi-truong-xa-ea-tul", title="Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
         published="2024-06-05", stamp="2024-06-05 09:30:41", views="39", listdate="05/06/2024",
         paras=[
             "Sáng 5/6, Đoàn Thanh niên xã phối hợp với Trường THCS Ea Tul tổ chức ra quân tổng vệ sinh tại khu vực chợ và các tuyến đường liên buôn.",
             "Hơn 200 đoàn viên, học sinh đã thu gom rác thải, phát quang bụi rậm và trồng 150 cây xanh tại khuôn viên trường học.",
             "Đoàn Thanh niên xã Ea Tul",
         ],
         must=["tuyến đường liên buôn", "trồng 150 cây xanh", "Hơn 200 đoàn viên, học sinh"]),
]
for a in A:
    a["url"] = "%s/-/%s" % (SITE, a["slug"])
NOTICES += [
    dict(slug="thong-bao-lich-tiep-cong-dan-thang-12-2024", title="Thông báo lịch tiếp công dân tháng 12/2024", f="/documents/38125/0/TB-TCD-12.pdf"),
    dict(slug="thong-bao-thu-tien-su-dung-dich-vu-thu-gom-rac", title="Thông báo thu tiền sử dụng dịch vụ thu gom rác năm 2025", f="/documents/38125/0/TB-rac-2025.pdf"),
]
for n in NOTICES:
    n["url"] = "%s/-/%s" % (SITE, n["slug"])


def items(lst):
    return "".join('<div class="news-item"><a href="%s" class="title">%s</a><span class="date">%s</span></div>' % (
        href(o["url"]), e(o["title"]), o.get("listdate", "")) for o in lst)


def main():
    for i, a in enumerate(A):
        P.add(a["url"], "j%d.html" % (i + 1), detail(a))
        P.article(a["url"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for i, n in enumerate(NOTICES):
        main_ = '<div class="news-detail"><div class="portlet-title"><span>THÔNG BÁO</span></div><h2 class="news-title">%s</h2><div class="news-content"><p>File đính kèm: <a href="%s">%s</a></p></div></div>' % (
            e(n["title"]), n["f"], n["f"].rsplit("/", 1)[1])
        P.add(n["url"], "n%d.html" % (i + 1), shell(n["title"], main_, n["url"]))
        P.non_article(n["url"])
    pg1 = '<div class="pagination"><span class="current">1</span> <a href="%s">2</a></div>' % href(LIST2)
    pg2 = '<div class="pagination"><a href="%s">1</a> <span class="current">2</span></div>' % href(LIST)
    P.add(LIST, "list1.html", shell("Tin tức - Sự kiện", '<div class="portlet-title"><span>TIN TỨC - SỰ KIỆN</span></div>%s%s' % (items(A[:3]), pg1), LIST))
    P.add(LIST2, "list2.html", shell("Tin tức - Sự kiện", '<div class="portlet-title"><span>TIN TỨC - SỰ KIỆN</span></div>%s%s' % (items(A[3:]), pg2), LIST2))
    P.add(SITE + "/thong-bao", "notices.html", shell("Thông báo", '<div class="portlet-title"><span>THÔNG BÁO</span></div>%s' % items(NOTICES), SITE + "/thong-bao"))
    P.add(SITE + "/gioi-thieu", "intro.html", shell("Giới thiệu", """<div class="portlet-title"><span>GIỚI THIỆU</span></div>
<div class="journal-content-article"><p>Xã Ea Tul nằm ở phía Đông Bắc huyện Cư M'gar, có 12 buôn và 5 thôn; đồng bào Ê Đê chiếm khoảng 70% dân số.</p>
<p>Địa chỉ UBND xã: buôn Kdiê, xã Ea Tul. Điện thoại: 0262.3834.555</p></div>""", SITE + "/gioi-thieu"))
    P.add("/", "home.html", shell("Trang chủ", '<div class="portlet-title"><span>TIN MỚI NHẤT</span></div>%s<div class="portlet-title"><span>THÔNG BÁO</span></div>%s<a href="%s">Xem thêm</a>' % (
        items(A[:2]), items(NOTICES[:1]), href(LIST)), "/"))
    P.non_article("/", LIST, LIST2, SITE + "/thong-bao", SITE + "/gioi-thieu")
    P.furniture = ["Hôm nay: 04/12/2026", "Đường dây nóng: 0262.3834.555", "ỦY BAN NHÂN DÂN XÃ EA TUL", "ĐỌC NHIỀU",
                   "lượt xem)", "THỐNG KÊ TRUY CẬP", "Đang truy cập: 15", "Lượt truy cập: 677.085", "Lượt xem:",
                   "Chia sẻ Facebook", "Chia sẻ Zalo", "In trang", "TIN CÙNG CHUYÊN MỤC", "TIN TỨC - SỰ KIỆN",
                   "Thiết kế và phát triển bởi VNPT Đắk Lắk", "Bản quyền thuộc Ủy ban nhân dân xã Ea Tul"]
    P.write()


if __name__ == "__main__":
    main()
