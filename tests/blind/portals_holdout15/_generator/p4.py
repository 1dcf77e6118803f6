"""p4: Liferay 7 Hòa Bình CMS (articleId), commune sub-site xã Tú Lý, huyện Đà Bắc, Hòa Bình."""
from datetime import date
from common import Portal, esc, attr

P = Portal("p4_tuly", "Trang thông tin điện tử xã Tú Lý", "Đà Bắc (xã Tú Lý)", "Hòa Bình", "Liferay 7 Hòa Bình CMS")
S = "/web/xa-tu-ly"


def au(n):
    return S + "/chi-tiet?articleId=%d" % n


A = [
 dict(n=88215, t="Xã Tú Lý: 100% hồ sơ thủ tục hành chính giải quyết đúng hạn trong tháng 11", d=date(2024, 12, 3), tm="10:12",
      lead="Trong tháng 11/2024, Bộ phận Một cửa xã Tú Lý tiếp nhận 214 hồ sơ, không có hồ sơ nào quá hạn.",
      p=["Số hồ sơ tháng trước chuyển sang là 9; đã giải quyết 206 hồ sơ, trong đó 131 hồ sơ trước hạn và 75 hồ sơ đúng hạn; 17 hồ sơ đang giải quyết.",
         "Có 168 hồ sơ được nộp qua Cổng Dịch vụ công quốc gia, đạt tỷ lệ 78,5%, chủ yếu là đăng ký khai sinh, chứng thực bản sao.",
         "Công chức tư pháp - hộ tịch Bùi Văn Thưởng cho biết xã đã bố trí đoàn viên hỗ trợ người cao tuổi thao tác trên điện thoại."]),
 dict(n=88190, t="Bảng tổng hợp kết quả cải cách hành chính theo xóm năm 2024", d=date(2024, 11, 25), tm="16:40",
      lead="UBND xã Tú Lý vừa tổng hợp kết quả hỗ trợ người dân nộp hồ sơ trực tuyến tại 11 xóm.",
      p=["Tổ công nghệ số cộng đồng các xóm đã hướng dẫn 1.146 lượt người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ trực tuyến.",
         "Kết quả một số xóm tiêu biểu:",
         "Điểm đánh giá cải cách hành chính năm 2024 của xã do huyện chấm đạt 91,25/100 điểm, xếp thứ 2/17 xã, thị trấn của huyện Đà Bắc."],
      table=[["Xóm", "Lượt hỗ trợ", "Hồ sơ trực tuyến"], ["Xóm Mu", "142", "61"], ["Xóm Cọ", "118", "47"], ["Xóm Bưa", "96", "39"]], tat=2, cell="Xóm Cọ"),
 dict(n=88161, t="Tú Lý ra mắt mô hình chợ phiên nông sản sạch", d=date(2024, 11, 18), tm="08:05",
      lead="Sáng 17/11, Hội Liên hiệp Phụ nữ xã Tú Lý ra mắt chợ phiên nông sản sạch họp vào chủ nhật hằng tuần.",
      p=["Chợ có 24 gian hàng bày bán rau, măng, gà đồi, mật ong và các sản phẩm OCOP của địa phương.",
         "Người mua có thể quét mã QR để biết nguồn gốc từng sản phẩm."]),
 dict(n=88140, t="Hội thi nấu ăn dân tộc Mường", d=date(2024, 11, 9), tm="14:22", lead="",
      p=["Chiều 8/11, tại nhà văn hóa xóm Mu, đội thi của các chi hội phụ nữ đã trình diễn các món cơm lam, cá nướng và canh đắng.",
         "Ban tổ chức trao giải nhất cho đội xóm Cọ với mâm cỗ lá truyền thống."]),
 dict(n=88122, t="Tổng vệ sinh môi trường dọc tỉnh lộ 433", d=date(2024, 10, 27), tm="07:30", lead="",
      p=["Ngày 26/10, hơn 150 đoàn viên, hội viên xã Tú Lý tham gia phát quang, thu gom rác dọc tỉnh lộ 433 đoạn qua địa bàn xã.",
         "Xã vận động các hộ kinh doanh ven đường ký cam kết không đổ rác ra lòng hồ sông Đà."]),
 dict(n=88101, t="Xã tổ chức lễ ra quân tuyển quân", d=date(2024, 10, 14), tm="09:00", lead="",
      p=["Ngày 14/10, Hội đồng nghĩa vụ quân sự xã Tú Lý bắt đầu khám sơ tuyển cho 46 thanh niên trong độ tuổi gọi nhập ngũ."]),
]

MENU = [("/", "Trang chủ"), (au(100), "Giới thiệu xã"), (S + "/tin-tuc?categoryId=31", "Tin hoạt động"), (S + "/thong-bao", "Thông báo - Văn bản"), (S + "/hoi-dap", "Hỏi đáp")]


