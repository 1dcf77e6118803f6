"""Portal 7: bespoke PHP table layout of the 2000s, huyện Mỹ Tú, Sóc Trăng, served as windows-1258.
Hard cases: windows-1258 bytes (base letter + combining tone), no container class at all (bare nested tables),
welcome marquee, date in the URL and printed only after the text, a served print view (in neither gold list),
copyright block in a table, counter row in the footer table, monthly series tables."""
from common import *

P = Portal("p7_mytu_php1258", "Website huyện Mỹ Tú", "Mỹ Tú", "Sóc Trăng", "bespoke PHP table layout (2000s)",
           charset="windows-1258")
P.furniture = ["Chào mừng quý khách đến với Website huyện Mỹ Tú", "Số lượt truy cập", "00412987", "Đang xem",
               "Bản quyền © 2008 UBND huyện Mỹ Tú", "Thiết kế bởi Trung tâm Tin học tỉnh", "Tin cùng chuyên mục",
               "Liên kết", "[Trở về]", "[Bản in]", "Ngày đăng:"]
CAT = "/tintuc.php?cid=5"


def shell(title, content):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title></head>
<body bgcolor="#ffffff" topmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/top.jpg" width="778" height="120"></td></tr>
<tr><td colspan="3" bgcolor="#003399"><marquee><font color="#ffff00">Chào mừng quý khách đến với Website huyện Mỹ Tú</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#e8eef7"><a href="/index.php">Trang chủ</a><br><a href="/gioithieu.php">Giới thiệu</a><br><a href="{CAT}">Tin tức</a><br><a href="/thongbao.php">Thông báo</a><br>
<br><b>Liên kết</b><br><a href="/lienket.php?id=1">Sóc Trăng</a></td>
<td width="10"></td><td valign="top">{content}</td></tr>
<tr><td colspan="3" align="center" bgcolor="#003399"><font color="#ffffff" size="1">Bản quyền © 2008 UBND huyện Mỹ Tú<br>Thiết kế bởi Trung tâm Tin học tỉnh<br>
Số lượt truy cập: 00412987 - Đang xem: 5</font></td></tr></table></body></html>"""


NAMES = ["Thị trấn Huỳnh Hữu Nghĩa", "Xã Long Hưng", "Xã Hưng Phú", "Xã Mỹ Hương", "Xã Thuận Hưng"]
HEAD = ["Đơn vị", "Tiếp nhận", "Giải quyết"]
arts = []
for i, (m, d, rec, res, late, pend) in enumerate([(9, "2023-10-03", 815, 801, 3, 44), (10, "2023-11-02", 858, 870, 0, 32),
                                                 (11, "2023-12-04", 844, 859, 1, 17)]):
    rows = series_rows(700 + i, NAMES, 2, lo=20, hi=120)
    paras = [f"Báo cáo tháng {m}/2023 của UBND huyện Mỹ Tú cho biết tổng số hồ sơ thủ tục hành chính tiếp nhận ở cấp huyện và cấp xã là {res + pend}, trong đó nhận mới {rec}.",
             f"Đã giải quyết {res} hồ sơ; quá hạn {late} hồ sơ; còn {pend} hồ sơ đang giải quyết.",
             "Số liệu năm đơn vị có nhiều hồ sơ nhất:",
             "Người dân có thể tra cứu tình trạng hồ sơ bằng mã số in trên giấy tiếp nhận."]
    arts.append(dict(id=312 + i * 9, title=f"Tình hình giải quyết hồ sơ hành chính tháng {m} năm 2023", d=d, paras=paras,
                     table=(HEAD, rows), must=series_must(HEAD, rows, hcol=2, name_row=0, fig_row=2, fig_col=1) + [f"quá hạn {late} hồ sơ"]))
arts.append(dict(id=298, title="Mỹ Tú thu hoạch lúa Thu Đông", d="2023-09-20", paras=[
    "Nông dân các xã Mỹ Phước, Mỹ Thuận đang vào vụ thu hoạch lúa Thu Đông, năng suất bình quân 5,8 tấn/ha.",
    "Giá lúa tươi tại ruộng dao động 7.200 đồng/kg, cao hơn cùng kỳ năm trước.",
    "Ngành nông nghiệp khuyến cáo bà con không đốt rơm rạ trên đồng."], table=None,
    must=["Mỹ Phước, Mỹ Thuận", "5,8 tấn/ha", "không đốt rơm rạ"]))
arts.append(dict(id=305, title="Lớp bồi dưỡng nghiệp vụ cho công chức một cửa cấp xã", d="2023-09-27", paras=[
    "Trong hai ngày 25 và 26/9, Phòng Nội vụ huyện mở lớp bồi dưỡng cho 38 công chức làm việc tại bộ phận một cửa cấp xã.",
    "Học viên được thực hành ký số, luân chuyển hồ sơ điện tử và ứng xử với người dân tộc Khmer khi giao tiếp.",
    "Kim Sươl"], table=None, must=["38 công chức", "ký số", "người dân tộc Khmer"]))
arts.append(dict(id=341, title="Ra quân dọn vệ sinh kênh Xáng Mỹ Tú", d="2023-12-10", paras=[
    "Sáng Chủ nhật, hơn 200 người đã tham gia vớt lục bình trên đoạn kênh chảy qua thị trấn."], table=None,
    must=["vớt lục bình", "hơn 200 người", "chảy qua thị trấn"]))
for x in arts:
    x["path"] = f"/tintuc/{x['d'][:4]}/{x['d'][5:7]}/{x['d'][8:]}/{x['id']}.htm"


def detail(x, printing=False):
    p = x["paras"]
    body = "".join(f"<p align=\"justify\">{esc(t)}</p>" for t in p[:3])
    if x["table"]:
        body += table_html(*x["table"], attrs=' border="1" cellspacing="0" cellpadding="3" bordercolor="#999999"')
    body += "".join(f"<p align=\"justify\">{esc(t)}</p>" for t in p[3:])
    stamp = f'<br><i>Ngày đăng: {x["d"][8:]}/{x["d"][5:7]}/{x["d"][:4]}</i>'
    if printing:
        return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(x["title"])}</title></head><body onload="window.print()"><b>{esc(x["title"])}</b>{body}{stamp}</body></html>'
    others = "".join(f'<tr><td>» <a href="{o["path"]}">{esc(o["title"])}</a> ({o["d"][8:]}/{o["d"][5:7]}/{o["d"][:4]})</td></tr>' for o in arts if o is not x)
    return shell(x["title"], f"""<table width="100%" border="0"><tr><td><font size="3" color="#cc0000"><b>{esc(x['title'])}</b></font></td></tr>
