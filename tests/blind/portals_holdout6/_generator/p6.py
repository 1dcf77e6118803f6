"""p6 Ba Chẽ (Quảng Ninh): DotNetNuke. Articles /Default.aspx?tabid=112&cateid=9&ItemID=n, listing with a
Telerik pager (rgPageNext) linking &page=2. Hard cases: counter module in the LEFT column before the
content ('Hôm nay', 'Hôm qua', 'Tất cả'), no container class on the article (plain dnn_ctr ids and
a table), date only after the text ('Ngày đăng: dd/mm/yyyy'), named entities mixed with raw UTF-8,
module title above the headline (headline in a <b> in a td)."""
from common import *

UNITS = ["xã Thanh Sơn", "xã Đồn Đạc", "xã Nam Sơn", "xã Minh Cầm", "xã Lương Mông", "thị trấn Ba Chẽ"]
arts = make_articles(1106, "huyện Ba Chẽ", UNITS, 2025, [3051, 3064, 3078, 3090, 3102, 3117])
arts.sort(key=lambda a: a["date"], reverse=True)
A = lambda a: f"/Default.aspx?tabid=112&cateid=9&ItemID={a['id']}"
L1 = "/Default.aspx?tabid=112&cateid=9"
L2 = "/Default.aspx?tabid=112&cateid=9&page=2"
DOCS = "/Default.aspx?tabid=140"
NOTS = [("/Default.aspx?tabid=118&ItemID=512", "Thông báo kết quả lựa chọn đơn vị đấu giá quyền sử dụng đất tại thị trấn Ba Chẽ", "KQ_LuaChon_DauGia.pdf")]
FUR = ["Thống kê truy cập", "Hôm qua", "Tất cả", "Tin cùng chuyên mục", "Trang thông tin điện tử huyện Ba Chẽ",
       "Giấy phép số", "Liên kết", "Văn bản mới", "2114089"]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{ent(title)} - Trang thông tin điện tử huyện Ba Chẽ</title>{can}</head><body><form name="Form" method="post" action="/Default.aspx?tabid=112" id="Form">
<table width="1000" align="center"><tr><td colspan="3"><img src="/Portals/0/banner_bache.jpg" alt="Trang thông tin điện tử huyện Ba Chẽ" /></td></tr>
<tr><td colspan="3" class="menu"><a href="/">Trang chủ</a> | <a href="{esc(L1)}">Tin tức</a> | <a href="{esc(DOCS)}">Văn bản mới</a> | <a href="/Default.aspx?tabid=150">Liên kết</a></td></tr>
<tr><td width="200" valign="top"><div id="dnn_ctr420_ContentPane"><span class="Head">Thống kê truy cập</span>
<table><tr><td>Hôm nay</td><td>1408</td></tr><tr><td>Hôm qua</td><td>2251</td></tr><tr><td>Tất cả</td><td>2114089</td></tr></table></div>
<div id="dnn_ctr421_ContentPane"><span class="Head">Thông báo</span>{''.join(f'<p><a href="{esc(n[0])}">{ent(n[1])}</a></p>' for n in NOTS)}</div></td>
<td valign="top">{inner}</td></tr>
<tr><td colspan="3" align="center">Trang thông tin điện tử huyện Ba Chẽ - Giấy phép số 12/GP-STTTT. Địa chỉ: Khu 3, thị trấn Ba Chẽ, tỉnh Quảng Ninh</td></tr></table></form></body></html>"""


def article(a):
    i = arts.index(a)
    lead = f"<p><b>{ent(a['lead'])}</b></p>" if a["lead"] else ""
    body = body_html(a, p=lambda t: f"<p>{ent(t)}</p>", img=lambda x: f'<p align="center"><img src="/Portals/0/Images/{x["id"]}.jpg" /></p>',
                     cap=lambda c: f'<p align="center"><i>{ent(c)}</i></p>', table_cls=' border="1" cellpadding="3"')
    inner = f"""<div id="dnn_ctr515_ModuleContent"><span id="dnn_ctr515_dnnTITLE_lblTitle" class="Head">Tin tức</span>
<table width="100%"><tr><td><b style="font-size:15px">{ent(a['title'])}</b></td></tr><tr><td>{lead}{body}
<p align="right"><i>Ngày đăng: {a['date']:%d/%m/%Y}</i></p></td></tr></table>
<div id="dnn_ctr516_ModuleContent"><span class="Head">Tin cùng chuyên mục</span><ul>{''.join(f'<li><a href="{esc(A(o))}">{ent(o["title"])}</a> ({o["date"]:%d/%m/%Y})</li>' for o in arts if o is not a)}</ul></div></div>"""
    return shell(a["title"], inner, A(a))


def listing(items, page):
    lis = "".join(f'<tr><td><a href="{esc(A(a))}">{ent(a["title"])}</a><br/>{ent((a["lead"] or a["paras"][0])[:120])}...</td></tr>' for a in items)
    pager = f'<div class="rgWrap rgNumPart"><a href="{esc(L1)}">1</a><a href="{esc(L2)}">2</a></div><input type="submit" class="rgPageNext" title="Trang sau" onclick="location.href=\'{esc(L2)}\';return false;" />'
    return shell("Tin tức", f'<div id="dnn_ctr514_ModuleContent"><span class="Head">Tin tức</span><table class="rgMasterTable">{lis}</table>{pager}</div>')


home = shell("Trang chủ", '<marquee>Chào mừng quý vị đến với Trang thông tin điện tử huyện Ba Chẽ</marquee><ul>' +
             "".join(f'<li><a href="{esc(A(a))}">{ent(a["title"])}</a></li>' for a in arts[:3]) + f'</ul><a href="{esc(L1)}">Tin tức</a>')
docs = shell("Văn bản mới", '<span class="Head">Văn bản mới</span><table border="1"><tr><td>3120/QĐ-UBND</td><td>Quyết định công bố danh mục thủ tục hành chính thực hiện tại cấp xã</td></tr></table>')
nots = [(n[0], shell(n[1], f'<span class="Head">Thông báo</span><p><b>{ent(n[1])}</b></p><p>Tải tệp: <a href="/Portals/0/Files/{n[2]}">{n[2]}</a></p>', n[0])) for n in NOTS]
assemble("p6_bache", {"name": "Trang thông tin điện tử huyện Ba Chẽ", "district": "Ba Chẽ", "province": "Quảng Ninh",
                      "platform": "DotNetNuke"}, arts, A, article,
         [(L1, listing(arts[:4], 1)), (L2, listing(arts[4:], 2))], home, [(DOCS, docs)] + nots, FUR)
