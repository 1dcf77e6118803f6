"""p2 — huyện Châu Đức, Bà Rịa - Vũng Tàu: Liferay 6.1 Bkav portal_egov.
Articles: /web/guest/tin-tuc-su-kien/-/asset_publisher/<id>/content/<urlTitle>
(urlTitle with đ/Đ dropped); listing paged by _101_INSTANCE_<id>_cur=N.

Hard cases: the category name (.asset-category-name) above the headline; the
date only in .social-panel as "Thứ Bẩy, ngày dd/MM/yyyy HH:ss" next to "Email",
"A-", "A+"; the bold summary in .asset-abstract outside .asset-content (a lead
outside the body element); "Tin mới hơn" / "Tin cũ hơn" lists with "(dd/MM)";
the visit-counter portlet (eight labels, raw integers, one row missing its
opening <span>) in the left column, before the content in source order.
"""
from common import Portal, Article, esc, render_body, render_paras, slug, weekday

P = Portal("p2_chauduc", "Cổng thông tin điện tử huyện Châu Đức", "Châu Đức", "Bà Rịa - Vũng Tàu",
           "Liferay 6.1 Bkav portal_egov (asset_publisher urlTitle)")
INST = "Xk7bQ2mNpR4a"
FURN = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần trước",
        "Tháng trước", "Tin mới hơn", "Tin cũ hơn", "Liên kết website",
        "Cơ quan chủ quản: Ủy ban nhân dân huyện Châu Đức",
        "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện"]
P.furniture = FURN

A = [
    Article(1, "Châu Đức công bố kết quả giải quyết hồ sơ 6 tháng đầu năm 2024", "2024-07-06", [
        "Trong 6 tháng đầu năm 2024, toàn huyện tiếp nhận 21.356 hồ sơ, gồm 20.917 hồ sơ tiếp nhận mới và 439 hồ sơ tồn kỳ trước.",
        "Đã giải quyết 20.688 hồ sơ, trong đó trước hạn 15.204 hồ sơ, đúng hạn 5.371 hồ sơ, trễ hạn 113 hồ sơ; còn 668 hồ sơ chưa đến hạn trả kết quả.",
        "Chia theo cấp hành chính, số liệu như sau:",
        "Số hồ sơ nộp trực tuyến toàn trình và một phần là 14.902 hồ sơ, tỷ lệ 69,8%. Hồ sơ trễ hạn tập trung ở lĩnh vực đất đai tại cấp huyện.",
        "Ông Nguyễn Thành Lộc, Chánh Văn phòng HĐND và UBND huyện, đề nghị Chi nhánh Văn phòng đăng ký đất đai rà soát từng hồ sơ trễ hạn và thông báo cho người dân trước khi hết hạn.",
    ], ["20.917 hồ sơ tiếp nhận mới", "trễ hạn 113 hồ sơ", "tỷ lệ 69,8%", "19.540"],
        table=[["Cấp", "Tiếp nhận", "Đã giải quyết", "Trễ hạn"],
               ["Cấp huyện", "1.816", "1.729", "98"],
               ["Cấp xã", "19.540", "18.959", "15"]],
        table_at=3, cchc=True,
        lead="Bộ phận Một cửa các cấp trên địa bàn huyện tiếp tục giữ tỷ lệ giải quyết hồ sơ đúng hạn trên 99%."),
    Article(2, "Chỉ số DDCI năm 2023: Châu Đức giữ vị trí thứ 2", "2024-06-28", [
        "Kết quả khảo sát Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023 của tỉnh cho thấy huyện Châu Đức đạt 71,62 điểm, xếp thứ 2/8 huyện, thị xã, thành phố.",
        "Hai chỉ số thành phần được doanh nghiệp đánh giá cao là tính minh bạch và chi phí thời gian. Chỉ số thiết chế pháp lý giảm 1,4 điểm so với năm trước.",
        "Cùng đợt công bố, Chỉ số CCHC năm 2023 của huyện đạt 87,05%, xếp thứ 3/8.",
    ], ["đạt 71,62 điểm", "xếp thứ 2/8 huyện", "giảm 1,4 điểm"], cchc=True,
        lead="Huyện Châu Đức tiếp tục nằm trong nhóm dẫn đầu về môi trường kinh doanh cấp huyện."),
    Article(3, "Đối thoại với nông dân trồng hồ tiêu xã Đá Bạc", "2024-06-20", [
        "Sáng 19/6, Hội Nông dân huyện phối hợp UBND xã Đá Bạc tổ chức buổi đối thoại với hơn 120 hội viên trồng hồ tiêu.",
        "Nhiều ý kiến phản ánh giá vật tư tăng cao, khó tiếp cận vốn vay để tái canh vườn tiêu bị bệnh chết nhanh.",
        "Lãnh đạo huyện cho biết sẽ đề nghị Ngân hàng Chính sách xã hội ưu tiên nguồn vốn cho tổ hợp tác tiêu sạch của xã.",
    ], ["hơn 120 hội viên", "chết nhanh", "tổ hợp tác tiêu sạch"]),
    Article(4, "Đoàn kiểm tra của tỉnh làm việc về chuyển đổi số tại Kim Long", "2024-05-25", [
        "Ngày 24/5, đoàn kiểm tra của Sở Thông tin và Truyền thông làm việc với UBND xã Kim Long về tiến độ xây dựng xã thông minh.",
        "Xã đã lắp 42 camera an ninh, phủ sóng wifi miễn phí tại chợ và nhà văn hóa; 3.100 người dân đã kích hoạt tài khoản định danh điện tử mức 2.",
    ], ["42 camera an ninh", "wifi miễn phí", "định danh điện tử mức 2"],
        lead="Xã Kim Long là một trong ba xã thí điểm mô hình xã thông minh của huyện."),
    Article(5, "Đường vào khu công nghiệp Đá Bạc được thảm nhựa", "2024-03-30", [
        "Tuyến đường dài 4,2 km nối Quốc lộ 56 với khu công nghiệp Đá Bạc đã được thảm nhựa xong, sớm hơn kế hoạch một tháng.",
    ], ["dài 4,2 km", "Quốc lộ 56", "sớm hơn kế hoạch một tháng"]),
    Article(6, "Bình Ba hoàn thành bộ tiêu chí xã nông thôn mới kiểu mẫu", "2024-03-16", [
        "Xã Bình Ba vừa hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao và đang hoàn thiện hồ sơ đề nghị công nhận xã nông thôn mới kiểu mẫu.",
        "Thu nhập bình quân đầu người của xã năm 2023 đạt 78 triệu đồng, tỷ lệ hộ nghèo còn 0,3%.",
        "Xã chọn lĩnh vực nổi trội là sản xuất nông nghiệp ứng dụng công nghệ cao với 14 ha nhà màng trồng dưa lưới.",
    ], ["78 triệu đồng", "14 ha nhà màng", "hoàn thiện hồ sơ đề nghị công nhận"]),
]
TIMES = ["08:45", "14:20", "10:05", "16:30", "09:12", "07:55"]
NOTICES = [("thong-bao-lich-tiep-cong-dan-quy-iii-nam-2024", "Thông báo lịch tiếp công dân quý III năm 2024",
            "/documents/10181/0/TB-tiep-cong-dan-Q3-2024.pdf"),
           ("thong-bao-ket-qua-xet-tuyen-cong-chuc-cap-xa-2024", "Thông báo kết quả xét tuyển công chức cấp xã năm 2024",
            "/documents/10181/0/TB-ket-qua-xet-tuyen-2024.pdf")]


