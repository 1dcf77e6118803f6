"""p7: Joomla 1.5, index.php?option=com_content&task=view&id=&Itemid=, pages in windows-1258 (decomposed tones).
Hard cases: windows-1258 bytes, table layout with no container classes, left-column 'Ai đang online' and
English counter labels before the content, header shows today's date, one article without any date,
'Cập nhật lần cuối' stamp after text, print/pdf links that answer 404."""
from common import Portal, esc, CANON

P = Portal("p7_kyson", "Trang TTĐT huyện Kỳ Sơn", "Kỳ Sơn", "Nghệ An", "Joomla 1.5")
ARTS = [
 dict(id=1402, title="Kỳ Sơn giải quyết 4.112 hồ sơ hành chính năm 2023", date="2024-01-08", stamp="Thứ hai, 08 Tháng 1 2024 09:14",
      paras=["Năm 2023, bộ phận tiếp nhận và trả kết quả huyện Kỳ Sơn tiếp nhận 4.157 hồ sơ, cộng 96 hồ sơ năm 2022 chuyển sang.",
             "Số hồ sơ đã giải quyết là 4.112, gồm 1.630 hồ sơ trước hạn, 2.459 hồ sơ đúng hạn và 23 hồ sơ trễ hạn. Hiện còn 141 hồ sơ đang giải quyết.",
             "Do hạ tầng mạng ở vùng cao còn hạn chế, tỷ lệ hồ sơ trực tuyến mới đạt 34,6%; có 12 hồ sơ trả qua bưu điện.",
             "Năm 2024, huyện đặt mục tiêu đưa dịch vụ công trực tuyến về tận bản thông qua tổ công nghệ số cộng đồng."],
      must=["1.630 hồ sơ trước hạn, 2.459 hồ sơ đúng hạn và 23 hồ sơ trễ hạn", "tỷ lệ hồ sơ trực tuyến mới đạt 34,6%", "tổ công nghệ số cộng đồng"]),
 dict(id=1397, title="Chỉ số hài lòng của người dân với dịch vụ hành chính công các xã", date="2023-12-22", stamp="Thứ sáu, 22 Tháng 12 2023 15:40",
      paras=["Kết quả khảo sát SIPAS năm 2023 tại 21 xã, thị trấn cho thấy mức hài lòng chung đạt 81,9%.",
             "Một số đơn vị tiêu biểu:",
             "Người dân phản ánh thời gian đi lại đến trụ sở xã vẫn còn xa, nhất là ở xã Mường Lống và Na Ngoi.",
             "Huyện sẽ tăng cường tiếp nhận hồ sơ lưu động tại các bản."],
      table=[["Xã, thị trấn", "Mức hài lòng"], ["Thị trấn Mường Xén", "88,3%"], ["Xã Tà Cạ", "85,1%"], ["Xã Mường Lống", "74,6%"]],
      must=["mức hài lòng chung đạt 81,9%", "Xã Tà Cạ", "tiếp nhận hồ sơ lưu động tại các bản"]),
 dict(id=1390, title="Bàn giao bò giống cho hộ nghèo xã Hữu Kiệm", date=None, stamp=None,
      paras=["Chương trình giảm nghèo bền vững vừa bàn giao 40 con bò giống cho 40 hộ nghèo xã Hữu Kiệm.",
             "Các hộ nhận bò cam kết chăm sóc và bàn giao con đầu lòng cho hộ khó khăn khác trong bản."]),
 dict(id=1385, title="Lễ hội đền Pu Nhạ Thầu", date="2023-11-29", stamp="Thứ tư, 29 Tháng 11 2023 07:55",
      paras=["Lễ hội đền Pu Nhạ Thầu được tổ chức tại xã Nậm Cắn với nghi lễ dâng hương tưởng nhớ người có công khai phá vùng đất.",
             "Phần hội có thi đẩy gậy, kéo co và giao lưu văn nghệ của đồng bào Khơ Mú, Mông, Thái."]),
 dict(id=1379, title="Sửa chữa đường tỉnh 543 đoạn qua xã Bắc Lý", date="2023-11-10", stamp="Thứ sáu, 10 Tháng 11 2023 16:21",
      paras=["Đơn vị thi công đã khắc phục 14 điểm sạt lở trên đường tỉnh 543 sau mưa lớn."]),
 dict(id=1371, title="Phát động phong trào khuyến học năm học mới", date="2023-09-05", stamp="Thứ ba, 05 Tháng 9 2023 10:08",
      paras=["Hội Khuyến học huyện phát động phong trào gia đình học tập, dòng họ học tập.",
             "Năm học trước, toàn huyện có 18 học sinh đạt giải học sinh giỏi cấp tỉnh.",
             "Vi Thị Hoa"]),
]
P.furniture = ["Ai đang online", "Đang có 11 khách và không thành viên đang online", "Thống kê truy cập", "Yesterday", "All days", "Your IP:", "Cập nhật lần cuối", "Bản quyền © 2008 UBND huyện Kỳ Sơn"]
ENC = "windows-1258"


