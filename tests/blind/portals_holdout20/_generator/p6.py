"""Portal 6: Joomla 1.5, huyện Đơn Dương, Lâm Đồng (table layout, index.php?option=com_content&task=view&id=).
Hard cases: named HTML entities mixed with raw UTF-8, counter module in the left column before the content,
headline in td.contentheading, Joomla 1.5 date "Thứ tư, 14 Tháng 2 2024 08:15" plus "Cập nhật lần cuối" after
the text, one article under two URLs (canonical names the task=view one), "Tin mới"/"Tin đọc nhiều" lists with
dates, quarterly series tables."""
from common import *

P = Portal("p6_donduong_joomla15", "Website huyện Đơn Dương", "Đơn Dương", "Lâm Đồng", "Joomla 1.5")
P.furniture = ["Ai đang trực tuyến", "khách đang xem trang", "Lượt truy cập hôm nay", "Tổng số lượt truy cập",
               "1033845", "Tin đọc nhiều", "Tin mới hơn:", "Tin cũ hơn:", "Cập nhật lần cuối", "Bản in", "E-mail",
               "Powered by Joomla", "UBND HUYỆN ĐƠN DƯƠNG - TỈNH LÂM ĐỒNG"]
LIST = "/index.php?option=com_content&task=category&sectionid=4&id=17&Itemid=58"
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def a(u):
    return u.replace("&", "&amp;")