def url(a):
    return f"/web/guest/tin-tuc-su-kien/-/asset_publisher/{INST}/content/{slug(a.title, drop_d=True)}"


def list_url(cur):
    return (f"/web/guest/tin-tuc-su-kien?p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&p_p_state=normal"
            f"&p_p_mode=view&_101_INSTANCE_{INST}_cur={cur}&_101_INSTANCE_{INST}_delta=4")


def wd(iso):
    return weekday(iso).replace("Thứ Bảy", "Thứ Bẩy")


COUNTER = """<div class="portlet-boundary portlet-visit-counter"><div class="portlet-title">Thống Kê Truy Cập</div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="counter-label">Tổng số lượt truy cập</span><span class="counter-value">1804975</span></div>
<div><span class="counter-label">Số người đang truy cập</span><span class="counter-value">38</span></div>
<div><span class="counter-label">Hôm nay</span><span class="counter-value">1267</span></div>
<div><span class="counter-label">Hôm qua</span><span class="counter-value">2410</span></div>
<div><span class="counter-label">Tuần này</span><span class="counter-value">9833</span></div>
<div><span class="counter-label">Tuần trước</span><span class="counter-value">15102</span></div>
<div>Tháng này</span><span class="counter-value">40377</span></div>
<div><span class="counter-label">Tháng trước</span><span class="counter-value">61944</span></div>
</div></div></div>"""


