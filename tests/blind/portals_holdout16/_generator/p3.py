"""p3 — Liferay 7 Hòa Bình-style CMS with articleId render URLs (huyện Lạc Sơn, Hòa Bình).

Hard cases: category heading (h3) above h1#titleDetail; lead (#leadDetail) outside #contentDetail;
lead image whose .img-title prints "null"; author/source fields after the body (not text); two very
short dated articles followed by a long dated "other news" list; counter box with "." separators;
rating widget; undated intro page.
"""
from common import Portal, esc, href

P = Portal("p3_lacson_lr7", "Trang thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 custom CMS (cmsview articleId)")
PID = "cmsview_WAR_hbcmsportlet"
DET = "/web/huyen-lac-son/chi-tiet-tin?p_p_id=%s&p_p_lifecycle=0&_%s_articleId=%%d" % (PID, PID)
LIST1 = "/web/huyen-lac-son/tin-tuc?p_p_id=%s&_%s_categoryId=2207" % (PID, PID)
LIST2 = LIST1 + "&_%s_cur=2&_%s_delta=10" % (PID, PID)
INTRO = "/web/huyen-lac-son/lich-su-hinh-thanh"
NOTICE = DET % 90412
DOCS = "/web/huyen-lac-son/cong-bao"

F_BOX = ["Thống kê người xem", "Cộng dồn lượt xem:", "Trong tháng hiện tại:", "Trong ngày hiện tại:", "Người xem trực tuyến :"]
F_TOOL = ["Phóng to chữ", "Thu nhỏ chữ", "Đọc bài này", "Quay lại trang", "In bài", "Chia sẻ qua Facebook", "Chia sẻ qua Zalo", "Gửi đường dẫn cho người khác"]
F_IN = ["Số người đã đọc tin:", "Chấm điểm bài viết:", "Các bài đăng mới hơn", "Các bài đăng cũ hơn"]
F_RIGHT = ["Ý kiến bạn đọc", "Mời bạn gửi câu hỏi về thủ tục hành chính"]
F_LEFT = ["Chuyên trang chuyển đổi số", "Tra cứu thủ tục hành chính"]
F_FOOT = ["Cơ quan quản lý: Văn phòng HĐND và UBND huyện Lạc Sơn", "Giấy phép thiết lập trang số 08/GP-STTTT", "Tổng số lượt xem trang:"]


def shell(title, main, canon):
    return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{esc(title)}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"></head><body>
