"""p7: Joomla 1.5 in a 2000s table layout (index.php?option=com_content&task=view&id=), huyện Quan Sơn, Thanh Hóa.
Hard cases: left column before the content with "Ai đang online" sentence and an English-label
visit counter, headline in td.contentheading, "Viết bởi" author line and create date in the
header row, "Cập nhật ( ... )" stamp after the text, named HTML entities mixed with UTF-8,
an undated article (dates hidden), dead print link (index2.php ... pop=1), copyright footer table."""
from common import Portal, esc, ent

P = Portal("quanson_thanhhoa", "Trang thông tin điện tử huyện Quan Sơn", "Quan Sơn", "Thanh Hóa", "joomla15")
P.furniture = ["Ai đang online", "khách trực tuyến", "Thống kê truy cập", "Yesterday", "This Week", "All days",
               "Your IP", "Viết bởi", "Cập nhật (", "Tin mới hơn:", "Tin cũ hơn:", "Bản quyền © 2009 UBND huyện Quan Sơn"]
SEC = "/index.php?option=com_content&task=category&sectionid=3&id=12&Itemid=37"
TH = {"2024-03-14": "Thứ năm, 14 Tháng 3 2024 08:30", "2024-03-22": "Thứ sáu, 22 Tháng 3 2024 16:05",
      "2024-04-03": "Thứ tư, 03 Tháng 4 2024 10:12", "2024-04-09": "Thứ ba, 09 Tháng 4 2024 07:50", "2024-04-15": "Thứ hai, 15 Tháng 4 2024 14:20"}


