"""p2 — Liferay 6.1 Bkav portal_egov (huyện Bắc Yên, Sơn La).

Hard cases: date only as "Thứ Bẩy, ngày dd/MM/yyyy HH:ss" in the social panel, bold lead
(.asset-abstract) outside the body element, visit-counter portlet in the side column
(raw integers, one malformed row), "Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM),
Email/A-/A+ widgets, Liferay slugs that drop đ, a long "Giới thiệu" page.
"""
from common import Portal, esc, attr

P = Portal("h12_bacyen_bkav", "Cổng thông tin điện tử huyện Bắc Yên", "Bắc Yên", "Sơn La",
           "Liferay 6.1 Bkav portal_egov")

AP = "Xk7pQ2mBn9aL"
BASE = "/web/guest/tin-tuc-su-kien"
LIST = BASE
LIST2 = BASE + "?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&p_p_state=normal&_101_INSTANCE_%s_cur=2&_101_INSTANCE_%s_delta=3" % (AP, AP, AP)
INTRO = "/web/guest/gioi-thieu"


def url(slug):
    return "%s/-/asset_publisher/%s/content/%s" % (BASE, AP, slug)


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<title>{esc(title)} - Huyện Bắc Yên</title>{canon}
<link href="/portal-bac-yen-theme/css/main.css" rel="stylesheet" type="text/css" />
</head><body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div class="banner-img"><img src="/portal-bac-yen-theme/images/banner.png" alt="Huyện Bắc Yên" /></div>
<nav class="sort-pages modify-pages" id="navigation"><ul>
<li><a href="/web/guest/home"><span>Trang chủ</span></a></li>
<li><a href="{INTRO}"><span>Giới thiệu</span></a></li>
<li><a href="{attr(LIST)}"><span>Tin tức - Sự kiện</span></a></li>
<li><a href="/web/guest/thu-tuc-hanh-chinh"><span>Thủ tục hành chính</span></a></li>
<li><a href="/web/guest/lich-cong-tac"><span>Lịch công tác</span></a></li>
</ul></nav></header>
<div id="content"><div class="portlet-layout"><div class="aui-w70 portlet-column portlet-column-first" id="column-1">
{main}
</div><div class="aui-w30 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống Kê Truy Cập</span></h1></header>
<div class="portlet-content"><div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="label">Tổng số lượt truy cập</span><span class="counter-value">1804975</span></div>
<div><span class="label">Số người đang truy cập</span><span class="counter-value">23</span></div>
<div><span class="label">Hôm nay</span><span class="counter-value">1187</span></div>
<div>Hôm qua</span><span class="counter-value">1432</span></div>
<div><span class="label">Tuần này</span><span class="counter-value">6022</span></div>
<div><span class="label">Tháng này</span><span class="counter-value">25310</span></div>
</div></div></div></section></div>
<div class="portlet-boundary"><section class="portlet"><h1 class="portlet-title"><span class="portlet-title-text">Dịch vụ công trực tuyến</span></h1>
<div class="portlet-content"><a href="/web/guest/thu-tuc-hanh-chinh"><img src="/portal-bac-yen-theme/images/dvc.png" alt="Dịch vụ công" /></a></div></section></div>
</div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Bắc Yên, tỉnh Sơn La</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND huyện</p>
<p>Ghi rõ nguồn "Cổng TTĐT huyện Bắc Yên" khi phát hành lại thông tin từ website này.</p></footer>
</div></body></html>"""


def article_page(a, newer, older):
    abstract = '<div class="asset-abstract"><strong>%s</strong></div>' % esc(a["lead"])
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"])
    if a.get("table"):
        rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += '<table border="1" cellpadding="3">%s</table>' % rows
        body += "".join("<p>%s</p>" % esc(p) for p in a.get("after", []))
    rel_new = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (attr(url(x["slug"])), esc(x["title"]), x["ddmm"]) for x in newer)
    rel_old = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (attr(url(x["slug"])), esc(x["title"]), x["ddmm"]) for x in older)
    main = f"""<div class="portlet-boundary portlet-boundary_101_"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h1></header>
