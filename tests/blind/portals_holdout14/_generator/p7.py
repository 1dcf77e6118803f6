"""p7 vanchan_joomla: Joomla 1.5 (task=view&id=) in a table layout, huyện Văn Chấn, Yên Bái.
Hard cases: left column before the content with "Ai đang online" sentence and an
English-label counter, headline in td.contentheading (no h1), created date with
weekday + time and a later "Cập nhật lần cuối" date, PDF/print/email icons, pagenav
"< Trước / Tiếp >", intro page "Điều kiện tự nhiên" at an article-shaped URL."""
from common import Portal, esc, attr

P = Portal("vanchan_joomla", "Cổng thông tin điện tử huyện Văn Chấn", "Văn Chấn", "Yên Bái", "Joomla 1.5")
def aurl(i, item=27):
    return f"/index.php?option=com_content&task=view&id={i}&Itemid={item}"
LIST = "/index.php?option=com_content&task=category&sectionid=3&id=9&Itemid=27"
INTRO = aurl(12, 30)
MENU = [("/", "Trang chủ"), (INTRO, "Điều kiện tự nhiên"), (LIST, "Tin tức - Sự kiện"),
        ("/index.php?option=com_content&task=category&sectionid=4&id=15&Itemid=33", "Thông báo"),
        ("/index.php?option=com_contact&Itemid=3", "Liên hệ")]
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
LEFT = """<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Đang có 23 khách và không thành viên đang online</td></tr></table>
<table class="moduletable"><tr><th>Thống kê truy cập</th></tr><tr><td>Today 412<br>Yesterday 1587<br>This Week 3904<br>Last Week 10233<br>This Month 21877<br>Last Month 46012<br>All days 2093781<br>Your IP: 10.0.0.15<br>2024-12-04 08:22</td></tr></table>"""


def h(u):
    return attr(u)


