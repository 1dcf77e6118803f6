"""p2: huyện Chiêm Hóa (Tuyên Quang) on a bespoke CMS with query-string ids:
/vi/tin-bai/<slug>?id=NNNNNN&type=NEWS (notices share the shape, one with type=NEWS).
Hard cases: visit counter in a LEFT column before the content (dot-grouped numbers),
headline in a div (no h1), a section heading above it, lead outside the body element,
date "dd/mm/yyyy - HH:MM" followed by a bare view count, long teasers on the listing,
'Tin đọc nhiều' with dates, a very short article."""
from common import Portal, Article, esc, slug, HOST

P = Portal("p2_tuyenquang_chiemhoa", "Trang thông tin điện tử huyện Chiêm Hóa", "Chiêm Hóa", "Tuyên Quang",
           "bespoke CMS, /vi/tin-bai/<slug>?id=&type=NEWS (Tuyên Quang style)")


def tb(title, id_, typ="NEWS"):
    return "/vi/tin-bai/%s?id=%d&type=%s" % (slug(title), id_, typ)


def href(p):
    return p.replace("&", "&amp;")


ARTS = []


def art(title, id_, date, time_, lead, paras, must, **kw):
    a = Article(tb(title, id_), title, date, paras, must, lead=lead, **kw)
    a.time = time_
    ARTS.append(a)
    return a


A1 = art("Chiêm Hóa: 9 tháng giải quyết trên 11 nghìn hồ sơ thủ tục hành chính", 130235, "2024-10-04", "09:50",
    "Chín tháng năm 2024, Trung tâm Phục vụ hành chính công huyện Chiêm Hóa và Bộ phận Một cửa 26 xã, thị trấn đã giải quyết trên 11 nghìn hồ sơ thủ tục hành chính.",
    ["Cụ thể, tổng số hồ sơ tiếp nhận là 11.604 hồ sơ, trong đó tồn kỳ trước 312 hồ sơ. Đã giải quyết 11.287 hồ sơ, trong đó giải quyết đúng và trước hạn 11.251 hồ sơ, đạt 99,68%; trễ hạn 36 hồ sơ. Đang giải quyết 317 hồ sơ.",
     "Tỷ lệ hồ sơ nộp trực tuyến toàn trình và một phần đạt 61,3% với 7.113 hồ sơ. Có 208 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
     "Ông Ma Văn Thuận, Giám đốc Trung tâm Phục vụ hành chính công huyện cho biết, thời gian tới trung tâm sẽ tăng cường hướng dẫn người dân sử dụng ứng dụng VNeID và thanh toán phí, lệ phí không dùng tiền mặt.",
     "Hồng Nhung"],
    ["tổng số hồ sơ tiếp nhận là 11.604 hồ sơ", "trễ hạn 36 hồ sơ", "đạt 61,3% với 7.113 hồ sơ", "thanh toán phí, lệ phí không dùng tiền mặt"])

A2 = art("Kết quả giải quyết thủ tục hành chính theo cấp chính quyền tháng 8 năm 2024", 130011, "2024-09-06", "15:10",
    None,
    ["Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Tuyên Quang, trong tháng 8/2024 kết quả giải quyết hồ sơ của huyện Chiêm Hóa theo từng cấp như sau:",
     "Số hồ sơ trễ hạn ở cấp xã chủ yếu thuộc lĩnh vực chứng thực và đăng ký kết hôn có yếu tố liên quan tới nhiều xã. UBND huyện đã nhắc nhở các xã có hồ sơ trễ hạn và yêu cầu công khai xin lỗi người dân.",
     "Trong tháng, không có phản ánh, kiến nghị nào của tổ chức, cá nhân về quy định hành chính."],
    ["theo từng cấp như sau", "công khai xin lỗi người dân", "không có phản ánh, kiến nghị nào"],
    table=[["Cấp", "Tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn"],
           ["Cấp huyện", "463", "441", "127", "314", "0"],
           ["Cấp xã", "872", "859", "203", "652", "4"],
           ["Tổng cộng", "1.335", "1.300", "330", "966", "4"]],
    table_cell="Cấp huyện")

A3 = art("Chỉ số DDCI năm 2023: Chiêm Hóa tăng 3 bậc", 129604, "2024-05-21", "10:30",
    "Kết quả đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Tuyên Quang năm 2023 vừa được công bố.",
    ["Huyện Chiêm Hóa đạt 72,16 điểm, xếp thứ 3/7 huyện, thành phố, tăng 3 bậc so với năm 2022. Các chỉ số thành phần tăng mạnh là tính minh bạch, chi phí thời gian và thiết chế pháp lý.",
     "Cùng đợt đánh giá, Chỉ số cải cách hành chính năm 2023 của huyện đạt 84,9 điểm; mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 88,04%.",
     "Để duy trì kết quả, huyện sẽ tổ chức đối thoại định kỳ với doanh nghiệp, hợp tác xã ít nhất hai lần mỗi năm."],
    ["đạt 72,16 điểm, xếp thứ 3/7", "Chỉ số cải cách hành chính năm 2023 của huyện đạt 84,9 điểm", "đạt 88,04%", "đối thoại định kỳ với doanh nghiệp"])

