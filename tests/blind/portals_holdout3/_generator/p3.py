"""p3: huyện Vĩnh Bảo (Hải Phòng) on a bespoke CMS with /<Chuyen-de>/<Cat>/<slug>-<id>.html URLs.
Hard cases: lead opening with the '(Vinhbao.haiphong.gov.vn) -' source prefix, 'Thời gian:
dd/mm/yyyy HH:MM', font-size and rating widgets and a digit-per-<b> visit counter
INSIDE the article container, a print link to a
page that answers 404, 'Tin khác' list with [dd/mm/yyyy] dates, footer in a table layout,
a table by commune, a signature paragraph right-aligned at the end."""
from common import Portal, Article, esc, slug, HOST

P = Portal("p3_haiphong_vinhbao", "Cổng thông tin điện tử huyện Vĩnh Bảo", "Vĩnh Bảo", "Hải Phòng",
           "bespoke CMS, /<Chuyen-de>/<Cat>/<slug>-<id>.html (Hải Phòng style)")
PFX = "(Vinhbao.haiphong.gov.vn) - "
CATS = {"cchc": ("Chuyen-de", "Cai-cach-hanh-chinh", "Cải cách hành chính"),
        "kt": ("Tin-tuc-su-kien", "Kinh-te-Xa-hoi", "Kinh tế - Xã hội")}
ALL = []


def art(cat, title, id_, date, time_, lead, paras, must, sig, **kw):
    c1, c2, _ = CATS[cat]
    path = "/%s/%s/%s-%d.html" % (c1, c2, slug(title), id_)
    a = Article(path, title, date, paras + [sig], must, lead=PFX + lead, **kw)
    a.cat, a.time, a.id = cat, time_, id_
    ALL.append(a)
    return a


A1 = art("cchc", "Vĩnh Bảo: 6 tháng đầu năm 2024 không để phát sinh hồ sơ quá hạn ở cấp huyện", 80273, "2024-07-09", "14:35",
    "Sáu tháng đầu năm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện Vĩnh Bảo không để phát sinh hồ sơ quá hạn đối với các thủ tục thuộc thẩm quyền cấp huyện.",
    ["Trong kỳ, Bộ phận Tiếp nhận và Trả kết quả huyện tiếp nhận 2.946 hồ sơ (kỳ trước chuyển qua 97 hồ sơ). Đã giải quyết 2.771 hồ sơ, trong đó trước hạn 1.039 hồ sơ, đúng hạn 1.732 hồ sơ; đang giải quyết 175 hồ sơ.",
     "Ở cấp xã, 30 xã, thị trấn tiếp nhận 8.512 hồ sơ, đã giải quyết 8.489 hồ sơ, trễ hạn 9 hồ sơ. Số hồ sơ nộp qua dịch vụ công trực tuyến của toàn huyện là 6.877 hồ sơ, tỷ lệ trực tuyến đạt 60,1%.",
     "Huyện tiếp tục duy trì mô hình “Ngày thứ Bảy vì nhân dân”, bố trí công chức tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần tại Trung tâm Hành chính công."],
    ["tiếp nhận 2.946 hồ sơ (kỳ trước chuyển qua 97 hồ sơ)", "trễ hạn 9 hồ sơ", "tỷ lệ trực tuyến đạt 60,1%", "Ngày thứ Bảy vì nhân dân"],
    "Phòng Nội vụ huyện")

