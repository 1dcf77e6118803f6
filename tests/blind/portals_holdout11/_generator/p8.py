"""Portal 8: huyện Tri Tôn (An Giang), a bespoke PHP table layout of the 2000s (index.php?mod=news&act=detail&id=).
Hard cases: no container classes at all (bare nested tables and <font>), headline in <font><b>,
a scrolling welcome banner, a digit-per-image counter (<img alt="3">) in the footer table,
header shows today's date while two articles state no date, image caption inside the body,
"Tin khác" list with dates, copyright block in the footer table, one article served also under a
second URL (&cat= variant, canonical names the plain one)."""
from common import Portal, esc, href

P = Portal("p8_triton_php_tables", "Website huyện Tri Tôn", "Tri Tôn", "An Giang", "bespoke PHP, table layout (2000s)")
def art_url(i):
    return f"/index.php?mod=news&act=detail&id={i}"
LIST = "/index.php?mod=news&act=list&cat=4"
LIST2 = LIST + "&p=2"
ARTS = [
 dict(id=5120, title="Tri Tôn giải quyết đúng hạn 99,6% hồ sơ trong năm 2023", published="2024-01-15",
  paras=["Năm 2023, Bộ phận Một cửa huyện Tri Tôn tiếp nhận 12.463 hồ sơ, trong đó 4.051 hồ sơ nộp trực tuyến. Đã giải quyết 12.209 hồ sơ, trong đó trước hạn 5.318 hồ sơ, đúng hạn 6.842 hồ sơ, trễ hạn 49 hồ sơ.",
         "Tỷ lệ giải quyết đúng hạn đạt 99,6%, tăng so với năm 2022. Còn 254 hồ sơ đang giải quyết chuyển sang năm 2024.",
         "Ông Chau Sóc Kha, Phó Chủ tịch UBND huyện, đề nghị Phòng Tài nguyên và Môi trường rút ngắn thời gian đo đạc hồ sơ cấp đổi giấy chứng nhận."],
  must=["12.463 hồ sơ, trong đó 4.051 hồ sơ nộp trực tuyến", "trễ hạn 49 hồ sơ", "Còn 254 hồ sơ đang giải quyết", "đạt 99,6%"]),
 dict(id=5114, title="Kết quả Chỉ số CCHC và SIPAS năm 2023 của huyện", published=None,
  paras=["Theo công bố của UBND tỉnh An Giang, Chỉ số cải cách hành chính năm 2023 của huyện Tri Tôn đạt 85,18%, xếp hạng 6/11 huyện, thị xã, thành phố.",
         "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) đạt 90,24%, xếp thứ 4/11.",
         "Huyện tiếp tục thực hiện mô hình “Cà phê cải cách hành chính” tại các xã có đông đồng bào Khmer để lắng nghe ý kiến người dân."],
  must=["đạt 85,18%, xếp hạng 6/11", "(SIPAS) đạt 90,24%, xếp thứ 4/11", "Cà phê cải cách hành chính"]),
 dict(id=5109, title="Số liệu hồ sơ một cửa cấp xã quý IV/2023", published="2023-12-30",
  paras=["Bảng tổng hợp hồ sơ tại một số xã, thị trấn trong quý IV/2023:"],
  table=[["Đơn vị", "Tiếp nhận", "Đúng hạn", "Trễ hạn"], ["Thị trấn Ba Chúc", "654", "654", "0"], ["Xã Núi Tô", "288", "285", "3"],
         ["Xã Ô Lâm", "301", "299", "2"], ["Xã Lương Phi", "247", "247", "0"]],
  tail=["Toàn huyện cấp xã tiếp nhận 3.918 hồ sơ trong quý; tỷ lệ đúng hạn đạt 99,8%."],
  must=["Xã Núi Tô", "Thị trấn Ba Chúc", "cấp xã tiếp nhận 3.918 hồ sơ", "tỷ lệ đúng hạn đạt 99,8%"]),
 dict(id=5101, title="Lễ hội đua bò Bảy Núi được tổ chức tại xã Lương Phi", published="2023-10-14",
  paras=["Nhân dịp lễ Sene Dolta của đồng bào Khmer, huyện Tri Tôn phối hợp tổ chức Hội đua bò Bảy Núi tại sân đua xã Lương Phi với 48 đôi bò tham gia.",
         "Hàng nghìn người dân và du khách đã đến cổ vũ trên bờ ruộng. Giải nhất thuộc về đôi bò của chùa Ta Miệt, xã Lương Phi.",
         "Chau Ngọc Đức"],
  must=["lễ Sene Dolta", "48 đôi bò tham gia", "chùa Ta Miệt"]),
 dict(id=5096, title="Nạo vét kênh Tám Ngàn phục vụ sản xuất vụ Đông Xuân", published=None,
  paras=["Huyện Tri Tôn đang nạo vét 7,5 km kênh Tám Ngàn đoạn qua xã Tân Tuyến, kinh phí hơn 4 tỷ đồng, dự kiến xong trước khi xuống giống vụ Đông Xuân.",
         "Công trình giúp chủ động nước tưới cho khoảng 2.300 ha lúa và giảm ngập úng cục bộ cho các ấp ven kênh."],
  must=["7,5 km kênh Tám Ngàn", "xã Tân Tuyến", "khoảng 2.300 ha lúa"]),
 dict(id=5090, title="Ra mắt Tổ hỗ trợ dịch vụ công tại ấp Tô Thủy", published="2023-09-08",
  paras=["Ngày 7/9, Đoàn Thanh niên xã Núi Tô ra mắt Tổ hỗ trợ dịch vụ công tại ấp Tô Thủy, gồm 6 đoàn viên biết tiếng Khmer.",
         "Tổ trực tại nhà văn hóa ấp vào chiều thứ Bảy hằng tuần để hướng dẫn người dân đăng ký tài khoản và nộp hồ sơ trực tuyến."],
  must=["ấp Tô Thủy", "6 đoàn viên biết tiếng Khmer", "chiều thứ Bảy hằng tuần"]),
]
ALT_ID = 5101
NOTICES = [dict(id=5125, title="Thông báo tiếp nhận hồ sơ xét tặng danh hiệu Nghệ nhân", pdf="/upload/files/TB_nghe_nhan_2024.pdf"),
           dict(id=5126, title="Lịch cắt điện tháng 2/2024 trên địa bàn huyện", pdf="/upload/files/lich_cat_dien_T2.pdf")]
