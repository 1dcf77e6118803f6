"""p10 — huyện Đức Trọng, Lâm Đồng: a bespoke ASP.NET MVC portal (Bootstrap).
Articles /tin-tuc/<slug>-n<id>.html, listing /chuyen-muc/tin-tuc-su-kien?page=N.

Hard cases: the site name is the page's only <h1> and the headline is an h2
under a section heading "TIN TỨC - SỰ KIỆN"; a breadcrumb that repeats the
headline; the lead in div.sapo outside div.post-content, opening with the
"(ductrong.lamdong.gov.vn) -" prefix; the date as "14:25 | 03/03/2025" in a
meta bar with "Cỡ chữ: A A A" and "Nghe đọc bài viết"; a digit-per-span
counter ("Lượt truy cập" with one <span> per digit) in the footer and a
"Đang trực tuyến" line; "Tin liên quan" with dates; "Tác giả:" line after
the body (structured, not text); the article's JSON-LD block gives the date too.
"""
import json
from common import Portal, Article, esc, render_body, slug

P = Portal("p10_ductrong", "Cổng thông tin điện tử huyện Đức Trọng", "Đức Trọng", "Lâm Đồng",
           "bespoke ASP.NET MVC (/tin-tuc/<slug>-n<id>.html)")
FURN = ["TIN TỨC - SỰ KIỆN", "Cỡ chữ:", "Nghe đọc bài viết", "Tin liên quan", "Lượt truy cập",
        "Đang trực tuyến: 74", "Cơ quan chủ quản: UBND huyện Đức Trọng",
        "Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND huyện", "Tác giả:"]
P.furniture = FURN
PREFIX = "(ductrong.lamdong.gov.vn) - "

