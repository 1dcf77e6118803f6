"""Portal 6: Joomla 1.5 non-SEF URLs in a table layout (huyện Yên Châu, Sơn La).
Hard cases: left column before the content with a welcome marquee, "Ai đang online" sentence and a
visit counter with English labels and raw numbers; title in td.contentheading (no h1); Joomla
createdate with weekday and month name plus a modifydate "Cập nhật" stamp; named HTML entities;
print/pdf/e-mail icons (print view 404); "Các bài mới hơn"/"Các bài cũ hơn" lists; series by commune."""
from common import *

P = Portal("p6_joomla15_yenchau", "Trang thông tin điện tử huyện Yên Châu", "Yên Châu", "Sơn La", "Joomla 1.5")
SEC = "/index.php?option=com_content&task=category&sectionid=4&id=17&Itemid=38"
SEC2 = SEC + "&limit=5&limitstart=5"
MENU = [("Trang chủ", "/"), ("Giới thiệu Yên Châu", "/index.php?option=com_content&task=view&id=2&Itemid=27"), ("Tin tức - Sự kiện", SEC),
        ("Văn bản chỉ đạo", "/index.php?option=com_docman&Itemid=41"), ("Góp ý - Hỏi đáp", "/index.php?option=com_contact&Itemid=3")]
P.furniture += ["Giới thiệu Yên Châu", "Văn bản chỉ đạo", "Góp ý - Hỏi đáp", "Chào mừng bạn đến với Trang thông tin điện tử huyện Yên Châu",
                "Ai đang online", "khách và không thành viên", "Bộ đếm truy cập", "Today", "Yesterday", "This Month", "All days", "2190457", "Your IP",
                "Các bài mới hơn:", "Các bài cũ hơn:", "In trang", "Gửi email", "Cập nhật (", "Bản quyền © 2024 UBND huyện Yên Châu"]
JM = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]


