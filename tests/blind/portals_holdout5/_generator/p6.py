"""p6 — huyện Tiên Yên (Quảng Ninh): DotNetNuke with dnn_ctrNNN modules and a Telerik pager.
Hard cases: pages served in windows-1258 with combining tone marks, the date only AFTER the text
('Ngày đăng: dd/MM/yyyy'), a bare author name as the last paragraph, 'Trực tuyến: / Tổng:' between the
article and the footer, 'Các tin đã đưa' list with dates, module title above the headline."""
from common import Article, write_portal, esc, body_html, to1258
import content as C

PLACE, PROV = "huyện Tiên Yên", "Quảng Ninh"
def U(i):
    return "/Default.aspx?tabid=115&cateid=546&NewsID=%d" % i
L = "/Default.aspx?tabid=89&cateid=546"
L2 = L + "&currentpage=2"
arts = []
t, lead, ps, must = C.cchc_quarter(PLACE, "huyện", 2025, "I", 1984, 77, 1430, 402, 5, 124, 1517, 64, "Hoàng Văn Ngọc")
ps.append("Hồng Nhung")
t = "Tiên Yên công khai kết quả giải quyết hồ sơ quý I/2025"
arts.append(Article(U(2231), t, "2025-04-07", [lead] + ps, must))
t = "Tiên Yên: Chỉ số DDCI năm 2024 tăng 3 bậc"
ps = ["Kết quả Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024 vừa được công bố.",
      "Huyện Tiên Yên đạt 78,36 điểm, xếp thứ 6/13 trong khối địa phương, tăng 3 bậc so với năm 2023.",
      "Doanh nghiệp đánh giá cao tính minh bạch và thời gian giải quyết thủ tục đất đai đã được rút ngắn.",
      "Chỉ số chi phí không chính thức vẫn ở nhóm thấp, đòi hỏi các phòng chuyên môn tiếp tục chấn chỉnh.",
      "Văn Khánh"]
arts.append(Article(U(2219), t, "2025-03-28", ps, ["đạt 78,36 điểm", "xếp thứ 6/13 trong khối địa phương", "chi phí không chính thức"]))
t, ps, rows, cell, must = C.cchc_table(PLACE, 2024, ["Xã Đông Ngũ", "Thị trấn Tiên Yên", "Xã Hải Lạng", "Xã Đồng Rui"], "Tô Thị Hiền")
ps.append("Hồng Nhung")
arts.append(Article(U(2204), t, "2025-03-14", ps, must, table=rows, cell=cell, table_after=2))
for i, (k, n, who, d) in enumerate([("duong", 2300, "Chìu Văn Sáu", "2025-03-03"), ("tiem", 2870, "Lý Thị Hoa", "2025-02-20"), ("ho", 12, "Đặng Văn Sinh", "2025-02-10")]):
    t, ps, must = C.news(k, PLACE, n, who)
    ps.append("Minh Đức")
    arts.append(Article(U(2190 - i * 11), t, d, ps, must))
notices = [(U(2212), "Thông báo thu hồi đất thực hiện dự án đường nối Tiên Yên - Bình Liêu", "/Portals/0/thong-bao-thu-hoi-dat.doc")]
FURN = ["Trực tuyến:", "Tổng:", "Các tin đã đưa", "Cỡ chữ", "Trang chủ", "Bản quyền thuộc UBND huyện Tiên Yên", "Giấy phép số 46/GP-STTTT"]


def page(title, main):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>%s</title></head><body>
<form name="Form" method="post" action="/Default.aspx?tabid=89" id="Form"><div id="dnn_ControlPanel"></div>
<div class="menu"><a href="/">Trang chủ</a> | <a href="%s">Tin tức</a> | <a href="/Default.aspx?tabid=60">Giới thiệu</a></div>
<div id="dnn_ContentPane">%s</div>
<div class="counter">Trực tuyến: 36 &nbsp; Tổng: 9041187</div>
<div class="footer">Bản quyền thuộc UBND huyện Tiên Yên. Giấy phép số 46/GP-STTTT. Địa chỉ: khu Lý Thường Kiệt, thị trấn Tiên Yên.</div></form></body></html>""" % (esc(title), esc(L), main)


def dm(a):
    y, m, d = a.published.split("-")
    return "%s/%s/%s" % (d, m, y)


def art_page(a, idx):
    inner = '<div class="DnnModule DnnModule-NewsDetail"><div class="c_head"><span id="dnn_ctr507_dnnTITLE_lblTitle" class="Head">Tin tức - Sự kiện</span></div>'
    inner += '<div id="dnn_ctr507_ContentPane"><div class="tools">Cỡ chữ <a href="#">A</a> <a href="#">A</a></div><h2 id="dnn_ctr507_ViewNews_lblTitle" class="title">%s</h2>' % esc(a.title)
    inner += '<div id="dnn_ctr507_ViewNews_lblContent">%s</div>' % body_html(a)
    inner += '<div class="date">Ngày đăng: %s</div></div>' % dm(a)
    inner += '<div class="other"><b>Các tin đã đưa</b><ul>%s</ul></div></div>' % "".join(
        '<li><a href="%s">%s</a> <i>(%s)</i></li>' % (esc(b.path), esc(b.title), dm(b)) for b in arts[idx + 1:])
    return page(a.title, inner)


def listing(items, pager):
    x = "".join('<tr class="rgRow"><td><a href="%s">%s</a></td></tr>' % (esc(p), esc(t)) for p, t in items)
    return page("Tin tức", '<table id="dnn_ctr546_grid" class="rgMasterTable">%s</table><div class="rgPager">%s</div>' % (x, pager))


items = [(a.path, a.title) for a in arts] + [(p, t) for p, t, _ in notices]
H = "text/html; charset=windows-1258"
E = "cp1258"
pages = [("/", to1258(page("Trang chủ", "".join('<p><a href="%s">%s</a></p>' % (esc(p), esc(t)) for p, t in items[:3]))), 200, H, E),
         (L, to1258(listing(items[:4], '<span class="rgCurrentPage">1</span> <a class="rgPageNext" href="%s">2</a>' % esc(L2))), 200, H, E),
         (L2, to1258(listing(items[4:], '<a class="rgPagePrev" href="%s">1</a> <span class="rgCurrentPage">2</span>' % esc(L))), 200, H, E)]
for i, a in enumerate(arts):
    pages.append((a.path, to1258(art_page(a, i)), 200, H, E))
for p, t, f in notices:
    pages.append((p, to1258(page(t, '<h2 class="title">%s</h2><p><a href="%s">Tải file đính kèm</a></p>' % (esc(t), f))), 200, H, E))
pages.append(("/Default.aspx?tabid=60", to1258(page("Giới thiệu", "<p>Tiên Yên là huyện miền núi ven biển, đầu mối giao thông nối Móng Cái, Bình Liêu và Lạng Sơn.</p><p>Điện thoại: 0203 3876 205</p>")), 200, H, E))
write_portal("p6_tienyen_dnn", {"name": "Cổng thông tin điện tử huyện Tiên Yên", "district": "Tiên Yên", "province": PROV,
             "platform": "DotNetNuke"}, pages, arts, [notices[0][0], "/Default.aspx?tabid=60", L, L2, "/"], FURN)
