"""p9: huyện Tây Giang (Quảng Nam) on Oracle WebCenter Portal:
/webcenter/portal/taygiang/pages_<section>/chi-tiet?dDocName=PORTALnnnnnn ; one document is
linked from two sections (two URLs, canonical declares one).
Hard cases: ADF markup with generated ids and no article class, headline in a span, the date
with weekday and time in a bar ABOVE the section heading, the visit counter in the header bar
next to the date, 'Ảnh: ...' caption lines inside the body, commune names with apostrophes in a
table, a listing paged with ?page=2."""
from common import Portal, Article, esc, HOST

P = Portal("p9_quangnam_taygiang", "Cổng thông tin điện tử huyện Tây Giang", "Tây Giang", "Quảng Nam", "Oracle WebCenter Portal")
BASE = "/webcenter/portal/taygiang"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
ALL = []


def art(sec, doc, title, date, time_, paras, must, **kw):
    a = Article("%s/pages_%s/chi-tiet?dDocName=PORTAL%d" % (BASE, sec, doc), title, date, paras, must, **kw)
    a.time, a.sec, a.doc = time_, sec, doc
    ALL.append(a)
    return a


A1 = art("cai-cach-hanh-chinh", 612874, "Tây Giang: Kết quả giải quyết hồ sơ thủ tục hành chính 6 tháng đầu năm 2024", "2024-07-10", "14:20",
    ["Sáu tháng đầu năm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện Tây Giang tiếp nhận 1.874 hồ sơ, trong đó 61 hồ sơ từ kỳ trước chuyển sang.",
     "Ảnh: Công chức Bộ phận Một cửa huyện hướng dẫn người dân kê khai hồ sơ",
     "Đã giải quyết 1.790 hồ sơ, trong đó trước hạn 705 hồ sơ, đúng hạn 1.071 hồ sơ, quá hạn 14 hồ sơ; đang giải quyết 84 hồ sơ. Hồ sơ tiếp nhận trực tuyến là 1.012 hồ sơ.",
     "Ở cấp xã, 10 xã tiếp nhận 3.265 hồ sơ, chủ yếu lĩnh vực hộ tịch, chứng thực; tỷ lệ giải quyết đúng hạn đạt 99,4%.",
     "Do địa bàn rộng, giao thông khó khăn, huyện duy trì hình thức tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm xã."],
    ["tiếp nhận 1.874 hồ sơ, trong đó 61 hồ sơ", "quá hạn 14 hồ sơ", "tỷ lệ giải quyết đúng hạn đạt 99,4%", "tiếp nhận hồ sơ lưu động"])

A2 = art("cai-cach-hanh-chinh", 613305, "Bộ phận Một cửa các xã tiếp nhận 571 hồ sơ trong tháng 9", "2024-10-04", "09:05",
    ["Trong tháng 9/2024, Bộ phận Một cửa của 10 xã trên địa bàn huyện Tây Giang tiếp nhận 571 hồ sơ, giải quyết đúng hạn 566 hồ sơ. Số liệu một số xã như sau:",
     "UBND huyện lưu ý các xã cập nhật kết quả lên hệ thống trong ngày, không để tình trạng giải quyết xong nhưng chưa kết thúc hồ sơ trên phần mềm."],
    ["giải quyết đúng hạn 566 hồ sơ", "chưa kết thúc hồ sơ trên phần mềm"],
    table=[["Xã", "Tiếp nhận", "Đúng hạn", "Trực tuyến"],
           ["A Tiêng", "98", "98", "61"],
           ["Bhalêê", "74", "73", "40"],
           ["Tr'hy", "41", "41", "19"],
           ["Lăng", "66", "64", "35"]],
    table_cell="Tr'hy")

A3 = art("cai-cach-hanh-chinh", 611920, "Năm 2023, Chỉ số cải cách hành chính của Tây Giang đạt 81,33 điểm", "2024-04-24", "16:40",
    ["UBND tỉnh Quảng Nam vừa công bố kết quả Chỉ số cải cách hành chính năm 2023. Huyện Tây Giang đạt 81,33 điểm, xếp thứ 7/18 huyện, thị xã, thành phố, tăng 4 bậc so với năm trước.",
     "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước của huyện đạt 84,02%.",
     "Lãnh đạo huyện đánh giá đây là kết quả nổi bật của một huyện miền núi biên giới, nhờ đầu tư trang thiết bị cho Bộ phận Một cửa và đào tạo công chức về chuyển đổi số."],
    ["xếp thứ 7/18 huyện, thị xã, thành phố, tăng 4 bậc", "đạt 84,02%", "huyện miền núi biên giới"])

