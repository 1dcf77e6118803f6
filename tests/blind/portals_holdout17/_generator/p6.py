"""p6: WordPress, huyện Hòa Vang (Đà Nẵng).
Hard cases: date only in the URL (/YYYY/MM/DD/slug/) plus a <time> in a widget-like meta bar,
the same article under ?p=ID (canonical names the pretty URL), 'Bài viết khác' list with dates,
long teasers on the listing, counters in sidebar/footer/before content/inside entry-content."""
from common import Portal, esc, href

P = Portal("hoavang_wp", "Trang thông tin huyện Hòa Vang", "Hòa Vang", "Đà Nẵng", "wordpress")
P.furniture = ["Lượt người xem cổng", "Xem trong tuần", "Người đang truy cập", "Bản thân thiện máy in",
               "Về trang trước", "Chia sẻ cho bạn bè", "Kích cỡ chữ", "Gửi bài qua email", "Bài viết khác",
               "Chuyên mục nổi bật", "Ban biên tập trang thông tin huyện Hòa Vang"]

def counter():
    return ('<section class="widget widget_counter"><h2 class="widget-title">Lượt người xem cổng</h2>'
            '<ul><li>Xem trong tuần: 12.940</li><li>Người đang truy cập: 31</li><li>Tổng: 1.562.007</li></ul></section>')
TOOLS = ('<div class="share-bar"><a href="/in-bai/">Bản thân thiện máy in</a> <a href="javascript:history.back()">Về trang trước</a>'
         ' <a>Chia sẻ cho bạn bè</a> <span>Kích cỡ chữ</span> <a>A</a><a>A+</a> <a href="mailto:?b=1">Gửi bài qua email</a></div>')
MENU = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), ("/category/tin-tuc/", "Tin tức"),
        ("/category/thong-bao/", "Thông báo"), ("/lien-he/", "Liên hệ")]

def layout(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    menu = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (href(u), t) for u, t in MENU)
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s – Hòa Vang</title>%s'
            '<link rel="stylesheet" href="/wp-content/themes/hv/style.css"></head><body class="single">'
            '<header id="masthead"><p class="site-title">HÒA VANG</p><nav><ul>%s</ul></nav></header>'
            '<div id="content">%s<div id="primary">%s</div><aside id="secondary"><section class="widget"><h2 class="widget-title">Chuyên mục nổi bật</h2>'
            '<ul><li><a href="/category/tin-tuc/">Tin tức</a></li></ul></section>%s</aside></div>'
            '<footer id="colophon"><p>Ban biên tập trang thông tin huyện Hòa Vang</p>%s</footer></body></html>'
            % (esc(title), can, menu, counter(), main, counter(), counter()))

