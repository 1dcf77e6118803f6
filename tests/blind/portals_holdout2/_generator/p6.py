"""p6: legacy PHP table-layout district site served as windows-1258 (decomposed tone marks),
no container classes, digit-image counters, huyện Kim Sơn, Ninh Bình."""
from common import Portal, e, href

P = Portal("h2_kimson_php1258", "Website huyện Kim Sơn", "Kim Sơn", "Ninh Bình",
           "Bespoke PHP 4 table layout (index.php?module=...), windows-1258", charset="windows-1258")

DET = "/index.php?module=tintuc&act=chitiet&id=%d&cat=%d"
LIST = "/index.php?module=tintuc&cat=12"
LIST2 = "/index.php?module=tintuc&cat=12&page=2"


def img_digits(n):
    return "".join('<img src="/images/so/%s.gif" alt="%s" width="13" height="18">' % (d, d) for d in n)


OTHERS = []


def shell(title, center):
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>%(title)s :: Website huyen Kim Son</title>
<link href="/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#0B4DA2"><font color="#FFFFFF" size="2"><b>
<a href="/"><font color="#FFFFFF">Trang chủ</font></a> | <a href="/index.php?module=gioithieu"><font color="#FFFFFF">Giới thiệu</font></a> |
<a href="%(list)s"><font color="#FFFFFF">Tin tức - Sự kiện</font></a> | <a href="/index.php?module=vanban"><font color="#FFFFFF">Văn bản</font></a> |
<a href="/index.php?module=lienhe"><font color="#FFFFFF">Liên hệ</font></a></b></font></td></tr>
<tr><td colspan="3"><table width="100%%"><tr><td width="75%%"><marquee scrollamount="3"><font color="#CC0000">Chào mừng bạn đến với Website huyện Kim Sơn - tỉnh Ninh Bình</font></marquee></td>
<td align="right"><font size="1">Hôm nay, thứ Năm ngày 04/12/2026</font></td></tr></table></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#EEF3FB">
<table width="100%%"><tr><td bgcolor="#0B4DA2"><font color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
<tr><td><a href="%(list)s">Tin tức - Sự kiện</a><br><a href="/index.php?module=tintuc&amp;cat=15">Cải cách hành chính</a><br><a href="/index.php?module=vanban">Văn bản - Thông báo</a></td></tr></table>
<br>
<table width="100%%"><tr><td bgcolor="#0B4DA2"><font color="#FFFFFF"><b>THỐNG KÊ</b></font></td></tr>
<tr><td><font size="1">Lượt truy cập:</font><br>%(total)s</td></tr>
<tr><td><font size="1">Đang online:</font><br>%(online)s</td></tr></table>
</td>
<td width="600" valign="top">%(center)s</td>
<td width="190" valign="top"><table width="100%%"><tr><td bgcolor="#0B4DA2"><font color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr>
<tr><td><a href="/index.php?module=lienket">Cổng TTĐT tỉnh Ninh Bình</a></td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#0B4DA2" align="center"><font color="#FFFFFF" size="1">
© Bản quyền thuộc UBND huyện Kim Sơn - tỉnh Ninh Bình<br>
Địa chỉ: thị trấn Phát Diệm, huyện Kim Sơn. ĐT: 0229.3862.214<br>
Thiết kế bởi: Trung tâm Văn hóa, Thông tin và Thể thao huyện</font></td></tr>
</table>
</body>
</html>
""" % dict(title=e(title), center=center, list=href(LIST), total=img_digits("0415803"), online=img_digits("017"))


def detail(a):
    paras = a["paras"]
    if a.get("br"):
        body = '<font face="Arial" size="2">' + "<br><br>".join(e(p) if not p.startswith("<") else p for p in paras[1:]) + "</font>"
    else:
        body = "".join(p if p.startswith("<") else '<p align="justify"><font face="Arial" size="2">%s</font></p>' % e(p) for p in paras[1:])
    top = '<br><font size="1" color="#666666">%s</font>' % a["top"] if a.get("top") else ""
    bottom = '<p align="right"><font size="1" color="#666666">%s</font></p>' % a["bottom"] if a.get("bottom") else ""
    others = "".join('<img src="/images/dot.gif"> <a href="%s">%s</a> <font size="1" color="#999999">(%s)</font><br>' % (
        href(DET % (o["id"], o["cat"])), e(o["title"]), o["listdate"]) for o in OTHERS if o is not a)
    center = """<table width="100%%" cellpadding="5"><tr><td>
