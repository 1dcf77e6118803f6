"""p3: NukeViet eGovernment theme, huyện Yên Thành (Nghệ An).
Hard cases: body text written as numeric HTML entities, breadcrumb ending in the full title,
figure/figcaption image captions, date only in a 'Cập nhật' stamp after the text, rating and
captcha-like widgets, counter block (ul.counter-like) in left column before content and inside article."""
from common import Portal, esc, href, ent

P = Portal("yenthanh_nv", "Cổng thông tin điện tử huyện Yên Thành", "Yên Thành", "Nghệ An", "nukeviet-egov")
P.furniture = ["Bộ đếm truy cập", "Người đang xem", "Lượt xem hôm nay", "Lũy kế lượt xem",
               "Bản để in", "Lùi lại", "Giới thiệu cho bạn bè", "Chữ lớn hơn", "Chữ nhỏ hơn",
               "Cho điểm bài viết này", "Tin cùng chuyên mục", "Trang nhất", "Thư viện ảnh"]

def counter():
    return ('<div class="block counter"><h3>Bộ đếm truy cập</h3><ul><li><span>Người đang xem</span><span>64</span></li>'
            '<li><span>Lượt xem hôm nay</span><span>3,412</span></li><li><span>Lũy kế lượt xem</span><span>7,530,118</span></li></ul></div>')

TOOLS = ('<ul class="news-tools"><li><a href="/news/print/">Bản để in</a></li><li><a href="javascript:history.back()">Lùi lại</a></li>'
         '<li><a href="/news/sendmail/">Giới thiệu cho bạn bè</a></li><li><a>Chữ lớn hơn</a></li><li><a>Chữ nhỏ hơn</a></li></ul>')
RATE = '<div class="rating">Cho điểm bài viết này: <span>★★★★☆</span> (12 phiếu)</div>'

MENU = [("/", "Trang nhất"), ("/about/gioi-thieu-chung.html", "Giới thiệu"), ("/news/tin-tuc/", "Tin tức"),
        ("/news/thong-bao/", "Thông báo"), ("/laws/", "Văn bản"), ("/photos/", "Thư viện ảnh")]

def layout(title, main, crumbs=(), canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), t) for u, t in MENU)
    bc = '<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li>%s</ul>' % "".join("<li>%s</li>" % c for c in crumbs)
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header><div class="site-name">UBND huyện Yên Thành</div><ul class="nav">%s</ul></header>%s'
            '<div class="row"><aside class="col-left">%s</aside><main class="col-main">%s</main>'
            '<aside class="col-right"><h3>Thư viện ảnh</h3><a href="/photos/">Ảnh hoạt động</a>%s</aside></div>'
            '<footer>© UBND huyện Yên Thành - Nghệ An. %s</footer></body></html>'
            % (ent(title), can, menu, bc, counter(), main, counter(), counter()))