A = [
    Article(20571, "Đức Trọng: tháng 2 tiếp nhận 2.846 hồ sơ thủ tục hành chính", "2025-03-03", [
        "Trong đó, cấp huyện tiếp nhận 912 hồ sơ, cấp xã tiếp nhận 1.934 hồ sơ; số hồ sơ tháng trước chuyển qua là 187.",
        "Kết quả đã giải quyết 2.790 hồ sơ, gồm 2.101 hồ sơ trước hạn, 671 hồ sơ đúng hạn và 18 hồ sơ quá hạn. Số hồ sơ đang giải quyết là 243.",
        "Hồ sơ trực tuyến một phần và toàn trình đạt 2.205 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 77,5%.",
        "Chia theo lĩnh vực có nhiều hồ sơ nhất:",
        "UBND huyện yêu cầu các phòng chuyên môn không để phát sinh hồ sơ quá hạn ở lĩnh vực đất đai trong tháng 3.",
    ], ["số hồ sơ tháng trước chuyển qua là 187", "18 hồ sơ quá hạn", "đạt 77,5%", "Đăng ký kinh doanh"],
        table=[["Lĩnh vực", "Tiếp nhận", "Quá hạn"],
               ["Đất đai", "1.104", "15"],
               ["Hộ tịch", "1.020", "0"],
               ["Đăng ký kinh doanh", "310", "3"]],
        table_at=4, cchc=True,
        lead=PREFIX + "Tháng 2 năm 2025, Bộ phận Một cửa hai cấp trên địa bàn huyện Đức Trọng tiếp nhận 2.846 hồ sơ."),
    Article(20544, "Đức Trọng xếp thứ nhất Chỉ số CCHC khối huyện năm 2024", "2025-02-14", [
        "Theo Quyết định của UBND tỉnh Lâm Đồng, Chỉ số CCHC năm 2024 của huyện Đức Trọng đạt 90,18%, xếp thứ 1/12 huyện, thành phố.",
        "Chỉ số SIPAS của huyện đạt 89,3%; Chỉ số DDCI huyện đạt 74,66 điểm, xếp thứ 2/12.",
        "Đây là năm thứ hai liên tiếp huyện dẫn đầu khối huyện về cải cách hành chính.",
    ], ["đạt 90,18%, xếp thứ 1/12", "đạt 74,66 điểm, xếp thứ 2/12", "năm thứ hai liên tiếp"], cchc=True,
        lead=PREFIX + "Huyện Đức Trọng tiếp tục giữ vị trí dẫn đầu về cải cách hành chính trong khối huyện."),
    Article(20530, "Nông dân Hiệp Thạnh chuyển đổi sang trồng hoa trong nhà kính", "2025-02-06", [
        "Xã Hiệp Thạnh hiện có khoảng 350 ha nhà kính trồng hoa cúc, hoa hồng và hoa lan, mỗi năm cung cấp hàng chục triệu cành hoa cho thị trường.",
        "Nhiều hộ đã đầu tư hệ thống tưới nhỏ giọt và cảm biến độ ẩm điều khiển qua điện thoại.",
    ], ["khoảng 350 ha nhà kính", "tưới nhỏ giọt", "cảm biến độ ẩm"],
        lead=PREFIX + "Trồng hoa công nghệ cao đang trở thành hướng đi chính của nông dân xã Hiệp Thạnh."),
    Article(20512, "Khánh thành cầu treo dân sinh thôn Ma Bó", "2025-01-21", [
        "Cầu dài 96 m, rộng 1,5 m, do Bộ Giao thông vận tải đầu tư theo chương trình xây dựng cầu dân sinh.",
        "Cây cầu giúp hơn 300 hộ đồng bào K'Ho qua sông an toàn vào mùa mưa.",
    ], ["Cầu dài 96 m", "hơn 300 hộ đồng bào K'Ho", "chương trình xây dựng cầu dân sinh"],
        lead=PREFIX + "Ngày 20/1, huyện Đức Trọng tổ chức khánh thành cầu treo thôn Ma Bó, xã Ninh Gia."),
    Article(20498, "Tặng quà Tết cho gia đình chính sách", "2025-01-15", [
        "Nhân dịp Tết Ất Tỵ, lãnh đạo huyện đã thăm và tặng 1.260 suất quà cho các gia đình chính sách, hộ nghèo trên địa bàn.",
    ], ["1.260 suất quà", "Tết Ất Tỵ", "gia đình chính sách, hộ nghèo"]),
    Article(20481, "Hội nghị tổng kết công tác quân sự địa phương năm 2024", "2025-01-08", [
        "Năm 2024, Ban Chỉ huy Quân sự huyện hoàn thành 100% chỉ tiêu giao quân với 215 thanh niên nhập ngũ.",
        "Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc.",
    ], ["215 thanh niên nhập ngũ", "100% chỉ tiêu giao quân", "12 tập thể và 25 cá nhân"],
        lead=PREFIX + "Sáng 7/1, Ban Chỉ huy Quân sự huyện Đức Trọng tổ chức hội nghị tổng kết năm 2024."),
]
TIMES = ["14:25", "09:05", "16:40", "10:10", "08:35", "11:50"]
AUTH = ["Hoài Nam", "Hoài Nam", "Kim Ngân", "Lâm Viên", "Kim Ngân", "Ban CHQS huyện"]
NOTICES = [(20575, "Thông báo tuyển dụng công chức cấp xã năm 2025", "/Uploads/files/tb-tuyen-dung-2025.pdf"),
           (20560, "Thông báo kết quả đấu giá quyền sử dụng đất tại thị trấn Liên Nghĩa", "/Uploads/files/tb-dau-gia-lien-nghia.pdf")]


def url(a):
    return f"/tin-tuc/{slug(a.title)}-n{a.key}.html"


def nurl(n):
    return f"/thong-bao/{slug(n[1])}-n{n[0]}.html"


LIST1 = "/chuyen-muc/tin-tuc-su-kien"
LIST2 = "/chuyen-muc/tin-tuc-su-kien?page=2"
DIGITS = "".join(f'<span class="digit">{d}</span>' for d in "03615287")