A4 = art("Sôi nổi Ngày hội văn hóa dân tộc Tày xã Hòa Phú", 130420, "2024-10-21", "16:05",
    "Ngày 20/10, xã Hòa Phú tổ chức Ngày hội văn hóa dân tộc Tày lần thứ nhất, thu hút 9 đội văn nghệ của các thôn tham gia.",
    ["Ngày hội có các phần thi hát then, đàn tính, trình diễn trang phục truyền thống và các món ăn như bánh gai, xôi ngũ sắc, cá nướng lá dong. Bên lề ngày hội diễn ra các trò chơi ném còn, kéo co, đẩy gậy.",
     "Ban tổ chức đã trao giải nhất toàn đoàn cho thôn Nà Ngày, giải nhì cho thôn Nà Thẳm.",
     "Thu Trang"],
    ["hát then, đàn tính", "ném còn, kéo co, đẩy gậy", "thôn Nà Ngày"])

A5 = art("Tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã", 130377, "2024-10-15", "08:20",
    None,
    ["Trong hai ngày 14 và 15/10, UBND huyện Chiêm Hóa phối hợp với Viễn thông Tuyên Quang mở lớp tập huấn kỹ năng chuyển đổi số cho hơn 120 cán bộ, công chức cấp xã và thành viên Tổ công nghệ số cộng đồng.",
     "Học viên được hướng dẫn số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, sử dụng chữ ký số trên thiết bị di động và nhận diện các hình thức lừa đảo trên không gian mạng.",
     "Kết thúc lớp học, các học viên sẽ trở thành hạt nhân hướng dẫn người dân ở thôn, bản sử dụng dịch vụ công trực tuyến."],
    ["chữ ký số trên thiết bị di động", "lừa đảo trên không gian mạng", "hạt nhân hướng dẫn người dân"])

A6 = art("Đoàn công tác huyện Bảo Lâm, tỉnh Cao Bằng thăm và làm việc tại Chiêm Hóa", 130455, "2024-10-24", "17:45",
    None,
    ["Chiều 23/10, đoàn công tác huyện Bảo Lâm, tỉnh Cao Bằng đã thăm và trao đổi kinh nghiệm về xây dựng nông thôn mới tại xã Kim Bình."],
    ["xây dựng nông thôn mới tại xã Kim Bình", "Chiều 23/10, đoàn công tác", "đã thăm và trao đổi kinh nghiệm"])

ALL = [A1, A2, A3, A4, A5, A6]
VIEWS = [215, 132, 408, 97, 174, 61]
NOTICES = [(tb("Thông báo kết quả xét tuyển công chức cấp xã năm 2024", 130298), "Thông báo kết quả xét tuyển công chức cấp xã năm 2024", "/Uploads/files/KQ-xet-tuyen-CC-xa-2024.pdf"),
           (tb("Kế hoạch tiếp công dân quý IV năm 2024", 130402, "DOCUMENT"), "Kế hoạch tiếp công dân quý IV năm 2024", "/Uploads/files/KH-TCD-Q4-2024.pdf")]
MENU = [("/", "Trang chủ"), ("/vi/gioi-thieu?id=2&type=PAGE", "Giới thiệu chung"), ("/vi/chuyen-muc/tin-tuc-su-kien?id=11&type=CATEGORY", "Tin tức - Sự kiện"),
        ("/vi/chuyen-muc/thong-bao?id=14&type=CATEGORY", "Thông báo"), ("/vi/lien-he?id=3&type=PAGE", "Liên hệ"), ("/vi/hoi-dap", "Hỏi - đáp")]
LIST = "/vi/chuyen-muc/tin-tuc-su-kien?id=11&type=CATEGORY"
MOST = [A3, A1, A4]


def dmy(d):
    return "/".join(reversed(d.split("-")))


def layout(title, main, canonical=None):
    canon = ('<link rel="canonical" href="%s%s"><meta property="og:url" content="%s%s">' % (HOST, href(canonical), HOST, href(canonical))) if canonical else ""
    menu = "".join('<a href="%s">%s</a>' % (href(h), esc(t)) for h, t in MENU)
    most = "".join('<li><a href="%s">%s</a><p class="d">%s</p></li>' % (href(a.path), esc(a.title), dmy(a.published)) for a in MOST)
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>{canon}</head><body>
<div class="top-bar">Thứ Sáu, 04/12/2026 <a href="/vi/dang-nhap">Đăng nhập</a></div>
<div class="banner"><img src="/Content/banner-chiemhoa.jpg" alt="Trang thông tin điện tử huyện Chiêm Hóa"></div>
<nav class="main-nav">{menu}</nav>
<div class="container"><div class="row">
<div class="col-left">
<div class="box-left"><div class="box-title">Thống kê truy cập</div>
<ul class="stat"><li>Trực tuyến: <b>38</b></li><li>Hôm nay: <b>1.926</b></li><li>Tháng này: <b>51.770</b></li><li>Tất cả: <b>3.418.064</b></li></ul></div>
<div class="box-left"><div class="box-title">Dịch vụ công trực tuyến</div><a href="/vi/dich-vu-cong"><img src="/Content/dvc.png" alt="dvc"></a></div>
</div>
<div class="col-main">{main}</div>
<div class="col-right"><div class="box-title">Tin đọc nhiều</div><ul class="most">{most}</ul></div>
</div></div>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Chiêm Hóa, tỉnh Tuyên Quang</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p><p>Điện thoại: 0207.3852.xxx - Email: chiemhoa@tuyenquang.gov.vn</p></div>
</body></html>"""


def article_page(a, n):
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if i == 0 and a.table:
            body.append('<table class="table">' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</table>")
    lead = '<div class="news-summary">%s</div>' % esc(a.lead) if a.lead else ""
    main = f"""<h2 class="section-heading"><a href="{href(LIST)}">TIN TỨC - SỰ KIỆN</a></h2>
