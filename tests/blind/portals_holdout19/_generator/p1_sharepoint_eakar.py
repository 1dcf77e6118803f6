"""Portal 1: SharePoint generic web parts, ministry-style URLs (huyện Ea Kar, Đắk Lắk).
Hard cases: web-part title above the headline, date only in a "Cập nhật" stamp, article under two
URLs (canonical names one), digit-per-element counter in the footer plus a hidden raw counter,
monthly one-stop-shop series with a commune table."""
from common import *

P = Portal("p1_sharepoint_eakar", "Cổng thông tin điện tử huyện Ea Kar", "Ea Kar", "Đắk Lắk",
           "SharePoint (generic web parts)")
MENU = ["Trang chủ", "Tổng quan huyện", "Tin hoạt động", "CCHC - Một cửa", "Văn bản điều hành", "Hỏi đáp trực tuyến"]
MENU_LINKS = ["/", "/Pages/gioithieu/tongquan.aspx", "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32",
              "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "/Pages/vanban/danhsach.aspx", "/Pages/hoidap/default.aspx"]
P.furniture += MENU + ["THỐNG KÊ LƯỢT XEM", "Lượt xem trong ngày:", "Tổng lượt xem:", "2046813",
                       "Bản quyền thuộc UBND huyện Ea Kar", "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này",
                       "TIN CÙNG CHUYÊN MỤC", "Bản in", "Gửi bạn bè"]
GUID = "ctl00_ctl45_g_7a1c02d4_5b8e_4f1a_9d36_0c2e8b4f11aa"


def digits(n, prefix):
    return "".join('<div class="so" id="%s%d">%s</div>' % (prefix, i + 1, d) for i, d in enumerate(str(n)))


def shell(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<li class="static"><a href="%s">%s</a></li>' % (href(l), esc(m)) for m, l in zip(MENU, MENU_LINKS))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />%s
<title>%s</title><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css" /></head>
<body><form name="aspnetForm" method="post" action="/Pages/default.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-titlerow"><div class="banner"><img src="/PublishingImages/banner-eakar.jpg" alt="" /></div>
<div class="s4-tn"><ul class="root static">%s</ul></div></div>
<div id="s4-bodyContainer"><table class="s4-wpTopTable" width="100%%"><tr><td valign="top" class="cot-trai">
<div class="ms-webpart-zone">%s</div></td>
<td valign="top" class="cot-phai" style="width:240px"><div class="ms-webpart-chrome"><div class="ms-WPHeader"><h3><span>Liên kết</span></h3></div>
<div class="ms-WPBody"><a href="/Pages/lienket/dichvucong.aspx"><img src="/PublishingImages/dvc.png" alt="" /></a></div></div></td></tr></table></div>
<div class="footer"><p>Bản quyền thuộc UBND huyện Ea Kar</p><p>Địa chỉ: 01 Nguyễn Tất Thành, thị trấn Ea Kar - ĐT: 0262.3625.xxx</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này</p></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9"><span id="%s_Label_LuotXem" style="display:none">2046813</span>
<div class="ThongKe"><div class="tk-tieude">THỐNG KÊ LƯỢT XEM</div>
<div class="tk-dong"><span>Lượt xem trong ngày:</span>%s</div><div class="tk-dong"><span>Tổng lượt xem:</span>%s</div></div></div></div>
</div></form></body></html>""" % (can, esc(title), menu, main, GUID, digits(1377, "lxn"), digits(2046813, "tlx"))


def wp(title, inner, n):
    return ('<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-WPHeader"><h3 class="ms-standardheader">'
            '<span>%s</span></h3></div><div id="WebPartWPQ%d" class="ms-WPBody noindex">%s</div></div>' % (esc(title), n, inner))


COMMUNES = ["Thị trấn Ea Kar", "Thị trấn Ea Knốp", "Xã Ea Đar", "Xã Cư Huê", "Xã Ea Sô"]
HEAD = ["Đơn vị", "Hồ sơ nhận", "Trả đúng hẹn", "Trả trễ hẹn"]
ARTS = []  # (id, title, stamp, date_iso, blocks) ; blocks: ("p", s) | ("t", head, rows) | ("img", src, caption)

for k, (m, seed, note) in enumerate([(1, 11, "Trong tháng không phát sinh phản ánh, kiến nghị của người dân về thái độ phục vụ của công chức tiếp nhận."),
                                     (2, 12, "Do trùng dịp nghỉ Tết Nguyên đán, số hồ sơ tiếp nhận giảm so với tháng trước, chủ yếu là hồ sơ chứng thực và hộ tịch."),
                                     (3, 13, "Sau hai tháng liền có hồ sơ trễ hẹn, Xã Ea Sô đã rà soát lại quy trình luân chuyển hồ sơ đất đai và trong tháng 3 không còn hồ sơ trễ hẹn.")]):
    rows = series_rows(COMMUNES, seed, 60, 420)
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 1100 + 37 * m
    carried = 40 + 9 * m
    late = sum(int(r[3]) for r in rows)
    early = tot // 3
    pend = 25 + m
    ontime = tot - early - late - pend
    blocks = [("p", "Tháng %d/2024, toàn huyện Ea Kar tiếp nhận %s hồ sơ thủ tục hành chính, trong đó có %s hồ sơ tồn từ tháng trước chuyển sang." % (m, vn(tot), vn(carried))),
              ("p", "Đến ngày cuối tháng, các cơ quan đã trả kết quả %s hồ sơ trước hạn và %s hồ sơ đúng hạn; %s hồ sơ trễ hẹn, %d hồ sơ còn đang xử lý." % (vn(early), vn(ontime), late, pend)),
              ("p", "Số liệu tại Bộ phận Một cửa của một số xã, thị trấn trong tháng:"),
              ("t", HEAD, rows),
              ("p", note),
              ("p", "Văn phòng HĐND - UBND huyện")]
    ARTS.append((1201 + k, "Ea Kar: kết quả giải quyết hồ sơ thủ tục hành chính tháng %d/2024" % m,
                 "%02d:%02d ngày %02d/%02d/2024" % (8 + k, 15 + k, 4 + k, m + 1), "2024-%02d-%02d" % (m + 1, 4 + k), blocks))

ARTS.append((1188, "Chỉ số hài lòng của người dân đối với UBND huyện đạt 87,42%", "16:40 ngày 22/01/2024", "2024-01-22", [
    ("p", "Kết quả khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2023 do Sở Nội vụ công bố cho thấy UBND huyện Ea Kar đạt 87,42%, tăng 2,16% so với năm 2022."),
    ("img", "/PublishingImages/2024/sipas-eakar.jpg", "Người dân làm thủ tục tại Bộ phận Một cửa huyện"),
    ("p", "Huyện xếp thứ 5/15 đơn vị cấp huyện; các tiêu chí về tiếp cận dịch vụ và công chức giải quyết công việc được đánh giá cao nhất."),
    ("p", "Tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến năm 2023 đạt 41,8%, còn 312 hồ sơ được tiếp nhận và trả qua bưu chính công ích."),
    ("p", "Trong năm 2024, huyện đặt mục tiêu đưa mức hài lòng lên trên 90% và giảm thời gian chờ tại quầy xuống dưới 15 phút."),
]))
ARTS.append((1175, "Ra quân trồng cây xanh dọc tuyến Quốc lộ 26 đoạn qua thị trấn Ea Knốp", "07:55 ngày 09/01/2024", "2024-01-09", [
    ("p", "Sáng 8/1, Đoàn Thanh niên huyện phối hợp với UBND thị trấn Ea Knốp trồng 450 cây sao đen dọc hai bên Quốc lộ 26."),
    ("p", "Cây giống do một doanh nghiệp chế biến cà phê trên địa bàn tài trợ; mỗi chi đoàn nhận chăm sóc một đoạn đường dài khoảng 300 mét."),
    ("p", "Ban tổ chức cho biết sẽ trồng dặm những cây bị chết trước mùa mưa năm nay."),
]))
ARTS.append((1169, "Tạm dừng cấp nước khu vực xã Ea Đar ngày 6/1", "10:05 ngày 04/01/2024", "2024-01-04", [
    ("p", "Do sửa chữa đường ống chính, nhà máy nước ngừng cấp nước cho khu vực xã Ea Đar từ 7 giờ đến 17 giờ ngày 6/1/2024. Đề nghị bà con chủ động trữ nước."),
]))

LIST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
LIST2 = LIST + "&page=2"


def apath(i):
    return "/Pages/tintuc/chitiet.aspx?ItemID=%d" % i


def render_body(blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append("<p>%s</p>" % esc(b[1]))
        elif b[0] == "t":
            out.append(table_html(b[1], b[2], cls="ms-rteTable-default", attrs=' border="1" cellpadding="3"'))
        elif b[0] == "img":
            out.append('<p style="text-align:center"><img src="%s" alt="" /></p><p style="text-align:center"><em>%s</em></p>' % (href(b[1]), esc(b[2])))
    return "".join(out)


others = [(i, t) for i, t, *_ in ARTS]
for i, title, stamp, iso, blocks in ARTS:
    rel = "".join(['<li><a href="%s">%s</a> <span class="ngay">(%s)</span></li>' % (href(apath(j)), esc(t), s[-10:])
                   for (j, t, s, *_r) in ARTS if j != i][:4])
    main = wp("TIN CẢI CÁCH HÀNH CHÍNH", """<div class="chitiet-tin"><div class="tieude-tin">%s</div>
<div class="thanhcongcu"><a href="%s">Bản in</a> | <a href="/Pages/guimail.aspx?ItemID=%d">Gửi bạn bè</a></div>
<div class="noidung-tin">%s</div><div class="capnhat">Cập nhật: %s</div></div>
<div class="tin-khac"><h4>TIN CÙNG CHUYÊN MỤC</h4><ul>%s</ul></div>""" % (
        esc(title), href("/Pages/tintuc/inbai.aspx?ItemID=%d" % i), i, render_body(blocks), stamp, rel), 4)
    texts = [b[1] for b in blocks if b[0] == "p"]
    extra = [c for b in blocks if b[0] == "t" for c in cells(b[1], b[2])] + [b[2] for b in blocks if b[0] == "img"]
    tbl = [b for b in blocks if b[0] == "t"]
    if tbl:
        _, h, rows = tbl[0]
        must = [h[1], rows[1][0], rows[3][2], texts[1][:40]]
    else:
        must = [texts[0][10:50], texts[-1][:30]] + ([texts[1][:35]] if len(texts) > 2 else [texts[0][-30:]])
    P.article(apath(i), shell(title + " - Cổng thông tin điện tử huyện Ea Kar", main, apath(i)), title, iso, texts, must, extra)

# the SIPAS article is also served under a second URL (from the home page box), canonical names ItemID=1188
i, title, stamp, iso, blocks = ARTS[3]
alt = apath(1188) + "&ChuyenMucID=32"
P.page(alt, shell(title, wp("TIN CẢI CÁCH HÀNH CHÍNH", '<div class="chitiet-tin"><div class="tieude-tin">%s</div><div class="noidung-tin">%s</div><div class="capnhat">Cập nhật: %s</div></div>' % (esc(title), render_body(blocks), stamp), 4), apath(1188)), kind="alt")

NOTICES = [(1195, "Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 4/2024", "/Documents/2024/TB-tiepcongdan-T4.pdf"),
           (1160, "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024", "/Documents/2024/TB-tuyendung-GD.docx")]
for i, t, f in NOTICES:
    main = wp("THÔNG BÁO", '<div class="chitiet-tin"><div class="tieude-tin">%s</div><div class="noidung-tin"><p><a href="%s">Tải tệp đính kèm</a></p></div></div>' % (esc(t), href(f)), 4)
    P.page(apath(i), shell(t, main, apath(i)))

items = [(i, t, s, b) for i, t, s, _iso, b in ARTS]
allitems = items[:3] + [(n[0], n[1], "", None) for n in NOTICES[:1]] + items[3:] + [(n[0], n[1], "", None) for n in NOTICES[1:]]


def teaser(it):
    i, t, s, b = it
    sap = esc(b[0][1][:110]) + "..." if b else ""
    return '<div class="item-tin"><a class="tieude" href="%s">%s</a><p class="tomtat">%s</p></div>' % (href(apath(i)), esc(t), sap)


pager = '<div class="phantrang"><a href="%s">1</a> <a href="%s">2</a> <a href="%s">Trang sau</a></div>' % (href(LIST), href(LIST2), href(LIST2))
P.page("/", shell("Cổng thông tin điện tử huyện Ea Kar", wp("TIN NỔI BẬT", '<div class="noibat"><a href="%s">%s</a></div>' % (href(alt), esc(ARTS[3][1])) +
       "".join(teaser(x) for x in allitems[:3]), 2) + wp("THÔNG BÁO", "".join('<p><a href="%s">%s</a></p>' % (href(apath(n[0])), esc(n[1])) for n in NOTICES), 3) +
       wp("Cải cách hành chính", '<a href="%s">Xem tất cả</a>' % href(LIST), 5)))
P.page(LIST, shell("Cải cách hành chính", wp("Cải cách hành chính", "".join(teaser(x) for x in allitems[:4]) + pager, 4)))
P.page(LIST2, shell("Cải cách hành chính - Trang 2", wp("Cải cách hành chính", "".join(teaser(x) for x in allitems[4:]) + pager, 4)))
P.page("/Pages/gioithieu/tongquan.aspx", shell("Tổng quan huyện Ea Kar", wp("Tổng quan huyện", "<p>Huyện Ea Kar nằm ở phía Đông tỉnh Đắk Lắk, có 2 thị trấn và 14 xã.</p><p>Liên hệ: Văn phòng HĐND và UBND huyện, điện thoại 0262.3625.xxx.</p>", 4)))
P.write()