<tr><td>{body}{stamp}</td></tr>
<tr><td align="right"><a href="/tintuc/in.php?nid={x['id']}">[Bản in]</a> <a href="javascript:history.back()">[Trở về]</a></td></tr></table>
<table width="100%"><tr><td bgcolor="#dddddd"><b>Tin cùng chuyên mục</b></td></tr>{others}</table>""")


for x in arts:
    cells = [c for r in [x["table"][0]] + x["table"][1] for c in r] if x["table"] else []
    P.article(x["path"], detail(x), x["title"], x["d"], x["paras"], x["must"], cells)
    P.alias(f"/tintuc/in.php?nid={x['id']}", detail(x, printing=True))


def listing(items, pg):
    rows = "".join(f'<tr><td><a href="{o["path"]}"><b>{esc(o["title"])}</b></a><br>{esc(o["paras"][0])}</td></tr>' for o in items)
    return shell("Tin tức", f'<table width="100%" cellpadding="4">{rows}</table><p align="center">{pg}</p>')


P.page(CAT, listing(arts[:4], f'Trang: 1 <a href="{CAT}&amp;page=2">2</a>'))
P.page(CAT + "&page=2", listing(arts[4:], f'Trang: <a href="{CAT}">1</a> 2'))
P.page("/gioithieu.php", shell("Giới thiệu", "<b>Giới thiệu huyện Mỹ Tú</b><p>Huyện Mỹ Tú có đông đồng bào dân tộc Khmer sinh sống, kinh tế chủ yếu là trồng lúa.</p>"))
P.page("/thongbao.php", shell("Thông báo", '<a href="/thongbao.php?id=21">Thông báo lịch tiếp công dân của Chủ tịch UBND huyện năm 2024</a>'))
P.page("/thongbao.php?id=21", shell("Thông báo", '<b>Thông báo lịch tiếp công dân của Chủ tịch UBND huyện năm 2024</b><br><a href="/upload/tb21.doc">Tải tập tin</a>'))
P.page("/", shell("Trang chủ", "".join(f'<p><a href="{o["path"]}">{esc(o["title"])}</a></p>' for o in arts[:3]) + f'<a href="{CAT}">Xem thêm</a>'))
P.write()
