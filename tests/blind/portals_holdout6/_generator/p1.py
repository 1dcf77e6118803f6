"""p1 Cư Kuin (Đắk Lắk): SharePoint generic web parts, ministry-style chitiet.aspx?ItemID= /
chuyenmuc.aspx?ChuyenMucID=&page=. Hard cases: headline in a span under a web-part title,
breadcrumb repeating the headline, lead in a separate web part outside the body, digit-per-div
counter in the footer, print view linked from each article (404)."""
from common import *

PID = "p1_cukuin"
UNITS = ["xã Ea Tiêu", "xã Ea Ktur", "xã Dray Bhăng", "xã Hòa Hiệp", "xã Ea Bhốk", "xã Cư Ê Wi"]
arts = make_articles(601, "huyện Cư Kuin", UNITS, 2025, [4107, 4123, 4139, 4151, 4166, 4180])
arts.sort(key=lambda a: a["date"], reverse=True)
A = lambda a: f"/Pages/tintuc/chitiet.aspx?ItemID={a['id']}"
L1 = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
L2 = L1 + "&page=2"
NOTICES = [(88, "Thông báo lịch tiếp công dân định kỳ tháng 7/2025 của Chủ tịch UBND huyện", "LichTiepCongDan_T7.pdf"),
           (91, "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2025", "TB_TuyenDung_2025.pdf")]
N = lambda n: f"/Pages/thongbao/chitiet.aspx?ItemID={n[0]}"
COUNT = "2318406"
FUR = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin",
       "Trang chủ", "Tin tức - Sự kiện", "In trang", "Văn bản chỉ đạo điều hành", "Liên kết website", COUNT]


def shell(title, inner, canon=None):
    digits = "".join(f'<div id="sltc{i+1}" class="digit">{c}</div>' for i, c in enumerate(COUNT))
    on = "".join(f'<div id="slol{i+1}" class="digit">{c}</div>' for i, c in enumerate("0000047"))
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}"/>' if canon else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/><title>{esc(title)} - Cổng thông tin điện tử huyện Cư Kuin</title>{can}
<link rel="stylesheet" href="/_layouts/15/1066/styles/corev15.css"/></head>
<body><form method="post" action="/Pages/default.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="ck-banner"><img src="/Style%20Library/cukuin/banner.jpg" alt="banner"/></div>
<ul class="ck-topmenu"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioithieu.aspx">Giới thiệu</a></li>
<li><a href="{esc(L1)}">Tin tức - Sự kiện</a></li><li><a href="/Pages/vanban.aspx">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/Pages/lienhe.aspx">Liên hệ</a></li></ul>
<div class="ck-main"><div class="ck-left">{inner}</div>
<div class="ck-right"><div class="ms-webpart-chrome"><div id="WebPartWPQ7"><h3 class="ms-webpart-titleText">Liên kết website</h3>
<select><option>Cổng TTĐT tỉnh Đắk Lắk</option><option>Dịch vụ công trực tuyến</option></select></div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ8"><h3 class="ms-webpart-titleText">Thông báo</h3><ul>
{''.join(f'<li><a href="{N(n)}">{esc(n[1])}</a></li>' for n in NOTICES)}</ul></div></div></div></div>
<div class="ck-footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin</p>
<p>Địa chỉ: Thôn 1, xã Dray Bhăng, huyện Cư Kuin, tỉnh Đắk Lắk. Điện thoại: 0262.3636.xxx</p>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="ctl00_g_5b1f_Label_TruyCap" style="display:none">{COUNT}</span>
<div class="ThongKeSoLuot"><b>Thống kê truy cập</b><div class="SoLuongOnline"><span>Đang online:</span>{on}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits}</div></div></div></div></div>
</div></form></body></html>"""


def article(a):
    lead = f'<div class="ms-webpart-chrome"><div id="WebPartWPQ3"><div class="ck-tomtat"><b>{esc(a["lead"])}</b></div></div></div>' if a["lead"] else ""
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"][:1])
    if a["table"]:
        h, rows = a["table"]
        body += "<table class='ms-rteTable-default' border='1'><tr>" + "".join(f"<th>{esc(x)}</th>" for x in h) + "</tr>" + \
            "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a["paras"][1:])
    if a["caption"]:
        body = f'<p><img src="/PublishingImages/2025/anh{a["id"]}.jpg"/></p><p><em>{esc(a["caption"])}</em></p>' + body
    if a["byline"]:
        body += f'<p style="text-align:right"><strong>{esc(a["byline"])}</strong></p>'
    inner = f"""<div class="ck-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{esc(L1)}">Tin tức - Sự kiện</a> &gt; <span>{esc(a['title'])}</span></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ2"><h2 class="ms-webpart-titleText">Tin tức - Sự kiện</h2>
