"""p2 — Liferay 6.1 Bkav portal_egov (huyện Đắk Glei, Kon Tum).

Hard cases: asset_publisher urlTitle URLs with the đ dropped; every article also reachable under a
second asset_publisher instance from the home page (canonical names the tin-tuc one); breadcrumb that
repeats the title; "Thứ Bẩy, ngày dd/MM/yyyy HH:ss" date in the social panel; one real news article
with no date at all; newer/older lists with (dd/MM); visit counter portlet in the side column.
"""
import datetime
from common import Portal, esc, href

P = Portal("p2_dakglei_bkav", "Cổng thông tin điện tử huyện Đắk Glei", "Đắk Glei", "Kon Tum",
           "Liferay 6.1 Bkav portal_egov (asset_publisher)")
INST = "Xk3pQ9"
CANON = "/web/guest/tin-tuc/-/asset_publisher/%s/content/%%s" % INST
ALT = "/web/guest/trang-chu/-/asset_publisher/Hm2Lr7/content/%s"
LIST1 = "/web/guest/tin-tuc"
LIST2 = "/web/guest/tin-tuc?p_p_id=101_INSTANCE_%s&p_p_lifecycle=0&_101_INSTANCE_%s_cur=2&_101_INSTANCE_%s_delta=4" % (INST, INST, INST)
INTRO = "/web/guest/gioi-thieu"
NOTICE = "/web/guest/thong-bao/-/asset_publisher/Tb77aa/content/thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025"
DOCS = "/web/guest/van-ban"
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]

F_SIDE = ["Số liệu lượt xem cổng", "Tổng lượt ghé:", "Đang xem cùng bạn:", "Lượt ghé hôm nay:", "Lượt ghé tháng này:"]
F_LEFT = ["Tra cứu hồ sơ một cửa", "Phản ánh kiến nghị"]
F_TOOL = ["Gửi bài qua thư điện tử", "Cỡ chữ nhỏ", "Cỡ chữ lớn", "Nghe đọc bài", "In nội dung", "Quay về", "Đăng lên Facebook"]
F_IN = ["Bài viết mới đăng sau", "Bài viết đã đăng trước", "Số lần xem bài:"]
F_FOOT = ["Bản quyền thuộc Ủy ban nhân dân huyện Đắk Glei", "Người chịu trách nhiệm chính:", "Tổng lượt truy xuất toàn cổng:"]
MENU = [("/", "Trang chủ"), (INTRO, "Giới thiệu huyện"), (LIST1, "Tin tức - sự kiện"), (DOCS, "Văn bản pháp quy"), ("/web/guest/lien-he", "Liên hệ")]


