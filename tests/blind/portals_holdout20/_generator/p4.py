"""Portal 4: NukeViet (eGovernment), huyện Thanh Chương, Nghệ An.
Hard cases: body text in NFD (decomposed) Unicode, "Thứ năm - dd/mm/YYYY HH:ii" dates, figure/figcaption,
"Tác giả:"/"Nguồn tin:" outside the body, rating and send/print/save icons, ul.counter with "," separators in
the sidebar, Những tin mới hơn / cũ hơn lists with dates, breadcrumb repeating the title, quarterly series tables."""
from common import *

P = Portal("p4_thanhchuong_nukeviet", "Cổng thông tin điện tử huyện Thanh Chương", "Thanh Chương", "Nghệ An", "NukeViet")
CNT = [("Đang truy cập", "34"), ("Máy chủ tìm kiếm", "6"), ("Khách viếng thăm", "28"), ("Hôm nay", "3,117"),
       ("Tháng hiện tại", "84,503"), ("Tổng lượt truy cập", "5,209,776")]
P.furniture = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "3,117", "Tháng hiện tại", "84,503",
               "Tổng lượt truy cập", "5,209,776", "Những tin mới hơn", "Những tin cũ hơn", "Xếp hạng:", "phiếu bầu",
               "Click để đánh giá bài viết", "Giới thiệu bài viết cho bạn bè", "Lưu bài viết này", "Trang nhất",
               "Thống kê truy cập", "Tác giả:", "Nguồn tin:"]
CAT = "/tin-tuc/cai-cach-hanh-chinh/"


def shell(title, content, crumbs=""):
    cnt = "".join(f'<li><span><em class="fa fa-bolt"></em> {l}</span><span>{v}</span></li>' for l, v in CNT)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>{esc(title)}</title></head>
<body><div class="wraper"><header><a href="/"><img src="/uploads/logo-thanhchuong.png" alt=""/></a></header>
<nav class="header-nav"><ul><li><a href="/">Trang nhất</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="{CAT}">Cải cách hành chính</a></li>
<li><a href="/van-ban/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/"><span>Trang nhất</span></a></li>{crumbs}</ul></div>
<div class="row"><div class="col-md-16">{content}</div>
<div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê truy cập</div><ul class="counter">{cnt}</ul></div></div></div>
<footer><p>© Ủy ban nhân dân huyện Thanh Chương, tỉnh Nghệ An</p></footer></div></body></html>"""


NAMES = ["Thị trấn Thanh Chương", "Xã Thanh Ngọc", "Xã Thanh Lương", "Xã Ngọc Lâm", "Xã Thanh Mai"]
HEAD = ["Địa phương", "Tổng số hồ sơ", "Hoàn thành"]
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
arts = []
for i, (q, d, tm, rec, res, ontime, onl) in enumerate([("1", "2023-04-06", "08:12", 9804, 9650, 9611, 5210),
                                                     ("2", "2023-07-05", "16:40", 10322, 10117, 10101, 6033),
                                                     ("3", "2023-10-04", "07:55", 9977, 9881, 9880, 6472)]):
    rows = series_rows(400 + i, NAMES, 2)
    paras = [f"Ba tháng {['đầu', 'giữa', 'cuối'][i]} năm 2023 (quý {q}), toàn huyện Thanh Chương tiếp nhận {vn_int(rec)} hồ sơ thủ tục hành chính ở cả hai cấp.",
             f"Đã giải quyết {vn_int(res)} hồ sơ, trong đó {vn_int(ontime)} hồ sơ đúng hạn; hồ sơ nộp trực tuyến là {vn_int(onl)}.",
             "Năm địa phương có lượng hồ sơ lớn nhất gồm:",
             "Chủ tịch UBND huyện biểu dương các xã duy trì tốt việc trả kết quả qua bưu điện cho người cao tuổi."]
    arts.append(dict(id=1840 + i, title=f"Thanh Chương công khai kết quả giải quyết hồ sơ quý {q}/2023", d=d, tm=tm, paras=paras,
                     table=(HEAD, rows), must=series_must(HEAD, rows, name_row=0, fig_col=1) + [f"{vn_int(ontime)} hồ sơ đúng hạn"]))
arts.append(dict(id=1862, title="Người dân xã Thanh Đức được hướng dẫn làm thủ tục trên điện thoại", d="2023-11-14", tm="09:00", paras=[
    "Đoàn viên thanh niên xã Thanh Đức đã đến từng xóm để hướng dẫn bà con làm thủ tục trên điện thoại thông minh.",
    "Nội dung hướng dẫn gồm đăng ký tài khoản định danh, nộp hồ sơ đăng ký khai sinh và thanh toán phí trực tuyến.",
    "Sau hai tuần, gần 300 người dân đã tự nộp được hồ sơ mà không cần đến trụ sở xã."], table=None,
    must=["xã Thanh Đức", "thanh toán phí trực tuyến", "gần 300 người dân"]))
arts.append(dict(id=1871, title="Chỉ số PAR INDEX năm 2023 của Thanh Chương đạt 82,07%", d="2024-05-21", tm="14:30", paras=[
    "Theo kết quả do tỉnh công bố, Chỉ số cải cách hành chính năm 2023 của huyện đạt 82,07%, xếp thứ 9/21 đơn vị cấp huyện.",
    "Điểm thẩm định của huyện ở lĩnh vực cải cách thủ tục hành chính đạt gần tối đa, nhưng lĩnh vực tài chính công còn bị trừ điểm.",
    "Huyện đặt mục tiêu năm 2024 vào nhóm 5 đơn vị dẫn đầu."], table=None,
    must=["82,07%", "xếp thứ 9/21", "lĩnh vực tài chính công"]))
for x in arts:
    x["alias"] = slug(x["title"])
    x["path"] = f"{CAT}{x['alias']}-{x['id']}.html"

import datetime
for k, x in enumerate(arts):
    p = x["paras"]
    body = "".join(f"<p>{nfd(t)}</p>" for t in p[1:3])
    cells = []
    if x["table"]:
        body += table_html(*x["table"], enc=nfd, attrs=' class="table table-bordered"')
        cells = [c for r in [x["table"][0]] + x["table"][1] for c in r]
    body += "".join(f"<p>{nfd(t)}</p>" for t in p[3:])
    y, mo, dd = map(int, x["d"].split("-"))
    wd = WD[datetime.date(y, mo, dd).weekday()]
    lst = lambda L: "".join(f'<li><a href="{o["path"]}">{esc(o["title"])}</a> <em>({o["d"][8:]}/{o["d"][5:7]}/{o["d"][:4]})</em></li>' for o in L)
    content = f"""<div class="news_column panel" itemscope itemtype="NewsArticle">