def shell(title, body):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><title>{ent(title)}</title></head>
<body bgcolor="#ffffff"><table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/templates/quanson/images/banner.jpg" width="980" height="150" alt="" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">Trang chủ</a> | <a href="/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=27">Giới thiệu</a> | <a href="{esc(SEC)}">Tin tức - Sự kiện</a> | <a href="/index.php?option=com_contact&amp;Itemid=3">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="leftcol">
<table class="moduletable"><tr><th>Ai đang online</th></tr><tr><td>Hiện có 12 khách trực tuyến</td></tr></table>
<table class="moduletable"><tr><th>Thống kê truy cập</th></tr><tr><td><div>Today: 311</div><div>Yesterday: 1022</div><div>This Week: 3407</div><div>Last Week: 7015</div><div>This Month: 14590</div><div>All days: 986213</div><div>Your IP: 10.0.0.8</div></td></tr></table>
</td><td valign="top" class="maincol">{body}</td></tr>
<tr><td colspan="2" class="footer"><table width="100%"><tr><td align="center">Bản quyền © 2009 UBND huyện Quan Sơn - Thị trấn Sơn Lư, huyện Quan Sơn, tỉnh Thanh Hóa</td></tr></table></td></tr></table></body></html>"""


ARTS = [
 dict(id=245, title="Quan Sơn: Quý I tiếp nhận 1.732 hồ sơ thủ tục hành chính", date="2024-04-03", upd="Thứ năm, 04 Tháng 4 2024 09:10", by="Hà Văn Tưởng",
  blocks=["Theo báo cáo của UBND huyện, quý I/2024 huyện Quan Sơn tiếp nhận 1.732 hồ sơ thủ tục hành chính, trong đó cấp huyện 603 hồ sơ, cấp xã 1.129 hồ sơ.",
          "Số hồ sơ đã giải quyết là 1.690 hồ sơ, trong đó trước hạn 1.208, đúng hạn 479, quá hạn 3 hồ sơ; 42 hồ sơ đang giải quyết.",
          "Tỷ lệ hồ sơ trực tuyến mới đạt 46,2% do sóng điện thoại ở một số bản vùng cao còn yếu.",
          "Năm 2023, Chỉ số cải cách hành chính của huyện đạt 80,47 điểm, xếp thứ 17/27 huyện, thị xã, thành phố, tăng 4 bậc."],
  must=["cấp huyện 603 hồ sơ, cấp xã 1.129 hồ sơ", "quá hạn 3 hồ sơ; 42 hồ sơ đang giải quyết", "đạt 80,47 điểm, xếp thứ 17/27", "46,2%"]),
 dict(id=251, title="Kết quả thực hiện Đề án 06 tại các xã biên giới", date="2024-04-15", upd=None, by="Lò Thị Xuân",
  blocks=["Ban Chỉ đạo Đề án 06 huyện Quan Sơn đánh giá kết quả thu nhận hồ sơ định danh điện tử tại ba xã biên giới như sau:",
          [["Xã", "Hồ sơ định danh mức 2", "Hồ sơ dịch vụ công trực tuyến"], ["Na Mèo", "1.840", "96"], ["Sơn Thủy", "2.115", "132"], ["Tam Thanh", "1.302", "58"]],
          "Các xã đề nghị huyện bố trí thêm thiết bị đọc chip căn cước cho công an xã."],
  must=["Sơn Thủy", "thu nhận hồ sơ định danh điện tử", "thiết bị đọc chip căn cước"]),
 dict(id=238, title="Bản Ngàm tổ chức lễ hội Lồng pồng", date=None, upd=None, by="Phạm Hùng",
  blocks=["Người Thái ở bản Ngàm, xã Sơn Điện vừa tổ chức lễ hội Lồng pồng cầu mưa thuận gió hòa.",
          "Trai gái trong bản cùng giã gạo vào máng gỗ tạo nên âm thanh rộn ràng, sau đó là múa xòe và ném còn.",
          "Lễ hội thu hút du khách từ thành phố Thanh Hóa lên tham dự."],
  must=["lễ hội Lồng pồng", "giã gạo vào máng gỗ", "múa xòe và ném còn"]),
 dict(id=240, title="Trồng mới 300 ha rừng sản xuất năm 2024", date="2024-03-14", upd=None, by="Hà Văn Tưởng",
  blocks=["Hạt Kiểm lâm huyện phối hợp với các xã hướng dẫn nhân dân trồng mới 300 ha rừng sản xuất, chủ yếu là keo và luồng.", "Mỗi hecta được hỗ trợ cây giống và phân bón."],
  must=["300 ha rừng sản xuất", "keo và luồng", "hỗ trợ cây giống và phân bón"]),
 dict(id=242, title="Khám sàng lọc miễn phí cho người cao tuổi xã Trung Xuân", date="2024-03-22", upd=None, by="Lò Thị Xuân",
  blocks=["Trung tâm Y tế huyện tổ chức khám sàng lọc bệnh tăng huyết áp, đái tháo đường cho 150 người cao tuổi.", "Những trường hợp có nguy cơ được tư vấn đến tuyến trên điều trị."],
  must=["khám sàng lọc bệnh tăng huyết áp", "150 người cao tuổi", "tư vấn đến tuyến trên"]),
 dict(id=247, title="Sửa chữa cầu treo bản Chiềng sau mùa lũ", date="2024-04-09", upd="Thứ tư, 10 Tháng 4 2024 08:00", by="Phạm Hùng",
  blocks=["UBND huyện bố trí 1,2 tỷ đồng sửa chữa cầu treo bản Chiềng, xã Trung Thượng bị hư hỏng sau lũ.", "Trong thời gian thi công, học sinh được đưa đón bằng thuyền có áo phao."],
  must=["1,2 tỷ đồng sửa chữa cầu treo", "xã Trung Thượng", "đưa đón bằng thuyền có áo phao"]),
]
for a in ARTS:
    a["path"] = "/index.php?option=com_content&task=view&id=%d&Itemid=37" % a["id"]


def bl(blocks):
    o = []
    for b in blocks:
        if isinstance(b, str):
            o.append("<p>%s</p>" % ent(b))
        else:
            o.append('<table border="1" cellspacing="0">' + "".join("<tr>" + "".join("<td>%s</td>" % ent(c) for c in r) + "</tr>" for r in b) + "</table>")
    return "".join(o)


dated = sorted([a for a in ARTS if a["date"]], key=lambda a: a["date"])
for a in ARTS:
    hdr = '<tr><td class="createdate">%s</td></tr>' % TH[a["date"]] if a["date"] else ""
    upd = '<tr><td class="modifydate">Cập nhật ( %s )</td></tr>' % a["upd"] if a["upd"] else ""
    nav = ""
    if a["date"]:
        i = dated.index(a)
        if i + 1 < len(dated):
            nav += '<li>Tin mới hơn: <a href="%s">%s</a></li>' % (esc(dated[i + 1]["path"]), ent(dated[i + 1]["title"]))
        if i > 0:
            nav += '<li>Tin cũ hơn: <a href="%s">%s</a></li>' % (esc(dated[i - 1]["path"]), ent(dated[i - 1]["title"]))
    body = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{ent(a['title'])}</td>
<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;id={a['id']}&amp;pop=1&amp;page=0&amp;Itemid=37" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td><span class="small">Viết bởi {ent(a['by'])}</span></td></tr>{hdr}
<tr><td valign="top">{bl(a['blocks'])}</td></tr>{upd}</table><ul class="pagenav">{nav}</ul>"""
    P.add(a["path"], shell(a["title"], body))
    P.article(a["path"], a["title"], a["date"], a["blocks"], a["must"])

