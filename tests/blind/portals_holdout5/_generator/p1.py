"""p1 — huyện Cư M'gar (Đắk Lắk): SharePoint generic web parts, ministry-style chitiet.aspx?ItemID= URLs.
Hard cases: web-part title above the headline, breadcrumb repeating the title, digit-per-div footer counter
with hidden labels, an article served under two URLs (canonical names one), a table by commune."""
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "huyện Cư M'gar", "Đắk Lắk"
U = "/Pages/tintuc/chitiet.aspx?ItemID=%d"
L = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2024, "II", 2874, 312, 1905, 801, 23, 145, 1710, 96, "Y Khâm Niê")
arts.append(Article(U % 4102, t, "2024-07-05", ps, must, lead=lead))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Ea Pốk", "Thị trấn Quảng Phú", "Xã Ea Tar", "Xã Cư Suê", "Xã Ea M'Droh"], "H Liên Byă")
arts.append(Article(U % 4097, t, "2024-07-12", ps, must, table=rows, cell=cell, table_after=2))
t, ps, must = C.par_index(PLACE, PROV, 2023, "84,27", 5, 15, "86,4", 3, "Lê Văn Hòa")
arts.append(Article(U % 4090, t, "2024-06-20", ps, must))
for i, (k, n, who, d) in enumerate([("duong", 1250, "Nguyễn Văn Tường", "2024-06-14"), ("mau", 212, "Phạm Thị Hạnh", "2024-06-09"), ("bo", 46, "H Yâo Kbuôr", "2024-06-02")]):
    t, ps, must = C.news(k, PLACE, n, who)
    arts.append(Article(U % (4080 - i * 7), t, d, ps, must))
DUP = "/Pages/tin-noi-bat/chitiet.aspx?ItemID=4102"  # same article, second URL
notices = [("/Pages/tintuc/chitiet.aspx?ItemID=4088", "Thông báo lịch tiếp công dân định kỳ tháng 7 năm 2024", "/Documents/lich-tiep-cong-dan-t7.pdf")]
FURN = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Liên kết website", "Trang chủ", "Giới thiệu chung",
        "Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar", "Ghi rõ nguồn khi phát hành lại thông tin từ website này"]


def digits(prefix, n):
    s = str(n).rjust(7, "0")
    return "".join('<div id="%s%d" class="so">%s</div>' % (prefix, i + 1, c) for i, c in enumerate(s))


