"""p8 — bespoke ASP.NET MVC commune sub-site of a district portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng).

Hard cases: the date is in the URL (/YYYY/MM/DD/) and, on most articles, also in long Vietnamese form
("Ngày 18 tháng 9 năm 2025") after the text; two articles state it only in the URL; welcome banner;
a very short dated article followed by a dated list of other news; view counter and toolbar inside
the article card; counter in the left column before the content and in the footer.
"""
from common import Portal, esc, href

P = Portal("p8_hoatien_mvc", "Trang thông tin xã Hòa Tiến", "Hòa Vang", "Đà Nẵng", "bespoke ASP.NET MVC (commune sub-site)")
BASE = "/xa-hoa-tien"
LIST1 = BASE + "/tin-tuc"
LIST2 = BASE + "/tin-tuc?page=2"
INTRO = BASE + "/gioi-thieu"
NOTICE = BASE + "/thong-bao/thong-bao-thu-thue-su-dung-dat-phi-nong-nghiep-2025-77"
DOCS = BASE + "/thong-bao"

F_BANNER = ["Chào mừng quý vị ghé thăm trang thông tin điện tử xã Hòa Tiến"]
F_LEFT = ["Lưu lượng người xem", "Lượt mở trang hôm nay", "Lượt mở trang từ đầu năm"]
F_TOOL = ["In ra giấy", "Gửi tới hộp thư", "Đăng lại trên Zalo", "A- nhỏ", "A+ lớn", "Trang trước đó"]
F_IN = ["Lượt mở bài:", "Tin bài liên quan"]
F_SIDE = ["Hướng dẫn nộp hồ sơ trực tuyến", "Số điện thoại trực ban"]
F_FOOT = ["Trang thành phần của Cổng thông tin huyện Hòa Vang", "Tổng lượt mở trang:"]

