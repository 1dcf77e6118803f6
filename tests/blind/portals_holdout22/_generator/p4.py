"""p4: NukeViet eGovernment, commune sub-site of xã Hòa Phú (huyện Hòa Vang, Đà Nẵng).
Hard cases: blog-style category listing printing each hometext in full, hometext outside the
bodytext div, figure/figcaption caption, 'Tác giả:'/'Nguồn tin:' at the end, rating widget,
ul.counter in the sidebar, monthly one-stop series by field (lĩnh vực)."""
from common import *

P = Portal("p4_hoaphu_nukeviet", "Trang thông tin điện tử xã Hòa Phú", "Hòa Vang", "Đà Nẵng", "NukeViet eGovernment (commune sub-site)")
CAT = "/news/cai-cach-hanh-chinh"
FLD = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội"]
HDR = ["Lĩnh vực", "Tiếp nhận", "Đã trả kết quả", "Nộp trực tuyến"]
FIG = [[(64, 63, 51), (210, 210, 12), (17, 14, 9), (22, 22, 8)],
       [(71, 70, 60), (187, 187, 15), (21, 18, 13), (19, 19, 11)],
       [(58, 58, 52), (233, 232, 20), (15, 15, 11), (26, 25, 14)],
       [(66, 66, 59), (198, 198, 23), (19, 17, 15), (24, 24, 16)]]
arts = []
for i, (m, d, t) in enumerate([("6", "2025-07-03", "08:20"), ("7", "2025-08-04", "09:10"), ("8", "2025-09-03", "14:05"), ("9", "2025-10-02", "10:30")]):
    rows = FIG[i]
    n = sum(r[0] for r in rows)
    arts.append(dict(id=118 + i * 3, alias=f"ket-qua-mot-cua-thang-{m}-2025", date=d, time=t,
        title=f"Bộ phận một cửa xã Hòa Phú: kết quả tháng {m}/2025",
        lead=f"Tháng {m}, công chức một cửa xã Hòa Phú tiếp nhận {n} hồ sơ, trả kết quả đúng hẹn cho người dân thôn Hòa Phú, Hội Phước và các thôn vùng đồi.",
        paras=["Xã duy trì lịch làm việc sáng thứ Bảy để phục vụ bà con đi làm xa.",
               series_table(HDR, FLD, rows),
               f"Trong tháng không có hồ sơ trễ hẹn; {rows[2][0] - rows[2][1]} hồ sơ đất đai đang chờ đo đạc bổ sung."],
        must=[HDR[1 + i % 3], FLD[i % 4], str(rows[i % 4][0]), "sáng thứ Bảy"]))
arts.append(dict(id=141, alias="hoa-phu-don-oan-kiem-tra-cai-cach-hanh-chinh", date="2025-05-16", time="15:45",
    title="Đoàn kiểm tra của huyện làm việc với xã Hòa Phú về cải cách hành chính",
    lead="Ngày 15/5, đoàn kiểm tra công tác cải cách hành chính của UBND huyện Hòa Vang làm việc tại xã Hòa Phú.",
    paras=["Đoàn ghi nhận xã đã niêm yết đủ 112 thủ tục hành chính và có khu vực hướng dẫn nộp hồ sơ trực tuyến.",
           "Đoàn đề nghị xã cập nhật kịp thời kết quả đánh giá mức độ hài lòng lên hệ thống.",
           "Thanh Tâm"],
    must=["112 thủ tục hành chính", "mức độ hài lòng", "Thanh Tâm"]))
arts.append(dict(id=146, alias="trong-rung-gỗ-lon-o-thon-hoi-phuoc".replace("gỗ", "go"), date="2025-06-20", time="07:00",
    title="Thôn Hội Phước trồng 12 ha rừng gỗ lớn",
    lead="Các hộ dân thôn Hội Phước chuyển đổi 12 ha keo sang trồng rừng gỗ lớn có chứng chỉ.",
    paras=["Mỗi héc-ta được hỗ trợ cây giống và phân bón trong hai năm đầu."],
    must=["12 ha keo", "rừng gỗ lớn có chứng chỉ", "hỗ trợ cây giống"]))

FURN = ["Thống kê truy cập", "Đang truy cập", "Máy chủ tìm kiếm", "Tháng hiện tại", "Tổng lượt truy cập", "1,209,447",
        "Những tin mới hơn", "Những tin cũ hơn", "Xếp hạng", "phiếu bầu", "Click để đánh giá bài viết", "Nguồn tin:", "Trang nhất"]
