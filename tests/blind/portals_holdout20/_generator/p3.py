"""Portal 3: Liferay 7 Hòa Bình CMS (articleId / categoryId render URLs), commune sub-site xã Vũ Bình, huyện Lạc Sơn.
Hard cases: visit counter as a table INSIDE the article container, category heading (h3) above the h1,
lead (#leadDetail) outside #contentDetail, image title printing "null", author/source fields outside the
body (not text), rating widget, "Danh sách bài viết mới/cũ" lists with dates, monthly series tables."""
from common import *

P = Portal("p3_vubinh_lacson_lf7", "Trang thông tin điện tử xã Vũ Bình", "Lạc Sơn", "Hòa Bình",
           "Liferay 7 Hòa Bình CMS (commune sub-site)")
PID = "cmsview_WAR_hoabinhportlet"
DET = "/web/xa-vu-binh/chi-tiet?p_p_id=%s&p_p_lifecycle=0&_%s_articleId=" % (PID, PID)
CAT = "/web/xa-vu-binh/danh-muc?p_p_id=%s&p_p_lifecycle=0&_%s_categoryId=31" % (PID, PID)
CNT = [("Tổng số truy cập:", "385.912"), ("Trong tháng:", "6.204"), ("Trong ngày:", "158"), ("Tổng số trực tuyến :", "9")]
P.furniture = ["Lượt truy cập", "Tổng số truy cập:", "385.912", "Trong tháng:", "6.204", "Trong ngày:", "Tổng số trực tuyến",
               "Đánh giá bài viết:", "Danh sách bài viết mới", "Danh sách bài viết cũ", "Tin hoạt động của xã",
               "null", "Quay lại", "Bản in", "Trang thông tin điện tử xã Vũ Bình - huyện Lạc Sơn"]


def a(u):
    return u.replace("&", "&amp;")


def counter():
    return '<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3><table class="counter">' + "".join(
        f'<tr><td><i class="icon-user"></i>{l}</td><td>{v}</td></tr>' for l, v in CNT) + "</table></div>"


