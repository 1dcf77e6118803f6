"""p1: SharePoint generic web parts, ministry-style chitiet.aspx?ItemID= / chuyenmuc.aspx?ChuyenMucID=&page=.
Hard cases: web-part titles above the headline, date only in a "Cập nhật" stamp after the text,
digit-per-div counter in the footer, HTML entities in bodies, an article under two URLs (canonical)."""
from common import Portal, esc, ent, CANON

P = Portal("p1_cumgar", "Cổng TTĐT huyện Cư M'gar", "Cư M'gar", "Đắk Lắk", "SharePoint generic web parts")
ARTS = [
 dict(id=1841, title="Huyện Cư M'gar giải quyết 2.318 hồ sơ hành chính trong quý I/2024", date="2024-04-05",
      paras=["Trong quý I/2024, Bộ phận Một cửa huyện Cư M'gar tiếp nhận 2.318 hồ sơ, trong đó 1.904 hồ sơ nộp trực tuyến và 62 hồ sơ gửi qua bưu chính công ích; số hồ sơ kỳ trước chuyển sang là 147.",
             "Đã giải quyết 2.236 hồ sơ, gồm 611 hồ sơ trước hạn, 1.598 hồ sơ đúng hạn và 27 hồ sơ quá hạn; tỷ lệ đúng hạn đạt 98,79%. Còn 229 hồ sơ đang giải quyết trong hạn.",
             "Lĩnh vực đất đai vẫn chiếm nhiều hồ sơ quá hạn nhất do phải xác minh nguồn gốc sử dụng đất tại xã Ea Kiết và xã Cuôr Đăng.",
             "Ông Y Thịnh Niê, Chánh Văn phòng HĐND và UBND huyện, đề nghị các xã rà soát, gửi văn bản xin lỗi người dân đối với từng hồ sơ trễ hẹn."],
      must=["611 hồ sơ trước hạn", "tỷ lệ đúng hạn đạt 98,79%", "62 hồ sơ gửi qua bưu chính công ích"]),
 dict(id=1837, title="Chỉ số SIPAS năm 2023 của huyện đạt 84,6%", date="2024-03-21",
      paras=["Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) năm 2023 cho thấy huyện đạt 84,6%, tăng 2,1 điểm phần trăm so với năm 2022.",
             "Bảng dưới đây tổng hợp điểm theo từng yếu tố được khảo sát:",
             "Huyện đứng thứ 6/15 huyện, thị xã, thành phố của tỉnh; yếu tố tiếp cận dịch vụ có mức tăng cao nhất.",
             "UBND huyện giao Phòng Nội vụ xây dựng kế hoạch khắc phục những tiêu chí còn thấp trước ngày 30/4."],
      table=[["Yếu tố", "Tỷ lệ hài lòng"], ["Tiếp cận dịch vụ", "87,2%"], ["Thủ tục hành chính", "83,9%"], ["Công chức phục vụ", "85,4%"], ["Kết quả giải quyết", "82,0%"]],
      must=["đạt 84,6%, tăng 2,1 điểm phần trăm", "đứng thứ 6/15 huyện", "Tiếp cận dịch vụ"]),
 dict(id=1832, title="Ra quân trồng 12.000 cây xanh dọc tỉnh lộ 8", date="2024-03-02",
      paras=["Sáng 2/3, Huyện đoàn Cư M'gar phối hợp với xã Ea Pốk tổ chức lễ ra quân trồng cây đầu xuân trên tuyến tỉnh lộ 8.",
             "Khoảng 400 đoàn viên, thanh niên và học sinh đã trồng 12.000 cây sao đen và muồng hoàng yến trên chiều dài gần 5 km.",
             "Hội Nông dân huyện cam kết chăm sóc số cây này trong hai mùa khô tiếp theo."]),
 dict(id=1829, title="Hội nghị đối thoại với doanh nghiệp cà phê", date="2024-02-27",
      paras=["Chiều 27/2, Chủ tịch UBND huyện chủ trì buổi đối thoại với 36 doanh nghiệp, hợp tác xã kinh doanh cà phê trên địa bàn.",
             "Các doanh nghiệp kiến nghị rút ngắn thời gian cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm và hỗ trợ đăng ký mã số vùng trồng.",
             "Lãnh đạo huyện tiếp thu và giao các phòng chuyên môn trả lời bằng văn bản trong 15 ngày."]),
 dict(id=1826, title="Thị trấn Quảng Phú đạt chuẩn đô thị văn minh", date="2024-02-14",
      paras=["Thị trấn Quảng Phú vừa được công nhận đạt chuẩn đô thị văn minh giai đoạn 2021–2025.",
             "Trên 92% hộ gia đình đạt danh hiệu gia đình văn hóa; các tuyến phố chính đã có điện chiếu sáng và thùng rác phân loại.",
             "Thu nhập bình quân đầu người năm 2023 của thị trấn ước đạt 58 triệu đồng."]),
 dict(id=1820, title="Tập huấn kỹ năng dịch vụ công trực tuyến cho công chức xã", date="2024-01-30",
      paras=["Ngày 30/1, Văn phòng HĐND và UBND huyện tổ chức lớp tập huấn cho 68 công chức văn phòng – thống kê và tư pháp – hộ tịch các xã, thị trấn.",
             "Học viên được hướng dẫn số hóa kết quả giải quyết thủ tục hành chính và thanh toán trực tuyến phí, lệ phí.",
             "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của cấp xã mới đạt 41,3%, thấp hơn chỉ tiêu của tỉnh.",
             "Thu Hà"]),
]
FURN = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Tin liên quan", "Bản quyền thuộc UBND huyện Cư M'gar", "Liên kết website"]
P.furniture = FURN
MENU = [("/", "Trang chủ"), ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "Tin tức – Sự kiện"), ("/Pages/gioithieu.aspx", "Giới thiệu"), ("/Pages/vanban.aspx", "Văn bản"), ("/Pages/lienhe.aspx", "Liên hệ")]