A2 = art("cchc", "Kết quả giải quyết hồ sơ thủ tục hành chính cấp xã quý III năm 2024", 81145, "2024-10-11", "08:05",
    "UBND huyện vừa tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính của UBND các xã, thị trấn trong quý III năm 2024.",
    ["Toàn huyện tiếp nhận 4.390 hồ sơ, trong đó có 2.704 hồ sơ trực tuyến. Tỷ lệ giải quyết đúng hạn ở cấp xã đạt 99,86%. Kết quả tại một số đơn vị tiêu biểu:",
     "Các xã có tỷ lệ hồ sơ trực tuyến thấp dưới 40% được yêu cầu báo cáo nguyên nhân và giải pháp khắc phục trước ngày 20/10."],
    ["Tỷ lệ giải quyết đúng hạn ở cấp xã đạt 99,86%", "2.704 hồ sơ trực tuyến", "báo cáo nguyên nhân và giải pháp khắc phục"],
    "Văn Tùng",
    table=[["TT", "Xã, thị trấn", "Tiếp nhận", "Trực tuyến", "Quá hạn"],
           ["1", "Thị trấn Vĩnh Bảo", "531", "402", "0"],
           ["2", "Xã Tam Cường", "177", "96", "1"],
           ["3", "Xã Cổ Am", "164", "88", "0"],
           ["4", "Xã Vĩnh Long", "142", "51", "2"],
           ["5", "Xã Tân Hưng", "139", "73", "0"]],
    table_cell="Xã Tam Cường")

A3 = art("cchc", "Chỉ số cải cách hành chính năm 2023: Vĩnh Bảo xếp thứ 9/15 quận, huyện", 79012, "2024-04-02", "16:50",
    "Theo Quyết định công bố Chỉ số CCHC năm 2023 của UBND thành phố, huyện Vĩnh Bảo đạt 82,47 điểm.",
    ["Với kết quả trên, huyện xếp thứ 9/15 quận, huyện, giảm 2 bậc so với năm trước. Chỉ số SIPAS của huyện đạt 84,15%, thấp hơn mức trung bình của thành phố.",
     "Nguyên nhân chủ yếu là một số nhiệm vụ trong kế hoạch CCHC chưa hoàn thành đúng tiến độ, tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn thấp.",
     "Ban Thường vụ Huyện ủy đã yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm về các chỉ số thành phần bị điểm thấp."],
    ["đạt 82,47 điểm", "xếp thứ 9/15 quận, huyện, giảm 2 bậc", "Chỉ số SIPAS của huyện đạt 84,15%"],
    "Minh Hà")

A4 = art("kt", "Nông dân Vĩnh Bảo thu hoạch vụ thuốc lào chiêm", 80640, "2024-05-28", "10:15",
    "Những ngày này, nông dân các xã Thắng Thủy, Trung Lập, Việt Tiến đang khẩn trương thu hoạch và phơi thuốc lào vụ chiêm.",
    ["Năm nay toàn huyện trồng khoảng 1.050 ha thuốc lào, thời tiết thuận lợi nên cây sinh trưởng tốt, lá dày, năng suất ước đạt 2,1 tấn/ha. Giá thuốc lào thành phẩm dao động từ 150 đến 220 nghìn đồng/kg tùy loại.",
     "Để giữ thương hiệu thuốc lào Vĩnh Bảo, Hội Nông dân huyện khuyến cáo bà con không pha trộn thuốc lào từ nơi khác, ghi rõ nguồn gốc trên bao bì."],
    ["năng suất ước đạt 2,1 tấn/ha", "từ 150 đến 220 nghìn đồng/kg", "không pha trộn thuốc lào từ nơi khác"],
    "Thu Hằng")

A5 = art("kt", "Khởi công xây dựng Trường THCS Nhân Hòa", 80911, "2024-08-15", "09:00",
    "Sáng 14/8, UBND huyện Vĩnh Bảo tổ chức lễ khởi công xây dựng Trường THCS Nhân Hòa với tổng mức đầu tư 48 tỷ đồng.",
    ["Công trình gồm nhà lớp học 3 tầng với 18 phòng, nhà hiệu bộ, nhà đa năng và các hạng mục phụ trợ, dự kiến hoàn thành trước năm học 2025 - 2026.",
     "Lãnh đạo huyện yêu cầu nhà thầu bảo đảm an toàn lao động, không thi công trong giờ học của học sinh ở khu trường cũ liền kề."],
    ["nhà lớp học 3 tầng với 18 phòng", "trước năm học 2025 - 2026", "không thi công trong giờ học"],
    "Quang Huy")