def shell(title, content, canonical=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{a(canonical)}"/>' if canonical else ""
    return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{esc(title)}</title>{can}</head><body>
<header><div class="logo"><a href="/">Trang thông tin điện tử xã Vũ Bình - huyện Lạc Sơn</a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{a(CAT)}">Tin hoạt động của xã</a></li>
<li><a href="/web/xa-vu-binh/lien-he">Liên hệ</a></li><li><a href="/web/xa-vu-binh/van-ban">Văn bản</a></li></ul></header>
<main class="container">{content}</main>
<footer><p>Trang thông tin điện tử xã Vũ Bình - huyện Lạc Sơn - tỉnh Hòa Bình</p><p>Chịu trách nhiệm: Chủ tịch UBND xã</p></footer></body></html>"""


UNITS = ["Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê"]
HEAD = ["Bộ phận", "Số hồ sơ nhận", "Đã trả", "Đúng hẹn", "Trễ hẹn"]
arts = []
for i, (m, d, rec, late, onl, pct) in enumerate([(9, "2024-10-02 16:20", 212, 0, 141, "66,5"),
                                                  (10, "2024-11-04 08:45", 238, 1, 170, "71,4"),
                                                  (11, "2024-12-02 10:05", 201, 0, 152, "75,6")]):
    rows = series_rows(300 + i, UNITS, 4, lo=8, total=rec, late_total=late, pend_max=6)
    paras = [f"Tháng {m} năm 2024, Bộ phận một cửa xã Vũ Bình đã nhận {rec} hồ sơ của người dân, tất cả được số hóa khi tiếp nhận.",
             f"Trong đó có {onl} hồ sơ nộp trực tuyến, tỷ lệ hồ sơ trực tuyến đạt {pct}%. "
             + ("Không có hồ sơ trễ hẹn." if late == 0 else f"Có {late} hồ sơ trễ hẹn do người dân bổ sung giấy tờ chậm."),
             "Phân theo bộ phận phụ trách:",
             "Xã tiếp tục bố trí thanh niên tình nguyện hướng dẫn bà con cài đặt và sử dụng ứng dụng VNeID."]
    arts.append(dict(id=58210 + i, title=f"Vũ Bình: kết quả thực hiện thủ tục hành chính tháng {m}/2024", dt=d, paras=paras,
                     table=(HEAD, rows), must=series_must(HEAD, rows, hcol=4, fig_col=3) + [f"tỷ lệ hồ sơ trực tuyến đạt {pct}%"],
                     author="Bùi Văn Hưng", source="UBND xã Vũ Bình"))
arts.append(dict(id=58150, title="Lễ hội Khai hạ của người Mường tại xã Vũ Bình", dt="2024-02-12 09:30", paras=[
    "Ngày mùng 3 Tết, hàng trăm người dân xóm Bái đã về sân nhà văn hóa dự lễ hội Khai hạ.",
    "Phần lễ do thầy mo thực hiện, cầu mưa thuận gió hòa; phần hội có đánh chiêng, ném còn và đẩy gậy.",
    "Năm nay lần đầu tiên hội thi đánh chiêng có đội của học sinh trường trung học cơ sở tham gia."],
    table=None, must=["xóm Bái", "ném còn và đẩy gậy", "đội của học sinh"], author="Quách Thị Lan", source=None))
arts.append(dict(id=58177, title="Xã Vũ Bình hoàn thành xóa nhà tạm cho 14 hộ", dt="2024-08-28 15:00", paras=[
    "Đến cuối tháng 8, toàn bộ 14 ngôi nhà cho hộ nghèo, hộ cận nghèo trên địa bàn xã đã được bàn giao.",
    "Mỗi hộ được hỗ trợ 60 triệu đồng; bà con trong xóm góp ngày công vận chuyển vật liệu."],
    table=None, must=["14 ngôi nhà", "60 triệu đồng", "góp ngày công"], author=None, source=None))
for x in arts:
    x["path"] = DET + str(x["id"])

for k, x in enumerate(arts):
    p = x["paras"]
    body = "".join(f"<p>{esc(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], attrs=' class="table" style="width:100%"')
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{esc(t)}</p>" for t in p[3:])
    d, t = x["dt"].split()
    dd = f"{d[8:]}/{d[5:7]}/{d[:4]} {t}"
    lst = lambda L: "".join(f'<li><a href="{a(o["path"])}">{esc(o["title"])}</a> <span>({o["dt"][8:10]}/{o["dt"][5:7]}/{o["dt"][:4]})</span></li>' for o in L)
    content = f"""<div class="box_border"><h3 class="title-list-news">Tin hoạt động của xã</h3>
<h1 id="titleDetail">{esc(x['title'])}</h1>
<div class="tools"><span class="date_time">{dd}</span> <a href="javascript:zoomIn()">A+</a> <a href="javascript:speak()">Nghe đọc</a></div>
<div id="leadDetail"><strong>{esc(p[0])}</strong></div>
<div class="img-lead"><img src="/documents/20182/0/anh-{x['id']}.jpg"/><div class="img-title">null</div></div>
<div id="contentDetail">{body}</div>
<div class="author">{esc(x['author'] or '')}</div><div class="source">{esc(x['source'] or '')}</div>
<div class="print"><a href="javascript:history.back()">Quay lại</a> <a href="/web/xa-vu-binh/ban-in?articleId={x['id']}">Bản in</a></div>
<div class="rating">Đánh giá bài viết: <span class="stars"></span></div>
{counter()}
<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>{lst(arts[k+1:])}</ul><h4>Danh sách bài viết cũ</h4><ul>{lst(arts[:k])}</ul></div></div>"""
    P.article(x["path"], shell(x["title"], content, canonical=x["path"]), x["title"], d, p, x["must"], cells)


def listing(items, nxt):
    out = "".join(f'<div class="news-item"><a href="{a(o["path"])}">{esc(o["title"])}</a><p>{esc(o["paras"][0])}</p></div>' for o in items)
    return shell("Tin hoạt động của xã", f'<div class="box_border"><h3 class="title-list-news">Tin hoạt động của xã</h3>{out}<div class="paging">{nxt}</div></div>')


P2 = CAT + f"&_{PID}_cur=2&_{PID}_delta=4"
P.page(CAT, listing(arts[:4], f'<a href="{a(P2)}">2</a>'))
P.page(P2, listing(arts[4:], f'<a href="{a(CAT)}">1</a>'))
P.page("/web/xa-vu-binh/lien-he", shell("Liên hệ", "<h2>Liên hệ</h2><p>UBND xã Vũ Bình, huyện Lạc Sơn, tỉnh Hòa Bình. Điện thoại: 0218 3861 205</p>"))
NOTE = DET + "58199"
P.page("/web/xa-vu-binh/van-ban", shell("Văn bản", f'<ul><li><a href="{a(NOTE)}">Thông báo lịch tiêm phòng gia súc vụ thu 2024</a></li></ul>'))
P.page(NOTE, shell("Thông báo lịch tiêm phòng", f'<div class="box_border"><h1 id="titleDetail">Thông báo lịch tiêm phòng gia súc vụ thu 2024</h1><p><a href="/documents/20182/0/TB-tiem-phong.docx">Tải về</a></p></div>'))
home = '<div class="box_border"><h3 class="title-list-news">Tin hoạt động của xã</h3>' + "".join(
    f'<p><a href="{a(o["path"])}">{esc(o["title"])}</a></p>' for o in arts[:3]) + "</div>" + counter()
P.page("/", shell("Trang chủ", home))
P.write()
