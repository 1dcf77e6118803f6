"""p4: Liferay 7 custom CMS of Hòa Bình province (articleId render URLs), huyện Lạc Sơn.
Hard cases: category heading (h3.title-list-news) above the headline, lead (#leadDetail) outside
the body element, lead image caption printing "null", author/source fields after the body (not
text), rating widget, "Danh sách bài viết mới/cũ" lists with dates, counter box with "," thousands,
an intro page of prose without date."""
from common import Portal, esc

P = Portal("lacson_hoabinh", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "liferay7-hoabinh-cms")
S = "/web/lacson"
P.furniture = ["Lượt truy cập", "Tổng số truy cập", "Trong tháng", "Trong ngày", "Tổng số trực tuyến",
               "Đánh giá bài viết", "Danh sách bài viết mới", "Danh sách bài viết cũ", "Đọc bài viết", "In bài viết"]


def shell(title, body):
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><title>{esc(title)}</title></head><body>
<header class="hb-header"><div class="brand">UBND huyện Lạc Sơn</div><ul class="hb-menu"><li><a href="/">Trang chủ</a></li>
<li><a href="{S}/gioi-thieu">Giới thiệu</a></li><li><a href="{S}/danh-muc?categoryId=117">Tin tức - Sự kiện</a></li><li><a href="{S}/van-ban">Văn bản</a></li></ul></header>
<div class="row"><div class="col-md-8">{body}</div>
<div class="col-md-4"><div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div><i class="fa fa-bar-chart"></i> Tổng số truy cập: 1,482,309</div><div><i class="fa fa-calendar"></i> Trong tháng: 21,774</div>
<div><i class="fa fa-clock-o"></i> Trong ngày: 655</div><div><i class="fa fa-users"></i> Tổng số trực tuyến : 41</div></div></div></div>
<footer><p>UBND huyện Lạc Sơn - Thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình</p></footer></body></html>"""


ARTS = [
 dict(id=38215, title="Lạc Sơn: Chỉ số cải cách hành chính năm 2023 tăng 5 bậc",
  date="2024-05-06", dt="06/05/2024 10:25", author="Bùi Thị Thu", source="Văn phòng HĐND và UBND huyện",
  lead="Theo kết quả tỉnh công bố, Chỉ số cải cách hành chính năm 2023 của huyện Lạc Sơn đạt 82,31%, xếp thứ 3/10 huyện, thành phố, tăng 5 bậc so với năm 2022.",
  blocks=["Trong đó, chỉ số thành phần về cải cách thủ tục hành chính đạt điểm tối đa; chỉ số hiện đại hóa nền hành chính còn thấp do tỷ lệ thanh toán trực tuyến chưa cao.",
          "Chỉ số năng lực cạnh tranh cấp huyện (DDCI) năm 2023 của Lạc Sơn đạt 67,5 điểm, xếp thứ 6/10.",
          "Huyện đặt mục tiêu năm 2024 nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 50%."],
  must=["đạt 82,31%, xếp thứ 3/10", "đạt 67,5 điểm, xếp thứ 6/10", "chỉ số hiện đại hóa nền hành chính còn thấp"]),
 dict(id=38240, title="Bộ phận Một cửa huyện trả kết quả đúng hạn 100% hồ sơ tháng 4",
  date="2024-05-02", dt="02/05/2024 16:10", author="Quách Văn Hùng", source="Trung tâm VH-TT&TT",
  lead="Tháng 4/2024, Bộ phận Một cửa huyện Lạc Sơn tiếp nhận 742 hồ sơ thủ tục hành chính, cộng với 61 hồ sơ tồn kỳ trước.",
  blocks=["Đã giải quyết 690 hồ sơ, trong đó trước hạn 455 hồ sơ, đúng hạn 235 hồ sơ, không có hồ sơ quá hạn; đang giải quyết 113 hồ sơ.",
          [["Lĩnh vực", "Số hồ sơ"], ["Đất đai", "318"], ["Tư pháp - hộ tịch", "207"], ["Lao động - TB&XH", "96"], ["Lĩnh vực khác", "121"]],
          "Có 488 hồ sơ được nộp trực tuyến và 37 hồ sơ trả qua dịch vụ bưu chính công ích."],
  must=["61 hồ sơ tồn kỳ trước", "trước hạn 455 hồ sơ, đúng hạn 235 hồ sơ", "Tư pháp - hộ tịch", "37 hồ sơ trả qua dịch vụ bưu chính công ích"]),
 dict(id=38251, title="Lễ hội Khai hạ của người Mường Lạc Sơn thu hút đông đảo du khách",
  date="2024-02-20", dt="20/02/2024 07:40", author="Đinh Công Tuấn", source=None,
  lead="Lễ hội Khai hạ năm nay được tổ chức tại sân vận động trung tâm huyện với nhiều nghi thức truyền thống.",
  blocks=["Phần lễ có nghi thức rước thần và cúng trời đất cầu mùa màng tươi tốt.", "Phần hội gồm thi đánh cồng chiêng, ném còn, kéo co và giới thiệu ẩm thực Mường."],
  must=["nghi thức rước thần", "đánh cồng chiêng, ném còn", "ẩm thực Mường"]),
 dict(id=38266, title="Hoàn thành sửa chữa 24 nhà ở cho hộ nghèo",
  date="2024-04-25", dt="25/04/2024 09:00", author="Bùi Văn Lự", source=None,
  lead="Huyện Lạc Sơn đã hoàn thành hỗ trợ sửa chữa, xây mới 24 căn nhà cho hộ nghèo tại các xã vùng cao.",
  blocks=["Mỗi căn nhà được hỗ trợ 40 triệu đồng từ Quỹ Vì người nghèo, phần còn lại do gia đình và họ hàng góp công.", "Bàn giao nhà tại xã Quý Hòa có đại diện Ủy ban MTTQ tỉnh."],
  must=["xây mới 24 căn nhà", "hỗ trợ 40 triệu đồng", "xã Quý Hòa"]),
 dict(id=38270, title="Thị trấn Vụ Bản triển khai thu phí vệ sinh không dùng tiền mặt",
  date="2024-04-29", dt="29/04/2024 14:35", author="Bùi Thị Thu", source="Báo Hòa Bình",
  lead="Từ tháng 5, các hộ kinh doanh trên địa bàn thị trấn Vụ Bản có thể nộp phí vệ sinh môi trường qua mã QR.",
  blocks=["Tổ dân phố sẽ dán mã QR tại mỗi hộ và gửi thông báo số tiền hằng tháng qua Zalo.", "Hình thức này giúp giảm thời gian đi thu và minh bạch nguồn thu."],
  must=["nộp phí vệ sinh môi trường qua mã QR", "dán mã QR tại mỗi hộ", "minh bạch nguồn thu"]),
 dict(id=38274, title="Xã Ân Nghĩa tổ chức đối thoại với nhân dân về giải phóng mặt bằng",
  date="2024-05-08", dt="08/05/2024 08:15", author="Quách Văn Hùng", source=None,
  lead="Chủ tịch UBND xã Ân Nghĩa vừa đối thoại với 52 hộ dân có đất bị thu hồi để làm đường Hồ Chí Minh.",
  blocks=["Người dân kiến nghị về đơn giá bồi thường cây ăn quả và vị trí tái định cư.", "Các ý kiến thuộc thẩm quyền huyện được tổng hợp gửi Hội đồng bồi thường trong tuần."],
  must=["52 hộ dân có đất bị thu hồi", "đơn giá bồi thường cây ăn quả", "Hội đồng bồi thường"]),
]
for a in ARTS:
    a["path"] = f"{S}/chi-tiet?p_p_id=cmsview&p_p_lifecycle=0&articleId={a['id']}&categoryId=117"
    a["href"] = esc(a["path"])


def bl(blocks):
    o = []
    for b in blocks:
        if isinstance(b, str):
            o.append("<p>%s</p>" % esc(b))
        else:
            o.append('<table border="1">' + "".join("<tr>" + "".join("<td><p>%s</p></td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
    return "".join(o)


srt = sorted(ARTS, key=lambda a: a["date"], reverse=True)
for a in ARTS:
    newer = [o for o in srt if o["date"] > a["date"]][-3:]
    older = [o for o in srt if o["date"] < a["date"]][:3]
    li = lambda L: "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (o["href"], esc(o["title"]), o["dt"][:10]) for o in L)
    src = '<div class="source">Nguồn: %s</div>' % esc(a["source"]) if a["source"] else ""
    body = f"""<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">{esc(a['title'])}</h1><div class="tools"><span class="date_time">{a['dt']}</span>