NOTICE = "/index.php?option=com_content&task=view&id=249&Itemid=37"
P.add(NOTICE, shell("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện", """<table class="contentpaneopen"><tr><td class="contentheading">Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện</td></tr></table>
<table class="contentpaneopen"><tr><td><a href="/images/stories/thongbao/lich-tiep-cong-dan.doc">Tải văn bản</a></td></tr></table>"""))
order = [ARTS[1], ARTS[0], ARTS[5], ARTS[2], ARTS[4], ARTS[3]]


def listing(items, extra, start):
    rows = "".join('<tr class="sectiontableentry"><td><a href="%s">%s</a></td></tr>' % (esc(a["path"]), ent(a["title"])) for a in items)
    nav = '<a href="%s">Đầu</a> <a href="%s&amp;limit=4&amp;limitstart=4">2</a>' % (esc(SEC), esc(SEC))
    return '<div class="componentheading">Tin tức - Sự kiện</div><table class="contentpane">%s%s</table><div class="pagination">%s</div>' % (rows, extra, nav)


P.add(SEC, shell("Tin tức - Sự kiện", listing(order[:4], "", 0)))
P.add(SEC + "&limit=4&limitstart=4", shell("Tin tức - Sự kiện", listing(order[4:], '<tr><td><a href="%s">Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện</a></td></tr>' % esc(NOTICE), 4)))
INTRO = "/index.php?option=com_content&task=view&id=2&Itemid=27"
P.add(INTRO, shell("Giới thiệu", """<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu huyện Quan Sơn</td></tr><tr><td>
<p>Huyện Quan Sơn được thành lập năm 1996 trên cơ sở chia tách huyện Quan Hóa cũ. Huyện nằm ở phía tây tỉnh Thanh Hóa, có đường biên giới dài với tỉnh Hủa Phăn của nước bạn Lào và cửa khẩu Na Mèo.</p>
<p>Phần lớn diện tích là đồi núi cao, bị chia cắt bởi sông Luồng và sông Lò. Rừng tự nhiên còn nhiều, nổi tiếng với cây luồng, măng đắng và các loại gỗ quý.</p>
<p>Cư dân chủ yếu là đồng bào Thái, Mường, Kinh, sống thành các bản ven sông suối. Văn hóa Thái với lễ hội Lồng pồng, điệu khặp và nhà sàn vẫn được gìn giữ.</p></td></tr></table>"""))
home = '<div class="componentheading">Tin mới</div><ul>' + "".join('<li><a href="%s">%s</a></li>' % (esc(a["path"]), ent(a["title"])) for a in order[:3]) + '</ul><a href="%s">Xem tiếp</a>' % esc(SEC)
P.add("/", shell("Trang chủ", home))
P.non_articles += ["/", SEC, SEC + "&limit=4&limitstart=4", INTRO, NOTICE]
P.write()
