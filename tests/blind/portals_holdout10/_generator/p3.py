"""p3: VNPT dsnews Liferay portlet (p_p_id=dsnews_WAR_vnpteportalnewsportlet), pages served in NFD.
Hard cases: whole page decomposed (NFD), headline in a span, date with weekday and time,
'Tin đọc nhiều' list with dates, print link served as a plain copy, very short article."""
from common import Portal, esc, CANON

P = Portal("p3_yenthe", "Cổng TTĐT huyện Yên Thế", "Yên Thế", "Bắc Giang", "Liferay VNPT dsnews")
PID = "dsnews_WAR_vnpteportalnewsportlet"
ARTS = [
 dict(id=90215, title="Năm 2023, huyện Yên Thế xếp thứ 3 về Chỉ số PAR Index cấp huyện", date="2024-02-19",
      paras=["Theo quyết định công bố của UBND tỉnh Bắc Giang, Chỉ số cải cách hành chính năm 2023 của huyện Yên Thế đạt 88,94 điểm, xếp thứ 3/10 huyện, thành phố, tăng hai bậc so với năm 2022.",
             "Huyện đạt điểm tối đa ở lĩnh vực cải cách tổ chức bộ máy và cải cách chế độ công vụ; lĩnh vực hiện đại hóa nền hành chính đạt 13,2/15 điểm.",
             "Chỉ số SIPAS của huyện đạt 86,03%, còn điểm điều tra xã hội học đạt 27,41/33 điểm.",
             "Huyện ủy yêu cầu năm 2024 phấn đấu vào nhóm hai đơn vị dẫn đầu tỉnh."],
      must=["đạt 88,94 điểm, xếp thứ 3/10 huyện", "Chỉ số SIPAS của huyện đạt 86,03%", "13,2/15 điểm"]),
 dict(id=90198, title="Bộ phận Một cửa cấp xã tiếp nhận gần 9.800 hồ sơ trong năm 2023", date="2024-01-11",
      paras=["Năm 2023, bộ phận tiếp nhận và trả kết quả của 21 xã, thị trấn tiếp nhận 9.786 hồ sơ; 112 hồ sơ từ năm 2022 chuyển sang.",
             "Kết quả giải quyết theo từng nhóm xã được thống kê như sau:",
             "Tỷ lệ hồ sơ nộp trực tuyến toàn huyện đạt 57,8%; 304 hồ sơ được trả kết quả qua bưu chính công ích.",
             "Còn 73 hồ sơ đang giải quyết, chưa đến hạn."],
      table=[["Nhóm xã", "Tiếp nhận", "Sớm hạn", "Đúng hạn", "Quá hạn"], ["Thị trấn Cầu Gồ, Bố Hạ", "2.640", "904", "1.721", "3"], ["Các xã vùng thấp", "4.115", "1.390", "2.702", "9"], ["Các xã vùng cao", "3.031", "866", "2.146", "7"]],
      must=["tiếp nhận 9.786 hồ sơ; 112 hồ sơ từ năm 2022", "Tỷ lệ hồ sơ nộp trực tuyến toàn huyện đạt 57,8%", "Các xã vùng thấp"]),
 dict(id=90187, title="Lễ hội Yên Thế năm 2024 thu hút hơn 20 nghìn lượt khách", date="2024-03-17",
      paras=["Lễ hội Yên Thế năm 2024 diễn ra từ ngày 15 đến 17/3 tại Khu di tích Quốc gia đặc biệt Những địa điểm khởi nghĩa Yên Thế.",
             "Phần hội có thi bắn nỏ, kéo co, đấu vật và trình diễn ẩm thực gà đồi.",
             "Ban tổ chức ghi nhận không có sự cố về an ninh trật tự trong suốt lễ hội."]),
 dict(id=90176, title="Hỗ trợ nông dân xây dựng chuỗi liên kết gà đồi", date="2024-03-05",
      paras=["Năm 2024, huyện hỗ trợ 5 hợp tác xã xây dựng chuỗi liên kết sản xuất gà đồi đạt chứng nhận VietGAP.",
             "Tổng đàn gà của huyện hiện khoảng 6 triệu con, giá bán ổn định ở mức 65.000 đồng/kg.",
             "Các cơ sở giết mổ tập trung được yêu cầu truy xuất nguồn gốc bằng mã QR."]),
 dict(id=90161, title="Kiểm tra công tác phòng chống cháy rừng tại xã Tam Tiến", date="2024-04-02",
      paras=["Đoàn kiểm tra liên ngành của huyện đã làm việc với xã Tam Tiến về phương án phòng cháy rừng mùa khô.",
             "Xã có 1.420 ha rừng sản xuất, chủ yếu là keo và bạch đàn."]),
 dict(id=90150, title="Thông tin về lịch cắt điện ngày 6/4", date="2024-04-05",
      paras=["Điện lực Yên Thế tạm ngừng cấp điện từ 7h đến 16h ngày 6/4 tại xã Đồng Kỳ để bảo dưỡng đường dây."]),
]
WD = ["Thứ hai, 19/02/2024 - 15:22", "Thứ năm, 11/01/2024 - 09:05", "Chủ nhật, 17/03/2024 - 20:10", "Thứ ba, 05/03/2024 - 08:47", "Thứ ba, 02/04/2024 - 16:31", "Thứ sáu, 05/04/2024 - 10:02"]
P.furniture = ["Tin đọc nhiều", "Lượt xem:", "Bản in", "Chia sẻ", "Số lượt truy cập", "Cơ quan chủ quản: UBND huyện Yên Thế"]