P.furniture = ["Chào mừng quý khách đến với Website huyện Tri Tôn", "Số lượt truy cập", "Đang xem", "Tin khác", "Liên kết web",
               "Bản quyền: UBND huyện Tri Tôn", "Xem tốt nhất với độ phân giải 1024x768"]
TODAY = "Thứ sáu, 04/12/2026"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def layout(title, main, canonical=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}">' if canonical else ""
    digits = "".join(f'<img src="/images/counter/{d}.gif" alt="{d}" width="15" height="20">' for d in "00824513")
    online = "".join(f'<img src="/images/counter/{d}.gif" alt="{d}" width="15" height="20">' for d in "019")
    return f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)} :: Website huyện Tri Tôn</title>{c}</head>
<body bgcolor="#e9f1f8" topmargin="0" leftmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="3"><img src="/images/banner_triton.jpg" width="980" height="140"></td></tr>
<tr><td colspan="3" bgcolor="#0b5a99" height="26"><font color="#ffffff" size="2">&nbsp;<a href="/"><font color="#ffffff">Trang chủ</font></a> | <a href="/index.php?mod=page&amp;id=1"><font color="#ffffff">Giới thiệu</font></a> | <a href="{href(LIST)}"><font color="#ffffff">Tin tức</font></a> | <a href="/index.php?mod=vanban"><font color="#ffffff">Văn bản</font></a> | <a href="/index.php?mod=lienhe"><font color="#ffffff">Liên hệ</font></a></font></td></tr>
<tr><td colspan="3"><table width="100%"><tr><td width="200"><font size="1" face="Tahoma">{TODAY}</font></td><td><marquee scrollamount="3"><font color="#c00000" face="Tahoma" size="2"><b>Chào mừng quý khách đến với Website huyện Tri Tôn</b></font></marquee></td></tr></table></td></tr>
<tr><td width="190" valign="top"><table width="100%" cellpadding="2"><tr><td bgcolor="#0b5a99"><font color="#ffffff"><b>Liên kết web</b></font></td></tr>
<tr><td><font size="2">&raquo; Cổng TTĐT tỉnh An Giang<br>&raquo; Dịch vụ công trực tuyến</font></td></tr></table></td>
<td width="600" valign="top">{main}</td>
<td width="190" valign="top"><table width="100%"><tr><td><img src="/images/quangcao_cchc.gif" width="180"></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#0b5a99" align="center"><table width="100%" cellpadding="4"><tr><td align="center"><font color="#ffffff" size="2">Bản quyền: UBND huyện Tri Tôn - tỉnh An Giang<br>Địa chỉ: đường Lê Lợi, thị trấn Tri Tôn. Xem tốt nhất với độ phân giải 1024x768</font></td>
<td align="right" width="260"><font color="#ffffff" size="1">Số lượt truy cập: {digits}<br>Đang xem: {online}</font></td></tr></table></td></tr></table></body></html>'''


def article_page(a):
    body = "".join(f'<p align="justify"><font face="Arial" size="2">{esc(p)}</font></p>' for p in a["paras"][:1])
    if a["id"] in (5120, 5101):
        body += f'<p align="center"><img src="/upload/news/{a["id"]}.jpg" width="450"><br><i><font size="1">Ảnh: Hồ Quang Huy</font></i></p>'
    body += "".join(f'<p align="justify"><font face="Arial" size="2">{esc(p)}</font></p>' for p in a["paras"][1:])
    if a.get("table"):
        body += '<table border="1" cellpadding="3" cellspacing="0" width="95%" align="center">' + "".join("<tr>" + "".join(f'<td><font size="2">{esc(c)}</font></td>' for c in r) + "</tr>" for r in a["table"]) + "</table>"
    body += "".join(f'<p align="justify"><font face="Arial" size="2">{esc(p)}</font></p>' for p in a.get("tail") or [])
    date = f'<tr><td><font size="1" color="#777777">Ngày đăng: {dmy(a["published"])}</font></td></tr>' if a["published"] else ""
    others = "".join(f'<font size="2">&#8226; <a href="{href(art_url(b["id"]))}">{esc(b["title"])}</a>' + (f' <font color="#999999">({dmy(b["published"])})</font>' if b["published"] else "") + "</font><br>" for b in ARTS if b is not a)
    main = f'''<table width="100%" cellpadding="5"><tr><td><font face="Arial" size="3" color="#0b5a99"><b>{esc(a["title"])}</b></font></td></tr>{date}
