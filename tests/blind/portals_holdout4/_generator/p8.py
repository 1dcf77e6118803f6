"""p8 — huyện Bắc Trà My, Quảng Nam: a bespoke PHP site of the 2000s, all tables
and <font>, no container class anywhere.  Articles /tintuc.php?ngay=YYYYMMDD&id=N,
listing /danhsach.php?cm=2&trang=N.

Hard cases: no class or id on any content element; the headline in
<font size="4"><b>; the only date of an article is in its URL (the header
shows today's date); paragraphs separated by <br /><br /> inside one <td>;
a counter inside the article cell after the text ("Số lần xem: 1532");
one body written wholly in numeric character references; a welcome marquee;
a listing page whose teasers are whole paragraphs; footer copyright in a table.
"""
import re
from common import Portal, Article, esc, render_table

P = Portal("p8_bactramy", "Website huyện Bắc Trà My", "Bắc Trà My", "Quảng Nam",
           "bespoke PHP table layout (tintuc.php?ngay=&id=)")
FURN = ["Chào mừng quý khách đến với Website huyện Bắc Trà My", "Số lần xem:",
        "Các tin đã đưa", "Số người truy cập:", "Đang xem:",
        "Copyright 2008 UBND huyện Bắc Trà My", "Thiết kế: Phòng Văn hóa - Thông tin",
        "Về đầu trang"]
P.furniture = FURN
TODAY = "Thứ Ba, 12/11/2024"

A = [
    Article(812, "Bắc Trà My giải quyết 98,8% hồ sơ đúng hạn trong 10 tháng", "2024-11-05", [
        "Từ đầu năm đến hết tháng 10 năm 2024, Bộ phận tiếp nhận và trả kết quả huyện và 13 xã, thị trấn đã tiếp nhận 5.264 hồ sơ thủ tục hành chính.",
        "Tổng số hồ sơ đã giải quyết là 5.109 hồ sơ, trong đó đúng hạn và trước hạn 5.048 hồ sơ, đạt 98,8%; quá hạn 61 hồ sơ. Có 155 hồ sơ đang giải quyết.",
        "Số hồ sơ nộp trực tuyến là 3.007 hồ sơ, đạt 57,1%. Các xã vùng cao như Trà Leng, Trà Dơn, Trà Tập gặp khó khăn do sóng điện thoại chập chờn.",
        "UBND huyện giao Văn phòng HĐND và UBND huyện phối hợp Viễn thông lắp thêm trạm phát sóng tại trung tâm các xã này.",
    ], ["5.264 hồ sơ thủ tục hành chính", "đúng hạn và trước hạn 5.048 hồ sơ", "đạt 57,1%", "sóng điện thoại chập chờn"], cchc=True),
    Article(806, "Kết quả Chỉ số CCHC năm 2023 của các xã, thị trấn", "2024-10-22", [
        "UBND huyện vừa ban hành quyết định công bố Chỉ số cải cách hành chính năm 2023 của 13 xã, thị trấn. Điểm bình quân đạt 79,86 điểm.",
        "Kết quả các đơn vị đứng đầu và cuối bảng:",
        "Ở cấp tỉnh, Chỉ số CCHC năm 2023 của huyện Bắc Trà My đạt 81,55 điểm, xếp thứ 11/18 huyện, thị xã, thành phố.",
    ], ["bình quân đạt 79,86 điểm", "xếp thứ 11/18 huyện", "Trà Giáp", "đứng đầu và cuối bảng"],
        table=[["Xếp hạng", "Xã, thị trấn", "Điểm"],
               ["1", "Thị trấn Trà My", "88,40"],
               ["2", "Trà Sơn", "85,12"],
               ["13", "Trà Giáp", "70,08"]],
        table_at=2, cchc=True),
    Article(799, "Sâm Ngọc Linh trồng dưới tán rừng Trà Linh", "2024-10-09", [
        "Huyện đang có hơn 300 ha sâm Ngọc Linh được trồng dưới tán rừng tự nhiên ở độ cao trên 1.500 mét.",
        "Để chống trộm sâm, các hộ đã lập tổ tuần tra chung và lắp camera ở lối vào vườn.",
        "Sâm có tuổi từ 5 năm trở lên được các thương lái thu mua với giá cao.",
    ], ["hơn 300 ha sâm Ngọc Linh", "trên 1.500 mét", "lập tổ tuần tra chung"]),
    Article(793, "Sửa chữa đường ĐH2 bị sạt lở", "2024-09-26", [
        "Ban Quản lý dự án huyện đang khắc phục 5 điểm sạt lở trên tuyến ĐH2 đi xã Trà Kót, dự kiến thông tuyến trong tháng 10.",
    ], ["5 điểm sạt lở", "tuyến ĐH2 đi xã Trà Kót", "dự kiến thông tuyến"]),
    Article(787, "Khai giảng lớp dạy chữ Ca Dong cho cán bộ", "2024-09-12", [
        "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện khai giảng lớp học tiếng Ca Dong cho 40 cán bộ, công chức cấp xã.",
        "Lớp học kéo dài 3 tháng, giúp cán bộ giao tiếp tốt hơn với đồng bào khi tuyên truyền và hướng dẫn thủ tục.",
    ], ["lớp học tiếng Ca Dong", "40 cán bộ, công chức cấp xã", "kéo dài 3 tháng"]),
    Article(780, "Trao học bổng cho học sinh nghèo vượt khó", "2024-08-30", [
        "Hội Khuyến học huyện trao 52 suất học bổng, mỗi suất 1 triệu đồng cho học sinh có hoàn cảnh khó khăn trước thềm năm học mới.",
        "Nguồn kinh phí do các nhà hảo tâm tại Đà Nẵng đóng góp.",
    ], ["52 suất học bổng", "mỗi suất 1 triệu đồng", "nhà hảo tâm tại Đà Nẵng"]),
]
VIEWS = [1532, 907, 664, 418, 375, 290]
NCR_BODY = {799}
NOTICES = [(815, "Thông báo tuyển sinh lớp học nghề miễn phí năm 2024", "/upload/thongbao/tb-tuyen-sinh-nghe.doc"),
           (802, "Thông báo lịch tiếp dân tháng 11/2024", "/upload/thongbao/lich-tiep-dan-11.doc")]


