"""p9: district portal on Drupal 7 (Bartik-derived theme, path aliases, Views pager ?page=1 for
page 2, statistics "lượt đọc", print module, who's-online sentence, Word-pasted MsoNormal body),
huyện Tây Sơn, Bình Định."""
import datetime
from common import Portal, e, href

P = Portal("h2_tayson_drupal", "Cổng thông tin điện tử huyện Tây Sơn", "Tây Sơn", "Bình Định",
           "Drupal 7 (pathauto aliases, Views, statistics, print modules)")

WD = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]

A, NOTICES = [], []


def sub(iso, hm):
    d = datetime.date.fromisoformat(iso)
    return "%s, %s - %s" % (WD[d.weekday()], d.strftime("%d/%m/%Y"), hm)


def shell(title, main, canon, body_class="not-front"):
    pop = "".join('<li><a href="%s">%s</a></li>' % (href(a["url"]), e(a["title"])) for a in A[:3])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html lang="vi" dir="ltr" version="XHTML+RDFa 1.0">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="http://{{HOST}}%(canon)s" />
<link rel="shortlink" href="%(canon)s" />
<title>%(title)s | Cổng thông tin điện tử huyện Tây Sơn</title>
<style type="text/css" media="all">@import url("/sites/all/themes/tayson/css/style.css?s8k2pq");</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":""});</script>
</head>
<body class="html %(bc)s no-sidebars">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo-tayson.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-slogan">Tây Sơn - quê hương Hoàng đế Quang Trung</div></div></div></div>
<div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/">Trang chủ</a></li>
<li class="menu-301"><a href="/gioi-thieu">Giới thiệu</a></li><li class="menu-302"><a href="/tin-tuc">Tin tức</a></li>
<li class="menu-303"><a href="/thong-bao">Thông báo</a></li><li class="menu-304 last"><a href="/hoi-dap">Hỏi đáp</a></li></ul></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>%(main)s</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div id="block-statistics-popular" class="block block-statistics"><h2>Đọc nhiều trong ngày</h2><div class="content"><div class="item-list"><ul>%(pop)s</ul></div></div></div>
<div id="block-user-online" class="block block-user"><h2>Ai đang trực tuyến</h2><div class="content">Hiện có 0 thành viên và 12 khách đang trực tuyến.</div></div>
<div id="block-block-7" class="block block-block"><h2>Lượt truy cập</h2><div class="content"><p>Tổng cộng: 968.330</p></div></div>
</div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div id="block-block-2" class="block block-block"><div class="content">
<p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂY SƠN - Cơ quan chủ quản: UBND huyện Tây Sơn</p>
<p>Địa chỉ: 123 Quang Trung, thị trấn Phú Phong, huyện Tây Sơn, tỉnh Bình Định</p>
<p>Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND huyện</p></div></div></div></div></div>
</div></div></body></html>
""" % dict(title=e(title), main=main, canon=canon, bc=body_class, pop=pop)


def node(a):
    def para(p):
        if p.startswith("<"):
            return p
        if a.get("mso"):
            return '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:14.0pt;line-height:115%%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">%s</span></p>' % e(p)
        return "<p>%s</p>" % e(p)
    paras = a["paras"]
    lead = ('<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>%s</strong></div></div></div>' % e(paras[0])) if a.get("lead", True) else ""
    body = "".join(para(p) for p in (paras[1:] if a.get("lead", True) else paras))
    updated = '<div class="field field-name-field-ngay-cap-nhat"><div class="field-label">Ngày cập nhật:&nbsp;</div><div class="field-items"><div class="field-item even">%s</div></div></div>' % a["updated"] if a.get("updated") else ""
    rel = "".join('<li><a href="%s">%s</a> <span class="date-display-single">%s</span></li>' % (
        href(o["url"]), e(o["title"]), "%s/%s/%s" % (o["published"][8:], o["published"][5:7], o["published"][:4])) for o in A if o is not a)
    main = """<h1 class="title" id="page-title">%(title)s</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-%(nid)d" class="node node-article node-promoted view-mode-full clearfix" about="/node/%(nid)d" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="%(title_a)s" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="%(iso)sT%(hm)s:00+07:00" datatype="xsd:dateTime" rel="sioc:has_creator">Đăng bởi <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">btv_tayson</span> lúc %(sub)s</span></div>
