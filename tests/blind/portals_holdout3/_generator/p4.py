"""p4: huyện Bố Trạch (Quảng Bình) on the '3cms' CMS, served in windows-1258
(tone marks as combining characters after decoding: NFC needed).
URL shapes: /3cms/<Slug-In-Title-Case>.htm ; print view /3cms/Ban-in-507.htm?art=<timestamp> (served,
canonical to the article). Hard cases: windows-1258, date only in a 'Ngày cập nhật' stamp AFTER
the text, '(Nguồn: ...)' closing line followed by '>>> Xem thông tin chi tiết tại đây' outside the
body, a poll widget and a most-read list, a section heading above a headline that is not in h1."""
from common import Portal, Article, esc, slug, HOST

P = Portal("p4_quangbinh_botrach", "Trang thông tin điện tử huyện Bố Trạch", "Bố Trạch", "Quảng Bình", "3cms (Quảng Bình)")
ENC = "windows-1258"
ALL = []


def art(title, ts, date, paras, must, src=None, **kw):
    path = "/3cms/%s.htm" % slug(title, keep_case=True)
    a = Article(path, title, date, paras, must, **kw)
    a.ts, a.src = ts, src
    ALL.append(a)
    return a


A1 = art("Bố Trạch: Năm 2023 giải quyết đúng hạn 99,2% hồ sơ thủ tục hành chính", 1704850211, "2024-01-10",
    ["Năm 2023, Trung tâm Giao dịch một cửa huyện Bố Trạch và UBND 28 xã, thị trấn đã tiếp nhận tổng cộng 21.473 hồ sơ thủ tục hành chính, trong đó số hồ sơ từ năm 2022 chuyển sang là 418 hồ sơ.",
     "Đã giải quyết 21.006 hồ sơ, trong đó giải quyết trước hạn 6.150 hồ sơ, đúng hạn 14.688 hồ sơ, quá hạn 168 hồ sơ; tỷ lệ đúng hạn đạt 99,2%. Còn 467 hồ sơ chưa đến hạn giải quyết.",
     "Số hồ sơ tiếp nhận qua Cổng dịch vụ công là 12.035 hồ sơ; tiếp nhận và trả kết quả qua bưu chính công ích 1.127 hồ sơ.",
     "Năm 2024, huyện đặt mục tiêu không còn hồ sơ quá hạn ở lĩnh vực đất đai, đưa tỷ lệ hồ sơ trực tuyến lên trên 65%."],
    ["tiếp nhận tổng cộng 21.473 hồ sơ", "quá hạn 168 hồ sơ", "bưu chính công ích 1.127 hồ sơ", "chưa đến hạn giải quyết"])

A2 = art("Kết quả giải quyết thủ tục hành chính theo cấp tháng 4 năm 2024", 1714720093, "2024-05-03",
    ["Văn phòng HĐND và UBND huyện thông báo kết quả giải quyết thủ tục hành chính trên địa bàn huyện trong tháng 4/2024:",
     "Tỷ lệ hồ sơ trực tuyến ở cấp xã vẫn thấp hơn cấp huyện. UBND huyện đề nghị các xã Phúc Trạch, Sơn Lộc, Xuân Trạch bố trí đoàn viên thanh niên hỗ trợ người dân tại Bộ phận Một cửa.",
     "(Nguồn: Văn phòng HĐND và UBND huyện)"],
    ["thông báo kết quả giải quyết thủ tục hành chính", "bố trí đoàn viên thanh niên hỗ trợ người dân"],
    table=[["Cấp", "Tiếp nhận", "Đã giải quyết", "Quá hạn", "Tỷ lệ trực tuyến"],
           ["Cấp huyện", "602", "577", "3", "71,4%"],
           ["Cấp xã", "1.288", "1.260", "11", "38,9%"]],
    table_cell="38,9%")

A3 = art("Chỉ số PAR INDEX năm 2023 của huyện Bố Trạch xếp thứ 2", 1712021444, "2024-04-02",
    ["UBND tỉnh Quảng Bình đã công bố kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của các huyện, thị xã, thành phố.",
     "Huyện Bố Trạch đạt 88,12 điểm, xếp thứ 2/8 đơn vị cấp huyện, chỉ đứng sau thành phố Đồng Hới. Kết quả khảo sát sự hài lòng của người dân (SIPAS) đạt 87,6%.",
     "Đây là năm thứ ba liên tiếp huyện nằm trong nhóm dẫn đầu của tỉnh về cải cách hành chính."],
    ["đạt 88,12 điểm, xếp thứ 2/8", "(SIPAS) đạt 87,6%", "năm thứ ba liên tiếp"])

