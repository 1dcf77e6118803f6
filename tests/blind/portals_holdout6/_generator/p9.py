"""p9 Quan Sơn (Thanh Hóa): Joomla 1.5. index.php?option=com_content&task=view&id=n&Itemid=27, category
listing with &limit=4&limitstart=4. Hard cases: left column before the content with a 'Hiện có N khách
trực tuyến' sentence and a counter module ('Hôm nay' … 'Tất cả'), componentheading above a headline in
td.contentheading (no h1), Joomla 1.5 date with weekday and month in words ('Thứ Sáu, 14 Tháng Ba 2025
08:15') plus a 'Cập nhật' stamp after the text, PDF/In/E-mail icons, '< Trước' / 'Tiếp >' navigation,
print view linked from each article (404)."""
from common import *

UNITS = ["xã Sơn Thủy", "xã Na Mèo", "xã Tam Lư", "xã Trung Hạ", "xã Mường Mìn", "thị trấn Sơn Lư"]
arts = make_articles(1409, "huyện Quan Sơn", UNITS, 2025, [214, 221, 229, 236, 244, 251])
arts.sort(key=lambda a: a["date"], reverse=True)
A = lambda a: f"/index.php?option=com_content&task=view&id={a['id']}&Itemid=27"
PR = lambda a: f"/index.php?option=com_content&task=view&id={a['id']}&pop=1&page=0&Itemid=27"
L1 = "/index.php?option=com_content&task=category&sectionid=1&id=5&Itemid=27"
L2 = L1 + "&limit=4&limitstart=4"
INTRO = "/index.php?option=com_content&task=view&id=12&Itemid=2"
NOTS = [("/index.php?option=com_content&task=view&id=240&Itemid=31", "Thông báo tuyển chọn đội viên Đội Trí thức trẻ tình nguyện năm 2025", "TB_DoiTriThucTre.pdf")]
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MON = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
J = lambda d: f"{THU[d.weekday()]}, {d.day:02d} Tháng {MON[d.month - 1]} {d.year} {d:%H:%M}"
FUR = ["Hiện có 11 khách trực tuyến", "Thống kê", "Tuần này", "Tháng này", "Tất cả", "< Trước", "Tiếp >",
       "Bản quyền 2008 - UBND huyện Quan Sơn", "Menu chính", "Liên kết web", "1396027"]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title>{can}</head><body id="page_bg"><div id="header"><img src="/templates/quanson/images/banner.jpg" alt="Huyện Quan Sơn" /></div>
<table class="contentpaneopen" width="100%"><tr><td id="leftcol" valign="top" width="190">
<div class="moduletable_menu"><h3>Menu chính</h3><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{esc(INTRO)}">Giới thiệu</a></li><li><a href="{esc(L1)}">Tin tức - Sự kiện</a></li><li><a href="{esc(NOTS[0][0])}">Thông báo</a></li></ul></div>
<div class="moduletable"><h3>Ai đang trực tuyến</h3>Hiện có 11 khách trực tuyến</div>
<div class="moduletable"><h3>Thống kê</h3><table><tr><td>Hôm nay</td><td>708</td></tr><tr><td>Hôm qua</td><td>1120</td></tr><tr><td>Tuần này</td><td>4395</td></tr><tr><td>Tháng này</td><td>9980</td></tr><tr><td>Tất cả</td><td>1396027</td></tr></table></div>
<div class="moduletable"><h3>Liên kết web</h3><select><option>Cổng TTĐT tỉnh Thanh Hóa</option></select></div></td>
<td id="maincol" valign="top">{inner}</td></tr></table>
<div id="footer">Bản quyền 2008 - UBND huyện Quan Sơn, tỉnh Thanh Hóa. Khu 1, thị trấn Sơn Lư.</div></body></html>"""


def article(a):
    i = arts.index(a)
    nav = []
    if i > 0:
        nav.append(f'<a href="{esc(A(arts[i-1]))}">&lt; Trước</a>')
    if i < len(arts) - 1:
        nav.append(f'<a href="{esc(A(arts[i+1]))}">Tiếp &gt;</a>')
    lead = f"<p><strong>{esc(a['lead'])}</strong></p>" if a["lead"] else ""
    upd = a["date"] + dt.timedelta(days=1, hours=3)
    inner = f"""<div class="componentheading">Tin tức - Sự kiện</div><table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a['title'])}</td>
<td class="buttonheading"><a href="/index2.php?option=com_content&amp;do_pdf=1&amp;id={a['id']}"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td class="buttonheading"><a href="{esc(PR(a))}"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
<td class="buttonheading"><a href="/index2.php?option=com_content&amp;task=emailform&amp;id={a['id']}"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td class="createdate">{J(a['date'])}</td></tr><tr><td valign="top">{lead}{body_html(a, img=lambda x: f'<p><img src="/images/stories/tin2025/{x["id"]}.jpg" /></p>', cap=lambda c: f'<p style="text-align:center"><span style="font-size:10px">{esc(c)}</span></p>')}</td></tr>
<tr><td class="modifydate">Cập nhật ( {J(upd)} )</td></tr></table><table align="center" class="pagenav"><tr><th>{' '.join(nav)}</th></tr></table>"""
    return shell(a["title"], inner, A(a))


def listing(items):
    rows = "".join(f'<tr class="sectiontableentry1"><td>{a["date"]:%d/%m/%Y}</td><td><a href="{esc(A(a))}">{esc(a["title"])}</a></td></tr>' for a in items)
    return shell("Tin tức - Sự kiện", f'<div class="componentheading">Tin tức - Sự kiện</div><table>{rows}</table><div class="pagination"><a href="{esc(L1)}">1</a> <a href="{esc(L2)}">2</a></div>')


home = shell("Trang chủ", '<div class="componentheading">Tin mới</div>' + "".join(f'<p><a href="{esc(A(a))}" class="contentpagetitle">{esc(a["title"])}</a></p>' for a in arts[:3]) + f'<a href="{esc(L1)}">Xem tiếp...</a>')
intro = shell("Giới thiệu", '<div class="componentheading">Giới thiệu</div><p>Huyện Quan Sơn là huyện miền núi biên giới phía tây tỉnh Thanh Hóa, giáp tỉnh Hủa Phăn (Lào).</p>')
nots = [(n[0], shell(n[1], f'<table class="contentpaneopen"><tr><td class="contentheading">{esc(n[1])}</td></tr><tr><td>Đính kèm: <a href="/images/stories/file/{n[2]}">{n[2]}</a></td></tr></table>', n[0])) for n in NOTS]
assemble("p9_quanson", {"name": "Website huyện Quan Sơn", "district": "Quan Sơn", "province": "Thanh Hóa",
                        "platform": "Joomla 1.5"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(INTRO, intro)] + nots, FUR)