A = [
 dict(id=1234, d="2025-09-18", show=True, s="hoa-tien-8-thang-tiep-nhan-1-026-ho-so",
      t="Hòa Tiến 8 tháng tiếp nhận 1.026 hồ sơ",
      p=["Từ đầu năm đến hết tháng 8/2025, bộ phận một cửa xã Hòa Tiến tiếp nhận 1.026 hồ sơ, trong đó 988 hồ sơ mới và 38 hồ sơ tồn kỳ trước.",
         "Số hồ sơ nộp trực tuyến là 874, đạt 85,2%; có 27 hồ sơ được gửi qua bưu chính công ích.",
         "Xã đã trả kết quả 1.001 hồ sơ, gồm 540 hồ sơ sớm hạn, 459 hồ sơ đúng hạn và 2 hồ sơ trễ hạn; 25 hồ sơ đang giải quyết.",
         "Hai hồ sơ trễ hạn thuộc lĩnh vực chứng thực, xã đã có thư xin lỗi gửi công dân."],
      must=["988 hồ sơ mới và 38 hồ sơ tồn kỳ trước", "540 hồ sơ sớm hạn, 459 hồ sơ đúng hạn và 2 hồ sơ trễ hạn", "27 hồ sơ được gửi qua bưu chính công ích"]),
 dict(id=1229, d="2025-09-05", show=False, s="ket-qua-danh-gia-muc-do-hai-long-theo-thon",
      t="Kết quả đánh giá mức độ hài lòng theo từng thôn",
      p=["Qua thiết bị đánh giá đặt tại bộ phận một cửa, xã tổng hợp mức độ hài lòng của người dân theo thôn nơi cư trú.",
         "Tỷ lệ chung của xã đạt 97,4%, cao hơn mức 95,1% của năm trước.",
         "Thôn có tỷ lệ thấp nhất sẽ được cán bộ xã đến lắng nghe ý kiến trực tiếp."],
      tbl=[["Thôn", "Lượt đánh giá", "Hài lòng"], ["Lệ Sơn 1", "142", "98,6%"], ["Cẩm Nê", "118", "96,6%"], ["La Bông", "131", "95,4%"]],
      must=["Tỷ lệ chung của xã đạt 97,4%", "Cẩm Nê", "thiết bị đánh giá đặt tại bộ phận một cửa"]),
 dict(id=1221, d="2025-08-27", show=True, s="hoa-tien-to-chuc-phien-cho-nong-san",
      t="Phiên chợ nông sản sạch cuối tuần",
      p=["Sáng 24/8, phiên chợ nông sản sạch đầu tiên của xã diễn ra tại sân nhà văn hóa thôn Yến Nê với 30 gian hàng."],
      must=["thôn Yến Nê", "30 gian hàng", "phiên chợ nông sản sạch đầu tiên"]),
 dict(id=1216, d="2025-08-15", show=False, s="nang-cap-tuyen-duong-dt409-qua-xa",
      t="Nâng cấp tuyến đường ĐT409 đoạn qua xã",
      p=["Đơn vị thi công đang mở rộng 2,3 km tuyến ĐT409 đoạn qua thôn La Bông và Bồ Bản lên mặt cắt 15 m.",
         "Xã đề nghị người dân chấp hành phân luồng, tránh đi vào khu vực đang thảm nhựa vào ban đêm.",
         "Văn Hậu"],
      must=["2,3 km tuyến ĐT409", "mặt cắt 15 m", "thảm nhựa vào ban đêm"]),
 dict(id=1208, d="2025-08-02", show=True, s="trao-nha-tinh-nghia-cho-me-liet-si",
      t="Trao nhà tình nghĩa cho thân nhân liệt sĩ ở thôn Lệ Sơn 2",
      p=["Hội Cựu chiến binh xã phối hợp các nhà hảo tâm bàn giao căn nhà 60 m² cho bà Huỳnh Thị Lài, vợ liệt sĩ.",
         "Tổng kinh phí xây nhà là 160 triệu đồng, trong đó ngày công do đoàn viên thanh niên đóng góp."],
      must=["căn nhà 60 m²", "bà Huỳnh Thị Lài", "160 triệu đồng"]),
 dict(id=1199, d="2025-07-21", show=True, s="hoa-tien-ra-quan-diet-chuot-bao-ve-lua",
      t="Ra quân diệt chuột bảo vệ lúa Hè Thu",
      p=["Các hợp tác xã nông nghiệp trong xã tổ chức diệt chuột đồng loạt trên 420 ha lúa.", "Kết quả bắt được hơn 6.000 con chuột."],
      must=["trên 420 ha lúa", "hơn 6.000 con chuột", "diệt chuột đồng loạt"]),
]


def url(a):
    y, m, d = a["d"].split("-")
    return "%s/tin-tuc/%s/%s/%s/%s-%d" % (BASE, y, m, d, a["s"], a["id"])


def shell(title, main, canon):
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(title)} | Xã Hòa Tiến</title>
<link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"><link href="/Content/site.min.css" rel="stylesheet"></head><body>
<div class="top-bar"><marquee>{F_BANNER[0]}</marquee></div>
<nav class="navbar"><a class="navbar-brand" href="{BASE}">Xã Hòa Tiến</a><a href="{href(INTRO)}">Giới thiệu xã</a><a href="{href(LIST1)}">Tin tức</a><a href="{href(DOCS)}">Thông báo</a><a href="/">Cổng huyện Hòa Vang</a></nav>
<div class="container"><div class="row"><aside class="col-3"><div class="card"><div class="card-header">{F_LEFT[0]}</div><div class="card-body"><p>{F_LEFT[1]}: 214</p><p>{F_LEFT[2]}: 58.102</p></div></div></aside>
<main class="col-6">{main}</main>
<aside class="col-3"><div class="card"><div class="card-body"><a href="{BASE}/huong-dan">{F_SIDE[0]}</a><p>{F_SIDE[1]}: 0236.3846.112</p></div></div></aside></div></div>
<footer class="site-footer"><p>{F_FOOT[0]}</p><p>{F_FOOT[1]} 402.557</p></footer></body></html>"""


def art(a):
    tbl = ""
    if a.get("tbl"):
        tbl = '<table class="table table-bordered">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "<p>%s</p>" % esc(a["p"][0]) + tbl + "".join("<p>%s</p>" % esc(x) for x in a["p"][1:])
    y, m, d = a["d"].split("-")
    when = '<p class="post-date text-right">Ngày %d tháng %d năm %s</p>' % (int(d), int(m), y) if a["show"] else ""
    rel = "".join('<li><a href="%s">%s</a> <small>%s</small></li>' % (href(url(b)), esc(b["t"]), "/".join(reversed(b["d"].split("-")))) for b in A if b is not a)
    return f"""<article class="card post"><div class="card-body"><h2 class="post-title">{esc(a["t"])}</h2>
