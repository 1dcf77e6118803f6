"""p7: huyện Con Cuông (Nghệ An) on Joomla 3 with SEF URLs without a transliterator
(/vi/tin-tuc-su-kien/<alias> where non-Latin-1 letters became hyphens), listing paged ?start=N.
Hard cases: the left column (welcome banner, 'who is online' sentence, visit counter) comes before
the content; headline in h2[itemprop=headline]; dates with Vietnamese month names and weekday
('Thứ tư, 12 Tháng 6 2024 08:15'); breadcrumb repeating the title; print/e-mail icons; one
article also served at ?showall=1 (canonical declares the plain URL)."""
import datetime
from common import Portal, Article, esc, joomla_slug, HOST

P = Portal("p7_nghean_concuong", "Cổng thông tin điện tử huyện Con Cuông", "Con Cuông", "Nghệ An", "Joomla 3")
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CAT = "/vi/tin-tuc-su-kien"
ALL = []


def art(title, date, time_, paras, must, hits, **kw):
    a = Article("%s/%s" % (CAT, joomla_slug(title)), title, date, paras, must, **kw)
    a.time, a.hits = time_, hits
    ALL.append(a)
    return a


A1 = art("Con Cuông: 6 tháng đầu năm 2024 tiếp nhận 5.318 hồ sơ thủ tục hành chính", "2024-07-05", "15:02",
    ["Sáu tháng đầu năm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện Con Cuông và 13 xã, thị trấn đã tiếp nhận 5.318 hồ sơ, tăng 12% so với cùng kỳ năm 2023.",
     "Trong đó, hồ sơ tồn kỳ trước 142 hồ sơ, tiếp nhận mới 5.176 hồ sơ. Đã giải quyết 5.093 hồ sơ, gồm trước hạn 1.604 hồ sơ, đúng hạn 3.461 hồ sơ và quá hạn 28 hồ sơ. Đang giải quyết 225 hồ sơ.",
     "Tỷ lệ hồ sơ trực tuyến đạt 47,2%, thấp hơn chỉ tiêu tỉnh giao. Nguyên nhân là nhiều bản vùng sâu như Khe Nằn, Cò Phạt chưa có sóng 4G ổn định.",
     "Thời gian tới, huyện phối hợp với các doanh nghiệp viễn thông phủ sóng các bản còn lõm sóng và hướng dẫn người dân thanh toán trực tuyến."],
    ["tiếp nhận 5.318 hồ sơ, tăng 12%", "quá hạn 28 hồ sơ", "Tỷ lệ hồ sơ trực tuyến đạt 47,2%", "Khe Nằn, Cò Phạt"], 318)

A2 = art("Số liệu giải quyết hồ sơ theo lĩnh vực tại cấp huyện quý III", "2024-10-07", "09:30",
    ["Quý III năm 2024, kết quả giải quyết hồ sơ thủ tục hành chính thuộc thẩm quyền cấp huyện phân theo lĩnh vực như sau:",
     "Toàn bộ hồ sơ quá hạn thuộc lĩnh vực đất đai. Chủ tịch UBND huyện đã phê bình Văn phòng Đăng ký đất đai chi nhánh Con Cuông và yêu cầu báo cáo tiến độ hằng tuần.",
     "Văn phòng HĐND - UBND huyện"],
    ["phân theo lĩnh vực như sau", "báo cáo tiến độ hằng tuần"], 141,
    table=[["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Quá hạn"],
           ["Đất đai", "684", "652", "9"],
           ["Tư pháp - Hộ tịch", "233", "233", "0"],
           ["Lao động - Thương binh và Xã hội", "157", "155", "0"],
           ["Đăng ký kinh doanh", "96", "96", "0"]],
    table_cell="Tư pháp - Hộ tịch")

A3 = art("Chỉ số CCHC năm 2023: Con Cuông đạt 80,65 điểm", "2024-04-19", "10:10",
    ["Theo kết quả xác định Chỉ số cải cách hành chính năm 2023 do UBND tỉnh Nghệ An công bố, huyện Con Cuông đạt 80,65 điểm, xếp thứ 12/21 huyện, thành phố, thị xã, giảm 3 bậc so với năm 2022.",
     "Chỉ số đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước của huyện đạt 82,9%.",
     "Huyện đã giao từng phòng, ban phụ trách các tiêu chí thành phần, gắn kết quả với việc đánh giá, xếp loại cuối năm."],
    ["đạt 80,65 điểm, xếp thứ 12/21", "giảm 3 bậc so với năm 2022", "đạt 82,9%"], 402)

