"""p6: huyện Gia Bình (Bắc Ninh) on Liferay with friendly URLs /-/details/<group>/<urlTitle>-<id>
(the urlTitle drops 'đ'), listing paged with _101_INSTANCE_<x>_cur=N.
Hard cases: a portlet heading above the headline, a visit-counter portlet in the side column
with one malformed row, 'Lượt xem' INSIDE the article container, the bold summary (lead) in
.asset-abstract outside .asset-content, date 'Thứ Bẩy, ngày dd/MM/yyyy HH:mm', 'Tin mới hơn' /
'Tin cũ hơn' lists with (dd/MM), A-/A+ and Email, a star rating."""
from common import Portal, Article, esc, slug, HOST

P = Portal("p6_bacninh_giabinh", "Cổng thông tin điện tử huyện Gia Bình", "Gia Bình", "Bắc Ninh", "Liferay (friendly /-/details/ URLs, Bắc Ninh style)")
G = 20182
INST = "101_INSTANCE_gbT1n"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]
ALL = []


def art(id_, title, date, time_, lead, paras, must, **kw):
    a = Article("/-/details/%d/%s-%d" % (G, slug(title, drop_d=True), id_), title, date, paras, must, lead=lead, **kw)
    a.time, a.id = time_, id_
    ALL.append(a)
    return a


A1 = art(4372901, "Gia Bình: Tháng 3/2024 tiếp nhận 1.946 hồ sơ thủ tục hành chính", "2024-04-06", "08:30",
    "Tháng 3/2024, Trung tâm Hành chính công huyện Gia Bình và Bộ phận Một cửa 13 xã, thị trấn tiếp nhận 1.946 hồ sơ, không có hồ sơ trễ hạn.",
    ["Trong tổng số hồ sơ tiếp nhận, có 1.871 hồ sơ tiếp nhận mới và 75 hồ sơ kỳ trước chuyển qua. Hồ sơ trực tuyến toàn trình là 1.018 hồ sơ, trực tuyến một phần 402 hồ sơ.",
     "Đã giải quyết 1.853 hồ sơ, trong đó trước hạn 611 hồ sơ, đúng hạn 1.242 hồ sơ. Còn 93 hồ sơ đang trong thời gian giải quyết. Qua dịch vụ bưu chính công ích đã trả 57 kết quả.",
     "Trung tâm đã đưa vào sử dụng ki-ốt tra cứu thông tin thủ tục hành chính đặt tại sảnh tiếp công dân."],
    ["1.871 hồ sơ tiếp nhận mới và 75 hồ sơ kỳ trước chuyển qua", "trực tuyến một phần 402 hồ sơ", "trước hạn 611 hồ sơ", "ki-ốt tra cứu thông tin"])

A2 = art(4398117, "Kết quả giải quyết hồ sơ của các cơ quan chuyên môn thuộc UBND huyện quý II/2024", "2024-07-13", "14:20",
    "Văn phòng HĐND và UBND huyện Gia Bình tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính của các cơ quan chuyên môn trong quý II/2024.",
    ["Lĩnh vực có số hồ sơ lớn nhất là đất đai với gần 60% tổng số hồ sơ. Chi tiết tại một số cơ quan như sau:",
     "Phòng Tài nguyên và Môi trường có 7 hồ sơ quá hạn do chờ ý kiến của cơ quan thuế. UBND huyện đã yêu cầu phòng rút kinh nghiệm và chủ động phối hợp liên thông ngay từ khi tiếp nhận.",
     "Ngô Thắng"],
    ["gần 60% tổng số hồ sơ", "chờ ý kiến của cơ quan thuế", "phối hợp liên thông ngay từ khi tiếp nhận"],
    table=[["Cơ quan", "Tiếp nhận", "Đúng hạn", "Quá hạn"],
           ["Phòng Tài nguyên và Môi trường", "1.126", "1.104", "7"],
           ["Phòng Tư pháp", "318", "318", "0"],
           ["Phòng Kinh tế và Hạ tầng", "204", "199", "0"],
           ["Phòng Lao động - Thương binh và Xã hội", "176", "176", "0"]],
    table_cell="Phòng Tư pháp")

A3 = art(4361554, "Chỉ số cải cách hành chính năm 2023 của huyện Gia Bình tăng 1 bậc", "2024-03-16", "10:45",
    "UBND tỉnh Bắc Ninh công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND cấp huyện.",
    ["Huyện Gia Bình đạt 85,02 điểm, xếp thứ 6/8 huyện, thị xã, thành phố, tăng 1 bậc so với năm 2022. Chỉ số hài lòng của người dân, tổ chức (SIPAS) đạt 87,3%.",
     "Huyện ủy, UBND huyện yêu cầu cải thiện các tiêu chí về tổ chức bộ máy và cải cách tài chính công, là những tiêu chí còn bị trừ điểm nhiều."],
    ["đạt 85,02 điểm, xếp thứ 6/8", "(SIPAS) đạt 87,3%", "tổ chức bộ máy và cải cách tài chính công"])