<div class="post-tools"><a href="#">{F_TOOL[3]}</a> <a href="#">{F_TOOL[4]}</a> <a href="#">{F_TOOL[1]}</a> <a href="#">{F_TOOL[2]}</a></div>
<div class="post-content">{body}</div>{when}
<div class="post-meta">{F_IN[0]} {a["id"] // 7} · <a href="javascript:window.print()">{F_TOOL[0]}</a> · <a href="javascript:history.back()">{F_TOOL[5]}</a></div>
<div class="post-related"><h5>{F_IN[1]}</h5><ul>{rel}</ul></div></div></article>"""


for a in A:
    P.add(url(a), shell(a["t"], art(a), url(a)))
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(url(a), a["t"], a["d"], a["p"], a["must"], cells)

card = lambda a: '<div class="card news-item"><a href="%s">%s</a><p>%s</p></div>' % (href(url(a)), esc(a["t"]), esc(a["p"][0][:70]) + "…")
P.add(LIST1, shell("Tin tức", "".join(card(a) for a in A[:4]) + '<ul class="pagination"><li class="active"><span>1</span></li><li><a href="%s">2</a></li></ul>' % href(LIST2), LIST1), non_article=True)
P.add(LIST2, shell("Tin tức", "".join(card(a) for a in A[4:]) + '<ul class="pagination"><li><a href="%s">1</a></li><li class="active"><span>2</span></li></ul>' % href(LIST1), LIST2), non_article=True)
IP = ["Hòa Tiến là xã đồng bằng ở phía nam huyện Hòa Vang, giáp thị xã Điện Bàn của tỉnh Quảng Nam, có sông Yên chảy qua.",
      "Xã có 11 thôn với hơn 18 nghìn nhân khẩu; nông nghiệp lúa nước và rau màu vẫn là sinh kế chính của phần lớn hộ dân.",
      "Hòa Tiến có nhiều di tích lịch sử cách mạng như địa đạo Phong Nam và đình làng Lệ Sơn, là điểm đến của học sinh trong thành phố."]
P.add(INTRO, shell("Giới thiệu xã", '<div class="card"><div class="card-body"><h2>Giới thiệu xã Hòa Tiến</h2>' + "".join("<p>%s</p>" % esc(x) for x in IP) + "</div></div>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", '<div class="card"><div class="card-body"><h2 class="post-title">Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2025</h2><p><a href="/Uploads/hoatien/TB-thue-PNN-2025.pdf">TB-thue-PNN-2025.pdf</a></p></div></div>', NOTICE), non_article=True)
P.add(DOCS, shell("Thông báo", '<ul><li><a href="%s">Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2025</a></li></ul>' % href(NOTICE), DOCS), non_article=True)
home = "".join(card(a) for a in A[:3]) + '<p><a href="%s">Tất cả tin tức</a> · <a href="%s">Thông báo thuế</a></p>' % (href(LIST1), href(NOTICE))
P.add(BASE, shell("Trang chủ xã", home, BASE), non_article=True)
P.add("/", shell("Cổng huyện Hòa Vang", '<p><a href="%s">Trang thông tin xã Hòa Tiến</a></p>' % BASE, "/"), non_article=True)
P.furniture(*F_BANNER, *F_LEFT, *F_TOOL, *F_IN, *F_SIDE, *F_FOOT)
P.finish()