def url(a):
    return "/web/guest/tin-tuc?p_p_id=%s&p_p_lifecycle=0&_%s_id=%d" % (PID, PID, a["id"])


def h(u):
    return u.replace("&", "&amp;")


def shell(title, main, canon=None):
    most = "".join('<li><a href="%s">%s</a><span class="date">%s/%s/%s</span></li>' % (h(url(a)), esc(a["title"]), a["date"][8:], a["date"][5:7], a["date"][:4]) for a in ARTS[:4])
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="wrapper"><header><img src="/o/vnpt-theme/images/banner.png" alt="Huyện Yên Thế"></header>'
            '<nav><a href="/">Trang chủ</a> <a href="/web/guest/tin-tuc">Tin tức</a> <a href="/web/guest/van-ban">Văn bản</a> <a href="/web/guest/lien-he">Liên hệ</a></nav>'
            '<div class="row"><div class="col-md-8">%s</div><div class="col-md-4"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>%s</ul></div>'
            '<div class="box"><div class="box-title">Số lượt truy cập</div><p>2.041.387</p></div></div></div>'
            '<footer><p>Cơ quan chủ quản: UBND huyện Yên Thế. Địa chỉ: thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang.</p></footer></div></body></html>'
            % (esc(title), '<link rel="canonical" href="%s%s">' % (CANON, h(canon)) if canon else "", main, most))


def article(a, i, printable=False):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += '<table class="table">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    tools = "" if printable else '<div class="tools"><a href="%s">Bản in</a> | <span>Chia sẻ</span> <span>Lượt xem: %d</span></div>' % (h(url(a) + "&print=1"), 300 + a["id"] % 700)
    return ('<div class="portlet-dsnews"><div class="news-detail"><span class="title-news">%s</span><div class="date-news">%s</div>%s<div class="content-news">%s</div></div></div>'
            % (esc(a["title"]), WD[i], tools, body))


def teaser(a):
    return '<div class="news-item"><a href="%s">%s</a></div>' % (h(url(a)), esc(a["title"]))


L = "/web/guest/tin-tuc"
L2 = L + "?p_p_id=%s&_%s_cur=2" % (PID, PID)
tb = "/web/guest/tin-tuc?p_p_id=%s&p_p_lifecycle=0&_%s_id=90140" % (PID, PID)
P.add("/", shell("Trang chủ", "".join(teaser(a) for a in ARTS[:3]) + '<a href="%s">Tin tức</a><div class="notice"><a href="%s">Thông báo kết quả xét tuyển công chức cấp xã</a></div>' % (L, h(tb))), nfd=True)
P.add(L, shell("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + '<div class="pagination"><a href="%s">2</a></div>' % h(L2)), nfd=True)
P.add(L2, shell("Tin tức", "".join(teaser(a) for a in ARTS[4:]) + '<div class="pagination"><a href="%s">1</a></div>' % L), nfd=True)
for i, a in enumerate(ARTS):
    P.add(url(a), shell(a["title"], article(a, i), url(a)), nfd=True)
    P.gold_article(url(a), a)
    P.add(url(a) + "&print=1", '<html><head><meta charset="utf-8"><title>In</title></head><body>%s</body></html>' % article(a, i, True), nfd=True)
P.add(tb, shell("Thông báo", '<div class="news-detail"><span class="title-news">Thông báo kết quả xét tuyển công chức cấp xã năm 2024</span><p><a href="/documents/20142/TB-ket-qua.pdf">Tải về</a></p></div>'), nfd=True)
P.add("/web/guest/lien-he", shell("Liên hệ", "<h2>Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Yên Thế</p><p>Điện thoại: 0204 3876 135</p>"), nfd=True)
P.non_articles = [tb, "/web/guest/lien-he"]
P.write()