<font face="Arial" size="3" color="#003399"><b>%(title)s</b></font>%(top)s
<p align="justify"><font face="Arial" size="2"><b>%(lead)s</b></font></p>
%(body)s
%(bottom)s
<p align="right"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:void(0)">[Gửi cho bạn bè]</a> <a href="#">[Về đầu trang]</a></p>
<hr size="1"><b>Các tin khác:</b><br>%(others)s
</td></tr></table>""" % dict(title=e(a["title"]), top=top, lead=e(paras[0]), body=body, bottom=bottom, others=others)
    return shell(a["title"], center)


TABLE = """<table border="1" cellpadding="3" cellspacing="0" width="100%">
<tr bgcolor="#DDE6F5"><td><b>STT</b></td><td><b>Xã, thị trấn</b></td><td><b>Tiếp nhận</b></td><td><b>Đúng hạn</b></td><td><b>Trễ hạn</b></td></tr>
<tr><td>1</td><td>Thị trấn Phát Diệm</td><td>1.305</td><td>1.305</td><td>0</td></tr>
<tr><td>2</td><td>Xã Kim Chính</td><td>624</td><td>619</td><td>5</td></tr>
<tr><td>3</td><td>Xã Kim Đông</td><td>411</td><td>411</td><td>0</td></tr>
<tr><td>4</td><td>Xã Quang Thiện</td><td>538</td><td>536</td><td>2</td></tr>
</table>"""

A = [
    dict(id=345, cat=15, title="Kim Sơn tổng kết công tác cải cách hành chính năm 2023",
         published="2024-01-22", top="(Cập nhật lúc 08:15 ngày 22/01/2024)", listdate="22/01/2024",
         paras=[
             "Sáng 20/01, UBND huyện Kim Sơn tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024.",
             "Năm 2023, Bộ phận Một cửa huyện tiếp nhận 8.906 hồ sơ, đã giải quyết 8.741 hồ sơ, trong đó trước hạn 3.120 hồ sơ, đúng hạn 5.598 hồ sơ, quá hạn 23 hồ sơ.",
             "Số hồ sơ được nộp trực tuyến là 6.215 hồ sơ; có 934 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
             "Chỉ số cải cách hành chính năm 2023 của huyện đạt 86,90 điểm, xếp thứ 3/8 huyện, thành phố của tỉnh Ninh Bình.",
             "Hội nghị đã khen thưởng 4 tập thể và 9 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính.",
             "Phạm Hùng",
         ],
         must=["tiếp nhận 8.906 hồ sơ, đã giải quyết 8.741 hồ sơ", "quá hạn 23 hồ sơ", "đạt 86,90 điểm, xếp thứ 3/8 huyện",
               "có 934 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích"]),
    dict(id=352, cat=15, title="Kết quả giải quyết hồ sơ của một số xã, thị trấn quý II/2024",
         published="2024-07-09", top="(Cập nhật lúc 16:40 ngày 09/07/2024)", listdate="09/07/2024", ctype="text/html",
         paras=[
             "Văn phòng HĐND và UBND huyện thông báo kết quả giải quyết hồ sơ thủ tục hành chính quý II/2024 của một số xã, thị trấn có số lượng hồ sơ lớn.",
             TABLE,
             "Tổng số hồ sơ trễ hạn của các xã, thị trấn trong quý là 7 hồ sơ, tập trung ở lĩnh vực chứng thực và đất đai.",
             "UBND huyện yêu cầu Chủ tịch UBND các xã có hồ sơ trễ hạn kiểm điểm trách nhiệm, báo cáo bằng văn bản.",
         ],
         must=["Xã Kim Chính", "Tổng số hồ sơ trễ hạn của các xã, thị trấn trong quý là 7 hồ sơ",
               "kiểm điểm trách nhiệm, báo cáo bằng văn bản"]),
    dict(id=338, cat=12, title="Làng nghề cói Kim Sơn vào mùa đơn hàng xuất khẩu",
         published="2023-09-14", bottom="[14/09/2023]", listdate="14/09/2023", br=True,
         paras=[
             "Những tháng cuối năm, các cơ sở sản xuất hàng cói mỹ nghệ ở Kim Sơn tất bật hoàn thiện đơn hàng xuất khẩu đi châu Âu và Nhật Bản.",
             "Toàn huyện hiện có khoảng 900 ha cói, hơn 60 doanh nghiệp và hợp tác xã thu mua, chế biến, tạo việc làm thường xuyên cho trên 10 nghìn lao động nông thôn.",
             "Nhiều cơ sở đã chuyển sang kết hợp cói với bèo tây, lá chuối khô để tạo mẫu mã mới, đáp ứng thị hiếu khách hàng.",
             "Thu Hà",
         ],
         must=["hàng cói mỹ nghệ", "khoảng 900 ha cói", "kết hợp cói với bèo tây, lá chuối khô"]),
    dict(id=341, cat=12, title="Trồng mới rừng ngập mặn ven đê Bình Minh IV",
         published="2023-11-03", top="(Cập nhật lúc 10:05 ngày 03/11/2023)", listdate="03/11/2023",
         paras=[
             "Hạt Kiểm lâm huyện phối hợp với các xã ven biển trồng mới 25 ha cây bần chua và trang tại bãi bồi ngoài đê Bình Minh IV.",
             "Rừng ngập mặn có vai trò chắn sóng, bảo vệ đê và tạo sinh kế nuôi trồng thủy sản cho người dân vùng bãi ngang.",
             "Kinh phí trồng rừng được bố trí từ nguồn vốn chi trả dịch vụ môi trường rừng của tỉnh.",
             "Nguồn: Hạt Kiểm lâm Kim Sơn",
         ],
         must=["trồng mới 25 ha cây bần chua và trang", "chắn sóng, bảo vệ đê", "chi trả dịch vụ môi trường rừng"]),
    dict(id=349, cat=15, title="Phát Diệm thí điểm tổ công nghệ số cộng đồng tại các tổ dân phố",
         published="2024-04-16", top="(Cập nhật lúc 14:20 ngày 16/04/2024)", listdate="16/04/2024",
         paras=[
             "Thị trấn Phát Diệm đã thành lập 12 tổ công nghệ số cộng đồng tại 12 tổ dân phố, mỗi tổ gồm từ 4 đến 6 thành viên là đoàn viên thanh niên, công an và trưởng tổ dân phố.",
             "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt ứng dụng VNeID, sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
             "Sau một tháng ra mắt, các tổ đã hỗ trợ hơn 700 lượt người dân, chủ yếu là người cao tuổi.",
             "Minh Đức",
         ],
         must=["12 tổ công nghệ số cộng đồng", "cài đặt ứng dụng VNeID", "hơn 700 lượt người dân"]),
    dict(id=356, cat=12, title="Kim Sơn ra quân tháng thanh niên",
         published="2024-03-04", bottom="[04/03/2024]", listdate="04/03/2024", br=True,
         paras=[
             "Ngày 3/3, Huyện đoàn Kim Sơn tổ chức lễ ra quân Tháng Thanh niên năm 2024 tại xã Kim Trung, thu hút hơn 500 đoàn viên tham gia.",
             "Các đoàn viên đã dọn vệ sinh kênh mương, trồng 1.000 cây xanh và tặng 30 suất quà cho trẻ em có hoàn cảnh khó khăn.",
             "Huyện đoàn Kim Sơn",
         ],
         must=["thu hút hơn 500 đoàn viên tham gia", "trồng 1.000 cây xanh", "tặng 30 suất quà"]),
]
OTHERS.extend(A)
NOTICES = [
    dict(id=88, title="Thông báo về việc tuyển dụng công chức cấp xã năm 2024", att="/upload/vanban/TB-88-UBND.doc", date="05/06/2024"),
    dict(id=91, title="Quyết định phê duyệt kế hoạch sử dụng đất năm 2024 huyện Kim Sơn", att="/upload/vanban/QD-91-UBND.pdf", date="17/06/2024"),
]
NDET = "/index.php?module=vanban&act=chitiet&id=%d"


def main():
    for a in A:
        u = DET % (a["id"], a["cat"])
        P.add(u, "f%d.html" % a["id"], detail(a), ctype=a.get("ctype"))
        P.article(u, a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        center = """<table width="100%%" cellpadding="5"><tr><td><font face="Arial" size="3" color="#003399"><b>%s</b></font>