ARTS = [
 dict(pid=2231, d="2024/02/19", slug="hoa-vang-cai-cach-hanh-chinh-nam-2023-tang-5-bac", title="Hòa Vang: chỉ số cải cách hành chính năm 2023 tăng 5 bậc", date="2024-02-19",
      paras=["Chỉ số cải cách hành chính năm 2023 của huyện Hòa Vang đạt 85,92 điểm, xếp hạng 3/8 quận, huyện, tăng 5 bậc so với năm 2022.",
             "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) đạt 89,14%.",
             "Huyện sẽ tập trung cải thiện tiêu chí chuyển đổi số và giảm hồ sơ trễ hạn trong lĩnh vực đất đai."],
      must=["đạt 85,92 điểm", "xếp hạng 3/8 quận, huyện", "đạt 89,14%"]),
 dict(pid=2248, d="2024/07/05", slug="ket-qua-tiep-nhan-ho-so-6-thang-cac-xa", title="Kết quả tiếp nhận hồ sơ 6 tháng đầu năm 2024 tại các xã", date="2024-07-05",
      paras=["Trong 6 tháng đầu năm 2024, UBND 11 xã của huyện Hòa Vang tiếp nhận 9.874 hồ sơ, số hồ sơ kỳ trước chuyển sang là 121.",
             "Kết quả theo từng xã như bảng sau:",
             "Toàn huyện còn 96 hồ sơ đang giải quyết; có 4.512 hồ sơ nộp trực tuyến và 230 hồ sơ trả qua bưu chính."],
      table=[["Xã", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Quá hạn"], ["Hòa Phong", "1.402", "1.011", "380", "3"], ["Hòa Tiến", "1.215", "870", "336", "2"], ["Hòa Bắc", "388", "301", "85", "0"]],
      must=["tiếp nhận 9.874 hồ sơ", "kỳ trước chuyển sang là 121", "4.512 hồ sơ nộp trực tuyến"]),
 dict(pid=2255, d="2024/08/12", slug="le-hoi-ruoc-nuoc-tuy-loan", title="Tưng bừng ngày hội văn hóa làng Túy Loan", date="2024-08-12",
      paras=["Ngày hội văn hóa làng Túy Loan thu hút hàng nghìn người dân và du khách về dự.",
             "Nổi bật là phần thi gói bánh tráng, nấu mì Quảng và đua ghe trên sông Túy Loan."],
      must=["làng Túy Loan", "nấu mì Quảng", "đua ghe"]),
 dict(pid=2260, d="2024/09/09", slug="hoa-bac-don-khach-du-lich-cong-dong", title="Hòa Bắc đón khách du lịch cộng đồng", date="2024-09-09",
      paras=["Tháng 8, làng Cơ Tu ở Tà Lang - Giàn Bí đón khoảng 1.700 lượt khách."],
      must=["Tà Lang - Giàn Bí", "1.700 lượt khách", "làng Cơ Tu"], short=True),
 dict(pid=2267, d="2024/10/28", slug="nong-dan-hoa-nhon-chuyen-doi-rau-sach", title="Nông dân Hòa Nhơn chuyển sang trồng rau theo chuẩn VietGAP", date="2024-10-28",
      paras=["Hợp tác xã rau Hòa Nhơn đã có 12 ha đạt chứng nhận VietGAP, cung ứng mỗi ngày khoảng 3 tấn rau cho các bếp ăn tập thể.",
             "Thành viên hợp tác xã được hỗ trợ nhà màng và hệ thống tưới nhỏ giọt theo chương trình khuyến nông của thành phố.",
             "Phương Thảo"],
      must=["12 ha đạt chứng nhận VietGAP", "khoảng 3 tấn rau", "tưới nhỏ giọt"]),
]

def url(a): return "/%s/%s/" % (a["d"], a["slug"])
def dd(a): return "/".join(reversed(a["date"].split("-")))
for a in ARTS:
    ps = a["paras"]
    body = "<p>%s</p>" % esc(ps[0])
    cells = []
    if "table" in a:
        body += "<p>%s</p><figure class=\"wp-block-table\"><table>%s</table></figure><p>%s</p>" % (
            esc(ps[1]), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]), esc(ps[2]))
        cells = [c for r in a["table"] for c in r]
    else:
        body += "".join("<p>%s</p>" % esc(p) for p in ps[1:])
    oth = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (href(url(b)), esc(b["title"]), dd(b)) for b in ARTS if b is not a)
    main = ('<article class="post-%d post type-post"><div class="entry-content">%s%s<h1 class="entry-title">%s</h1>%s%s%s%s</div>'
            '<div class="related"><h3>Bài viết khác</h3><ul>%s</ul></div></article>'
            % (a["pid"], counter(), TOOLS, esc(a["title"]), body, TOOLS, counter(), "", oth))
    html_ = layout(a["title"], main, canonical=url(a))
    P.add_page(url(a), html_)
    P.article(url(a), a["title"], a["date"], ps, a["must"] + ([a["table"][1][0]] if "table" in a else []), cells)
# same article under ?p=ID
P.add_page("/?p=2248", P.pages[url(ARTS[1])][3].decode("utf-8"))

def teasers(arts):
    return "".join('<article><h2><a href="%s">%s</a></h2><div class="entry-summary"><p>%s</p></div></article>'
                   % (href(url(a)), esc(a["title"]), esc(" ".join(a["paras"]))) for a in arts)
P.add_page("/category/tin-tuc/", layout("Tin tức", teasers(ARTS[::-1][:3]) + '<div class="nav-links"><span class="current">1</span><a href="/category/tin-tuc/page/2/">2</a></div>'))
P.add_page("/category/tin-tuc/page/2/", layout("Tin tức", teasers(ARTS[::-1][3:]) + '<div class="nav-links"><a href="/category/tin-tuc/">1</a><span class="current">2</span></div>'))
N = "/2024/11/04/thong-bao-lich-cat-dien-thang-11/"
P.add_page("/category/thong-bao/", layout("Thông báo", '<article><h2><a href="%s">Thông báo lịch tạm ngừng cấp điện tháng 11</a></h2></article>' % N))
P.add_page(N, layout("Thông báo", '<article><div class="entry-content"><h1 class="entry-title">Thông báo lịch tạm ngừng cấp điện tháng 11</h1><p><a href="/wp-content/uploads/2024/11/lich-cat-dien.pdf">lich-cat-dien.pdf</a></p></div></article>'))
P.add_page("/lien-he/", layout("Liên hệ", '<h1>Liên hệ</h1><p>UBND huyện Hòa Vang, xã Hòa Phong, Đà Nẵng. Email: hoavang@danang.gov.vn</p>'))
P.add_page("/", layout("Trang chủ", teasers(ARTS[::-1][:2]) + '<a href="/category/tin-tuc/">Tất cả tin</a> <a href="/?p=2248">Hồ sơ các xã</a>'))
for p in ("/category/tin-tuc/", "/category/tin-tuc/page/2/", "/category/thong-bao/", N, "/lien-he/"):
    P.non_article(p)
P.write()