def url(a):
    return "/index.php?option=com_content&task=view&id=%d&Itemid=45" % a["id"]


def h(u):
    return u.replace("&", "&amp;")


def shell(title, main, canon=None):
    left = ('<table width="100%%"><tr><td><b>Ai đang online</b><br>Đang có 11 khách và không thành viên đang online</td></tr>'
            '<tr><td><b>Thống kê truy cập</b><br>Today 412<br>Yesterday 1033<br>This Week 3901<br>All days 1680355<br>Your IP: 10.0.0.7</td></tr></table>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>%s</title>%s</head><body>'
            '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/kyson/images/banner.jpg"><br>Thứ tư, 04 Tháng 12 2024</td></tr>'
            '<tr><td colspan="2"><a href="/">Trang chủ</a> | <a href="%s">Tin tức</a> | <a href="/index.php?option=com_content&amp;task=view&amp;id=12&amp;Itemid=30">Giới thiệu</a></td></tr>'
            '<tr><td width="190" valign="top">%s</td><td valign="top">%s</td></tr>'
            '<tr><td colspan="2" align="center">Bản quyền © 2008 UBND huyện Kỳ Sơn – Nghệ An</td></tr></table></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, h(canon)) if canon else "", h("/index.php?option=com_content&task=blogcategory&id=7&Itemid=45"), left, main))


def article(a):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += '<table border="1" cellspacing="0">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    stamp = '<tr><td class="createdate">%s</td></tr>' % a["stamp"] if a["stamp"] else ""
    mod = '<tr><td class="modifydate">Cập nhật lần cuối ( %s )</td></tr>' % a["stamp"] if a["stamp"] else ""
    icons = '<a href="%s"><img src="/images/M_images/pdf_button.png" alt="PDF"></a> <a href="%s"><img src="/images/M_images/printButton.png" alt="In"></a>' % (
        h("/index2.php?option=com_content&do_pdf=1&id=%d" % a["id"]), h("/index2.php?option=com_content&task=view&id=%d&pop=1" % a["id"]))
    return ('<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td><td>%s</td></tr></table>'
            '<table class="contentpaneopen">%s<tr><td valign="top">%s</td></tr>%s</table>') % (esc(a["title"]), icons, stamp, body, mod)


def teaser(a):
    return '<tr><td><a href="%s" class="contentpagetitle">%s</a><br>%s</td></tr>' % (h(url(a)), esc(a["title"]), esc(a["paras"][0]))


L = "/index.php?option=com_content&task=blogcategory&id=7&Itemid=45"
TB = "/index.php?option=com_content&task=view&id=1366&Itemid=52"
P.add("/", shell("Trang chủ", "<table>" + "".join(teaser(a) for a in ARTS[:3]) + '</table><a href="%s">Thông báo về việc tạm dừng tiếp nhận hồ sơ ngày 30/4 và 1/5</a>' % h(TB)), enc=ENC)
P.add(L, shell("Tin tức", "<table>" + "".join(teaser(a) for a in ARTS[:4]) + '</table><div class="pagination"><a href="%s">Sau</a></div>' % h(L + "&limit=4&limitstart=4")), enc=ENC)
P.add(L + "&limit=4&limitstart=4", shell("Tin tức", "<table>" + "".join(teaser(a) for a in ARTS[4:]) + '</table><a href="%s">Đầu</a>' % h(L)), enc=ENC)
for a in ARTS:
    P.add(url(a), shell(a["title"], article(a), url(a)), enc=ENC)
    P.gold_article(url(a), a)
P.add(TB, shell("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo về việc tạm dừng tiếp nhận hồ sơ ngày 30/4 và 1/5</td></tr><tr><td><a href="/images/stories/tb-nghi-le.doc">tb-nghi-le.doc</a></td></tr></table>'), enc=ENC)
INTRO = "/index.php?option=com_content&task=view&id=12&Itemid=30"
P.add(INTRO, shell("Giới thiệu", "<p>Kỳ Sơn là huyện vùng cao biên giới phía tây tỉnh Nghệ An, giáp nước Lào.</p><p>Điện thoại: 0238 3875 222</p>"), enc=ENC)
P.non_articles = [TB, INTRO]
P.write()
