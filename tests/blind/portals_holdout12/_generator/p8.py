"""p8 — WordPress with postname permalinks (huyện Tư Nghĩa, Quảng Ngãi).

Hard cases: header shows today's date; one article prints no date at all; "Xem nhiều"
sidebar list with dates; share buttons; a wp-caption inside the content; listing whose
teasers are long excerpts; a long intro page at a post-shaped URL (/<slug>/) linked from
the menu; a counter in the footer.
"""
from common import Portal, esc, attr

P = Portal("h12_tunghia_wp", "Cổng thông tin điện tử huyện Tư Nghĩa", "Tư Nghĩa", "Quảng Ngãi", "WordPress")

LIST = "/category/tin-tuc/"
LIST2 = "/category/tin-tuc/page/2/"
INTRO = "/gioi-thieu-huyen-tu-nghia/"


def url(a):
    return "/%s/" % a["slug"]


def shell(title, main, canonical=None, bodyclass="single"):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    popular = "".join('<li><a href="%s">%s</a><span class="post-date">%s</span></li>' % (attr(url(a)), esc(a["title"]), a["d"] or "") for a in ARTS[:3])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} &#8211; Huyện Tư Nghĩa</title>{canon}
<link rel="stylesheet" id="twentytwelve-style-css" href="/wp-content/themes/tunghia/style.css?ver=6.4.3" type="text/css" media="all" />
</head><body class="{bodyclass}">
<div id="page" class="site">
<div class="topbar"><span class="today">Hôm nay: Thứ Sáu, 04/12/2026</span> <a href="/wp-login.php">Quản trị</a></div>
<header id="masthead" class="site-header"><hgroup><p class="site-title"><a href="/">HUYỆN TƯ NGHĨA</a></p><p class="site-description">Cổng thông tin điện tử</p></hgroup>
<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="nav-menu">
<li class="menu-item"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="{INTRO}">Giới thiệu</a></li>
<li class="menu-item"><a href="{LIST}">Tin tức</a></li>
<li class="menu-item"><a href="/category/thong-bao/">Thông báo</a></li>
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">{main}</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside class="widget widget_search"><form role="search" method="get" action="/"><input type="text" name="s" placeholder="Tìm kiếm..." /></form></aside>
<aside class="widget widget_popular"><h3 class="widget-title">Xem nhiều</h3><ul>{popular}</ul></aside>
<aside class="widget"><h3 class="widget-title">Tiện ích trực tuyến</h3><a href="/dich-vu-cong/"><img src="/wp-content/uploads/2023/05/dvc-banner.png" alt="" /></a></aside>
</div></div>
<footer id="colophon"><div class="site-info">Cơ quan quản lý: UBND huyện Tư Nghĩa - Thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi<br/>
Lượt truy cập: 1.452.380 | Đang xem: 27</div></footer></div></body></html>"""


def detail(a):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if k == 0 and a.get("cap"):
            body += '<div class="wp-caption aligncenter" style="width: 610px"><img class="size-large" src="/wp-content/uploads/2025/03/%s.jpg" width="600" height="400" alt="" /><p class="wp-caption-text">%s</p></div>' % (a["slug"][:20], esc(a["cap"]))
        if k == a.get("split") and a.get("table"):
            body += '<table class="wp-block-table">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
    meta = ('<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%sT08:00:00+07:00">%s</time></span> <span class="cat-links">Chuyên mục: <a href="%s">Tin tức</a></span></div>' % (a["pub"], a["d"], LIST)) if a["pub"] else \
           '<div class="entry-meta"><span class="cat-links">Chuyên mục: <a href="%s">Tin tức</a></span></div>' % LIST
    main = f"""<article id="post-{a["id"]}" class="post-{a["id"]} post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>{meta}</header>