A6 = art("cchc", "Chủ tịch UBND huyện đối thoại với người dân về thủ tục đất đai", 81302, "2024-11-01", "15:40",
    "Chiều 31/10, Chủ tịch UBND huyện Vĩnh Bảo Nguyễn Văn Chuyên chủ trì buổi đối thoại với người dân xã Hùng Tiến về thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
    ["Người dân phản ánh việc phải bổ sung giấy tờ nhiều lần, thời gian đo đạc kéo dài. Chủ tịch UBND huyện giao Văn phòng Đăng ký đất đai chi nhánh Vĩnh Bảo hướng dẫn một lần, đầy đủ bằng văn bản cho người dân.",
     "Đối với các trường hợp hồ sơ đã quá hạn, huyện yêu cầu xin lỗi công khai và giải quyết dứt điểm trong tháng 11."],
    ["hướng dẫn một lần, đầy đủ bằng văn bản", "xã Hùng Tiến", "giải quyết dứt điểm trong tháng 11"],
    "Ngọc Anh")


def dmy(d):
    return "/".join(reversed(d.split("-")))


MENU = [("/", "Trang chủ"), ("/Gioi-thieu/Tong-quan.html", "Giới thiệu"), ("/Tin-tuc-su-kien/Kinh-te-Xa-hoi.html", "Kinh tế - Xã hội"),
        ("/Chuyen-de/Cai-cach-hanh-chinh.html", "Cải cách hành chính"), ("/Thong-bao.html", "Thông báo"), ("/Lich-cong-tac.html", "Lịch công tác")]