<br><font size="1">Ngày ban hành: %s</font><p>Tải văn bản: <a href="%s"><img src="/images/download.gif" border="0"> %s</a></p></td></tr></table>""" % (
            e(n["title"]), n["date"], n["att"], n["att"].rsplit("/", 1)[1])
        P.add(NDET % n["id"], "n%d.html" % n["id"], shell(n["title"], center))
        P.non_article(NDET % n["id"])

    def rows(items):
        return "".join('<tr><td><img src="/images/dot.gif"> <a href="%s"><b>%s</b></a> <font size="1" color="#999999">(%s)</font><br><font size="2">%s...</font></td></tr>' % (
            href(DET % (a["id"], a["cat"])), e(a["title"]), a["listdate"], e(a["paras"][0][:100])) for a in items)
    srt = sorted(A, key=lambda a: a["published"], reverse=True)
    P.add(LIST, "list1.html", shell("Tin tức - Sự kiện", '<table width="100%%">%s<tr><td align="center">Trang: <b>1</b> <a href="%s">2</a> <a href="%s">&gt;&gt;</a></td></tr></table>' % (
        rows(srt[:4]), href(LIST2), href(LIST2))))
    P.add(LIST2, "list2.html", shell("Tin tức - Sự kiện", '<table width="100%%">%s<tr><td align="center">Trang: <a href="%s">1</a> <b>2</b></td></tr></table>' % (
        rows(srt[4:]), href(LIST))))
    vb = "".join('<tr><td>%s</td><td><a href="%s">%s</a></td></tr>' % (n["date"], href(NDET % n["id"]), e(n["title"])) for n in NOTICES)
    P.add("/index.php?module=vanban", "docs.html", shell("Văn bản", '<table width="100%%" border="1" cellspacing="0"><tr><td><b>Ngày</b></td><td><b>Trích yếu</b></td></tr>%s</table>' % vb))
    P.add("/index.php?module=gioithieu", "intro.html", shell("Giới thiệu", """<table width="100%"><tr><td><font face="Arial" size="3" color="#003399"><b>Giới thiệu chung huyện Kim Sơn</b></font>
