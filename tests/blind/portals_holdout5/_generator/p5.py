"""p5 — huyện Diên Khánh (Khánh Hòa): NukeViet eGovernment news module.
Hard cases: every page served in NFD (decomposed) Unicode, weekday-dash date 'Thứ năm - 14/03/2024 09:15',
hidden microdata, hometext lead outside the bodytext, figure/figcaption, 'Tác giả:'/'Nguồn tin:' after the body,
rating 'Xếp hạng … phiếu bầu', ul.counter with ',' separators in the sidebar, breadcrumb 'Trang nhất'."""
import unicodedata, datetime
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "huyện Diên Khánh", "Khánh Hòa"
CAT = "/tin-tuc/cai-cach-hanh-chinh"
L, L2 = CAT, CAT + "/page-2"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2024, "IV", 2650, 140, 1880, 588, 9, 173, 2011, 58, "Phan Văn Đức")
arts.append(Article(CAT + "/dien-khanh-ket-qua-giai-quyet-tthc-quy-iv-2024-1184.html", t, "2025-01-09", ps, must, lead=lead))
t, ps, must = C.par_index(PLACE, PROV, 2023, "86,51", 2, 9, "90,03", 1, "Trần Nhật Tân")
arts.append(Article(CAT + "/dien-khanh-xep-thu-2-9-ve-chi-so-cchc-1179.html", t, "2024-12-19", ps, must, lead=ps[0]))
arts[-1].paras = ps[1:]
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Diên An", "Thị trấn Diên Khánh", "Xã Suối Hiệp", "Xã Diên Sơn"], "Lê Thị Thu Hà")
arts.append(Article(CAT + "/cap-xa-giai-quyet-ho-so-6-thang-dau-nam-1150.html", t, "2024-07-15", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("hoc", 85, "Nguyễn Bảo Ngọc", "2024-12-02"), ("lut", 1200, "Võ Văn Hậu", "2024-11-08"), ("so", 3120, "Lê Quang Huy", "2024-10-21")]):
    t, ps, must = C.news(k, PLACE, n, who)
    arts.append(Article(CAT + "/%s-%d.html" % (["trao-hoc-bong", "phong-chong-thien-tai", "chuyen-doi-so"][i], 1170 - i * 6), t, d, ps, must))
arts.sort(key=lambda a: a.published, reverse=True)
notices = [(CAT + "/thong-bao-lich-lam-viec-bo-phan-mot-cua-dip-tet-1190.html", "Thông báo lịch làm việc của Bộ phận Một cửa dịp Tết Nguyên đán", "/uploads/news/2025_01/lich-tet.pdf")]
FURN = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại", "Tổng lượt truy cập", "Xếp hạng:", "phiếu bầu",
        "Click để đánh giá bài viết", "Những tin mới hơn", "Những tin cũ hơn", "Trang nhất", "Giới thiệu bài viết cho bạn bè", "Lưu bài viết này"]
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def page(title, main):
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - Cổng thông tin điện tử huyện Diên Khánh</title></head><body>
<header><a href="/">Trang nhất</a> <a href="/gioi-thieu/">Giới thiệu</a> <a href="%s">Cải cách hành chính</a> <a href="/van-ban/">Văn bản</a></header>
<div class="container"><div class="col-md-16">%s</div><div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê</div>
<ul class="counter"><li><span>Đang truy cập</span><span>38</span></li><li><span>Máy chủ tìm kiếm</span><span>5</span></li><li><span>Khách viếng thăm</span><span>33</span></li>
<li><span>Tháng hiện tại</span><span>48,207</span></li><li><span>Tổng lượt truy cập</span><span>2,904,113</span></li></ul></div></div></div>
<footer>© Cổng thông tin điện tử huyện Diên Khánh. Địa chỉ: số 1 Lạc Long Quân, thị trấn Diên Khánh.</footer></body></html>""" % (esc(title), L, main)


def art_page(a, idx):
    y, m, d = map(int, a.published.split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    crumb = '<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="%s">Cải cách hành chính</a></li></ul>' % L
    inner = crumb + '<div class="news_column" itemscope itemtype="http://schema.org/NewsArticle"><h1 class="title">%s</h1>' % esc(a.title)
    inner += '<span class="hidden" itemprop="datePublished">%04d-%02d-%02dT07:%02d:00+07:00</span>' % (y, m, d, idx * 3)
    inner += '<span class="h5">%s - %02d/%02d/%04d 07:%02d</span>' % (wd, d, m, y, idx * 3)
    inner += '<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="/sendmail/">✉</a></li><li><a title="In ra" href="/print/">⎙</a></li><li><a title="Lưu bài viết này" href="/savefile/">⬇</a></li></ul>'
    if a.lead:
        inner += '<div class="hometext">%s</div>' % esc(a.lead)
    inner += '<figure class="article"><img src="/uploads/news/anh-%d.jpg"><figcaption>Quang cảnh buổi làm việc tại trụ sở</figcaption></figure>' % idx
    inner += '<div id="news-bodyhtml" class="bodytext">%s</div>' % body_html(a)
    inner += '<p class="text-right"><strong>Tác giả: </strong>Thanh Tâm</p><p class="text-right"><strong>Nguồn tin: </strong>Văn phòng HĐND và UBND huyện</p>'
    inner += '<div class="rating">Xếp hạng: 4 - 12 phiếu bầu <span>Click để đánh giá bài viết</span></div></div>'
    inner += '<div class="news_column"><p>Những tin mới hơn</p><ul>%s</ul><p>Những tin cũ hơn</p><ul>%s</ul></div>' % (
        "".join('<li><a href="%s">%s</a> (%s)</li>' % (b.path, esc(b.title), b.published[8:] + "/" + b.published[5:7] + "/" + b.published[:4]) for b in arts[:idx]),
        "".join('<li><a href="%s">%s</a> (%s)</li>' % (b.path, esc(b.title), b.published[8:] + "/" + b.published[5:7] + "/" + b.published[:4]) for b in arts[idx + 1:]))
    return page(a.title, inner)


def listing(items, pager):
    return page("Cải cách hành chính", "".join('<div class="news-item"><h3><a href="%s">%s</a></h3></div>' % (p, esc(t)) for p, t in items) + '<ul class="pagination">%s</ul>' % pager)


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=utf-8"
D = lambda s: unicodedata.normalize("NFD", s)
pages = [("/", D(page("Trang nhất", "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t in items[:3]))), 200, H, "utf-8"),
         (L, D(listing(items[:4], '<li>1</li><li><a href="%s">2</a></li>' % L2)), 200, H, "utf-8"),
         (L2, D(listing(items[4:], '<li><a href="%s">1</a></li><li>2</li>' % L)), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, D(art_page(a, i)), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, D(page(t, '<h1 class="title">%s</h1><p><a href="%s">Tải tệp đính kèm</a></p>' % (esc(t), f))), 200, H, "utf-8"))
pages.append(("/gioi-thieu/", D(page("Giới thiệu", "<p>Diên Khánh nằm ở phía tây thành phố Nha Trang, có thành cổ Diên Khánh được xếp hạng di tích quốc gia.</p>")), 200, H, "utf-8"))
write_portal("p5_dienkhanh_nukeviet", {"name": "Cổng thông tin điện tử huyện Diên Khánh", "district": "Diên Khánh", "province": PROV,
             "platform": "NukeViet"}, pages, arts, [notices[0][0], "/gioi-thieu/", L, L2, "/"], FURN)
