"""p8 moduc_php: bespoke 2000s PHP table layout served as windows-1258 (decomposed
tone marks), huyện Mộ Đức, Quảng Ngãi. Hard cases: no container classes at all
(font/table markup), header shows today's date while one article states none
(published null), marquee welcome banner, date as "(Cập nhật ngày ...)" after
the headline, "Các tin đã đưa" list with dates, copyright table, "Giới thiệu"."""
from common import Portal, esc, attr

P = Portal("moduc_php", "Website huyện Mộ Đức", "Mộ Đức", "Quảng Ngãi", "bespoke PHP table layout")
CS = "windows-1258"
def aurl(i):
    return f"/index.php?module=tintuc&act=chitiet&id={i}"
LIST = "/index.php?module=tintuc&act=danhsach&loai=2"
MENU = [("/", "TRANG CHỦ"), ("/index.php?module=gioithieu", "GIỚI THIỆU"), (LIST, "TIN TỨC"),
        ("/index.php?module=thongbao", "THÔNG BÁO"), ("/index.php?module=gopy", "GÓP Ý")]
TODAY = "Hôm nay, ngày 04 tháng 12 năm 2026"


def shell(title, inner, canon=None):
    menu = " | ".join('<a href="%s"><font color="#FFFFFF"><b>%s</b></font></a>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % attr(canon) if canon else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title>{can}</head>
<body bgcolor="#FFFFFF" topmargin="0"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#003399" height="90"><font face="Arial" size="5" color="#FFFF00"><b>UBND HUYỆN MỘ ĐỨC - TỈNH QUẢNG NGÃI</b></font></td></tr>
<tr><td bgcolor="#CC0000" height="24"><font size="2">{menu}</font></td></tr>
<tr><td><table width="100%"><tr><td><font size="1"><i>{TODAY}</i></font></td><td><marquee><font color="#CC0000" size="2">Nhiệt liệt chào mừng kỷ niệm 79 năm Ngày Quốc khánh 2/9</font></marquee></td></tr></table></td></tr>
<tr><td><table width="100%" border="0"><tr><td width="680" valign="top">{inner}</td>
<td width="220" valign="top" bgcolor="#EEEEEE"><font size="2"><b>LIÊN KẾT</b><br><a href="/index.php?module=lienket&amp;id=1">Báo Quảng Ngãi</a><br><a href="/index.php?module=lienket&amp;id=2">Đài PT-TH tỉnh</a><br><br><b>SỐ LƯỢT TRUY CẬP</b><br>0 0 6 4 1 2 9 8</font></td></tr></table></td></tr>
<tr><td bgcolor="#003399"><table width="100%"><tr><td align="center"><font color="#FFFFFF" size="1">Copyright © 2006 UBND huyện Mộ Đức. Thiết kế: Trung tâm Tin học tỉnh Quảng Ngãi<br>Ghi rõ nguồn khi trích dẫn thông tin từ website này</font></td></tr></table></td></tr>
</table></body></html>"""


ARTS = []
def add(i, title, date, paras, must):
    ARTS.append(dict(i=i, title=title, date=date, paras=paras, must=must))


add(1534, "Mộ Đức: 10 tháng giải quyết hơn 15 nghìn hồ sơ đúng và trước hạn", "2024-11-06",
    ["10 tháng năm 2024, bộ phận một cửa huyện và 13 xã, thị trấn của Mộ Đức tiếp nhận 15.904 hồ sơ; kỳ trước chuyển qua 288 hồ sơ.",
     "Đã giải quyết 15.733 hồ sơ, trong đó trước hạn 11.026 hồ sơ, đúng hạn 4.598 hồ sơ, quá hạn 109 hồ sơ; chưa đến hạn 459 hồ sơ. Hồ sơ nộp trực tuyến 10.352, đạt 65,1%; trả kết quả qua bưu chính 1.377 hồ sơ.",
     "Huyện yêu cầu các xã còn hồ sơ quá hạn phải giải trình bằng văn bản và thực hiện xin lỗi người dân theo quy định."],
    ["kỳ trước chuyển qua 288 hồ sơ", "quá hạn 109 hồ sơ", "trả kết quả qua bưu chính 1.377 hồ sơ"])
add(1529, "Công bố Chỉ số cải cách hành chính các xã, thị trấn năm 2023", "2024-10-22",
    ["UBND huyện Mộ Đức công bố Chỉ số cải cách hành chính năm 2023 của 13 xã, thị trấn. Kết quả một số đơn vị như sau:",
     [["Đơn vị", "Điểm", "Xếp loại"], ["Thị trấn Mộ Đức", "90,12", "Tốt"], ["Xã Đức Tân", "87,45", "Khá"], ["Xã Đức Phong", "85,90", "Khá"], ["Xã Đức Lân", "76,33", "Trung bình"]],
     "Bình quân các xã, thị trấn đạt 83,8 điểm. Tiêu chí tuyên truyền cải cách hành chính và ứng dụng phần mềm một cửa là những nội dung còn bị trừ điểm nhiều."],
    ["Thị trấn Mộ Đức", "87,45", "Bình quân các xã, thị trấn đạt 83,8 điểm"])
add(1522, "Nông dân Đức Phong thu hoạch tỏi vụ đông", None,
    ["Trên những ruộng cát ven biển xã Đức Phong, nông dân đang thu hoạch tỏi vụ đông với năng suất bình quân 8 tấn mỗi hécta.",
     "Giá tỏi tươi tại ruộng dao động 35.000 – 40.000 đồng/kg. Ông Võ Văn Sáu ở thôn Thạch Trụ cho biết gia đình thu lãi khoảng 120 triệu đồng trên 5 sào tỏi.",
     "Phòng Nông nghiệp huyện khuyến cáo bà con phơi tỏi đúng cách để bảo quản lâu, tránh bán tháo khi thương lái ép giá."],
    ["năng suất bình quân 8 tấn mỗi hécta", "35.000 – 40.000 đồng/kg", "tránh bán tháo khi thương lái ép giá"])
add(1517, "Chỉnh trang Khu lưu niệm cố Thủ tướng Phạm Văn Đồng", "2024-10-02",
    ["Ban quản lý di tích huyện vừa hoàn thành việc sơn sửa nhà trưng bày và trồng lại thảm cỏ tại Khu lưu niệm ở xã Đức Tân.",
     "Đoàn viên thanh niên Mộ Đức tham gia dọn vệ sinh, hướng dẫn khách tham quan vào các ngày cuối tuần."],
    ["sơn sửa nhà trưng bày", "trồng lại thảm cỏ", "hướng dẫn khách tham quan vào các ngày cuối tuần"])
add(1510, "Đức Minh hoàn thành đường bê tông ven biển", "2024-09-18",
    ["Tuyến đường bê tông dài 2,1 km nối thôn Vinh Phú với bãi biển Đức Minh đã đưa vào sử dụng. Người dân hiến hơn 3.000 m2 đất để mở rộng mặt đường lên 5 m."],
    ["dài 2,1 km", "hiến hơn 3.000 m2 đất", "mở rộng mặt đường lên 5 m"])

for k, a in enumerate(ARTS):
    body = []
    for b in a["paras"]:
        if isinstance(b, list):
            body.append('<table border="1" cellpadding="2" cellspacing="0">' + "".join("<tr>" + "".join("<td><font size=\"2\">%s</font></td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append('<p align="justify"><font face="Arial" size="2">%s</font></p>' % esc(b))
    others = [x for x in ARTS if x is not a]
    oth = "".join(f'<br>» <a href="{attr(aurl(x["i"]))}">{esc(x["title"])}</a>' + (f' <font size="1" color="#888888">({x["date"][8:]}/{x["date"][5:7]}/{x["date"][:4]})</font>' if x["date"] else "") for x in others)
    stamp = f'<font size="1" color="#666666">(Cập nhật ngày {a["date"][8:]}/{a["date"][5:7]}/{a["date"][:4]})</font><br>' if a["date"] else ""
    inner = f"""<font face="Arial" size="3" color="#003399"><b>{esc(a['title'])}</b></font><br>{stamp}
{''.join(body)}
<p align="right"><a href="javascript:window.print()"><font size="1">[In trang]</font></a> <a href="javascript:history.back()"><font size="1">[Trở lại]</font></a></p>
<font size="2"><b>Các tin đã đưa:</b>{oth}</font>"""
    path = aurl(a["i"])
    P.page(path, shell(a["title"], inner, canon=path), charset=CS)
    P.article(path, a["title"], a["date"], a["paras"], a["must"])


def listing(items, page):
    out = "".join(f'<tr><td><font size="2">» <a href="{attr(aurl(x["i"]))}"><b>{esc(x["title"])}</b></a></font></td></tr>' for x in items)
    pager = f'<tr><td align="right"><font size="2">Trang: <a href="{attr(LIST)}">1</a> <a href="{attr(LIST + "&trang=2")}">2</a></font></td></tr>'
    return f'<font color="#CC0000"><b>TIN TỨC - SỰ KIỆN</b></font><table width="100%">{out}{pager}</table>'


P.page(LIST, shell("Tin tức", listing(ARTS[:3], 1)), charset=CS)
P.page(LIST + "&trang=2", shell("Tin tức", listing(ARTS[3:], 2)), charset=CS)
P.page("/", shell("Website huyện Mộ Đức", listing(ARTS[:3], 1)), charset=CS)
intro = """<font color="#CC0000"><b>GIỚI THIỆU HUYỆN MỘ ĐỨC</b></font>
<p align="justify"><font face="Arial" size="2">Mộ Đức là huyện đồng bằng ven biển, nằm ở phía nam thành phố Quảng Ngãi khoảng 20 km. Phía đông giáp Biển Đông với bờ biển dài gần 20 km, phía tây giáp huyện Nghĩa Hành, phía nam giáp thị xã Đức Phổ.</font></p>
<p align="justify"><font face="Arial" size="2">Vùng đất này gắn với nhiều di tích lịch sử, văn hóa, trong đó có khu lưu niệm cố Thủ tướng Phạm Văn Đồng tại xã Đức Tân và nghĩa trang liệt sĩ Mộ Đức.</font></p>
<p align="justify"><font face="Arial" size="2">Nông nghiệp vẫn giữ vai trò chủ đạo với cây lúa, tỏi, hành trên đất cát và nghề đánh bắt hải sản ở các xã ven biển. Cụm công nghiệp Thạch Trụ đang thu hút thêm doanh nghiệp chế biến nông sản.</font></p>
<p align="justify"><font face="Arial" size="2">Người Mộ Đức nổi tiếng hiếu học, nhiều người con của huyện đã thành danh trong các lĩnh vực khoa học, giáo dục và quân sự.</font></p>"""
P.page("/index.php?module=gioithieu", shell("Giới thiệu", intro), charset=CS)
NOTE = "/index.php?module=thongbao&id=88"
P.page("/index.php?module=thongbao", shell("Thông báo", f'<font color="#CC0000"><b>THÔNG BÁO</b></font><table width="100%"><tr><td><font size="2">» <a href="{attr(NOTE)}">Thông báo thu hồi đất thực hiện dự án mở rộng Quốc lộ 1 đoạn qua xã Đức Chánh</a></font></td></tr></table>'), charset=CS)
P.page(NOTE, shell("Thông báo", '<font face="Arial" size="3" color="#003399"><b>Thông báo thu hồi đất thực hiện dự án mở rộng Quốc lộ 1 đoạn qua xã Đức Chánh</b></font><br><font size="2">File đính kèm: <a href="/upload/thongbao/tb88.doc">tb88.doc</a></font>'), charset=CS)
P.non_articles += ["/index.php?module=gioithieu", "/index.php?module=thongbao", NOTE]
P.furniture = [TODAY, "Nhiệt liệt chào mừng kỷ niệm 79 năm Ngày Quốc khánh 2/9", "SỐ LƯỢT TRUY CẬP", "LIÊN KẾT", "Báo Quảng Ngãi",
               "[In trang]", "[Trở lại]", "Các tin đã đưa", "Copyright © 2006 UBND huyện Mộ Đức", "Ghi rõ nguồn khi trích dẫn", "GÓP Ý"]
P.write()