<h1 class="title">{esc(x['title'])}</h1><span itemprop="datePublished" class="hidden">{x['d']}T{x['tm']}:00+07:00</span>
<span class="h5">{wd} - {dd:02d}/{mo:02d}/{y} {x['tm']}</span>
<ul class="list-inline"><li><a href="javascript:void(0)" title="Giới thiệu bài viết cho bạn bè">Gửi</a></li><li><a href="/tin-tuc/print/{x['alias']}-{x['id']}.html" title="In ra">In</a></li><li><a href="javascript:void(0)" title="Lưu bài viết này">Lưu</a></li></ul>
<div class="hometext">{nfd(p[0])}</div>
<figure class="article"><img src="/uploads/news/2023/{x['id']}.jpg"/><figcaption>Ảnh minh họa</figcaption></figure>
<div id="news-bodyhtml" class="bodytext">{body}</div>
<p class="text-right"><strong>Tác giả:</strong> Phan Đức Thịnh</p><p class="text-right"><strong>Nguồn tin:</strong> Văn phòng HĐND và UBND huyện</p>
<div class="rating">Xếp hạng: 4.5 - 2 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news-related"><p>Những tin mới hơn</p><ul>{lst(arts[k+1:])}</ul><p>Những tin cũ hơn</p><ul>{lst(arts[:k])}</ul></div></div>"""
    crumbs = f'<li><a href="{CAT}"><span>Cải cách hành chính</span></a></li><li><span>{esc(x["title"])}</span></li>'
    P.article(x["path"], shell(x["title"], content, crumbs), x["title"], x["d"], p, x["must"], cells)


def listing(items, pager):
    out = "".join(f'<div class="news_column"><h3><a href="{o["path"]}">{esc(o["title"])}</a></h3><p>{nfd(o["paras"][0])}</p></div>' for o in items)
    return shell("Cải cách hành chính", out + f'<ul class="pagination">{pager}</ul>', '<li><span>Cải cách hành chính</span></li>')


P.page(CAT, listing(arts[:4], f'<li><a href="{CAT}page-2">2</a></li>'))
P.page(CAT + "page-2", listing(arts[4:], f'<li><a href="{CAT}">1</a></li>'))
P.page("/gioi-thieu/", shell("Giới thiệu", "<h2>Giới thiệu</h2><p>Thanh Chương là huyện miền núi phía tây Nghệ An, dọc hai bờ sông Lam.</p>"))
NOTE = "/van-ban/thong-bao-ket-qua-xet-tuyen-cong-chuc-xa-2023-88.html"
P.page("/van-ban/", shell("Văn bản", f'<ul><li><a href="{NOTE}">Thông báo kết quả xét tuyển công chức xã năm 2023</a></li></ul>'))
P.page(NOTE, shell("Thông báo", f'<h1>Thông báo kết quả xét tuyển công chức xã năm 2023</h1><p><a href="/uploads/van-ban/tb-ket-qua-xet-tuyen.pdf">Tải về</a></p>'))
P.page("/", shell("Trang nhất", "".join(f'<h3><a href="{o["path"]}">{esc(o["title"])}</a></h3>' for o in arts[:3]) + f'<a href="{CAT}">Xem tất cả</a>'))
P.write()