<p>Kim Sơn là huyện ven biển phía Nam tỉnh Ninh Bình, được hình thành từ công cuộc khẩn hoang lấn biển năm 1829.</p>
<p>Huyện có 23 xã, 2 thị trấn; trung tâm huyện lỵ đặt tại thị trấn Phát Diệm.</p></td></tr></table>"""))
    home = '<table width="100%%"><tr><td bgcolor="#0B4DA2"><font color="#FFFFFF"><b>TIN MỚI</b></font></td></tr>%s<tr><td align="right"><a href="%s">Xem tiếp &gt;&gt;</a></td></tr></table>' % (rows(srt[:3]), href(LIST))
    P.add("/", "home.html", shell("Trang chủ", home))
    P.non_article("/", LIST, LIST2, "/index.php?module=vanban", "/index.php?module=gioithieu")
    P.furniture = ["Chào mừng bạn đến với Website huyện Kim Sơn", "Hôm nay, thứ Năm ngày 04/12/2026", "THỐNG KÊ",
                   "Lượt truy cập:", "Đang online:", "[In trang]", "[Gửi cho bạn bè]", "[Về đầu trang]", "Các tin khác:",
                   "© Bản quyền thuộc UBND huyện Kim Sơn", "Thiết kế bởi: Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                   "DANH MỤC", "LIÊN KẾT"]
    P.write()


if __name__ == "__main__":
    main()
