"""p4 — Liferay 7 custom CMS of Hòa Bình province (huyện Lạc Sơn).

Hard cases: category heading (h3.title-list-news) above the h1, lead (#leadDetail)
outside the body element (#contentDetail), a lead image whose title prints "null",
author and source in their own fields after the body (not text), a star rating
widget, a counter box ("Tổng số trực tuyến : N"), "Danh sách bài viết mới/cũ"
lists with dates, a table by commune.
"""
from common import Portal, esc, attr

P = Portal("h12_lacson_hb", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 (Hòa Bình custom CMS)")

INST = "cmsview_INSTANCE_hb07lacson"
NS = "_" + INST + "_"


def url(i):
    return "/chi-tiet-tin?p_p_id=%s&p_p_lifecycle=0&%sarticleId=%d" % (INST, NS, i)


LIST = "/danh-muc?p_p_id=%s&p_p_lifecycle=0&%scategoryId=1204" % (INST, NS)
LIST2 = LIST + "&%scur=2&%sdelta=3" % (NS, NS)
INTRO = "/gioi-thieu-chung"


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{attr(title)}" />
<title>{esc(title)} - Lạc Sơn</title>{canon}
</head><body class="controls-visible">
<div class="top-bar"><a href="javascript:void(0)" class="contrast">Tương phản</a> <a href="/c/portal/login">Đăng nhập</a></div>
<header><div class="banner"><span class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẠC SƠN</span></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="{INTRO}">Giới thiệu</a></li>
<li><a href="{attr(LIST)}">Tin tức - Sự kiện</a></li><li><a href="/chinh-quyen">Chính quyền</a></li>
<li><a href="/cong-dan">Công dân</a></li></ul></header>
<div class="container"><div class="row"><div class="col-md-8" id="column-1">{main}</div>
<div class="col-md-4" id="column-2">
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="counter-row"><i class="fa fa-users"></i> Tổng số truy cập: 3.104.552</div>
<div class="counter-row"><i class="fa fa-calendar"></i> Trong tháng: 48.217</div>
<div class="counter-row"><i class="fa fa-clock-o"></i> Trong ngày: 1.906</div>
<div class="counter-row"><i class="fa fa-signal"></i> Tổng số trực tuyến : 57</div></div>
<div class="box_bg"><h3 class="title-list-news">Video clip</h3><div class="video">Không có dữ liệu</div></div>
</div></div></div>
<footer><div class="footer-info">CƠ QUAN CHỦ QUẢN: UBND HUYỆN LẠC SƠN<br/>Địa chỉ: khu 1, thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình<br/>Giấy phép số 19/GP-TTĐT do Sở Thông tin và Truyền thông cấp</div></footer>
</body></html>"""


def article_page(a, newer, older):
    img = ""
    if a.get("img") is not None:
        img = '<div class="img-lead"><img src="/documents/20/1204/%d.jpg" alt="" /><div class="img-title">%s</div></div>' % (a["id"], esc(a["img"]))
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"][:a.get("split", 99)])
    if a.get("table"):
        rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += '<table class="table">%s</table>' % rows + "".join("<p>%s</p>" % esc(p) for p in a["paras"][a["split"]:])

    def lst(xs):
        return "".join('<li><a href="%s">%s</a> <span class="date_time">%s</span></li>' % (attr(url(x["id"])), esc(x["title"]), x["date"][:10]) for x in xs)
    main = f"""<div class="box_border">
<h3 class="title-list-news">{esc(a["cat"])}</h3>
<h1 id="titleDetail">{esc(a["title"])}</h1>
<div class="tool-top"><span class="date_time">{a["date"]}</span> <a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="speak">Nghe đọc bài</a></div>
<div id="leadDetail">{esc(a["lead"])}</div>
{img}
<div id="contentDetail">{body}</div>
<div class="author">{esc(a["author"])}</div>
<div class="source">Nguồn: {esc(a["source"])}</div>
<div class="tool-bottom"><a href="javascript:history.back()">Quay lại</a> <a href="javascript:window.print()">In trang</a>
<span class="share">Chia sẻ: <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Twitter</a></span></div>
<div class="rating">Đánh giá bài viết: <span class="stars"></span> (<span id="ratingCount"></span> lượt đánh giá)</div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(newer)}</ul><h4>Danh sách bài viết cũ</h4><ul>{lst(older)}</ul></div>
</div>"""
    return shell(a["title"], main, canonical=url(a["id"]))


ARTS = [
 dict(id=27410, date="02/04/2025 16:45", pub="2025-04-02", cat="Cải cách hành chính",
  title="Lạc Sơn: 99,4% hồ sơ thủ tục hành chính quý I được giải quyết đúng hạn",
  lead="Quý I năm 2025, các cơ quan, đơn vị trên địa bàn huyện Lạc Sơn tiếp nhận 9.872 hồ sơ thủ tục hành chính.",
  paras=[
   "Trong số đó, có 402 hồ sơ tồn từ kỳ trước, 9.470 hồ sơ tiếp nhận trong kỳ. Các đơn vị đã giải quyết 9.315 hồ sơ, trong đó 2.840 hồ sơ trước hạn, 6.419 hồ sơ đúng hạn, 56 hồ sơ chậm; 557 hồ sơ chưa đến hạn. Tỷ lệ giải quyết đúng và trước hạn đạt 99,4%.",
   "Một số xã có lượng hồ sơ lớn trong quý:",
   "Huyện đã tiếp nhận và trả 1.248 hồ sơ qua dịch vụ bưu chính công ích, chủ yếu là hồ sơ chứng thực và cấp đổi giấy phép lái xe.",
  ], split=2,
  table=[["Xã, thị trấn", "Hồ sơ tiếp nhận", "Hồ sơ chậm"], ["Thị trấn Vụ Bản", "1.533", "4"], ["Xã Ân Nghĩa", "866", "11"], ["Xã Yên Nghiệp", "702", "9"]],
  img="null", author="Bùi Minh Tâm", source="Văn phòng HĐND và UBND huyện",
  must=["402 hồ sơ tồn từ kỳ trước", "56 hồ sơ chậm", "Xã Ân Nghĩa", "1.248 hồ sơ"]),
 dict(id=27388, date="25/03/2025 09:20", pub="2025-03-25", cat="Cải cách hành chính",
  title="Chỉ số hài lòng của người dân huyện Lạc Sơn năm 2024 đạt 92,17%",
  lead="Kết quả đo lường sự hài lòng (SIPAS) năm 2024 do tỉnh thực hiện cho thấy người dân đánh giá tích cực thái độ phục vụ ở Bộ phận Một cửa huyện.",
  paras=[
   "Chỉ số SIPAS của huyện đạt 92,17%, tăng 1,6 điểm phần trăm. Chỉ số cải cách hành chính năm 2024 của huyện đạt 83,95 điểm, xếp thứ 4/10 huyện, thành phố.",
   "Tiêu chí được đánh giá thấp nhất là việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân. Huyện sẽ công khai số điện thoại đường dây nóng tại tất cả các xã.",
  ],
  img="Người dân làm thủ tục tại Bộ phận Một cửa huyện", author="Quách Hương", source="Phòng Nội vụ",
  must=["92,17%", "83,95 điểm", "xếp thứ 4/10"]),
 dict(id=27351, date="14/03/2025 07:55", pub="2025-03-14", cat="Văn hóa - Xã hội",
  title="Trao truyền mo Mường cho thế hệ trẻ ở xã Ngọc Sơn",
  lead="Câu lạc bộ mo Mường xã Ngọc Sơn vừa mở lớp truyền dạy cho 24 học viên là thanh niên trong xã.",
  paras=[
   "Ông Bùi Văn Lợi, thầy mo 78 tuổi, trực tiếp hướng dẫn các áng mo kể về nguồn gốc đất nước, bản mường.",
   "Lớp học kéo dài ba tháng, mỗi tuần hai buổi tối tại nhà văn hóa xóm Khú.",
  ],
  author="Đinh Hải", source="Trung tâm Văn hóa, Thông tin và Thể thao huyện",
  must=["24 học viên", "Bùi Văn Lợi", "xóm Khú"]),
 dict(id=27320, date="06/03/2025 10:10", pub="2025-03-06", cat="Kinh tế",
  title="Xã Tân Lập chuyển đổi 40 ha đất mía kém hiệu quả sang trồng bưởi",
  lead="Vụ xuân năm nay, xã Tân Lập vận động người dân chuyển đổi 40 ha đất trồng mía kém hiệu quả.",
  paras=[
   "Các hộ được hỗ trợ 50% giá cây giống bưởi đỏ và được cán bộ khuyến nông hướng dẫn kỹ thuật bón phân hữu cơ.",
   "Xã cũng khuyến khích trồng xen đậu tương trong ba năm đầu để lấy ngắn nuôi dài.",
  ],
  author="Bích Ngọc", source="UBND xã Tân Lập",
  must=["50% giá cây giống", "bưởi đỏ", "lấy ngắn nuôi dài"]),
 dict(id=27295, date="27/02/2025 15:30", pub="2025-02-27", cat="Quốc phòng - An ninh",
  title="Giao nhận quân năm 2025",
  lead="Sáng 26/2, huyện Lạc Sơn tổ chức lễ giao nhận quân cho 187 tân binh.",
  paras=["Các tân binh lên đường làm nhiệm vụ tại Sư đoàn 308 và Bộ Chỉ huy Quân sự tỉnh."],
  img="null", author="Hoàng Lâm", source="Ban Chỉ huy Quân sự huyện",
  must=["187 tân binh", "Sư đoàn 308", "Bộ Chỉ huy Quân sự tỉnh"]),
 dict(id=27264, date="17/02/2025 08:00", pub="2025-02-17", cat="Cải cách hành chính",
  title="Lạc Sơn đẩy mạnh dịch vụ công trực tuyến toàn trình",
  lead="Năm 2024, huyện Lạc Sơn tiếp nhận 14.560 hồ sơ trực tuyến, chiếm 63,8% tổng số hồ sơ.",
  paras=[
   "Tuy nhiên, tỷ lệ thanh toán lệ phí trực tuyến mới đạt 28,4%. Nguyên nhân là nhiều người dân ở các xóm vùng sâu chưa có tài khoản ngân hàng.",
   "Năm 2025, huyện giao chỉ tiêu cho mỗi xã thành lập ít nhất một điểm hỗ trợ nộp hồ sơ trực tuyến tại nhà văn hóa xóm.",
  ],
  author="Bùi Minh Tâm", source="Văn phòng HĐND và UBND huyện",
  must=["14.560 hồ sơ trực tuyến", "63,8%", "28,4%"]),
]

for i, a in enumerate(ARTS):
    P.article(url(a["id"]), article_page(a, ARTS[max(0, i - 2):i], ARTS[i + 1:i + 3]), a["title"], a["pub"], [a["lead"]] + a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Tổng số truy cập", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến", "Lượt truy cập",
       "Đánh giá bài viết", "lượt đánh giá", "Danh sách bài viết mới", "Danh sách bài viết cũ",
       "Nghe đọc bài", "Tương phản", "Đăng nhập", "CƠ QUAN CHỦ QUẢN", "Giấy phép số 19/GP-TTĐT", "null")


def teasers(arts):
    return "".join('<div class="item-news"><a href="%s"><h4>%s</h4></a><span class="date_time">%s</span><p class="sapo">%s</p></div>' % (
        attr(url(a["id"])), esc(a["title"]), a["date"][:10], esc(a["lead"])) for a in arts)


P.non_article(LIST, shell("Tin tức - Sự kiện", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s<ul class="pagination"><li class="active"><a href="%s">1</a></li><li><a href="%s">2</a></li></ul></div>' % (teasers(ARTS[:3]), attr(LIST), attr(LIST2))))
P.non_article(LIST2, shell("Tin tức - Sự kiện", '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>%s<ul class="pagination"><li><a href="%s">1</a></li><li class="active"><a href="%s">2</a></li></ul></div>' % (teasers(ARTS[3:]), attr(LIST), attr(LIST2))))

INTRO_PARAS = [
 "Lạc Sơn là huyện miền núi nằm ở phía nam tỉnh Hòa Bình, có diện tích tự nhiên khoảng 580 km². Huyện giáp huyện Tân Lạc ở phía bắc, huyện Yên Thủy ở phía đông, tỉnh Thanh Hóa ở phía nam và tây nam, còn phía đông bắc giáp huyện Kim Bôi.",
 "Trung tâm huyện là thị trấn Vụ Bản, nằm bên quốc lộ 12B. Địa hình phần lớn là đồi núi thấp xen kẽ những cánh đồng thung lũng, trong đó các cánh đồng ven sông Bưởi là vùng lúa chủ yếu của huyện.",
 "Người Mường chiếm phần lớn dân số của huyện. Vùng đất này được coi là một trong những cái nôi của văn hóa Mường với mo Mường, chiêng Mường, nhà sàn và những làn điệu xường, bọ mẹng được lưu truyền qua nhiều thế hệ.",
 "Nông nghiệp vẫn giữ vai trò chủ đạo với cây lúa, mía, ngô và các vùng cây ăn quả có múi. Những năm gần đây, huyện chú trọng phát triển chăn nuôi theo hướng hàng hóa, trồng rừng gỗ lớn và du lịch sinh thái gắn với các xóm người Mường.",
]
P.non_article(INTRO, shell("Giới thiệu chung", '<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><div class="journal-content">%s</div></div>' % "".join("<p>%s</p>" % esc(p) for p in INTRO_PARAS)))

NOTICE = url(27415)
P.non_article(NOTICE, shell("Quyết định công bố danh mục thủ tục hành chính cấp huyện", f"""<div class="box_border"><h3 class="title-list-news">Thông báo</h3>
<h1 id="titleDetail">Quyết định công bố danh mục thủ tục hành chính cấp huyện</h1>
<div id="contentDetail"><p><a href="/documents/20/1209/QD-cong-bo-TTHC-cap-huyen.pdf">Xem văn bản đính kèm</a></p></div></div>""", canonical=NOTICE))

home = f"""<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>{teasers(ARTS[:2])}<a href="{attr(LIST)}">Xem thêm</a></div>
<div class="box_border"><h3 class="title-list-news">Thông báo</h3><ul><li><a href="{attr(NOTICE)}">Quyết định công bố danh mục thủ tục hành chính cấp huyện</a></li></ul></div>"""
P.non_article("/", shell("Trang chủ", home))

P.write()
