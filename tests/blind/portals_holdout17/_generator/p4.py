"""p4: DotNetNuke, huyện Tiên Yên (Quảng Ninh).
Hard cases: tabid URLs with &amp;, Telerik pager (rgPageNext), header showing today's date while one
news article states no date, date after the text ("Ngày đăng"), a served print view linked from each
article (not listed as article), counters before the content and inside the module container."""
from common import Portal, esc, href

P = Portal("tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "dotnetnuke")
P.furniture = ["Truy cập trong ngày", "Số người trực tuyến", "Tổng truy cập", "Hôm nay là",
               "Bản in bài viết", "Trở lại", "Chia sẻ Facebook", "Cỡ chữ:", "Gửi tin qua email",
               "Các tin khác đã đưa", "Dịch vụ công trực tuyến", "Trang thông tin do UBND huyện Tiên Yên quản lý"]

def counter():
    return ('<div id="dnn_ctr611_Counter" class="DNNModuleContent"><p>Truy cập trong ngày: 1.043</p>'
            '<p>Số người trực tuyến: 19</p><p>Tổng truy cập: 3.207.566</p></div>')

def tools(aid):
    return ('<div class="tool"><a href="%s">Bản in bài viết</a> <a href="javascript:history.back()">Trở lại</a> '
            '<a>Chia sẻ Facebook</a> <span>Cỡ chữ:</span> <a>+</a> <a>-</a> <a href="mailto:?x">Gửi tin qua email</a></div>'
            % href("/Default.aspx?tabid=89&newsid=%d&print=1" % aid))

MENU = [("/", "Trang chủ"), ("/Default.aspx?tabid=52", "Tổng quan"), ("/Default.aspx?tabid=89&cateid=12", "Tin tức - Sự kiện"),
        ("/Default.aspx?tabid=95", "Thông báo"), ("/Default.aspx?tabid=120", "Dịch vụ công trực tuyến")]

def layout(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    menu = " | ".join('<a href="%s">%s</a>' % (href(u), t) for u, t in MENU)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body><form id="Form">'
            '<div id="dnn_Header">TIÊN YÊN<span class="today">Hôm nay là Thứ Tư, 04/12/2024</span></div><div class="menu">%s</div>'
            '<div id="dnn_LeftPane">%s</div><div id="dnn_ContentPane">%s</div><div id="dnn_RightPane"><h3>Dịch vụ công trực tuyến</h3>%s</div>'
            '<div id="dnn_FooterPane">Trang thông tin do UBND huyện Tiên Yên quản lý. Điện thoại 0203 3876 xxx. %s</div></form></body></html>'
            % (esc(title), can, menu, counter(), main, counter(), counter()))

ARTS = [
 dict(id=4471, title="Tiên Yên: số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 92%", date="2024-09-12",
      lead="Trong 8 tháng năm 2024, Trung tâm Hành chính công huyện Tiên Yên đã tiếp nhận 6.284 hồ sơ, số hóa 5.781 hồ sơ, đạt 92%.",
      paras=["Kết quả giải quyết: 6.190 hồ sơ đúng hạn và trước hạn, 7 hồ sơ trễ hạn, còn 87 hồ sơ đang trong thời hạn xử lý.",
             "Có 5.032 hồ sơ nộp qua Cổng dịch vụ công, chiếm 80,1%; 144 hồ sơ trả kết quả qua bưu chính công ích.",
             "Tổ số hóa của Trung tâm được tăng cường 2 nhân sự từ Phòng Tư pháp để xử lý hồ sơ tồn."],
      must=["tiếp nhận 6.284 hồ sơ", "7 hồ sơ trễ hạn", "chiếm 80,1%", "144 hồ sơ trả kết quả"]),
 dict(id=4480, title="Kết quả chấm điểm SIPAS các xã năm 2024", date="2024-10-21",
      lead="Kết quả khảo sát mức độ hài lòng (SIPAS) năm 2024 tại 11 xã, thị trấn của huyện Tiên Yên được công bố như sau.",
      paras=["Bình quân toàn huyện đạt 88,9%, tăng 1,6% so với năm 2023."],
      table=[["Xã, thị trấn", "Số phiếu", "Tỷ lệ hài lòng"], ["Thị trấn Tiên Yên", "210", "91,4%"], ["Xã Đông Ngũ", "150", "89,3%"], ["Xã Hà Lâu", "90", "84,0%"]],
      must=["tại 11 xã, thị trấn", "Bình quân toàn huyện đạt 88,9%", "tăng 1,6%"]),
 dict(id=4486, title="Hội chợ sản phẩm OCOP Tiên Yên thu hút đông du khách", date=None,
      lead="Hội chợ sản phẩm OCOP và hàng nông sản huyện Tiên Yên quy tụ 85 gian hàng của các hợp tác xã trong và ngoài tỉnh.",
      paras=["Gà Tiên Yên, mật ong rừng Hà Lâu và trà hoa vàng Ba Chẽ là những sản phẩm bán chạy nhất.",
             "Ban tổ chức ước doanh thu trong 4 ngày đạt khoảng 2,3 tỷ đồng."],
      must=["85 gian hàng", "mật ong rừng Hà Lâu", "khoảng 2,3 tỷ đồng"]),
 dict(id=4491, title="Tập huấn kỹ năng chữa cháy cho tiểu thương chợ trung tâm", date="2024-11-05",
      lead="Ngày 4/11, Công an huyện tập huấn phòng cháy, chữa cháy cho 140 tiểu thương chợ trung tâm Tiên Yên.",
      paras=["Học viên được thực hành dập lửa bằng bình bột và thoát nạn khi có khói."],
      must=["140 tiểu thương", "bình bột", "thoát nạn khi có khói"]),
 dict(id=4495, title="Khởi công tuyến đường nối xã Phong Dụ với quốc lộ 4B", date="2024-11-18",
      lead="Sáng 16/11, huyện Tiên Yên khởi công tuyến đường dài 6,8 km nối trung tâm xã Phong Dụ với quốc lộ 4B.",
      paras=["Công trình có tổng mức đầu tư 96 tỷ đồng từ ngân sách tỉnh, dự kiến hoàn thành trong năm 2026.",
             "Hơn 40 hộ dân đã tự nguyện hiến đất để mở rộng nền đường.",
             "Tuấn Anh (Trung tâm TT-VH huyện)"],
      must=["dài 6,8 km", "tổng mức đầu tư 96 tỷ đồng", "tự nguyện hiến đất"]),
]

def url(a): return "/Default.aspx?tabid=89&newsid=%d" % a["id"]
def dd(a): return "/".join(reversed(a["date"].split("-"))) if a["date"] else ""
def others(arts): return "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a> (%s)</li>' % (href(url(b)), esc(b["title"]), dd(b)) for b in arts if b["date"])

for i, a in enumerate(ARTS):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"][:1])
    cells = []
    if "table" in a:
        body = "<table border=1>%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]) + body
        cells = [c for r in a["table"] for c in r]
    body += "".join("<p>%s</p>" % esc(p) for p in a["paras"][1:])
    date = '<div class="ngaydang">Ngày đăng: %s</div>' % dd(a) if a["date"] else ""
    main = ('<div id="dnn_ctr507_ContentPane" class="DNNModuleContent ModNewsDetailC">%s%s'
            '<span id="dnn_ctr507_lblTitle" class="Title">%s</span><div class="sapo"><b>%s</b></div>'
            '<div id="dnn_ctr507_divContent" class="content">%s</div>%s%s%s'
            '<div class="othernews"><b>Các tin khác đã đưa</b>%s</div></div>'
            % (counter(), tools(a["id"]), esc(a["title"]), esc(a["lead"]), body, date, tools(a["id"]), counter(), others([b for b in ARTS if b is not a])))
    P.add_page(url(a), layout(a["title"], main, canonical=url(a)))
    P.article(url(a), a["title"], a["date"], [a["lead"]] + a["paras"], a["must"] + ([a["table"][2][0]] if "table" in a else []), cells)
    if i < 2:  # print view served for the first two, 404 for the rest
        P.add_page(url(a) + "&print=1", '<html><head><meta charset="utf-8"><title>In</title></head><body onload="print()"><h2>%s</h2><p>%s</p>%s</body></html>' % (esc(a["title"]), esc(a["lead"]), body))

def teaser(arts): return "".join('<div class="tin"><a href="%s">%s</a><p>%s</p></div>' % (href(url(a)), esc(a["title"]), esc(a["lead"])) for a in arts)
L1, L2 = "/Default.aspx?tabid=89&cateid=12", "/Default.aspx?tabid=89&cateid=12&page=2"
P.add_page(L1, layout("Tin tức - Sự kiện", teaser(ARTS[::-1][:3]) + '<div class="rgPager"><span class="rgCurrentPage">1</span><a href="%s">2</a><a class="rgPageNext" href="%s">›</a></div>' % (href(L2), href(L2))))
P.add_page(L2, layout("Tin tức - Sự kiện", teaser(ARTS[::-1][3:]) + '<div class="rgPager"><a class="rgPagePrev" href="%s">‹</a><a href="%s">1</a><span class="rgCurrentPage">2</span></div>' % (href(L1), href(L1))))
N = "/Default.aspx?tabid=95&newsid=4499"
P.add_page("/Default.aspx?tabid=95", layout("Thông báo", '<a href="%s">Thông báo kết quả lựa chọn tổ chức đấu giá tài sản</a>' % href(N)))
P.add_page(N, layout("Thông báo", '<div class="DNNModuleContent"><span class="Title">Thông báo kết quả lựa chọn tổ chức đấu giá tài sản</span><div class="content"><a href="/Portals/0/TB-dau-gia.pdf">TB-dau-gia.pdf</a></div></div>'))
P.add_page("/Default.aspx?tabid=52", layout("Tổng quan", '<h2>Tổng quan</h2><p>Tiên Yên là huyện miền núi ven biển, đầu mối giao thông của vùng Đông Bắc tỉnh Quảng Ninh.</p><p>Địa chỉ UBND huyện: phố Thống Nhất, thị trấn Tiên Yên.</p>'))
P.add_page("/", layout("Trang chủ", teaser(ARTS[::-1][:2]) + '<a href="%s">Xem tiếp</a>' % href(L1)))
for p in (L1, L2, "/Default.aspx?tabid=95", N, "/Default.aspx?tabid=52"):
    P.non_article(p)
P.write()
