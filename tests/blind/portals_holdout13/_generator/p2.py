"""p2: Liferay 6.1 Bkav portal_egov, huyện Châu Đức, Bà Rịa - Vũng Tàu.
Hard cases: visit-counter portlet in the left column before the content, social panel with
"Thứ Bẩy, ngày dd/MM/yyyy HH:ss" + Email/A-/A+, bold abstract (lead) outside .asset-content,
"Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM), urlTitle slugs that drop đ, a very short article
followed by the other-news list, a notice with only an attachment."""
from common import Portal, esc

P = Portal("chauduc_brvt", "Cổng thông tin điện tử huyện Châu Đức", "Châu Đức", "Bà Rịa - Vũng Tàu", "liferay61-bkav-egov")
AP = "/web/guest/tin-tuc-su-kien/-/asset_publisher/Kq7RzT/content/"
LIST = "/web/guest/tin-tuc-su-kien"
P.furniture = ["Thống Kê Truy Cập", "Đang truy cập", "Tổng lượt truy cập", "Tin mới hơn", "Tin cũ hơn",
               "Gửi email", "Cổng dịch vụ công", "Sơ đồ cổng", "Cơ quan chủ quản: Ủy ban nhân dân huyện Châu Đức"]
WD = {"2024-04-13": "Thứ Bẩy", "2024-04-08": "Thứ Hai", "2024-03-27": "Thứ Tư", "2024-04-02": "Thứ Ba", "2024-04-18": "Thứ Năm", "2024-04-19": "Thứ Sáu"}


def shell(title, body):
    return f"""<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>{esc(title)} - Cổng thông tin điện tử huyện Châu Đức</title></head>
<body class="portal-chau-duc-theme"><div id="wrapper"><header id="banner"><div class="logo">Huyện Châu Đức</div>
<nav class="navigation"><ul><li><a href="/web/guest/home">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li>
<li><a href="{LIST}">Tin tức - Sự kiện</a></li><li><a href="/web/guest/dich-vu-cong">Cổng dịch vụ công</a></li><li><a href="/web/guest/so-do">Sơ đồ cổng</a></li></ul></nav></header>
<div id="content"><div class="columns-1-3"><div class="column-left">
<section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><header class="portlet-topper"><h1 class="portlet-title">Thống Kê Truy Cập</h1></header>
<div class="visit-counter-data-container-style-2"><div class="visit-counter-col"><span>Đang truy cập</span> <span class="num">118</span></div>
<div class="visit-counter-col"><span>Tổng lượt truy cập</span> <span class="num">3.905.221</span></div></div></section></div>
<div class="column-main">{body}</div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Châu Đức</p><p>Địa chỉ: thị trấn Ngãi Giao, huyện Châu Đức, tỉnh Bà Rịa - Vũng Tàu</p></footer></div></body></html>"""