<div class="entry-content">{body}</div>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a> <a href="javascript:window.print()">In</a></div>
<nav class="nav-single"><span class="nav-previous"><a href="{attr(url(a["prev"]))}" rel="prev">&larr; {esc(a["prev"]["title"])}</a></span></nav>
</article>"""
    return shell(a["title"], main, canonical=url(a))


ARTS = [
 dict(id=5120, slug="tu-nghia-ket-qua-giai-quyet-ho-so-quy-i-nam-2025", d="09/04/2025", pub="2025-04-09",
  title="Tư Nghĩa: kết quả giải quyết hồ sơ quý I năm 2025",
  paras=[
   "Quý I năm 2025, Bộ phận Một cửa huyện Tư Nghĩa và các xã, thị trấn tiếp nhận tổng cộng 7.241 hồ sơ, trong đó tiếp nhận mới 7.005 hồ sơ và tồn kỳ trước 236 hồ sơ.",
   "Đã giải quyết 6.958 hồ sơ (trước hạn 2.117, đúng hạn 4.790, trễ hạn 51); đang giải quyết 283 hồ sơ. Có 4.106 hồ sơ nộp trực tuyến và 372 hồ sơ nhận, trả qua bưu chính công ích.",
   "Hồ sơ trễ hạn chủ yếu ở các địa phương sau:",
   "Chủ tịch UBND huyện yêu cầu các xã có hồ sơ trễ hạn kiểm điểm trách nhiệm của công chức địa chính.",
  ], split=2,
  table=[["Địa phương", "Trễ hạn"], ["Xã Nghĩa Kỳ", "19"], ["Xã Nghĩa Lâm", "14"], ["Thị trấn La Hà", "6"]],
  cap="Người dân nộp hồ sơ tại Bộ phận Một cửa huyện",
  must=["7.241 hồ sơ", "tồn kỳ trước 236 hồ sơ", "372 hồ sơ", "Xã Nghĩa Kỳ"]),
 dict(id=5104, slug="par-index-2024-tu-nghia-dung-thu-6", d="27/03/2025", pub="2025-03-27",
  title="PAR Index 2024: Tư Nghĩa đứng thứ 6",
  paras=[
   "Năm 2024, huyện Tư Nghĩa đạt 80,72 điểm Chỉ số cải cách hành chính, xếp thứ 6/13 huyện, thị xã, thành phố của tỉnh Quảng Ngãi, giảm 1 bậc so với năm 2023.",
   "Mức độ hài lòng của người dân, tổ chức đạt 85,06%. Điểm bị trừ nhiều nhất thuộc tiêu chí chuyển đổi số và tỷ lệ thanh toán trực tuyến.",
  ],
  must=["80,72 điểm", "xếp thứ 6/13", "85,06%"]),
 dict(id=5097, slug="huong-dan-dang-ky-thuong-tru-qua-dich-vu-cong", d=None, pub=None,
  title="Hướng dẫn đăng ký thường trú qua dịch vụ công",
  paras=[
   "Người dân có thể đăng ký thường trú trên Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID mà không cần đến trụ sở công an xã.",
   "Sau khi đăng nhập bằng tài khoản định danh mức 2, chọn thủ tục, khai báo thông tin nơi ở mới và tải lên ảnh chụp giấy tờ chứng minh chỗ ở hợp pháp.",
   "Kết quả được gửi qua tin nhắn và cập nhật ngay vào Cơ sở dữ liệu quốc gia về dân cư.",
  ],
  must=["ứng dụng VNeID", "định danh mức 2", "giấy tờ chứng minh chỗ ở hợp pháp"]),
 dict(id=5083, slug="nong-dan-nghia-hiep-trung-vu-hanh-tim", d="11/03/2025", pub="2025-03-11",
  title="Nông dân Nghĩa Hiệp trúng vụ hành tím",
  paras=[
   "Vụ hành tím năm nay, xã Nghĩa Hiệp xuống giống 85 ha, năng suất bình quân 14 tấn mỗi ha.",
   "Thương lái thu mua tại ruộng với giá từ 18 đến 22 nghìn đồng mỗi ki-lô-gam, nhiều hộ lãi trên 100 triệu đồng mỗi ha.",
  ],
  cap="Thu hoạch hành tím ở xã Nghĩa Hiệp",
  must=["85 ha", "14 tấn mỗi ha", "100 triệu đồng"]),
 dict(id=5071, slug="thi-tran-song-ve-ra-mat-tuyen-pho-van-minh", d="28/02/2025", pub="2025-02-28",
  title="Thị trấn Sông Vệ ra mắt tuyến phố văn minh",
  paras=["Tuyến phố dài 1,2 km trên đường Lê Trung Đình được trồng hoa, lắp đèn và bố trí thùng rác phân loại."],
  must=["1,2 km", "đường Lê Trung Đình", "thùng rác phân loại"]),
 dict(id=5060, slug="khoi-cong-ke-chong-sat-lo-bo-song-ve", d="18/02/2025", pub="2025-02-18",
  title="Khởi công kè chống sạt lở bờ sông Vệ",
  paras=[
   "Công trình kè dài 850 m đoạn qua xã Nghĩa Thắng có tổng mức đầu tư 45 tỷ đồng từ ngân sách tỉnh.",
   "Khi hoàn thành, kè sẽ bảo vệ khoảng 120 hộ dân và 30 ha đất sản xuất ven sông.",
  ],
  must=["850 m", "xã Nghĩa Thắng", "khoảng 120 hộ dân"]),
]
for i, a in enumerate(ARTS):
    a["prev"] = ARTS[(i + 1) % len(ARTS)]

for a in ARTS:
    P.article(url(a), detail(a), a["title"], a["pub"], a["paras"], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Hôm nay: Thứ Sáu, 04/12/2026", "Xem nhiều", "Chia sẻ:", "Chuyên mục:", "Tiện ích trực tuyến", "Quản trị",
       "Lượt truy cập: 1.452.380", "Đang xem: 27", "Cơ quan quản lý: UBND huyện Tư Nghĩa")


def excerpt_list(arts):
    return "".join(f"""<article class="post hentry"><h2 class="entry-title"><a href="{attr(url(a))}">{esc(a["title"])}</a></h2>