def shell(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head><meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>{esc(title)} - Cổng thông tin điện tử huyện Châu Đức</title>{canon}
<link href="/portal-xuyen-moc-theme/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible guest-site">
<div id="wrapper"><header id="banner"><img src="/portal-chau-duc-theme/images/banner.png" alt="banner" /></header>
<nav id="navigation"><ul><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li>
<li><a href="{esc(list_url(1))}">Tin tức - Sự kiện</a></li><li><a href="/web/guest/lien-he">Liên hệ</a></li></ul></nav>
<div id="content"><div class="columns-1-3">
<div class="portlet-column portlet-column-first" id="column-1">
{COUNTER}
<div class="portlet-boundary"><div class="portlet-title">Liên kết website</div><ul><li>Cổng Dịch vụ công tỉnh</li><li>Thư điện tử công vụ</li></ul></div>
</div>
<div class="portlet-column portlet-column-last" id="column-2">
{main}
</div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Châu Đức</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p><p>Địa chỉ: thị trấn Ngãi Giao, huyện Châu Đức</p></footer>
</div></body></html>
"""


def article_page(a, i):
    newer = A[max(0, i - 2):i]
    older = A[i + 1:i + 3]
    def lst(xs):
        return "".join(f'<li><a href="{esc(url(x))}">{esc(x.title)}</a> <span>({x.published[8:10]}/{x.published[5:7]})</span></li>' for x in xs)
    abstract = f'<div class="asset-abstract"><b>{esc(a.lead)}</b></div>' if a.lead else ""
    main = f"""<div class="portlet-boundary portlet-asset-publisher"><section class="portlet">
<div class="portlet-content"><div class="asset_publisher_view_full_content">
<div class="asset-category-name">Tin tức - Sự kiện</div>
<h3 class="asset_title">{esc(a.title)}</h3>
<div class="social-panel"><div class="left">{wd(a.published)}, ngày {a.date_dmy()} {TIMES[i]}</div>
<div class="right"><a href="mailto:?subject={esc(slug(a.title))}" onclick="sendMail()">Email</a> <a href="javascript:fontSize(-1)">A-</a> <a href="javascript:fontSize(1)">A+</a></div></div>
{abstract}
<div class="asset-content">
{render_body(a)}
</div>
<div class="related_asset"><div class="related-title">Tin mới hơn</div><ul>{lst(newer)}</ul>
<div class="related-title">Tin cũ hơn</div><ul>{lst(older)}</ul></div>
</div></div></section></div>"""
    return shell(a.title, main, canonical=url(a))


def listing(items, cur):
    rows = []
    for a in items:
        rows.append(f"""<div class="asset-abstract"><img src="/image/journal/article?img_id={a.key}" width="180" height="100" />
<span class="asset-category-name">Tin tức - Sự kiện</span> <span class="asset-publish-date">{a.date_dmy("-")}</span>
<h3 class="asset-title"><a href="{esc(url(a))}">{esc(a.title)}</a></h3>
<div class="asset-sumary">{esc(a.all_paras[0][:120])}...</div></div>""")
    pager = f'<div class="taglib-search-iterator-page-iterator"><a href="{esc(list_url(1))}">Đầu</a> <a href="{esc(list_url(2))}">Tiếp</a> Trang {cur} / 2</div>'
    return shell("Tin tức - Sự kiện", '<div class="portlet-asset-publisher">' + "\n".join(rows) + pager + "</div>")


def home():
    rows = "".join(f'<li><a href="{esc(url(a))}">{esc(a.title)}</a> <span class="asset-publish-date">{a.date_dmy("-")}</span></li>' for a in A[:5])
    notes = "".join(f'<li><a href="/web/guest/thong-bao/-/asset_publisher/Tb9Qe1/content/{n[0]}">{esc(n[1])}</a></li>' for n in NOTICES)
    return shell("Trang chủ", f"""<div class="portlet-boundary"><div class="portlet-title">Tin nổi bật</div><ul>{rows}</ul>
<a href="{esc(list_url(1))}">Xem thêm</a></div>
<div class="portlet-boundary"><div class="portlet-title">Thông báo</div><ul>{notes}</ul></div>""")


def notice(n):
    return shell(n[1], f"""<div class="asset_publisher_view_full_content"><div class="asset-category-name">Thông báo</div>
<h3 class="asset_title">{esc(n[1])}</h3><div class="asset-content"><p>File đính kèm: <a href="{esc(n[2])}">{esc(n[2].rsplit('/', 1)[1])}</a></p></div></div>""")


def contact():
    return shell("Liên hệ", """<div class="journal-content-article"><h3>Liên hệ</h3>
<p>Văn phòng HĐND và UBND huyện Châu Đức</p><p>Điện thoại: 0254 3880 xxx - Thư điện tử: vpubnd.chauduc@baria-vungtau.gov.vn</p></div>""")


P.page("/", home())
P.page("/web/guest/trang-chu", home())
P.page(list_url(1), listing(A[:4], 1))
P.page(list_url(2), listing(A[4:], 2))
P.page("/web/guest/lien-he", contact())
for i, a in enumerate(A):
    P.page(url(a), article_page(a, i))
    P.article(url(a), a)
for n in NOTICES:
    p = f"/web/guest/thong-bao/-/asset_publisher/Tb9Qe1/content/{n[0]}"
    P.page(p, notice(n))
    P.non_article(p)
for p in ["/", "/web/guest/trang-chu", list_url(1), list_url(2), "/web/guest/lien-he"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()