def shell(title, crumbs, main, canon):
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), esc(t)) for u, t in MENU)
    bc = " » ".join('<a href="%s">%s</a>' % (href(u), esc(t)) if u else "<span>%s</span>" % esc(t) for u, t in crumbs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Đắk Glei</title><link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"><meta property="og:url" content="http://{{{{HOST}}}}{href(canon)}"></head>
<body class="portal-egov"><div id="wrapper"><header id="banner"><h2 class="site-name">ỦY BAN NHÂN DÂN HUYỆN ĐẮK GLEI</h2><nav><ul>{menu}</ul></nav></header>
<div class="breadcrumbs">{bc}</div>
<div id="column-1" class="aui-w25 portlet-column"><section class="portlet"><div class="portlet-body"><ul class="lienket">
<li><a href="/web/guest/tra-cuu">{F_LEFT[0]}</a></li><li><a href="/web/guest/phan-anh">{F_LEFT[1]}</a></li></ul></div></section></div>
<div id="column-2" class="aui-w50 portlet-column">{main}</div>
<div id="column-3" class="aui-w25 portlet-column"><section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet">
<header class="portlet-topper"><h1 class="portlet-title">{F_SIDE[0]}</h1></header>
<div class="visit-counter-data-container-style-2"><div class="visit-counter-content">
<div><span>{F_SIDE[1]}</span> <span class="counter-value">3904417</span></div>
<div><span>{F_SIDE[2]}</span> <span class="counter-value">18</span></div>
<div>{F_SIDE[3]}</span> <span class="counter-value">1206</span></div>
<div><span>{F_SIDE[4]}</span> <span class="counter-value">40391</span></div></div></div></section></div>
<footer id="footer"><p>{F_FOOT[0]}</p><p>{F_FOOT[1]} Chánh Văn phòng HĐND và UBND huyện</p><p>{F_FOOT[2]} 3904417</p></footer></div></body></html>"""


A = [
 dict(s="ak-glei-tiep-nhan-2-317-ho-so-trong-6-thang-au-nam", d=(2025, 7, 5, 9, 14), t="Đắk Glei tiếp nhận 2.317 hồ sơ trong 6 tháng đầu năm",
      ab="Sáu tháng đầu năm 2025, Bộ phận tiếp nhận và trả kết quả huyện cùng 12 xã, thị trấn đã tiếp nhận 2.317 hồ sơ thủ tục hành chính.",
      p=["Trong tổng số hồ sơ, có 2.205 hồ sơ tiếp nhận mới và 112 hồ sơ từ kỳ trước chuyển qua; số hồ sơ nộp trực tuyến là 1.498, chiếm 67,9%.",
         "Kết quả, đã giải quyết 2.164 hồ sơ, trong đó trước hạn 1.020, đúng hạn 1.119, quá hạn 25; đang giải quyết 153 hồ sơ.",
         "Tỷ lệ hồ sơ trả kết quả qua dịch vụ bưu chính công ích còn thấp, mới đạt 3,1%, chủ yếu ở lĩnh vực hộ tịch và chứng thực.",
         "Huyện giao Văn phòng HĐND và UBND huyện theo dõi hằng tuần số hồ sơ sắp đến hạn để nhắc các cơ quan chuyên môn."],
      must=["2.205 hồ sơ tiếp nhận mới", "trước hạn 1.020, đúng hạn 1.119, quá hạn 25", "chiếm 67,9%"]),
 dict(s="chi-so-par-index-huyen-ak-glei-tang-6-bac", d=(2025, 6, 14, 15, 3), t="Chỉ số PAR Index huyện Đắk Glei tăng 6 bậc",
      ab="Năm 2024, chỉ số cải cách hành chính của huyện đạt 80,56 điểm, xếp thứ 4/10 huyện, thành phố của tỉnh Kon Tum.",
      p=["Bảng dưới đây tóm tắt điểm theo từng lĩnh vực đánh giá:",
         "Lĩnh vực hiện đại hóa nền hành chính còn bị trừ điểm do tỷ lệ hồ sơ số hóa kết quả giải quyết chưa đạt yêu cầu.",
         "Chủ tịch UBND huyện đề nghị các xã Đắk Pék, Đắk Man và Mường Hoong khắc phục ngay các tiêu chí bị mất điểm."],
      tbl=[["Lĩnh vực", "Điểm tối đa", "Điểm đạt"], ["Công tác chỉ đạo, điều hành", "11", "10,25"], ["Cải cách thủ tục hành chính", "14", "12,40"], ["Hiện đại hóa nền hành chính", "12", "8,75"]],
      must=["80,56 điểm, xếp thứ 4/10", "Cải cách thủ tục hành chính", "hồ sơ số hóa kết quả giải quyết"]),
 dict(s="thu-hoach-sam-ngoc-linh-tai-xa-ngoc-linh", d=None, t="Hợp tác xã ở xã Ngọc Linh thu hoạch lứa sâm sáu năm tuổi",
      ab="Hợp tác xã dược liệu Ngọc Linh vừa thu hoạch lứa sâm trồng dưới tán rừng được sáu năm tuổi trên diện tích 1,2 ha.",
      p=["Sâm được bán cho đối tác ở thành phố Kon Tum sau khi đã được cấp mã số vùng trồng và kiểm tra chất lượng.",
         "Bà Y Nhuông, giám đốc hợp tác xã, cho biết số tiền thu được sẽ dùng để trả công cho 37 hộ thành viên chăm sóc vườn."],
      must=["trồng dưới tán rừng", "cấp mã số vùng trồng", "37 hộ thành viên"]),
 dict(s="ra-soat-ho-ngheo-a-chieu-tai-thi-tran-ak-glei", d=(2025, 5, 24, 8, 30), t="Rà soát hộ nghèo đa chiều tại thị trấn Đắk Glei",
      ab="Thị trấn Đắk Glei hoàn thành rà soát giữa kỳ hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025.",
      p=["Kết quả còn 214 hộ nghèo và 167 hộ cận nghèo; 29 hộ đăng ký thoát nghèo nhờ trồng quế và nuôi heo rừng lai.",
         "Ủy ban thị trấn niêm yết công khai danh sách tại nhà văn hóa các thôn trong bảy ngày để người dân góp ý."],
      must=["214 hộ nghèo và 167 hộ cận nghèo", "trồng quế và nuôi heo rừng lai", "niêm yết công khai danh sách"]),
 dict(s="khoi-cong-cau-treo-thon-long-ri", d=(2025, 5, 10, 7, 45), t="Khởi công cầu treo dân sinh thôn Long Ri",
      ab="Ngày 9/5, Ban quản lý dự án huyện khởi công cầu treo dài 86 m bắc qua sông Pô Kô, nối thôn Long Ri với trung tâm xã Đắk Nhoong.",
      p=["Công trình có tổng vốn 5,4 tỷ đồng từ chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
         "Khi hoàn thành trước mùa mưa, cây cầu giúp hơn 300 học sinh không còn phải lội sông đến trường.",
         "Trọng Nhân"],
      must=["dài 86 m bắc qua sông Pô Kô", "tổng vốn 5,4 tỷ đồng", "hơn 300 học sinh"]),
 dict(s="tap-huan-ky-nang-so-cho-can-bo-mot-cua", d=(2025, 4, 26, 14, 20), t="Tập huấn kỹ năng số cho cán bộ một cửa cấp xã",
      ab="Trong hai ngày 24 và 25/4, 48 công chức bộ phận một cửa cấp xã được hướng dẫn số hóa hồ sơ, ký số và trả kết quả điện tử.",
      p=["Học viên thực hành trực tiếp trên tài khoản thử nghiệm của hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
         "Cuối khóa, mỗi xã cam kết đạt tối thiểu 80% hồ sơ được số hóa ngay khi tiếp nhận."],
      must=["48 công chức bộ phận một cửa", "ký số và trả kết quả điện tử", "tối thiểu 80% hồ sơ được số hóa"]),
]


def fmt_full(d):
    dt = datetime.datetime(*d)
    return "%s, ngày %02d/%02d/%d %02d:%02d" % (THU[dt.weekday()], d[2], d[1], d[0], d[3], 0 if d[4] > 59 else d[4] // 2)


def art(a):
    date = '<span class="ngay-dang">%s</span>' % fmt_full(a["d"]) if a["d"] else ""
    tbl = ""
    if a.get("tbl"):
        tbl = '<table border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "<p>%s</p>" % esc(a["p"][0]) + tbl + "".join("<p>%s</p>" % esc(x) for x in a["p"][1:])
    dated = [b for b in A if b["d"]]
    newer = [b for b in dated if a["d"] and b["d"] > a["d"]][-3:]
    older = [b for b in dated if not a["d"] or b["d"] < a["d"]][:3]
    li = lambda L: "".join('<li><a href="%s">%s</a> (%02d/%02d)</li>' % (href(CANON % b["s"]), esc(b["t"]), b["d"][2], b["d"][1]) for b in L)
    return f"""<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Tin tức - sự kiện</h1></header>
<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a["t"])}</h3>
<div class="social-panel"><div class="left">{date}</div><div class="right"><a href="#">{F_TOOL[0]}</a> <a href="#" title="{F_TOOL[1]}">A-</a> <a href="#" title="{F_TOOL[2]}">A+</a> <a href="#">{F_TOOL[3]}</a></div></div>
<div class="asset-abstract"><strong>{esc(a["ab"])}</strong></div>
<div class="asset-content">{body}</div>
<div class="asset-tools"><a href="#">{F_TOOL[4]}</a> · <a href="javascript:history.go(-1)">{F_TOOL[5]}</a> · <a href="#">{F_TOOL[6]}</a> · {F_IN[2]} {len(a["t"]) * 17}</div>
<div class="related_asset"><h4>{F_IN[0]}</h4><ul>{li(newer)}</ul><h4>{F_IN[1]}</h4><ul>{li(older)}</ul></div></div></section>"""


for a in A:
    c = CANON % a["s"]
    crumbs = [("/", "Trang chủ"), (LIST1, "Tin tức - sự kiện"), (None, a["t"])]
    P.add(c, shell(a["t"], crumbs, art(a), c))
    P.add(ALT % a["s"], shell(a["t"], crumbs, art(a), c))
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(c, a["t"], "%04d-%02d-%02d" % a["d"][:3] if a["d"] else None, [a["ab"]] + a["p"], a["must"], cells)


def teaser(a, base=CANON):
    d = '<span class="asset-publish-date">%02d-%02d-%d</span>' % (a["d"][2], a["d"][1], a["d"][0]) if a["d"] else ""
    return f'<div class="asset-abstract"><span class="asset-category-name">Tin tức - sự kiện</span><h3><a href="{href(base % a["s"])}">{esc(a["t"])}</a></h3>{d}<div class="asset-sumary">{esc(a["ab"][:90])}...</div></div>'


pag = lambda cur: '<div class="search-paginator"><a href="%s">Đầu</a> <a href="%s">Trang 2</a> <span>Trang %d / 2</span></div>' % (href(LIST1), href(LIST2), cur)
P.add(LIST1, shell("Tin tức - sự kiện", [("/", "Trang chủ"), (None, "Tin tức - sự kiện")], "".join(teaser(a) for a in A[:4]) + pag(1), LIST1), non_article=True)
P.add(LIST2, shell("Tin tức - sự kiện", [("/", "Trang chủ"), (None, "Tin tức - sự kiện")], "".join(teaser(a) for a in A[4:]) + pag(2), LIST2), non_article=True)
IP = ["Đắk Glei là huyện vùng cao biên giới ở phía bắc tỉnh Kon Tum, giáp tỉnh Quảng Nam và nước bạn Lào, có đỉnh Ngọc Linh cao 2.598 m.",
      "Dân cư chủ yếu là người Xơ Đăng, Giẻ Triêng cùng đồng bào Kinh đến lập nghiệp từ nhiều tỉnh; nhiều làng còn giữ nhà rông và lễ hội mừng lúa mới.",
      "Kinh tế của huyện dựa vào nông lâm nghiệp, trong đó sâm Ngọc Linh và các loài dược liệu dưới tán rừng được coi là cây trồng mũi nhọn.",
      "Đường Hồ Chí Minh chạy dọc huyện, nối trung tâm thị trấn với cửa khẩu và các xã vùng sâu."]
P.add(INTRO, shell("Giới thiệu huyện", [("/", "Trang chủ"), (None, "Giới thiệu huyện")], '<div class="journal-content-article">' + "".join("<p>%s</p>" % esc(x) for x in IP) + "</div>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", [("/", "Trang chủ"), (None, "Thông báo")], '<div class="asset_publisher_view_full_content"><h3 class="asset_title">Thông báo tuyển dụng viên chức giáo dục năm 2025</h3>'
      '<div class="asset-content"><p><a href="/documents/10181/0/TB+tuyen+dung+2025.pdf">TB tuyen dung 2025.pdf</a></p></div></div>', NOTICE), non_article=True)
P.add(DOCS, shell("Văn bản pháp quy", [("/", "Trang chủ"), (None, "Văn bản pháp quy")], '<ul><li><a href="%s">Thông báo tuyển dụng viên chức giáo dục năm 2025</a></li></ul>' % href(NOTICE), DOCS), non_article=True)
home = "".join(teaser(a, ALT) for a in A[:3]) + '<p><a href="%s">Xem tất cả tin</a></p><p><a href="%s">Thông báo tuyển dụng</a></p>' % (href(LIST1), href(NOTICE))
P.add("/", shell("Trang chủ", [(None, "Trang chủ")], home, "/"), non_article=True)
P.furniture(*F_SIDE, *F_LEFT, *F_TOOL, *F_IN, *F_FOOT, "Văn bản pháp quy")
P.finish()