def shell(title, main, canonical=None, ld=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    ldj = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>' if ld else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | Cổng thông tin điện tử huyện Đức Trọng</title>{canon}{ldj}
<link href="/Content/bootstrap.min.css" rel="stylesheet" /></head>
<body>
<header class="site-header"><div class="container"><h1 class="site-name"><a href="/">Cổng thông tin điện tử huyện Đức Trọng</a></h1></div>
<nav class="navbar"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="{LIST1}">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="container body-content"><div class="row"><div class="col-lg-9">
{main}
</div><div class="col-lg-3"><div class="banner-right"><a href="/dich-vu-cong"><img src="/Images/dvc.png" alt="Dịch vụ công trực tuyến" /></a></div></div></div></div>
<footer class="footer"><div class="container">
<p>Cơ quan chủ quản: UBND huyện Đức Trọng</p><p>Trưởng Ban biên tập: Chánh Văn phòng HĐND và UBND huyện</p>
<div class="visitor"><span class="lbl">Lượt truy cập</span> {DIGITS}</div><div class="online">Đang trực tuyến: 74</div>
</div></footer></body></html>
"""


def article_page(a, i):
    rel = [x for x in A if x is not a][:4]
    rel_html = "".join(f'<li><a href="{esc(url(x))}">{esc(x.title)}</a> <small>({x.date_dmy()})</small></li>' for x in rel)
    sapo = f'<div class="sapo"><strong>{esc(a.lead)}</strong></div>' if a.lead else ""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{a.published}T{TIMES[i]}:00+07:00"}
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{LIST1}">Tin tức - Sự kiện</a></li><li class="active">{esc(a.title)}</li></ol>
<section class="news-detail"><div class="section-title">TIN TỨC - SỰ KIỆN</div>
<h2 class="post-title">{esc(a.title)}</h2>
<div class="post-meta"><span class="time">{TIMES[i]} | {a.date_dmy()}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:fs(14)">A</a> <a href="javascript:fs(16)">A</a> <a href="javascript:fs(18)">A</a></span>
<a class="listen" href="javascript:speak()">Nghe đọc bài viết</a></div>
{sapo}
<div class="post-content">
{render_body(a)}
</div>
<div class="post-author">Tác giả: {esc(AUTH[i])}</div>
<div class="related"><h4>Tin liên quan</h4><ul>{rel_html}</ul></div>
</section>"""
    return shell(a.title, main, canonical=url(a), ld=ld)


def listing(items, page):
    rows = "".join(f"""<div class="media"><img class="media-object" src="/Uploads/thumb/{a.key}.jpg" alt="" /><div class="media-body">
<h3><a href="{esc(url(a))}">{esc(a.title)}</a></h3><span class="time">{a.date_dmy()}</span><p>{esc(a.all_paras[0][:110])}...</p></div></div>""" for a in items)
    pager = f'<ul class="pagination"><li><a href="{LIST1}">1</a></li><li><a href="{LIST2}">2</a></li></ul>'
    return shell("Tin tức - Sự kiện", f'<div class="section-title">TIN TỨC - SỰ KIỆN</div>{rows}{pager}')


def home():
    rows = "".join(f'<li><a href="{esc(url(a))}">{esc(a.title)}</a></li>' for a in A[:5])
    notes = "".join(f'<li><a href="{esc(nurl(n))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<div class="section-title">TIN TỨC - SỰ KIỆN</div><ul>{rows}</ul><a href="{LIST1}">Xem thêm</a>
<div class="section-title">THÔNG BÁO</div><ul>{notes}</ul>""")


def notice(n):
    return shell(n[1], f"""<section class="news-detail"><div class="section-title">THÔNG BÁO</div><h2 class="post-title">{esc(n[1])}</h2>
<div class="post-content"><p><a href="{n[2]}">Tải tệp đính kèm</a></p></div></section>""", canonical=nurl(n))


def contact():
    return shell("Liên hệ", """<div class="section-title">LIÊN HỆ</div><p>Văn phòng HĐND và UBND huyện Đức Trọng</p>
<p>Số 2 Trần Phú, thị trấn Liên Nghĩa, huyện Đức Trọng. Điện thoại: 0263 3843 xxx</p>""")


P.page("/", home())
P.page(LIST1, listing(A[:4], 1))
P.page(LIST2, listing(A[4:], 2))
P.page("/lien-he", contact())
for i, a in enumerate(A):
    P.page(url(a), article_page(a, i))
    P.article(url(a), a)
for n in NOTICES:
    P.page(nurl(n), notice(n))
    P.non_article(nurl(n))
for p in ["/", LIST1, LIST2, "/lien-he"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()
