"""p1: huyện Bát Xát (Lào Cai) on a bespoke slug-plus-id CMS.
URL shapes: /<cat>/<slug>-<7-digit id>, plus the numeric-folder alias
/1227/27461/54439/<n>/<cat>/<slug> for one article (canonical declares the slug-id URL).
Hard cases: a reader-comment form under the article, footer counter one digit per <span> (hidden raw value too), breadcrumb repeating
the title, date with weekday and time joined by '|', related list with dates, image captions,
an intro page whose URL has the article shape."""
from common import Portal, Article, esc, attr, slug, HOST

P = Portal("p1_laocai_batxat", "Cổng thông tin điện tử huyện Bát Xát", "Bát Xát", "Lào Cai",
           "bespoke slug-plus-id CMS (Lào Cai style)")

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Cải cách hành chính", "Thông báo",
        "Văn bản điều hành", "Hỏi đáp trực tuyến", "Sơ đồ cổng"]
MENU_HREF = ["/", "/gioi-thieu/tong-quan-ve-huyen-bat-xat-1100012", "/tin-tuc-su-kien", "/cai-cach-hanh-chinh",
             "/thong-bao", "/van-ban-dieu-hanh", "/hoi-dap-truc-tuyen", "/so-do-cong"]


def digits(n, cls):
    return "".join('<span class="%s">%s</span>' % (cls, d) for d in str(n))


def layout(title, main, canonical=None, side=""):
    canon = ('<link rel="canonical" href="%s%s">' % (HOST, canonical)) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (h, esc(m)) for h, m in zip(MENU_HREF, MENU))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Cổng TTĐT huyện Bát Xát</title>{canon}
