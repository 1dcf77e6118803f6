"""p5 — DotNetNuke district portal with Telerik grid pager (huyện Ba Chẽ, Quảng Ninh).

Hard cases: date only in a "Cập nhật" stamp after the text; counter module in the left pane before the
content; one real news article without any date; headline in a span inside dnn_ctr module title
area; a by-commune table; module title "Tin tức" above the headline.
"""
from common import Portal, esc, href

P = Portal("p5_bache_dnn", "Cổng thông tin điện tử huyện Ba Chẽ", "Ba Chẽ", "Quảng Ninh", "DotNetNuke (tabid, Telerik RadGrid pager)")
DET = "/Default.aspx?tabid=89&cateid=546&newsid=%d"
LIST1 = "/Default.aspx?tabid=89&cateid=546"
LIST2 = "/Default.aspx?tabid=89&cateid=546&pageindex=2"
INTRO = "/Default.aspx?tabid=61"
NOTICE = "/Default.aspx?tabid=95&cateid=550&newsid=7702"
DOCS = "/Default.aspx?tabid=95"

F_LEFT = ["Số người đã đến thăm", "Khách đang kết nối:", "Đã ghé hôm nay:", "Đã ghé từ ngày khai trương:"]
F_TOOL = ["Phiên bản in", "Trở về trang trước", "Giới thiệu lên mạng xã hội", "Tăng cỡ chữ", "Giảm cỡ chữ", "Chuyển tin tới email"]
F_IN = ["Cập nhật:", "Tin khác cùng mục", "Số lần tin được xem:"]
F_SIDE = ["Đường dây nóng huyện", "Sơ đồ cổng"]
F_FOOT = ["Thiết kế và vận hành: Trung tâm Truyền thông và Văn hóa huyện", "Lượt xem trọn đời:"]

A = [
 dict(id=3310, u="14:20 ngày 03/09/2025", d="2025-09-03", t="Ba Chẽ: 100% hồ sơ cấp huyện giải quyết đúng hạn trong tháng 8",
      p=["Tháng 8/2025, Trung tâm Phục vụ hành chính công huyện Ba Chẽ tiếp nhận 612 hồ sơ, trong đó 581 hồ sơ nộp trực tuyến.",
         "Cùng với 44 hồ sơ kỳ trước chuyển sang, trung tâm đã giải quyết 598 hồ sơ, gồm 311 hồ sơ trước hạn và 287 hồ sơ đúng hạn, không có hồ sơ quá hạn.",
         "Số hồ sơ đang giải quyết là 58; có 19 kết quả được trả qua dịch vụ bưu chính công ích.",
         "Trung tâm tiếp tục duy trì tin nhắn thông báo tự động cho người dân khi hồ sơ có kết quả."],
      must=["tiếp nhận 612 hồ sơ", "311 hồ sơ trước hạn và 287 hồ sơ đúng hạn", "19 kết quả được trả qua dịch vụ bưu chính công ích"]),
 dict(id=3302, u="09:05 ngày 22/08/2025", d="2025-08-22", t="Kết quả chấm điểm cải cách hành chính các xã năm 2024",
      p=["Hội đồng thẩm định chỉ số cải cách hành chính huyện đã công bố kết quả năm 2024 đối với 7 xã, thị trấn.",
         "Bình quân toàn huyện đạt 86,7 điểm; huyện Ba Chẽ xếp thứ 9/13 địa phương trong bảng xếp hạng PAR Index của tỉnh Quảng Ninh.",
         "Các xã xếp cuối bảng được yêu cầu rà soát các tiêu chí bị trừ điểm về số hóa hồ sơ và tuyên truyền."],
      tbl=[["Đơn vị", "Điểm", "Xếp loại"], ["Thị trấn Ba Chẽ", "91,25", "Tốt"], ["Xã Thanh Sơn", "88,60", "Khá"], ["Xã Đạp Thanh", "82,15", "Khá"]],
      must=["Bình quân toàn huyện đạt 86,7 điểm", "xếp thứ 9/13 địa phương", "Xã Đạp Thanh"]),
 dict(id=3295, u=None, d=None, t="Người Dao Thanh Y ở Nam Sơn giữ nghề thêu truyền thống",
      p=["Ở thôn Khe Lọng Ngoài, xã Nam Sơn, chị em người Dao Thanh Y vẫn dành buổi tối để thêu khăn, áo theo hoa văn của ông bà để lại.",
         "Hợp tác xã thổ cẩm của thôn hiện có 22 thành viên, mỗi bộ trang phục hoàn chỉnh mất gần ba tháng thêu.",
         "Sản phẩm được bán cho khách du lịch tại các phiên chợ quê và gian hàng OCOP của huyện."],
      must=["thôn Khe Lọng Ngoài, xã Nam Sơn", "22 thành viên", "gian hàng OCOP của huyện"]),
 dict(id=3288, u="16:45 ngày 08/08/2025", d="2025-08-08", t="Trồng mới 1.200 ha rừng gỗ lớn",
      p=["Từ đầu năm đến nay, các hộ dân và doanh nghiệp trên địa bàn đã trồng mới 1.200 ha rừng, trong đó 430 ha là cây bản địa và keo gỗ lớn.",
         "Huyện hỗ trợ cây giống lim, lát, giổi cho các hộ chuyển từ chu kỳ keo ngắn sang trồng rừng gỗ lớn."],
      must=["trồng mới 1.200 ha rừng", "430 ha là cây bản địa", "lim, lát, giổi"]),
 dict(id=3279, u="10:30 ngày 29/07/2025", d="2025-07-29", t="Xã Lương Mông đón nhận bằng công nhận đạt chuẩn nông thôn mới",
      p=["Lương Mông là xã đặc biệt khó khăn, cách trung tâm huyện hơn 40 km, nay đã đạt đủ 19 tiêu chí nông thôn mới.",
         "Thu nhập bình quân đầu người của xã năm 2024 đạt 46 triệu đồng, tăng gấp đôi so với năm 2020.",
         "Thu Trang"],
      must=["cách trung tâm huyện hơn 40 km", "đủ 19 tiêu chí nông thôn mới", "46 triệu đồng"]),
 dict(id=3266, u="08:15 ngày 15/07/2025", d="2025-07-15", t="Khai giảng lớp tiếng Dao cho cán bộ, công chức",
      p=["Lớp học dành cho 35 cán bộ, công chức, viên chức công tác ở vùng đồng bào dân tộc thiểu số, kéo dài 60 ngày.",
         "Giảng viên là giáo viên Trường Phổ thông dân tộc nội trú huyện, giáo trình do Sở Giáo dục và Đào tạo biên soạn."],
      must=["35 cán bộ, công chức, viên chức", "kéo dài 60 ngày", "Phổ thông dân tộc nội trú"]),
]


