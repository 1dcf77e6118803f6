"""p6: DotNetNuke, Default.aspx?tabid=&cateid=&newsid=, Telerik rgPager listing.
Hard cases: counter in the left column before the content, 'Số lần đọc' counter inside the article
container, date printed after the text, bare author paragraph as last body line, welcome marquee."""
from common import Portal, esc, CANON

P = Portal("p6_vandon", "Cổng TTĐT huyện Vân Đồn", "Vân Đồn", "Quảng Ninh", "DotNetNuke")
ARTS = [
 dict(id=7731, title="Vân Đồn: tỷ lệ hồ sơ trực tuyến toàn trình đạt 81% trong tháng 9", date="2024-10-02",
      paras=["Tháng 9/2024, Trung tâm Hành chính công huyện Vân Đồn tiếp nhận 1.094 hồ sơ; số hồ sơ tháng 8 chuyển sang là 131.",
             "Số hồ sơ nộp trực tuyến toàn trình là 886, đạt 81%; 27 hồ sơ được nộp và trả qua bưu điện.",
             "Trung tâm đã giải quyết 1.078 hồ sơ, trong đó sớm hạn 655, đúng hạn 421, quá hạn 2; đang giải quyết 147 hồ sơ.",
             "Mức độ hài lòng qua hệ thống đánh giá điện tử đạt 99,2%.",
             "Phạm Tuyết"],
      must=["sớm hạn 655, đúng hạn 421, quá hạn 2", "Số hồ sơ nộp trực tuyến toàn trình là 886", "đạt 99,2%"]),
 dict(id=7718, title="Kết quả chấm điểm cải cách hành chính cấp xã năm 2023", date="2024-04-09",
      paras=["Hội đồng thẩm định huyện Vân Đồn đã chấm điểm công tác cải cách hành chính của 12 xã, thị trấn.",
             "Bảng xếp hạng theo từng xã:",
             "Các xã đảo được cộng điểm thưởng cho sáng kiến tiếp nhận hồ sơ qua tàu khách.",
             "Hoàng Nam"],
      table=[["Xã, thị trấn", "Tổng điểm", "Hạng"], ["Thị trấn Cái Rồng", "92,15", "1"], ["Xã Quan Lạn", "90,04", "2"], ["Xã Bản Sen", "86,77", "7"], ["Xã Thắng Lợi", "81,30", "12"]],
      must=["Hội đồng thẩm định huyện Vân Đồn", "Xã Quan Lạn", "tiếp nhận hồ sơ qua tàu khách"]),
 dict(id=7702, title="Đón tàu du lịch quốc tế đầu tiên năm 2024", date="2024-01-15",
      paras=["Chiều 15/1, hơn 1.200 du khách đến từ châu Âu đã tham quan vịnh Bái Tử Long.",
             "Đây là chuyến tàu quốc tế đầu tiên cập bến trong năm, mở đầu mùa du lịch biển đảo.",
             "Mai Anh"]),
 dict(id=7695, title="Nuôi trồng thủy sản bằng phao nhựa HDPE", date="2023-12-20",
      paras=["Đến nay, 100% cơ sở nuôi trồng thủy sản trên vịnh đã chuyển đổi sang phao nhựa HDPE.",
             "Việc chuyển đổi giúp giảm rác thải xốp và cải thiện cảnh quan mặt nước.",
             "Mai Anh"]),
 dict(id=7688, title="Vân Đồn tổ chức Ngày hội đọc sách", date="2023-11-25",
      paras=["Thư viện huyện trưng bày 3.000 đầu sách về biển đảo và lịch sử địa phương.",
             "Học sinh Trường THCS Đông Xá tham gia thi kể chuyện theo sách."]),
 dict(id=7674, title="Huyện tổ chức tổng vệ sinh môi trường", date="2023-11-04",
      paras=["Sáng 4/11, cán bộ và nhân dân các xã đồng loạt ra quân dọn vệ sinh bờ biển."]),
]
P.furniture = ["Thống kê truy cập", "Trực tuyến:", "Tổng:", "Số lần đọc:", "Chào mừng bạn đến với Cổng thông tin điện tử huyện Vân Đồn", "In trang", "Gửi email"]