A4 = art(4410236, "Làng nghề đúc đồng Đại Bái vào vụ hàng cuối năm", "2024-11-09", "16:00",
    None,
    ["Những tháng cuối năm, các xưởng đúc, gò đồng ở làng Đại Bái, xã Đại Lai làm việc liên tục để kịp giao hàng cho khách. Sản phẩm chủ yếu là đồ thờ, tranh đồng và đồ lưu niệm.",
     "Toàn làng hiện có khoảng 1.500 hộ làm nghề, nhiều hộ đã đầu tư máy cắt, máy mài và lò nấu đồng cải tiến, giảm khói bụi ra khu dân cư.",
     "Xã Đại Lai đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm tranh đồng Đại Bái đạt chuẩn OCOP 4 sao.",
     "Thanh Hương"],
    ["đồ thờ, tranh đồng và đồ lưu niệm", "lò nấu đồng cải tiến", "OCOP 4 sao"])

A5 = art(4389020, "Gia Bình nạo vét hơn 40 km kênh mương nội đồng", "2024-06-22", "07:55",
    "Trước mùa mưa bão, các xã trên địa bàn huyện Gia Bình ra quân nạo vét kênh mương, khơi thông dòng chảy.",
    ["Đến nay toàn huyện đã nạo vét được hơn 40 km kênh mương nội đồng, khối lượng đất nạo vét khoảng 52.000 m3. Xã Song Giang và xã Giang Sơn hoàn thành sớm nhất.",
     "Huyện yêu cầu các hợp tác xã dịch vụ nông nghiệp kiểm tra, sửa chữa cống, trạm bơm để chủ động tiêu úng."],
    ["khoảng 52.000 m3", "Xã Song Giang và xã Giang Sơn", "chủ động tiêu úng"])

A6 = art(4401177, "Ra mắt Tổ công nghệ số cộng đồng thị trấn Gia Bình", "2024-09-28", "09:10",
    None,
    ["Sáng 27/9, thị trấn Gia Bình ra mắt 9 Tổ công nghệ số cộng đồng tại các khu phố, hỗ trợ người dân cài đặt ứng dụng và nộp hồ sơ trực tuyến."],
    ["9 Tổ công nghệ số cộng đồng", "cài đặt ứng dụng", "nộp hồ sơ trực tuyến"])

VIEWS = {4372901: 531, 4398117: 288, 4361554: 702, 4410236: 149, 4389020: 233, 4401177: 87}


def weekday(d):
    import datetime
    return WD[datetime.date(*map(int, d.split("-"))).weekday()]


def dmy(d):
    return "/".join(reversed(d.split("-")))


LIST = "/tin-tuc-su-kien"
NAV = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (LIST, "Tin tức - Sự kiện"), ("/thong-bao", "Thông báo"),
       ("/van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo điều hành"), ("/lien-he", "Liên hệ")]


def layout(title, main, canonical=None):
    canon = '<link rel="canonical" href="%s%s"><meta property="og:url" content="%s%s">' % (HOST, canonical, HOST, canonical) if canonical else ""
    nav = "".join('<li><a href="%s"><span>%s</span></a></li>' % (h, esc(t)) for h, t in NAV)
    return f"""<!DOCTYPE html><html class="aui ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>{esc(title)} - Cổng thông tin điện tử huyện Gia Bình</title>{canon}</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div class="site-title">Cổng thông tin điện tử huyện Gia Bình</div>
<nav id="navigation"><ul>{nav}</ul></nav></header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1">{main}</div>
<div class="portlet-column portlet-column-last span3" id="column-2">
<section class="portlet" id="portlet_visitcounter_WAR_gbportlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống kê người truy cập</span></h1></header>
<div class="portlet-content"><div class="counter-box">
<div class="row-c"><span class="lbl">Đang xem:</span> <span class="counter-value">21</span></div>
<div class="row-c"><span class="lbl">Hôm nay:</span> <span class="counter-value">847</span></div>
<div class="row-c">Tuần này:</span> <span class="counter-value">6329</span></div>
<div class="row-c"><span class="lbl">Tổng cộng:</span> <span class="counter-value">2245671</span></div></div></div></section>
</div></div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: UBND huyện Gia Bình, tỉnh Bắc Ninh</p><p>Địa chỉ: Thị trấn Gia Bình, huyện Gia Bình, tỉnh Bắc Ninh</p>
<p>Người chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện</p></footer></div></body></html>"""


def portlet(title, inner, pid="101_INSTANCE_gbT1n"):
    return f"""<section class="portlet" id="portlet_{pid}"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1></header>
<div class="portlet-content"><div class="portlet-body">{inner}</div></div></section>"""