def ncr(s):
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(s))


def url(a):
    return f"/tintuc.php?ngay={a.published.replace('-', '')}&id={a.key}"


def nurl(n):
    return f"/tintuc.php?ngay=20241101&id={n[0]}"


LIST1 = "/danhsach.php?cm=2"
LIST2 = "/danhsach.php?cm=2&trang=2"


def shell(title, main):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="900" height="150"></td></tr>
<tr><td bgcolor="#003399"><font color="#FFFFFF" size="2">&nbsp;{TODAY}&nbsp;|&nbsp;<a href="/"><font color="#FFFFFF">Trang chủ</font></a> | <a href="/gioithieu.php"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="{esc(LIST1)}"><font color="#FFFFFF">Tin tức</font></a> | <a href="/vanban.php"><font color="#FFFFFF">Văn bản</font></a></font></td></tr>
<tr><td><marquee scrollamount="3"><font color="#CC0000"><b>Chào mừng quý khách đến với Website huyện Bắc Trà My</b></font></marquee></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="4"><tr>
<td width="680" valign="top">
{main}
</td>
<td width="220" valign="top" bgcolor="#EEF3FF">
<font size="2"><b>Số người truy cập:</b> 0917344<br><b>Đang xem:</b> 12</font>
</td></tr></table>
</td></tr>
<tr><td bgcolor="#003399" align="center"><table width="100%"><tr><td align="center"><font color="#FFFFFF" size="1">Copyright 2008 UBND huyện Bắc Trà My<br>Thiết kế: Phòng Văn hóa - Thông tin</font></td></tr></table></td></tr>
</table></body></html>
"""


def article_page(a, i):
    enc = ncr if a.key in NCR_BODY else esc
    parts = []
    for j, p in enumerate(a.paras):
        parts.append(enc(p))
        if a.table and j + 1 == a.table_at:
            parts.append(render_table(a.table, enc, ' border="1" cellspacing="0" cellpadding="3" width="95%"'))
    body = "<br /><br />\n".join(parts)
    body = re.sub(r"<br /><br />\n(<table)", r"\n\1", body)
    others = [x for x in A if x is not a][:5]
    oth = "".join(f'<a href="{esc(url(x))}"><font size="2">- {esc(x.title)}</font></a><br>' for x in others)
    main = f"""<font size="4" color="#003399"><b>{esc(a.title)}</b></font><br><br>
<table width="100%" border="0"><tr><td><font face="Arial" size="2">
{body}
<br /><br /><div align="right"><i>Số lần xem: {VIEWS[i]}</i></div>
</font></td></tr></table>
<hr size="1"><b><font size="2">Các tin đã đưa</font></b><br>{oth}
<div align="right"><a href="#top"><font size="1">Về đầu trang</font></a></div>"""
    return shell(a.title, main)


def listing(items, page):
    rows = "".join(f"""<tr><td valign="top"><a href="{esc(url(a))}"><b>{esc(a.title)}</b></a> <font size="1">({a.date_dmy()})</font><br>
<font size="2">{esc(a.paras[0])}</font></td></tr>""" for a in items)
    pager = f'<a href="{esc(LIST1)}">1</a> <a href="{esc(LIST2)}">2</a>'
    return shell("Tin tức", f'<table width="100%" cellpadding="5">{rows}</table><div align="center"><font size="2">Trang: {pager}</font></div>')


def home():
    rows = "".join(f'<a href="{esc(url(a))}"><font size="2">{esc(a.title)}</font></a><br>' for a in A[:5])
    notes = "".join(f'<a href="{esc(nurl(n))}"><font size="2">{esc(n[1])}</font></a><br>' for n in NOTICES)
    return shell("Trang chủ", f"""<b><font color="#003399">TIN TỨC - SỰ KIỆN</font></b><br>{rows}<a href="{esc(LIST1)}">Xem tiếp...</a><br><br>
<b><font color="#003399">THÔNG BÁO</font></b><br>{notes}""")


def notice(n):
    return shell(n[1], f"""<font size="4" color="#003399"><b>{esc(n[1])}</b></font><br><br>
<font size="2"><a href="{esc(n[2])}">Tải file đính kèm</a></font>""")


def intro():
    return shell("Giới thiệu", """<font size="4" color="#003399"><b>Giới thiệu huyện Bắc Trà My</b></font><br><br>
<font size="2">Bắc Trà My là huyện miền núi phía Tây Nam tỉnh Quảng Nam, có 12 xã và 1 thị trấn.<br>Điện thoại: 0235 3882 xxx</font>""")


P.page("/", home())
P.page(LIST1, listing(A[:4], 1))
P.page(LIST2, listing(A[4:], 2))
P.page("/gioithieu.php", intro())
for i, a in enumerate(A):
    P.page(url(a), article_page(a, i))
    P.article(url(a), a)
for n in NOTICES:
    P.page(nurl(n), notice(n))
    P.non_article(nurl(n))
for p in ["/", LIST1, LIST2, "/gioithieu.php"]:
    P.non_article(p)
P.headlines = [n[1] for n in NOTICES]
P.write()
