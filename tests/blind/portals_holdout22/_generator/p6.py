"""p6: WordPress district site; huyện Tiên Phước, Quảng Nam.
Hard cases: date in the URL and as '14 Tháng Năm, 2025' in entry-meta, visit counter laid out
as a small table INSIDE the article container (after the entry content), share and comment
widgets, 'Bài viết liên quan' with dates, archive listing with the whole first paragraph
(blog style), monthly series by commune."""
from common import *

P = Portal("p6_tienphuoc_wordpress", "Trang thông tin điện tử huyện Tiên Phước", "Tiên Phước", "Quảng Nam", "WordPress")
CAT = "/category/cai-cach-hanh-chinh/"
COM = ["Thị trấn Tiên Kỳ", "Xã Tiên Châu", "Xã Tiên Cảnh", "Xã Tiên Lập"]
HDR = ["Đơn vị", "Hồ sơ đã xử lý", "Xử lý trước hạn", "Hài lòng"]
FIG = [[(190, 121, "98%"), (84, 50, "97%"), (77, 49, "99%"), (61, 30, "96%")],
       [(205, 140, "99%"), (91, 57, "98%"), (70, 44, "98%"), (66, 38, "97%")],
       [(214, 151, "99%"), (99, 66, "99%"), (81, 52, "100%"), (59, 35, "98%")]]
MON = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
wpdate = lambda iso: f"{int(iso[8:])} Tháng {MON[int(iso[5:7]) - 1]}, {iso[:4]}"
arts = []
for i, m in enumerate(["4", "5", "6"]):
    rows = FIG[i]
    d = f"2025-0{int(m) + 1}-0{5 + i}"
    arts.append(dict(slug=f"ket-qua-xu-ly-ho-so-cap-xa-thang-{m}-nam-2025", date=d,
        title=f"Kết quả xử lý hồ sơ cấp xã tháng {m} năm 2025",
        lead=None,
        paras=[f"Hết tháng {m}, bốn đơn vị cấp xã được chọn theo dõi đã xử lý {sum(r[0] for r in rows)} hồ sơ; số hồ sơ còn tồn chuyển sang tháng sau là {11 - i * 3}.",
               series_table(HDR, COM, rows),
               "Tổ công tác cải cách hành chính huyện sẽ kiểm tra đột xuất bộ phận một cửa ở những đơn vị có tỷ lệ hài lòng thấp.",
               "Ban biên tập"],
        must=[HDR[1 + i], COM[1 + i], str(rows[1 + i][1]), "kiểm tra đột xuất"]))
arts.append(dict(slug="tien-phuoc-dat-91-diem-chi-so-cai-cach-hanh-chinh", date="2025-04-02",
    title="Tiên Phước đạt 91,02 điểm Chỉ số cải cách hành chính",
    lead=None,
    paras=["Năm 2024, huyện đạt 91,02 điểm Chỉ số cải cách hành chính, xếp thứ 2/18 huyện, thị xã, thành phố trong tỉnh.",
           "Đây là năm thứ ba liên tiếp huyện nằm trong nhóm dẫn đầu.",
           "Điểm yếu được chỉ ra là tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp, mới đạt 34%."],
    must=["91,02 điểm", "xếp thứ 2/18", "mới đạt 34%"]))
arts.append(dict(slug="mua-thu-hoach-bong-tien-phuoc", date="2025-08-18",
    title="Nông dân Tiên Phước vào vụ thu hoạch bòng",
    lead=None,
    paras=["Bòng Tiên Phước năm nay được mùa, giá bán tại vườn từ 25.000 đến 30.000 đồng mỗi quả.",
           "Hợp tác xã ở xã Tiên Cẩm đã ký hợp đồng tiêu thụ với hai siêu thị tại Đà Nẵng."],
    must=["25.000 đến 30.000 đồng", "xã Tiên Cẩm", "hai siêu thị"]))
arts.append(dict(slug="hop-mat-ky-niem-ngay-thanh-lap-huyen", date="2025-09-09",
    title="Họp mặt kỷ niệm ngày tái lập huyện",
    lead=None,
    paras=["Sáng 8/9, huyện tổ chức họp mặt cán bộ qua các thời kỳ nhân kỷ niệm ngày tái lập."],
    must=["Sáng 8/9", "cán bộ qua các thời kỳ", "ngày tái lập"]))

