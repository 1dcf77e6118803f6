# -*- coding: utf-8 -*-
from common import *
from data import P6
S = Site("tranvanthoi_legacy_asp", {"name": "Website Ủy ban nhân dân huyện Trần Văn Thời", "district": "Trần Văn Thời", "province": "Cà Mau", "platform": "Legacy classic ASP (default.asp?action=detail&newsid=N), table layout, windows-1258"})
S.charset = "windows-1258"
nid = {"f1": "2841", "f2": "2897", "f3": "2866", "f4": "2879", "f5": "2903", "f6": "2852"}
paths = {k: f"/default.asp?action=detail&newsid={v}" for k, v in nid.items()}
paths["f5"] += "&ngay=27/03/2025"
href = lambda p: p.replace("&", "&amp;")
A = {a["key"]: a for a in P6}
reads = {"f1": 1544, "f2": 2031, "f3": 402, "f4": 615, "f5": 298, "f6": 357}
order = sorted(A, key=lambda k: A[k]["date"], reverse=True)
LIST = "/default.asp?action=list&catid=3"

def digits(n): return "".join(f'<img src="/images/dem/{c}.gif" alt="{c}" width="13" height="18" border="0">' for c in n)

def page(title, main, path):
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{esc(title)} - UBND huyen Tran Van Thoi</title><link rel="canonical" href="http://{{{{HOST}}}}{href(path)}"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/top.jpg" width="990" height="150" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#0055A5" height="26"><font color="#FFFFFF" face="Arial" size="2">&nbsp;Thứ Năm, 04/12/2025 &nbsp;|&nbsp; <a href="/"><font color="#FFFFFF">Trang chủ</font></a> | <a href="{href(LIST)}"><font color="#FFFFFF">Tin tức - Sự kiện</font></a> | <a href="/default.asp?action=page&amp;id=gioithieu"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="/default.asp?action=vanban"><font color="#FFFFFF">Văn bản</font></a> | <a href="/default.asp?action=page&amp;id=lienhe"><font color="#FFFFFF">Liên hệ</font></a></font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF4FB">
<table width="100%" cellpadding="3"><tr><td bgcolor="#0055A5"><font color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
<tr><td><a href="{href(LIST)}">Tin tức - Sự kiện</a><br><a href="/default.asp?action=vanban">Văn bản pháp quy</a><br><a href="/default.asp?action=page&amp;id=lienhe">Hộp thư góp ý</a></td></tr></table>
<table width="100%" cellpadding="3"><tr><td bgcolor="#0055A5"><font color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr><tr><td><a href="#">Cổng TTĐT tỉnh Cà Mau</a><br><a href="#">Báo Cà Mau</a></td></tr></table>
</td>
<td width="590" valign="top">{main}</td>
<td width="200" valign="top" bgcolor="#EEF4FB">
<table width="100%" cellpadding="3"><tr><td bgcolor="#0055A5"><font color="#FFFFFF"><b>TIN ĐỌC NHIỀU NHẤT</b></font></td></tr>
<tr><td>{"".join(f'<img src="/images/bullet.gif"> <a href="{href(paths[k])}">{esc(A[k]["title"])}</a><br>' for k in ["f2", "f1", "f4"])}</td></tr></table>
<table width="100%" cellpadding="3"><tr><td bgcolor="#0055A5"><font color="#FFFFFF"><b>SỐ LƯỢT TRUY CẬP</b></font></td></tr>
<tr><td align="center">{digits("0987654")}<br><font size="1">Đang xem: 12</font></td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#0055A5" align="center"><font color="#FFFFFF" size="2">UỶ BAN NHÂN DÂN HUYỆN TRẦN VĂN THỜI<br>Địa chỉ: Khóm 9, thị trấn Trần Văn Thời, huyện Trần Văn Thời, tỉnh Cà Mau<br>Điện thoại: (0290) 3895.123 - Fax: (0290) 3895.124<br>Thiết kế bởi Trung tâm Tin học Cà Mau - Copyright © 2008</font></td></tr>
</table></body></html>'''

for k, a in A.items():
    date = "" if a.get("url_date_only") else f'<font size="1" color="#666666">({dmy(a["date"])})</font><br>'
    others = [x for x in order if x != k]
    main = f'''<table width="100%" cellpadding="4"><tr><td bgcolor="#D9E7F5"><b><font color="#003366">TIN TỨC - SỰ KIỆN</font></b></td></tr>
