"""p6 — DotNetNuke (huyện Tiên Yên, Quảng Ninh).

Hard cases: headline in a span (no h1), date with weekday and time printed after the
text, a bare author name (or a "Nguồn:" line) as the last body paragraph, a body
container with an id and no class, a scrolling welcome banner, a counter just above
the footer licence, Telerik-style pager for page 2, a print link that is not served.
"""
from common import Portal, esc, attr

P = Portal("h12_tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke")

LIST = "/Default.aspx?tabid=89&cateid=546"
LIST2 = LIST + "&currentpage=2"
CONTACT = "/Default.aspx?tabid=61"


def url(i):
    return "/Default.aspx?tabid=89&cateid=546&newsid=%d" % i


def shell(title, main, canonical=None):
    canon = ('<link rel="canonical" href="http://{{HOST}}%s" />' % attr(canonical)) if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN"><head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>{canon}
<link href="/Portals/_default/Skins/TienYen/skin.css" rel="stylesheet" type="text/css" />
</head><body id="Body">
<form method="post" action="/Default.aspx?tabid=89" id="Form">
<div id="dnn_BannerPane"><img src="/Portals/0/banner_tienyen.jpg" alt="" />
<marquee class="welcome">Chào mừng quý vị đến với Cổng thông tin điện tử huyện Tiên Yên</marquee></div>
<div id="dnn_MenuPane"><a href="/Default.aspx?tabid=36">TRANG CHỦ</a> | <a href="/Default.aspx?tabid=52">TỔNG QUAN TIÊN YÊN</a> | <a href="{attr(LIST)}">TIN TỨC SỰ KIỆN</a> | <a href="/Default.aspx?tabid=95">THỦ TỤC HÀNH CHÍNH</a> | <a href="{attr(CONTACT)}">LIÊN HỆ</a></div>
<table width="1000" border="0" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_LeftPane" width="220" valign="top"><div class="DNNModuleContent"><span class="Head">Chuyên mục</span>
<ul><li><a href="{attr(LIST)}">Tin trong huyện</a></li><li><a href="/Default.aspx?tabid=89&amp;cateid=547">Tin trong tỉnh</a></li></ul></div></td>
<td id="dnn_ContentPane" valign="top">{main}</td></tr></table>
<div id="dnn_ctr612_Counter"><span>Khách trực tuyến: 118</span> - <span>Tổng lượt xem: 8.412.907</span></div>
<div id="dnn_FooterPane">Cơ quan thường trực: Văn phòng HĐND và UBND huyện Tiên Yên<br/>Giấy phép thiết lập trang thông tin điện tử số 07/GP-STTTT<br/>Phố Long Tiên, thị trấn Tiên Yên, tỉnh Quảng Ninh</div>
</form></body></html>"""


def detail(a):
    body = "".join("<p>%s</p>" % esc(p) for p in a["paras"][:a.get("split", 99)])
    if a.get("table"):
        body += '<table border="1" cellspacing="0" cellpadding="4">%s</table>' % "".join(
            "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        body += "".join("<p>%s</p>" % esc(p) for p in a["paras"][a["split"]:])
    body += '<p style="text-align:right"><strong>%s</strong></p>' % esc(a["sign"])
    main = f"""<div id="dnn_ctr507_ContentPane"><div id="dnn_ctr507_ModuleContent">