FURN = ["Lượt truy cập", "Trong ngày", "Trong tháng", "Tổng cộng", "3.402.118", "Chia sẻ:", "Bài viết liên quan",
        "Để lại bình luận", "Gửi bình luận", "Chuyên mục", "Bài mới"]
CNT = [("Trong ngày", "744"), ("Trong tháng", "22.815"), ("Tổng cộng", "3.402.118")]


def url(a):
    return f"/{a['date'][:4]}/{a['date'][5:7]}/{a['date'][8:]}/{a['slug']}/"


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}" />' if canon else ""
    recent = "".join(f'<li><a href="{url(b)}">{esc(b["title"])}</a></li>' for b in arts[3:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>{esc(title)} &#8211; Huyện Tiên Phước</title>{c}
<link rel="stylesheet" href="/wp-content/themes/tienphuoc/style.css" /></head><body class="single">
<header id="masthead"><p class="site-title"><a href="/">Huyện Tiên Phước</a></p><nav><ul id="primary-menu"><li><a href="/">Trang chủ</a></li>
<li><a href="{CAT}">Cải cách hành chính</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content"><main id="main">{main}</main><aside id="secondary"><section class="widget"><h2 class="widget-title">Bài mới</h2><ul>{recent}</ul></section>
<section class="widget"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="{CAT}">Cải cách hành chính</a></li></ul></section></aside></div>
<footer><div class="site-info">UBND huyện Tiên Phước – Thị trấn Tiên Kỳ, tỉnh Quảng Nam</div></footer></body></html>"""


for a in arts:
    rel = "".join([f'<li><a href="{url(b)}">{esc(b["title"])}</a> <time>{dmy(b["date"])}</time></li>' for b in arts if b is not a][:3])
    cnt = "".join(f"<tr><td>{l}</td><td>{v}</td></tr>" for l, v in CNT)
    main = f"""<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a['date']}T08:00:00+07:00">{wpdate(a['date'])}</time></span></div></header>
<div class="entry-content">{body_html(a)}</div>
<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="/share?fb">Facebook</a> <a href="/share?zalo">Zalo</a></div>
<table class="post-views"><caption>Lượt truy cập</caption>{cnt}</table>
<div class="related"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div></article>
<div id="comments"><h3 id="reply-title">Để lại bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><button type="submit">Gửi bình luận</button></form></div>"""
    P.page(url(a), shell(a["title"], main, url(a)), article=a)

newest = sorted(arts, key=lambda a: a["date"], reverse=True)
exc = lambda a: (f'<article class="post"><h2 class="entry-title"><a href="{url(a)}">{esc(a["title"])}</a></h2><time>{wpdate(a["date"])}</time>'
                 f'<div class="entry-summary"><p>{esc(a["paras"][0])}</p></div></article>')
notice = "/2025/11/03/thong-bao-lich-truc-tiep-nhan-ho-so-ngay-thu-bay/"
P.page(CAT, shell("Cải cách hành chính", f'<h1 class="page-title">Chuyên mục: Cải cách hành chính</h1><article class="post"><h2 class="entry-title"><a href="{notice}">Thông báo lịch trực tiếp nhận hồ sơ ngày thứ Bảy</a></h2></article>' +
       "".join(exc(a) for a in newest[:4]) + f'<div class="nav-links"><a class="next page-numbers" href="{CAT}page/2/">Trang sau</a></div>'), kind="non")
P.page(CAT + "page/2/", shell("Cải cách hành chính", "".join(exc(a) for a in newest[4:]) + f'<div class="nav-links"><a href="{CAT}">Trang trước</a></div>'), kind="non")
P.page(notice, shell("Thông báo", '<article class="post"><h1 class="entry-title">Thông báo lịch trực tiếp nhận hồ sơ ngày thứ Bảy</h1><div class="entry-content"><p><a href="/wp-content/uploads/2025/11/tb-lich-truc.pdf">tb-lich-truc.pdf</a></p></div></article>'), kind="non")
P.page("/gioi-thieu/", shell("Giới thiệu", '<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content"><p>Huyện Tiên Phước có 15 đơn vị hành chính cấp xã, nổi tiếng với đặc sản bòng và tiêu.</p></div></article>'), kind="non")
P.page("/", shell("Trang chủ", "".join(exc(a) for a in newest[:3]) + f'<p><a href="{CAT}">Xem thêm bài viết</a></p>'), kind="non")
P.build(FURN)