A4 = art("Phong Nha đón khách trở lại sau mùa mưa lũ", 1732600110, "2024-11-26",
    ["Sau gần một tháng tạm dừng do mưa lũ, từ ngày 25/11 Trung tâm Du lịch Phong Nha - Kẻ Bàng mở cửa đón khách tham quan động Phong Nha và động Tiên Sơn.",
     "Ngay trong ngày đầu mở cửa, khu du lịch đã đón gần 900 lượt khách, phần lớn là khách quốc tế. Các hộ kinh doanh homestay ở xã Sơn Trạch cũng đã dọn dẹp xong bùn đất, sẵn sàng phục vụ.",
     "Ngọc Mai"],
    ["động Phong Nha và động Tiên Sơn", "gần 900 lượt khách", "dọn dẹp xong bùn đất"])

A5 = art("UBND huyện ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", 1708653702, "2024-02-23",
    ["UBND huyện Bố Trạch vừa ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2024 tại 10 cơ quan chuyên môn và 12 xã, thị trấn.",
     "Nội dung kiểm tra tập trung vào việc niêm yết công khai thủ tục hành chính, thực hiện quy chế văn hóa công sở, việc số hóa hồ sơ và sử dụng chữ ký số trong xử lý văn bản.",
     "(Nguồn: Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND huyện Bố Trạch)"],
    ["tại 10 cơ quan chuyên môn và 12 xã, thị trấn", "quy chế văn hóa công sở", "Kế hoạch số 45/KH-UBND"], src="/3cms/upload/botrach/file/KH45.pdf")

A6 = art("Xã Hưng Trạch ra mắt mô hình “Chợ 4.0”", 1726630520, "2024-09-18",
    ["Ngày 17/9, Đoàn xã Hưng Trạch phối hợp với Bưu điện huyện ra mắt mô hình “Chợ 4.0” tại chợ Hưng Trạch, hỗ trợ 46 tiểu thương mở tài khoản và in mã QR thanh toán.",
     "Người dân đi chợ có thể quét mã để thanh toán mà không cần dùng tiền mặt."],
    ["in mã QR thanh toán", "46 tiểu thương", "không cần dùng tiền mặt"])


def dmy(d):
    return "/".join(reversed(d.split("-")))


MENU = [("/", "Trang chủ"), ("/3cms/gioi-thieu.htm", "Giới thiệu"), ("/3cms/tin-tuc-su-kien.htm", "Tin tức sự kiện"),
        ("/3cms/thong-bao.htm", "Thông báo"), ("/3cms/van-ban.htm", "Văn bản"), ("/3cms/lien-he.htm", "Liên hệ")]
MOST = [A3, A1, A4]


def layout(title, main, canonical=None):
    canon = '<link rel="canonical" href="%s%s">' % (HOST, canonical) if canonical else ""
    menu = "".join('<td class="menu"><a href="%s">%s</a></td>' % (h, esc(t)) for h, t in MENU)
    most = "".join('<div class="most"><a href="%s">%s</a></div>' % (a.path, esc(a.title)) for a in MOST)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{esc(title)}</title>{canon}</head><body>
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="banner"><img src="/3cms/images/banner.jpg" alt="banner"></td></tr>
<tr><td colspan="2"><table><tr>{menu}</tr></table></td></tr>
<tr><td width="730" valign="top">{main}</td>
<td width="270" valign="top">
<div class="portlet"><div class="portlet-title">Xem nhiều nhất</div>{most}</div>
<div class="portlet"><div class="portlet-title">Thăm dò ý kiến</div>
<form action="/3cms/binh-chon.htm"><p>Bạn đánh giá thế nào về giao diện trang thông tin?</p>
<input type="radio" name="v" value="1"> Đẹp, dễ sử dụng<br><input type="radio" name="v" value="2"> Bình thường<br>
<button>Biểu quyết</button> <a href="/3cms/binh-chon.htm?kq=1">Xem kết quả</a></form></div></td></tr>
<tr><td colspan="2" class="footer">Trang thông tin điện tử huyện Bố Trạch - Cơ quan chủ quản: UBND huyện Bố Trạch<br>
Địa chỉ: Thị trấn Hoàn Lão, huyện Bố Trạch, tỉnh Quảng Bình - Điện thoại: 0232.3862.xxx<br>
Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh Quảng Bình</td></tr></table></body></html>"""


def body_html(a):
    out = []
    for i, p in enumerate(a.paras):
        out.append("<p>%s</p>" % esc(p))
        if i == 0 and a.table:
            out.append('<table border="1" cellspacing="0">' + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a.table) + "</table>")
    return "".join(out)


def printlink(a):
    return "/3cms/Ban-in-507.htm?art=%d" % a.ts


def article_page(a):
    src = ('<div class="attach"><a href="%s">&gt;&gt;&gt; Xem thông tin chi tiết tại đây</a></div>' % a.src) if a.src else ""
    main = f"""<div class="portlet-title">TIN TỨC SỰ KIỆN</div>
