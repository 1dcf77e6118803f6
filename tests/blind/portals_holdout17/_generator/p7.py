"""p7: bespoke classic-ASP table layout of the 2000s, huyện Hải Hậu (Nam Định).
Hard cases: no container classes at all (nested tables, font tags), headline in <font><b>,
header shows today's date while one article states no date, date after the text in italics
"(Đăng ngày ...)", bylines inside the body cell, copyright table, visit counter as digit images+alt."""
from common import Portal, esc, href

P = Portal("haihau_asp", "Website UBND huyện Hải Hậu", "Hải Hậu", "Nam Định", "bespoke-asp-tables")
P.furniture = ["Số khách đã đến", "Khách hiện có", "Xem dạng in", "Trở về trang trước", "Giới thiệu bài qua thư",
               "Chữ to", "Chữ nhỏ", "Chia sẻ trang", "Các tin đã đưa ngày trước", "Liên kết website",
               "Giấy phép số 12/GP-STTTT", "Ngày hôm nay:"]

def digits(n):
    return "".join('<img src="/images/so/%s.gif" alt="%s">' % (c, c) for c in str(n))
def counter():
    return ('<table width="100%%" bgcolor="#eeeeee"><tr><td><b>Số khách đã đến</b></td></tr><tr><td>%s</td></tr>'
            '<tr><td>Khách hiện có: %s</td></tr></table>' % (digits(640228), digits(12)))
def tools(i):
    return ('<table><tr><td><a href="%s">Xem dạng in</a></td><td><a href="javascript:history.back()">Trở về trang trước</a></td>'
            '<td><a href="%s">Giới thiệu bài qua thư</a></td><td>Chữ to | Chữ nhỏ</td><td>Chia sẻ trang</td></tr></table>'
            % (href("/tintuc/inbai.asp?id=%d" % i), href("/tintuc/guibai.asp?id=%d" % i)))
MENU = [("/", "TRANG CHỦ"), ("/gioithieu.asp", "GIỚI THIỆU"), ("/tintuc/danhmuc.asp?cat=1", "TIN TỨC"),
        ("/tintuc/danhmuc.asp?cat=4", "THÔNG BÁO"), ("/lienket.asp", "Liên kết website")]

def layout(title, main):
    menu = "".join('<td><a href="%s"><font color="white">%s</font></a></td>' % (href(u), t) for u, t in MENU)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>'
            '<body topmargin="0"><table width="980" border="0" align="center"><tr><td colspan="3"><img src="/images/top.jpg"></td></tr>'
            '<tr bgcolor="#003399">%s</tr><tr><td colspan="3"><font size="1">Ngày hôm nay: Thứ Tư, 04/12/2024</font></td></tr>'
            '<tr><td width="190" valign="top">%s</td><td valign="top">%s</td><td width="190" valign="top"><b>Liên kết website</b><br>%s</td></tr>'
            '<tr><td colspan="3"><table width="100%%"><tr><td align="center"><font size="1">Giấy phép số 12/GP-STTTT. Thị trấn Yên Định, Hải Hậu, Nam Định</font></td></tr></table>%s</td></tr>'
            '</table></body></html>' % (esc(title), menu, counter(), main, counter(), counter()))

