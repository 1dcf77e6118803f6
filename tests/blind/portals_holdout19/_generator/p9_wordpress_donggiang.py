"""Portal 9: WordPress with dates in the permalink (huyện Đông Giang, Quảng Nam).
Hard cases: the only date of most posts is the one in the URL (/YYYY/MM/DD/slug/), one post shows
"Cập nhật lúc" with a later time only in a footer line of the entry, lead opening with a "(ĐG) -"
prefix, font-size and print widgets, "Bài viết liên quan" with dates, comment form, tag list,
footer widget counter "Truy cập hôm nay / Tổng số", quarterly series by commune."""
from common import *

P = Portal("p9_wordpress_donggiang", "Trang thông tin điện tử huyện Đông Giang", "Đông Giang", "Quảng Nam", "WordPress")
CAT = "/chuyen-muc/cai-cach-hanh-chinh/"
CAT2 = "/chuyen-muc/cai-cach-hanh-chinh/page/2/"
MENU = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("CCHC", CAT), ("Văn hóa - Du lịch", "/chuyen-muc/van-hoa-du-lich/"), ("Liên hệ", "/lien-he/")]
P.furniture += ["Văn hóa - Du lịch", "Cỡ chữ:", "In bài này", "Bài viết liên quan", "Để lại một bình luận", "Gửi bình luận", "Thẻ:",
                "Truy cập hôm nay:", "Tổng số lượt truy cập:", "1.604.772", "Trang thông tin điện tử huyện Đông Giang - Chịu trách nhiệm nội dung: Văn phòng HĐND và UBND huyện"]


def shell(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" /><meta property="og:url" content="http://{{HOST}}%s" />' % (href(canonical), href(canonical)) if canonical else ""
    menu = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (href(l), esc(m)) for m, l in MENU)
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>%s &#8211; Đông Giang</title>%s
<link rel="stylesheet" href="/wp-content/themes/donggiang/style.css" /></head><body class="post-template-default">
<header class="site-header"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2020/05/logo-dg.png" alt="" /></a><nav class="main-navigation"><ul class="menu">%s</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">%s</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Dịch vụ công</h2><a href="/dich-vu-cong/"><img src="/wp-content/uploads/2021/03/dvc.png" alt="" /></a></section></aside></div>
<footer class="site-footer"><section class="widget widget_counter"><p>Truy cập hôm nay: 917</p><p>Tổng số lượt truy cập: 1.604.772</p></section>
<div class="site-info">Trang thông tin điện tử huyện Đông Giang - Chịu trách nhiệm nội dung: Văn phòng HĐND và UBND huyện</div></footer></body></html>""" % (esc(title), can, menu, main)


COMMUNES = ["Thị trấn Prao", "Xã Ba", "Xã A Ting", "Xã Sông Kôn", "Xã Tà Lu"]
HEAD = ["Xã, thị trấn", "Tiếp nhận", "Đúng hạn", "Quá hạn"]
ARTS = []  # slug, title, (y,m,d), blocks, updated
for k, (qn, d, seed, p2) in enumerate([("I", (2023, 4, 10), 91, "Điểm mới trong quý là các xã đã dùng chữ ký số cho toàn bộ văn bản trả kết quả hộ tịch."),
                                       ("II", (2023, 7, 11), 92, "Huyện đã tổ chức lớp bồi dưỡng kỹ năng giao tiếp cho 34 công chức làm việc tại Bộ phận Một cửa."),
                                       ("III", (2023, 10, 9), 93, "Xã A Ting là đơn vị duy nhất có hồ sơ trễ hạn kéo dài, nguyên nhân do công chức địa chính nghỉ ốm dài ngày.")]):
    rows = series_rows(COMMUNES, seed, 10, 95)
    rows = [[r[0], r[1], vn(int(r[1].replace(".", "")) - (2 if (k == 2 and r[0] == "Xã A Ting") else 0)), "2" if (k == 2 and r[0] == "Xã A Ting") else "0"] for r in rows]
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 480
    blocks = [("p", "(ĐG) - Quý %s/2023, Bộ phận Một cửa huyện Đông Giang và 10 xã, thị trấn nhận %s hồ sơ; có %s hồ sơ nộp qua mạng và %d hồ sơ qua bưu điện." % (qn, vn(tot), vn(tot // 5), 9 + k)),
              ("p", "Tỷ lệ giải quyết đúng hạn toàn huyện đạt %s; không có hồ sơ phải xin lỗi công dân." % pct(98.4 + 0.5 * k) if k != 2 else "Tỷ lệ giải quyết đúng hạn toàn huyện đạt 97,9%; 2 hồ sơ phải gửi thư xin lỗi công dân."),
              ("p", "Số liệu 5 đơn vị cấp xã:"), ("t", HEAD, rows), ("p", p2)]
    ARTS.append(("dong-giang-ket-qua-mot-cua-quy-%s-2023" % qn.lower(), "Đông Giang: kết quả thực hiện một cửa quý %s/2023" % qn, d, blocks, None))
ARTS.append(("lien-thong-khai-sinh-thuong-tru-bhyt-tai-xa-ba", "Liên thông khai sinh, thường trú, BHYT tại xã Ba: người dân chỉ đến một lần", (2023, 8, 2), [
    ("p", "(ĐG) - Từ tháng 7/2023, xã Ba thí điểm nhận một bộ hồ sơ cho ba thủ tục đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em."),
    ("p", "Sau một tháng, xã đã giải quyết 27 bộ hồ sơ liên thông, thời gian trung bình 4 ngày làm việc."),
    ("p", "Anh Bhling Mai, ở thôn Ka Lừ, cho biết chỉ cần mang giấy chứng sinh lên xã, đến hẹn là nhận đủ kết quả.")], "02/08/2023 17:40"))
ARTS.append(("le-hoi-van-hoa-the-thao-cac-dan-toc-huyen-dong-giang", "Sôi nổi Lễ hội văn hóa thể thao các dân tộc huyện Đông Giang", (2023, 9, 4), [
    ("p", "(ĐG) - Lễ hội quy tụ hơn 600 vận động viên, nghệ nhân của 10 xã, thị trấn tranh tài ở các môn kéo co, đẩy gậy, bắn nỏ và múa tân tung da dá."),
    ("p", "Đội xã Sông Kôn giành giải nhất toàn đoàn.")], None))
ARTS.append(("thong-bao-ngung-cap-dien", "Tạm ngừng cấp điện khu vực thị trấn Prao ngày 15/9", (2023, 9, 12), [
    ("p", "Điện lực Đông Giang ngừng cấp điện từ 6 giờ đến 14 giờ ngày 15/9/2023 để bảo dưỡng đường dây, mong bà con thông cảm.")], None))
NOTICES = [("/thong-bao/thong-bao-tuyen-dung-hop-dong-lao-dong-2023/", "Thông báo tuyển dụng hợp đồng lao động năm 2023", "/wp-content/uploads/2023/09/TB-tuyen-dung.pdf")]


def apath(a):
    return "/%04d/%02d/%02d/%s/" % (a[2] + (a[0],))


for a in ARTS:
    slug, t, d, blocks, upd = a
    body = "".join("<p>%s</p>" % esc(b[1]) if b[0] == "p" else '<figure class="wp-block-table">%s</figure>' % table_html(b[1], b[2]) for b in blocks)
    rel = "".join('<li><a href="%s">%s</a> <span class="rel-date">%02d/%02d/%d</span></li>' % (href(apath(x)), esc(x[1]), x[2][2], x[2][1], x[2][0]) for x in ARTS if x is not a)[:2000]
    upd_html = '<p class="updated-stamp">Cập nhật lúc %s</p>' % upd if upd else ""
    main = """<article class="post type-post status-publish format-standard hentry category-cai-cach-hanh-chinh"><header class="entry-header"><h1 class="entry-title">%s</h1>