A4 = art("Bản Khe Rạn phát triển du lịch cộng đồng", "2024-08-12", "16:45",
    ["Nằm trong vùng đệm Vườn quốc gia Pù Mát, bản Khe Rạn, xã Bồng Khê có 6 hộ đồng bào Thái đã cải tạo nhà sàn để đón khách lưu trú. Du khách được trải nghiệm tắm suối, đi bộ xuyên rừng và thưởng thức cơm lam, cá suối nướng.",
     "Từ đầu năm đến nay, bản đón hơn 2.300 lượt khách. Các hộ làm du lịch đã thành lập tổ hợp tác để thống nhất giá dịch vụ, giữ vệ sinh môi trường.",
     "Lộc Thái"],
    ["cơm lam, cá suối nướng", "hơn 2.300 lượt khách", "thống nhất giá dịch vụ"], 97)

A5 = art("Trao nhà Đại đoàn kết cho hộ nghèo xã Môn Sơn", "2024-09-09", "08:20",
    ["Ngày 8/9, Ủy ban MTTQ huyện Con Cuông phối hợp với UBND xã Môn Sơn tổ chức bàn giao 5 ngôi nhà Đại đoàn kết cho các hộ nghèo ở bản Cò Phạt và bản Xiềng.",
     "Mỗi ngôi nhà có diện tích khoảng 60 m2, được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo, phần còn lại do gia đình và bà con dòng họ góp công, góp vật liệu."],
    ["5 ngôi nhà Đại đoàn kết", "Quỹ Vì người nghèo", "góp công, góp vật liệu"], 76)

A6 = art("Kiểm tra công tác phòng cháy, chữa cháy rừng tại xã Châu Khê", "2024-05-14", "14:00",
    ["Chiều 13/5, đoàn công tác của Hạt Kiểm lâm huyện đã kiểm tra công tác phòng cháy, chữa cháy rừng tại xã Châu Khê, nhắc nhở bà con không đốt nương khi trời nắng nóng."],
    ["không đốt nương khi trời nắng nóng", "Hạt Kiểm lâm huyện", "nhắc nhở bà con"], 58)


def jdate(d, t):
    y, m, dd = map(int, d.split("-"))
    return "%s, %02d Tháng %d %d %s" % (WD[datetime.date(y, m, dd).weekday()], dd, m, y, t)


MENU = [("/vi/", "Trang chủ"), ("/vi/gi-i-thi-u", "Giới thiệu"), (CAT, "Tin tức - Sự kiện"), ("/vi/thong-b-o", "Thông báo"), ("/vi/lien-h", "Liên hệ")]