<div class="portlet-content"><div class="asset_publisher_view_full_content">
<div class="asset_title">{esc(a["title"])}</div>
<div class="social-panel"><div class="left"><span class="date">{a["weekday"]}</span></div>
<div class="right"><a href="javascript:sendMail()">Email</a> <a href="javascript:zoomOut()">A-</a> <a href="javascript:zoomIn()">A+</a> <a href="javascript:readAloud()">Đọc bài</a></div></div>
{abstract}
<div class="asset-content">{body}</div>
<div class="related_asset"><div class="title">Tin mới hơn</div><ul>{rel_new}</ul>
<div class="title">Tin cũ hơn</div><ul>{rel_old}</ul></div>
</div></div></section></div>"""
    return shell(a["title"], main, canonical=url(a["slug"]))


ARTS = [
 dict(slug="bac-yen-ty-le-ho-so-ung-han-nam-2024-at-99-1-", ddmm="28/03", pub="2025-03-28",
  weekday="Thứ Sáu, ngày 28/03/2025 14:00",
  title="Bắc Yên: tỷ lệ hồ sơ đúng hạn năm 2024 đạt 99,1%",
  lead="Năm 2024, toàn huyện Bắc Yên giải quyết hơn 11 nghìn hồ sơ thủ tục hành chính, tỷ lệ đúng hạn đạt 99,1%.",
  paras=[
   "Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cho thấy, năm 2024 huyện tiếp nhận 11.406 hồ sơ, trong đó 287 hồ sơ từ năm 2023 chuyển sang. Số hồ sơ tiếp nhận trực tuyến đạt 5.318, chiếm 46,6%.",
   "Đã trả kết quả 11.190 hồ sơ; 103 hồ sơ trễ hẹn, chủ yếu thuộc lĩnh vực đất đai và hộ tịch ở các xã vùng cao. Hiện còn 216 hồ sơ trong thời hạn giải quyết.",
  ],
  table=[["Cấp", "Tiếp nhận", "Trễ hẹn"], ["Cấp huyện", "3.975", "41"], ["Cấp xã", "7.431", "62"]],
  after=["Thời gian tới, huyện sẽ bố trí thêm cán bộ địa chính cho xã Xím Vàng và Hang Chú, nơi tồn đọng nhiều hồ sơ nhất."],
  must=["11.406 hồ sơ", "287 hồ sơ", "5.318", "7.431"]),
 dict(slug="chi-so-ddci-nam-2024-bac-yen-xep-thu-7", ddmm="15/03", pub="2025-03-15",
  weekday="Thứ Bẩy, ngày 15/03/2025 08:00",
  title="Chỉ số DDCI năm 2024: Bắc Yên xếp thứ 7",
  lead="Kết quả khảo sát Bộ chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Sơn La năm 2024 vừa được công bố.",
  paras=[
   "Theo đó, huyện Bắc Yên đạt 71,35 điểm DDCI, xếp thứ 7/12 huyện, thành phố, cải thiện 2 bậc so với năm trước.",
   "Các doanh nghiệp đánh giá cao tính minh bạch và thời gian xử lý hồ sơ đầu tư, nhưng chấm điểm thấp ở chỉ số tiếp cận đất đai và chi phí không chính thức.",
   "Phó Chủ tịch UBND huyện Lò Văn Ngoan đề nghị các phòng chuyên môn tổ chức đối thoại với doanh nghiệp mỗi quý một lần.",
  ],
  must=["71,35 điểm DDCI", "xếp thứ 7/12", "chi phí không chính thức"]),
 dict(slug="le-hoi-tra-shan-tuyet-ta-xua-lan-thu-nhat", ddmm="10/03", pub="2025-03-10",
  weekday="Thứ Hai, ngày 10/03/2025 16:00",
  title="Lễ hội trà Shan tuyết Tà Xùa lần thứ nhất",
  lead="Ngày 8 và 9/3, xã Tà Xùa tổ chức lễ hội trà Shan tuyết với nhiều hoạt động văn hóa của đồng bào Mông.",
  paras=[
   "Du khách được tham gia hái chè cùng người dân bản Tà Xùa A, xem trình diễn sao chè bằng chảo gang và thưởng thức bánh dày giã tay.",
   "Ban tổ chức chấm điểm 26 mẫu trà của các hợp tác xã; giải nhất thuộc về Hợp tác xã chè Háng Đồng với sản phẩm trà xanh búp cổ thụ.",
  ],
  must=["sao chè bằng chảo gang", "26 mẫu trà", "Hợp tác xã chè Háng Đồng"]),
 dict(slug="khoi-cong-uong-hang-chu-xim-vang", ddmm="03/03", pub="2025-03-03",
  weekday="Thứ Hai, ngày 03/03/2025 09:00",
  title="Khởi công đường Hang Chú - Xím Vàng",
  lead="Tuyến đường dài 14,2 km nối hai xã vùng cao được đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia.",
  paras=[
   "Mặt đường rộng 3,5 m, kết cấu bê tông xi măng, có 9 cống thoát nước ngang và 2 ngầm tràn.",
   "Khi hoàn thành vào cuối năm 2025, thời gian đi từ trung tâm xã Xím Vàng ra xã Hang Chú sẽ rút ngắn từ hơn hai giờ xuống còn khoảng 40 phút.",
  ],
  must=["14,2 km", "2 ngầm tràn", "khoảng 40 phút"]),
 dict(slug="tiem-vac-xin-soi-cho-tre-em-xa-lang-cheu", ddmm="24/02", pub="2025-02-22",
  weekday="Thứ Bẩy, ngày 22/02/2025 10:00",
  title="Tiêm vắc xin sởi cho trẻ em xã Làng Chếu",
  lead="Trạm Y tế xã Làng Chếu đã tiêm bổ sung vắc xin sởi - rubella cho 318 trẻ từ 1 đến 10 tuổi.",
  paras=["Các điểm tiêm được bố trí tại nhà văn hóa bản để phụ huynh không phải đưa con đi xa."],
  must=["318 trẻ", "vắc xin sởi - rubella", "nhà văn hóa bản"]),
 dict(slug="bac-yen-ky-cam-ket-cai-cach-hanh-chinh-nam-2025", ddmm="14/02", pub="2025-02-14",
  weekday="Thứ Sáu, ngày 14/02/2025 15:00",
  title="Bắc Yên ký cam kết cải cách hành chính năm 2025",
  lead="UBND huyện và 16 xã, thị trấn đã ký cam kết thực hiện nhiệm vụ cải cách hành chính năm 2025.",
  paras=[
   "Năm 2024, Chỉ số cải cách hành chính của huyện đạt 84,02 điểm, xếp thứ 9/12. Mức độ hài lòng của người dân đạt 91,3%.",
   "Theo cam kết, người đứng đầu xã nào để tỷ lệ hồ sơ trễ hẹn vượt 2% sẽ bị xem xét khi đánh giá, xếp loại cuối năm.",
  ],
  must=["84,02 điểm", "xếp thứ 9/12", "91,3%"]),
]

for i, a in enumerate(ARTS):
    html_ = article_page(a, ARTS[max(0, i - 2):i], ARTS[i + 1:i + 3])
    paras = [a["lead"]] + a["paras"] + a.get("after", [])
    P.article(url(a["slug"]), html_, a["title"], a["pub"], paras, a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tuần này", "Tháng này",
       "Tin mới hơn", "Tin cũ hơn", "Đọc bài", "Dịch vụ công trực tuyến", "Cơ quan chủ quản",
       "Chịu trách nhiệm chính", "Ghi rõ nguồn", "Lịch công tác")


def teasers(arts, long=False):
    out = []
    for a in arts:
        out.append(f"""<div class="asset-abstract"><div class="asset-small-image"><img src="/image/journal/article?img_id={4400 + len(a['slug'])}" width="180" height="100" alt="" /></div>