def shell(title, main, canon):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{href(canon)}"></head><body><form name="Form" method="post" action="{href(canon)}" id="Form">
<div id="dnn_HeaderPane"><img src="/Portals/0/banner_bache.png" alt="Ba Chẽ"><div class="menu"><a href="/">Trang chủ</a> <a href="{href(INTRO)}">Giới thiệu chung</a> <a href="{href(LIST1)}">Tin tức</a> <a href="{href(DOCS)}">Thông báo - văn bản</a></div></div>
<table width="100%"><tr><td id="dnn_LeftPane" width="22%"><div class="DnnModule DnnModule-Counter"><div id="dnn_ctr402_ContentPane"><div class="Head">{F_LEFT[0]}</div>
<div>{F_LEFT[1]} <b>12</b></div><div>{F_LEFT[2]} <b>988</b></div><div>{F_LEFT[3]} <b>1145206</b></div></div></div></td>
<td id="dnn_ContentPane">{main}</td><td id="dnn_RightPane" width="22%"><div class="DnnModule"><div class="Head">{F_SIDE[0]}</div><p>0203.3888.115</p><p><a href="/Default.aspx?tabid=70">{F_SIDE[1]}</a></p></div></td></tr></table>
<div id="dnn_FooterPane"><p>ỦY BAN NHÂN DÂN HUYỆN BA CHẼ</p><p>{F_FOOT[0]}</p><p>{F_FOOT[1]} 1145206</p></div></form></body></html>"""


def art(a):
    tbl = ""
    if a.get("tbl"):
        tbl = '<table class="rgMasterTable">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["tbl"]) + "</table>"
    body = "".join("<p>%s</p>" % esc(x) for x in a["p"][:2]) + tbl + "".join("<p>%s</p>" % esc(x) for x in a["p"][2:])
    stamp = '<div class="CapNhat"><i>%s %s</i></div>' % (F_IN[0], a["u"]) if a["u"] else ""
    oth = "".join('<li><a href="%s">%s</a>%s</li>' % (href(DET % b["id"]), esc(b["t"]), (" <span>(%s)</span>" % "/".join(reversed(b["d"].split("-")))) if b["d"] else "") for b in A if b is not a)
    return f"""<div class="DnnModule DnnModule-NewsDetail"><div id="dnn_ctr507_ContentPane"><span id="dnn_ctr507_dnnTITLE_titleLabel" class="Head">Tin tức</span>
