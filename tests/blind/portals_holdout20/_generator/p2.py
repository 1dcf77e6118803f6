"""Portal 2: Liferay 6.1 Bkav portal_egov (asset_publisher urlTitle), huyện Châu Đức, Bà Rịa - Vũng Tàu.
Hard cases: visit counter laid out as a table (label | number) in the side column, headline in a div,
lead (asset-abstract) outside the body, "Thứ Bẩy, ngày dd/MM/yyyy HH:ss" dates, Tin mới hơn / Tin cũ hơn
lists with (dd/MM), one article with no date while the header shows today's date, monthly series tables."""
from common import *

P = Portal("p2_chauduc_bkav", "Cổng thông tin điện tử huyện Châu Đức", "Châu Đức", "Bà Rịa - Vũng Tàu",
           "Liferay 6.1 Bkav portal_egov")
COUNTER = [("Tổng số lượt truy cập", "1675204"), ("Số người đang truy cập", "27"), ("Hôm nay", "1388"),
           ("Hôm qua", "2051"), ("Tuần này", "9962"), ("Tháng này", "31547")]
P.furniture = ["Thống Kê Truy Cập"] + [x for r in COUNTER for x in r] + [
    "Tin mới hơn", "Tin cũ hơn", "Hôm nay: Thứ Năm, 05/12/2024", "Chuyên mục tin", "Trở về đầu trang",
    "Cơ quan chủ quản: UBND huyện Châu Đức"]
INST = "Xk7fP2"
BASE = "/web/guest/tin-tuc"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


def a(u):
    return u.replace("&", "&amp;")


def shell(title, content):
    rows = "".join(f'<tr><td class="label">{l}</td><td class="counter-value">{v}</td></tr>' for l, v in COUNTER)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{esc(title)} - Cổng thông tin điện tử huyện Châu Đức</title></head>
<body class="portal-egov"><div id="wrapper"><div id="heading"><div class="today">Hôm nay: Thứ Năm, 05/12/2024</div>
<img src="/portal-chauduc-theme/images/banner.png" alt="Châu Đức"/></div>
<nav id="navigation"><ul><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li>
<li><a href="{BASE}">Tin tức</a></li><li><a href="/web/guest/thong-bao">Thông báo</a></li><li><a href="/web/guest/hoi-dap">Hỏi đáp</a></li></ul></nav>
<div id="content"><div class="columns-2"><div class="column-1" id="column-1">{content}</div>
<div class="column-2" id="column-2"><section class="portlet"><h2 class="portlet-title">Chuyên mục tin</h2>
<ul><li><a href="{BASE}">Tin tức - sự kiện</a></li><li><a href="/web/guest/cai-cach-hanh-chinh">Cải cách hành chính</a></li></ul></section>
<section class="portlet" id="portlet_visitcounter_WAR_visitcounterportlet"><h2 class="portlet-title">Thống Kê Truy Cập</h2>
<div class="visit-counter-data-container-style-2"><table class="visit-counter-content">{rows}</table></div></section></div></div></div>
<div id="footer"><p>Cơ quan chủ quản: UBND huyện Châu Đức</p><p>Địa chỉ: đường Hùng Vương, thị trấn Ngãi Giao, huyện Châu Đức</p>
<a href="#wrapper">Trở về đầu trang</a></div></div></body></html>"""


OFFICES = ["Phòng Tài nguyên và Môi trường", "Phòng Tư pháp", "Phòng Kinh tế - Hạ tầng", "Phòng Lao động - Thương binh và Xã hội"]
HEAD = ["Cơ quan", "Tiếp nhận", "Trả kết quả"]
arts = []
for i, (m, date, hh, rec, carry, early, pend, post) in enumerate([
        (6, "2024-07-05", "08:00", 1120, 214, 387, 146, 33),
        (7, "2024-08-03", "07:30", 1268, 146, 402, 188, 41),
        (8, "2024-09-07", "09:15", 1193, 188, 455, 97, 29)]):
    rows = series_rows(200 + i, OFFICES, 2, hi=260)
    title = f"Bộ phận Một cửa huyện Châu Đức: tình hình tiếp nhận hồ sơ tháng {m}/2024"
    lead = f"Trong tháng {m}/2024, Bộ phận Tiếp nhận và Trả kết quả huyện nhận mới {vn_int(rec)} hồ sơ, cộng với {carry} hồ sơ tháng trước chuyển sang."
    paras = [lead,
             f"Đã giải quyết trước hạn {early} hồ sơ, còn {pend} hồ sơ đang trong thời gian giải quyết; {post} hồ sơ được trả qua dịch vụ bưu chính công ích.",
             "Số liệu của từng cơ quan chuyên môn như sau:",
             "Ủy ban nhân dân huyện yêu cầu các phòng chuyên môn cập nhật trạng thái hồ sơ trên hệ thống ngay trong ngày làm việc."]
    arts.append(dict(title=title, date=date, hh=hh, paras=paras, table=(HEAD, rows),
                     must=series_must(HEAD, rows, fig_col=1) + [f"{post} hồ sơ được trả qua dịch vụ bưu chính công ích"]))
arts.append(dict(title="Đối thoại với hộ dân bị ảnh hưởng dự án hồ chứa nước Sông Ray", date="2024-06-15", hh="14:00",
                 paras=["Chiều 14/6, lãnh đạo huyện Châu Đức đối thoại với 46 hộ dân xã Sơn Bình có đất nằm trong vùng dự án.",
                        "Phần lớn ý kiến xoay quanh đơn giá bồi thường cây cao su và vị trí khu tái định cư.",
                        "Chủ tọa buổi đối thoại giao Ban Quản lý dự án giải đáp bằng văn bản trước ngày 30/6.",
                        "Thanh Tâm"], table=None,
                 must=["46 hộ dân xã Sơn Bình", "cây cao su", "trước ngày 30/6"]))
arts.append(dict(title="Châu Đức tăng 2 bậc về chỉ số hài lòng SIPAS", date=None, hh=None,
                 paras=["Kết quả khảo sát năm 2023 cho thấy mức độ hài lòng của người dân với dịch vụ hành chính công tại huyện đạt 86,25%.",
                        "Huyện xếp thứ 3/8 địa phương cấp huyện, tăng 2 bậc so với năm trước.",
                        "Nhóm tiêu chí tiếp cận dịch vụ được đánh giá cao nhất; nhóm tiếp nhận góp ý còn thấp."], table=None,
                 must=["86,25%", "xếp thứ 3/8", "tăng 2 bậc so với năm trước"]))
arts.append(dict(title="Xã Đá Bạc tổ chức ngày hội đại đoàn kết", date="2024-11-16", hh="10:00",
                 paras=["Ấp Liên Lộc, xã Đá Bạc vừa tổ chức ngày hội đại đoàn kết toàn dân tộc với nhiều trò chơi dân gian.",
                        "Dịp này, Mặt trận xã trao 20 phần quà cho hộ nghèo."], table=None,
                 must=["Ấp Liên Lộc", "trò chơi dân gian", "20 phần quà"]))
for x in arts:
    x["path"] = f"{BASE}/-/asset_publisher/{INST}/content/{slug(x['title'], drop_d=True)}"


def fmt_date(x):
    if not x["date"]:
        return ""
    y, mo, d = map(int, x["date"].split("-"))
    import datetime
    wd = WD[datetime.date(y, mo, d).weekday()]
    h, mi = x["hh"].split(":")
    return f"{wd}, ngày {d:02d}/{mo:02d}/{y} {h}:{mi}"


for k, x in enumerate(arts):
    p = x["paras"]
    body = "".join(f"<p>{esc(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], attrs=' border="1" cellpadding="3"')
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{esc(t)}</p>" for t in p[3:])
    dated = sorted((o for o in arts if o["date"] and o is not x), key=lambda o: o["date"])
    newer = [o for o in dated if x["date"] and o["date"] > x["date"]][:3]
    older = [o for o in dated if not x["date"] or o["date"] < x["date"]][::-1][:3]
    rel = lambda lst: "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a> ({o["date"][8:]}/{o["date"][5:7]})</li>' for o in lst)
    content = f"""<section class="portlet" id="portlet_101_INSTANCE_{INST}"><div class="asset_publisher_view_full_content">