def shell(title, inner, canon=None):
    menu = "".join('<tr><td><a class="mainlevel" href="%s">%s</a></td></tr>' % (h(u), esc(t)) for u, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % h(canon) if canon else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><title>{esc(title)}</title>{can}</head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="banner">HUYỆN VĂN CHẤN - TỈNH YÊN BÁI</td></tr>
<tr><td width="200" valign="top" class="left"><table class="moduletable_menu">{menu}</table>{LEFT}</td>
<td valign="top" class="main">{inner}</td></tr>
<tr><td colspan="2" class="footer" align="center">Bản quyền © 2009 - 2024 UBND huyện Văn Chấn<br>Đơn vị quản lý: Phòng Văn hóa và Thông tin huyện Văn Chấn</td></tr></table></body></html>"""


ARTS = []
def add(i, title, created, ctime, modified, paras, must):
    ARTS.append(dict(i=i, title=title, created=created, ctime=ctime, modified=modified, paras=paras, must=must))


add(418, "Văn Chấn: tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính", "2024-10-09", "08:15", "2024-10-11",
    ["Báo cáo 9 tháng của UBND huyện Văn Chấn cho biết tổng số hồ sơ thủ tục hành chính phải giải quyết là 14.327 hồ sơ, gồm 13.690 hồ sơ tiếp nhận mới và 637 hồ sơ tồn chuyển sang.",
     "Số hồ sơ đã giải quyết là 13.902, trong đó trước hạn 9.847, đúng hạn 3.981, quá hạn 74; số hồ sơ đang giải quyết là 425. Số hồ sơ tiếp nhận trực tuyến đạt 9.118, chiếm 66,6%.",
     "Chỉ số cải cách hành chính năm 2023 của huyện đạt 84,09%, xếp thứ 4/9 huyện, thị xã, thành phố của tỉnh Yên Bái.",
     "Thời gian tới, huyện tập trung rà soát quy trình nội bộ lĩnh vực đất đai, xây dựng và tăng cường kiểm tra đột xuất việc thực hiện kỷ luật, kỷ cương hành chính tại các xã."],
    ["637 hồ sơ tồn chuyển sang", "trước hạn 9.847, đúng hạn 3.981, quá hạn 74", "xếp thứ 4/9 huyện, thị xã, thành phố"])
add(415, "Kết quả tiếp nhận, giải quyết hồ sơ của các xã vùng cao tháng 9", "2024-10-02", "16:40", "2024-10-02",
    ["Văn phòng HĐND và UBND huyện tổng hợp kết quả giải quyết thủ tục hành chính tại một số xã vùng cao trong tháng 9/2024.",
     [["Xã", "Tiếp nhận", "Trực tuyến", "Đúng và trước hạn"], ["Suối Giàng", "118", "71", "118"], ["Nậm Lành", "96", "52", "95"], ["Sùng Đô", "84", "39", "84"], ["Nậm Mười", "77", "30", "76"]],
     "Tỷ lệ hồ sơ trực tuyến ở các xã vùng cao mới đạt khoảng 50%, thấp hơn mức bình quân chung của huyện. Nguyên nhân chủ yếu là sóng điện thoại yếu và nhiều người dân chưa có tài khoản định danh điện tử."],
    ["Suối Giàng", "Nậm Lành", "sóng điện thoại yếu"])
add(411, "Chè Shan tuyết Suối Giàng được cấp mã vùng trồng", "2024-09-23", "10:05", "2024-09-24",
    ["Ba vùng chè Shan tuyết cổ thụ ở xã Suối Giàng với tổng diện tích 112 ha vừa được cấp mã số vùng trồng.",
     "Theo ông Giàng A Chu, Chủ tịch UBND xã, mã vùng trồng giúp các hợp tác xã ký được hợp đồng xuất khẩu chè xanh sang thị trường châu Âu với giá cao hơn.",
     "Xã đang hướng dẫn người dân ghi nhật ký thu hái, không dùng thuốc diệt cỏ quanh gốc chè."],
    ["112 ha", "cấp mã số vùng trồng", "không dùng thuốc diệt cỏ quanh gốc chè"])
add(407, "Khắc phục hậu quả mưa lũ tại xã Nậm Búng", "2024-09-12", "07:30", "2024-09-12",
    ["Sau trận mưa lớn đêm 10/9, tuyến đường từ trung tâm xã Nậm Búng đi bản Giàng Cài bị sạt lở 14 điểm, 3 hộ phải di dời khẩn cấp.",
     "Lực lượng quân sự, công an xã cùng người dân đã dùng máy xúc thông tuyến tạm; các hộ bị ảnh hưởng được hỗ trợ gạo và tiền thuê nhà ở tạm."],
    ["sạt lở 14 điểm", "3 hộ phải di dời khẩn cấp", "hỗ trợ gạo và tiền thuê nhà ở tạm"])
add(402, "Lễ hội Cầu mùa của người Tày ở Sơn Thịnh", "2024-08-30", "09:00", "2024-09-03",
    ["Lễ hội Cầu mùa được phục dựng tại thôn Bản Lìm, xã Sơn Thịnh, với phần lễ cúng thần rừng, thần nước và phần hội gồm ném còn, kéo co, thi giã bánh giày.",
     "Các nghệ nhân cao tuổi hướng dẫn thanh niên học lời khấn bằng tiếng Tày để lưu giữ nghi lễ cho thế hệ sau."],
    ["thần rừng, thần nước", "ném còn, kéo co", "lời khấn bằng tiếng Tày"])
add(398, "Tập huấn kỹ năng số cho công chức văn phòng – thống kê cấp xã", "2024-08-21", "14:00", "2024-08-21",
    ["Hơn 60 công chức văn phòng – thống kê của 31 xã, thị trấn được hướng dẫn sử dụng chữ ký số, hệ thống quản lý văn bản điều hành và phần mềm một cửa điện tử.",
     "Cuối khóa, mỗi học viên thực hành ký số và phát hành một văn bản điện tử hoàn chỉnh."],
    ["Hơn 60 công chức văn phòng", "chữ ký số", "phát hành một văn bản điện tử hoàn chỉnh"])

import datetime
for k, a in enumerate(ARTS):
    y, m, d = map(int, a["created"].split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    my, mm, md = a["modified"].split("-")
    body = []
    for b in a["paras"]:
        if isinstance(b, list):
            body.append('<table border="1" cellspacing="0" cellpadding="2">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % esc(b))
    prev = ARTS[k - 1] if k > 0 else None
    nxt = ARTS[k + 1] if k + 1 < len(ARTS) else None
    pn = (f'<th class="pagenav_prev"><a href="{h(aurl(prev["i"]))}">&lt; Trước</a></th>' if prev else "") + (f'<th class="pagenav_next"><a href="{h(aurl(nxt["i"]))}">Tiếp &gt;</a></th>' if nxt else "")
    inner = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a['title'])}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={a['i']}&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={a['i']}&amp;tmpl=component&amp;print=1" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">{wd}, {d:02d} Tháng {m:02d} {y} {a['ctime']}</td></tr>
<tr><td valign="top">{''.join(body)}</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {md}/{mm}/{my} )</td></tr></table>
<table align="center" class="pagenav"><tr>{pn}</tr></table>"""
    path = aurl(a["i"])
    P.page(path, shell(a["title"], inner, canon=path))
    P.article(path, a["title"], a["created"], a["paras"], a["must"])


def listing(items, start):
    rows = "".join(f'<tr class="sectiontableentry"><td>{x["created"][8:]}/{x["created"][5:7]}/{x["created"][:4]}</td><td><a href="{h(aurl(x["i"]))}">{esc(x["title"])}</a></td></tr>' for x in items)
    pg = f'<tr><td colspan="2" class="sectiontablefooter"><a href="{h(LIST)}" title="Đầu">Đầu</a> <a href="{h(LIST + "&limit=3&limitstart=0")}">1</a> <a href="{h(LIST + "&limit=3&limitstart=3")}">2</a> <a href="{h(LIST + "&limit=3&limitstart=3")}" title="Tiếp">Tiếp</a> <a href="{h(LIST + "&limit=3&limitstart=3")}" title="Cuối">Cuối</a></td></tr>'
    return f'<div class="componentheading">Tin tức - Sự kiện</div><table class="contentpane" width="100%"><tr><td class="sectiontableheader">Ngày</td><td class="sectiontableheader">Tiêu đề bài viết</td></tr>{rows}{pg}</table>'


P.page(LIST, shell("Tin tức - Sự kiện", listing(ARTS[:3], 0)))
P.page(LIST + "&limit=3&limitstart=0", shell("Tin tức - Sự kiện", listing(ARTS[:3], 0)))
P.page(LIST + "&limit=3&limitstart=3", shell("Tin tức - Sự kiện", listing(ARTS[3:], 3)))
front = "".join(f'<table class="contentpaneopen"><tr><td class="contentheading"><a href="{h(aurl(x["i"]))}" class="contentpagetitle">{esc(x["title"])}</a></td></tr><tr><td>{esc(x["paras"][0])}</td></tr><tr><td><a href="{h(aurl(x["i"]))}" class="readon">Xem tiếp...</a></td></tr></table>' for x in ARTS[:2])
P.page("/", shell("Trang chủ", front))
intro = """<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Điều kiện tự nhiên</td></tr></table>
<table class="contentpaneopen"><tr><td valign="top">
<p>Văn Chấn là huyện vùng cao nằm ở phía nam tỉnh Yên Bái, có tổng diện tích tự nhiên trên 1.200 km2. Địa hình dốc theo hướng tây bắc – đông nam, xen giữa các dãy núi cao là cánh đồng Mường Lò rộng lớn, vựa lúa thứ hai của vùng Tây Bắc.</p>
<p>Khí hậu của huyện chia thành hai tiểu vùng rõ rệt: vùng thấp nóng ẩm, mưa nhiều vào mùa hè; vùng cao như Suối Giàng, Nậm Lành mát mẻ quanh năm, thích hợp với chè Shan tuyết và cây dược liệu.</p>
<p>Hệ thống sông suối dày đặc, lớn nhất là Ngòi Thia và các suối Nậm Mười, Nậm Tăng, cung cấp nước tưới cho đồng ruộng và có tiềm năng thủy điện nhỏ. Trên địa bàn còn có nguồn nước khoáng nóng Bản Bon.</p>
<p>Rừng tự nhiên và rừng trồng chiếm hơn một nửa diện tích, là nơi sinh sống của nhiều loài động, thực vật quý hiếm.</p>
</td></tr></table>"""
P.page(INTRO, shell("Điều kiện tự nhiên", intro))
NL = "/index.php?option=com_content&task=category&sectionid=4&id=15&Itemid=33"
NOTE = aurl(421, 33)
P.page(NL, shell("Thông báo", f'<div class="componentheading">Thông báo</div><table class="contentpane"><tr class="sectiontableentry"><td><a href="{h(NOTE)}">Thông báo kết quả lựa chọn đơn vị đấu giá quyền sử dụng đất</a></td></tr></table>'))
P.page(NOTE, shell("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Thông báo kết quả lựa chọn đơn vị đấu giá quyền sử dụng đất</td></tr></table><table class="contentpaneopen"><tr><td valign="top"><p><a href="/images/stories/thongbao/TB_dau_gia_2024.doc">TB_dau_gia_2024.doc</a></p></td></tr></table>', canon=NOTE))
P.non_articles += [INTRO, NL, NOTE]
P.furniture = ["Ai đang online", "Đang có 23 khách và không thành viên đang online", "Yesterday", "This Week", "Last Month",
               "All days", "Your IP", "2093781", "Cập nhật lần cuối", "< Trước", "Tiếp >", "Xem tiếp...",
               "Bản quyền © 2009 - 2024 UBND huyện Văn Chấn", "Tiêu đề bài viết"]
P.write()