<div class="art-title"><b>{esc(a.title)}</b></div>
<div class="art-body">{body_html(a)}</div>{src}
<div class="art-date">Ngày cập nhật: {dmy(a.published)}</div>
<div class="art-tools"><a href="{printlink(a)}">Bản in</a> | <a href="/3cms/gui-email.htm?art={a.ts}">Gửi bài viết</a></div>
<div class="art-other"><b>Các tin đã đưa</b>{''.join('<div><a href="%s">%s</a> (%s)</div>' % (x.path, esc(x.title), dmy(x.published)) for x in ALL if x is not a)}</div>"""
    return layout(a.title, main, canonical=a.path)


def print_page(a):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(a.title)}</title>
<link rel="canonical" href="{HOST}{a.path}"></head><body onload="window.print()">
<div><b>{esc(a.title)}</b></div><div>{body_html(a)}</div><div>Ngày cập nhật: {dmy(a.published)}</div>
<div class="print-footer">In từ Trang thông tin điện tử huyện Bố Trạch</div></body></html>"""


for i, a in enumerate(ALL):
    P.page(a.path, article_page(a), kind="article", article=a, encoding=ENC, name="tin-%d" % i)
    P.page(printlink(a), print_page(a), encoding=ENC, name="ban-in-%d" % i)

NOTICES = [("/3cms/Thong-bao-ve-viec-tuyen-dung-hop-dong-lao-dong-nam-2024.htm", "Thông báo về việc tuyển dụng hợp đồng lao động năm 2024", "/3cms/upload/botrach/file/TB-tuyen-dung-HD.doc"),
           ("/3cms/Lich-lam-viec-cua-Thuong-truc-UBND-huyen-tuan-49.htm", "Lịch làm việc của Thường trực UBND huyện tuần 49", "/3cms/upload/botrach/file/lich-tuan-49.pdf")]
for i, (p, t, f) in enumerate(NOTICES):
    P.page(p, layout(t, '<div class="portlet-title">THÔNG BÁO</div><div class="art-title"><b>%s</b></div><div><a href="%s">Tải tệp đính kèm</a></div>' % (esc(t), f)),
           kind="non_article", encoding=ENC, name="thong-bao-%d" % i)


def lst(items):
    return "".join('<div class="item"><a href="%s">%s</a> <span class="date">%s</span></div>' % (x.path, esc(x.title), dmy(x.published)) for x in items)


srt = sorted(ALL, key=lambda a: a.published, reverse=True)
P.page("/3cms/tin-tuc-su-kien.htm", layout("Tin tức sự kiện", '<div class="portlet-title">TIN TỨC SỰ KIỆN</div>' + lst(srt[:3]) +
       '<div class="paging">Trang: 1 <a href="/3cms/tin-tuc-su-kien.htm?page=2">2</a></div>'), kind="non_article", encoding=ENC, name="list-1")
P.page("/3cms/tin-tuc-su-kien.htm?page=2", layout("Tin tức sự kiện", '<div class="portlet-title">TIN TỨC SỰ KIỆN</div>' + lst(srt[3:]) +
       '<div class="paging">Trang: <a href="/3cms/tin-tuc-su-kien.htm">1</a> 2</div>'), kind="non_article", encoding=ENC, name="list-2")
P.page("/3cms/thong-bao.htm", layout("Thông báo", '<div class="portlet-title">THÔNG BÁO</div>' + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)),
       kind="non_article", encoding=ENC)
P.page("/3cms/lien-he.htm", layout("Liên hệ", '<div class="portlet-title">LIÊN HỆ</div><p>Văn phòng HĐND và UBND huyện Bố Trạch</p><p>Email: vpubnd.botrach@quangbinh.gov.vn</p>'),
       kind="non_article", encoding=ENC)
home = ('<div class="welcome"><marquee>Chào mừng quý vị đến với Trang thông tin điện tử huyện Bố Trạch</marquee></div>' +
        '<div class="portlet-title"><a href="/3cms/tin-tuc-su-kien.htm">TIN TỨC SỰ KIỆN</a></div>' + lst(srt[:4]) +
        '<div class="portlet-title"><a href="/3cms/thong-bao.htm">THÔNG BÁO</a></div>' + "".join('<div><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES))
P.page("/", layout("Trang thông tin điện tử huyện Bố Trạch", home), kind="non_article", encoding=ENC)

P.furniture(["Xem nhiều nhất", "Thăm dò ý kiến", "Biểu quyết", "Xem kết quả", "Ngày cập nhật", "Bản in", "Gửi bài viết",
             "Các tin đã đưa", "Xem thông tin chi tiết tại đây", "Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh Quảng Bình",
             "Chào mừng quý vị đến với Trang thông tin điện tử huyện Bố Trạch"])
P.finish()