ARTS = [
 dict(id=312, cat="cai-cach-hanh-chinh", alias="yen-thanh-cong-bo-ket-qua-giai-quyet-tthc-9-thang", title="Yên Thành công bố kết quả giải quyết thủ tục hành chính 9 tháng",
      date="2024-10-07", stamp="Cập nhật: 07/10/2024 - 16:22",
      paras=["Tính đến ngày 30/9/2024, toàn huyện Yên Thành đã tiếp nhận 18.472 hồ sơ thủ tục hành chính, trong đó cấp huyện 3.905 hồ sơ, cấp xã 14.567 hồ sơ.",
             "Số hồ sơ đã giải quyết là 18.110 hồ sơ; trước và đúng hạn 18.046 hồ sơ, đạt 99,65%; quá hạn 64 hồ sơ. Hồ sơ đang xử lý là 362.",
             "Qua dịch vụ công trực tuyến, huyện nhận 11.208 hồ sơ, chiếm 60,7%; có 19 hồ sơ gửi qua bưu điện.",
             "Nguyễn Hữu Lộc - Văn phòng HĐND và UBND huyện"],
      must=["18.472 hồ sơ thủ tục hành chính", "cấp xã 14.567 hồ sơ", "đạt 99,65%", "chiếm 60,7%"]),
 dict(id=318, cat="cai-cach-hanh-chinh", alias="xep-hang-chi-so-cai-cach-hanh-chinh-cac-xa-nam-2023", title="Xếp hạng Chỉ số cải cách hành chính các xã năm 2023",
      date="2024-03-14", stamp="Cập nhật: 14/03/2024 - 09:01",
      paras=["Hội đồng thẩm định của huyện đã chấm điểm Chỉ số CCHC năm 2023 đối với 38 xã, thị trấn. Bảng dưới đây nêu các đơn vị đứng đầu.",
             "Các xã xếp cuối bảng phải xây dựng kế hoạch khắc phục trong quý II."],
      table=[["Xếp hạng", "Đơn vị", "Điểm"], ["1", "Thị trấn Hoa Thành", "91,20"], ["2", "Xã Công Thành", "89,75"], ["3", "Xã Bảo Thành", "88,40"]],
      must=["đối với 38 xã, thị trấn", "Xã Công Thành", "kế hoạch khắc phục trong quý II"]),
 dict(id=325, cat="tin-tuc", alias="le-hoi-den-qua-son-nam-2024", title="Khai mạc lễ hội đền Quả Sơn năm 2024",
      date="2024-03-02", stamp="Cập nhật: 02/03/2024 - 20:45",
      paras=["Tối 1/3, tại xã Bắc Thành, lễ hội đền Quả Sơn năm 2024 đã khai mạc với màn trống hội của 120 diễn viên quần chúng.",
             "Lễ hội kéo dài 3 ngày với các trò chơi dân gian như đua thuyền, kéo co và hát dân ca ví, giặm."],
      fig=("/uploads/news/2024_03/khai-mac.jpg", "Màn trống hội khai mạc lễ hội"),
      must=["120 diễn viên quần chúng", "hát dân ca ví, giặm", "xã Bắc Thành"]),
 dict(id=331, cat="tin-tuc", alias="trao-nha-dai-doan-ket-tai-xa-dong-thanh", title="Trao nhà Đại đoàn kết tại xã Đồng Thành",
      date="2024-05-16", stamp="Cập nhật: 16/05/2024 - 11:37",
      paras=["Ngày 15/5, Ủy ban MTTQ huyện bàn giao nhà Đại đoàn kết trị giá 80 triệu đồng cho hộ bà Phan Thị Nhàn ở xóm 7."],
      must=["trị giá 80 triệu đồng", "bà Phan Thị Nhàn", "xóm 7"], short=True),
 dict(id=337, cat="tin-tuc", alias="phong-chong-dich-ta-lon-chau-phi", title="Khẩn trương khống chế dịch tả lợn châu Phi ở xã Lăng Thành",
      date="2024-08-29", stamp="Cập nhật: 29/08/2024 - 14:10",
      paras=["Từ ngày 20/8, dịch tả lợn châu Phi xuất hiện tại 4 hộ chăn nuôi ở xã Lăng Thành, tổng số lợn buộc tiêu hủy là 57 con.",
             "Huyện đã lập 2 chốt kiểm dịch tạm thời và cấp 300 lít hóa chất sát trùng cho vùng dịch.",
             "Người dân phát hiện lợn ốm, chết cần báo ngay cho thú y xã, không bán chạy."],
      must=["tổng số lợn buộc tiêu hủy là 57 con", "2 chốt kiểm dịch tạm thời", "không bán chạy"]),
]

def url(a): return "/news/%s/%s-%d.html" % (a["cat"], a["alias"], a["id"])
def items(arts): return "".join('<li><a href="%s">%s</a></li>' % (href(url(a)), ent(a["title"])) for a in arts)