<div class="header"><div class="logo"><a href="/">UBND HUYỆN LẠC SƠN</a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{href(INTRO)}">Lịch sử hình thành</a></li><li><a href="{href(LIST1)}">Tin tức</a></li><li><a href="{href(DOCS)}">Công báo</a></li></ul></div>
<div class="row"><div class="col-md-3 left"><div class="box_bg"><h3 class="title-list-news">Liên kết</h3><ul><li><a href="/web/huyen-lac-son/cds">{F_LEFT[0]}</a></li><li><a href="/web/huyen-lac-son/tthc">{F_LEFT[1]}</a></li></ul></div>
<div class="box_bg"><h3 class="title-list-news">{F_BOX[0]}</h3><p><i class="fa fa-users"></i> {F_BOX[1]} 1.870.224</p><p><i class="fa fa-calendar"></i> {F_BOX[2]} 21.407</p><p><i class="fa fa-clock"></i> {F_BOX[3]} 733</p><p><i class="fa fa-signal"></i> {F_BOX[4]} 41</p></div></div>
<div class="col-md-6">{main}</div><div class="col-md-3 right"><div class="box_bg"><h3 class="title-list-news">{F_RIGHT[0]}</h3><p>{F_RIGHT[1]}</p></div></div></div>
<div class="footer"><p>{F_FOOT[0]}</p><p>{F_FOOT[1]}</p><p>{F_FOOT[2]} 1.870.224</p></div></body></html>"""


A = [
 dict(id=36021, d="2025-07-11 16:05", t="Lạc Sơn giải quyết 96,8% hồ sơ đúng hạn trong quý II",
      lead="Quý II/2025, các cơ quan, đơn vị trên địa bàn huyện Lạc Sơn tiếp nhận 3.942 hồ sơ thủ tục hành chính, tăng 11% so với quý I.",
      p=["Số hồ sơ tồn từ quý trước chuyển sang là 208; hồ sơ tiếp nhận trực tuyến là 2.611, hồ sơ tiếp nhận qua bưu chính công ích là 57.",
         "Các cơ quan đã giải quyết 3.880 hồ sơ, trong đó trước hạn 1.904, đúng hạn 1.852, quá hạn 124; số hồ sơ đang giải quyết là 270.",
         "Lĩnh vực đất đai chiếm 92 hồ sơ quá hạn, tập trung ở Chi nhánh Văn phòng đăng ký đất đai huyện.",
         "UBND huyện yêu cầu Chi nhánh rà soát toàn bộ hồ sơ tồn, báo cáo nguyên nhân trước ngày 20/7."],
      author="Bùi Thị Hương", src="Văn phòng HĐND và UBND huyện",
      must=["tiếp nhận 3.942 hồ sơ", "trước hạn 1.904, đúng hạn 1.852, quá hạn 124", "bưu chính công ích là 57"]),
 dict(id=36044, d="2025-07-03 08:40", t="Điểm chỉ số DDCI các phòng, ban và xã năm 2024",
      lead="Kết quả đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024 của tỉnh Hòa Bình xếp huyện Lạc Sơn thứ 6/10 với 68,91 điểm.",
      p=["Trong nội bộ huyện, Hội đồng đánh giá cũng công bố điểm của một số đơn vị như sau.",
         "Huyện sẽ tổ chức đối thoại với doanh nghiệp vào tháng 9 để lắng nghe các kiến nghị về thủ tục đầu tư và đất đai."],
      tbl=[["Đơn vị", "Điểm DDCI", "Xếp hạng"], ["Phòng Tài chính - Kế hoạch", "74,12", "1"], ["Phòng Kinh tế và Hạ tầng", "71,30", "2"], ["Xã Vụ Bản", "69,85", "3"]],
      author="Quách Minh", src=None,
      must=["thứ 6/10 với 68,91 điểm", "Phòng Kinh tế và Hạ tầng", "đối thoại với doanh nghiệp vào tháng 9"]),
 dict(id=36058, d="2025-06-27 10:15", t="Xã Ngọc Sơn đón đoàn khảo sát du lịch cộng đồng",
      lead=None, p=["Chiều 26/6, đoàn công tác của Sở Văn hóa, Thể thao và Du lịch khảo sát ba homestay tại xóm Ao Hội, xã Ngọc Sơn."],
      author=None, src=None, short=True,
      must=["ba homestay tại xóm Ao Hội", "Sở Văn hóa, Thể thao và Du lịch", "Chiều 26/6"]),
 dict(id=36063, d="2025-06-20 07:30", t="Tân Lập hoàn thành tiêm phòng lở mồm long móng đợt 1",
      lead=None, p=["Xã Tân Lập đã tiêm 1.146 liều vắc xin lở mồm long móng cho trâu, bò, đạt 93% tổng đàn thuộc diện tiêm."],
      author=None, src=None, short=True,
      must=["1.146 liều vắc xin", "đạt 93% tổng đàn", "Xã Tân Lập"]),
 dict(id=36079, d="2025-06-12 14:55", t="Khai mạc lớp dạy chiêng Mường cho thiếu nhi",
      lead="Nhà văn hóa xóm Bưng, xã Văn Sơn mở lớp dạy đánh chiêng Mường dịp hè cho 25 em thiếu nhi từ 9 đến 14 tuổi.",
      p=["Nghệ nhân Bùi Văn Khoát, 71 tuổi, trực tiếp hướng dẫn các bài chiêng đón khách, chiêng mừng nhà mới.",
         "Lớp học kéo dài một tháng, mỗi tuần ba buổi vào buổi tối, kinh phí do xã và các hộ trong xóm đóng góp."],
      author="Đinh Thảo", src="Trung tâm Văn hóa - Thông tin và Thể thao",
      must=["25 em thiếu nhi từ 9 đến 14 tuổi", "Nghệ nhân Bùi Văn Khoát", "mỗi tuần ba buổi"]),
 dict(id=36090, d="2025-06-05 09:00", t="Sơ kết mô hình chính quyền thân thiện tại thị trấn Vụ Bản",
      lead="Sau một năm, mô hình \"Chính quyền thân thiện, vì nhân dân phục vụ\" tại thị trấn Vụ Bản nhận được 97% phiếu hài lòng.",
      p=["Thị trấn bố trí ghế chờ, nước uống, máy tra cứu và một công chức trực hướng dẫn khai hồ sơ trực tuyến.",
         "Thời gian chờ trung bình của người dân giảm từ 25 phút xuống còn 9 phút mỗi lượt giao dịch."],
      author="Bùi Thị Hương", src=None,
      must=["97% phiếu hài lòng", "máy tra cứu", "từ 25 phút xuống còn 9 phút"]),
]


def dmy(d):
    y, m, rest = d.split("-")
    dd, hm = rest.split(" ")
    return "%s/%s/%s %s" % (dd, m, y, hm)


def art(a):
    tbl = ""
    if a.get("tbl"):
        tbl = '<table class="table">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "<p>%s</p>" % esc(a["p"][0]) + tbl + "".join("<p>%s</p>" % esc(x) for x in a["p"][1:])
    lead = ('<div id="leadDetail"><p>%s</p></div><div class="img-lead"><img src="/documents/20182/lacson/%d.jpg"><div class="img-title">null</div></div>' % (esc(a["lead"]), a["id"])) if a["lead"] else ""
    others = [b for b in A if b is not a]
    lst = "".join('<li><a href="%s">%s</a> <span class="date_time">%s</span></li>' % (href(DET % b["id"]), esc(b["t"]), dmy(b["d"])[:10]) for b in others)
    au = ('<div class="author">%s</div>' % esc(a["author"])) if a["author"] else ""
    so = ('<div class="source">Nguồn: %s</div>' % esc(a["src"])) if a["src"] else ""
    return f"""<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">{esc(a["t"])}</h1><div class="tool"><span class="date_time">{dmy(a["d"])}</span> <a href="#" title="{F_TOOL[0]}">A+</a> <a href="#" title="{F_TOOL[1]}">A-</a> <a href="#">{F_TOOL[2]}</a></div>
{lead}<div id="contentDetail">{body}</div>{au}{so}
<div class="print-share"><a href="javascript:history.back()">{F_TOOL[3]}</a> <a href="javascript:window.print()">{F_TOOL[4]}</a> <a href="#">{F_TOOL[5]}</a> <a href="#">{F_TOOL[6]}</a> <a href="#">{F_TOOL[7]}</a></div><div class="views">{F_IN[0]} {a["id"] % 900}</div>
<div class="rating"><span>{F_IN[1]}</span><span class="stars"></span></div>
<div id="footerOfNewDetail"><h4>{F_IN[2] if a is not A[0] else F_IN[3]}</h4><ul>{lst}</ul></div></div>"""


for a in A:
    path = DET % a["id"]
    P.add(path, shell(a["t"], art(a), path))
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(path, a["t"], a["d"][:10], ([a["lead"]] if a["lead"] else []) + a["p"], a["must"], cells)

tz = lambda a: '<div class="news-item"><a href="%s">%s</a><span class="date_time">%s</span><p>%s</p></div>' % (
    href(DET % a["id"]), esc(a["t"]), dmy(a["d"])[:10], esc((a["lead"] or a["p"][0])[:80]) + "…")
P.add(LIST1, shell("Tin tức", '<h3 class="title-list-news">Tin tức - Sự kiện</h3>' + "".join(tz(a) for a in A[:4]) + '<ul class="pagination"><li class="active">1</li><li><a href="%s">2</a></li><li><a href="%s">»</a></li></ul>' % (href(LIST2), href(LIST2)), LIST1), non_article=True)
P.add(LIST2, shell("Tin tức", '<h3 class="title-list-news">Tin tức - Sự kiện</h3>' + "".join(tz(a) for a in A[4:]) + '<ul class="pagination"><li><a href="%s">1</a></li><li class="active">2</li></ul>' % href(LIST1), LIST2), non_article=True)
IP = ["Huyện Lạc Sơn được thành lập từ năm 1886, là một trong bốn mường lớn của người Mường xưa gồm Bi, Vàng, Thàng, Động.",
      "Qua nhiều lần điều chỉnh địa giới, đến nay huyện có 24 đơn vị hành chính cấp xã, trung tâm là thị trấn Vụ Bản bên bờ sông Bưởi.",
      "Nơi đây còn lưu giữ kho tàng mo Mường, nghề dệt thổ cẩm và những lễ hội như lễ hội Khai hạ, lễ xuống đồng."]
P.add(INTRO, shell("Lịch sử hình thành", '<div class="box_border"><h3 class="title-list-news">Lịch sử hình thành</h3>' + "".join("<p>%s</p>" % esc(x) for x in IP) + "</div>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", '<div class="box_border"><h1 id="titleDetail">Thông báo kết quả xét tuyển công chức cấp xã năm 2025</h1><div id="contentDetail"><p><a href="/documents/20182/TB-ket-qua-xet-tuyen.pdf">TB-ket-qua-xet-tuyen.pdf</a></p></div></div>', NOTICE), non_article=True)
P.add(DOCS, shell("Công báo", '<h3 class="title-list-news">Công báo</h3><ul><li><a href="%s">Thông báo kết quả xét tuyển công chức cấp xã năm 2025</a></li></ul>' % href(NOTICE), DOCS), non_article=True)
P.add("/", shell("Trang chủ", "".join(tz(a) for a in A[:3]) + '<p><a href="%s">Tin tức khác</a></p><p><a href="%s">Thông báo xét tuyển</a></p>' % (href(LIST1), href(NOTICE)), "/"), non_article=True)
P.furniture(*F_RIGHT, *F_BOX, *F_TOOL, *F_IN, *F_LEFT, *F_FOOT, "Lịch sử hình thành")
P.finish()
