"""Portal 1: SharePoint generic web parts (ministry-style Pages/tintuc), huyện Cư Kuin, Đắk Lắk.
Hard cases: web-part title above the headline, breadcrumb repeating the title, digit-per-element
counter in the footer (+ hidden Label_TruyCap), article under two URLs (canonical names one),
date with weekday and time, series tables of communes."""
from common import *

P = Portal("p1_cukuin_sharepoint", "Cổng thông tin điện tử huyện Cư Kuin", "Cư Kuin", "Đắk Lắk",
           "SharePoint generic web parts")
P.furniture = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "2210563", "Liên kết website",
               "Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin", "Tin hoạt động địa phương",
               "Xem tiếp >>", "Tin đã đưa", "Ghi rõ nguồn khi phát hành lại thông tin"]
MENU = [("/", "Trang chủ"), ("/Pages/gioithieu.aspx", "Giới thiệu"),
        ("/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32", "Tin hoạt động địa phương"),
        ("/Pages/thongbao.aspx", "Thông báo"), ("/Pages/vanban.aspx", "Văn bản")]


def a(u):
    return u.replace("&", "&amp;")


def shell(title, main, canonical=None):
    menu = "".join('<li class="static"><a class="static menu-item" href="%s">%s</a></li>' % (a(u), t) for u, t in MENU)
    digits1 = "".join('<div id="slol%d" class="so">%s</div>' % (i + 1, d) for i, d in enumerate("0000043"))
    digits2 = "".join('<div id="sltc%d" class="so">%s</div>' % (i + 1, d) for i, d in enumerate("2210563"))
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % a(canonical) if canonical else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)}</title>{can}
<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css" /></head>
<body><form method="post" action="/Pages/Default.aspx" id="aspnetForm">
<div id="s4-workspace"><div class="banner"><img src="/PublishingImages/banner-cukuin.jpg" alt="" /></div>
<div class="topnav"><ul class="root static">{menu}</ul></div>
<div class="main-zone">{main}</div>
<div class="right-zone"><div class="ms-webpart-chrome"><div id="WebPartWPQ7"><h3 class="ms-webpart-titleText">Liên kết website</h3>
<select><option>Cổng TTĐT tỉnh Đắk Lắk</option><option>Hệ thống thông tin giải quyết TTHC</option></select></div></div></div>
<div class="footer"><div class="ms-webpart-chrome"><div id="WebPartWPQ9"><p>Bản quyền thuộc Ủy ban nhân dân huyện Cư Kuin</p>
<p>Địa chỉ: thôn 2, xã Dray Bhăng, huyện Cư Kuin, tỉnh Đắk Lắk. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<span id="ctl00_g_5a1c_Label_TruyCap" style="display:none">2210563</span><span id="ctl00_g_5a1c_Label_Count" style="display:none">43</span>
<div class="ThongKeSoLuot"><div class="tieude">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>{digits1}</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>{digits2}</div></div></div></div></div>
</div></form></body></html>"""


def webpart(n, heading, inner):
    return f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div id="WebPartWPQ{n}" class="ms-WPBody"><h2 class="ms-webpart-titleText"><span>{heading}</span></h2>{inner}</div></div>'


COMMUNES = ["Xã Ea Tiêu", "Xã Ea Ktur", "Xã Dray Bhăng", "Xã Hòa Hiệp", "Xã Ea Bhốk", "Xã Ea Hu"]
HEAD = ["Đơn vị", "Hồ sơ tiếp nhận", "Đã giải quyết", "Giải quyết đúng hạn"]
arts = []  # (id, title, date, weekday_time, lead, paras, table, must, image)

for i, (q, date, wd, rec, early, ontime, late, onl) in enumerate([
        ("I", "2024-04-08", "Thứ Hai, 08/04/2024 - 10:15", 4312, 1205, 3020, 6, 2874),
        ("II", "2024-07-09", "Thứ Ba, 09/07/2024 - 14:40", 4871, 1333, 3490, 2, 3366),
        ("III", "2024-10-07", "Thứ Hai, 07/10/2024 - 08:05", 4590, 1410, 3141, 0, 3310)]):
    rows = series_rows(100 + i, COMMUNES[:5], 3, late_total=late)
    lead = f"Quý {q} năm 2024, bộ phận một cửa các cấp trên địa bàn huyện Cư Kuin tiếp nhận {vn_int(rec)} hồ sơ thủ tục hành chính, trong đó {vn_int(onl)} hồ sơ nộp qua mạng."
    paras = [lead,
             f"Theo báo cáo của Văn phòng HĐND và UBND huyện, số hồ sơ đã trả kết quả trước hạn là {vn_int(early)}, đúng hạn {vn_int(ontime)}, trễ hạn {late} hồ sơ. "
             + ("Không có hồ sơ nào phải xin lỗi công dân." if late == 0 else f"Các hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai, cơ quan chuyên môn đã gửi văn bản xin lỗi người dân."),
             "Kết quả cụ thể tại cấp xã được tổng hợp trong bảng dưới đây:",
             f"Phòng Nội vụ đề nghị các xã tiếp tục rà soát quy trình nội bộ, công khai đầy đủ thủ tục tại trụ sở trong quý {'IV' if q == 'III' else ('III' if q == 'II' else 'II')}.",
             "Hữu Thắng"]
    must = series_must(HEAD, rows) + [f"trễ hạn {late} hồ sơ"]
    arts.append((2101 + i, f"Cư Kuin: kết quả giải quyết thủ tục hành chính quý {q} năm 2024", date, wd, paras, (HEAD, rows), must))

arts.append((2140, "Xã Ea Ning ra mắt mô hình “Chủ nhật xanh” tại các buôn", "2024-05-19", "Chủ Nhật, 19/05/2024 - 16:30",
             ["Sáng 19/5, Đoàn Thanh niên xã Ea Ning phối hợp với Hội Liên hiệp Phụ nữ xã ra mắt mô hình “Chủ nhật xanh” tại buôn Kram.",
              "Hơn 120 đoàn viên, hội viên đã phát quang bụi rậm, thu gom rác thải dọc tuyến đường liên buôn dài gần ba cây số.",
              "Ông Y Dlung Niê, trưởng buôn Kram, cho biết bà con rất phấn khởi và sẽ duy trì việc vệ sinh vào sáng chủ nhật cuối mỗi tháng.",
              "Mai Linh"], None, ["phát quang bụi rậm", "buôn Kram", "Y Dlung Niê"]))
arts.append((2152, "Cư Kuin đạt 87,12 điểm Chỉ số cải cách hành chính năm 2023", "2024-06-03", "Thứ Hai, 03/06/2024 - 09:00",
             ["Theo Quyết định công bố của UBND tỉnh, Chỉ số cải cách hành chính năm 2023 của huyện Cư Kuin đạt 87,12 điểm, xếp thứ 5/15 huyện, thị xã, thành phố.",
              "So với năm 2022, huyện tăng 3 bậc; chỉ số hài lòng của người dân (SIPAS) đạt 84,6%.",
              "Các tiêu chí còn bị trừ điểm gồm tỷ lệ hồ sơ trực tuyến toàn trình và việc số hóa kết quả giải quyết.",
              "Hữu Thắng"], None, ["87,12 điểm", "xếp thứ 5/15", "84,6%"]))
arts.append((2160, "Huyện kiểm tra công vụ tại xã Cư Êwi", "2024-08-22", "Thứ Năm, 22/08/2024 - 15:10",
             ["Ngày 21/8, Tổ kiểm tra công vụ huyện đã làm việc tại UBND xã Cư Êwi.",
              "Qua kiểm tra, cán bộ, công chức xã chấp hành tốt giờ giấc làm việc."], None,
             ["Tổ kiểm tra công vụ", "xã Cư Êwi", "chấp hành tốt giờ giấc"]))

LIST = "/Pages/tintuc/chuyenmuc.aspx?ChuyenMucID=32"
for (iid, title, date, wd, paras, table, must) in arts:
    path = "/Pages/tintuc/chitiet.aspx?ItemID=%d" % iid
    body = "".join("<p>%s</p>" % esc(x) for x in paras[1:3])
    cells = []
    if table:
        body += table_html(*table, attrs=' class="ms-rteTable-default" width="100%"')
        cells = [c for r in [table[0]] + table[1] for c in r]
    body += "".join("<p>%s</p>" % esc(x) for x in paras[3:-1])
    if len(paras) > 2:
        body += '<p style="text-align:right"><strong>%s</strong></p>' % esc(paras[-1])
    crumbs = f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{a(LIST)}">Tin hoạt động địa phương</a> &gt; <span>{esc(title)}</span></div>'
    inner = f"""{crumbs}<div class="chitiet"><div class="title-news">{esc(title)}</div>