def layout(title, main, canonical=None):
    canon = '<link href="%s%s" rel="canonical">' % (HOST, canonical) if canonical else ""
    menu = "".join('<li class="item"><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">{canon}<title>{esc(title)}</title></head>
<body class="site com_content view-article"><div class="body"><div class="container">
<header class="header"><a class="brand" href="/"><img src="/images/banner-concuong.png" alt="Cổng thông tin điện tử huyện Con Cuông"></a></header>
<nav class="navigation"><ul class="nav menu">{menu}</ul></nav>
<div class="row-fluid"><div id="sidebar" class="span3"><div class="sidebar-nav">
<div class="moduletable"><p><marquee>Chào mừng đến với Cổng thông tin điện tử huyện Con Cuông!</marquee></p></div>
<div class="moduletable"><h3>Ai đang trực tuyến</h3><p>Hiện có 23 khách và không thành viên đang online</p></div>
<div class="moduletable"><h3>Lượt truy cập</h3><div class="vcnt"><table>
<tr><td>Hôm nay</td><td>412</td></tr><tr><td>Hôm qua</td><td>977</td></tr><tr><td>Tuần này</td><td>3806</td></tr>
<tr><td>Tất cả</td><td>1302554</td></tr></table><div>IP của bạn: 10.0.0.12</div></div></div>
</div></div>
<main id="content" role="main" class="span9">{main}</main></div></div></div>
<footer class="footer"><div class="container"><p>Bản quyền © Ủy ban nhân dân huyện Con Cuông - Nghệ An</p>
<p>Địa chỉ: Khối 3, thị trấn Trà Lân, huyện Con Cuông, tỉnh Nghệ An</p><p><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
</body></html>"""


def article_page(a):
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if i == 0 and a.table:
            body.append('<table class="table" border="1"><tbody>' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</tbody></table>")
    alt = '<div class="pagenavcounter">Trang 1 của 1 <a href="%s?showall=1">Tất cả các trang</a></div>' % a.path if getattr(a, "alt", False) else ""
    main = f"""<ul class="breadcrumb"><li>Bạn đang ở: </li><li><a href="/vi/" class="pathway">Trang chủ</a></li><li><a href="{CAT}" class="pathway">Tin tức - Sự kiện</a></li><li class="active"><span>{esc(a.title)}</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" rel="nofollow">In ấn</a></li>
<li class="email-icon"><a href="/vi/component/mailto/?tmpl=component" rel="nofollow">E-mail</a></li></ul></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Chuyên mục: <a href="{CAT}" itemprop="genre">Tin tức - Sự kiện</a></dd>
<dd class="published"><time datetime="{a.published}T{a.time}:00+07:00" itemprop="datePublished">Ngày đăng: {jdate(a.published, a.time)}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.hits}">Lượt xem: {a.hits}</dd></dl>
{alt}<div itemprop="articleBody">{''.join(body)}</div>
<ul class="pager pagenav"><li class="previous"><a href="{CAT}" rel="prev">&lt; Trước</a></li><li class="next"><a href="{CAT}" rel="next">Tiếp &gt;</a></li></ul>
</div>"""
    return layout(a.title, main, canonical=a.path)


A3.alt = True
for i, a in enumerate(ALL):
    P.page(a.path, article_page(a), kind="article", article=a, name="bai-%d" % i)
P.page(A3.path + "?showall=1", article_page(A3), name="bai-2-showall")

NOTICES = [("/vi/thong-b-o/thong-b-o-tuy-n-d-ng-gi-o-vien-m-m-non-n-m-h-c-2024-2025", "Thông báo tuyển dụng giáo viên mầm non năm học 2024 - 2025", "/images/tailieu/TB-tuyen-dung-GV-MN.pdf")]
for p, t, f in NOTICES:
    P.page(p, layout(t, '<div class="item-page"><div class="page-header"><h2 itemprop="headline">%s</h2></div><div itemprop="articleBody"><p><a href="%s">Tải về</a></p></div></div>' % (esc(t), f), canonical=p),
           kind="non_article", name="thong-bao")


def blog(xs):
    return "".join(f"""<div class="items-row"><div class="item"><div class="page-header"><h2 itemprop="name"><a href="{x.path}">{esc(x.title)}</a></h2></div>
<dl class="article-info"><dd class="published">Ngày đăng: {jdate(x.published, x.time)}</dd></dl><p>{esc(x.paras[0])}</p>
<p class="readmore"><a class="btn" href="{x.path}">Xem thêm: {esc(x.title)}</a></p></div></div>""" for x in xs)


srt = sorted(ALL, key=lambda x: x.published, reverse=True)
P.page(CAT, layout("Tin tức - Sự kiện", '<div class="blog">' + blog(srt[:3]) + '<div class="pagination"><ul><li><a href="%s?start=3">2</a></li><li><a href="%s?start=3">Tiếp</a></li></ul></div></div>' % (CAT, CAT)),
       kind="non_article", name="blog-1")
P.page(CAT + "?start=3", layout("Tin tức - Sự kiện", '<div class="blog">' + blog(srt[3:]) + '<div class="pagination"><ul><li><a href="%s">1</a></li></ul></div></div>' % CAT),
       kind="non_article", name="blog-2")
P.page("/vi/thong-b-o", layout("Thông báo", '<div class="blog">' + "".join('<h2><a href="%s">%s</a></h2>' % (p, esc(t)) for p, t, f in NOTICES) + "</div>"), kind="non_article", name="tb")
P.page("/vi/gi-i-thi-u", layout("Giới thiệu", '<div class="item-page"><div class="page-header"><h2>Giới thiệu</h2></div><p>Con Cuông là huyện miền núi phía Tây tỉnh Nghệ An, có 13 đơn vị hành chính cấp xã.</p></div>'),
       kind="non_article", name="gioi-thieu")
home = '<div class="blog-featured">' + blog(srt[:4]) + "</div><h3>Thông báo</h3>" + "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t, f in NOTICES) + '<p><a href="%s">Tất cả tin</a></p>' % CAT
P.page("/", layout("Trang chủ", home), kind="non_article")
P.page("/vi/", layout("Trang chủ", home), kind="non_article", name="home-vi")

P.furniture(["Chào mừng đến với Cổng thông tin điện tử huyện Con Cuông!", "Ai đang trực tuyến", "Hiện có 23 khách và không thành viên đang online",
             "Lượt truy cập", "Hôm qua", "1302554", "IP của bạn", "Bạn đang ở:", "In ấn", "E-mail", "Chi tiết", "Lượt xem:",
             "Lên đầu trang", "Bản quyền © Ủy ban nhân dân huyện Con Cuông - Nghệ An", "Tất cả các trang"])
P.finish()