<div class="entry-summary"><p>{esc(" ".join(a["paras"]))} [&hellip;]</p></div></article>""" for a in arts)


P.non_article(LIST, shell("Tin tức", '<header class="archive-header"><h1 class="archive-title">Chuyên mục: Tin tức</h1></header>%s<nav class="navigation"><a class="next page-numbers" href="%s">Trang sau &raquo;</a></nav>' % (excerpt_list(ARTS[:3]), LIST2), bodyclass="archive"))
P.non_article(LIST2, shell("Tin tức", '<header class="archive-header"><h1 class="archive-title">Chuyên mục: Tin tức</h1></header>%s<nav class="navigation"><a class="prev page-numbers" href="%s">&laquo; Trang trước</a></nav>' % (excerpt_list(ARTS[3:]), LIST), bodyclass="archive"))

INTRO_PARAS = [
 "Tư Nghĩa là huyện đồng bằng nằm ở trung tâm tỉnh Quảng Ngãi, ôm lấy thành phố Quảng Ngãi ở phía tây và phía nam. Địa giới của huyện trải từ vùng đồi thấp giáp huyện Nghĩa Hành đến các cánh đồng ven biển giáp huyện Mộ Đức.",
 "Hai con sông Trà Khúc và sông Vệ cùng hệ thống kênh Thạch Nham đem lại nguồn nước tưới cho những cánh đồng lúa, hành, tỏi màu mỡ. Vùng bãi bồi ven sông nổi tiếng với nghề trồng rau màu quanh năm.",
 "Trung tâm hành chính của huyện đặt tại thị trấn La Hà. Thị trấn Sông Vệ là đầu mối giao thương lâu đời, nằm bên quốc lộ 1 và tuyến đường sắt Bắc - Nam.",
 "Vùng đất Tư Nghĩa gắn với nhiều di tích lịch sử, văn hóa và truyền thống cách mạng, trong đó có những ngôi đình làng cổ và các địa danh ghi dấu phong trào đấu tranh của nhân dân địa phương.",
 "Với lợi thế gần đô thị tỉnh lỵ, huyện định hướng phát triển nông nghiệp đô thị, tiểu thủ công nghiệp và thương mại, dịch vụ, từng bước xây dựng các xã đạt chuẩn nông thôn mới nâng cao.",
]
P.non_article(INTRO, shell("Giới thiệu huyện Tư Nghĩa", f"""<article id="post-12" class="post-12 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Giới thiệu huyện Tư Nghĩa</h1></header>
<div class="entry-content">{"".join("<p>%s</p>" % esc(p) for p in INTRO_PARAS)}</div></article>""", canonical=INTRO, bodyclass="page"))

NOTICE = "/thong-bao-cong-khai-du-toan-ngan-sach-nam-2025/"
P.non_article(NOTICE, shell("Thông báo công khai dự toán ngân sách năm 2025", f"""<article id="post-5125" class="post type-post hentry category-thong-bao">
<header class="entry-header"><h1 class="entry-title">Thông báo công khai dự toán ngân sách năm 2025</h1></header>
<div class="entry-content"><p><a href="/wp-content/uploads/2025/01/cong-khai-du-toan-2025.pdf">cong-khai-du-toan-2025.pdf</a></p></div></article>""", canonical=NOTICE))

home = f"""<section class="home-news"><h2>Tin mới</h2>{excerpt_list(ARTS[:2])}<a href="{LIST}">Xem tất cả</a></section>
<section class="home-notice"><h2>Thông báo</h2><ul><li><a href="{NOTICE}">Thông báo công khai dự toán ngân sách năm 2025</a></li></ul></section>"""
P.non_article("/", shell("Trang chủ", home, bodyclass="home"))

P.write()
