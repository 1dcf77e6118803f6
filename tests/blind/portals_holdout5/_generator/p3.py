"""p3 — xã Thái Bình (huyện Yên Sơn, Tuyên Quang): commune sub-site of a provincial VNPT dsnews Liferay platform.
Hard cases: date only in a 'Cập nhật:' stamp after the text (time first), one article with no date at all while
the header shows today's date, a view counter inside the article container, image with a caption line,
print links that 404, long p_p_id URLs with &amp;."""
from common import Article, write_portal, esc, body_html
import content as C

PLACE, PROV = "xã Thái Bình", "Tuyên Quang"
NS = "_dsnews_WAR_vnpteportalnewsportlet_"
SITE = "/web/xa-thai-binh"
L = SITE + "/tin-tuc"
def U(i):
    return L + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%sarticleId=%d&%smode=detail" % (NS, i, NS)
L2 = L + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%scur=2&%sdelta=4" % (NS, NS)
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "xã", 2025, "III", 412, 9, 288, 101, 0, 14, 307, 12, "Hoàng Văn Thịnh")
ps[3] = "Trong quý không có hồ sơ nào bị trả lại do thiếu thành phần, nhờ công chức một cửa hướng dẫn kỹ từ khâu tiếp nhận."
arts.append(Article(U(870412), t, "2025-10-03", ps, must, lead=lead))
t = "Xã Thái Bình nâng tỷ lệ hồ sơ trực tuyến lên 74,5%"
ps = ["Chín tháng năm 2025, Bộ phận tiếp nhận và trả kết quả xã Thái Bình tiếp nhận 1.206 hồ sơ, trong đó 899 hồ sơ nộp trực tuyến, đạt 74,5%.",
      "Tất cả 1.191 hồ sơ đã giải quyết đều đúng hoặc trước hạn; 15 hồ sơ chưa đến hạn trả kết quả.",
      "Xã bố trí một đoàn viên thanh niên trực tại bộ phận một cửa để giúp người dân quét giấy tờ và nộp hồ sơ trên điện thoại.",
      "Chủ tịch UBND xã Hoàng Văn Thịnh đặt mục tiêu đến cuối năm mọi thủ tục hộ tịch đều được nộp trực tuyến toàn trình."]
arts.append(Article(U(870377), t, "2025-10-10", ps, ["đạt 74,5%", "15 hồ sơ chưa đến hạn", "trực tuyến toàn trình"]))
t, ps, rows, cell, must = C.cchc_table("huyện Yên Sơn", 2025, ["Xã Thái Bình", "Xã Tiến Bộ", "Xã Lang Quán", "Xã Chân Sơn"], "Ma Thị Nguyệt")
arts.append(Article(U(869950), t, "2025-07-18", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("so", 2140, "Nông Văn Quyết", "2025-09-24"), ("le", 3000, "Hà Văn Chính", None), ("ho", 7, "Triệu Văn Sáng", "2025-09-02")]):
    t, ps, must = C.news(k, PLACE, n, who)
    arts.append(Article(U(869800 - i * 31), t, d, ps, must))
arts.sort(key=lambda a: a.published or "2025-08-20", reverse=True)
notices = [(U(870001), "Thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2025", "/documents/20182/niem-yet-ho-ngheo.pdf"),
           (U(869990), "Thông báo nghỉ lễ Quốc khánh 2/9", "/documents/20182/nghi-le.pdf")]
FURN = ["Lượt xem:", "In bài", "Cổng thông tin điện tử tỉnh Tuyên Quang", "Trang thông tin điện tử xã Thái Bình",
        "Hôm nay, ngày 04/12/2026", "Đơn vị quản lý: UBND xã Thái Bình", "Giấy phép số"]


def page(title, main):
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>%s</title></head><body>
<div class="top-bar"><span class="today">Hôm nay, ngày 04/12/2026</span> <a href="/">Cổng thông tin điện tử tỉnh Tuyên Quang</a></div>
<div class="site-name">Trang thông tin điện tử xã Thái Bình</div>
<nav><a href="%s">Trang chủ</a> <a href="%s">Tin tức</a> <a href="%s/gioi-thieu">Giới thiệu</a> <a href="%s/lien-he">Liên hệ</a></nav>
<div id="layout-column_column-2"><div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_">%s</div></div>
<footer><p>Đơn vị quản lý: UBND xã Thái Bình</p><p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp</p></footer></body></html>""" % (esc(title), SITE, L, SITE, SITE, main)


def art_page(a, idx):
    inner = '<div class="news-detail"><h2 class="news-title">%s</h2><div class="news-meta">Lượt xem: %d <a href="%s">In bài</a></div>' % (esc(a.title), 150 + idx * 53, esc(a.path + "&" + NS + "print=true"))
    if a.lead:
        inner += '<div class="news-lead"><strong>%s</strong></div>' % esc(a.lead)
    inner += '<div class="news-image"><img src="/image/journal/article?img_id=%d" /><div class="img-caption">Ảnh minh họa do cơ sở cung cấp</div></div>' % (idx + 1)
    inner += '<div class="news-content">%s</div>' % body_html(a)
    if a.published:
        y, m, d = a.published.split("-")
        inner += '<div class="news-update">Cập nhật: 09:%02d %s/%s/%s</div>' % (idx * 5, d, m, y)
    inner += '</div>'
    return page(a.title, inner)


def listing(items, pager):
    return page("Tin tức", '<div class="news-list">' + "".join('<div class="news-item"><a href="%s">%s</a></div>' % (esc(p), esc(t)) for p, t in items) + '</div><div class="pager">%s</div>' % pager)


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=utf-8"
pages = [("/", page("Trang chủ", '<p><a href="%s">Trang thông tin xã Thái Bình</a></p>' % SITE), 200, H, "utf-8"),
         (SITE, page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t in items[:2]) + '<a href="%s">Tin tức</a>' % L), 200, H, "utf-8"),
         (L, listing(items[:4], '<b>1</b> <a href="%s">2</a>' % esc(L2)), 200, H, "utf-8"),
         (L2, listing(items[4:], '<a href="%s">1</a> <b>2</b>' % esc(L)), 200, H, "utf-8")]
for i, a in enumerate(arts):
    pages.append((a.path, art_page(a, i), 200, H, "utf-8"))
for p, t, f in notices:
    pages.append((p, page(t, '<h2 class="news-title">%s</h2><p>Tệp đính kèm: <a href="%s">tải về</a></p>' % (esc(t), f)), 200, H, "utf-8"))
pages.append((SITE + "/lien-he", page("Liên hệ", "<p>UBND xã Thái Bình, huyện Yên Sơn, tỉnh Tuyên Quang.</p><p>Điện thoại: 0207 3890 456</p>"), 200, H, "utf-8"))
write_portal("p3_thaibinh_vnpt_dsnews", {"name": "Trang thông tin điện tử xã Thái Bình", "district": "Yên Sơn", "province": PROV,
             "platform": "Liferay VNPT dsnews (commune sub-site)"}, pages, arts, [p for p, _, _ in notices] + [SITE + "/lien-he", L, L2, "/", SITE], FURN)
