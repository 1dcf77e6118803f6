"""p4 — huyện Tân Lạc, Hòa Bình: Liferay 7 custom CMS (Hòa Bình style), render
URLs with articleId, categories with categoryId and _cur paging.

Hard cases: h3.title-list-news category heading above h1#titleDetail; the lead
in #leadDetail outside #contentDetail; a lead image whose .img-title prints
"null"; span.date_time dd/MM/yyyy HH:mm with font and read-aloud icons;
entity-encoded bodies (&acirc; &ecirc; … mixed with raw ư ơ ạ); a counter box
"Lượt truy cập" with "," thousands and "Tổng số trực tuyến : n"; a star rating
"Đánh giá bài viết:"; div.author / div.source after the body (structured
fields, not text); #footerOfNewDetail lists with dates.
"""
from common import Portal, Article, esc, ent, render_body

P = Portal("p4_tanlac", "Cổng thông tin điện tử huyện Tân Lạc", "Tân Lạc", "Hòa Bình",
           "Liferay 7 custom CMS (Hòa Bình, articleId)")
PID = "cmsview_CmsViewPortlet_INSTANCE_Hb3kQz"
FURN = ["Lượt truy cập", "Tổng số truy cập: 2,481,033", "Trong tháng: 51,270", "Trong ngày: 1,904",
        "Tổng số trực tuyến : 61", "Đánh giá bài viết:", "Danh sách bài viết mới",
        "Danh sách bài viết cũ", "null", "Bản quyền thuộc UBND huyện Tân Lạc",
        "Đọc bài viết", "Quay lại"]
P.furniture = FURN

