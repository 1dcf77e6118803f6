"""p10 — huyện Quỳ Hợp (Nghệ An): bespoke ASP.NET MVC site (/tin-tuc/chi-tiet/<id>/<slug>, ?page=2).
Hard cases: no h1 at all (site name in a div, section heading in an h2, headline in an h4), the lead in its own div
outside the content, the date written in words 'Thứ Sáu, ngày 11 tháng 7 năm 2025', a digit-per-span online counter
in the sidebar, 'Tin đọc nhiều' list with dates, font-size buttons and a print link that 404s,
one article with no date at all, image caption 'Ảnh: …' as a plain paragraph inside the body."""
import datetime
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "huyện Quỳ Hợp", "Nghệ An"
def U(i, slug):
    return "/tin-tuc/chi-tiet/%d/%s" % (i, slug)
L, L2 = "/tin-tuc/cai-cach-hanh-chinh", "/tin-tuc/cai-cach-hanh-chinh?page=2"
PFX = ""
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "II", 1780, 96, 1190, 452, 12, 126, 1288, 45, "Lô Văn Thành")
t = "Quỳ Hợp giảm mạnh hồ sơ trễ hạn trong quý II/2025"
arts.append(Article(U(6021, "quy-hop-giam-manh-ho-so-tre-han-quy-ii"), t, "2025-07-11", ps, must, lead=PFX + lead))
t, ps, must = C.par_index(PLACE, PROV, 2024, "80,45", 4, 8, "84,90", 2, "Trần Quốc Việt")
arts.append(Article(U(6010, "quy-hop-xep-thu-4-chi-so-cchc"), t, "2025-06-30", ps[1:], must, lead=PFX + ps[0]))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2025, ["Xã Châu Quang", "Thị trấn Quỳ Hợp", "Xã Tam Hợp", "Xã Châu Hồng", "Xã Nghĩa Xuân"], "Vi Thị Hoa")
arts.append(Article(U(5998, "cap-xa-quy-hop-giai-quyet-ho-so"), t, "2025-06-23", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("bo", 52, "Lô Thị Xuân", "2025-06-16"), ("duong", 1800, "Sầm Văn Bảy", None), ("lua", 58, "Nguyễn Hữu Lộc", "2025-05-30")]):
    t, ps, must = C.news(k, PLACE, n, who)
    if k == "duong":
        ps.insert(2, "Ảnh: lãnh đạo huyện cắt băng khánh thành công trình")
    arts.append(Article(U(5990 - i * 7, ["nuoi-bo-vo-beo", "khanh-thanh-duong-lien-thon", "thu-hoach-lua"][i]), t, d, ps, must))
notices = [(U(6015, "thong-bao-dau-gia-quyen-su-dung-dat"), "Thông báo đấu giá quyền sử dụng đất tại thị trấn Quỳ Hợp", "/Uploads/files/tb-dau-gia.pdf")]
FURN = ["Cổng thông tin điện tử huyện Quỳ Hợp", "Đang truy cập", "Tổng lượt xem", "Tin đọc nhiều", "Cỡ chữ:", "In trang", "Bản quyền thuộc UBND huyện Quỳ Hợp"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def dm(a):
    return "/".join(reversed(a.published.split("-"))) if a.published else ""


def page(title, main):
    spans = lambda n: "".join("<span class=\"d\">%s</span>" % c for c in n)
    top = "".join('<li><a href="%s">%s</a> <small>%s</small></li>' % (a.path, esc(a.title), dm(a)) for a in arts if a.published)
    return """<!DOCTYPE html><html><head><meta charset="utf-8" /><title>%s | Quỳ Hợp</title></head><body>
<header><div class="site-name">Cổng thông tin điện tử huyện Quỳ Hợp</div><nav><a href="/">Trang chủ</a> <a href="%s">Cải cách hành chính</a> <a href="/gioi-thieu">Giới thiệu</a></nav></header>
<div class="container"><div class="main">%s</div><div class="side"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>%s</ul></div>
<div class="box stats"><div>Đang truy cập: %s</div><div>Tổng lượt xem: %s</div></div></div></div>
<footer>Bản quyền thuộc UBND huyện Quỳ Hợp. Địa chỉ: khối 9, thị trấn Quỳ Hợp, tỉnh Nghệ An.</footer></body></html>""" % (esc(title), L, main, top, spans("52"), spans("3390417"))


def art_page(a, idx):
    inner = '<h2 class="section-heading">Cải cách hành chính</h2><h4 class="post-title">%s</h4>' % esc(a.title)
    if a.published:
        y, m, d = map(int, a.published.split("-"))
        inner += '<div class="post-meta">%s, ngày %d tháng %d năm %d</div>' % (WD[datetime.date(y, m, d).weekday()], d, m, y)
    inner += '<div class="tools">Cỡ chữ: <a href="#">+</a> <a href="#">-</a> <a href="%s">In trang</a></div>' % (a.path + "/in")
    if a.lead:
        inner += '<div class="post-sapo"><strong>%s</strong></div>' % esc(a.lead)
    inner += '<div class="post-body">%s</div>' % body_html(a)
    return page(a.title, inner)


def listing(items, pager):
    return page("Cải cách hành chính", '<div class="section-heading">Cải cách hành chính</div>' + "".join('<div class="item"><h3><a href="%s">%s</a></h3></div>' % (p, esc(t)) for p, t in items) + '<ul class="pagination">%s</ul>' % pager)


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=utf-8"
pages = [("/", page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t in items[:3]) + '<a href="%s">Xem thêm</a>' % L), 200, H, "utf-8"),
         (L, listing(items[:4], '<li class="active">1</li><li><a href="%s">2</a></li>' % L2), 200, H, "utf-8"),
         (L2, listing(items[4:], '<li><a href="%s">1</a></li><li class="active">2</li>' % L), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, art_page(a, i), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, '<h2 class="post-title">%s</h2><p><a href="%s">Tải tệp đính kèm</a></p>' % (esc(t), f)), 200, H, "utf-8"))
pages.append(("/gioi-thieu", page("Giới thiệu", "<p>Quỳ Hợp là huyện miền núi phía tây bắc tỉnh Nghệ An, nổi tiếng với đá trắng và cam.</p>"), 200, H, "utf-8"))
write_portal("p10_quyhop_aspnetmvc", {"name": "Cổng thông tin điện tử huyện Quỳ Hợp", "district": "Quỳ Hợp", "province": PROV,
             "platform": "bespoke ASP.NET MVC"}, pages, arts, [notices[0][0], "/gioi-thieu", L, L2, "/"], FURN)