def page(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % esc(canonical) if canonical else ""
    return """<!DOCTYPE html><html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><title>%s - Cổng thông tin điện tử huyện Cư M'gar</title>%s</head>
<body><form name="aspnetForm" method="post" action="/Pages/Default.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="banner"><img src="/Style%%20Library/images/banner.jpg" alt="banner" /></div>
<ul class="topmenu"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu chung</a></li>
<li><a href="%s">Tin tức - Sự kiện</a></li><li><a href="/Pages/van-ban.aspx">Văn bản</a></li></ul>
<table class="ms-bodyareaframe" width="100%%"><tr><td class="leftcol" valign="top">
<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>Liên kết website</span></h2></div>
<div id="WebPartWPQ2"><select><option>Cổng TTĐT tỉnh Đắk Lắk</option></select></div></div></td>
<td valign="top">%s</td></tr></table>
<div class="footer"><div>Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar</div><div>Địa chỉ: 57 Hùng Vương, thị trấn Quảng Phú</div>
<div>Ghi rõ nguồn khi phát hành lại thông tin từ website này</div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span style="display:none"><span id="ctl00_g_5a1c_Label_TruyCap">2318046</span><span id="ctl00_g_5a1c_Label_Count">41</span></span>
<div class="ThongKeSoLuot"><div class="tk-title">Thống kê truy cập</div><div class="SoLuongOnline"><span>Đang online:</span>%s</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>%s</div></div></div></div></div></div></form></body></html>""" % (
        esc(title), can, L, main, digits("slol", 41), digits("sltc", 2318046))


def wp(title, inner, n=4):
    return '<div class="ms-webpart-chrome"><div class="ms-webpart-chrome-title"><h2><span>%s</span></h2></div><div id="WebPartWPQ%d" class="ms-WPBody">%s</div></div>' % (esc(title), n, inner)


def art_page(a, canonical):
    crumb = '<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="%s">Tin tức - Sự kiện</a> &gt; <span>%s</span></div>' % (L, esc(a.title))
    d = a.published.split("-")
    inner = crumb + '<div class="news-detail"><div class="title-news">%s</div><div class="date-news">Ngày %s/%s/%s</div>' % (esc(a.title), d[2], d[1], d[0])
    if a.lead:
        inner += '<div class="sapo"><b>%s</b></div>' % esc(a.lead)
    inner += '<div class="ms-rtestate-field">%s</div></div>' % body_html(a, table_cls="ms-rteTable-default")
    others = "".join('<li><a href="%s">%s</a></li>' % (esc(b.path), esc(b.title)) for b in arts if b is not a)
    inner += '<div class="tinkhac"><h3>Các tin khác</h3><ul>%s</ul></div>' % others
    return page(a.title, wp("Tin tức - Sự kiện", inner), canonical)


def listing(items, nxt):
    lis = "".join('<div class="item"><a href="%s">%s</a><span class="date">(%s)</span></div>' % (esc(p), esc(t), d) for p, t, d in items)
    return page("Tin tức - Sự kiện", wp("Tin tức - Sự kiện", lis + nxt))


allitems = [(a.path, a.title, "/".join(reversed(a.published.split("-")))) for a in arts] + [(p, t, "01/07/2024") for p, t, _ in notices]
pages = []
home = wp("Tin nổi bật", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t, _ in allitems[:3]) +
          '<p><a href="%s">%s</a></p>' % (esc(DUP), esc(arts[0].title)) + '<p><a href="%s">Xem tất cả</a></p>' % esc(L))
pages.append(("/", page("Trang chủ", home), 200, "text/html; charset=utf-8", "utf-8"))
pages.append((L, listing(allitems[:4], '<div class="pager"><span>1</span> <a href="%s">2</a></div>' % esc(L + "&page=2")), 200, "text/html; charset=utf-8", "utf-8"))
pages.append((L + "&page=2", listing(allitems[4:], '<div class="pager"><a href="%s">1</a> <span>2</span></div>' % esc(L)), 200, "text/html; charset=utf-8", "utf-8"))
for a in arts:
    pages.append((a.path, art_page(a, a.path), 200, "text/html; charset=utf-8", "utf-8"))
pages.append((DUP, art_page(arts[0], arts[0].path), 200, "text/html; charset=utf-8", "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, wp("Thông báo", '<div class="title-news">%s</div><p><a href="%s">Tải tệp đính kèm</a></p>' % (esc(t), f))), 200, "text/html; charset=utf-8", "utf-8"))
pages.append(("/Pages/gioi-thieu.aspx", page("Giới thiệu chung", wp("Giới thiệu chung", "<p>Huyện Cư M'gar nằm ở phía tây bắc tỉnh Đắk Lắk, gồm 15 xã và 2 thị trấn.</p><p>Điện thoại: 0262 3834 123</p>")), 200, "text/html; charset=utf-8", "utf-8"))
arts.append(Article(DUP, arts[0].title, arts[0].published, arts[0].paras, arts[0].must, lead=arts[0].lead))
write_portal("p1_cumgar_sharepoint", {"name": "Cổng thông tin điện tử huyện Cư M'gar", "district": "Cư M'gar", "province": PROV,
             "platform": "SharePoint generic web parts"}, pages, arts, [p for p, _, _ in notices] + ["/Pages/gioi-thieu.aspx", L, L + "&page=2", "/"], FURN)
