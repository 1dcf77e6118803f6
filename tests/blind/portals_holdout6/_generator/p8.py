"""p8 Mỏ Cày Nam (Bến Tre): bespoke PHP table layout of the 2000s served in windows-1258 (tone marks as
combining characters after the base letter). /tintuc.php?mamuc=3&id=n, listing &trang=2, a served print
view /inbai.php?id=n (in neither gold list). Hard cases: no container class at all (nested tables only),
header shows today's date, date in small type beside the title '(dd/mm/yyyy)', headline in a font tag,
copyright block in table cells, zero-padded counter 'Số lượt truy cập', welcome marquee."""
from common import *

UNITS = ["xã An Thới", "xã Thành Thới A", "xã Định Thủy", "xã Phước Hiệp", "xã Ngãi Đăng", "thị trấn Mỏ Cày"]
arts = make_articles(1308, "huyện Mỏ Cày Nam", UNITS, 2025, [512, 519, 527, 534, 540, 548])
arts.sort(key=lambda a: a["date"], reverse=True)
A = lambda a: f"/tintuc.php?mamuc=3&id={a['id']}"
P = lambda a: f"/inbai.php?id={a['id']}"
L1 = "/tintuc.php?mamuc=3"
L2 = "/tintuc.php?mamuc=3&trang=2"
INTRO = "/gioithieu.php"
NOTS = [("/thongbao.php?id=77", "Thông báo về việc nộp thuế sử dụng đất phi nông nghiệp năm 2025", "thongbao77.doc")]
FUR = ["Thứ Năm, ngày 04/12/2025", "Số lượt truy cập", "00815632", "Bản quyền © 2006 UBND huyện Mỏ Cày Nam",
       "Thiết kế và phát triển", "Tin mới cập nhật", "Chào mừng quý khách", "Bản in", "Các tin đã đưa"]


def shell(title, inner):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title></head>
<body bgcolor="#ffffff" topmargin="0"><table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" background="/images/top_bg.jpg" height="120"><font color="#ffffff" size="2">Thứ Năm, ngày 04/12/2025</font></td></tr>
<tr><td colspan="2" bgcolor="#0b5394"><marquee><font color="#ffff00">Chào mừng quý khách đến với Website huyện Mỏ Cày Nam</font></marquee></td></tr>
<tr><td width="180" valign="top" bgcolor="#e8f0fe"><table width="100%"><tr><td><a href="/">Trang chủ</a></td></tr><tr><td><a href="{INTRO}">Giới thiệu</a></td></tr>
<tr><td><a href="{esc(L1)}">Tin tức - Sự kiện</a></td></tr>{''.join(f'<tr><td><a href="{n[0]}">Thông báo</a></td></tr>' for n in NOTS)}<tr><td><a href="/lienhe.php">Liên hệ</a></td></tr></table>
<table width="100%"><tr><td><b>Tin mới cập nhật</b></td></tr>{''.join(f'<tr><td><a href="{esc(A(a))}">{esc(a["title"])}</a></td></tr>' for a in arts[:3])}</table>
<table width="100%"><tr><td align="center">Số lượt truy cập<br><b>00815632</b></td></tr></table></td>
<td valign="top" width="598">{inner}</td></tr>
<tr><td colspan="2" bgcolor="#0b5394" align="center"><font color="#ffffff" size="1">Bản quyền © 2006 UBND huyện Mỏ Cày Nam - tỉnh Bến Tre<br>Thiết kế và phát triển: Trung tâm Tin học tỉnh</font></td></tr></table></body></html>"""


def body_cells(a):
    return body_html(a, p=lambda t: f'<p align="justify"><font size="2">{esc(t)}</font></p>',
                     img=lambda x: f'<p align="center"><img src="/upload/tintuc/{x["id"]}.jpg" width="400"></p>',
                     cap=lambda c: f'<p align="center"><font size="1"><i>{esc(c)}</i></font></p>', table_cls=' border="1" cellspacing="0" width="95%"')


def article(a):
    lead = f'<p align="justify"><font size="2"><b>{esc(a["lead"])}</b></font></p>' if a["lead"] else ""
    others = "".join(f'<tr><td>» <a href="{esc(A(o))}">{esc(o["title"])}</a> ({o["date"]:%d/%m/%Y})</td></tr>' for o in arts if o is not a)
    return shell(a["title"], f"""<table width="100%" cellpadding="6"><tr><td><font size="3" color="#0b5394"><b>{esc(a['title'])}</b></font> <font size="1" color="#888888">({a['date']:%d/%m/%Y})</font></td></tr>
<tr><td>{lead}{body_cells(a)}</td></tr><tr><td align="right"><a href="{P(a)}" target="_blank">Bản in</a></td></tr></table>
<table width="100%"><tr><td><b>Các tin đã đưa</b></td></tr>{others}</table>""")


def printview(a):
    lead = f'<p><b>{esc(a["lead"])}</b></p>' if a["lead"] else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(a['title'])}</title></head>
<body onload="window.print()"><p><b>{esc(a['title'])}</b> ({a['date']:%d/%m/%Y})</p>{lead}{body_cells(a)}</body></html>"""


def listing(items):
    rows = "".join(f'<tr><td><a href="{esc(A(a))}"><b>{esc(a["title"])}</b></a> <font size="1">({a["date"]:%d/%m/%Y})</font><br><font size="2">{esc((a["lead"] or a["paras"][0])[:120])}...</font></td></tr>' for a in items)
    return shell("Tin tức - Sự kiện", f'<table width="100%"><tr><td><b>TIN TỨC - SỰ KIỆN</b></td></tr>{rows}<tr><td>Trang: <a href="{esc(L1)}">1</a> <a href="{esc(L2)}">2</a></td></tr></table>')


home = shell("Website huyện Mỏ Cày Nam", f'<table width="100%"><tr><td><b>TIN NỔI BẬT</b></td></tr>' +
             "".join(f'<tr><td><a href="{esc(A(a))}">{esc(a["title"])}</a></td></tr>' for a in arts[:4]) + f'<tr><td><a href="{esc(L1)}">Xem tiếp</a></td></tr></table>')
intro = shell("Giới thiệu", '<table><tr><td><b>Giới thiệu</b><p>Huyện Mỏ Cày Nam được thành lập năm 2009 trên cơ sở điều chỉnh địa giới huyện Mỏ Cày cũ, nổi tiếng với nghề trồng dừa.</p></td></tr></table>')
nots = [(n[0], shell(n[1], f'<table><tr><td><font size="3"><b>{esc(n[1])}</b></font></td></tr><tr><td>Tải về: <a href="/upload/thongbao/{n[2]}">{n[2]}</a></td></tr></table>')) for n in NOTS]
assemble("p8_mocaynam", {"name": "Website huyện Mỏ Cày Nam", "district": "Mỏ Cày Nam", "province": "Bến Tre",
                         "platform": "bespoke PHP table layout (2000s)"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(INTRO, intro)] + nots, FUR,
         enc=enc1258, ct="text/html; charset=windows-1258", extra_pages=[(P(a), printview(a)) for a in arts])
