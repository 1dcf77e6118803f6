"""Portal 2: Liferay 6.1 Bkav portal_egov (huyện Ba Tơ, Quảng Ngãi).
Hard cases: visit counter laid out as a small table in the side column, social panel with
"Thứ Bẩy, ngày dd/MM/yyyy HH:ss" date and A-/A+/Email, bold abstract (lead) outside asset-content,
"Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM), urlTitle with đ dropped, quarterly series by office."""
from common import *

P = Portal("p2_bkav_bato", "Cổng thông tin điện tử huyện Ba Tơ", "Ba Tơ", "Quảng Ngãi", "Liferay 6.1 Bkav portal_egov")
INST = "Hq7RzP2mWb4K"
BASE = "/web/guest/tin-tuc-su-kien"
LIST2 = BASE + "?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&p_p_state=normal&_101_INSTANCE_%s_cur=2&_101_INSTANCE_%s_delta=5" % (INST, INST, INST)
WEEK = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]
MENU = [("Trang chủ", "/"), ("Giới thiệu chung", "/web/guest/gioi-thieu"), ("Tin tức sự kiện", BASE),
        ("Chỉ đạo điều hành", "/web/guest/chi-dao-dieu-hanh"), ("Dịch vụ công", "/web/guest/dich-vu-cong"), ("Sơ đồ cổng", "/web/guest/so-do-cong")]
COUNTER = [("Tổng số lượt truy cập", "3915072"), ("Số người đang truy cập", "214"), ("Hôm nay", "2877"), ("Tháng này", "61530")]
P.furniture += [m for m, _ in MENU] + [x for r in COUNTER for x in r] + ["Thống Kê Truy Cập", "Tin mới hơn", "Tin cũ hơn", "A-", "A+",
    "Cơ quan chủ quản: Ủy ban nhân dân huyện Ba Tơ", "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện"]