<div class="content clearfix">%(lead)s
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">%(body)s</div></div></div>
%(updated)s
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tu-khoa/cai-cach-hanh-chinh">cải cách hành chính</a></div></div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>%(reads)s lượt đọc</span></li>
<li class="print_html"><a href="/print/%(nid)d" title="Hiển thị phiên bản thân thiện với máy in của trang này." class="print-page" rel="nofollow">Bản in thân thiện</a></li>
<li class="print_mail last"><a href="/printmail/%(nid)d" class="print-mail" rel="nofollow">Gửi trang cho bạn bè</a></li></ul></div>
</div></div></div>
<div id="block-views-related-block" class="block block-views"><h2>Bài viết cùng chuyên mục</h2><div class="content"><div class="view view-related"><div class="item-list"><ul>%(rel)s</ul></div></div></div></div>
</div>""" % dict(title=e(a["title"]), title_a=e(a["title"]).replace('"', "&quot;"), nid=a["nid"], iso=a["published"], hm=a["hm"],
                 sub=sub(a["published"], a["hm"]), lead=lead, body=body, updated=updated, reads=a["reads"], rel=rel)
    return shell(a["title"], main, a["url"], "not-front page-node page-node-%d node-type-article" % a["nid"])


TABLE = """<table border="1" cellpadding="1" cellspacing="1" style="width: 500px;"><thead><tr><th scope="col">Chỉ số thành phần</th><th scope="col">Năm 2022 (%)</th><th scope="col">Năm 2023 (%)</th></tr></thead>
<tbody><tr><td>Tiếp cận dịch vụ</td><td>83,4</td><td>86,9</td></tr>
<tr><td>Thủ tục hành chính</td><td>85,1</td><td>88,0</td></tr>
<tr><td>Công chức giải quyết công việc</td><td>86,7</td><td>89,2</td></tr>
<tr><td>Kết quả giải quyết công việc</td><td>84,5</td><td>87,3</td></tr>
<tr><td>Tiếp nhận, xử lý góp ý, phản ánh</td><td>79,8</td><td>81,6</td></tr></tbody></table>"""

A += [
    dict(nid=5120, slug="tay-son-giai-quyet-tthc-nam-2024", title="Tây Sơn: hơn 98% hồ sơ thủ tục hành chính năm 2024 giải quyết đúng hạn",
         published="2025-01-09", hm="15:20", reads="317",
         paras=[
             "Năm 2024, công tác giải quyết thủ tục hành chính tại huyện Tây Sơn đạt nhiều kết quả tích cực, tỷ lệ giải quyết đúng hạn đạt 98,4%.",
             "Trung tâm Hành chính công huyện đã tiếp nhận 12.673 hồ sơ, trong đó kỳ trước chuyển qua 245 hồ sơ. Đã giải quyết 12.390 hồ sơ, gồm 4.105 hồ sơ trước hạn, 8.087 hồ sơ đúng hạn và 198 hồ sơ quá hạn.",
             "Số hồ sơ tiếp nhận trực tuyến là gần 1 nghìn 800 hồ sơ ở cấp huyện; các xã, thị trấn tiếp nhận trực tuyến 6.942 hồ sơ.",
             "Để khắc phục tình trạng quá hạn, UBND huyện yêu cầu các phòng chuyên môn rà soát 08 hồ sơ tồn đọng kéo dài từ năm 2023 và có văn bản xin lỗi người dân.",
             "Văn Phụng",
         ],
         must=["đã tiếp nhận 12.673 hồ sơ", "198 hồ sơ quá hạn", "gần 1 nghìn 800 hồ sơ ở cấp huyện", "rà soát 08 hồ sơ tồn đọng"]),
    dict(nid=5094, slug="chi-so-hai-long-sipas-nam-2023", title="Mức độ hài lòng của người dân đối với UBND huyện năm 2023 đạt 86,6%",
         published="2024-04-17", hm="08:45", reads="142", updated="22/04/2024",
         paras=[
             "Kết quả khảo sát SIPAS năm 2023 do UBND tỉnh Bình Định công bố cho thấy mức độ hài lòng chung của người dân đối với UBND huyện Tây Sơn đạt 86,6%.",
             "Kết quả các chỉ số thành phần qua hai năm:",
             TABLE,
             "Chỉ số tiếp nhận, xử lý góp ý, phản ánh vẫn thấp nhất, cho thấy cần công khai rõ hơn kênh tiếp nhận phản ánh của người dân.",
             "Ban biên tập",
         ],
         must=["UBND huyện Tây Sơn đạt 86,6%", "Công chức giải quyết công việc", "công khai rõ hơn kênh tiếp nhận phản ánh"]),
    dict(nid=5101, slug="le-hoi-vo-thuat-co-truyen-tay-son", title="Liên hoan võ thuật cổ truyền Tây Sơn năm 2024",
         published="2024-05-21", hm="19:30", reads="508",
         paras=[
             "Tối 20/5, tại Khu di tích Bảo tàng Quang Trung, huyện tổ chức khai mạc Liên hoan võ thuật cổ truyền năm 2024 với sự tham gia của 14 võ đường.",
             "Các võ sinh trình diễn những bài quyền, bài binh khí truyền thống như Ngọc trản quyền, Hùng kê quyền và song kiếm.",
             "Liên hoan là dịp tôn vinh, bảo tồn di sản võ thuật của vùng đất võ, đồng thời thu hút du khách đến tham quan.",
             "Minh Nhật",
         ],
         must=["sự tham gia của 14 võ đường", "Ngọc trản quyền, Hùng kê quyền", "vùng đất võ"]),
    dict(nid=5088, slug="ra-soat-ho-ngheo-xa-tay-phu", title="Xã Tây Phú rà soát hộ nghèo, hộ cận nghèo cuối năm",
         published="2024-11-12", hm="10:05", reads="64", mso=True, lead=False,
         paras=[
             "UBND xã Tây Phú vừa hoàn thành việc rà soát hộ nghèo, hộ cận nghèo năm 2024 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025.",
             "Kết quả sơ bộ, xã còn 37 hộ nghèo, giảm 15 hộ so với đầu năm; hộ cận nghèo còn 52 hộ.",
             "Danh sách được niêm yết công khai tại nhà văn hóa các thôn trong thời gian 7 ngày để người dân theo dõi, góp ý.",
             "UBND xã Tây Phú",
         ],
         must=["chuẩn nghèo đa chiều giai đoạn 2022 - 2025", "xã còn 37 hộ nghèo, giảm 15 hộ so với đầu năm",
               "niêm yết công khai tại nhà văn hóa các thôn"]),
    dict(nid=5076, slug="tay-son-xuong-giong-lua-dong-xuan", title="Nông dân Tây Sơn xuống giống vụ Đông Xuân",
         published="2024-12-16", hm="07:40", reads="91",
         paras=[
             "Những ngày giữa tháng 12, nông dân các xã Tây Bình, Tây An, Bình Hòa tập trung xuống giống lúa vụ Đông Xuân theo lịch thời vụ của huyện.",
             "Vụ này, toàn huyện gieo sạ khoảng 7.200 ha lúa, trong đó 85% diện tích sử dụng giống xác nhận.",
             "Trạm Khuyến nông khuyến cáo bà con theo dõi chặt chẽ chuột và ốc bươu vàng trong giai đoạn mạ.",
         ],
         must=["gieo sạ khoảng 7.200 ha lúa", "85% diện tích sử dụng giống xác nhận", "chuột và ốc bươu vàng"]),
]
for a in A:
    a["url"] = "/tin-tuc/%s/%s/%s" % (a["published"][:4], a["published"][5:7], a["slug"])

NOTICES += [
    dict(nid=5125, url="/thong-bao/thong-bao-lich-tiep-cong-dan-thang-1-2025", title="Thông báo lịch tiếp công dân tháng 01/2025", f="/sites/default/files/tb-tiep-cong-dan-t1-2025.pdf"),
    dict(nid=5128, url="/thong-bao/thong-bao-dau-gia-quyen-su-dung-dat-tay-vinh", title="Thông báo đấu giá quyền sử dụng đất tại xã Tây Vinh", f="/sites/default/files/tb-dau-gia-tay-vinh.pdf"),
]


def teaser(o):
    return ('<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="%s">%s</a></span></div>'
            '<div class="views-field views-field-created"><span class="field-content">%s/%s/%s</span></div></div>') % (
        href(o["url"]), e(o["title"]), o["published"][8:], o["published"][5:7], o["published"][:4])


def main():
    for a in A:
        P.add(a["url"], "i%d.html" % a["nid"], node(a))
        P.article(a["url"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        main_ = """<h1 class="title" id="page-title">%s</h1><div id="node-%d" class="node node-thong-bao view-mode-full">
