"""p1 — SharePoint generic web parts, ministry-style URLs; huyện Cư M'gar, Đắk Lắk.
Hard cases: web-part title above the headline, date only in a "Cập nhật" stamp after the text,
digit-per-element counter in the footer (hidden raw span too), article under two URLs
(canonical names one), dead print link (404).
"""
from common import *

P = Portal("p1_cumgar_sharepoint", "Cổng thông tin điện tử huyện Cư M'gar", "Cư M'gar", "Đắk Lắk",
           "SharePoint (generic web parts)")
arts = articles_for("huyện Cư M'gar", "huyện", ["Xã Ea Kpam", "Xã Cư Suê", "Thị trấn Quảng Phú", "Xã Ea Tar"],
                    2024, 1, ("Y Khu Niê", "H Lan Mlô", "Nguyễn Văn Thạch"))
MENU = ["Trang chủ", "Giới thiệu chung", "Tin hoạt động", "Văn bản điều hành", "Lịch công tác"]
P.furniture = ["Giới thiệu chung", "Văn bản điều hành", "Thống kê truy cập", "Đang online:", "Lượt truy cập:",
               "Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar", "Tin hoạt động khác"]
HOME, LIST, INTRO = "/Pages/Default.aspx", "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "/Pages/gioithieu.aspx"
LIST2 = LIST + "&page=2"
ids = [4811, 4807, 4802, 4795, 4790, 4786]
url = lambda i: "/Pages/tintuc/chitiet.aspx?ItemID=%d" % ids[i]


def digits(prefix, n):
    return "".join('<div id="%s%d" class="so">%s</div>' % (prefix, k + 1, c) for k, c in enumerate(str(n).zfill(7)))


def wrap(title, main, canon=None):
    menu = "".join("<li>%s</li>" % a(h, t) for h, t in zip(["/", LIST, LIST, "/Pages/vanban.aspx", "/Pages/lich.aspx"], MENU))
    menu = menu.replace(a(LIST, "Giới thiệu chung"), a(INTRO, "Giới thiệu chung"))
    c = '<link rel="canonical" href="http://{{HOST}}%s">' % esc(canon) if canon else ""
    return """<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta charset="utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint"><title>%s</title>%s</head>
<body><form method="post" action="%s" id="aspnetForm">
<div id="s4-workspace"><div class="banner"><img src="/PublishingImages/banner.jpg" alt="banner"></div>
<ul class="topnav">%s</ul>
<div class="ms-webpart-zone"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
<div id="WebPartWPQ3" class="ms-WPBody">%s</div></div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ7" class="footer-wp">
<p>Bản quyền thuộc Ủy ban nhân dân huyện Cư M'gar</p><p>Địa chỉ: 31 Hùng Vương, thị trấn Quảng Phú</p>
<span id="ctl00_g_5f1e_Label_TruyCap" style="display:none">1804975</span>
<span id="ctl00_g_5f1e_Label_Count" style="display:none">212</span>
<div class="ThongKeSoLuot"><h4>Thống kê truy cập</h4>
<div class="SoLuongOnline"><span>Đang online:</span>%s</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>%s</div></div></div></div>
</div></form></body></html>""" % (esc(title), c, esc(canon or "/"), menu, main, digits("slol", 212), digits("sltc", 1804975))


def article(i, art):
    other = "".join("<li>%s</li>" % a(url(j), esc(arts[j]["title"])) for j in range(len(arts)) if j != i)[:]
    lead = '<div class="sapo"><b>%s</b></div>' % esc(art["lead"]) if art["lead"] else ""
    h, mi, = 8 + i, 10 + 7 * i
    main = """<h3 class="ms-webpart-titleText"><span>Tin hoạt động</span></h3>
<div id="ctl00_g_8a2c_pnlDetail"><div class="tieude-chitiet">%s</div>%s
<div class="ms-rtestate-field">%s</div>
<div class="capnhat">Cập nhật: %s %02d:%02d</div>
<div class="print">%s</div>
<div class="other"><h4>Tin hoạt động khác</h4><ul>%s</ul></div></div>""" % (
        esc(art["title"]), lead, body_html(art, table_attrs=' class="ms-rteTable-default"'),
        dmy(art["published"]), h, mi, a("/Pages/tintuc/inbai.aspx?ItemID=%d" % ids[i], "In trang"), other)
    return wrap(art["title"], main, canon=url(i))


def listing(items, nxt=None, prev=None):
    lis = "".join('<div class="item">%s<p>%s</p></div>' % (a(url(i), esc(arts[i]["title"])),
                  esc((arts[i]["lead"] or arts[i]["paras"][0])[:90]) + "…") for i in items)
    pager = (a(LIST2, "Trang sau") if nxt else "") + (a(LIST, "Trang trước") if prev else "")
    return wrap("Tin hoạt động", '<h3 class="ms-webpart-titleText">Tin hoạt động</h3>%s<div class="pager">%s</div>' % (lis, pager))


notices = [("/Pages/tintuc/chitiet.aspx?ItemID=4799", "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024",
            "/Documents/TB_tuyendung_2024.pdf")]
home_main = '<div class="welcome">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Cư M\'gar</div><ul>%s%s</ul>%s' % (
    "".join("<li>%s</li>" % a(url(i), esc(arts[i]["title"])) for i in range(3)),
    "".join("<li>%s</li>" % a(p, esc(t)) for p, t, f in notices), a(LIST, "Xem tất cả"))
P.add("/", wrap("Trang chủ", home_main))
P.add(LIST, listing([0, 1, 2], nxt=True), kind="non")
P.add(LIST2, listing([3, 4, 5], prev=True), kind="non")
P.add(INTRO, wrap("Giới thiệu chung", '<h3>Giới thiệu chung</h3><p>Huyện Cư M\'gar nằm ở phía bắc tỉnh Đắk Lắk, '
      'có 17 đơn vị hành chính cấp xã.</p><p>Điện thoại: 0262 3834 111</p>'), kind="non")
for p, t, f in notices:
    P.add(p, wrap(t, '<div class="tieude-chitiet">%s</div><p>%s</p>' % (esc(t), a(f, "Tải tệp đính kèm"))), kind="non")
for i, art in enumerate(arts):
    P.add(url(i), article(i, art), kind="article", art=art)
# the same article under a second URL (category parameter added); canonical names the first
P.add(url(0) + "&ChuyenMucID=32", article(0, arts[0]))
P.pages["/"]["_bytes"] = P.pages["/"]["_bytes"].replace(
    b"</ul>", ("<li>%s</li></ul>" % a(url(0) + "&ChuyenMucID=32", "Tin nổi bật")).encode(), 1)
P.write()