<div class="font-size">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> | <a href="%s?print=1">In bài này</a></div></header>
<div class="entry-content">%s</div><footer class="entry-footer">%s<span class="tags-links">Thẻ: <a href="/tag/dong-giang/">Đông Giang</a></span></footer></article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>%s</ul></div>
<div id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Gửi bình luận" /></form></div></div>""" % (
        esc(t), href(apath(a)), body, upd_html, rel)
    texts = [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][1], tb[0][2][3][0], tb[0][2][4][1], ph(texts[-1], 0, 8)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(texts[0], 3, 10), ph(texts[-1], 0, 5), ph(texts[0], -5)], []
    P.article(apath(a), shell(t, main, apath(a)), t, "%04d-%02d-%02d" % d, texts, must, extra)
for p, t, f in NOTICES:
    P.page(p, shell(t, '<article class="post"><h1 class="entry-title">%s</h1><div class="entry-content"><p><a href="%s">Tải tệp đính kèm</a></p></div></article>' % (esc(t), href(f)), p))
items = sorted([(apath(a), a[1], a[3][0][1], a[2]) for a in ARTS], key=lambda x: x[3], reverse=True)


def lst(L):
    return "".join('<article class="post"><h2 class="entry-title"><a href="%s">%s</a></h2><div class="entry-summary"><p>%s</p></div></article>' % (href(p), esc(t), esc(s[:140])) for p, t, s, _ in L)


nav = '<nav class="pagination"><a class="page-numbers" href="%s">1</a> <a class="page-numbers" href="%s">2</a> <a class="next page-numbers" href="%s">Sau</a></nav>' % (href(CAT), href(CAT2), href(CAT2))
P.page("/", shell("Trang chủ", lst(items[:3]) + '<a href="%s">Xem thêm</a><h2>Thông báo</h2><a href="%s">%s</a>' % (href(CAT), href(NOTICES[0][0]), esc(NOTICES[0][1]))))
P.page(CAT, shell("CCHC", lst(items[:4]) + nav))
P.page(CAT2, shell("CCHC", lst(items[4:]) + nav))
P.page("/gioi-thieu/", shell("Giới thiệu", '<article class="page"><h1 class="entry-title">Giới thiệu huyện Đông Giang</h1><div class="entry-content"><p>Huyện miền núi phía Tây tỉnh Quảng Nam, phần lớn dân số là đồng bào Cơ Tu.</p></div></article>'))
P.write()
