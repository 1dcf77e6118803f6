"""Portal 10: bespoke ASP.NET MVC portal (huyện Cái Nước, Cà Mau).
Hard cases: article reachable under a short URL and a slugged URL (canonical names the slugged
one), breadcrumb that repeats the title, headline in h2, "dd/MM/yyyy | HH:mm" date next to a view
count, lead in a separate div with a "(CTTĐT) -" prefix, online/total counter line between the
article and the footer, print link (404), "Tin khác" list with dates, monthly series by office."""
from common import *

P = Portal("p10_aspmvc_cainuoc", "Cổng thông tin điện tử huyện Cái Nước", "Cái Nước", "Cà Mau", "bespoke ASP.NET MVC")
LIST = "/tin-tuc/cai-cach-hanh-chinh"
LIST2 = "/tin-tuc/cai-cach-hanh-chinh?page=2"
MENU = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", LIST), ("Công khai", "/cong-khai"), ("Liên hệ", "/lien-he")]
P.furniture += ["Lượt xem:", "Đang truy cập: 14", "Tổng lượt: 5.118.204", "Tin khác", "In bài", "Chia sẻ Facebook",
                "Cơ quan chủ quản: UBND huyện Cái Nước", "Ghi rõ nguồn Cổng thông tin điện tử huyện Cái Nước khi phát hành lại thông tin"]


def shell(title, main, canonical=None, crumbs=()):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(l), esc(m)) for m, l in MENU)
    bc = " / ".join('<a href="%s">%s</a>' % (href(l), esc(m)) for m, l in crumbs)
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>%s</title>%s
<script src="/bundles/jquery?v=Xk2"></script></head><body><div class="wrap"><div class="header"><img src="/Content/images/banner-cainuoc.png" alt="" /></div>
<ul class="nav">%s</ul><div class="breadcrumb">%s</div><div class="main">%s</div>
<div class="thongke"><span>Đang truy cập: 14</span> | <span>Tổng lượt: 5.118.204</span></div>
<div class="footer"><p>Cơ quan chủ quản: UBND huyện Cái Nước</p><p>Ghi rõ nguồn Cổng thông tin điện tử huyện Cái Nước khi phát hành lại thông tin</p></div></div></body></html>""" % (esc(title), can, menu, bc, main)


OFFICES = ["Phòng Tư pháp", "Phòng Kinh tế - Hạ tầng", "Phòng Tài nguyên và Môi trường"]
HEAD = ["Cơ quan chuyên môn", "Tiếp nhận trong tháng", "Đúng hạn", "Trễ hạn"]
ARTS = []  # id, slug, title, "dd/MM/yyyy | HH:mm", iso, lead, blocks, views
for k, (mon, seed, p3) in enumerate([(3, 101, "Phòng Tài nguyên và Môi trường được yêu cầu rà soát các hồ sơ cấp đổi giấy chứng nhận tồn đọng từ năm trước."),
                                     (4, 102, "Trong tháng, huyện tiếp tục duy trì việc nhắn tin thông báo kết quả qua điện thoại cho người nộp hồ sơ."),
                                     (5, 103, "Phòng Kinh tế - Hạ tầng đã rút ngắn thời gian cấp giấy phép xây dựng nhà ở riêng lẻ xuống còn 10 ngày.")]):
    rows = series_rows(OFFICES, seed, 20, 180)
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 960 + 33 * k
    lead = "(CTTĐT) - Tháng %d/2024, Trung tâm Phục vụ hành chính công huyện Cái Nước tiếp nhận %s hồ sơ, giải quyết trước và đúng hạn đạt %s." % (mon, vn(tot), pct(99.2 + 0.2 * k))
    blocks = [("p", "Trong đó, hồ sơ tiếp nhận trực tuyến là %s, hồ sơ qua dịch vụ bưu chính công ích là %d; số hồ sơ còn đang giải quyết chuyển sang tháng %d là %d." % (vn(tot * 7 // 10), 21 + k, mon + 1, 64 - 5 * k)),
              ("p", "Kết quả tại ba cơ quan chuyên môn có nhiều hồ sơ nhất:"), ("t", HEAD, rows), ("p", p3), ("p", "Trần Ngọc Giàu")]
    ARTS.append((10469 + k, "cai-nuoc-ket-qua-giai-quyet-tthc-thang-%d-2024" % mon, "Cái Nước: kết quả giải quyết thủ tục hành chính tháng %d/2024" % mon,
                 "%02d/%02d/2024 | %02d:%02d" % (2 + k, mon + 1, 8, 5 + 10 * k), "2024-%02d-%02d" % (mon + 1, 2 + k), lead, blocks, 231 + 17 * k))
ARTS.append((10455, "chi-so-par-index-2023-cua-huyen-cai-nuoc", "Chỉ số PAR Index năm 2023 của huyện Cái Nước đạt 86,19 điểm", "21/03/2024 | 15:45", "2024-03-21",
             "(CTTĐT) - Theo kết quả công bố của UBND tỉnh Cà Mau, Chỉ số cải cách hành chính năm 2023 của huyện Cái Nước đạt 86,19 điểm, xếp thứ 2/9 huyện, thành phố.",
             [("p", "So với năm 2022, huyện tăng 4 bậc, là địa phương tăng hạng nhiều nhất tỉnh."),
              ("p", "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính huyện đạt 91,3%."),
              ("p", "Ngọc Hân")], 512))
ARTS.append((10461, "cai-nuoc-thu-hoach-tom-lua", "Nông dân Cái Nước trúng vụ tôm - lúa", "28/03/2024 | 10:10", "2024-03-28",
             "(CTTĐT) - Vụ tôm - lúa năm nay, nhiều hộ ở xã Trần Thới và Đông Thới đạt lợi nhuận 60 - 80 triệu đồng mỗi ha.",
             [("p", "Giống lúa chịu mặn được ngành nông nghiệp hỗ trợ giúp năng suất đạt gần 5 tấn mỗi ha.")], 140))
NOTICES = [(10480, "thong-bao-lich-tiep-cong-dan-thang-6-2024", "Thông báo lịch tiếp công dân tháng 6/2024", "/Uploads/files/2024/lich-tiep-cd-t6.pdf")]


def apath(i, s):
    return "/tin-tuc/chi-tiet/%d/%s" % (i, s)


def detail(a):
    i, s, t, when, iso, lead, blocks, views = a
    body = "".join("<p>%s</p>" % esc(b[1]) if b[0] == "p" else table_html(b[1], b[2], cls="table") for b in blocks)
    others = "".join('<li><a href="%s">%s</a> <i>(%s)</i></li>' % (href(apath(x[0], x[1])), esc(x[2]), x[3][:10]) for x in ARTS if x[0] != i)
    return """<div class="detail"><h2 class="title">%s</h2><div class="meta"><span class="date">%s</span> <span class="views">Lượt xem: %d</span></div>