<a class="read-aloud">Đọc bài viết</a> <a class="font">A</a> <a class="font">A+</a></div>
<div id="leadDetail">{esc(a['lead'])}</div>
<div class="lead-img"><img src="/documents/20182/lead-{a['id']}.jpg" alt=""><div class="img-title">null</div></div>
<div id="contentDetail">{bl(a['blocks'])}</div>
<div class="author">{esc(a['author'])}</div>{src}
<div class="print"><a href="{S}/in-bai?articleId={a['id']}">In bài viết</a></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-id="{a['id']}"></span> (<span id="rateCount"></span> lượt đánh giá)</div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{li(newer)}</ul><h4>Danh sách bài viết cũ</h4><ul>{li(older)}</ul></div></div>"""
    P.add(a["path"], shell(a["title"], body))
    P.article(a["path"], a["title"], a["date"], a["blocks"], a["must"], lead=a["lead"])

NOTICE = f"{S}/chi-tiet?p_p_id=cmsview&p_p_lifecycle=0&articleId=38280&categoryId=119"
P.add(NOTICE, shell("Thông báo kết quả thi tuyển công chức cấp xã", f"""<div class="box_border"><h3 class="title-list-news">Thông báo</h3>
<h1 id="titleDetail">Thông báo kết quả thi tuyển công chức cấp xã</h1><div id="contentDetail"><p><a href="/documents/20182/tb-ket-qua-thi-tuyen.pdf">Tệp đính kèm</a></p></div></div>"""))
L1 = f"{S}/danh-muc?categoryId=117"
L2 = L1 + "&_cur=2&_delta=4"


def listing(items, extra=""):
    return '<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>' + "".join(
        '<div class="item"><a href="%s">%s</a><span class="date_time">%s</span><p>%s</p></div>' % (a["href"], esc(a["title"]), a["dt"][:10], esc(a["lead"][:80])) for a in items) + extra + \
        '<div class="pagination"><a href="%s">1</a> <a href="%s">2</a></div></div>' % (esc(L1), esc(L2))


P.add(L1, shell("Tin tức - Sự kiện", listing(srt[:4])))
P.add(L2, shell("Tin tức - Sự kiện", listing(srt[4:], '<div class="item"><a href="%s">Thông báo kết quả thi tuyển công chức cấp xã</a></div>' % esc(NOTICE))))
INTRO = S + "/gioi-thieu"
P.add(INTRO, shell("Giới thiệu", """<div class="box_border"><h3 class="title-list-news">Giới thiệu</h3><h1 id="titleDetail">Khái quát về huyện Lạc Sơn</h1><div id="contentDetail">
<p>Lạc Sơn là huyện miền núi nằm ở phía nam tỉnh Hòa Bình, có địa hình thấp dần từ tây bắc xuống đông nam, được bao quanh bởi các dãy núi đá vôi. Sông Bưởi chảy qua địa bàn tạo nên những cánh đồng màu mỡ.</p>
<p>Đây là vùng đất Mường Bi, Mường Vang cổ, một trong bốn Mường lớn của người Mường Hòa Bình. Dân tộc Mường chiếm phần lớn dân số, còn giữ được mo Mường, chiêng Mường và nếp nhà sàn truyền thống.</p>
<p>Nông nghiệp vẫn giữ vai trò chủ đạo với cây mía, ngô, lúa và cam; những năm gần đây huyện phát triển du lịch cộng đồng gắn với di tích khảo cổ hang Muối và các bản làng ven chân núi.</p>
<p>Trung tâm hành chính của huyện đặt tại thị trấn Vụ Bản.</p></div></div>"""))
P.add("/", shell("Trang chủ", '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>' + "".join('<p><a href="%s">%s</a></p>' % (a["href"], esc(a["title"])) for a in srt[:2]) + '<a href="%s">Xem thêm</a></div>' % esc(L1)))
P.non_articles += ["/", L1, L2, INTRO, NOTICE]
P.write()