<div class="field field-name-field-file"><div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><a href="%s" type="application/pdf">%s</a></span></div></div></div></div>""" % (
            e(n["title"]), n["nid"], n["f"], n["f"].rsplit("/", 1)[1])
        P.add(n["url"], "n%d.html" % n["nid"], shell(n["title"], main_, n["url"]))
        P.non_article(n["url"])
    srt = sorted(A, key=lambda o: o["published"], reverse=True)
    pager1 = '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager"><li class="pager-current first">1</li><li class="pager-item"><a title="Đến trang 2" href="/tin-tuc?page=1">2</a></li><li class="pager-next"><a title="Đến trang sau" href="/tin-tuc?page=1">sau ›</a></li></ul></div>'
    pager2 = '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager"><li class="pager-previous first"><a title="Đến trang trước" href="/tin-tuc">‹ trước</a></li><li class="pager-item"><a href="/tin-tuc">1</a></li><li class="pager-current last">2</li></ul></div>'
    P.add("/tin-tuc", "list1.html", shell("Tin tức", '<h1 class="title" id="page-title">Tin tức</h1><div class="view view-tin-tuc">%s%s</div>' % ("".join(teaser(o) for o in srt[:3]), pager1), "/tin-tuc", "not-front page-tin-tuc"))
    P.add("/tin-tuc?page=1", "list2.html", shell("Tin tức", '<h1 class="title" id="page-title">Tin tức</h1><div class="view view-tin-tuc">%s%s</div>' % ("".join(teaser(o) for o in srt[3:]), pager2), "/tin-tuc?page=1", "not-front page-tin-tuc"))
    P.add("/thong-bao", "notices.html", shell("Thông báo", '<h1 class="title" id="page-title">Thông báo</h1>%s' % "".join(
        '<div class="views-row"><a href="%s">%s</a></div>' % (href(n["url"]), e(n["title"])) for n in NOTICES), "/thong-bao"))
    P.add("/gioi-thieu", "intro.html", shell("Giới thiệu", """<h1 class="title" id="page-title">Giới thiệu</h1><div class="node node-page"><div class="field field-name-body"><div class="field-items"><div class="field-item even">