<tr><td><font face="Arial" size="4" color="#003399"><b>{esc(a["title"])}</b></font><br>
{date}<font face="Arial" size="2">
{body_html(a["paras"])}
</font>
<p align="right"><font size="1">Số lượt đọc: {reads[k]}</font></p>
<p align="right"><a href="javascript:history.go(-1)">[Trở về]</a> <a href="/default.asp?action=print&amp;newsid={nid[k]}">[In trang]</a> <a href="/default.asp?action=sendmail&amp;newsid={nid[k]}">[Gửi email]</a></p>
</td></tr>
<tr><td><b>Các tin đã đưa:</b><br>{"".join(f'- <a href="{href(paths[x])}">{esc(A[x]["title"])}</a> <font size="1">({dmy(A[x]["date"])})</font><br>' for x in others[:4])}</td></tr></table>'''
    S.add(paths[k], f"detail-{nid[k]}.html", page(a["title"], main, paths[k]), article=a)

def listing(keys, pag):
    rows = "".join(f'<tr><td><img src="/upload/news/{nid[k]}.jpg" width="100" border="0"></td><td valign="top"><a href="{href(paths[k])}"><b>{esc(A[k]["title"])}</b></a><br><font size="2">{esc(A[k]["paras"][0][:140])}...</font></td></tr>' for k in keys)
    return f'<table width="100%" cellpadding="4"><tr><td colspan="2" bgcolor="#D9E7F5"><b><font color="#003366">TIN TỨC - SỰ KIỆN</font></b></td></tr>{rows}<tr><td colspan="2" align="center">{pag}</td></tr></table>'
S.add(LIST, "list-3.html", page("Tin tức - Sự kiện", listing(order[:4], f'Trang: <b>1</b> <a href="{href(LIST)}&amp;page=2">2</a>'), LIST), non=True)
S.add(LIST + "&page=2", "list-3-p2.html", page("Tin tức - Sự kiện", listing(order[4:], f'Trang: <a href="{href(LIST)}">1</a> <b>2</b>'), LIST + "&page=2"), non=True)
S.add("/default.asp?action=vanban", "vanban.html", page("Văn bản", '<table width="100%" cellpadding="4" border="1"><tr><td colspan="3" bgcolor="#D9E7F5"><b>VĂN BẢN PHÁP QUY</b></td></tr><tr><td>Số 28/KH-UBND</td><td>Kế hoạch cải cách hành chính năm 2025</td><td><a href="/upload/vanban/28-KH-UBND.pdf">Tải về</a></td></tr><tr><td>Số 15/QĐ-UBND</td><td>Quyết định công bố danh mục thủ tục hành chính cấp xã</td><td><a href="/upload/vanban/15-QD-UBND.pdf">Tải về</a></td></tr></table>', "/default.asp?action=vanban"), non=True)
S.add("/default.asp?action=page&id=lienhe", "lienhe.html", page("Liên hệ", '<table width="100%" cellpadding="4"><tr><td bgcolor="#D9E7F5"><b>HỘP THƯ GÓP Ý</b></td></tr><tr><td><form>Họ tên: <input name="hoten"><br>Nội dung: <textarea name="noidung"></textarea><br>Mã xác nhận: <input name="ma"> <img src="/captcha.asp"><br><input type="submit" value="Gửi"></form></td></tr></table>', "/default.asp?action=page&id=lienhe"), non=True)
S.add("/default.asp?action=page&id=gioithieu", "gioithieu.html", page("Giới thiệu", '<table width="100%" cellpadding="4"><tr><td bgcolor="#D9E7F5"><b>GIỚI THIỆU</b></td></tr><tr><td><p>Huyện Trần Văn Thời có diện tích tự nhiên 702,5 km2, gồm 11 xã và 2 thị trấn.</p></td></tr></table>', "/default.asp?action=page&id=gioithieu"), non=True)
home = '<table width="100%" cellpadding="4"><tr><td bgcolor="#D9E7F5"><b>TIN MỚI CẬP NHẬT</b></td></tr><tr><td>' + "".join(f'<a href="{href(paths[k])}"><b>{esc(A[k]["title"])}</b></a><br>' for k in order[:3]) + f'<a href="{href(LIST)}">Xem tiếp...</a></td></tr></table>'
S.add("/", "index.html", page("Trang chủ", home, "/"), non=True)
S.furn = ["Thứ Năm, 04/12/2025", "DANH MỤC", "Hộp thư góp ý", "LIÊN KẾT", "TIN ĐỌC NHIỀU NHẤT", "SỐ LƯỢT TRUY CẬP", "Đang xem: 12", "TIN TỨC - SỰ KIỆN", "Số lượt đọc:", "[Trở về]", "[In trang]", "[Gửi email]", "Các tin đã đưa:", "Khóm 9, thị trấn Trần Văn Thời", "(0290) 3895.123", "Thiết kế bởi Trung tâm Tin học Cà Mau - Copyright © 2008"]
S.write()
