"""p2: Liferay 6.1 Bkav portal_egov (asset_publisher urlTitle), huyện Sơn Hòa, Phú Yên."""
from datetime import date
from common import Portal, esc, attr, slug

P = Portal("p2_sonhoa", "Cổng thông tin điện tử huyện Sơn Hòa", "Sơn Hòa", "Phú Yên", "Liferay 6.1 Bkav portal_egov")
INST = "Hq7Lm2"
BASE = "/web/guest/tin-tuc/-/asset_publisher/%s/content/" % INST
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]

A = [
 dict(t="Đánh giá chỉ số hài lòng SIPAS tại Bộ phận Một cửa huyện năm 2024", d=date(2024, 11, 22), tm="15:00",
      lead="Kết quả khảo sát 420 phiếu cho thấy mức độ hài lòng của người dân, tổ chức với sự phục vụ của Bộ phận Một cửa huyện Sơn Hòa đạt 88,6%.",
      p=["Khảo sát do Phòng Nội vụ phối hợp với Hội Cựu chiến binh huyện thực hiện trong tháng 10 và tháng 11.",
         "Tiêu chí về thái độ của công chức tiếp nhận đạt 93,1%, còn tiêu chí về thời gian chờ đợi chỉ đạt 79,4%.",
         "Trong 10 tháng, huyện tiếp nhận 5.208 hồ sơ, giải quyết trước và đúng hạn 5.011 hồ sơ, tỷ lệ 98,7%; quá hạn 66 hồ sơ.",
         "Huyện đặt mục tiêu đưa tỷ lệ hồ sơ trực tuyến toàn trình lên 50% trong năm 2025."]),
 dict(t="Sơn Hòa xếp thứ 3 về Chỉ số DDCI năm 2023", d=date(2024, 11, 2), tm="09:30",
      lead="",
      p=["Tại hội nghị công bố Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Phú Yên, huyện Sơn Hòa đạt 67,45 điểm, xếp thứ 3/9 địa phương.",
         "Bảng điểm thành phần của huyện như sau:",
         "Chỉ số thành phần tính năng động của chính quyền tăng mạnh nhất, trong khi chi phí không chính thức vẫn bị doanh nghiệp đánh giá thấp.",
         "Phòng Tài chính - Kế hoạch được giao tham mưu kế hoạch cải thiện các chỉ số thành phần trong năm 2025."],
      table=[["Chỉ số thành phần", "Điểm 2022", "Điểm 2023"], ["Tiếp cận đất đai", "6,12", "6,58"], ["Tính minh bạch", "6,80", "7,15"], ["Chi phí thời gian", "7,02", "7,40"]], tat=2, cell="Tính minh bạch"),
 dict(t="Đắk Lắk và Phú Yên phối hợp quản lý vùng giáp ranh sông Ba", d=date(2024, 10, 26), tm="08:00", lead="",
      p=["Chiều 25/10, đại diện UBND huyện Sơn Hòa làm việc với huyện Krông Pa về phối hợp quản lý khai thác cát trên sông Ba đoạn giáp ranh.",
         "Hai bên thống nhất thành lập tổ kiểm tra liên ngành, trao đổi thông tin qua nhóm trực tuyến và tuần tra định kỳ mỗi tháng hai lần.",
         "Nguồn: Phòng Tài nguyên và Môi trường huyện"]),
 dict(t="Nông dân Sơn Hòa thu hoạch sắn vụ đông xuân", d=None, tm="", lead="",
      p=["Những ngày này, nông dân các xã Sơn Hội, Cà Lúi, Phước Tân tập trung thu hoạch sắn trên diện tích hơn 6.500 ha.",
         "Năng suất bình quân ước đạt 24 tấn mỗi hecta, giá bán tại nhà máy dao động từ 2.900 đến 3.100 đồng mỗi kg.",
         "Ngành nông nghiệp khuyến cáo bà con không trồng sắn liên tục nhiều vụ trên cùng một chân đất để tránh bạc màu."]),
 dict(t="Khai giảng lớp bồi dưỡng tiếng Ê Đê cho cán bộ, công chức", d=date(2024, 10, 19), tm="07:45", lead="",
      p=["Sáng 18/10, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng tiếng Ê Đê cho 45 học viên là cán bộ, công chức cấp huyện và cấp xã.",
         "Lớp học kéo dài ba tháng, do giáo viên người dân tộc thiểu số tại chỗ trực tiếp giảng dạy."]),
 dict(t="Trao 80 suất học bổng cho học sinh vượt khó", d=date(2024, 9, 7), tm="10:20", lead="", short=True,
      p=["Ngày 6/9, Hội Khuyến học huyện Sơn Hòa trao 80 suất học bổng, mỗi suất 1,5 triệu đồng, cho học sinh nghèo vượt khó học giỏi."]),
]
for a in A:
    a["url"] = BASE + slug(a["t"], drop_d=True)


