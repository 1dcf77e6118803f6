"""Portal 5: DotNetNuke, huyện Ba Chẽ, Quảng Ninh.
Hard cases: headline in a span (no h1), date only in a "Cập nhật" stamp after the text, counter in the
left column before the content, Telerik pager (rgPageNext) with a plain link, "Các tin khác" with dates,
print view linked (404), a very short article, monthly series tables of six communes."""
from common import *

P = Portal("p5_bache_dnn", "Cổng thông tin điện tử huyện Ba Chẽ", "Ba Chẽ", "Quảng Ninh", "DotNetNuke")
P.furniture = ["Số người trực tuyến:", "Tổng số lượt truy cập:", "9842117", "Các tin khác", "Tiêu điểm",
               "Lượt xem:", "In bài", "Đăng nhập", "Điều khoản sử dụng", "Cổng thông tin điện tử huyện Ba Chẽ - Quảng Ninh",
               "Giấy phép số 18/GP-TTĐT"]
LIST = "/Default.aspx?tabid=120&cateid=546"


def a(u):
    return u.replace("&", "&amp;")


def shell(title, content, canonical=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{a(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "-">
<html><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>{esc(title)}</title>{can}</head>
<body id="Body"><form name="Form" method="post" action="/Default.aspx?tabid=120" id="Form">
<div id="dnn_ControlPanel"></div><div class="top"><a href="/Login.aspx">Đăng nhập</a></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/Default.aspx?tabid=71">Giới thiệu</a> <a href="{a(LIST)}">Tin tức - Sự kiện</a> <a href="/Default.aspx?tabid=133">Văn bản - Thông báo</a></div>
<table width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_LeftPane" width="220" valign="top"><div class="DNNContainer_Title"><span class="Head">Tiêu điểm</span></div>
<div id="dnn_ctr455_HtmlModule">Số người trực tuyến: 58<br/>Tổng số lượt truy cập: 9842117</div></td>
<td id="dnn_ContentPane" valign="top">{content}</td></tr></table>
<div class="footer">Cổng thông tin điện tử huyện Ba Chẽ - Quảng Ninh<br/>Giấy phép số 18/GP-TTĐT <a href="/Terms.aspx">Điều khoản sử dụng</a></div>
</form></body></html>"""


NAMES = ["Thị trấn Ba Chẽ", "Xã Thanh Sơn", "Xã Thanh Lâm", "Xã Đạp Thanh", "Xã Nam Sơn", "Xã Đồn Đạc"]
HEAD = ["Tên đơn vị", "Nhận trong tháng", "Đã xử lý", "Đúng thời hạn"]
arts = []
for i, (m, d, rec, carried, early, ontime, pend) in enumerate([(3, "2024-04-02", 612, 38, 250, 331, 31),
                                                              (4, "2024-05-03", 587, 31, 244, 340, 27),
                                                              (5, "2024-06-04", 655, 27, 301, 352, 24)]):
    rows = series_rows(500 + i, NAMES, 3, lo=15, hi=70, pend_max=5)
    paras = [f"Tháng {m}/2024, Trung tâm Hành chính công huyện và UBND các xã, thị trấn của Ba Chẽ tiếp nhận mới {rec} hồ sơ; kỳ trước chuyển qua {carried} hồ sơ.",
             f"Kết quả: {early} hồ sơ giải quyết trước hạn, {ontime} hồ sơ đúng hạn, {pend} hồ sơ chưa đến hạn trả.",
             "Bảng tổng hợp cấp xã:",
             "Trung tâm lưu ý các xã vùng cao tăng cường trả kết quả qua bưu chính để người dân đỡ phải đi lại."]
    arts.append(dict(id=4510 + i, title=f"Kết quả giải quyết thủ tục hành chính tháng {m} năm 2024", d=d, upd=f"{['09:20', '15:02', '10:48'][i]} ngày {d[8:]}/{d[5:7]}/{d[:4]}",
                     paras=paras, table=(HEAD, rows), must=series_must(HEAD, rows, hcol=3, name_row=2, fig_row=5, fig_col=3) + [f"kỳ trước chuyển qua {carried} hồ sơ"]))
arts.append(dict(id=4521, title="Ba Chẽ trồng mới 1.200 ha rừng gỗ lớn", d="2024-07-18", upd="16:10 ngày 18/07/2024", paras=[
    "Năm nay, huyện giao chỉ tiêu trồng rừng gỗ lớn cho cả 6 xã, thị trấn với tổng diện tích 1.200 ha.",
    "Giống keo lai mô và giống bản địa như lim xanh, sao đen được cấp miễn phí cho các hộ tham gia.",
    "Nhiều hộ ở xã Thanh Lâm đã chuyển từ khai thác keo 5 năm sang nuôi rừng 10 đến 12 năm để bán gỗ xẻ."], table=None,
    must=["lim xanh, sao đen", "1.200 ha", "bán gỗ xẻ"]))
arts.append(dict(id=4527, title="Hội nghị giao ban khối nội chính quý III", d="2024-09-30", upd="08:00 ngày 30/09/2024", paras=[
    "Sáng 27/9, Huyện ủy Ba Chẽ tổ chức giao ban khối nội chính quý III năm 2024."], table=None,
    must=["Huyện ủy Ba Chẽ", "giao ban khối nội chính", "quý III năm 2024"]))
arts.append(dict(id=4533, title="Khai mạc Tuần Văn hóa - Du lịch Ba Chẽ năm 2024", d="2024-10-11", upd="20:30 ngày 11/10/2024", paras=[
    "Tối 10/10, tại quảng trường trung tâm thị trấn, huyện khai mạc Tuần Văn hóa - Du lịch với chủ đề “Ba Chẽ - sắc màu đại ngàn”.",
    "Trong năm ngày, du khách được thưởng thức chè Ba Chẽ, ba kích tím và xem trình diễn trang phục người Dao Thanh Y.",
    "Lê Hà"], table=None, must=["sắc màu đại ngàn", "ba kích tím", "Dao Thanh Y"]))
for x in arts:
    x["path"] = f"/tin-tuc/tabid/120/ArticleID/{x['id']}/{slug(x['title'])}/Default.aspx"

for k, x in enumerate(arts):
    p = x["paras"]
    body = f'<div class="sapo"><b>{esc(p[0])}</b></div>' + "".join(f"<p>{esc(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], attrs=' border="1" cellspacing="0"', head_tag="th")
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{esc(t)}</p>" for t in p[3:])
    others = "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a> <span class="date">({o["d"][8:]}/{o["d"][5:7]}/{o["d"][:4]})</span></li>' for o in arts if o is not x)
    content = f"""<div class="DnnModule DnnModule-Article"><a name="507"></a><div id="dnn_ctr507_ContentPane">
<span id="dnn_ctr507_ArticleView_lblTitle" class="ArticleTitle">{esc(x['title'])}</span>
<div id="dnn_ctr507_ArticleView_pnlContent">{body}</div>
<div class="stamp"><i>Cập nhật lúc {x['upd']}</i> - Lượt xem: {137 + k * 11} - <a href="/Print.aspx?ArticleID={x['id']}">In bài</a></div>
<div class="other"><h4>Các tin khác</h4><ul>{others}</ul></div></div></div>"""
    P.article(x["path"], shell(x["title"], content, canonical=x["path"]), x["title"], x["d"], p, x["must"], cells)


def listing(items, pg):
    rows = "".join(f'<tr><td><a href="{o["path"]}">{esc(o["title"])}</a><br/>{esc(o["paras"][0])}</td></tr>' for o in items)
    return shell("Tin tức - Sự kiện", f'<div id="dnn_ctr546_ListNews"><table class="rgMasterTable">{rows}</table><div class="rgPager">{pg}</div></div>')


P.page(LIST, listing(arts[:4], f'<span class="rgCurrentPage">1</span> <a class="rgPageNext" href="{a(LIST + "&pageindex=2")}" title="Trang sau">2</a>'))
P.page(LIST + "&pageindex=2", listing(arts[4:], f'<a href="{a(LIST)}">1</a> <span class="rgCurrentPage">2</span>'))
P.page("/Default.aspx?tabid=71", shell("Giới thiệu", "<h2>Giới thiệu chung</h2><p>Ba Chẽ là huyện miền núi của tỉnh Quảng Ninh, có 8 đơn vị hành chính cấp xã.</p>"))
NOTE = "/van-ban/tabid/133/ArticleID/902/Default.aspx"
NOTE2 = "/van-ban/tabid/133/ArticleID/905/Default.aspx"
P.page("/Default.aspx?tabid=133", shell("Văn bản - Thông báo", f'<ul><li><a href="{NOTE}">Thông báo nghỉ Tết Dương lịch 2025</a></li><li><a href="{NOTE2}">Kế hoạch kiểm tra CCHC năm 2025</a></li></ul>'))
P.page(NOTE, shell("Thông báo", '<span class="ArticleTitle">Thông báo nghỉ Tết Dương lịch 2025</span><p><a href="/Portals/0/TB-nghi-tet.pdf">Tệp đính kèm</a></p>'))
P.page(NOTE2, shell("Kế hoạch", '<span class="ArticleTitle">Kế hoạch kiểm tra CCHC năm 2025</span><p><a href="/Portals/0/KH-kiem-tra-cchc-2025.pdf">Tệp đính kèm</a></p>'))
P.page("/", shell("Trang chủ", "".join(f'<p><a href="{o["path"]}">{esc(o["title"])}</a></p>' for o in arts[:3]) + f'<a href="{a(LIST)}">Xem thêm</a>'))
P.write()