<span class="asset-category-name">Tin tức - Sự kiện</span> <span class="asset-publish-date">{a['pub'][8:10]}-{a['pub'][5:7]}-{a['pub'][:4]}</span>
<h3 class="asset-title"><a href="{attr(url(a['slug']))}">{esc(a['title'])}</a></h3></div>""")
    return "".join(out)


def listing(arts, cur):
    nav = ('<div class="taglib-search-iterator-page-iterator-bottom"><span class="current">1</span> <a href="%s">2</a> <a href="%s">Sau</a></div>' % (attr(LIST2), attr(LIST2))) if cur == 1 else \
          ('<div class="taglib-search-iterator-page-iterator-bottom"><a href="%s">Trước</a> <a href="%s">1</a> <span class="current">2</span></div>' % (attr(LIST), attr(LIST)))
    return shell("Tin tức - Sự kiện", '<section class="portlet"><h1 class="portlet-title">Tin tức - Sự kiện</h1><div class="portlet-content">%s%s</div></section>' % (teasers(arts), nav))


P.non_article(LIST, listing(ARTS[:3], 1))
P.non_article(LIST2, listing(ARTS[3:], 2))

INTRO_PARAS = [
 "Bắc Yên là huyện vùng cao nằm ở phía đông tỉnh Sơn La, cách thành phố Sơn La khoảng 130 km theo quốc lộ 37. Phía bắc huyện giáp tỉnh Yên Bái, phía đông giáp huyện Phù Yên, phía nam là lòng hồ thủy điện Sơn La trên sông Đà, phía tây giáp huyện Mường La.",
 "Địa hình của huyện bị chia cắt mạnh bởi các dãy núi cao theo hướng tây bắc - đông nam. Đỉnh Tà Xùa cao hơn 2.800 m thường xuyên có mây phủ vào mùa đông, tạo nên cảnh quan biển mây thu hút khách du lịch. Khí hậu chia thành hai mùa rõ rệt: mùa mưa nóng ẩm và mùa khô lạnh, có sương muối ở các xã vùng cao.",
 "Huyện có 16 đơn vị hành chính gồm 15 xã và thị trấn Bắc Yên. Dân cư là cộng đồng của các dân tộc Mông, Thái, Mường, Dao, Khơ Mú và Kinh, trong đó người Mông chiếm tỷ lệ đông nhất. Mỗi dân tộc giữ gìn những lễ hội và nghề thủ công riêng như dệt thổ cẩm, rèn nông cụ và đan lát.",
 "Kinh tế của huyện chủ yếu dựa vào nông, lâm nghiệp. Cây chè Shan tuyết cổ thụ ở Tà Xùa, Hồng Ngài, cây sơn tra và các loại dược liệu dưới tán rừng là những sản phẩm có lợi thế. Vùng lòng hồ sông Đà phát triển nuôi cá lồng và giao thông đường thủy.",
 "Trong định hướng phát triển, huyện tập trung xây dựng hạ tầng giao thông liên xã, phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa và nâng cao chất lượng giáo dục, y tế cho vùng đồng bào dân tộc thiểu số.",
]
P.non_article(INTRO, shell("Giới thiệu", '<section class="portlet"><h1 class="portlet-title">Giới thiệu chung</h1><div class="portlet-content"><div class="journal-content-article">%s</div></div></section>' % "".join("<p>%s</p>" % esc(p) for p in INTRO_PARAS)))

NOTICE = url("thong-bao-lich-tiep-cong-dan-thang-4-nam-2025")
P.non_article(NOTICE, shell("Thông báo lịch tiếp công dân tháng 4 năm 2025", """<section class="portlet"><div class="asset_publisher_view_full_content">
<div class="asset_title">Thông báo lịch tiếp công dân tháng 4 năm 2025</div>
<div class="asset-content"><p><a href="/documents/10181/0/TB-lich-tiep-cong-dan-T4-2025.pdf">TB-lich-tiep-cong-dan-T4-2025.pdf</a></p></div></div></section>""", canonical=NOTICE))

home = f"""<section class="portlet"><h1 class="portlet-title">Tin nổi bật</h1><div class="portlet-content">{teasers(ARTS[:2])}
<p><a href="{attr(LIST)}">Xem tiếp</a></p></div></section>
<section class="portlet"><h1 class="portlet-title">Thông báo</h1><ul><li><a href="{attr(NOTICE)}">Thông báo lịch tiếp công dân tháng 4 năm 2025</a></li></ul></section>"""
P.non_article("/", shell("Trang chủ", home))

P.write()