A4 = art("tin-tuc", 613011, "Đồng bào Cơ Tu thôn Arui bảo vệ rừng pơmu", "2024-08-30", "07:30",
    ["Ở thôn Arui, xã Lăng, tổ bảo vệ rừng cộng đồng gồm 12 thành viên mỗi tháng hai lần tuần tra quanh khu rừng pơmu cổ thụ. Bà con quy ước không khai thác gỗ, không đốt lửa trong rừng.",
     "Ảnh: Thành viên tổ bảo vệ rừng thôn Arui tuần tra bên gốc pơmu cổ thụ",
     "Nhờ làm tốt công tác bảo vệ, cộng đồng thôn được nhận tiền dịch vụ môi trường rừng hằng năm, dùng để sửa đường, làm nhà gươl.",
     "Alăng Nhã"],
    ["tổ bảo vệ rừng cộng đồng gồm 12 thành viên", "dịch vụ môi trường rừng", "làm nhà gươl"])

A5 = art("tin-tuc", 613190, "Hơn 200 học sinh bán trú Trường THCS Bhalêê nhận áo ấm", "2024-09-20", "15:15",
    ["Ngày 19/9, Huyện đoàn Tây Giang phối hợp với các nhà hảo tâm trao 215 áo ấm và 60 bộ chăn màn cho học sinh bán trú Trường THCS Bhalêê trước mùa mưa rét."],
    ["215 áo ấm và 60 bộ chăn màn", "các nhà hảo tâm", "trước mùa mưa rét"])


def full(a):
    import datetime
    y, m, d = map(int, a.published.split("-"))
    return "%s, %02d/%02d/%d, %s" % (WD[datetime.date(y, m, d).weekday()], d, m, y, a.time)


SECS = {"cai-cach-hanh-chinh": "Cải cách hành chính", "tin-tuc": "Tin tức"}
NAV = [("%s/home" % BASE, "Trang chủ"), ("%s/pages_gioi-thieu" % BASE, "Giới thiệu"), ("%s/pages_tin-tuc" % BASE, "Tin tức"),
       ("%s/pages_cai-cach-hanh-chinh" % BASE, "Cải cách hành chính"), ("%s/pages_thong-bao" % BASE, "Thông báo")]


def layout(title, main, bar, canonical=None):
    canon = '<link rel="canonical" href="%s%s">' % (HOST, canonical.replace("&", "&amp;")) if canonical else ""
    nav = "".join('<a id="pt1:nav%d" class="xgl" href="%s">%s</a>' % (i, h, esc(t)) for i, (h, t) in enumerate(NAV))
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(title)}</title>{canon}</head>
<body><div id="pt1:pt_pgl1" class="af_panelGroupLayout">
<div id="pt1:topbar" class="xfe"><span id="pt1:ot1">{bar}</span> <span id="pt1:ot2">Đang online: 17 | Đã truy cập: 902.114</span></div>
<div id="pt1:banner"><img src="{BASE}/images/banner-taygiang.png" alt="Huyện Tây Giang"></div>
<div id="pt1:nav" class="af_navigationPane">{nav}</div>
<div id="pt1:r1:0:pgl2" class="af_panelGroupLayout">{main}</div>
<div id="pt1:footer" class="xfe"><span>ỦY BAN NHÂN DÂN HUYỆN TÂY GIANG</span><br><span>Địa chỉ: Thôn Agrồng, xã A Tiêng, huyện Tây Giang, tỉnh Quảng Nam</span><br>
<span>Trưởng ban biên tập: Chánh Văn phòng HĐND và UBND huyện</span></div></div></body></html>"""


def article_page(a, sec):
    body = []
    for i, p in enumerate(a.paras):
        if p.startswith("Ảnh: "):
            body.append('<p style="text-align:center"><img src="/webcenter/content/conn/UCM/uuid/dDocName%%3APORTAL%d_IMG" alt=""></p><p style="text-align:center"><em>%s</em></p>' % (a.doc, esc(p)))
        else:
            body.append('<p style="text-align:justify">%s</p>' % esc(p))
        if i == 0 and a.table:
            body.append("<table border=\"1\">" + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</table>")
    others = "".join('<li><a href="%s">%s</a></li>' % (x.path, esc(x.title)) for x in ALL if x is not a and x.sec == a.sec)
    main = f"""<div id="pt1:r1:0:sh1" class="x1e"><h2 class="x1f">{esc(SECS[sec])}</h2></div>