<span class="ck-tieude">{esc(a['title'])}</span>
<div class="ck-ngaydang">Ngày đăng: {a['date']:%d/%m/%Y %H:%M}</div></div></div>{lead}
<div class="ms-webpart-chrome"><div id="WebPartWPQ4"><div class="ms-rtestate-field">{body}</div>
<div class="ck-tool"><a href="/Pages/tintuc/inbai.aspx?ItemID={a['id']}">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div></div></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ5"><h3 class="ms-webpart-titleText">Các tin khác</h3><ul>
{''.join(f'<li><a href="{esc(A(o))}">{esc(o["title"])}</a> ({o["date"]:%d/%m/%Y})</li>' for o in arts if o is not a)}</ul></div></div>"""
    return shell(a["title"], inner, A(a))


def listing(items, page):
    lis = "".join(f'<div class="ck-item"><a href="{esc(A(a))}">{esc(a["title"])}</a><span class="ck-date">{a["date"]:%d/%m/%Y}</span></div>' for a in items)
    pager = f'<div class="ck-pager"><a href="{esc(L1)}">1</a> <a href="{esc(L2)}">2</a></div>'
    return shell("Tin tức - Sự kiện", f'<h2 class="ms-webpart-titleText">Tin tức - Sự kiện</h2>{lis}{pager}')


def notice(n):
    return shell(n[1], f'<h2 class="ms-webpart-titleText">Thông báo</h2><span class="ck-tieude">{esc(n[1])}</span>'
                 f'<p>Tệp đính kèm: <a href="/Documents/{n[2]}">{n[2]}</a></p>', N(n))


pages = {}
U = lambda s: s.encode("utf-8")
CT = "text/html; charset=utf-8"
home = shell("Trang chủ", '<div class="ck-welcome">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Cư Kuin</div>'
             '<h2 class="ms-webpart-titleText">Tin nổi bật</h2><ul>' +
             "".join(f'<li><a href="{esc(A(a))}">{esc(a["title"])}</a></li>' for a in arts[:3]) +
             f'</ul><a href="{esc(L1)}">Xem tiếp</a>')
pages["/"] = ("00_home.html", 200, CT, U(home))
pages[L1] = ("01_list1.html", 200, CT, U(listing(arts[:4], 1)))
pages[L2] = ("02_list2.html", 200, CT, U(listing(arts[4:], 2)))
pages["/Pages/gioithieu.aspx"] = ("03_intro.html", 200, CT, U(shell("Giới thiệu", "<h2>Giới thiệu chung</h2><p>Huyện Cư Kuin được thành lập năm 2007, gồm 8 xã với diện tích tự nhiên 288 km2.</p>")))
for i, n in enumerate(NOTICES):
    pages[N(n)] = (f"1{i}_notice.html", 200, CT, U(notice(n)))
gold = {"articles": {}, "non_articles": ["/Pages/gioithieu.aspx", L1, L2] + [N(n) for n in NOTICES], "furniture": FUR}
text = {}
for i, a in enumerate(arts):
    pages[A(a)] = (f"2{i}_art{a['id']}.html", 200, CT, U(article(a)))
    gold["articles"][A(a)] = gold_entry(a)
    text[A(a)] = a["paras"] + ([a["lead"]] if a["lead"] else [])
write_portal(PID, {"name": "Cổng thông tin điện tử huyện Cư Kuin", "district": "Cư Kuin", "province": "Đắk Lắk",
                   "platform": "SharePoint (generic web parts)"}, pages, gold, text)