def layout(title, main, canonical=None):
    canon = '<link rel="canonical" href="%s%s">' % (HOST, canonical) if canonical else ""
    menu = " | ".join('<a href="%s">%s</a>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>{canon}</head><body>
<div class="header"><div class="logo-text">ỦY BAN NHÂN DÂN HUYỆN VĨNH BẢO</div></div>
<div class="nav">{menu}</div>
<div class="content-wrap">{main}</div>
<table class="footer" width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="20%"><img src="/images/quochuy.png" alt=""></td>
<td><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH BẢO</b><br>Cơ quan thường trực: Văn phòng HĐND và UBND huyện Vĩnh Bảo<br>
Số 1 đường 20/8, thị trấn Vĩnh Bảo, thành phố Hải Phòng<br>© Ghi rõ nguồn khi trích dẫn thông tin từ website này</td>
<td width="25%">Số lượt truy cập: 5.702.918<br>Đang xem: 44</td></tr></table>
</body></html>"""


def article_page(a):
    body = []
    for i, p in enumerate(a.paras):
        last = i == len(a.paras) - 1
        body.append(('<p style="text-align:right"><strong>%s</strong></p>' if last else "<p>%s</p>") % esc(p))
        if i == 0 and a.table:
            body.append('<table class="MsoTableGrid" border="1">' + "".join("<tr>%s</tr>" % "".join("<td><p>%s</p></td>" % esc(c) for c in r) for r in a.table) + "</table>")
    others = [x for x in ALL if x is not a][:4]
    oth = "".join('<li><a href="%s">%s</a> <i>[%s]</i></li>' % (x.path, esc(x.title), dmy(x.published)) for x in others)
    c1, c2, cname = CATS[a.cat]
    main = f"""<div class="news-detail">
<div class="cat-name"><a href="/{c1}/{c2}.html">{esc(cname)}</a></div>
<h1>{esc(a.title)}</h1>
<div class="tools"><span class="time">Thời gian: {dmy(a.published)} {a.time}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:fs(-1)">A-</a> <a href="javascript:fs(0)">A</a> <a href="javascript:fs(1)">A+</a></span>
<a class="print" href="/Print/{a.id}.html">In bài</a></div>
<div class="sapo"><p><strong>{esc(a.lead)}</strong></p></div>
<div class="body-news">{''.join(body)}</div>
<div class="rating">Đánh giá bài viết: <span class="stars">☆☆☆☆☆</span></div>
<div class="stat-inline">Truy cập hôm nay: <b>1</b><b>2</b><b>0</b><b>4</b> <span style="display:none">1204</span></div>
</div>
<div class="other-news"><h3>Tin khác</h3><ul>{oth}</ul></div>"""
    return layout(a.title, main, canonical=a.path)


for a in ALL:
    P.page(a.path, article_page(a), kind="article", article=a, name="tin-%d" % a.id)

NOTICES = [("/Thong-bao/thong-bao-lich-tiep-cong-dan-thang-12-2024-81450.html", "Thông báo lịch tiếp công dân tháng 12/2024", "/Upload/VB/TB-lich-TCD-12-2024.pdf")]
for p, t, f in NOTICES:
    P.page(p, layout(t, '<div class="news-detail"><h1>%s</h1><div class="body-news"><p>Văn bản đính kèm: <a href="%s">Tải về</a></p></div></div>' % (esc(t), f)), kind="non_article")


def lst(items):
    return "".join('<div class="item"><a href="%s">%s</a> <span>(%s)</span></div>' % (x.path, esc(x.title), dmy(x.published)) for x in items)


srt = sorted(ALL, key=lambda a: a.published, reverse=True)
cchc = [x for x in srt if x.cat == "cchc"]
kt = [x for x in srt if x.cat == "kt"]
P.page("/Chuyen-de/Cai-cach-hanh-chinh.html", layout("Cải cách hành chính", "<h2>Cải cách hành chính</h2>" + lst(cchc[:3]) +
       '<div class="pager"><a href="/Chuyen-de/Cai-cach-hanh-chinh/p2.html">Trang 2</a></div>'), kind="non_article", name="cchc-1")
P.page("/Chuyen-de/Cai-cach-hanh-chinh/p2.html", layout("Cải cách hành chính", "<h2>Cải cách hành chính</h2>" + lst(cchc[3:]) +
       '<div class="pager"><a href="/Chuyen-de/Cai-cach-hanh-chinh.html">Trang 1</a></div>'), kind="non_article", name="cchc-2")
P.page("/Tin-tuc-su-kien/Kinh-te-Xa-hoi.html", layout("Kinh tế - Xã hội", "<h2>Kinh tế - Xã hội</h2>" + lst(kt)), kind="non_article", name="ktxh")
P.page("/Thong-bao.html", layout("Thông báo", "<h2>Thông báo</h2>" + "".join('<div class="item"><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)), kind="non_article")
P.page("/Gioi-thieu/Tong-quan.html", layout("Giới thiệu", """<h1>Giới thiệu huyện Vĩnh Bảo</h1><table border="1">
<tr><td>Vị trí</td><td>Phía Tây Nam thành phố Hải Phòng</td></tr><tr><td>Đơn vị hành chính</td><td>29 xã và 01 thị trấn</td></tr>
<tr><td>Đường dây nóng</td><td>0225.3884.xxx</td></tr></table>"""), kind="non_article")
home = ('<div class="hot"><a href="%s"><b>%s</b></a></div>' % (A6.path, esc(A6.title)) + "<h2>Tin mới</h2>" + lst(srt[:5]) +
        '<h2>Thông báo</h2>' + "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t, f in NOTICES))
P.page("/", layout("Cổng thông tin điện tử huyện Vĩnh Bảo", home), kind="non_article")

P.furniture(["Cỡ chữ:", "In bài", "Đánh giá bài viết:", "Tin khác", "Số lượt truy cập: 5.702.918", "Đang xem: 44",
             "Cơ quan thường trực: Văn phòng HĐND và UBND huyện Vĩnh Bảo", "Ghi rõ nguồn khi trích dẫn thông tin từ website này",
             "Lịch công tác", "Thời gian:", "Truy cập hôm nay:"])
P.finish()
