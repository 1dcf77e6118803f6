"""p5: Joomla 1.5 commune site, xã Chiềng Mung (huyện Mai Sơn, Sơn La), served as windows-1258.
Hard cases: windows-1258 bytes (base letter + combining tone), 2000s table layout without container
classes, headline in td.contentheading, Joomla createdate with weekday + time + month words,
left column with counter before the content, copyright table in the footer, a very short article
followed by other news."""
from common import Portal, esc, href

P = Portal("chiengmung_joomla", "Trang thông tin điện tử xã Chiềng Mung", "Mai Sơn", "Sơn La", "joomla15", encoding="windows-1258")
P.furniture = ["Khách ghé thăm", "Đang xem cùng bạn", "Số lượt đọc từ đầu năm", "In bài này", "Quay về",
               "Gửi cho bạn", "Tăng giảm cỡ chữ", "Chia sẻ bài", "Những tin đã đăng", "Tra cứu hồ sơ",
               "Trang thông tin điện tử xã Chiềng Mung - huyện Mai Sơn"]

def counter():
    return ('<table class="moduletable"><tr><th>Khách ghé thăm</th></tr><tr><td>Đang xem cùng bạn: 6<br>'
            'Số lượt đọc từ đầu năm: 48213<br>Tổng: 211094</td></tr></table>')

def tools(aid):
    return ('<table class="buttons"><tr><td><a href="%s">In bài này</a></td><td><a href="%s">Gửi cho bạn</a></td>'
            '<td><a href="javascript:history.back()">Quay về</a></td><td>Tăng giảm cỡ chữ</td><td>Chia sẻ bài</td></tr></table>'
            % (href("/index2.php?option=com_content&task=view&id=%d&pop=1" % aid), href("/index2.php?option=com_content&task=emailform&id=%d" % aid)))

MENU = [("/", "Trang chủ"), ("/index.php?option=com_content&task=view&id=2&Itemid=3", "Giới thiệu xã"),
        ("/index.php?option=com_content&task=category&sectionid=1&id=3&Itemid=2", "Tin tức"),
        ("/index.php?option=com_content&task=category&sectionid=1&id=5&Itemid=6", "Thông báo"),
        ("/index.php?option=com_wrapper&Itemid=9", "Tra cứu hồ sơ")]

def layout(title, main):
    menu = "".join('<tr><td><a class="mainlevel" href="%s">%s</a></td></tr>' % (href(u), t) for u, t in MENU)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>%s</title></head>'
            '<body><table width="990" align="center"><tr><td colspan="3"><img src="/images/banner.jpg" alt="banner"></td></tr>'
            '<tr><td width="200" valign="top"><table>%s</table>%s</td><td valign="top">%s</td>'
            '<td width="180" valign="top"><table class="moduletable"><tr><th>Tra cứu hồ sơ</th></tr></table>%s</td></tr>'
            '<tr><td colspan="3"><table width="100%%"><tr><td align="center">Trang thông tin điện tử xã Chiềng Mung - huyện Mai Sơn<br>'
            'Chịu trách nhiệm: Chủ tịch UBND xã</td></tr></table>%s</td></tr></table></body></html>'
            % (esc(title), menu, counter(), main, counter(), counter()))

WD = {"2024-03-12": "Thứ ba, 12 Tháng 3 2024 08:30", "2024-04-02": "Thứ ba, 02 Tháng 4 2024 15:10",
      "2024-05-09": "Thứ năm, 09 Tháng 5 2024 07:45", "2024-06-20": "Thứ năm, 20 Tháng 6 2024 16:00",
      "2024-07-15": "Thứ hai, 15 Tháng 7 2024 10:20", "2024-09-03": "Thứ ba, 03 Tháng 9 2024 09:00"}
ARTS = [
 dict(id=57, title="Xã Chiềng Mung tiếp nhận 1.126 hồ sơ trong quý I", date="2024-04-02",
      paras=["Quý I năm 2024, bộ phận một cửa xã Chiềng Mung tiếp nhận 1.126 hồ sơ, chủ yếu thuộc lĩnh vực chứng thực và hộ tịch.",
             "Xã đã trả kết quả 1.118 hồ sơ, trong đó trước hạn 904 hồ sơ, đúng hạn 214 hồ sơ, không có hồ sơ trễ hạn; còn 8 hồ sơ đang xử lý.",
             "Tỷ lệ nộp trực tuyến đạt 41,3%, có 12 hồ sơ nhận qua bưu điện.",
             "Lò Văn Pấng - công chức Văn phòng - Thống kê"],
      must=["tiếp nhận 1.126 hồ sơ", "trước hạn 904 hồ sơ", "đạt 41,3%"]),
 dict(id=61, title="Kết quả đánh giá cải cách hành chính các bản năm 2023", date="2024-03-12",
      paras=["Năm 2023, Chỉ số CCHC của xã Chiềng Mung đạt 87,6 điểm, đứng thứ 5/22 xã, thị trấn của huyện Mai Sơn.",
             "Kết quả rà soát công tác tuyên truyền CCHC tại các bản được tổng hợp như sau:"],
      table=[["Bản", "Số buổi tuyên truyền", "Số hộ tham dự"], ["Bản Mung", "6", "184"], ["Bản Hịa", "4", "97"], ["Bản Cang", "5", "132"]],
      after=["Năm 2024 xã phấn đấu nâng chỉ số lên trên 90 điểm."],
      must=["đạt 87,6 điểm", "đứng thứ 5/22 xã", "trên 90 điểm"]),
 dict(id=66, title="Chiềng Mung thu hoạch xoài sớm", date="2024-05-09",
      paras=["Các hộ trồng xoài ở bản Hụm đã thu hoạch lứa đầu, giá bán tại vườn 18.000 đồng/kg."],
      must=["bản Hụm", "18.000 đồng/kg", "lứa đầu"], short=True),
 dict(id=70, title="Ra quân tổng vệ sinh môi trường hưởng ứng ngày 5/6", date="2024-06-20",
      paras=["Hơn 300 người dân 14 bản trong xã tham gia thu gom rác thải, phát quang đường làng.",
             "Đoàn thanh niên xã trồng thêm 200 cây bóng mát dọc đường vào trường học.",
             "Tòng Thị Hoa"],
      must=["14 bản trong xã", "200 cây bóng mát", "phát quang đường làng"]),
 dict(id=74, title="Hội nghị triển khai tiêm phòng vụ Thu cho gia súc", date="2024-09-03",
      paras=["UBND xã phối hợp trạm chăn nuôi huyện tiêm vắc xin lở mồm long móng cho 1.450 con trâu, bò.",
             "Đợt tiêm kéo dài đến hết ngày 30/9, người dân chủ động nhốt gia súc khi cán bộ thú y đến bản."],
      must=["1.450 con trâu, bò", "lở mồm long móng", "hết ngày 30/9"]),
]