A = [
    Article(45612, "Tân Lạc: 99,4% hồ sơ thủ tục hành chính năm 2024 được giải quyết đúng hạn", "2025-01-08", [
        "Năm 2024, Trung tâm Phục vụ hành chính công huyện và Bộ phận Một cửa 16 xã, thị trấn tiếp nhận 28.740 hồ sơ; số hồ sơ kỳ trước chuyển sang là 312.",
        "Đã giải quyết 28.561 hồ sơ, trong đó trước hạn 19.022 hồ sơ, đúng hạn 9.366 hồ sơ, quá hạn 173 hồ sơ; tỷ lệ đúng hạn đạt 99,4%. Số hồ sơ đang giải quyết là 491.",
        "Kết quả theo một số lĩnh vực:",
        "Tỷ lệ hồ sơ trực tuyến đạt 72,5%. Huyện đã số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực trong lĩnh vực hộ tịch.",
    ], ["số hồ sơ kỳ trước chuyển sang là 312", "quá hạn 173 hồ sơ", "đạt 72,5%", "Chứng thực"],
        table=[["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
               ["Đất đai", "6.118", "5.962", "151"],
               ["Hộ tịch", "9.804", "9.800", "4"],
               ["Chứng thực", "11.207", "11.207", "0"]],
        table_at=3, cchc=True,
        lead="Công tác giải quyết thủ tục hành chính trên địa bàn huyện Tân Lạc năm 2024 có chuyển biến rõ nét, số hồ sơ quá hạn giảm mạnh."),
    Article(45588, "Chỉ số hài lòng SIPAS năm 2024 của huyện Tân Lạc đạt 88,12%", "2024-12-27", [
        "Theo kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024, huyện Tân Lạc đạt 88,12%, xếp thứ 3/10 huyện, thành phố.",
        "Cùng kỳ, Chỉ số cải cách hành chính năm 2023 của huyện đạt 82,60 điểm, xếp thứ 6/10, giảm 1 bậc.",
        "Chủ tịch UBND huyện yêu cầu các phòng, ban rà soát những tiêu chí bị mất điểm để khắc phục ngay trong quý I năm 2025.",
    ], ["đạt 88,12%, xếp thứ 3/10", "đạt 82,60 điểm", "khắc phục ngay trong quý I"], cchc=True,
        lead="Người dân đánh giá cao việc công khai, minh bạch thủ tục tại Trung tâm Phục vụ hành chính công."),
    Article(45540, "Chuẩn bị Lễ hội Khai hạ Mường Bi năm 2025", "2024-12-18", [
        "UBND huyện đã ban hành kế hoạch tổ chức Lễ hội Khai hạ Mường Bi năm 2025 vào ngày 7 tháng Giêng âm lịch tại xã Mường Bi.",
        "Phần lễ gồm lễ rước, lễ cúng thần Núi, thần Sông theo nghi thức của người Mường; phần hội có thi đánh cồng chiêng, đẩy gậy, ném còn và thi ẩm thực.",
        "Ban tổ chức dự kiến đón khoảng 25.000 lượt khách trong 2 ngày lễ hội.",
    ], ["lễ cúng thần Núi", "đánh cồng chiêng, đẩy gậy, ném còn", "khoảng 25.000 lượt khách"],
        lead="Lễ hội truyền thống lớn nhất của người Mường Bi sẽ diễn ra trong hai ngày."),
    Article(45503, "Cam Tân Lạc vào vụ thu hoạch", "2024-12-06", [
        "Toàn huyện hiện có 820 ha cam, trong đó khoảng 600 ha cho thu hoạch. Giá cam bán tại vườn dao động từ 15.000 đến 22.000 đồng/kg tùy loại.",
        "Nhiều hợp tác xã đã liên kết với siêu thị ở Hà Nội để tiêu thụ sản phẩm đạt chuẩn VietGAP.",
    ], ["820 ha cam", "từ 15.000 đến 22.000 đồng/kg", "chuẩn VietGAP"]),
    Article(45477, "Bàn giao nhà đại đoàn kết cho hộ nghèo xã Ngọc Mỹ", "2024-11-22", [
        "Ngày 21/11, Ủy ban MTTQ huyện bàn giao 4 ngôi nhà đại đoàn kết cho hộ nghèo xã Ngọc Mỹ, mỗi nhà được hỗ trợ 60 triệu đồng.",
    ], ["4 ngôi nhà đại đoàn kết", "mỗi nhà được hỗ trợ 60 triệu đồng", "Ủy ban MTTQ huyện"]),
    Article(45431, "Diễn tập phòng cháy chữa cháy tại chợ Mãn Đức", "2024-11-08", [
        "Sáng 7/11, Công an huyện phối hợp Ban quản lý chợ tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ trung tâm thị trấn Mãn Đức.",
        "Tình huống giả định là cháy tại khu kinh doanh vải, 2 người mắc kẹt. Lực lượng tham gia gồm 65 người cùng 3 xe chữa cháy.",
        "Qua diễn tập, các tiểu thương được hướng dẫn sử dụng bình chữa cháy và thoát nạn an toàn.",
    ], ["chợ trung tâm thị trấn Mãn Đức", "2 người mắc kẹt", "65 người cùng 3 xe chữa cháy"]),
]
TIMES = ["08:30", "16:05", "10:15", "09:40", "15:20", "11:00"]
AUTHORS = ["Bùi Thu Hà", "Quách Văn Toàn", "Bùi Thu Hà", "Đinh Công Sơn", "Hoàng Mai", "Công an huyện"]
ENT_BODY = {45612, 45540}
NOTICES = [(45620, "Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 01 năm 2025", "/documents/tanlac/lich-tiep-cd-01-2025.pdf"),
           (45597, "Thông báo nghỉ Tết Nguyên đán Ất Tỵ năm 2025", "/documents/tanlac/nghi-tet-2025.pdf")]


def url(k):
    return f"/web/tanlac/chi-tiet-tin?p_p_id={PID}&p_p_lifecycle=0&_{PID}_articleId={k}"


def cat_url(cur):
    return f"/web/tanlac/tin-tuc?p_p_id={PID}&p_p_lifecycle=0&_{PID}_categoryId=1203&_{PID}_cur={cur}"


def shell(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Huyện Tân Lạc</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />{canon}</head>
<body>
<div class="header"><img src="/o/hoabinh-theme/images/banner-tanlac.png" alt="" /></div>
<div class="menu"><a href="/">TRANG CHỦ</a> <a href="/web/tanlac/gioi-thieu">GIỚI THIỆU</a> <a href="{esc(cat_url(1))}">TIN TỨC</a> <a href="/web/tanlac/lien-he">LIÊN HỆ</a></div>
<div class="container"><div class="row">
<div class="col-md-8">
{main}
</div>
<div class="col-md-4">
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>
<div class="row-counter"><i class="fa fa-users"></i> Tổng số truy cập: 2,481,033</div>
<div class="row-counter"><i class="fa fa-calendar"></i> Trong tháng: 51,270</div>
<div class="row-counter"><i class="fa fa-clock-o"></i> Trong ngày: 1,904</div>
<div class="row-counter"><i class="fa fa-signal"></i> Tổng số trực tuyến : 61</div></div>
</div></div></div>
<div class="footer"><p>Bản quyền thuộc UBND huyện Tân Lạc</p><p>Địa chỉ: Khu 3, thị trấn Mãn Đức, huyện Tân Lạc, tỉnh Hòa Bình</p></div>
</body></html>
"""


def article_page(a, i):
    enc = ent if a.key in ENT_BODY else esc
    newer = A[max(0, i - 2):i]
    older = A[i + 1:i + 3]
    def lst(xs):
        return "".join(f'<li><a href="{esc(url(x.key))}">{esc(x.title)}</a> <span class="date">({x.date_dmy()})</span></li>' for x in xs)
    lead = f'<div id="leadDetail"><strong>{enc(a.lead)}</strong></div>' if a.lead else ""
    main = f"""<div class="box_border">
<h3 class="title-list-news">Tin tức - Sự kiện</h3>
<h1 id="titleDetail">{esc(a.title)}</h1>
<div class="tool-detail"><span class="date_time">{a.date_dmy()} {TIMES[i]}</span>
<a href="javascript:zoomIn()"><i class="fa fa-font"></i></a> <a href="javascript:readText()" title="Đọc bài viết"><i class="fa fa-volume-up"></i></a></div>
{lead}
<div class="img-detail"><img src="/documents/tanlac/anh-{a.key}.jpg" alt="" /><div class="img-title">null</div></div>
<div id="contentDetail">
{render_body(a, enc=enc)}
</div>
<div class="author">{esc(AUTHORS[i])}</div>
<div class="source">Trung tâm Văn hóa, Thông tin và Thể thao huyện</div>
<div class="tools-bottom"><a href="javascript:history.back()">Quay lại</a> <a href="javascript:window.print()"><i class="fa fa-print"></i></a></div>
<div class="rating">Đánh giá bài viết: <span class="stars" data-article="{a.key}"></span></div>
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(newer)}</ul>
<h4>Danh sách bài viết cũ</h4><ul>{lst(older)}</ul></div>
</div>"""
    return shell(a.title, main, canonical=url(a.key))


def listing(items, cur):
    rows = "".join(f"""<div class="item-news"><h4><a href="{esc(url(a.key))}">{esc(a.title)}</a></h4>
<span class="date_time">{a.date_dmy()}</span><p>{esc(a.all_paras[0][:100])}...</p></div>""" for a in items)
    pager = f'<div class="pagination"><a href="{esc(cat_url(1))}">1</a> <a href="{esc(cat_url(2))}">2</a></div>'
    return shell("Tin tức", f'<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3>{rows}{pager}</div>')


def home():
    rows = "".join(f'<li><a href="{esc(url(a.key))}">{esc(a.title)}</a></li>' for a in A[:4])
    notes = "".join(f'<li><a href="{esc(url(n[0]))}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3><ul>{rows}</ul>
<a href="{esc(cat_url(1))}">Xem thêm</a></div><div class="box_border"><h3 class="title-list-news">Thông báo</h3><ul>{notes}</ul></div>""")


def notice(n):
    return shell(n[1], f"""<div class="box_border"><h3 class="title-list-news">Thông báo</h3><h1 id="titleDetail">{esc(n[1])}</h1>
<div id="contentDetail"><p><a href="{esc(n[2])}">Tải tệp đính kèm</a></p></div></div>""")


def contact():
    return shell("Liên hệ", """<div class="box_border"><h3 class="title-list-news">Liên hệ</h3>
<p>Văn phòng HĐND và UBND huyện Tân Lạc</p><p>Điện thoại: 0218 3884 xxx</p></div>""")


P.page("/", home())
P.page(cat_url(1), listing(A[:4], 1))
P.page(cat_url(2), listing(A[4:], 2))
P.page("/web/tanlac/lien-he", contact())
for i, a in enumerate(A):
    P.page(url(a.key), article_page(a, i))
    P.article(url(a.key), a)
for n in NOTICES:
    P.page(url(n[0]), notice(n))
    P.non_article(url(n[0]))
for p in ["/", cat_url(1), cat_url(2), "/web/tanlac/lien-he"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()