ARTS = [
 dict(slug="chau-uc-nang-cao-chi-so-hai-long-cua-nguoi-dan", title="Châu Đức nâng cao chỉ số hài lòng của người dân",
  date="2024-04-13", time="08:00",
  lead="Năm 2023, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện Châu Đức đạt 86,47%, xếp thứ 3/8 huyện, thị xã, thành phố.",
  blocks=["So với năm 2022, chỉ số này tăng 3,12 điểm phần trăm và tăng hai bậc xếp hạng.",
          "Chỉ số cải cách hành chính (PAR INDEX) của huyện năm 2023 đạt 84,06 điểm, xếp thứ 4 trong khối cấp huyện.",
          "Theo ông Nguyễn Văn Thảo, Phó Chủ tịch UBND huyện, năm 2024 huyện tập trung số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại 15 xã, thị trấn."],
  must=["đạt 86,47%, xếp thứ 3/8 huyện", "tăng 3,12 điểm phần trăm", "đạt 84,06 điểm, xếp thứ 4"]),
 dict(slug="bao-cao-tinh-hinh-tiep-nhan-ho-so-thang-3-2024", title="Tình hình tiếp nhận, giải quyết hồ sơ tháng 3/2024",
  date="2024-04-08", time="14:00",
  lead="Văn phòng HĐND và UBND huyện tổng hợp kết quả giải quyết thủ tục hành chính tháng 3/2024 trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
  blocks=["Tổng số hồ sơ tiếp nhận là 1.486 hồ sơ, trong đó 1.315 hồ sơ trực tuyến và 171 hồ sơ trực tiếp; kỳ trước chuyển qua 208 hồ sơ.",
          [["Cấp", "Tiếp nhận", "Đúng hạn", "Trễ hạn"], ["UBND huyện", "512", "498", "6"], ["UBND cấp xã", "974", "960", "0"]],
          "Tỷ lệ giải quyết đúng hạn toàn huyện đạt 99,58%; số hồ sơ đang giải quyết là 230 hồ sơ.",
          "Các xã Xà Bang, Bình Ba và Suối Nghệ không có hồ sơ trễ hẹn."],
  must=["kỳ trước chuyển qua 208 hồ sơ", "UBND cấp xã", "đúng hạn toàn huyện đạt 99,58%", "230 hồ sơ"]),
 dict(slug="xa-xuan-son-ra-mat-mo-hinh-an-ninh-trat-tu", title="Xã Xuân Sơn ra mắt mô hình tổ tự quản an ninh trật tự",
  date="2024-03-27", time="09:00",
  lead="Tối 26/3, UBND xã Xuân Sơn ra mắt mô hình tổ tự quản an ninh trật tự tại ấp Sơn Thành.",
  blocks=["Mô hình có 14 thành viên, phân công tuần tra vào các buổi tối trong tuần.", "Lực lượng công an xã sẽ hỗ trợ tập huấn kỹ năng xử lý tình huống cho các thành viên."],
  must=["ra mắt mô hình tổ tự quản", "14 thành viên", "tập huấn kỹ năng xử lý tình huống"]),
 dict(slug="hoi-thi-tim-hieu-luat-ai-ai", title="Hội thi tìm hiểu Luật Đất đai năm 2024",
  date="2024-04-02", time="16:00",
  lead="Phòng Tài nguyên và Môi trường huyện tổ chức hội thi tìm hiểu Luật Đất đai năm 2024 cho cán bộ địa chính cấp xã.",
  blocks=["Có 15 đội tham gia, mỗi đội ba thí sinh thi kiến thức và xử lý tình huống.", "Giải nhất thuộc về đội thị trấn Ngãi Giao."],
  must=["cán bộ địa chính cấp xã", "Có 15 đội tham gia", "Giải nhất thuộc về đội thị trấn Ngãi Giao"]),
 dict(slug="khoi-cong-uong-lien-xa-quang-thanh-nghia-thanh", title="Khởi công đường liên xã Quảng Thành - Nghĩa Thành",
  date="2024-04-18", time="10:00",
  lead=None,
  blocks=["Sáng 18/4, UBND huyện Châu Đức khởi công tuyến đường liên xã Quảng Thành - Nghĩa Thành dài 4,2 km."],
  must=["khởi công tuyến đường liên xã", "dài 4,2 km", "Sáng 18/4"]),
 dict(slug="trao-qua-cho-ho-ngheo-ap-kim-long", title="Trao quà cho hộ nghèo ấp Kim Long",
  date="2024-04-19", time="15:00",
  lead="Ủy ban MTTQ Việt Nam xã Kim Long trao 40 phần quà cho hộ nghèo, hộ cận nghèo trong ấp.",
  blocks=["Mỗi phần quà gồm gạo, dầu ăn và 300.000 đồng tiền mặt do các nhà hảo tâm đóng góp.", "Tuyết Mai"],
  must=["trao 40 phần quà cho hộ nghèo", "300.000 đồng tiền mặt", "các nhà hảo tâm đóng góp"]),
]
for a in ARTS:
    a["path"] = AP + a["slug"]


def ddmm(d):
    return d[8:10] + "/" + d[5:7]