def url(a):
    return "/Default.aspx?tabid=89&cateid=546&newsid=%d" % a["id"]


def h(u):
    return u.replace("&", "&amp;")


def shell(title, main, canon=None):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>%s</head><body><form id="Form" method="post">'
            '<div id="dnn_Banner"><marquee>Chào mừng bạn đến với Cổng thông tin điện tử huyện Vân Đồn</marquee></div>'
            '<div id="dnn_Menu"><a href="/Default.aspx?tabid=36">Trang chủ</a> <a href="%s">Tin tức</a> <a href="/Default.aspx?tabid=92">Giới thiệu</a> <a href="/Default.aspx?tabid=95">Hỏi đáp</a></div>'
            '<table><tr><td id="dnn_LeftPane" width="200" valign="top"><div class="DnnModule"><span class="Head">Thống kê truy cập</span><div>Trực tuyến: 36</div><div>Tổng: 12083447</div></div></td>'
            '<td id="dnn_ContentPane" valign="top">%s</td></tr></table>'
            '<div id="dnn_Footer">Cơ quan quản lý: UBND huyện Vân Đồn. Giấy phép số 18/GP-TTĐT.</div></form></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, h(canon)) if canon else "", h("/Default.aspx?tabid=89&cateid=546"), main))


def article(a):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += '<table class="MsoTableGrid" border="1">' + "".join("<tr>" + "".join("<td><p>%s</p></td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    d = a["date"]
    return ('<div class="DnnModule" id="dnn_ctr507_ModuleContent"><span id="dnn_ctr507_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span>'
            '<div id="dnn_ctr507_ViewNews_pnDetail"><span id="dnn_ctr507_ViewNews_lblTitle" class="title">%s</span><span class="view">Số lần đọc: %d</span>'
            '<div id="dnn_ctr507_ViewNews_lblContent">%s</div><div class="date">(%s/%s/%s)</div>'
            '<div class="tool"><a href="%s">In trang</a> <a href="/Default.aspx?tabid=95">Gửi email</a></div></div></div>') % (esc(a["title"]), 120 + a["id"] % 400, body, d[8:], d[5:7], d[:4], h(url(a) + "&print=true"))


def teaser(a):
    return '<div class="rgRow"><a href="%s">%s</a> <span>%s</span></div>' % (h(url(a)), esc(a["title"]), "/".join(reversed(a["date"].split("-"))))


L = "/Default.aspx?tabid=89&cateid=546"
TB = "/Default.aspx?tabid=91&docid=1120"
home = "".join(teaser(a) for a in ARTS[:3]) + '<a href="%s">Xem tiếp</a><div class="notice"><a href="%s">Thông báo tuyển sinh lớp 10 năm học 2024-2025</a></div>' % (h(L), h(TB))
P.add("/", shell("Trang chủ", home))
P.add("/Default.aspx?tabid=36", shell("Trang chủ", home))
pager = '<div class="rgPager"><a href="%s">1</a> <a class="rgPageNext" href="%s">2</a></div>' % (h(L), h(L + "&page=2"))
P.add(L, shell("Tin tức", '<div class="RadGrid">' + "".join(teaser(a) for a in ARTS[:4]) + pager + "</div>"))
P.add(L + "&page=2", shell("Tin tức", '<div class="RadGrid">' + "".join(teaser(a) for a in ARTS[4:]) + pager + "</div>"))
for a in ARTS:
    P.add(url(a), shell(a["title"], article(a), url(a)))
    P.gold_article(url(a), a)
P.add(TB, shell("Thông báo", '<span class="title">Thông báo tuyển sinh lớp 10 năm học 2024-2025</span><p><a href="/Portals/0/TB-tuyen-sinh.docx">Tải văn bản</a></p>'))
P.add("/Default.aspx?tabid=92", shell("Giới thiệu", "<p>Huyện đảo Vân Đồn gồm hơn 600 hòn đảo lớn nhỏ, 12 xã, thị trấn.</p><p>Điện thoại: 0203 3874 116</p>"))
P.non_articles = [TB, "/Default.aspx?tabid=92"]
P.write()