<div class="news-title">{esc(a.title)}</div>
<div class="news-date"><span>{dmy(a.published)} - {a.time}</span> <span class="eye">{VIEWS[n]}</span></div>
{lead}
<div class="news-content">{''.join(body)}</div>
<div class="news-tools"><a href="javascript:history.back()">Quay lại</a> <a href="javascript:window.print()">Bản in</a></div>"""
    return layout(a.title, main, canonical=a.path)


for n, a in enumerate(ALL):
    P.page(a.path, article_page(a, n), kind="article", article=a, name="tin-%d" % n)

for i, (p, t, f) in enumerate(NOTICES):
    main = f"""<h2 class="section-heading"><a href="{href(MENU[3][0])}">THÔNG BÁO</a></h2>
<div class="news-title">{esc(t)}</div><div class="news-content"><p>File đính kèm: <a href="{f}">{f.rsplit('/', 1)[1]}</a></p></div>"""
    P.page(p, layout(t, main, canonical=p), kind="non_article", name="thong-bao-%d" % i)


def teasers(items):
    out = []
    for a in items:
        long = " ".join(([a.lead] if a.lead else []) + a.paras[:1])
        out.append('<div class="news-item"><a class="t" href="%s">%s</a><span class="d">%s</span><p class="desc">%s</p></div>' % (
            href(a.path), esc(a.title), dmy(a.published), esc(long)))
    return "".join(out)


srt = sorted(ALL, key=lambda a: a.published, reverse=True)
P.page(LIST, layout("Tin tức - Sự kiện", '<h2 class="section-heading">TIN TỨC - SỰ KIỆN</h2>' + teasers(srt[:3]) +
       '<div class="pager"><b>1</b> <a href="%s">2</a></div>' % href(LIST + "&page=2")), kind="non_article", name="list-1")
P.page(LIST + "&page=2", layout("Tin tức - Sự kiện", '<h2 class="section-heading">TIN TỨC - SỰ KIỆN</h2>' + teasers(srt[3:]) +
       '<div class="pager"><a href="%s">1</a> <b>2</b></div>' % href(LIST)), kind="non_article", name="list-2")
P.page(MENU[3][0], layout("Thông báo", '<h2 class="section-heading">THÔNG BÁO</h2>' + "".join(
    '<div class="news-item"><a class="t" href="%s">%s</a></div>' % (href(p), esc(t)) for p, t, f in NOTICES)), kind="non_article", name="list-thong-bao")
P.page(MENU[4][0], layout("Liên hệ", '<h2 class="section-heading">LIÊN HỆ</h2><div class="contact"><p>Văn phòng HĐND và UBND huyện Chiêm Hóa</p>'
       '<p>Địa chỉ: tổ dân phố Vĩnh Giáp, thị trấn Vĩnh Lộc, huyện Chiêm Hóa</p><form action="/vi/lien-he/gui"><input name="ten"><textarea name="nd"></textarea><button>Gửi liên hệ</button></form></div>'),
       kind="non_article", name="lien-he")
home = ('<div class="hot-news"><a href="%s">%s</a><p>%s</p></div>' % (href(A1.path), esc(A1.title), esc(A1.lead)) +
        '<h2 class="section-heading"><a href="%s">TIN TỨC - SỰ KIỆN</a></h2>' % href(LIST) + teasers(srt[:4]) +
        '<h2 class="section-heading">THÔNG BÁO</h2>' + "".join('<p><a href="%s">%s</a></p>' % (href(p), esc(t)) for p, t, f in NOTICES))
P.page("/", layout("Trang thông tin điện tử huyện Chiêm Hóa", home), kind="non_article")

P.furniture(["Thống kê truy cập", "Trực tuyến: 38", "Hôm nay: 1.926", "Tháng này: 51.770", "Tất cả: 3.418.064",
             "Tin đọc nhiều", "Quay lại", "Bản in", "Bản quyền thuộc Ủy ban nhân dân huyện Chiêm Hóa",
             "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện", "Giới thiệu chung", "Hỏi - đáp"])
P.finish()