<div class="asset_title">{esc(x['title'])}</div>
<div class="social-panel"><span class="date">{fmt_date(x)}</span><span class="tools"><a href="mailto:?subject=sendMail">Email</a> <a href="javascript:zoom(-1)">A-</a> <a href="javascript:zoom(1)">A+</a></span></div>
<div class="asset-abstract"><strong>{esc(p[0])}</strong></div>
<div class="asset-content journal-content-article">{body}</div>
<div class="related_asset"><h4>Tin mới hơn</h4><ul>{rel(newer)}</ul><h4>Tin cũ hơn</h4><ul>{rel(older)}</ul></div></div></section>"""
    P.article(x["path"], shell(x["title"], content), x["title"], x["date"], p, x["must"], cells)


def listing(items, cur):
    out = ""
    for o in items:
        d = f'{o["date"][8:]}-{o["date"][5:7]}-{o["date"][:4]}' if o["date"] else ""
        out += f'<div class="asset-abstract"><img src="/image/journal/article?img_id=1" width="180" height="100"/><span class="asset-category-name">Tin tức - sự kiện</span><span class="asset-publish-date">{d}</span><h3 class="asset-title"><a href="{o["path"]}">{esc(o["title"])}</a></h3><div class="asset-sumary">{esc(o["paras"][0])}</div></div>'
    q = f"?p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&_101_INSTANCE_{INST}_cur=2&_101_INSTANCE_{INST}_delta=4"
    out += f'<div class="search-paginator"><a href="{BASE}">Trang đầu</a> <a href="{a(BASE + q)}">Trang sau</a></div>'
    return shell("Tin tức", f'<section class="portlet">{out}</section>')


P.page(BASE, listing(arts[:4], 1))
P.page(BASE + f"?p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&_101_INSTANCE_{INST}_cur=2&_101_INSTANCE_{INST}_delta=4", listing(arts[4:], 2))
P.page("/web/guest/gioi-thieu", shell("Giới thiệu", "<h2>Giới thiệu huyện Châu Đức</h2><p>Huyện có 15 xã, 1 thị trấn; trung tâm hành chính đặt tại thị trấn Ngãi Giao.</p>"))
P.page("/web/guest/thong-bao", shell("Thông báo", '<ul><li><a href="/web/guest/thong-bao/-/asset_publisher/Tb91Qa/content/lich-tiep-cong-dan-thang-12-2024">Lịch tiếp công dân tháng 12/2024</a></li></ul>'))
P.page("/web/guest/thong-bao/-/asset_publisher/Tb91Qa/content/lich-tiep-cong-dan-thang-12-2024",
       shell("Lịch tiếp công dân tháng 12/2024", '<div class="asset_title">Lịch tiếp công dân tháng 12/2024</div><p><a href="/documents/10181/0/lich-tiep-cd-12-2024.pdf">lich-tiep-cd-12-2024.pdf</a></p>'))
home = "".join(f'<div class="hot"><a href="{o["path"]}">{esc(o["title"])}</a></div>' for o in arts[:2]) + f'<a href="{BASE}">Xem thêm</a>'
P.page("/", shell("Trang chủ", home))
P.write()