ARTS = [
 dict(id=905, title="Hải Hậu giải quyết trước hạn hơn 60% hồ sơ hành chính năm 2024", date="2024-11-29",
      paras=["Từ ngày 15/12/2023 đến 14/11/2024, Bộ phận Một cửa huyện Hải Hậu tiếp nhận 7.218 hồ sơ, trong đó tiếp nhận trong kỳ 7.049 hồ sơ và 169 hồ sơ từ kỳ trước chuyển sang.",
             "Đã giải quyết 7.003 hồ sơ: trước hạn 4.391 hồ sơ (62,7%), đúng hạn 2.589 hồ sơ, quá hạn 23 hồ sơ. Đang giải quyết 215 hồ sơ.",
             "Hồ sơ trực tuyến đạt 4.108, hồ sơ qua dịch vụ bưu chính công ích là 76.",
             "Đào Minh Thư"],
      must=["tiếp nhận 7.218 hồ sơ", "trước hạn 4.391 hồ sơ (62,7%)", "quá hạn 23 hồ sơ", "bưu chính công ích là 76"]),
 dict(id=911, title="Kết quả Chỉ số hài lòng của người dân tại 34 xã, thị trấn", date="2024-06-10",
      paras=["UBND huyện công bố kết quả khảo sát SIPAS năm 2023 đối với bộ phận một cửa cấp xã. Năm đơn vị có điểm cao nhất:",
             "Chỉ số chung của huyện Hải Hậu trên PAR Index tỉnh năm 2023 là 86,03 điểm, xếp thứ 4/10."],
      table=[["TT", "Đơn vị", "SIPAS (%)"], ["1", "Thị trấn Thịnh Long", "93,8"], ["2", "Xã Hải Đông", "92,1"], ["3", "Xã Hải Quang", "91,5"], ["4", "Xã Hải Minh", "90,7"], ["5", "Thị trấn Cồn", "90,2"]],
      must=["khảo sát SIPAS năm 2023", "là 86,03 điểm", "xếp thứ 4/10"]),
 dict(id=917, title="Làng muối Văn Lý vào vụ mới", date=None,
      paras=["Diêm dân xã Hải Lý đang tất bật cào muối. Mỗi ô nề cho 80 đến 100 kg muối một ngày nắng.",
             "Hợp tác xã muối Văn Lý bao tiêu sản phẩm với giá 2.500 đồng/kg."],
      must=["xã Hải Lý", "80 đến 100 kg muối", "2.500 đồng/kg"]),
 dict(id=920, title="Khánh thành cầu Đối ở xã Hải Phú", date="2024-09-27",
      paras=["Cầu dài 42 m, rộng 6 m, kinh phí 11,5 tỷ đồng đã được thông xe sáng 26/9."],
      must=["dài 42 m", "11,5 tỷ đồng", "sáng 26/9"], short=True),
 dict(id=924, title="Thịnh Long chuẩn bị mùa du lịch biển 2025", date="2024-12-02",
      paras=["Thị trấn Thịnh Long đang nâng cấp 1,2 km đường bao biển và lắp thêm 40 cột đèn chiếu sáng.",
             "Các hộ kinh doanh dịch vụ được tập huấn an toàn thực phẩm và niêm yết giá.",
             "(Theo Đài Truyền thanh huyện)"],
      must=["1,2 km đường bao biển", "40 cột đèn chiếu sáng", "niêm yết giá"]),
 dict(id=926, title="Hội nghị tập huấn số hóa hồ sơ cho công chức cấp xã", date="2024-12-03",
      paras=["Sáng 2/12, Văn phòng HĐND và UBND huyện tập huấn quy trình số hóa hồ sơ, kết quả giải quyết TTHC cho 70 công chức một cửa cấp xã.",
             "Mục tiêu đến hết năm 2024, tỷ lệ số hóa kết quả tại cấp xã đạt 85%."],
      must=["70 công chức một cửa cấp xã", "đạt 85%", "Sáng 2/12"]),
]
def url(a): return "/tintuc/chitiet.asp?id=%d&cat=1" % a["id"]
def dd(a): return "/".join(reversed(a["date"].split("-"))) if a["date"] else ""
for a in ARTS:
    ps = a["paras"]
    body = "<br><br>".join(esc(p) for p in ps[:1])
    cells = []
    if "table" in a:
        body += '<table border="1" cellspacing="0">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        cells = [c for r in a["table"] for c in r]
        body += esc(ps[1])
    else:
        body += "".join("<br><br>" + esc(p) for p in ps[1:])
    date = "<br><i>(Đăng ngày %s)</i>" % dd(a) if a["date"] else ""
    oth = "".join('<tr><td>» <a href="%s">%s</a> <font size="1">%s</font></td></tr>' % (href(url(b)), esc(b["title"]), dd(b)) for b in ARTS if b is not a)
    main = ('<table width="100%%"><tr><td>%s%s</td></tr><tr><td><font color="#cc0000" size="4"><b>%s</b></font></td></tr>'
            '<tr><td><font face="Arial">%s</font>%s</td></tr><tr><td>%s%s</td></tr>'
            '<tr><td><b>Các tin đã đưa ngày trước</b></td></tr>%s</table>'
            % (counter(), tools(a["id"]), esc(a["title"]), body, date, tools(a["id"]), counter(), oth))
    P.add_page(url(a), layout(a["title"], main))
    P.article(url(a), a["title"], a["date"], ps, a["must"] + ([a["table"][2][1]] if "table" in a else []), cells)
def lst(arts): return "".join('<tr><td><a href="%s"><b>%s</b></a><br>%s</td></tr>' % (href(url(a)), esc(a["title"]), esc(a["paras"][0][:90])) for a in arts)
L1, L2 = "/tintuc/danhmuc.asp?cat=1", "/tintuc/danhmuc.asp?cat=1&trang=2"
P.add_page(L1, layout("Tin tức", '<table>%s</table>Trang: <b>1</b> <a href="%s">2</a>' % (lst(ARTS[::-1][:3]), href(L2))))
P.add_page(L2, layout("Tin tức", '<table>%s</table>Trang: <a href="%s">1</a> <b>2</b>' % (lst(ARTS[::-1][3:]), href(L1))))
N = "/tintuc/chitiet.asp?id=927&cat=4"
P.add_page("/tintuc/danhmuc.asp?cat=4", layout("Thông báo", '<a href="%s">Thông báo danh sách hộ được hỗ trợ xây nhà năm 2024</a>' % href(N)))
P.add_page(N, layout("Thông báo", '<table><tr><td><font color="#cc0000" size="4"><b>Thông báo danh sách hộ được hỗ trợ xây nhà năm 2024</b></font></td></tr><tr><td><a href="/upload/tb927.xls">Tải file đính kèm</a></td></tr></table>'))
P.add_page("/gioithieu.asp", layout("Giới thiệu", '<b>GIỚI THIỆU HUYỆN HẢI HẬU</b><br>Hải Hậu là huyện ven biển phía Nam tỉnh Nam Định, có 32 xã và 3 thị trấn.<br><br>Huyện nổi tiếng với gạo tám thơm và làng muối Văn Lý.'))
P.add_page("/", layout("Trang chủ", '<table>%s</table><a href="%s">Xem các tin khác</a>' % (lst(ARTS[::-1][:3]), href(L1))))
for p in (L1, L2, "/tintuc/danhmuc.asp?cat=4", N, "/gioithieu.asp"):
    P.non_article(p)
P.write()