def blocks_html(bl):
    o = []
    for b in bl:
        if isinstance(b, str):
            o.append("<p>%s</p>" % esc(b))
        else:
            o.append('<table border="1" cellpadding="3">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
    return "".join(o)


order = sorted(ARTS, key=lambda a: a["date"])
for a in ARTS:
    d = a["date"]
    newer = [o for o in order if o["date"] > d][:3]
    older = [o for o in order if o["date"] < d][-3:]
    rel = lambda L: "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (o["path"], esc(o["title"]), ddmm(o["date"])) for o in L)
    lead = '<div class="asset-abstract"><strong>%s</strong></div>' % esc(a["lead"]) if a["lead"] else ""
    body = f"""<section class="portlet" id="portlet_101_INSTANCE_Kq7RzT"><header class="portlet-topper"><h1 class="portlet-title">Tin tức - Sự kiện</h1></header>
<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a['title'])}</h3>
<div class="social-panel"><div class="left">{WD[d]}, ngày {d[8:10]}/{d[5:7]}/{d[:4]} {a['time']}</div>
<div class="right"><a href="mailto:?subject=Tin%20bai" class="sendMail">Gửi email</a> <a class="font-minus">A-</a> <a class="font-plus">A+</a></div></div>
{lead}<div class="asset-content">{blocks_html(a['blocks'])}</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>{rel(newer)}</ul></div><div class="older"><h4>Tin cũ hơn</h4><ul>{rel(older)}</ul></div></div></div></section>"""
    P.add(a["path"], shell(a["title"], body))
    P.article(a["path"], a["title"], d, a["blocks"], a["must"], lead=a["lead"])

NOTICE = AP + "thong-bao-tuyen-dung-vien-chuc-nam-2024"
P.add(NOTICE, shell("Thông báo tuyển dụng viên chức năm 2024", """<div class="asset_publisher_view_full_content"><h3 class="asset_title">Thông báo tuyển dụng viên chức năm 2024</h3>
<div class="asset-content"><p><a href="/documents/10181/0/TB-tuyen-dung-2024.pdf">TB-tuyen-dung-2024.pdf</a></p></div></div>"""))


def listing(items, page):
    li = "".join(f"""<div class="asset-abstract"><img src="/image/thumb{i}.jpg" width="180" height="100" alt="" /><span class="asset-category-name">Tin tức - Sự kiện</span>
<h3 class="asset-title"><a href="{a['path']}">{esc(a['title'])}</a></h3><span class="asset-publish-date">{a['date'][8:10]}-{a['date'][5:7]}-{a['date'][:4]}</span>
<div class="asset-sumary">{esc((a['lead'] or a['blocks'][0])[:90])}…</div></div>""" for i, a in enumerate(items))
    pg = f'<div class="taglib-page-iterator"><a href="{LIST}">1</a> <a href="{LIST}?p_p_id=101_INSTANCE_Kq7RzT&amp;_101_INSTANCE_Kq7RzT_cur=2">2</a></div>'
    return '<section class="portlet"><h1 class="portlet-title">Tin tức - Sự kiện</h1>%s%s</section>' % (li, pg)


L2 = LIST + "?p_p_id=101_INSTANCE_Kq7RzT&_101_INSTANCE_Kq7RzT_cur=2"
srt = sorted(ARTS, key=lambda a: a["date"], reverse=True)
P.add(LIST, shell("Tin tức - Sự kiện", listing(srt[:4], 1)))
P.add(L2, shell("Tin tức - Sự kiện", listing(srt[4:], 2) + '<p><a href="%s">Thông báo tuyển dụng viên chức năm 2024</a></p>' % NOTICE))
P.add("/web/guest/gioi-thieu", shell("Giới thiệu", """<section class="portlet"><h1 class="portlet-title">Liên hệ</h1><div class="journal-content-article">
<p>Văn phòng HĐND và UBND huyện Châu Đức</p><p>Điện thoại: 0254.3881.xxx - Thư điện tử: vp.chauduc@baria-vungtau.gov.vn</p></div></section>"""))
home = '<section class="portlet"><h1 class="portlet-title">Tin nổi bật</h1><ul>' + "".join('<li><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])) for a in srt[:2]) + "</ul><a href=\"%s\">Xem tất cả</a></section>" % LIST
P.add("/", shell("Trang chủ", home).replace('href="/web/guest/home"', 'href="/"'))
P.non_articles += ["/", LIST, L2, "/web/guest/gioi-thieu", NOTICE]
P.write()