def page(title, main, canon=None):
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>%s - Sơn Hòa</title>%s</head>
<body class="portal-egov"><div id="wrapper"><div id="banner"><div class="today">Hôm nay: Thứ Sáu, 04/12/2026</div>
<h1 class="site-title"><a href="/">ỦY BAN NHÂN DÂN HUYỆN SƠN HÒA</a></h1></div>
<nav id="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu/-/asset_publisher/Gt01/content/lich-su-hinh-thanh-huyen-son-hoa">Lịch sử hình thành</a></li>
<li><a href="/web/guest/tin-tuc">Tin tức</a></li><li><a href="/web/guest/thong-bao">Thông báo</a></li><li><a href="/web/guest/mot-cua">Một cửa điện tử</a></li></ul></nav>
<div id="content"><div class="columns-2"><div id="column-1" class="aui-w70 portlet-column">%s</div>
<div id="column-2" class="aui-w30 portlet-column">
<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><div class="portlet-title">Người xem cổng thông tin</div>
<div class="visit-counter-data-container-style-2"><div class="visit-counter-content">
<div><span>Tổng lượt vào trang</span><span class="counter-value">2318764</span></div>
<div><span>Đang kết nối</span><span class="counter-value">57</span></div>
<div>Trong tuần</span><span class="counter-value">6412</span></div></div></div></div>
<div class="portlet-boundary"><div class="portlet-title">Chuyên mục ảnh</div><a href="/web/guest/thu-vien-anh">Thư viện ảnh Sơn Hòa</a></div>
</div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Sơn Hòa. Địa chỉ: 262 Trần Hưng Đạo, thị trấn Củng Sơn. Điện thoại: 0257.3864.xxx</div>
</div></body></html>""" % (esc(title), ('<link rel="canonical" href="http://{{HOST}}%s"/><meta property="og:url" content="http://{{HOST}}%s"/>' % (attr(canon), attr(canon))) if canon else "", main)


def portlet(title, inner):
    return '<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-title"><span>%s</span></div><div class="portlet-content">%s</div></div>' % (esc(title), inner)


dated = [a for a in A if a["d"]]
for a in A:
    newer = [o for o in dated if o is not a and a["d"] and o["d"] > a["d"]][:3]
    older = [o for o in dated if o is not a and (not a["d"] or o["d"] < a["d"])][:3]
    rel = ""
    for lab, lst in (("Tin mới hơn", newer), ("Tin cũ hơn", older)):
        if lst:
            rel += '<div class="related_asset"><div class="related-title">%s</div><ul>%s</ul></div>' % (lab, "".join(
                '<li><a href="%s">%s</a> <span>(%s)</span></li>' % (attr(o["url"]), esc(o["t"]), o["d"].strftime("%d/%m")) for o in lst))
    datehtml = '<span class="publish-date">%s, ngày %s %s</span>' % (THU[a["d"].weekday()], a["d"].strftime("%d/%m/%Y"), a["tm"]) if a["d"] else ""
    body = []
    for i, para in enumerate(a["p"]):
        body.append("<p>%s</p>" % esc(para))
        if a.get("table") and i + 1 == a["tat"]:
            body.append('<table class="tbl">%s</table>' % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"]))
    abstract = '<div class="asset-abstract"><strong>%s</strong></div>' % esc(a["lead"]) if a["lead"] else ""
    inner = """<div class="asset_publisher_view_full_content"><div class="asset_title">%s</div>