<link rel="stylesheet" href="/Content/css/style.css"></head>
<body>
<div id="header"><div class="logo"><a href="/"><img src="/Content/images/logo.png" alt="logo"></a></div>
<div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT<br><small>TỈNH LÀO CAI</small></div>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa..."></form></div>
<ul id="menu">{menu}</ul>
<div id="wrapper"><div id="main">{main}</div>
<div id="right">{side}
<div class="box"><h3>Liên kết website</h3><ul><li><a href="/lien-ket">Cổng thông tin tỉnh Lào Cai</a></li>
<li><a href="/lien-ket">Dịch vụ công trực tuyến</a></li></ul></div></div></div>
<div id="footer"><div class="ft-info">
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Bát Xát</p>
<p>Địa chỉ: Khu Trung tâm hành chính huyện, thị trấn Bát Xát, tỉnh Lào Cai</p>
<p>Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông Lào Cai cấp</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Bát Xát" khi phát hành lại thông tin từ cổng này</p></div>
<div class="thongke"><span style="display:none" id="hdTongTruyCap">2964452</span>
<div class="row-tk">Tổng lượt truy cập: {digits(2964452, 'so')}</div>
<div class="row-tk">Đang truy cập: {digits(137, 'so')}</div></div></div>
</body></html>"""


NEWS = "/tin-tuc-su-kien"
CCHC = "/cai-cach-hanh-chinh"
ARTS = []


def art(cat, sl, id_, title, date, time_, wd, lead, paras, must, **kw):
    path = "%s/%s-%d" % (cat, sl, id_)
    a = Article(path, title, date, paras, must, lead=lead, **kw)
    a.meta = (cat, date, time_, wd)
    ARTS.append(a)
    return a


A1 = art(CCHC, "bat-xat-ket-qua-giai-quyet-thu-tuc-hanh-chinh-quy-i-nam-2024", 1105750,
    "Bát Xát: Kết quả giải quyết thủ tục hành chính quý I năm 2024", "2024-04-08", "15:20", "Thứ Hai",
    "Quý I/2024, các cơ quan chuyên môn và UBND các xã, thị trấn trên địa bàn huyện Bát Xát tiếp tục duy trì tỷ lệ giải quyết hồ sơ đúng hạn ở mức cao.",
    ["Theo báo cáo của Văn phòng HĐND và UBND huyện, trong quý I năm 2024 toàn huyện tiếp nhận 4.217 hồ sơ thủ tục hành chính, trong đó kỳ trước chuyển sang 186 hồ sơ, tiếp nhận mới 4.031 hồ sơ.",
     "Số hồ sơ đã giải quyết là 3.958 hồ sơ, gồm 1.274 hồ sơ giải quyết trước hạn và 2.671 hồ sơ đúng hạn; 13 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai. Hiện còn 259 hồ sơ đang trong thời gian giải quyết.",
     "Số hồ sơ tiếp nhận trực tuyến đạt 2.386 hồ sơ, chiếm tỷ lệ 56,6%; có 74 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.",
     "Đối với 13 hồ sơ quá hạn, các cơ quan có liên quan đã gửi thư xin lỗi tổ chức, công dân theo quy định. UBND huyện yêu cầu các đơn vị rà soát quy trình nội bộ, không để phát sinh hồ sơ trễ hẹn trong quý II.",
     "Minh Khôi"],
    ["tiếp nhận 4.217 hồ sơ thủ tục hành chính", "1.274 hồ sơ giải quyết trước hạn", "chiếm tỷ lệ 56,6%", "gửi thư xin lỗi tổ chức, công dân"],
    captions=["Ảnh: Cán bộ Bộ phận Một cửa huyện hướng dẫn công dân nộp hồ sơ trực tuyến."])

A2 = art(CCHC, "ket-qua-tiep-nhan-ho-so-tai-bo-phan-mot-cua-cac-xa-thang-5-2024", 1106214,
    "Kết quả tiếp nhận hồ sơ tại Bộ phận Một cửa các xã tháng 5/2024", "2024-06-05", "09:45", "Thứ Tư",
    "Trong tháng 5/2024, Bộ phận Một cửa của 21 xã, thị trấn trên địa bàn huyện tiếp nhận tổng số 1.862 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,7%.",
    ["Một số xã có lượng hồ sơ lớn là thị trấn Bát Xát, xã Bản Qua và xã Quang Kim, chủ yếu thuộc lĩnh vực chứng thực, hộ tịch và bảo trợ xã hội. Kết quả cụ thể tại một số đơn vị như sau:",
     "Các xã vùng cao như Y Tý, A Mú Sung, Dền Sáng có số hồ sơ trực tuyến còn thấp do hạ tầng mạng chưa ổn định. Huyện đã chỉ đạo Tổ công nghệ số cộng đồng ở các thôn hỗ trợ người dân tạo tài khoản định danh điện tử.",
     "Văn phòng HĐND và UBND huyện đề nghị UBND các xã cập nhật đầy đủ hồ sơ lên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ngay trong ngày tiếp nhận."],
    ["tổng số 1.862 hồ sơ", "Tổ công nghệ số cộng đồng", "ngay trong ngày tiếp nhận"],
    table=[["Đơn vị", "Tiếp nhận", "Giải quyết đúng hạn", "Trực tuyến"],
           ["Thị trấn Bát Xát", "412", "411", "276"],
           ["Xã Bản Qua", "238", "238", "151"],
           ["Xã Quang Kim", "205", "204", "119"],
           ["Xã Mường Hum", "117", "117", "48"],
           ["Xã Y Tý", "64", "64", "12"]],
    table_cell="Xã Quang Kim")

A3 = art(CCHC, "chi-so-cai-cach-hanh-chinh-nam-2023-cua-huyen-bat-xat-tang-2-bac", 1104981,
    "Chỉ số cải cách hành chính năm 2023 của huyện Bát Xát tăng 2 bậc", "2024-03-12", "10:05", "Thứ Ba",
    "UBND tỉnh Lào Cai vừa công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố.",
    ["Theo đó, huyện Bát Xát đạt 87,35 điểm, xếp thứ 3/9 huyện, thị xã, thành phố, tăng 2 bậc so với năm 2022. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) của huyện đạt 86,2%.",
     "Các tiêu chí được đánh giá cao gồm công tác chỉ đạo, điều hành; cải cách thủ tục hành chính và xây dựng chính quyền điện tử. Tiêu chí cải cách tài chính công vẫn còn điểm thấp.",
     "Chủ tịch UBND huyện Lù Văn Páo yêu cầu các phòng, ban chuyên môn phân tích từng tiêu chí bị trừ điểm, xây dựng kế hoạch khắc phục cụ thể trong năm 2024."],
    ["đạt 87,35 điểm, xếp thứ 3/9", "(SIPAS) của huyện đạt 86,2%", "cải cách tài chính công"],
    alt_paths=["/1227/27461/54439/293909/cai-cach-hanh-chinh/chi-so-cai-cach-hanh-chinh-nam-2023-cua-huyen-bat-xat-tang-2-bac"])

A4 = art(NEWS, "y-ty-vao-mua-thu-hoach-lua-ruong-bac-thang", 1107390,
    "Y Tý vào mùa thu hoạch lúa ruộng bậc thang", "2024-09-23", "16:40", "Thứ Hai",
    None,
    ["Những ngày cuối tháng 9, trên các thửa ruộng bậc thang ở xã Y Tý, bà con dân tộc Hà Nhì, Mông tất bật thu hoạch lúa. Năm nay toàn xã gieo cấy gần 410 ha lúa, năng suất ước đạt 46 tạ/ha.",
     "Ông Chu Văn Sáng ở thôn Phìn Hồ cho biết gia đình cấy giống lúa Séng Cù trên diện tích 7.000 m2, lúa chắc hạt, ít sâu bệnh. Nhiều hộ đã thuê máy tuốt lúa mini để giảm bớt công lao động.",
     "Mùa lúa chín cũng là thời điểm du khách tìm đến Y Tý. Xã đã phối hợp với các homestay bố trí điểm dừng chân, hướng dẫn khách không đi vào ruộng đang thu hoạch.",
     "Thanh Vân"],
    ["giống lúa Séng Cù", "năng suất ước đạt 46 tạ/ha", "máy tuốt lúa mini"],
    captions=["Ảnh: Ruộng bậc thang thôn Phìn Hồ mùa lúa chín."])

A5 = art(NEWS, "khanh-thanh-cau-treo-thon-lang-ha-xa-trung-leng-ho", 1107815,
    "Khánh thành cầu treo thôn Làng Hà, xã Trung Lèng Hồ", "2024-10-17", "08:10", "Thứ Năm",
    "Sáng 16/10, UBND huyện Bát Xát tổ chức lễ khánh thành cầu treo thôn Làng Hà sau 5 tháng thi công.",
    ["Cầu có chiều dài 86 m, rộng 1,5 m, tải trọng cho phép xe máy và người đi bộ, tổng mức đầu tư hơn 3,2 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
     "Trước đây, hơn 70 hộ dân thôn Làng Hà phải lội suối để ra trung tâm xã, mùa mưa lũ thường bị chia cắt nhiều ngày. Học sinh của thôn nay có thể đến trường an toàn quanh năm.",
     "Phát biểu tại buổi lễ, lãnh đạo huyện đề nghị chính quyền xã và bà con nhân dân giữ gìn, bảo vệ công trình, không để xe quá tải trọng đi qua cầu.",
     "Hoàng Nga"],
    ["dài 86 m, rộng 1,5 m", "phải lội suối để ra trung tâm xã", "không để xe quá tải trọng"])

A6 = art(NEWS, "bat-xat-ra-quan-tiem-vac-xin-cho-dan-gia-suc", 1107402,
    "Bát Xát ra quân tiêm vắc xin cho đàn gia súc", "2024-09-25", "14:00", "Thứ Tư",
    None,
    ["Từ ngày 25/9, huyện Bát Xát triển khai đợt tiêm phòng vắc xin lở mồm long móng và tụ huyết trùng cho đàn trâu, bò tại 21 xã, thị trấn, dự kiến kết thúc trong tháng 10.",
     "Người dân có gia súc chưa được tiêm đề nghị liên hệ thú y viên của thôn để được tiêm bổ sung."],
    ["lở mồm long móng và tụ huyết trùng", "thú y viên của thôn", "dự kiến kết thúc trong tháng 10"])

ALL = [A1, A2, A3, A4, A5, A6]
VIEWS = [418, 265, 590, 341, 207, 96]


def article_page(a, n, canonical=None):
    cat, date, time_, wd = a.meta
    y, m, d = date.split("-")
    catname = "Cải cách hành chính" if cat == CCHC else "Tin tức - Sự kiện"
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if i == 0 and a.captions:
            body.append('<p style="text-align:center"><img src="/Upload/%s/%s.jpg" alt=""></p>' % (date.replace("-", ""), a.path.rsplit("-", 1)[1]))
            body.append('<p style="text-align:center"><em>%s</em></p>' % esc(a.captions[0]))
        if i == 0 and a.table:
            rows = "".join("<tr>%s</tr>" % "".join(("<td><strong>%s</strong></td>" if r == 0 else "<td>%s</td>") % esc(c) for c in row) for r, row in enumerate(a.table))
            body.append('<table border="1" cellpadding="4" style="width:100%%">%s</table>' % rows)
    related = [x for x in ALL if x is not a and x.meta[0] == cat][:3] or [x for x in ALL if x is not a][:3]
    rel = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (x.path, esc(x.title), "/".join(reversed(x.published.split("-")))) for x in related)
    lead = '<div class="sapo"><strong>%s</strong></div>' % esc(a.lead) if a.lead else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{cat}">{esc(catname)}</a> &gt; <span>{esc(a.title)}</span></div>
<div class="news-detail">
<h1 class="title-detail">{esc(a.title)}</h1>
<div class="meta-detail"><span class="time">{wd}, {d}/{m}/{y} | {time_}</span> <span class="view">Lượt xem: {VIEWS[n]}</span></div>
{lead}
<div class="content-detail">{''.join(body)}</div>
<div class="tool-share">Chia sẻ bài viết: <a href="/chia-se?fb">Facebook</a> <a href="/chia-se?zalo">Zalo</a> | <a href="javascript:window.print()">In trang</a></div>
</div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form action="/binh-luan/gui" method="post">
<input name="hoten" placeholder="Họ và tên"> <input name="email" placeholder="Email"><textarea name="noidung"></textarea>
<button type="submit">Gửi ý kiến</button></form><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng</p></div>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{rel}</ul></div>"""
    return layout(a.title, main, canonical=canonical)