def page(title, main, canon=None):
    return """<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><title>%s - Xã Tú Lý</title>%s</head><body class="hoabinh-theme">
<header><div class="brand">ỦY BAN NHÂN DÂN XÃ TÚ LÝ - HUYỆN ĐÀ BẮC</div><ul class="mainmenu">%s</ul></header>
<section id="content"><div class="row"><div class="col-8">%s</div><div class="col-4 sidebar">
<div class="box_bg"><h3 class="title-list-news">Tiện ích</h3><a href="/web/xa-tu-ly/lich-lam-viec">Lịch làm việc</a></div></div></div></section>
<footer><div class="box_bg thongke"><h3 class="title-list-news">Thống kê lượt ghé</h3><div>Lượt ghé từ đầu: 412.908</div><div>Lượt ghé tháng này: 8.115</div><div>Người đang ghé : 12</div></div>
<p>Trang thông tin điện tử xã Tú Lý. Chịu trách nhiệm: Chủ tịch UBND xã.</p></footer></body></html>""" % (
        esc(title), ('<link rel="canonical" href="http://{{HOST}}%s"/>' % attr(canon)) if canon else "",
        "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU), main)


for a in A:
    url = au(a["n"])
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append("<table>%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]))
    newer = [o for o in A if o["d"] > a["d"]][-3:]
    older = [o for o in A if o["d"] < a["d"]][:3]
    lists = "".join('<div class="list"><h4>%s</h4><ul>%s</ul></div>' % (lab, "".join('<li><a href="%s">%s</a> <i>%s</i></li>' % (attr(au(o["n"])), esc(o["t"]), o["d"].strftime("%d/%m/%Y")) for o in lst)) for lab, lst in (("Danh sách bài viết mới", newer), ("Danh sách bài viết cũ", older)) if lst)
    lead = '<div id="leadDetail"><strong>%s</strong></div>' % esc(a["lead"]) if a["lead"] else ""
    inner = """<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3><h1 id="titleDetail">%s</h1>
<div class="tools"><span class="date_time">%s %s</span> <a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a> <span class="luotxem">Đã xem: %d</span></div>
%s<div class="lead-img"><img src="/documents/20126/anh%d.jpg"/><div class="img-title">null</div></div>
<div id="contentDetail">%s</div><div class="author">Hà Thu Trang</div><div class="source">Nguồn: UBND xã Tú Lý</div>
<div class="actions"><a href="%s">Quay lại</a> <a href="%s">In bài</a></div>
<div class="rating">Bình chọn bài viết: <span class="stars"></span></div><div id="footerOfNewDetail">%s</div></div>""" % (
        esc(a["t"]), a["d"].strftime("%d/%m/%Y"), a["tm"], 37 + a["n"] % 211, lead, a["n"], "\n".join(body), S + "/tin-tuc?categoryId=31", attr(url + "&print=true"), lists)
    P.add_page(url, page(a["t"], inner, canon=url))
    P.gold_article(url, a["t"], a["d"], ([a["lead"]] if a["lead"] else []) + a["p"], table_cell=a.get("cell"))

L = S + "/tin-tuc?categoryId=31"
L2 = S + "/tin-tuc?categoryId=31&_cur=2&_delta=3"


def items(lst):
    return "".join('<div class="item"><a href="%s">%s</a><span class="date_time">%s</span></div>' % (attr(au(a["n"])), esc(a["t"]), a["d"].strftime("%d/%m/%Y")) for a in lst)


pg = '<div class="pagination"><a href="%s">1</a><a href="%s">2</a></div>' % (attr(L), attr(L2))
P.add_page(L, page("Tin hoạt động", '<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3>' + items(A[:3]) + pg + "</div>"))
P.add_page(L2, page("Tin hoạt động", '<div class="box_border"><h3 class="title-list-news">Tin hoạt động</h3>' + items(A[3:]) + pg + "</div>"))
INTRO = ["Xã Tú Lý nằm ở cửa ngõ phía Đông của huyện Đà Bắc, cách trung tâm thành phố Hòa Bình khoảng 17 km theo tỉnh lộ 433.",
         "Xã có 11 xóm, dân số hơn 5.600 người, chủ yếu là đồng bào dân tộc Mường và Tày, sinh sống xen kẽ ven lòng hồ sông Đà.",
         "Kinh tế của xã dựa vào trồng rừng keo, chăn nuôi và nuôi cá lồng; những năm gần đây du lịch cộng đồng bắt đầu phát triển."]
P.add_page(au(100), page("Giới thiệu xã", '<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><h1 id="titleDetail">Giới thiệu chung về xã Tú Lý</h1><div id="contentDetail">%s</div></div>' % "".join("<p>%s</p>" % esc(x) for x in INTRO), canon=au(100)))
NOTE = au(87990)
P.add_page(NOTE, page("Thông báo", '<div class="box_border"><h1 id="titleDetail">Thông báo về việc niêm yết danh sách cử tri bầu trưởng xóm</h1><div id="contentDetail"><p><a href="/documents/20126/tb-niem-yet.docx">tb-niem-yet.docx</a></p></div></div>', canon=NOTE))
P.add_page(S + "/thong-bao", page("Thông báo", '<a href="%s">Thông báo về việc niêm yết danh sách cử tri bầu trưởng xóm</a>' % attr(NOTE)))
home = '<div class="box_border"><h3 class="title-list-news">Tin mới</h3>' + items(A[:4]) + '<a href="%s">Xem tiếp</a></div><div class="box_border"><h3 class="title-list-news">Thông báo</h3><a href="%s">Thông báo về việc niêm yết danh sách cử tri bầu trưởng xóm</a></div>' % (attr(L), attr(NOTE))
P.add_page("/", page("Trang chủ", home))
P.non_articles += ["/", L, L2, au(100), NOTE, S + "/thong-bao"]
P.furniture += ["Thống kê lượt ghé", "Lượt ghé từ đầu", "412.908", "Người đang ghé", "Đã xem:", "Bình chọn bài viết", "Danh sách bài viết mới",
                "Danh sách bài viết cũ", "Quay lại", "Lịch làm việc", "Chịu trách nhiệm: Chủ tịch UBND xã", "Hà Thu Trang", "Nguồn: UBND xã Tú Lý", "null"]
P.write()