<tr><td>{body}</td></tr>
<tr><td><br><font color="#0b5a99"><b>Tin khác:</b></font><br>{others}</td></tr></table>'''
    return layout(a["title"], main, art_url(a["id"]))


def listing(items, page):
    rows = "".join(f'<tr><td valign="top"><img src="/upload/news/thumb_{a["id"]}.jpg" width="100"></td><td valign="top"><a href="{href(art_url(a["id"]) + ("&cat=4" if a["id"] == ALT_ID else ""))}"><b><font size="2">{esc(a["title"])}</font></b></a><br><font size="2">{esc(a["paras"][0][:150])}...</font></td></tr>' for a in items)
    pg = f'<a href="{href(LIST2)}">[2]</a> <a href="{href(LIST2)}">Trang sau &raquo;</a>' if page == 1 else f'<a href="{href(LIST)}">&laquo; Trang trước</a> <a href="{href(LIST)}">[1]</a>'
    return f'<table width="100%" cellpadding="4">{rows}<tr><td colspan="2" align="center"><font size="2">{pg}</font></td></tr></table>'


home = '<table width="100%"><tr><td bgcolor="#dce9f5"><b>TIN TỨC - SỰ KIỆN</b></td></tr></table>' + listing(ARTS[:3], 1).replace(f'<a href="{href(LIST2)}">[2]</a> <a href="{href(LIST2)}">Trang sau &raquo;</a>', f'<a href="{href(LIST)}">Xem tất cả</a>') + '<table width="100%"><tr><td bgcolor="#dce9f5"><b>THÔNG BÁO</b></td></tr>' + "".join(f'<tr><td><font size="2">&raquo; <a href="{href(art_url(n["id"]))}">{esc(n["title"])}</a></font></td></tr>' for n in NOTICES) + '</table>'
P.add("/", layout("Trang chủ", home), kind="non_article")
P.add(LIST, layout("Tin tức", listing(ARTS[:4], 1)), kind="non_article")
P.add(LIST2, layout("Tin tức", listing(ARTS[4:], 2)), kind="non_article")
P.add("/index.php?mod=page&id=1", layout("Giới thiệu", '<table width="100%" cellpadding="5"><tr><td><font size="3"><b>Giới thiệu huyện Tri Tôn</b></font></td></tr><tr><td><font size="2">Tri Tôn là huyện miền núi, biên giới của tỉnh An Giang, thuộc vùng Bảy Núi, có đông đồng bào Khmer sinh sống.<br>Điện thoại: 0296.3874.xxx</font></td></tr></table>'), kind="non_article")
for n in NOTICES:
    P.add(art_url(n["id"]), layout(n["title"], f'<table width="100%" cellpadding="5"><tr><td><font face="Arial" size="3" color="#0b5a99"><b>{esc(n["title"])}</b></font></td></tr><tr><td><font size="2">File đính kèm: <a href="{href(n["pdf"])}">{esc(n["pdf"].rsplit("/", 1)[1])}</a></font></td></tr></table>', art_url(n["id"])), kind="non_article")
for a in ARTS:
    P.add(art_url(a["id"]), article_page(a))
    P.article(art_url(a["id"]), a)
P.add(art_url(ALT_ID) + "&cat=4", article_page(ARTS[3]), kind="alternate")
P.write()