def url(a):
    return "/Pages/tintuc/chitiet.aspx?ItemID=%d" % a["id"]


def digits(prefix, n):
    return "".join('<div id="%s%d">%s</div>' % (prefix, i + 1, c) for i, c in enumerate(str(n).zfill(7)))


def wp(n, title, inner):
    return ('<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><span><h2 class="ms-webpart-titleText">%s</h2></span></div>'
            '<div id="WebPartWPQ%d" class="ms-WPBody">%s</div></div>' % (title, n, inner))


def shell(title, main, canon=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % (esc(h).replace('"', ''), t) for h, t in MENU)
    links = '<ul><li><a href="/Pages/lienket.aspx">Cổng TTĐT tỉnh Đắk Lắk</a></li></ul>'
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint"><title>%s</title>%s</head>'
            '<body><form id="aspnetForm" method="post"><div id="s4-workspace"><div class="banner">UBND HUYỆN CƯ M\'GAR</div><ul class="topmenu">%s</ul>'
            '<table width="100%%"><tr><td class="ms-wpzone" valign="top">%s</td><td width="240" valign="top">%s</td></tr></table>'
            '<div class="footer"><p>Bản quyền thuộc UBND huyện Cư M\'gar. Địa chỉ: 71 Hùng Vương, thị trấn Quảng Phú.</p>'
            '<span id="ctl00_Label_TruyCap" style="display:none">0912446</span>'
            '<div class="ThongKeSoLuot"><b>Thống kê truy cập</b><div class="SoLuongOnline"><span>Đang online:</span>%s</div>'
            '<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>%s</div></div></div></div></form></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, canon) if canon else "", menu, main,
               wp(9, "Liên kết website", links), digits("slol", 57), digits("sltc", 912446)))


def article(a):
    others = "".join('<li><a href="%s">%s</a></li>' % (url(b).replace("&", "&amp;"), esc(b["title"])) for b in ARTS if b is not a)[:2000]
    body = ""
    for i, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % ent(p)
        if a.get("table") and i == 1:
            body += '<table class="ms-rteTable-default" border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    y, m, d = a["date"].split("-")
    inner = ('<div class="ms-rtestate-field"><div class="news-title">%s</div><div class="news-body">%s</div>'
             '<div class="news-update"><i>Cập nhật: %s/%s/%s 08:%02d</i></div></div>'
             '<div class="ms-webpart-chrome-title"><h3>Tin liên quan</h3></div><ul class="other">%s</ul>') % (esc(a["title"]), body, d, m, y, a["id"] % 60, others)
    return shell(a["title"], wp(2, "Tin tức – Sự kiện", inner), url(a))


def teaser(a):
    return '<div class="item"><a href="%s">%s</a><p>%s</p></div>' % (url(a), esc(a["title"]), esc(a["paras"][0][:120]) + "…")


lst = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
P.add("/", shell("Trang chủ", wp(1, "Tin nổi bật", "".join(teaser(a) for a in ARTS[:3]) + '<a href="/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32">Xem tất cả</a>' + '<a href="/Pages/thongbao.aspx?ItemID=77">Thông báo lịch tiếp công dân tháng 4</a>')))
pager = '<div class="pager"><a href="%s">1</a> <a href="%s&amp;page=2">2</a></div>' % (lst, lst)
P.add(lst, shell("Tin tức – Sự kiện", wp(1, "Tin tức – Sự kiện", "".join(teaser(a) for a in ARTS[:4]) + pager)))
P.add(lst + "&page=2", shell("Tin tức – Sự kiện", wp(1, "Tin tức – Sự kiện", "".join(teaser(a) for a in ARTS[4:]) + pager)))
for a in ARTS:
    P.add(url(a), article(a))
    P.gold_article(url(a), a)
# the SIPAS item is also linked with its category id; canonical names the short URL
alt = url(ARTS[1]) + "&ChuyenMucID=32"
P.add(alt, article(ARTS[1]))
pg2 = P.pages["/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32&page=2"]
pg2["raw"] = pg2["raw"].replace(b'<div class="pager">', ('<div class="item"><a href="%s">%s</a></div><div class="pager">' % (alt.replace("&", "&amp;"), esc(ARTS[1]["title"]))).encode(), 1)
P.add("/Pages/gioithieu.aspx", shell("Giới thiệu", wp(1, "Giới thiệu chung", "<p>Huyện Cư M'gar nằm ở phía bắc tỉnh Đắk Lắk, có 15 xã, 2 thị trấn.</p><p>Điện thoại: 0262 3834 101</p>")))
P.add("/Pages/thongbao.aspx?ItemID=77", shell("Thông báo", wp(2, "Thông báo", '<div class="news-title">Thông báo lịch tiếp công dân tháng 4/2024</div><p><a href="/Documents/TB-77.pdf">Tải tệp đính kèm</a></p>')))
P.non_articles = ["/Pages/thongbao.aspx?ItemID=77", "/Pages/gioithieu.aspx"]
P.write()