def article_page(a):
    srt = sorted(ALL, key=lambda x: x.published)
    i = srt.index(a)
    newer, older = srt[i + 1:i + 4], list(reversed(srt[max(0, i - 3):i]))
    def rel(xs):
        return "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (x.path, esc(x.title), dmy(x.published)[:5]) for x in xs)
    body = []
    for k, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if k == 0 and a.table:
            body.append('<table class="table table-bordered"><tbody>' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</tbody></table>")
    lead = '<div class="asset-abstract"><strong>%s</strong></div>' % esc(a.lead) if a.lead else ""
    inner = f"""<div class="asset_publisher_view_full_content">
<div class="asset_title"><h3 class="header-title">{esc(a.title)}</h3></div>
<div class="social-panel"><span class="date">{weekday(a.published)}, ngày {dmy(a.published)} {a.time}</span>
<span class="tools"><a href="mailto:?subject=gia-binh">Email</a> <a href="javascript:zoom(-1)">A-</a> <a href="javascript:zoom(1)">A+</a></span></div>
{lead}
<div class="asset-content">{''.join(body)}</div>
<div class="view-count">Lượt xem: {VIEWS[a.id]}</div>
<div class="rating-stars">Đánh giá: <span class="star"></span><span class="star"></span><span class="star"></span><span class="star"></span><span class="star"></span></div>
</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>{rel(newer)}</ul></div>
<div class="older"><h4>Tin cũ hơn</h4><ul>{rel(older)}</ul></div></div>"""
    return layout(a.title, portlet("Tin hoạt động", inner), canonical=a.path)


for a in ALL:
    P.page(a.path, article_page(a), kind="article", article=a, name="details-%d" % a.id)

NOTICES = [("/-/details/%d/thong-bao-lich-thi-tuyen-cong-chuc-cap-xa-nam-2024-4405530" % G, "Thông báo lịch thi tuyển công chức cấp xã năm 2024", "/documents/20182/0/TB-lich-thi-CC-xa.pdf"),
           ("/-/details/%d/thong-bao-ket-qua-lua-chon-nha-thau-goi-thau-so-03-4406012" % G, "Thông báo kết quả lựa chọn nhà thầu gói thầu số 03", "/documents/20182/0/KQ-LCNT-goi-03.pdf")]
for k, (p, t, f) in enumerate(NOTICES):
    inner = '<div class="asset_publisher_view_full_content"><div class="asset_title"><h3 class="header-title">%s</h3></div><div class="asset-content"><p><a href="%s">Tải về tệp đính kèm</a></p></div></div>' % (esc(t), f)
    P.page(p, layout(t, portlet("Thông báo", inner), canonical=p), kind="non_article", name="thong-bao-%d" % k)


def abstracts(xs):
    return "".join(f"""<div class="asset-abstract-item"><img src="/image/thumb-{x.id}.jpg" width="180" height="100" alt="">
<span class="asset-category-name">Tin hoạt động</span> <span class="asset-publish-date">{x.published[8:]}-{x.published[5:7]}-{x.published[:4]}</span>
<h3 class="asset-title"><a href="{x.path}">{esc(x.title)}</a></h3><div class="asset-sumary">{esc(x.lead or x.paras[0])}</div></div>""" for x in xs)


srt = sorted(ALL, key=lambda x: x.published, reverse=True)
CUR = "?p_p_id=%s&p_p_lifecycle=0&_%s_cur=2&_%s_delta=4" % (INST, INST, INST)
P.page(LIST, layout("Tin tức - Sự kiện", portlet("Tin hoạt động", abstracts(srt[:4]) +
       '<div class="pagination"><ul><li class="active"><a>1</a></li><li><a href="%s">2</a></li></ul></div>' % (LIST + CUR).replace("&", "&amp;"))), kind="non_article", name="list-1")
P.page(LIST + CUR, layout("Tin tức - Sự kiện", portlet("Tin hoạt động", abstracts(srt[4:]) +
       '<div class="pagination"><ul><li><a href="%s">1</a></li><li class="active"><a>2</a></li></ul></div>' % LIST)), kind="non_article", name="list-2")
P.page("/thong-bao", layout("Thông báo", portlet("Thông báo", "".join('<h3 class="asset-title"><a href="%s">%s</a></h3>' % (p, esc(t)) for p, t, f in NOTICES))), kind="non_article")
P.page("/gioi-thieu", layout("Giới thiệu", portlet("Giới thiệu", "<p>Huyện Gia Bình nằm ở phía Nam sông Đuống, gồm 13 đơn vị hành chính cấp xã.</p><p>Điện thoại: 0222.3670.xxx</p>", "56_INSTANCE_gt")), kind="non_article")
P.page("/", layout("Trang chủ", portlet("Tin nổi bật", abstracts(srt[:3])) + portlet("Thông báo", "".join('<p><a href="%s">%s</a></p>' % (p, esc(t)) for p, t, f in NOTICES), "101_INSTANCE_tb") +
       '<p><a href="%s">Xem thêm</a></p>' % LIST), kind="non_article")

P.furniture(["Thống kê người truy cập", "Đang xem:", "Hôm nay:", "Tuần này:", "Tổng cộng:", "2245671", "Tin mới hơn", "Tin cũ hơn",
             "Lượt xem", "Đánh giá:", "Văn bản chỉ đạo điều hành", "Người chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện",
             "Cơ quan chủ quản: UBND huyện Gia Bình, tỉnh Bắc Ninh"])
P.finish()