def shell(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<li><a href="%s"><span>%s</span></a></li>' % (href(l), esc(m)) for m, l in MENU)
    counter = ('<section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><header class="portlet-topper"><h1 class="portlet-title">'
               '<span class="portlet-title-text">Thống Kê Truy Cập</span></h1></header><div class="portlet-content">'
               '<div class="visit-counter-data-container-style-2"><table class="visit-counter-content">%s</table></div></div></section>') % "".join(
        '<tr><td class="counter-label">%s</td><td class="counter-value">%s</td></tr>' % (esc(a), b) for a, b in COUNTER)
    return """<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>%s - Cổng thông tin điện tử huyện Ba Tơ</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />%s
<link href="/portal-ba-to-theme/css/main.css" rel="stylesheet" type="text/css" /></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site"><div id="wrapper">
<header id="banner" role="banner"><div class="site-title">Cổng thông tin điện tử huyện Ba Tơ</div>
<nav class="sort-pages modify-pages" id="navigation"><ul>%s</ul></nav></header>
<div id="content"><div class="portlet-layout"><div class="aui-w70 portlet-column portlet-column-first" id="column-1">%s</div>
<div class="aui-w30 portlet-column portlet-column-last" id="column-2">%s
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Liên kết website</span></h1></header>
<div class="portlet-content"><select><option>Cổng thông tin tỉnh Quảng Ngãi</option></select></div></section></div></div></div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ba Tơ</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Địa chỉ: thị trấn Ba Tơ, huyện Ba Tơ, tỉnh Quảng Ngãi</p></footer></div></body></html>""" % (esc(title), can, menu, main, counter)


OFFICES = ["Văn phòng HĐND và UBND huyện", "Phòng Tài nguyên và Môi trường", "Phòng Tư pháp", "Phòng Lao động - Thương binh và Xã hội"]
HEAD = ["Cơ quan", "Tổng hồ sơ", "Đúng hạn", "Chậm trả"]
ARTS = []  # (title, datetime tuple (y,m,d,H,M,S), weekday idx, abstract, blocks)
for q, (d, wd, seed, tail) in enumerate([((2023, 10, 7, 9, 12, 31), 5, 21, "Ban Chỉ đạo CCHC huyện sẽ kiểm tra đột xuất tại các cơ quan có hồ sơ chậm trả trong quý IV."),
                                         ((2024, 1, 12, 15, 4, 50), 4, 22, "Riêng quý IV, nhiều hồ sơ đất đai phải gia hạn do chờ kết quả đo đạc của Văn phòng đăng ký đất đai."),
                                         ((2024, 4, 8, 10, 30, 5), 0, 23, "Huyện giao các phòng chuyên môn tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận.")]):
    rows = series_rows(OFFICES, seed, 30, 260)
    qn = ["III/2023", "IV/2023", "I/2024"][q]
    rec = sum(int(r[1].replace(".", "")) for r in rows) + 900 + 41 * q
    online = rec * 3 // 10
    postal = 40 + 7 * q
    absr = "Quý %s, các cơ quan, đơn vị trên địa bàn huyện Ba Tơ tiếp nhận %s hồ sơ thủ tục hành chính; tỷ lệ giải quyết đúng hạn đạt %s." % (qn, vn(rec), pct(98.1 + q * 0.6))
    blocks = [("p", "Trong số hồ sơ tiếp nhận, có %s hồ sơ nộp trực tuyến và %d hồ sơ gửi qua dịch vụ bưu chính công ích." % (vn(online), postal)),
              ("p", "Kết quả tại các phòng, ban cấp huyện được tổng hợp trong bảng sau:"),
              ("t", HEAD, rows),
              ("p", "Ở cấp xã, Bộ phận tiếp nhận và trả kết quả của 19 xã, thị trấn đã giải quyết xong %s hồ sơ, chủ yếu là chứng thực bản sao và đăng ký hộ tịch." % vn(rec // 2 + 113)),
              ("p", tail)]
    ARTS.append(("Kết quả giải quyết thủ tục hành chính quý %s của huyện Ba Tơ" % qn, d, wd, absr, blocks))
ARTS.append(("Chỉ số DDCI năm 2023: Ba Tơ tăng 3 bậc", (2024, 3, 2, 8, 45, 12), 5,
             "Theo kết quả công bố Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023, huyện Ba Tơ đạt 66,85 điểm.",
             [("p", "Với số điểm này, huyện xếp thứ 8/13 huyện, thị xã, thành phố, tăng 3 bậc so với năm 2022."),
              ("p", "Các chỉ số thành phần về chi phí thời gian và tính minh bạch cải thiện rõ; chỉ số hỗ trợ doanh nghiệp vẫn ở nhóm thấp."),
              ("p", "Chủ tịch UBND huyện Đinh Văn Lự yêu cầu các phòng chuyên môn đối thoại định kỳ với doanh nghiệp và hợp tác xã ít nhất hai lần mỗi năm.")]))
ARTS.append(("Hội Nông dân xã Ba Điền tập huấn kỹ thuật trồng quế", (2024, 3, 19, 14, 2, 44), 1,
             "Hơn 60 hội viên nông dân xã Ba Điền vừa được hướng dẫn kỹ thuật ươm giống và chăm sóc quế dưới tán rừng.",
             [("p", "Cán bộ Trạm Khuyến nông huyện trực tiếp xuống vườn hướng dẫn cách bóc vỏ quế đúng mùa để không làm chết cây."),
              ("p", "Theo Hội Nông dân xã, diện tích quế của bà con hiện khoảng 140 ha, phần lớn trồng xen với keo."),
              ("p", "Phạm Thị Hoài Thu")]))
ARTS.append(("Đoàn kiểm tra CCHC làm việc tại xã Ba Thành", (2024, 4, 16, 9, 0, 27), 1,
             "Ngày 15/4, đoàn kiểm tra công tác cải cách hành chính của huyện do Phó Chủ tịch UBND huyện Phạm Văn Đông làm trưởng đoàn đã làm việc tại xã Ba Thành.",
             [("p", "Đoàn ghi nhận xã niêm yết công khai đầy đủ thủ tục, song việc cập nhật hồ sơ lên hệ thống một cửa điện tử còn chậm, có hồ sơ nhập sau khi đã trả kết quả.")]))
NOTICES = [("Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Ba Vì", "/documents/10181/0/TB-45-UBND.pdf"),
           ("Thông báo thời gian làm việc mùa hè năm 2024", "/documents/10181/0/TB-gio-lam-viec-he.pdf")]


def apath(t):
    return BASE + "/-/asset_publisher/%s/content/%s" % (INST, liferay_slug(t))


def body(blocks):
    o = []
    for b in blocks:
        o.append("<p>%s</p>" % esc(b[1]) if b[0] == "p" else table_html(b[1], b[2], attrs=' border="1" style="width:100%"'))
    return "".join(o)


def fmt(d, wd):
    y, m, dd, H, M, S = d
    return "%s, ngày %02d/%02d/%d %02d:%02d" % (WEEK[wd], dd, m, y, H, S)  # platform bug: seconds where minutes belong


order = sorted(range(len(ARTS)), key=lambda k: ARTS[k][1])
for k, (t, d, wd, absr, blocks) in enumerate(ARTS):
    pos = order.index(k)
    newer = [ARTS[j] for j in order[pos + 1:]][:3]
    older = [ARTS[j] for j in order[:pos]][::-1][:3]
    li = lambda L: "".join('<li><a href="%s">%s</a> <span>(%02d/%02d)</span></li>' % (href(apath(a[0])), esc(a[0]), a[1][2], a[1][1]) for a in L)
    main = """<section class="portlet" id="portlet_101_INSTANCE_%s"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin tức sự kiện</span></h1></header>
<div class="portlet-content"><div class="asset_publisher_view_full_content"><h3 class="asset_title">%s</h3>
<div class="social-panel"><span class="publish-date">%s</span><span class="tools"><a href="mailto:?subject=%s" class="sendMail">Email</a> <a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-up">A+</a></span></div>
<div class="asset-abstract"><b>%s</b></div><div class="asset-content">%s</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>%s</ul></div><div class="older"><h4>Tin cũ hơn</h4><ul>%s</ul></div></div></div></div></section>""" % (
        INST, esc(t), fmt(d, wd), liferay_slug(t)[:20], esc(absr), body(blocks), li(newer), li(older))
    texts = [absr] + [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    extra = cells(tb[0][1], tb[0][2]) if tb else []
    if tb:
        must = [tb[0][1][3], tb[0][2][2][0], tb[0][2][0][1], ph(texts[3], 0, 9)]
    else:
        must = [ph(texts[1], 0, 8), ph(texts[-1], 2, 10), ph(texts[0], 1, 7)]
    P.article(apath(t), shell(t, main, apath(t)), t, "%04d-%02d-%02d" % d[:3], texts, must, extra)

for t, f in NOTICES:
    P.page(apath(t), shell(t, '<div class="asset_publisher_view_full_content"><h3 class="asset_title">%s</h3><div class="asset-content"><p><a href="%s">Tải về văn bản</a></p></div></div>' % (esc(t), href(f)), apath(t)))

items = [(a[0], a[1], a[3]) for a in ARTS] + [(n[0], (2024, 2, 27, 0, 0, 0), "") for n in NOTICES]
items.sort(key=lambda x: x[1], reverse=True)


def abstracts(L):
    return "".join('<div class="asset-abstract"><img src="/image/journal/article?img_id=%d" width="180" height="100" alt="" /><span class="asset-category-name">Tin tức sự kiện</span> '
                   '<a href="%s" class="asset-title">%s</a> <span class="asset-publish-date">%02d-%02d-%04d</span><div class="asset-sumary">%s</div></div>' % (
                       9100 + i, href(apath(t)), esc(t), d[2], d[1], d[0], esc(s)) for i, (t, d, s) in enumerate(L))


pager = '<div class="search-paginator"><a href="%s">Đầu</a> <a href="%s">Sau</a></div>' % (href(BASE), href(LIST2))
P.page("/", shell("Trang chủ", '<section class="portlet"><div class="portlet-content">%s<a href="%s">Xem thêm</a></div></section>' % (abstracts(items[:5]), href(BASE))))
P.page(BASE, shell("Tin tức sự kiện", abstracts(items[:5]) + pager))
P.page(LIST2, shell("Tin tức sự kiện", abstracts(items[5:]) + pager))
P.page("/web/guest/gioi-thieu", shell("Giới thiệu chung", "<h3>Huyện Ba Tơ</h3><p>Huyện miền núi phía Tây Nam tỉnh Quảng Ngãi, có 19 xã, thị trấn.</p><p>Điện thoại Văn phòng: 0255.3863.xxx</p>"))
P.write()
