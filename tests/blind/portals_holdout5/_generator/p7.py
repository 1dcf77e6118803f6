"""p7 — huyện Vĩnh Tường (Vĩnh Phúc): Joomla 1.5 (index.php?option=com_content&task=view&id=…&Itemid=…).
Hard cases: a left column BEFORE the content with 'Ai đang online' sentence and an English-label counter
(Today … All days, Your IP), headline in td.contentheading (no h1), date as 'Thứ sáu, 04 Tháng Bảy 2025 08:00' (month in words)
in a small cell, 'Cập nhật lần cuối' stamp after the text that differs from the publication date,
PDF/print/e-mail icons, nested layout tables, a category listing with long teasers."""
import datetime
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "huyện Vĩnh Tường", "Vĩnh Phúc"
def U(i):
    return "/index.php?option=com_content&task=view&id=%d&Itemid=54" % i
L = "/index.php?option=com_content&task=category&sectionid=4&id=12&Itemid=54"
L2 = L + "&limit=4&limitstart=4"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "II", 4102, 260, 2950, 871, 14, 267, 3390, 150, "Nguyễn Văn Thạo")
t = "Vĩnh Tường: Bộ phận Một cửa tiếp nhận hơn 4 nghìn hồ sơ trong quý II"
arts.append(Article(U(1421), t, "2025-07-04", [lead] + ps, must))
t, ps, must = C.par_index(PLACE, PROV, 2024, "82,70", 4, 9, "87,31", 2, "Trần Duy Hưng")
arts.append(Article(U(1415), t, "2025-06-24", ps, must))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2025, ["Xã Tân Phú", "Thị trấn Vĩnh Tường", "Xã Bồ Sao", "Xã Lũng Hòa", "Thị trấn Tứ Trưng"], "Lê Thị Phương")
arts.append(Article(U(1409), t, "2025-06-16", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("le", 12000, "Nguyễn Văn Kỳ", "2025-06-05"), ("lua", 66, "Đỗ Văn Toản", "2025-05-27"), ("mau", 340, "Phùng Thị Yến", "2025-05-18")]):
    t, ps, must = C.news(k, PLACE, n, who)
    arts.append(Article(U(1400 - i * 4), t, d, ps, must))
notices = [(U(1412), "Thông báo về việc tạm dừng tiếp nhận hồ sơ đất đai để chuyển đổi phần mềm", "/images/stories/tb-tam-dung.pdf")]
FURN = ["Ai đang online", "Đang có 15 khách và không thành viên đang online", "Thống kê truy cập", "Today", "Yesterday", "This Week",
        "Last Month", "All days", "Your IP", "Cập nhật lần cuối", "Thư điện tử", "Bản in"]
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]  # month names in words, as a vi-VN language pack spells them
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def page(title, main):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>%s</title></head><body><table width="980" align="center"><tr><td colspan="2"><img src="/templates/vinhtuong/images/banner.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="mainmenu"><a href="/">Trang chủ</a> <a href="%s">Cải cách hành chính</a> <a href="/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=3">Giới thiệu</a> <a href="/index.php?option=com_contact&amp;Itemid=9">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="left">
<div class="moduletable"><h3>Ai đang online</h3>Đang có 15 khách và không thành viên đang online</div>
<div class="moduletable"><h3>Thống kê truy cập</h3><table><tr><td>Today</td><td>1102</td></tr><tr><td>Yesterday</td><td>2231</td></tr><tr><td>This Week</td><td>9520</td></tr>
<tr><td>Last Month</td><td>61042</td></tr><tr><td>All days</td><td>2774601</td></tr></table><div>Your IP: 10.0.0.24</div><div>2025-07-20 14:02</div></div></td>
<td valign="top">%s</td></tr><tr><td colspan="2" class="footer">UBND huyện Vĩnh Tường - thị trấn Vĩnh Tường, tỉnh Vĩnh Phúc. Điện thoại: 0211 3838 201</td></tr></table></body></html>""" % (esc(title), esc(L), main)


def art_page(a, idx):
    y, m, d = map(int, a.published.split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    upd = datetime.date(y, m, d) + datetime.timedelta(days=2)
    inner = '<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td>' % esc(a.title)
    inner += '<td class="buttonheading"><a href="%s" title="PDF">PDF</a></td><td class="buttonheading"><a href="%s" title="Bản in">Bản in</a></td><td class="buttonheading"><a href="/index.php?option=com_mailto" title="Thư điện tử">Thư điện tử</a></td></tr></table>' % (
        esc(a.path + "&format=pdf"), esc(a.path + "&pop=1&page=0"))
    inner += '<table class="contentpaneopen"><tr><td class="createdate">%s, %02d %s %d 08:%02d</td></tr><tr><td valign="top">%s</td></tr>' % (wd, d, MONTHS[m - 1], y, idx * 6, body_html(a))
    inner += '<tr><td class="modifydate">Cập nhật lần cuối ( %s, %02d/%02d/%d 16:10 )</td></tr></table>' % (WD[upd.weekday()], upd.day, upd.month, upd.year)
    return page(a.title, inner)


def listing(items, pager):
    x = ""
    for a in items:
        x += '<div class="blog-item"><div class="contentheading"><a href="%s">%s</a></div><p>%s</p><a href="%s" class="readon">Xem tiếp...</a></div>' % (
            esc(a[0]), esc(a[1]), esc(a[2]), esc(a[0]))
    return page("Cải cách hành chính", '<div class="componentheading">Cải cách hành chính</div>' + x + '<div class="pagination">%s</div>' % pager)


items = [(a.path, a.title, " ".join(a.paras[:2])) for a in arts] + [(p, t, "") for p, t, _ in notices]
H = "text/html; charset=utf-8"
pages = [("/", page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t, _ in items[:3])), 200, H, "utf-8"),
         (L, listing(items[:4], '<span>1</span> <a href="%s" title="Tiếp">2</a>' % esc(L2)), 200, H, "utf-8"),
         (L2, listing(items[4:], '<a href="%s">1</a> <span>2</span>' % esc(L)), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, art_page(a, i), 200, H, "utf-8"))
    pages.append((a.path + "&pop=1&page=0", '<html><head><meta charset="utf-8"><title>%s</title></head><body class="contentpane"><div class="contentheading">%s</div>%s</body></html>' % (esc(a.title), esc(a.title), body_html(a)), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, '<table class="contentpaneopen"><tr><td class="contentheading">%s</td></tr><tr><td><a href="%s">Tải về</a></td></tr></table>' % (esc(t), f)), 200, H, "utf-8"))
pages.append(("/index.php?option=com_content&task=view&id=2&Itemid=3", page("Giới thiệu", "<p>Vĩnh Tường là huyện đồng bằng phía nam tỉnh Vĩnh Phúc, giáp sông Hồng.</p>"), 200, H, "utf-8"))
write_portal("p7_vinhtuong_joomla15", {"name": "Cổng thông tin điện tử huyện Vĩnh Tường", "district": "Vĩnh Tường", "province": PROV,
             "platform": "Joomla 1.5"}, pages, arts,
             [notices[0][0], "/index.php?option=com_content&task=view&id=2&Itemid=3", L, L2, "/"], FURN)
# The served print views (&pop=1&page=0) are deliberately in neither list: a copy of an article without chrome.