def shell(title, main):
    menu = "".join('<tr><td><a href="%s" class="mainlevel">%s</a></td></tr>' % (href(l), esc(m)) for m, l in MENU)
    left = """<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Đang có 23 khách và không thành viên đang online</td></tr></table>
<table class="moduletable"><tr><th>Bộ đếm truy cập</th></tr><tr><td><div class="vcnt">Today: 1405<br />Yesterday: 2261<br />This Month: 40318<br />All days: 2190457<br />Your IP: 10.0.0.7</div></td></tr></table>"""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>%s</title><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /></head><body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/yenchau/images/banner.jpg" alt="" /></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">Chào mừng bạn đến với Trang thông tin điện tử huyện Yên Châu</marquee></td></tr>
<tr><td width="200" valign="top" class="leftcol"><table class="moduletable_menu">%s</table>%s</td>
<td valign="top" class="maincol">%s</td></tr>
<tr><td colspan="2" class="footer">Bản quyền © 2024 UBND huyện Yên Châu<br />Tiểu khu 3, thị trấn Yên Châu, tỉnh Sơn La</td></tr></table></body></html>""" % (esc(title), menu, left, main)


COMMUNES = ["Thị trấn Yên Châu", "Xã Chiềng Pằn", "Xã Viêng Lán", "Xã Sặp Vạt", "Xã Chiềng Đông"]
HEAD = ["Xã, thị trấn", "Hồ sơ đến", "Trả đúng hạn", "Trả muộn"]
ARTS = []  # id, title, create (y,m,d,H,M,wd), blocks, author
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
for k, (mon, d, seed, p3) in enumerate([(4, (2024, 5, 6, 8, 12, 0), 61, "Bộ phận Một cửa xã Chiềng Pằn được biểu dương vì hướng dẫn bà con kê khai bằng cả tiếng Thái."),
                                        (5, (2024, 6, 5, 14, 3, 2), 62, "Xã Sặp Vạt đã khắc phục xong tình trạng máy tính của Bộ phận Một cửa hay bị treo khi ký số."),
                                        (6, (2024, 7, 4, 9, 30, 3), 63, "Hết quý II, huyện đã hoàn thành số hóa kết quả giải quyết thủ tục hộ tịch từ năm 2015 đến nay.")]):
    rows = series_rows(COMMUNES, seed, 35, 210)
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 820
    late = sum(int(r[3]) for r in rows)
    blocks = [("p", "Trong tháng %d năm 2024, UBND huyện Yên Châu và UBND các xã, thị trấn đã tiếp nhận tổng cộng %s hồ sơ (tiếp nhận trực tuyến %s hồ sơ; qua bưu chính công ích %d hồ sơ)." % (mon, vn(tot), vn(tot // 3), 17 + 3 * k)),
              ("p", "Kết quả đã giải quyết %s hồ sơ, trong đó trước hạn %s hồ sơ, đúng hạn %s hồ sơ, quá hạn %d hồ sơ; đang giải quyết %d hồ sơ." % (vn(tot - 51), vn(tot // 2), vn(tot - 51 - tot // 2 - late), late, 51)),
              ("p", "Bảng tổng hợp một số xã, thị trấn:"), ("t", HEAD, rows), ("p", p3), ("p", "Lường Văn Chung")]
    ARTS.append((412 + k, "Kết quả tiếp nhận và giải quyết TTHC tháng %d năm 2024" % mon, d, blocks, "Phòng Nội vụ"))
ARTS.append((405, "Yên Châu chuẩn bị mùa xoài năm 2024", (2024, 4, 22, 16, 45, 0), [
    ("p", "Năm nay toàn huyện có khoảng 3.900 ha xoài, trong đó hơn 500 ha được cấp mã số vùng trồng phục vụ xuất khẩu."),
    ("p", "Các hợp tác xã đã ký hợp đồng bao tiêu với ba doanh nghiệp chế biến tại Hà Nội và Bắc Giang."),
    ("p", "Giá xoài tròn đầu vụ dự kiến dao động từ 25.000 đến 30.000 đồng mỗi kg.")], "Cầm Thị Xuân"))
ARTS.append((408, "Sơ kết một năm thực hiện Đề án 06 tại huyện Yên Châu", (2024, 4, 29, 10, 0, 0), [
    ("p", "Sau một năm triển khai, Công an huyện đã thu nhận 41.206 hồ sơ cấp căn cước và kích hoạt tài khoản định danh điện tử cho 27.530 người."),
    ("p", "Tỷ lệ hồ sơ thủ tục hành chính liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi nộp trực tuyến đạt 72%."),
    ("p", "Hội nghị đề ra nhiệm vụ làm sạch dữ liệu dân cư tại 15 xã, thị trấn trước tháng 9.")], "Quàng Văn Hải"))
ARTS.append((410, "Chiềng Đông tổ chức Tết Xíp xí của đồng bào Thái", (2024, 8, 14, 18, 20, 2), [
    ("p", "Tết Xíp xí năm nay được tổ chức tại nhà văn hóa bản Nà Và với lễ cúng tổ tiên, làm bánh chưng đen và thi hát khắp."),
    ("p", "Các gia đình trong bản góp gạo nếp, gà và cá suối để cùng làm cỗ mời khách từ các xã lân cận.")], "Lò Thị Ngân"))
NOTICES = [(415, "Thông báo về việc tiếp nhận hồ sơ xét tuyển giáo viên hợp đồng", "/images/stories/vanban/TB-xettuyen-GV.doc")]


def apath(i):
    return "/index.php?option=com_content&task=view&id=%d&Itemid=38" % i


def cdate(d):
    return "%s, %02d %s %d %02d:%02d" % (WD[d[5]], d[2], JM[d[1] - 1], d[0], d[3], d[4])


srt = sorted(ARTS, key=lambda a: a[2])
for a in ARTS:
    i, t, d, blocks, au = a
    pos = srt.index(a)
    body = "".join("<p>%s</p>" % entities(b[1]) if b[0] == "p" else table_html(b[1], b[2], attrs=' border="1" cellpadding="3"') for b in blocks)
    md = (d[0], d[1], d[2] + 1, 7, 30, (d[5] + 1) % 7)
    li = lambda L: "".join('<li><a href="%s" class="latestnews">%s</a> - %02d/%02d/%d</li>' % (href(apath(x[0])), esc(x[1]), x[2][2], x[2][1], x[2][0]) for x in L)
    main = """<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td>
