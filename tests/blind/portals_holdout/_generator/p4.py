# -*- coding: utf-8 -*-
from common import *
from data import P4
S = Site("nhoquan_joomla_comcontent", {"name": "Cổng thông tin điện tử huyện Nho Quan", "district": "Nho Quan", "province": "Ninh Bình", "platform": "Joomla 3 (index.php?option=com_content&view=article&id=N:alias&catid=M&Itemid=K), HTML entities"})
# Joomla aliases with dropped letters (transliteration bug)
al = {"d1": ("1843", "nho-quan-y-m-nh-s-hoa-h-s-k-t-qu-gi-i-quy-t-tthc", "14", "121"),
      "d2": ("1802", "nam-2024-nho-quan-x-p-th-5-8-v-ch-s-c-i-cach-hanh-chinh", "14", "121"),
      "d3": ("1761", "cuc-ph-ng-t-ng-c-ng-b-o-v-r-ng-mua-kho", "9", "112"),
      "d4": ("1808", "h-i-ngh-tri-n-khai-k-ho-ch-s-n-xu-t-v-he-thu", "9", "112"),
      "d5": ("1820", "xa-gia-lam-on-nh-n-b-ng-cong-nh-n-nong-thon-m-i-nang-cao", "9", "112"),
      "d6": ("1831", "t-p-hu-n-nghi-p-v-cong-tac-dan-s", "9", "112")}
paths = {k: f"/index.php?option=com_content&view=article&id={i}:{s}&catid={c}&Itemid={it}" for k, (i, s, c, it) in al.items()}
href = lambda p: p.replace("&", "&amp;")
A = {a["key"]: a for a in P4}
WDJ = {"Thứ Hai": "Thứ hai", "Thứ Ba": "Thứ ba", "Thứ Tư": "Thứ tư", "Thứ Năm": "Thứ năm", "Thứ Sáu": "Thứ sáu", "Thứ Bảy": "Thứ bảy", "Chủ Nhật": "Chủ nhật"}
hits = {"d1": 523, "d2": 1190, "d3": 347, "d4": 208, "d5": 612, "d6": 175}
CAT = "/index.php?option=com_content&view=category&id=9&Itemid=112"
CATR = "/index.php?option=com_content&view=category&id=14&Itemid=121"

def page(title, main, path):
    return f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{ent(title)}</title><link href="http://{{{{HOST}}}}{href(path)}" rel="canonical" />
<link rel="stylesheet" href="/templates/nhoquan/css/template.css" type="text/css" /></head>
<body class="site com_content">
<div id="top"><img src="/images/banner/banner-nhoquan.jpg" alt="{ent("Cổng thông tin điện tử huyện Nho Quan")}" /></div>
<div id="mainmenu"><ul class="nav menu"><li class="item-101"><a href="/">{ent("Trang chủ")}</a></li><li class="item-102"><a href="/index.php?option=com_content&amp;view=article&amp;id=12:gi-i-thi-u&amp;catid=2&amp;Itemid=102">{ent("Giới thiệu")}</a></li><li class="item-112"><a href="{href(CAT)}">{ent("Tin tức - Sự kiện")}</a></li><li class="item-121"><a href="{href(CATR)}">{ent("Cải cách hành chính")}</a></li><li class="item-130"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=130">{ent("Liên hệ")}</a></li></ul></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="left" width="230" valign="top">
<div class="moduletable"><h3>{ent("Ai đang online")}</h3><p>{ent("Đang có 15 khách và không thành viên đang online")}</p></div>
<div class="moduletable"><h3>{ent("Thống kê truy cập")}</h3><div class="vinaora_visitors_counter"><table>
<tr><td>Today</td><td>412</td></tr><tr><td>Yesterday</td><td>1203</td></tr><tr><td>This Week</td><td>4861</td></tr><tr><td>Last Week</td><td>8930</td></tr><tr><td>This Month</td><td>21774</td></tr><tr><td>Last Month</td><td>33880</td></tr><tr><td>All days</td><td>1668314</td></tr></table>
<p>Your IP: 113.160.45.12</p><p>2025-08-20 10:41</p></div></div>
<div class="moduletable"><h3>{ent("Liên kết website")}</h3><ul><li><a href="#">{ent("Cổng TTĐT tỉnh Ninh Bình")}</a></li><li><a href="#">{ent("Vườn quốc gia Cúc Phương")}</a></li></ul></div>
</td>
<td id="content" valign="top"><div id="system-message-container"></div>
<ul class="breadcrumb"><li><a href="/" class="pathway">{ent("Trang chủ")}</a></li>{main[0]}</ul>
{main[1]}
</td></tr></table>
<div id="footer"><p>{ent("Bản quyền thuộc Ủy ban nhân dân huyện Nho Quan - tỉnh Ninh Bình")}</p><p>{ent("Địa chỉ: Phố Bích Đào, thị trấn Nho Quan, huyện Nho Quan, tỉnh Ninh Bình")} - {ent("Điện thoại")}: 0229.3866.210</p></div>
</body></html>'''

order = ["d1", "d5", "d2", "d6", "d3", "d4"]  # category display order is by ordering, not date
for k, a in A.items():
    cat, cp = ("Cải cách hành chính", CATR) if k in ("d1", "d2") else ("Tin tức - Sự kiện", CAT)
    sib = [x for x in order if (x in ("d1", "d2")) == (k in ("d1", "d2"))]
    i = sib.index(k)
    nav = ""
    if i > 0: nav += f'<li class="previous"><a href="{href(paths[sib[i-1]])}" rel="prev">&laquo; {ent("Trước")}</a></li>'
    if i < len(sib) - 1: nav += f'<li class="next"><a href="{href(paths[sib[i+1]])}" rel="next">{ent("Tiếp theo")} &raquo;</a></li>'
    date = ""
    if a["date"]:
        y, m, d = a["date"].split("-")
        date = f'<dd class="published"><span class="icon-calendar"></span> {ent("Được đăng ngày")} {ent(WDJ[wd(a["date"])])}, {int(d):02d} {ent("Tháng")} {int(m)} {y} 09:15</dd>'
    main = (f'<li><a href="{href(cp)}" class="pathway">{ent(cat)}</a></li><li><span>{ent(a["title"])}</span></li>',
      f'''<div class="componentheading">{ent(cat)}</div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{ent(a["title"])}</h2></div>