CNT = [("Đang truy cập", "12"), ("Máy chủ tìm kiếm", "3"), ("Khách viếng thăm", "9"), ("Hôm nay", "402"),
       ("Tháng hiện tại", "18,366"), ("Tổng lượt truy cập", "1,209,447")]


def shell(title, main, canon=None, crumbs=""):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{canon}">' if canon else ""
    cnt = "".join(f'<li><span>{l}</span><span>{v}</span></li>' for l, v in CNT)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Xã Hòa Phú</title>{c}</head><body>
<header><div class="site-name">UBND xã Hòa Phú - huyện Hòa Vang</div><ul class="menu"><li><a href="/">Trang nhất</a></li>
<li><a href="{CAT}">Cải cách hành chính</a></li><li><a href="/about/gioi-thieu-chung.html">Giới thiệu</a></li><li><a href="/laws/">Văn bản</a></li></ul></header>
<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="{CAT}">Cải cách hành chính</a>{crumbs}</div>
<div class="row"><div class="col-md-16">{main}</div><div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê truy cập</div><ul class="counter">{cnt}</ul></div></div></div>
<footer><p>© Bản quyền thuộc UBND xã Hòa Phú</p></footer></body></html>"""


def url(a):
    return f"{CAT}/{a['alias']}-{a['id']}.html"


for a in arts:
    newer = [b for b in arts if b["date"] > a["date"]][:2]
    older = [b for b in arts if b["date"] < a["date"]][:2]
    li = lambda bs: "".join(f'<li><a href="{url(b)}">{esc(b["title"])}</a> <em>({dmy(b["date"])})</em></li>' for b in bs)
    main = f"""<div class="news_column" itemscope><h1 class="title">{esc(a['title'])}</h1>
<span itemprop="datePublished" class="hidden">{a['date']}T{a['time']}:00+07:00</span>
<span class="h5">{weekday(a['date']).lower().capitalize()} - {dmy(a['date'])} {a['time']}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="/news/sendmail/{a['id']}">Gửi</a></li><li><a title="In ra" href="/news/print/{a['id']}">In</a></li></ul>
<div class="hometext">{esc(a['lead'])}</div>
<figure class="article"><img src="/uploads/news/{a['id']}.jpg" alt=""><figcaption>Hình ảnh minh họa bài viết</figcaption></figure>
<div id="news-bodyhtml" class="bodytext">{body_html(a)}</div>
<p class="text-right"><strong>Nguồn tin:</strong> UBND xã Hòa Phú</p>
<div class="rating">Xếp hạng: 4 - 3 phiếu bầu <span>Click để đánh giá bài viết</span></div>
<div class="news_other"><h4>Những tin mới hơn</h4><ul>{li(newer)}</ul><h4>Những tin cũ hơn</h4><ul>{li(older)}</ul></div></div>"""
    P.page(url(a), shell(a["title"], main, url(a), f' » <span>{esc(a["title"])}</span>'), article=a)

newest = sorted(arts, key=lambda a: a["date"], reverse=True)
blog = lambda a: (f'<div class="news-item"><h3><a href="{url(a)}">{esc(a["title"])}</a></h3><div class="time">{dmy(a["date"])} {a["time"]}</div>'
                  f'<p>{esc(a["lead"])}</p></div>')
notice = f"{CAT}/thong-bao-niem-yet-thu-tuc-hanh-chinh-moi-150.html"
P.page(CAT, shell("Cải cách hành chính", f'<div class="news-item"><h3><a href="{notice}">Thông báo niêm yết thủ tục hành chính mới</a></h3></div>' +
       "".join(blog(a) for a in newest[:4]) + f'<ul class="pagination"><li><a href="{CAT}/page-2">2</a></li></ul>'), kind="non")
P.page(CAT + "/page-2", shell("Cải cách hành chính", "".join(blog(a) for a in newest[4:]) + f'<ul class="pagination"><li><a href="{CAT}">1</a></li></ul>'), kind="non")
P.page(notice, shell("Thông báo", '<h1 class="title">Thông báo niêm yết thủ tục hành chính mới</h1><p><a href="/uploads/news/tb-niem-yet.pdf">tb-niem-yet.pdf</a></p>'), kind="non")
P.page("/about/gioi-thieu-chung.html", shell("Giới thiệu", "<h1>Giới thiệu chung</h1><p>Xã Hòa Phú là xã miền núi phía tây huyện Hòa Vang, có 5 thôn.</p>"), kind="non")
P.page("/", shell("Trang nhất", "".join(blog(a) for a in newest[:2]) + f'<a href="{CAT}">Xem tất cả</a>'), kind="non")
P.build(FURN)
