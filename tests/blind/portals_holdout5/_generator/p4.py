"""p4 — huyện Lạc Sơn (Hòa Bình): Liferay 7 custom CMS (articleId / categoryId render parameters).
Hard cases: category heading (h3) above the h1, lead outside the body (#leadDetail), an image title printing
'null', body written with named HTML entities mixed with raw UTF-8, a closing author paragraph,
'Lượt truy cập' box with '.' separators, a rating widget, 'Danh sách bài viết mới/cũ' with dates."""
from common import Article, write_portal, esc, body_html, ent
import content as C

PLACE, PROV = "huyện Lạc Sơn", "Hòa Bình"
P = "_cmsview_WAR_hoabinhportlet_"
def U(i, c=12):
    return "/web/lacson/chi-tiet?p_p_id=cmsview_WAR_hoabinhportlet&%sarticleId=%d&%scategoryId=%d" % (P, i, P, c)
L = "/web/lacson/danh-muc?p_p_id=cmsview_WAR_hoabinhportlet&%scategoryId=12" % P
L2 = L + "&%scur=2&%sdelta=4" % (P, P)
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "II", 3120, 205, 2104, 760, 11, 240, 2388, 133, "Bùi Văn Khánh")
ps.append("Bùi Hằng")
t = "Lạc Sơn: hơn 2.300 hồ sơ thủ tục hành chính nộp qua mạng trong quý II"
arts.append(Article(U(55210), t, "2025-07-08", ps, must, lead=lead))
t, ps, must = C.par_index(PLACE, PROV, 2024, "81,09", 3, 10, "88,72", 4, "Quách Thế Hùng")
ps.append("Minh Thu")
arts.append(Article(U(55190), t, "2025-06-27", ps, must))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2025, ["Xã Mỹ Thành", "Thị trấn Vụ Bản", "Xã Nhân Nghĩa", "Xã Ân Nghĩa", "Xã Tân Lập"], "Đinh Thị Hoa")
ps.append("Bùi Hằng")
arts.append(Article(U(55177), t, "2025-06-20", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("bo", 58, "Bùi Thị Lan", "2025-06-12"), ("mau", 186, "Quách Thị Mai", "2025-06-05"), ("lua", 62, "Bùi Văn Thắm", "2025-05-28")]):
    t, ps, must = C.news(k, PLACE, n, who)
    ps.append("Thanh Nga")
    arts.append(Article(U(55150 - i * 9), t, d, ps, must))
notices = [(U(55160, 15), "Thông báo kết quả lựa chọn nhà thầu gói thầu sửa chữa trụ sở xã", "/documents/lacson/ket-qua-lcnt.pdf")]
FURN = ["Lượt truy cập", "Tổng số truy cập:", "Trong tháng:", "Trong ngày:", "Tổng số trực tuyến :", "Đánh giá bài viết:",
        "Danh sách bài viết mới", "Danh sách bài viết cũ", "null", "Cổng thông tin điện tử huyện Lạc Sơn - tỉnh Hòa Bình"]


def page(title, main):
    return """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head><body>
<div class="header"><div class="logo">Cổng thông tin điện tử huyện Lạc Sơn - tỉnh Hòa Bình</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="%s">Cải cách hành chính</a></li><li><a href="/web/lacson/gioi-thieu">Giới thiệu</a></li></ul></div>
<div class="row"><div class="col-md-8">%s</div><div class="col-md-4">
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3><p><i class="fa fa-users"></i> Tổng số truy cập: 3.418.206</p>
<p><i class="fa fa-calendar"></i> Trong tháng: 51.774</p><p><i class="fa fa-clock"></i> Trong ngày: 1.902</p><p><i class="fa fa-signal"></i> Tổng số trực tuyến : 64</p></div></div></div>
<div class="footer">Cổng thông tin điện tử huyện Lạc Sơn - tỉnh Hòa Bình. Chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện.</div></body></html>""" % (esc(title), esc(L), main)


def dm(a):
    y, m, d = a.published.split("-")
    return "%s/%s/%s" % (d, m, y)


def art_page(a, idx):
    body = a.paras[:-1]
    inner = '<div class="box_border"><h3 class="title-list-news">Cải cách hành chính</h3><h1 id="titleDetail">%s</h1>' % esc(a.title)
    inner += '<span class="date_time">%s 15:%02d</span> <span class="tools"><i class="fa fa-font"></i><i class="fa fa-volume-up"></i></span>' % (dm(a), idx * 4)
    lead = a.lead or ""
    if lead:
        inner += '<div id="leadDetail">%s</div>' % ent(lead)
    inner += '<div class="lead-img"><img src="/documents/lacson/anh%d.jpg"><div class="img-title">null</div></div>' % idx
    tmp = Article(a.path, a.title, a.published, body, [], table=a.table, table_after=a.table_after)
    inner += '<div id="contentDetail">%s<p style="text-align:right"><strong>%s</strong></p></div>' % (body_html(tmp, enc=ent), ent(a.paras[-1]))
    inner += '<div class="rating">Đánh giá bài viết: <span class="stars"></span></div>'
    newer = "".join('<li><a href="%s">%s</a> (%s)</li>' % (esc(b.path), esc(b.title), dm(b)) for b in arts[:idx])
    older = "".join('<li><a href="%s">%s</a> (%s)</li>' % (esc(b.path), esc(b.title), dm(b)) for b in arts[idx + 1:])
    inner += '<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>%s</ul><h4>Danh sách bài viết cũ</h4><ul>%s</ul></div></div>' % (newer, older)
    return page(a.title, inner)


def listing(items, pager):
    return page("Cải cách hành chính", '<h3 class="title-list-news">Cải cách hành chính</h3>' + "".join('<div class="news-item"><a href="%s">%s</a> <span>%s</span></div>' % (esc(p), esc(t), d) for p, t, d in items) + '<div class="pager">%s</div>' % pager)


items = [(a.path, a.title, dm(a)) for a in arts] + [(p, t, "15/06/2025") for p, t, _ in notices]
H = "text/html; charset=utf-8"
pages = [("/", page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t, _ in items[:3])), 200, H, "utf-8"),
         (L, listing(items[:4], '<b>1</b> <a href="%s">2</a>' % esc(L2)), 200, H, "utf-8"),
         (L2, listing(items[4:], '<a href="%s">1</a> <b>2</b>' % esc(L)), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, art_page(a, i), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, '<h1 id="titleDetail">%s</h1><p><a href="%s">Tải văn bản</a></p>' % (esc(t), f)), 200, H, "utf-8"))
pages.append(("/web/lacson/gioi-thieu", page("Giới thiệu", "<p>Lạc Sơn là huyện vùng cao phía nam tỉnh Hòa Bình, nơi đồng bào Mường chiếm đa số.</p>"), 200, H, "utf-8"))
write_portal("p4_lacson_liferay7", {"name": "Cổng thông tin điện tử huyện Lạc Sơn", "district": "Lạc Sơn", "province": PROV,
             "platform": "Liferay 7 Hòa Bình CMS"}, pages, arts, [notices[0][0], "/web/lacson/gioi-thieu", L, L2, "/"], FURN)