<div id="dnn_ctr507_ViewNews_pnDetail"><span id="dnn_ctr507_ViewNews_lblTitle" class="TitleNews">{esc(a["t"])}</span>
<div class="Tools"><a href="#" onclick="fontUp()">{F_TOOL[3]}</a> | <a href="#" onclick="fontDown()">{F_TOOL[4]}</a> | <a href="#">{F_TOOL[5]}</a></div>
<div id="dnn_ctr507_ViewNews_lblContent">{body}</div>{stamp}<div class="Views">{F_IN[2]} {a["id"] % 451}</div>
<div class="Tools"><a href="/Default.aspx?tabid=89&amp;newsid={a["id"]}&amp;print=1">{F_TOOL[0]}</a> | <a href="javascript:history.back()">{F_TOOL[1]}</a> | <a href="#">{F_TOOL[2]}</a></div>
<div class="OtherNews"><b>{F_IN[1]}</b><ul>{oth}</ul></div></div></div></div>"""


for a in A:
    P.add(DET % a["id"], shell(a["t"], art(a), DET % a["id"]))
    cells = [x for r in a["tbl"] for x in r] if a.get("tbl") else []
    P.article(DET % a["id"], a["t"], a["d"], a["p"], a["must"], cells)

row = lambda a: '<tr class="rgRow"><td><a href="%s">%s</a><div>%s</div></td></tr>' % (href(DET % a["id"]), esc(a["t"]), esc(a["p"][0][:100]) + "...")
P.add(LIST1, shell("Tin tức", '<span class="Head">Tin tức</span><table class="rgMasterTable">' + "".join(row(a) for a in A[:4]) + '</table><div class="rgPager"><span class="rgCurrentPage">1</span> <a class="rgPageNext" href="%s">2</a></div>' % href(LIST2), LIST1), non_article=True)
P.add(LIST2, shell("Tin tức", '<span class="Head">Tin tức</span><table class="rgMasterTable">' + "".join(row(a) for a in A[4:]) + '</table><div class="rgPager"><a class="rgPagePrev" href="%s">1</a> <span class="rgCurrentPage">2</span></div>' % href(LIST1), LIST2), non_article=True)
IP = ["Ba Chẽ là huyện miền núi nằm ở trung tâm tỉnh Quảng Ninh, diện tích tự nhiên hơn 600 km², phần lớn là đồi núi và rừng.",
      "Trên địa bàn có 8 dân tộc cùng sinh sống, đông nhất là người Dao, Tày, Sán Chỉ và Kinh; người Dao Thanh Y còn giữ nhiều phong tục riêng.",
      "Cây ba kích, cây quế và rừng gỗ lớn là những sản phẩm chủ lực, gắn với chương trình mỗi xã một sản phẩm.",
      "Trụ sở các cơ quan của huyện đặt tại thị trấn Ba Chẽ, bên bờ sông cùng tên."]
P.add(INTRO, shell("Giới thiệu chung", '<span class="Head">Giới thiệu chung</span><div class="Normal">' + "".join("<p>%s</p>" % esc(x) for x in IP) + "</div>", INTRO), non_article=True)
P.add(NOTICE, shell("Thông báo", '<span class="TitleNews">Thông báo danh sách thí sinh đủ điều kiện dự tuyển giáo viên năm học 2025-2026</span><p><a href="/Portals/0/ThongBao/DS-thi-sinh-2025.pdf">DS-thi-sinh-2025.pdf</a></p>', NOTICE), non_article=True)
P.add(DOCS, shell("Thông báo - văn bản", '<ul><li><a href="%s">Thông báo danh sách thí sinh dự tuyển giáo viên</a></li></ul>' % href(NOTICE), DOCS), non_article=True)
P.add("/", shell("Trang chủ", '<span class="Head">Tin mới</span><table>' + "".join(row(a) for a in A[:3]) + '</table><p><a href="%s">Các tin khác</a></p><p><a href="%s">Thông báo tuyển dụng giáo viên</a></p>' % (href(LIST1), href(NOTICE)), "/"), non_article=True)
P.furniture(*F_LEFT, *F_TOOL, *F_IN, *F_SIDE, *F_FOOT)
P.finish()