<div id="pt1:r1:0:pgl5"><span id="pt1:r1:0:ot3" class="x2a" style="font-size:20px;font-weight:bold">{esc(a.title)}</span>
<div id="pt1:r1:0:ot4">{''.join(body)}</div></div>
<div id="pt1:r1:0:pgl9"><span class="x2b">Các bài viết khác</span><ul>{others}</ul></div>"""
    return layout(a.title, main, full(a), canonical=a.path)


for i, a in enumerate(ALL):
    P.page(a.path, article_page(a, a.sec), kind="article", article=a, name="chi-tiet-%d" % a.doc)
ALIAS = "%s/pages_tin-tuc/chi-tiet?dDocName=PORTAL%d" % (BASE, A3.doc)
P.page(ALIAS, article_page(A3, "tin-tuc"), name="chi-tiet-alias")

NOTICES = [("%s/pages_thong-bao/chi-tiet?dDocName=PORTAL613402" % BASE, "Thông báo tạm ngừng tiếp nhận hồ sơ đất đai từ ngày 28/10 đến 01/11/2024", "/webcenter/content/conn/UCM/uuid/dDocName%3APORTAL613402_FILE")]
for p, t, f in NOTICES:
    P.page(p, layout(t, '<div class="x1e"><h2 class="x1f">Thông báo</h2></div><span class="x2a" style="font-size:20px;font-weight:bold">%s</span><div><a href="%s">Văn bản đính kèm</a></div>' % (esc(t), f),
                     "Thứ Sáu, 25/10/2024", canonical=p), kind="non_article", name="thong-bao")


def lst(xs):
    return "".join('<div class="x3c"><a href="%s">%s</a><div>%s</div></div>' % (x.path, esc(x.title), esc(x.paras[0][:120] + "...")) for x in xs)


TODAY = "Thứ Sáu, 04/12/2026"
cc = [x for x in ALL if x.sec == "cai-cach-hanh-chinh"]
tt = [x for x in ALL if x.sec == "tin-tuc"]
P.page(NAV[3][0], layout("Cải cách hành chính", '<h2 class="x1f">Cải cách hành chính</h2>' + lst(cc[:2]) + '<div><a href="%s?page=2">Trang sau</a></div>' % NAV[3][0], TODAY),
       kind="non_article", name="cchc-1")
P.page(NAV[3][0] + "?page=2", layout("Cải cách hành chính", '<h2 class="x1f">Cải cách hành chính</h2>' + lst(cc[2:]) + '<div><a href="%s">Trang trước</a></div>' % NAV[3][0], TODAY),
       kind="non_article", name="cchc-2")
tt_items = lst(tt) + '<div class="x3c"><a href="%s">%s</a></div>' % (ALIAS, esc(A3.title))
P.page(NAV[2][0], layout("Tin tức", '<h2 class="x1f">Tin tức</h2>' + tt_items, TODAY), kind="non_article", name="tin-tuc")
P.page(NAV[4][0], layout("Thông báo", '<h2 class="x1f">Thông báo</h2>' + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES), TODAY), kind="non_article", name="tb")
P.page(NAV[1][0], layout("Giới thiệu", '<h2 class="x1f">Giới thiệu</h2><p>Tây Giang là huyện miền núi biên giới, giáp nước CHDCND Lào, gồm 10 xã.</p>', TODAY), kind="non_article", name="gioi-thieu")
home = lst([A1, A4, A2]) + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)
P.page("/", layout("Trang chủ", home, TODAY), kind="non_article")
P.page(NAV[0][0], layout("Trang chủ", home, TODAY), kind="non_article", name="home2")

P.furniture(["Đang online: 17", "Đã truy cập: 902.114", "Các bài viết khác", "Trưởng ban biên tập: Chánh Văn phòng HĐND và UBND huyện",
             "ỦY BAN NHÂN DÂN HUYỆN TÂY GIANG", "Thứ Sáu, 04/12/2026", "Trang sau"])
P.finish()