for i, a in enumerate(ARTS):
    ps = a["paras"]
    body = "<p>%s</p>" % ent(ps[0])
    cells = []
    if "fig" in a:
        body += '<figure><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (a["fig"][0], ent(a["fig"][1]))
    if "table" in a:
        body += "<table class=\"table\">%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % ent(c) for c in r) for r in a["table"])
        cells = [c for r in a["table"] for c in r]
    body += "".join("<p>%s</p>" % ent(p) for p in ps[1:])
    main = ('<div class="news_column panel"><div class="panel-heading">Tin tức - Sự kiện</div>%s%s<h1 class="title">%s</h1>'
            '<div id="news-bodyhtml" class="bodytext">%s</div><div class="time">%s</div>%s%s%s'
            '<div class="news-other"><h4>Tin cùng chuyên mục</h4><ul>%s</ul></div></div>'
            % (counter(), TOOLS, ent(a["title"]), body, a["stamp"], RATE, TOOLS, counter(), items([b for b in ARTS if b is not a])))
    crumbs = ['<a href="/news/%s/">%s</a>' % (a["cat"], "Cải cách hành chính" if a["cat"] != "tin-tuc" else "Tin tức"), ent(a["title"])]
    P.add_page(url(a), layout(a["title"], main, crumbs, canonical=url(a)))
    P.article(url(a), a["title"], a["date"], ps, a["must"] + ([a["table"][3][1]] if "table" in a else []), cells + ([a["fig"][1]] if "fig" in a else []))

def teasers(arts):
    return "".join('<div class="news-item"><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (href(url(a)), ent(a["title"]), ent(a["paras"][0])) for a in arts)
P.add_page("/news/tin-tuc/", layout("Tin tức", teasers(ARTS[::-1][:3]) + '<div class="pagination"><span>1</span><a href="/news/tin-tuc/page-2">2</a></div>', ["Tin tức"]))
P.add_page("/news/tin-tuc/page-2", layout("Tin tức - Trang 2", teasers(ARTS[::-1][3:]) + '<div class="pagination"><a href="/news/tin-tuc/">1</a><span>2</span></div>', ["Tin tức"]))
P.add_page("/news/cai-cach-hanh-chinh/", layout("Cải cách hành chính", teasers(ARTS[:2]), ["Cải cách hành chính"]))
N = "/news/thong-bao/lich-thi-tuyen-cong-chuc-cap-xa-2024-340.html"
P.add_page("/news/thong-bao/", layout("Thông báo", '<ul><li><a href="%s">Lịch thi tuyển công chức cấp xã năm 2024</a></li></ul>' % N, ["Thông báo"]))
P.add_page(N, layout("Lịch thi tuyển công chức cấp xã năm 2024", '<h1 class="title">Lịch thi tuyển công chức cấp xã năm 2024</h1><div class="bodytext"><a href="/uploads/news/lich-thi.docx">Tải về: lich-thi.docx</a></div>', ["Thông báo"]))
intro = ["Yên Thành là huyện đồng bằng bán sơn địa ở phía Bắc tỉnh Nghệ An, được mệnh danh là vựa lúa của tỉnh.",
         "Huyện có 38 xã và 1 thị trấn, dân số khoảng 300 nghìn người, với truyền thống hiếu học và cách mạng.",
         "Trên địa bàn có nhiều di tích như đền Quả Sơn, khu di tích Xô Viết Nghệ Tĩnh ở Tràng Thành.",
         "Định hướng đến năm 2030, Yên Thành phấn đấu trở thành huyện nông thôn mới nâng cao."]
P.add_page("/about/gioi-thieu-chung.html", layout("Giới thiệu chung", '<h2>Giới thiệu chung</h2>' + "".join("<p>%s</p>" % ent(x) for x in intro), ["Giới thiệu"]))
P.add_page("/", layout("Trang nhất", '<h2>Tin mới</h2>' + teasers(ARTS[::-1][:2]) + '<a href="/news/tin-tuc/">Xem tất cả</a> <a href="/news/cai-cach-hanh-chinh/">CCHC</a>'))
for p in ("/news/tin-tuc/", "/news/tin-tuc/page-2", "/news/cai-cach-hanh-chinh/", "/news/thong-bao/", N, "/about/gioi-thieu-chung.html"):
    P.non_article(p)
P.write()