<td align="right" class="buttonheading"><a href="%s" title="In trang"><img src="/images/M_images/printButton.png" alt="In trang" /></a></td>
<td align="right" class="buttonheading"><a href="%s" title="Gửi email"><img src="/images/M_images/emailButton.png" alt="Gửi email" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td><span class="small">Viết bởi %s</span></td></tr><tr><td valign="top" class="createdate">%s</td></tr>
<tr><td valign="top">%s</td></tr><tr><td class="modifydate">Cập nhật ( %s )</td></tr></table>
<table class="blog_more"><tr><td><strong>Các bài mới hơn:</strong><ul>%s</ul><strong>Các bài cũ hơn:</strong><ul>%s</ul></td></tr></table>""" % (
        esc(t), href("/index2.php?option=com_content&task=view&id=%d&pop=1&page=0&Itemid=38" % i), href("/index2.php?option=com_mailto&tmpl=component&link=%d" % i),
        esc(au), cdate(d), body, cdate(md), li(srt[pos + 1:][:5]), li(srt[:pos][::-1][:5]))
    texts = [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][3], tb[0][2][0][0], tb[0][2][4][2], ph(texts[1], 0, 6), ph(texts[3], 0, 8)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(texts[0], 2, 10), ph(texts[1], 0, 7), ph(texts[-1], -5)], []
    P.article(apath(i), shell(t, main), t, "%04d-%02d-%02d" % d[:3], texts, must, extra)
for i, t, f in NOTICES:
    P.page(apath(i), shell(t, '<table class="contentpaneopen"><tr><td class="contentheading">%s</td></tr><tr><td><p><a href="%s">Tải văn bản</a></p></td></tr></table>' % (esc(t), href(f))))

items = sorted([(a[0], a[1], a[2], a[3][0][1]) for a in ARTS] + [(n[0], n[1], (2024, 7, 10, 0, 0, 0), "") for n in NOTICES], key=lambda x: x[2], reverse=True)


def blog(L):
    return "".join('<table class="contentpaneopen"><tr><td class="contentheading"><a href="%s" class="contentpagetitle">%s</a></td></tr><tr><td>%s</td></tr></table><a href="%s" class="readon">Đọc tiếp...</a>' % (href(apath(i)), esc(t), entities(s), href(apath(i))) for i, t, d, s in L)


nav = '<div class="pagenav"><a href="%s" title="1">1</a> <a href="%s" title="2">2</a> <a href="%s" title="Tiếp">Tiếp</a></div>' % (href(SEC), href(SEC2), href(SEC2))
P.page("/", shell("Trang chủ", blog(items[:3]) + '<a href="%s">Tin tức - Sự kiện</a>' % href(SEC)))
P.page(SEC, shell("Tin tức - Sự kiện", blog(items[:5]) + nav))
P.page(SEC2, shell("Tin tức - Sự kiện", blog(items[5:]) + nav))
P.page("/index.php?option=com_content&task=view&id=2&Itemid=27", shell("Giới thiệu Yên Châu", '<table class="contentpaneopen"><tr><td class="contentheading">Khái quát huyện Yên Châu</td></tr><tr><td><p>Huyện có 14 xã và 1 thị trấn, dân số khoảng 8 vạn người.</p></td></tr></table>'))
P.write()