<div class="date-news">{wd}</div><div class="sapo"><b>{esc(paras[0])}</b></div>
<div class="ms-rtestate-field">{body}</div>
<div class="share"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=tin">Gửi email</a></div></div>
<div class="tindadua"><h4>Tin đã đưa</h4><ul>""" + "".join(
        f'<li><a href="/Pages/tintuc/chitiet.aspx?ItemID={o[0]}">{esc(o[1])}</a> ({o[2][8:]}/{o[2][5:7]}/{o[2][:4]})</li>' for o in arts if o[0] != iid) + "</ul></div>"
    html_ = shell(title, webpart(3, "Tin hoạt động địa phương", inner), canonical=path)
    P.article(path, html_, title, date, paras, must, cells)
    if iid == 2102:
        P.alias(path + "&ChuyenMucID=32", html_)


def listing(items, page):
    lis = "".join(f'<div class="item"><a class="title" href="{a("/Pages/tintuc/chitiet.aspx?ItemID=%d" % o[0] + ("&ChuyenMucID=32" if o[0] == 2102 else ""))}">{esc(o[1])}</a><span class="date">{o[2][8:]}/{o[2][5:7]}/{o[2][:4]}</span><p>{esc(o[4][0][:90])}...</p></div>' for o in items)
    pager = f'<div class="pager"><a href="{a(LIST)}">1</a> <a href="{a(LIST + "&page=2")}">2</a> <a href="{a(LIST + "&page=2")}">Xem tiếp &gt;&gt;</a></div>'
    return shell("Tin hoạt động địa phương", webpart(3, "Tin hoạt động địa phương", lis + pager))


P.page(LIST, listing(arts[:4], 1))
P.page(LIST + "&page=2", listing(arts[4:], 2))
P.page("/Pages/gioithieu.aspx", shell("Giới thiệu", webpart(3, "Giới thiệu chung",
       "<p>Huyện Cư Kuin được thành lập năm 2007, gồm 8 xã, diện tích tự nhiên 288,3 km2.</p><p>Điện thoại: 0262.3636 123</p>")))
P.page("/Pages/thongbao/chitiet.aspx?ItemID=77", shell("Thông báo tuyển dụng viên chức năm 2024", webpart(3, "Thông báo",
       '<div class="title-news">Thông báo tuyển dụng viên chức năm 2024</div><p><a href="/Documents/TB-tuyen-dung-2024.pdf">Tải tệp đính kèm</a></p>')))
P.page("/Pages/thongbao.aspx", shell("Thông báo", webpart(3, "Thông báo",
       '<ul><li><a href="/Pages/thongbao/chitiet.aspx?ItemID=77">Thông báo tuyển dụng viên chức năm 2024</a></li></ul>')))
home = webpart(2, "Tin nổi bật", "".join(f'<p><a href="/Pages/tintuc/chitiet.aspx?ItemID={o[0]}">{esc(o[1])}</a></p>' for o in arts[:3]))
home += webpart(4, "Tin hoạt động địa phương", f'<a href="{a(LIST)}">Xem tiếp &gt;&gt;</a>')
P.page("/", shell("Cổng thông tin điện tử huyện Cư Kuin", home), non_article=True)
P.write()