<p>Huyện Tây Sơn nằm ở phía Tây tỉnh Bình Định, gồm 14 xã và 1 thị trấn, là quê hương của phong trào Tây Sơn.</p>
<p>Điện thoại: 0256.3880.215 - Thư điện tử: ubndtayson@binhdinh.gov.vn</p></div></div></div></div>""", "/gioi-thieu", "not-front page-node node-type-page"))
    P.add("/", "home.html", shell("Trang chủ", '<div class="view view-frontpage">%s</div><p><a href="/tin-tuc">Xem tất cả tin tức</a></p>' % "".join(teaser(o) for o in srt[:3]), "/", "front"))
    P.non_article("/", "/tin-tuc", "/tin-tuc?page=1", "/thong-bao", "/gioi-thieu")
    P.furniture = ["Chuyển đến nội dung chính", "Tây Sơn - quê hương Hoàng đế Quang Trung", "Đọc nhiều trong ngày",
                   "Ai đang trực tuyến", "khách đang trực tuyến", "Tổng cộng: 968.330", "lượt đọc", "Bản in thân thiện",
                   "Gửi trang cho bạn bè", "Bài viết cùng chuyên mục", "Từ khóa:", "Ngày cập nhật:", "Đăng bởi",
                   "Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND huyện"]
    P.write()


if __name__ == "__main__":
    main()