<span id="dnn_ctr507_ViewNews_lblTitle" class="Head">{esc(a["title"])}</span>
<div id="dnn_ctr507_ViewNews_pnlContent">{body}</div>
<div id="dnn_ctr507_ViewNews_pnlDate"><i>Ngày đăng: {a["when"]}</i></div>
<div><a href="/Default.aspx?tabid=89&amp;newsid={a["id"]}&amp;print=1">Bản in</a> | <a href="javascript:void(0)">Gửi bài viết</a></div>
<div class="othernews"><b>Tin đã đăng:</b><table>{"".join('<tr><td><a href="%s">%s</a></td><td>(%s)</td></tr>' % (attr(url(x["id"])), esc(x["title"]), x["d"]) for x in ARTS if x is not a)}</table></div>
</div></div>"""
    return shell(a["title"], main, canonical=url(a["id"]))


ARTS = [
 dict(id=3318, d="08/04/2025", when="Thứ Ba, 08/04/2025 - 15:10", pub="2025-04-08",
  title="Trung tâm Hành chính công huyện Tiên Yên: quý I tiếp nhận gần 4.900 hồ sơ",
  paras=[
   "Theo số liệu của Trung tâm Hành chính công huyện, quý I năm 2025 trên địa bàn huyện đã tiếp nhận 4.893 hồ sơ, trong đó có 130 hồ sơ kỳ trước chuyển qua.",
   "Trung tâm đã giải quyết 4.702 hồ sơ, trong đó trước hạn 3.115 hồ sơ, đúng hạn 1.587 hồ sơ, không có hồ sơ trễ hạn. Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến một phần và toàn trình là 3.406 hồ sơ.",
   "Kết quả ở một số xã:",
   "Trong quý, trung tâm đã trả 287 kết quả qua dịch vụ bưu chính công ích đến tận nhà người dân ở các xã đảo và vùng cao.",
  ], split=3,
  table=[["Xã", "Tiếp nhận", "Trực tuyến"], ["Đông Ngũ", "612", "497"], ["Hải Lạng", "438", "351"], ["Đồng Rui", "205", "160"]],
  sign="Thu Trang",
  must=["4.893 hồ sơ", "130 hồ sơ kỳ trước chuyển qua", "3.406 hồ sơ", "Hải Lạng", "287 kết quả"]),
 dict(id=3297, d="21/03/2025", when="Thứ Sáu, 21/03/2025 - 09:45", pub="2025-03-21",
  title="Tiên Yên cải thiện thứ hạng DDCI năm 2024",
  paras=[
   "Kết quả đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) tỉnh Quảng Ninh năm 2024 cho thấy huyện Tiên Yên đạt 79,12 điểm, xếp thứ 9/13 địa phương, tăng 2 bậc.",
   "Chỉ số cải cách hành chính của huyện năm 2024 đạt 87,30%, xếp thứ 10/13. Tỷ lệ hài lòng của tổ chức, cá nhân đạt 97,5%.",
   "Huyện đã giao Phòng Tài chính - Kế hoạch xây dựng kế hoạch khắc phục những chỉ số thành phần bị chấm thấp.",
  ],
  sign="Nguồn: Văn phòng HĐND và UBND huyện",
  must=["79,12 điểm", "xếp thứ 9/13", "87,30%", "97,5%"]),
 dict(id=3284, d="12/03/2025", when="Thứ Tư, 12/03/2025 - 07:30", pub="2025-03-12",
  title="Hội thi gà Tiên Yên năm 2025",
  paras=[
   "Hội thi thu hút 86 hộ chăn nuôi ở 11 xã, thị trấn mang gà trống, gà mái đến dự thi.",
   "Ban giám khảo chấm theo các tiêu chí màu lông, dáng đứng, chân vàng và trọng lượng; giải nhất thuộc về một con gà trống nặng 3,6 kg của hộ ông Chíu Văn Sáng, xã Phong Dụ.",
  ],
  sign="Minh Đức",
  must=["86 hộ chăn nuôi", "3,6 kg", "Chíu Văn Sáng"]),
 dict(id=3270, d="28/02/2025", when="Thứ Sáu, 28/02/2025 - 16:20", pub="2025-02-28",
  title="Trồng mới 15 ha rừng ngập mặn ở Đồng Rui",
  paras=[
   "Dự án do một tổ chức phi chính phủ tài trợ, người dân thôn Bình Hải được thuê trồng và chăm sóc cây đâng, cây trang trong ba năm.",
   "Rừng ngập mặn Đồng Rui là nơi sinh sống của nhiều loài cua, ngán, sá sùng mang lại thu nhập cho bà con ven biển.",
  ],
  sign="Hải Yến",
  must=["thôn Bình Hải", "cây đâng, cây trang", "sá sùng"]),
 dict(id=3261, d="19/02/2025", when="Thứ Tư, 19/02/2025 - 10:00", pub="2025-02-19",
  title="Bàn giao nhà đại đoàn kết ở xã Đại Dực",
  paras=["Ủy ban MTTQ huyện đã bàn giao 3 căn nhà đại đoàn kết cho hộ nghèo người Dao ở xã Đại Dực."],
  sign="Thanh Xuân",
  must=["3 căn nhà đại đoàn kết", "người Dao", "xã Đại Dực"]),
 dict(id=3249, d="07/02/2025", when="Thứ Sáu, 07/02/2025 - 14:35", pub="2025-02-07",
  title="Hà Lâu phát triển du lịch cộng đồng của người Dao Thanh Phán",
  paras=[
   "Xã Hà Lâu đã hỗ trợ 8 hộ ở thôn Khe Lục cải tạo nhà trình tường để đón khách lưu trú.",
   "Du khách đến đây được trải nghiệm tắm lá thuốc, thêu thổ cẩm và xem lễ cấp sắc của đồng bào Dao Thanh Phán.",
  ],
  sign="Thu Trang",
  must=["thôn Khe Lục", "nhà trình tường", "tắm lá thuốc"]),
]

for a in ARTS:
    # the signature paragraph is inside the body element, so it is the text's last paragraph
    P.article(url(a["id"]), detail(a), a["title"], a["pub"], a["paras"] + [a["sign"]], a["must"], cells=[c for r in a.get("table") or [] for c in r])

P.furn("Chào mừng quý vị đến với Cổng thông tin điện tử huyện Tiên Yên", "Khách trực tuyến", "Tổng lượt xem",
       "Tin đã đăng", "Bản in", "Gửi bài viết", "Cơ quan thường trực", "Giấy phép thiết lập trang thông tin điện tử",
       "TỔNG QUAN TIÊN YÊN", "Tin trong tỉnh", "Chuyên mục")


def rows(arts):
    return "".join(f'<tr class="rgRow"><td><a href="{attr(url(a["id"]))}">{esc(a["title"])}</a><br/><span class="date">{a["d"]}</span></td></tr>' for a in arts)


P.non_article(LIST, shell("Tin trong huyện", f"""<div id="dnn_ctr506_ModuleContent"><span class="Head">Tin trong huyện</span>
<table class="rgMasterTable">{rows(ARTS[:4])}</table>
<div class="rgWrap rgNumPart"><a class="rgCurrentPage" href="{attr(LIST)}"><span>1</span></a><a href="{attr(LIST2)}"><span>2</span></a></div>
<div class="rgWrap rgArrPart2"><a class="rgPageNext" href="{attr(LIST2)}" title="Trang sau"></a></div></div>"""))
P.non_article(LIST2, shell("Tin trong huyện", f"""<div id="dnn_ctr506_ModuleContent"><span class="Head">Tin trong huyện</span>
<table class="rgMasterTable">{rows(ARTS[4:])}</table>
<div class="rgWrap rgNumPart"><a href="{attr(LIST)}"><span>1</span></a><a class="rgCurrentPage" href="{attr(LIST2)}"><span>2</span></a></div></div>"""))

NOTICE = url(3320)
P.non_article(NOTICE, shell("Thông báo thu hồi đất thực hiện dự án đường nối khu công nghiệp Hải Hà", f"""<div id="dnn_ctr507_ModuleContent">
<span class="Head">Thông báo thu hồi đất thực hiện dự án đường nối khu công nghiệp Hải Hà</span>
<div id="dnn_ctr507_ViewNews_pnlContent"><p><a href="/Portals/0/VanBan/2025/TB-thu-hoi-dat.pdf">Tải về</a></p></div></div>""", canonical=NOTICE))

P.non_article(CONTACT, shell("Liên hệ", """<div id="dnn_ctr520_ModuleContent"><span class="Head">Liên hệ</span>
<p>Văn phòng HĐND và UBND huyện Tiên Yên</p><p>Điện thoại: 0203 3876 131</p><p>Thư điện tử: vanphong.ty@quangninh.gov.vn</p></div>"""))

P.non_article("/", shell("Trang chủ - Tiên Yên", f"""<div id="dnn_ctr500_ModuleContent"><span class="Head">Tin nổi bật</span><table>{rows(ARTS[:2])}</table>
<a href="{attr(LIST)}">Xem tiếp</a></div>
<div id="dnn_ctr501_ModuleContent"><span class="Head">Thông báo</span><ul><li><a href="{attr(NOTICE)}">Thông báo thu hồi đất thực hiện dự án đường nối khu công nghiệp Hải Hà</a></li></ul></div>"""))

P.write()