for n, a in enumerate(ALL):
    P.page(a.path, article_page(a, n, canonical=a.path), kind="article", article=a)
    for alt in a.alt_paths:
        P.page(alt, article_page(a, n, canonical=a.path), name="alias-" + str(n))

NOTICES = [("/thong-bao/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2024-1106733",
            "Thông báo tuyển dụng viên chức giáo dục huyện Bát Xát năm 2024", "/Upload/files/TB-tuyen-dung-VC-2024.pdf", "08/07/2024"),
           ("/thong-bao/lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-huyen-thang-11-1107902",
            "Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 11", "/Upload/files/Lich-TCD-T11.docx", "28/10/2024")]
for path, title, f, d in NOTICES:
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/thong-bao">Thông báo</a></div>
<div class="news-detail"><h1 class="title-detail">{esc(title)}</h1>
<div class="meta-detail"><span class="time">{d}</span></div>
<div class="content-detail"><p><a href="{f}">Tải về tệp đính kèm</a></p></div></div>"""
    P.page(path, layout(title, main), kind="non_article")

intro = layout("Tổng quan về huyện Bát Xát", """<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/gioi-thieu/tong-quan-ve-huyen-bat-xat-1100012">Giới thiệu</a></div>
<div class="news-detail"><h1 class="title-detail">Tổng quan về huyện Bát Xát</h1>
<div class="content-detail"><table class="tbl-info">
<tr><td>Diện tích tự nhiên</td><td>1.050 km2</td></tr><tr><td>Số đơn vị hành chính</td><td>20 xã, 01 thị trấn</td></tr>
<tr><td>Trụ sở UBND huyện</td><td>Thị trấn Bát Xát</td></tr><tr><td>Điện thoại</td><td>0214 3883 xxx</td></tr></table></div></div>""")
P.page("/gioi-thieu/tong-quan-ve-huyen-bat-xat-1100012", intro, kind="non_article")


def teaser_list(items):
    return "".join('<div class="item"><a href="%s">%s</a><span class="date">%s</span></div>' % (
        a.path, esc(a.title), "/".join(reversed(a.published.split("-")))) for a in items)


news_sorted = sorted(ALL, key=lambda a: a.published, reverse=True)
P.page(NEWS, layout("Tin tức - Sự kiện", '<h2 class="cat-title">Tin tức - Sự kiện</h2>' + teaser_list(news_sorted[:4]) +
       '<div class="paging"><span>1</span> <a href="/tin-tuc-su-kien?trang=2">2</a> <a href="/tin-tuc-su-kien?trang=2">Trang sau</a></div>'), kind="non_article")
P.page(NEWS + "?trang=2", layout("Tin tức - Sự kiện", '<h2 class="cat-title">Tin tức - Sự kiện</h2>' + teaser_list(news_sorted[4:]) +
       '<div class="paging"><a href="/tin-tuc-su-kien">1</a> <span>2</span></div>'), kind="non_article")
P.page(CCHC, layout("Cải cách hành chính", '<h2 class="cat-title">Cải cách hành chính</h2>' + teaser_list([A2, A1, A3])), kind="non_article")
P.page("/thong-bao", layout("Thông báo", '<h2 class="cat-title">Thông báo</h2>' + "".join(
    '<div class="item"><a href="%s">%s</a><span class="date">%s</span></div>' % (p, esc(t), d) for p, t, f, d in NOTICES)), kind="non_article")

home = ('<div class="welcome">Chào mừng bạn đến với Cổng thông tin điện tử huyện Bát Xát</div>'
        '<div class="hot"><h2>Tin nổi bật</h2><a href="%s">%s</a></div>' % (A3.alt_paths[0], esc(A3.title)) +
        '<div class="block"><h2><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2>' + teaser_list(news_sorted[:3]) + '</div>'
        '<div class="block"><h2><a href="/cai-cach-hanh-chinh">Cải cách hành chính</a></h2>' + teaser_list([A2, A1]) + '</div>')
side = ('<div class="box"><h3>Thông báo</h3>' + "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t, f, d in NOTICES) + '</div>')
P.page("/", layout("Trang chủ", home, side=side), kind="non_article")

P.furniture(["Tổng lượt truy cập", "Đang truy cập", "2964452", "Tin cùng chuyên mục", "Chia sẻ bài viết",
             "In trang", "Hỏi đáp trực tuyến", "Sơ đồ cổng", "Liên kết website",
             "Cơ quan chủ quản: Ủy ban nhân dân huyện Bát Xát", "Giấy phép số 25/GP-STTTT",
             "Chào mừng bạn đến với Cổng thông tin điện tử huyện Bát Xát", "Lượt xem", "Ý kiến bạn đọc", "Gửi ý kiến",
             "Ý kiến của bạn sẽ được biên tập trước khi đăng"])
P.finish()