<div class="social-panel"><div class="left">%s</div><div class="right"><a href="mailto:?subject=tin">Email</a> <a href="#">A-</a> <a href="#">A+</a> <a href="#" class="doc-bai">Nghe đọc bài</a></div></div>
%s<div class="asset-content">%s</div>%s</div>""" % (esc(a["t"]), datehtml, abstract, "\n".join(body), rel)
    P.add_page(a["url"], page(a["t"], portlet("Tin tức - Sự kiện", inner), canon=a["url"]))
    P.gold_article(a["url"], a["t"], a["d"], ([a["lead"]] if a["lead"] else []) + a["p"], table_cell=a.get("cell"))

L = "/web/guest/tin-tuc"
L2 = "/web/guest/tin-tuc?p_p_id=101_INSTANCE_%s&_101_INSTANCE_%s_cur=2&_101_INSTANCE_%s_delta=3" % (INST, INST, INST)


def abstracts(lst):
    return "".join('<div class="asset-abstract"><img src="/image/journal/thumb%d.jpg" width="180" height="100"/><h3 class="asset-title"><a href="%s">%s</a></h3><span class="asset-publish-date">%s</span><div class="asset-sumary">%s</div></div>' % (
        i, attr(a["url"]), esc(a["t"]), a["d"].strftime("%d-%m-%Y") if a["d"] else "", esc((a["lead"] or a["p"][0])[:120]) + "...") for i, a in enumerate(lst))


pag = '<div class="taglib-search-iterator-page-iterator-bottom"><a href="%s">1</a> <a href="%s">2</a> <a href="%s">Cuối</a></div>' % (L, attr(L2), attr(L2))
P.add_page(L, page("Tin tức", portlet("Tin tức - Sự kiện", abstracts(A[:3]) + pag)))
P.add_page(L2, page("Tin tức", portlet("Tin tức - Sự kiện", abstracts(A[3:]) + pag)))
NOTE = "/web/guest/thong-bao/-/asset_publisher/Tb09/content/thong-bao-lich-tiep-cong-dan-thang-12-2024"
P.add_page("/web/guest/thong-bao", page("Thông báo", portlet("Thông báo", '<ul><li><a href="%s">Thông báo lịch tiếp công dân tháng 12/2024</a></li></ul>' % NOTE)))
P.add_page(NOTE, page("Thông báo", portlet("Thông báo", '<div class="asset_publisher_view_full_content"><div class="asset_title">Thông báo lịch tiếp công dân tháng 12/2024</div><div class="asset-content"><p><a href="/documents/10181/0/lich-tiep-cong-dan-t12.pdf">lich-tiep-cong-dan-t12.pdf</a></p></div></div>')))
INTRO = ["Vùng đất Sơn Hòa xưa thuộc địa bàn cư trú lâu đời của đồng bào Ba Na, Chăm H'roi và Ê Đê, gắn với những buôn làng dọc sông Ba và sông Hinh.",
         "Năm 1899, chính quyền thực dân lập đồn Củng Sơn để kiểm soát vùng thượng du; từ đó Củng Sơn dần trở thành trung tâm giao thương của miền núi phía Tây.",
         "Trong hai cuộc kháng chiến, Sơn Hòa là căn cứ địa cách mạng quan trọng của tỉnh, được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
         "Ngày nay huyện có 14 đơn vị hành chính cấp xã, với thế mạnh về cây mía, sắn và chăn nuôi bò."]
IU = "/web/guest/gioi-thieu/-/asset_publisher/Gt01/content/lich-su-hinh-thanh-huyen-son-hoa"
P.add_page(IU, page("Lịch sử hình thành", portlet("Giới thiệu", '<div class="asset_publisher_view_full_content"><div class="asset_title">Lịch sử hình thành huyện Sơn Hòa</div><div class="asset-content">%s</div></div>' % "".join("<p>%s</p>" % esc(x) for x in INTRO))))
home = portlet("Tin nổi bật", abstracts(A[:4]) + '<a href="%s">Xem thêm</a>' % L) + portlet("Thông báo", '<a href="%s">Thông báo lịch tiếp công dân tháng 12/2024</a>' % NOTE)
P.add_page("/", page("Trang chủ", home))
P.non_articles += ["/", L, L2, "/web/guest/thong-bao", NOTE, IU]
P.furniture += ["Người xem cổng thông tin", "Tổng lượt vào trang", "Đang kết nối", "2318764", "Nghe đọc bài", "Tin mới hơn", "Tin cũ hơn",
                "Chuyên mục ảnh", "Thư viện ảnh Sơn Hòa", "Bản quyền thuộc Ủy ban nhân dân huyện Sơn Hòa", "Một cửa điện tử", "Hôm nay: Thứ Sáu"]
P.write()