def shell(title, content, canonical=None, side=""):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{a(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{ent(title)}</title>{can}</head><body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/dd/images/banner.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="mainmenu"><a href="/" class="mainlevel">Trang chủ</a> <a href="/index.php?option=com_content&amp;task=view&amp;id=3&amp;Itemid=2" class="mainlevel">Giới thiệu</a> <a href="{a(LIST)}" class="mainlevel">Tin tức</a> <a href="/index.php?option=com_content&amp;task=category&amp;sectionid=5&amp;id=22&amp;Itemid=61" class="mainlevel">Thông báo</a></td></tr>
<tr><td width="200" valign="top" class="left">
<div class="moduletable"><h3>Ai đang trực tuyến</h3>Hiện có 14 khách đang xem trang</div>
<div class="moduletable"><h3>Thống kê</h3>Lượt truy cập hôm nay: 507<br />Tổng số lượt truy cập: 1033845</div>{side}</td>
<td valign="top" class="body">{content}</td></tr>
<tr><td colspan="2" class="footer" align="center">UBND HUYỆN ĐƠN DƯƠNG - TỈNH LÂM ĐỒNG<br />Địa chỉ: thị trấn Thạnh Mỹ, huyện Đơn Dương<br /><small>Powered by Joomla!</small></td></tr></table></body></html>"""


NAMES = ["Thị trấn Thạnh Mỹ", "Thị trấn D'Ran", "Xã Lạc Xuân", "Xã Ka Đô", "Xã Quảng Lập"]
HEAD = ["Xã, thị trấn", "Hồ sơ nhận", "Đã trả kết quả", "Đúng hẹn"]
arts = []
for i, (q, d, tm, rec, ontime, onl, rate) in enumerate([("I", "2022-04-11", "07:40", 3150, 3108, 402, "98,7"),
                                                      ("II", "2022-07-12", "09:05", 3389, 3371, 517, "99,5"),
                                                      ("III", "2022-10-10", "14:25", 3012, 3012, 644, "100")]):
    rows = series_rows(600 + i, NAMES, 3, late_total=rec - ontime)
    paras = [f"Quý {q}/2022, các bộ phận tiếp nhận và trả kết quả trên địa bàn huyện Đơn Dương đã nhận tổng cộng {vn_int(rec)} hồ sơ.",
             f"Số hồ sơ trả đúng hẹn là {vn_int(ontime)}, đạt tỷ lệ {rate}%; có {onl} hồ sơ được nộp qua Cổng dịch vụ công của tỉnh.",
             "Chi tiết theo từng xã, thị trấn:",
             "Phòng Nội vụ sẽ kiểm tra đột xuất việc niêm yết thủ tục tại các xã có tỷ lệ đúng hẹn thấp."]
    arts.append(dict(id=412 + i * 7, title=f"Kết quả cải cách thủ tục hành chính quý {q} năm 2022", d=d, tm=tm, mod=None, paras=paras,
                     table=(HEAD, rows), must=series_must(HEAD, rows, hcol=2, name_row=3, fig_row=0, fig_col=3) + [f"đạt tỷ lệ {rate}%"]))
arts.append(dict(id=447, title="Nông dân Đơn Dương chuyển sang trồng rau trong nhà màng", d="2022-05-23", tm="10:30", mod="Thứ năm, 26 Tháng 5 2022 16:12", paras=[
    "Ở xã Ka Đơn, nhiều hộ đã chuyển từ ruộng rau lộ thiên sang nhà màng để hạn chế sâu bệnh trong mùa mưa.",
    "Chi phí đầu tư khoảng 400 triệu đồng mỗi sào, nhưng năng suất cà chua và ớt ngọt tăng gấp rưỡi.",
    "Hội Nông dân huyện đang kết nối với ngân hàng để hộ vay vốn ưu đãi."], table=None,
    must=["xã Ka Đơn", "cà chua và ớt ngọt", "vay vốn ưu đãi"]))
arts.append(dict(id=455, title="Đơn Dương xếp thứ 4 về Chỉ số năng lực cạnh tranh cấp huyện (DDCI)", d="2022-08-30", tm="15:50", mod=None, paras=[
    "Năm 2021 là năm thứ hai tỉnh Lâm Đồng đánh giá DDCI; huyện Đơn Dương đạt 65,84 điểm, xếp thứ 4/12.",
    "Các chỉ số thành phần được doanh nghiệp chấm cao là tính minh bạch và chi phí thời gian.",
    "Chỉ số tiếp cận đất đai của huyện vẫn thấp hơn mức trung bình của tỉnh."], table=None,
    must=["65,84 điểm", "xếp thứ 4/12", "tính minh bạch"]))
for x in arts:
    x["path"] = f"/index.php?option=com_content&task=view&id={x['id']}&Itemid=58"

import datetime
side = '<div class="moduletable"><h3>Tin đọc nhiều</h3><ul class="mostread">' + "".join(
    f'<li><a href="{a(o["path"])}" class="mostread">{ent(o["title"])} ({o["d"][8:]}/{o["d"][5:7]})</a></li>' for o in arts[3:]) + "</ul></div>"
for k, x in enumerate(arts):
    p = x["paras"]
    body = f"<p><strong>{ent(p[0])}</strong></p>" + "".join(f"<p>{ent(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], enc=ent, attrs=' border="1" cellpadding="2" width="95%"')
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{ent(t)}</p>" for t in p[3:])
    y, mo, dd = map(int, x["d"].split("-"))
    created = f"{WD[datetime.date(y, mo, dd).weekday()]}, {dd:02d} Tháng {mo} {y} {x['tm']}"
    mod = f'<tr><td colspan="2" class="modifydate">Cập nhật lần cuối ( {x["mod"]} )</td></tr>' if x["mod"] else ""
    nav = ""
    if k + 1 < len(arts):
        nav += f'<a href="{a(arts[k+1]["path"])}">Tin mới hơn: {ent(arts[k+1]["title"])}</a> '
    if k:
        nav += f'<a href="{a(arts[k-1]["path"])}">Tin cũ hơn: {ent(arts[k-1]["title"])}</a>'
    content = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{ent(x['title'])}</td>
<td align="right" class="buttonheading"><a href="/index.php?view=article&amp;id={x['id']}&amp;tmpl=component&amp;print=1" title="Bản in">Bản in</a></td>
<td align="right" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component" title="E-mail">E-mail</a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">{created}</td></tr>
<tr><td valign="top">{body}</td></tr>{mod}</table><span class="article_separator">&nbsp;</span><div class="pagenav">{nav}</div>"""
    P.article(x["path"], shell(x["title"], content, canonical=x["path"], side=side), x["title"], x["d"], p, x["must"], cells)
    if x["id"] == 447:
        P.alias(f"/index.php?option=com_content&view=article&id=447:trong-rau-nha-mang&catid=17&Itemid=58",
                shell(x["title"], content, canonical=x["path"], side=side))


def listing(items, pg):
    out = ""
    for o in items:
        u = o["path"] if o["id"] != 447 else "/index.php?option=com_content&view=article&id=447:trong-rau-nha-mang&catid=17&Itemid=58"
        out += f'<table class="contentpaneopen"><tr><td class="contentheading"><a href="{a(u)}" class="contentpagetitle">{ent(o["title"])}</a></td></tr><tr><td>{ent(o["paras"][0])} {ent(o["paras"][1])}</td></tr></table>'
    return shell("Tin tức", f'<div class="componentheading">Tin tức - Sự kiện</div>{out}<div class="pagination">{pg}</div>', side=side)


P.page(LIST, listing(arts[:3], f'<a href="{a(LIST + "&limitstart=3")}" title="Tiếp">Tiếp</a>'))
P.page(LIST + "&limitstart=3", listing(arts[3:], f'<a href="{a(LIST)}" title="Đầu">Đầu</a>'))
P.page("/index.php?option=com_content&task=view&id=3&Itemid=2", shell("Giới thiệu", '<td class="contentheading">Giới thiệu huyện Đơn Dương</td><p>Huyện nằm ở phía đông tỉnh Lâm Đồng, có hồ Đa Nhim và nhà máy thủy điện cùng tên.</p>'))
NOTE = "/index.php?option=com_content&task=view&id=470&Itemid=61"
P.page("/index.php?option=com_content&task=category&sectionid=5&id=22&Itemid=61", shell("Thông báo", f'<ul><li><a href="{a(NOTE)}">Thông báo thu hồi đất thực hiện dự án đường tránh thị trấn Thạnh Mỹ</a></li></ul>'))
P.page(NOTE, shell("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo thu hồi đất thực hiện dự án đường tránh thị trấn Thạnh Mỹ</td></tr></table><p><a href="/images/stories/vanban/tb-thu-hoi-dat.pdf">Tải văn bản</a></p>'))
P.page("/", shell("Trang chủ", "".join(f'<p><a href="{a(o["path"])}">{ent(o["title"])}</a></p>' for o in arts[:3]) + f'<a href="{a(LIST)}">Xem tiếp</a>', side=side))
P.write()
