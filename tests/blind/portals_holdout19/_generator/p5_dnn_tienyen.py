"""Portal 5: DotNetNuke with Telerik pager (huyện Tiên Yên, Quảng Ninh).
Hard cases: visit counter laid out as a table INSIDE the article container, headline in a span
(no h1), module title above the headline, date only after the text ("Đăng lúc HH:mm - dd/mm/yyyy"),
closing author paragraph inside the body, very short article, "Các tin đã đưa" list with dates,
dnn_ctr ids, monthly series by commune."""
from common import *

P = Portal("p5_dnn_tienyen", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke")
LIST = "/Default.aspx?tabid=112&cateid=546"
LIST2 = LIST + "&currentpage=2"
MENU = [("Trang chủ", "/"), ("Chính quyền", "/Default.aspx?tabid=60"), ("Tin tức", LIST), ("Thủ tục hành chính", "/Default.aspx?tabid=95"), ("Hỏi đáp", "/Default.aspx?tabid=97")]
CNT = [("Số người trực tuyến", "389"), ("Lượt xem hôm nay", "26041"), ("Tổng số lượt xem", "8813047")]
P.furniture += ["Trang chủ", "Chính quyền", "Hỏi đáp", "Số người trực tuyến", "389", "Lượt xem hôm nay", "26041", "Tổng số lượt xem", "8813047",
                "Các tin đã đưa", "Đăng lúc", "Quay lại", "Bản quyền thuộc về Ủy ban nhân dân huyện Tiên Yên", "Thiết kế bởi Trung tâm Truyền thông tỉnh"]


def shell(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<td class="menuitem"><a href="%s">%s</a></td>' % (href(l), esc(m)) for m, l in MENU)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />%s<title>%s</title></head>
<body id="Body"><form method="post" action="/Default.aspx?tabid=112" id="Form"><div id="dnn_ControlPanel"></div>
<table class="pagemaster" width="1000" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/Portals/0/banner_tienyen.jpg" alt="" /></td></tr>
<tr><td colspan="2"><table class="menu"><tr>%s</tr></table></td></tr>
<tr><td id="dnn_ContentPane" valign="top">%s</td><td id="dnn_RightPane" valign="top" width="250"><div class="DnnModule"><span class="Head">Liên kết</span><a href="/Default.aspx?tabid=95"><img src="/Portals/0/dvc.gif" alt="" /></a></div></td></tr>
<tr><td colspan="2" class="footer"><p>Bản quyền thuộc về Ủy ban nhân dân huyện Tiên Yên</p><p>Thiết kế bởi Trung tâm Truyền thông tỉnh</p></td></tr></table></form></body></html>""" % (can, esc(title), menu, main)


def module(mid, title, inner):
    return '<div class="DnnModule DnnModule-%d"><a name="%d"></a><div class="c_head"><span id="dnn_ctr%d_dnnTITLE_lblTitle" class="Head">%s</span></div><div id="dnn_ctr%d_ContentPane">%s</div></div>' % (mid, mid, mid, esc(title), mid, inner)


COMMUNES = ["Thị trấn Tiên Yên", "Xã Đông Ngũ", "Xã Hải Lạng", "Xã Đồng Rui"]
HEAD = ["Địa phương", "Nhận mới", "Đúng hẹn", "Quá hẹn"]
ARTS = []  # id, title, "HH:mm - dd/mm/yyyy", iso, blocks
for k, (mon, seed, p2) in enumerate([(9, 51, "Đáng chú ý, hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu vẫn chiếm gần một nửa số hồ sơ quá hẹn của toàn huyện."),
                                     (10, 52, "Huyện đã tổ chức đối thoại với người dân xã Hải Lạng về những vướng mắc trong thủ tục tách thửa đất ở."),
                                     (11, 53, "Trung tâm Hành chính công huyện đưa vào sử dụng ki-ốt tra cứu tiến độ hồ sơ, người dân chỉ cần quét mã trên phiếu hẹn.")]):
    rows = series_rows(COMMUNES, seed, 50, 320)
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 1500 + 60 * k
    carried = 88 - 11 * k
    late = sum(int(r[3]) for r in rows) + 1
    blocks = [("p", "Theo số liệu của Trung tâm Hành chính công huyện Tiên Yên, tháng %d/2023 toàn huyện nhận mới %s hồ sơ và %d hồ sơ kỳ trước chuyển qua." % (mon, vn(tot), carried)),
              ("p", "Đã giải quyết %s hồ sơ, trong đó đúng hạn %s hồ sơ, quá hạn %d hồ sơ; %d hồ sơ đang giải quyết trong hạn. Tỷ lệ hồ sơ trực tuyến đạt %s." % (vn(tot + carried - 97), vn(tot + carried - 97 - late), late, 97, pct(62.4 + 3 * k))),
              ("p", p2),
              ("p", "Tình hình tiếp nhận tại 4 địa phương trọng điểm:"),
              ("t", HEAD, rows),
              ("p", "Thu Hường - Trung tâm HCC")]
    ARTS.append((20815 + k, "Tháng %d/2023: Tiên Yên nhận mới %s hồ sơ thủ tục hành chính" % (mon, vn(tot)), "%02d:%02d - %02d/%02d/2023" % (9 + k, 41 - k, 3 + k, mon + 1), "2023-%02d-%02d" % (mon + 1, 3 + k), blocks))
ARTS.append((20790, "Tiên Yên đứng thứ 7 về Chỉ số DDCI năm 2022", "15:10 - 14/04/2023", "2023-04-14", [
    ("p", "Kết quả đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI) tỉnh Quảng Ninh năm 2022 cho thấy huyện Tiên Yên đạt 79,35 điểm, xếp thứ 7/13 địa phương."),
    ("p", "So với năm 2021, huyện giảm 1 bậc dù điểm số tăng 0,9 điểm; chỉ số thành phần vai trò người đứng đầu được doanh nghiệp chấm điểm cao nhất."),
    ("p", "Chủ tịch UBND huyện Nguyễn Văn Hậu đề nghị các phòng, ban lập đường dây nóng tiếp nhận kiến nghị của doanh nghiệp."),
    ("p", "Minh Đức")]))
ARTS.append((20802, "Hỗ trợ ngư dân xã Đồng Rui đóng mới tàu cá", "08:05 - 21/06/2023", "2023-06-21", [
    ("p", "Hội Nông dân huyện vừa giải ngân 600 triệu đồng vốn vay cho 5 hộ ngư dân xã Đồng Rui đóng mới tàu cá vỏ composite.")]))
ARTS.append((20808, "Tiên Yên đẩy mạnh thu phí, lệ phí thủ tục hành chính không dùng tiền mặt", "10:22 - 28/07/2023", "2023-07-28", [
    ("p", "Từ tháng 8/2023, Trung tâm Hành chính công huyện và 11 xã, thị trấn áp dụng thanh toán phí, lệ phí bằng mã QR tại quầy."),
    ("p", "Người dân nộp hồ sơ trực tuyến có thể thanh toán qua Cổng dịch vụ công quốc gia mà không phải đến nộp tiền mặt."),
    ("p", "Theo Trung tâm, trong tháng thử nghiệm đã có 1.046 giao dịch thanh toán điện tử, chiếm khoảng 38% tổng số giao dịch có thu phí."),
    ("p", "Hải Yến")]))
NOTICES = [(20830, "Thông báo nghỉ Tết Dương lịch năm 2024", "/Portals/0/VanBan/2023/TB-nghi-tet-2024.pdf")]


def apath(i):
    return "/Default.aspx?tabid=112&ctl=ViewDetail&mid=507&ItemID=%d" % i


def body(blocks):
    return "".join("<p>%s</p>" % esc(b[1]) if b[0] == "p" else table_html(b[1], b[2], head_tag="td", attrs=' border="1" cellspacing="0" style="border-collapse:collapse"') for b in blocks)


cnt_table = '<table class="tk-truycap" cellpadding="2">%s</table>' % "".join('<tr><td>%s</td><td align="right"><b>%s</b></td></tr>' % (esc(a), b) for a, b in CNT)
for i, t, when, iso, blocks in ARTS:
    others = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (href(apath(j)), esc(tt), w[-10:]) for j, tt, w, *_ in ARTS if j != i)
    inner = """<div id="dnn_ctr507_ViewDetail_pnlDetail" class="news-detail"><span id="dnn_ctr507_ViewDetail_lblTitle" class="news-title">%s</span>
<div id="dnn_ctr507_ViewDetail_lblContent" class="news-content">%s</div><div class="news-date">Đăng lúc %s</div>
<div class="news-tools"><a href="%s">Quay lại</a></div>%s
<div class="other-news"><span class="Head">Các tin đã đưa</span><ul>%s</ul></div></div>""" % (esc(t), body(blocks), when, href(LIST), cnt_table, others)
    texts = [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][2], tb[0][2][1][0], tb[0][2][3][1], ph(texts[2], 0, 8)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(texts[0], 0, 8), ph(texts[0], 9, 16), ph(texts[-1], 0, 2) if len(texts) > 1 else ph(texts[0], -6)], []
    P.article(apath(i), shell(t, module(507, "TIN TỨC - SỰ KIỆN", inner), apath(i)), t, iso, texts, must, extra)
for i, t, f in NOTICES:
    P.page(apath(i), shell(t, module(507, "THÔNG BÁO", '<span class="news-title">%s</span><div class="news-content"><p><a href="%s">Xem văn bản</a></p></div>' % (esc(t), href(f))), apath(i)))

items = [(a[0], a[1], a[2], a[4][0][1]) for a in ARTS] + [(n[0], n[1], "", "") for n in NOTICES]


def lst(L):
    return '<table class="rgMasterTable">%s</table>' % "".join('<tr><td><a href="%s" class="news-title-list">%s</a><br /><span class="date">%s</span><div class="sapo">%s</div></td></tr>' % (href(apath(i)), esc(t), w[-10:], esc(s[:160])) for i, t, w, s in L)


def pager(cur):
    return '<div class="RadGrid"><div class="rgPager"><a class="rgCurrentPage" href="%s">1</a><a href="%s">2</a><input type="submit" class="rgPageNext" name="dnn$ctr507$grid$rgPageNext" value=" " /></div></div>' % (href(LIST), href(LIST2))


P.page("/", shell("Trang chủ", module(480, "TIN MỚI", lst(items[:4]) + '<a href="%s">Xem tiếp</a>' % href(LIST)) + module(481, "THÔNG BÁO", lst(items[-1:]))))
P.page(LIST, shell("Tin tức", module(507, "TIN TỨC - SỰ KIỆN", lst(items[:4]) + pager(1))))
P.page(LIST2, shell("Tin tức", module(507, "TIN TỨC - SỰ KIỆN", lst(items[4:]) + pager(2))))
P.page("/Default.aspx?tabid=60", shell("Chính quyền", module(470, "CƠ CẤU TỔ CHỨC", "<p>Chủ tịch UBND huyện: Nguyễn Văn Hậu</p><p>Địa chỉ: phố Lý Thường Kiệt, thị trấn Tiên Yên</p>")))
P.write()