<div class="icons"><ul class="actions"><li class="print-icon"><a href="#" title="{ent("In")}" onclick="window.print();return false;">{ent("In")}</a></li><li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component" title="Email">Email</a></li></ul></div>
<dl class="article-info muted"><dt class="article-info-term">{ent("Chi tiết")}</dt>{date}<dd class="hits"><span class="icon-eye-open"></span> {ent("Lượt truy cập")}: {hits[k]}</dd></dl>
<div itemprop="articleBody">
{body_html(a["paras"], e=ent)}
</div>
<ul class="pager pagenav">{nav}</ul></div>''')
    S.add(paths[k], f"article-{al[k][0]}.html", page(a["title"], main, paths[k]), article=a)

def listing(keys, cat, cp, pag):
    items = "".join(f'<tr><td class="list-title"><a href="{href(paths[k])}">{ent(A[k]["title"])}</a></td><td class="list-hits">{hits[k]}</td></tr>' for k in keys)
    return (f'<li><span>{ent(cat)}</span></li>', f'<div class="category-list"><h2>{ent(cat)}</h2><table class="category table"><thead><tr><th>{ent("Tiêu đề")}</th><th>{ent("Lượt truy cập")}</th></tr></thead><tbody>{items}</tbody></table><div class="pagination">{pag}</div></div>')
S.add(CAT, "category-9.html", page("Tin tức - Sự kiện", listing(["d5", "d6", "d3"], "Tin tức - Sự kiện", CAT, f'<ul><li class="active">1</li><li><a href="{href(CAT)}&amp;limitstart=3">2</a></li><li><a href="{href(CAT)}&amp;limitstart=3">{ent("Tiếp")}</a></li></ul><p class="counter">Trang 1 / 2</p>'), CAT), non=True)
S.add(CAT + "&limitstart=3", "category-9-p2.html", page("Tin tức - Sự kiện", listing(["d4"], "Tin tức - Sự kiện", CAT, f'<ul><li><a href="{href(CAT)}">1</a></li><li class="active">2</li></ul><p class="counter">Trang 2 / 2</p>'), CAT + "&limitstart=3"), non=True)
S.add(CATR, "category-14.html", page("Cải cách hành chính", listing(["d1", "d2"], "Cải cách hành chính", CATR, ""), CATR), non=True)
GT = "/index.php?option=com_content&view=article&id=12:gi-i-thi-u&catid=2&Itemid=102"
S.add(GT, "gioi-thieu.html", page("Giới thiệu", (f'<li><span>{ent("Giới thiệu")}</span></li>', f'<div class="item-page"><div class="page-header"><h2>{ent("Giới thiệu chung về huyện Nho Quan")}</h2></div><div itemprop="articleBody"><p>{ent("Huyện Nho Quan nằm ở phía Tây Bắc tỉnh Ninh Bình, có diện tích tự nhiên 450,6 km2, gồm 26 xã và 1 thị trấn.")}</p></div></div>'), GT), non=True)
LH = "/index.php?option=com_contact&view=contact&id=1&Itemid=130"
S.add(LH, "lien-he.html", page("Liên hệ", (f'<li><span>{ent("Liên hệ")}</span></li>', f'<div class="contact"><h2>{ent("Văn phòng HĐND và UBND huyện Nho Quan")}</h2><p>{ent("Điện thoại")}: 0229.3866.210</p><form><input name="jform[contact_name]"/><textarea name="jform[contact_message]"></textarea><label>{ent("Mã bảo mật")}</label><input/><button>{ent("Gửi")}</button></form></div>'), LH), non=True)
home = ('', '<div class="blog-featured">' + "".join(f'<div class="item"><h2><a href="{href(paths[k])}">{ent(A[k]["title"])}</a></h2></div>' for k in ["d1", "d5", "d3"]) + f'<p><a href="{href(CAT)}">{ent("Xem thêm tin tức")}</a> | <a href="{href(CATR)}">{ent("Cải cách hành chính")}</a></p></div>')
S.add("/", "index.html", page("Trang chủ", home, "/"), non=True)
S.furn = ["Ai đang online", "Đang có 15 khách và không thành viên đang online", "Thống kê truy cập", "Yesterday", "All days", "1668314", "Your IP: 113.160.45.12", "Liên kết website", "Chi tiết", "Được đăng ngày", "Lượt truy cập", "Tiếp theo", "Bản quyền thuộc Ủy ban nhân dân huyện Nho Quan", "Phố Bích Đào, thị trấn Nho Quan", "0229.3866.210"]
S.write()