def url(a): return "/index.php?option=com_content&task=view&id=%d&Itemid=2" % a["id"]
for a in ARTS:
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    cells = []
    if "table" in a:
        body += '<table border="1" cellpadding="3">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += "".join("<p>%s</p>" % esc(p) for p in a["after"])
        cells = [c for r in a["table"] for c in r]
    oth = "".join('<li><a href="%s">%s</a> - %s</li>' % (href(url(b)), esc(b["title"]), "/".join(reversed(b["date"].split("-")))) for b in ARTS if b is not a)
    main = ('%s<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td></tr></table>'
            '<table class="contentpaneopen"><tr><td class="createdate">%s</td></tr><tr><td valign="top">%s%s</td></tr>'
            '<tr><td>%s%s</td></tr></table><div><b>Những tin đã đăng</b><ul>%s</ul></div>'
            % (tools(a["id"]), esc(a["title"]), WD[a["date"]], counter(), body, tools(a["id"]), counter(), oth))
    P.add_page(url(a), layout(a["title"], main))
    paras = a["paras"] + a.get("after", [])
    P.article(url(a), a["title"], a["date"], paras, a["must"] + ([a["table"][3][0]] if "table" in a else []), cells)

def blog(arts):
    return "".join('<table class="contentpaneopen"><tr><td class="contentheading"><a href="%s">%s</a></td></tr><tr><td>%s</td></tr></table>'
                   % (href(url(a)), esc(a["title"]), esc(a["paras"][0])) for a in arts)
L1 = "/index.php?option=com_content&task=category&sectionid=1&id=3&Itemid=2"
L2 = L1 + "&limit=3&limitstart=3"
P.add_page(L1, layout("Tin tức", blog(ARTS[::-1][:3]) + '<div class="pagenav">Trang 1 <a href="%s">2</a> <a href="%s">Tiếp</a></div>' % (href(L2), href(L2))))
P.add_page(L2, layout("Tin tức", blog(ARTS[::-1][3:]) + '<div class="pagenav"><a href="%s">1</a> Trang 2</div>' % href(L1)))
L3 = "/index.php?option=com_content&task=category&sectionid=1&id=5&Itemid=6"
N = "/index.php?option=com_content&task=view&id=77&Itemid=6"
P.add_page(L3, layout("Thông báo", '<a href="%s">Thông báo về việc thu thuế sử dụng đất phi nông nghiệp năm 2024</a>' % href(N)))
P.add_page(N, layout("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo về việc thu thuế sử dụng đất phi nông nghiệp năm 2024</td></tr><tr><td><a href="/images/stories/tb_thue_2024.doc">tb_thue_2024.doc</a></td></tr></table>'))
INTRO = "/index.php?option=com_content&task=view&id=2&Itemid=3"
intro = ["Xã Chiềng Mung nằm dọc quốc lộ 6, cách trung tâm huyện Mai Sơn khoảng 7 km về phía Tây Bắc.",
         "Toàn xã có 14 bản với các dân tộc Thái, Kinh, Mường cùng sinh sống, trong đó người Thái chiếm đa số.",
         "Cây xoài, cây nhãn và chăn nuôi bò là thế mạnh kinh tế; nhiều hợp tác xã đã có sản phẩm đạt chuẩn OCOP.",
         "Trụ sở Đảng ủy - HĐND - UBND xã đặt tại bản Mung."]
P.add_page(INTRO, layout("Giới thiệu xã", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu xã Chiềng Mung</td></tr><tr><td>%s</td></tr></table>' % "".join("<p>%s</p>" % esc(x) for x in intro)))
P.add_page("/", layout("Trang chủ", blog(ARTS[::-1][:2]) + '<a href="%s">Các tin khác</a>' % href(L1)))
for p in (L1, L2, L3, N, INTRO):
    P.non_article(p)
P.write()