<div class="sapo"><strong>%s</strong></div><div class="content">%s</div>
<div class="tools"><a href="/tin-tuc/in/%d">In bài</a> <a href="javascript:void(0)">Chia sẻ Facebook</a></div>
<div class="tinkhac"><h4>Tin khác</h4><ul>%s</ul></div></div>""" % (esc(t), when, views, esc(lead), body, i, others)


for a in ARTS:
    i, s, t, when, iso, lead, blocks, views = a
    texts = [lead] + [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][1], tb[0][2][0][0], tb[0][2][2][2], ph(texts[1], 0, 7)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(lead, 1, 9), ph(texts[1], 0, 6), ph(lead, -6)], []
    crumbs = [("Trang chủ", "/"), ("Tin tức", LIST), (t, apath(i, s))]
    P.article(apath(i, s), shell(t, detail(a), apath(i, s), crumbs), t, iso, texts, must, extra)
# the PAR article is also served under its short URL (linked from the home page); canonical names the slugged one
par = ARTS[3]
P.page("/tin-tuc/%d" % par[0], shell(par[2], detail(par), apath(par[0], par[1])), kind="alt")
for i, s, t, f in NOTICES:
    P.page(apath(i, s), shell(t, '<div class="detail"><h2 class="title">%s</h2><div class="content"><p><a href="%s">Tải về</a></p></div></div>' % (esc(t), href(f)), apath(i, s)))
items = [(apath(a[0], a[1]), a[2], a[3], a[5]) for a in ARTS] + [(apath(n[0], n[1]), n[2], "", "") for n in NOTICES]


def lst(L):
    return "".join('<div class="item"><a href="%s"><h3>%s</h3></a><span>%s</span><p>%s</p></div>' % (href(p), esc(t), w[:10], esc(s[:170])) for p, t, w, s in L)


pg = '<ul class="pagination"><li><a href="%s">1</a></li><li><a href="%s">2</a></li></ul>' % (href(LIST), href(LIST2))
P.page("/", shell("Trang chủ", '<div class="hot"><a href="/tin-tuc/%d">%s</a></div>' % (par[0], esc(par[2])) + lst(items[:3]) + lst(items[-1:]) + '<a href="%s">Xem tất cả</a>' % href(LIST)))
P.page(LIST, shell("Cải cách hành chính", lst(items[:4]) + pg, crumbs=[("Trang chủ", "/")]))
P.page(LIST2, shell("Cải cách hành chính", lst(items[4:]) + pg, crumbs=[("Trang chủ", "/")]))
P.page("/lien-he", shell("Liên hệ", "<h2>Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Cái Nước, khóm 1, thị trấn Cái Nước.</p>"))
P.write()
