"""p4 yenthe_nv: NukeViet news module, huyện Yên Thế, Bắc Giang. All pages NFD.
Hard cases: breadcrumb ("Trang nhất") repeating the title, ul.counter with ","
thousands in the sidebar, "Thứ năm - dd/mm/YYYY HH:MM" date + hidden microdata,
.hometext lead, figure/figcaption, "Tác giả:"/"Nguồn tin:" lines after the body,
rating text, "Những tin mới hơn/cũ hơn", a very short article, a served print view
(canonical to the article) and a notice at an article-shaped URL."""
import datetime
from common import Portal, esc, attr

P = Portal("yenthe_nv", "Cổng thông tin điện tử huyện Yên Thế", "Yên Thế", "Bắc Giang", "NukeViet")
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CAT = "/tin-tuc/tin-hoat-dong/"
MENU = [("/", "Trang nhất"), ("/about/gioi-thieu-chung.html", "Giới thiệu"), (CAT, "Tin hoạt động"),
        ("/tin-tuc/thong-bao/", "Thông báo"), ("/contact/", "Liên hệ"), ("/laws/", "Văn bản pháp quy")]


def shell(title, inner, canon=None, crumbs=()):
    menu = "".join('<li><a href="%s">%s</a></li>' % (attr(h), esc(t)) for h, t in MENU)
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % attr(canon) if canon else ""
    bc = "".join('<li><a href="%s"><span itemprop="name">%s</span></a></li>' % (attr(h), esc(t)) for h, t in crumbs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Huyện Yên Thế</title>{can}</head>
<body><div id="wraper"><header><div class="site-title">UBND HUYỆN YÊN THẾ - TỈNH BẮC GIANG</div></header>
<nav class="second-nav"><ul>{menu}</ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/"><span itemprop="name">Trang nhất</span></a></li>{bc}</ul></div>
<div class="row"><div class="col-md-8">{inner}</div><div class="col-md-4">
<div class="panel"><div class="panel-heading">Thống kê</div><ul class="counter">
<li><span>Đang truy cập</span><span>23</span></li><li><span>Máy chủ tìm kiếm</span><span>5</span></li><li><span>Khách viếng thăm</span><span>18</span></li>
<li><span>Hôm nay</span><span>1,942</span></li><li><span>Tháng hiện tại</span><span>58,307</span></li><li><span>Tổng lượt truy cập</span><span>3,480,129</span></li></ul></div>
<div class="panel"><div class="panel-heading">Tin xem nhiều</div><ul><li><a href="{CAT}">Tổng hợp tin hoạt động</a></li></ul></div></div></div>
<footer><p>© Cổng thông tin điện tử huyện Yên Thế. Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Bắc Giang cấp.</p><p>Mã nguồn NukeViet</p></footer></div></body></html>"""


ARTS = []
def add(id_, alias, title, date, tm, home, body, author, src, must, fig=None):
    ARTS.append(dict(id=id_, alias=alias, title=title, date=date, tm=tm, home=home, body=body, author=author, src=src, must=must, fig=fig))


add(2871, "yen-the-bao-cao-ket-qua-cai-cach-hanh-chinh-quy-iii-2024", "Yên Thế báo cáo kết quả cải cách hành chính quý III/2024", "2024-10-02", "07:45",
    "Quý III, toàn huyện có 7.258 hồ sơ thủ tục hành chính phải giải quyết, trong đó 503 hồ sơ từ kỳ trước chuyển sang.",
    ["Đã giải quyết 6.911 hồ sơ, gồm 5.120 hồ sơ trước hạn, 1.744 hồ sơ đúng hạn, 47 hồ sơ quá hạn; đang giải quyết 347 hồ sơ. Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình đạt 61,9%.",
     "Điểm chấm Bộ chỉ số phục vụ người dân, doanh nghiệp của huyện trên Cổng dịch vụ công quốc gia đạt 86,4/100 điểm, xếp thứ 3 trong khối huyện, thành phố.",
     "Trong kỳ, huyện đã kiểm tra công vụ đột xuất tại 4 xã, nhắc nhở 2 công chức chậm cập nhật trạng thái hồ sơ trên hệ thống một cửa điện tử."],
    "Ngọc Ánh", "Văn phòng HĐND-UBND huyện", ["503 hồ sơ từ kỳ trước chuyển sang", "47 hồ sơ quá hạn", "đạt 86,4/100 điểm, xếp thứ 3"])
add(2866, "chi-so-par-index-cac-co-quan-chuyen-mon-nam-2023", "Công bố chỉ số cải cách hành chính các cơ quan chuyên môn năm 2023", "2024-09-19", "14:10",
    "Chủ tịch UBND huyện đã ký quyết định công bố Chỉ số cải cách hành chính năm 2023 của 12 cơ quan chuyên môn thuộc UBND huyện.",
    [[["Cơ quan", "Điểm", "Thứ hạng"], ["Phòng Tư pháp", "92,75", "1"], ["Phòng Nội vụ", "91,30", "2"], ["Phòng Tài chính - Kế hoạch", "88,05", "3"], ["Phòng Tài nguyên và Môi trường", "79,60", "12"]],
     "Năm nay có 8 cơ quan đạt trên 85 điểm. Phòng Tài nguyên và Môi trường tiếp tục đứng cuối do tỷ lệ hồ sơ đất đai quá hạn còn cao.",
     "Kết quả chỉ số là căn cứ để bình xét thi đua và đánh giá trách nhiệm người đứng đầu."],
    "Ngọc Ánh", "", ["Phòng Tư pháp", "92,75", "8 cơ quan đạt trên 85 điểm"])
add(2860, "khoi-cong-cau-tan-hiep", "Khởi công xây dựng cầu Tân Hiệp", "2024-09-09", "10:00",
    "Sáng 9/9, UBND huyện Yên Thế khởi công xây dựng cầu Tân Hiệp bắc qua sông Sỏi, tổng mức đầu tư 38 tỷ đồng.",
    [], "Minh Tuấn", "", ["bắc qua sông Sỏi", "tổng mức đầu tư 38 tỷ đồng", "khởi công xây dựng cầu Tân Hiệp"])
add(2854, "ga-doi-yen-the-vao-mua-tieu-thu-cuoi-nam", "Gà đồi Yên Thế vào mùa tiêu thụ cuối năm", "2024-08-28", "16:25",
    "Các trang trại gà đồi ở Đồng Tâm, Hồng Kỳ đang chuẩn bị những lứa gà lớn phục vụ thị trường cuối năm.",
    ["Anh Hoàng Văn Quyết ở xã Hồng Kỳ thả 6.000 con gà trên đồi vải, áp dụng đệm lót sinh học để giảm mùi và dịch bệnh.",
     "Hội Chăn nuôi gà huyện khuyến cáo người nuôi tiêm phòng đầy đủ, ghi chép nhật ký để được cấp mã truy xuất và dùng nhãn hiệu tập thể khi bán."],
    "Thu Trang", "", ["thả 6.000 con gà trên đồi vải", "đệm lót sinh học", "nhãn hiệu tập thể"],
    fig=("ga-doi.jpg", "Đàn gà thả đồi tại một trang trại ở xã Hồng Kỳ"))
add(2849, "hoi-thi-tuyen-truyen-vien-phap-luat-gioi", "Hội thi tuyên truyền viên pháp luật giỏi năm 2024", "2024-08-16", "08:30",
    "Hội thi thu hút 21 đội đến từ các xã, thị trấn, mỗi đội 3 thành viên.",
    ["Các đội thi phần chào hỏi, kiến thức và tiểu phẩm, xoay quanh Luật Đất đai năm 2024 và phòng chống bạo lực gia đình.",
     "Giải nhất thuộc về đội thị trấn Bố Hạ với tiểu phẩm về việc tách thửa đất cho con cái."],
    "Minh Tuấn", "Phòng Tư pháp", ["21 đội đến từ các xã, thị trấn", "Luật Đất đai năm 2024", "đội thị trấn Bố Hạ"])
add(2843, "dien-tap-phong-chong-lu-quet-tai-xa-ong-vuong", "Diễn tập phòng chống lũ quét tại xã Đồng Vương", "2024-08-02", "15:00",
    "Chiều 2/8, xã Đồng Vương tổ chức diễn tập ứng phó lũ quét, sạt lở đất với sự tham gia của 150 người. Buổi diễn tập giả định mưa lớn kéo dài làm sạt taluy, cô lập hai thôn.",
    [], "Thu Trang", "", ["ứng phó lũ quét, sạt lở đất", "sự tham gia của 150 người", "cô lập hai thôn"])

for i, a in enumerate(ARTS):
    y, m, d = map(int, a["date"].split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    path = f"{CAT}{a['alias']}-{a['id']}.html"
    newer, older = ARTS[max(0, i - 3):i], ARTS[i + 1:i + 4]
    li = lambda l: "".join(f'<li><a href="{CAT}{x["alias"]}-{x["id"]}.html">{esc(x["title"])}</a> <em>({x["date"][8:]}/{x["date"][5:7]}/{x["date"][:4]})</em></li>' for x in l)
    body = []
    if a["fig"]:
        body.append(f'<figure class="image"><img src="/uploads/news/2024_08/{a["fig"][0]}"><figcaption>{esc(a["fig"][1])}</figcaption></figure>')
    for b in a["body"]:
        if isinstance(b, list):
            body.append('<table class="table table-bordered">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in b) + "</table>")
        else:
            body.append("<p>%s</p>" % esc(b))
    src = f'<p class="text-right"><strong>Nguồn tin:</strong> {esc(a["src"])}</p>' if a["src"] else ""
    related = f'<div class="news_column panel"><div class="panel-heading">Những tin mới hơn</div><ul class="related">{li(newer)}</ul></div>' if newer else ""
    related += f'<div class="news_column panel"><div class="panel-heading">Những tin cũ hơn</div><ul class="related">{li(older)}</ul></div>' if older else ""
    inner = f"""<div class="news_column panel" itemscope itemtype="http://schema.org/NewsArticle">
<span class="hidden" itemprop="datePublished">{a['date']}T{a['tm']}:00+07:00</span><span class="hidden" itemprop="author">{esc(a['author'])}</span>
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
<div class="row"><span class="h5">{wd} - {d:02d}/{m:02d}/{y} {a['tm']}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope"></em></a></li><li><a title="In ra" href="/tin-tuc/print/{a['alias']}-{a['id']}.html"><em class="fa fa-print"></em></a></li><li><a title="Lưu bài viết này" href="#"><em class="fa fa-save"></em></a></li></ul></div>
<div class="hometext" itemprop="description">{esc(a['home'])}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{''.join(body)}</div>
<p class="text-right"><strong>Tác giả:</strong> {esc(a['author'])}</p>{src}
<div class="rating">Xếp hạng: 4.5 - 2 phiếu bầu <span>Click để đánh giá bài viết</span></div></div>{related}"""
    P.page(path, shell(a["title"], inner, canon=path, crumbs=[("/tin-tuc/", "Tin tức"), (CAT, "Tin hoạt động"), (path, a["title"])]), transform="nfd")
    if i == 0:
        pr = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(a['title'])}</title><link rel="canonical" href="http://{{{{HOST}}}}{path}"></head>
<body onload="window.print()"><div id="print"><h1>{esc(a['title'])}</h1><p>{wd} - {d:02d}/{m:02d}/{y} {a['tm']}</p><div class="hometext">{esc(a['home'])}</div>{''.join(body)}<p>Tác giả: {esc(a['author'])}</p></div></body></html>"""
        P.page(f"/tin-tuc/print/{a['alias']}-{a['id']}.html", pr, transform="nfd")
    P.article(path, a["title"], a["date"], [a["home"]] + a["body"], a["must"], extra_text=[a["author"], a["src"]])


def listing(items, page):
    out = "".join(f"""<div class="news_column panel"><h3><a href="{CAT}{x['alias']}-{x['id']}.html">{esc(x['title'])}</a></h3><div class="text-muted"><em class="fa fa-clock-o"></em> {x['date'][8:]}/{x['date'][5:7]}/{x['date'][:4]}</div><p>{esc(x['home'])}</p></div>""" for x in items)
    pager = f'<ul class="pagination"><li><a href="{CAT}">1</a></li><li><a href="{CAT}page-2">2</a></li></ul>'
    return out + pager


P.page(CAT, shell("Tin hoạt động", listing(ARTS[:3], 1), crumbs=[("/tin-tuc/", "Tin tức"), (CAT, "Tin hoạt động")]), transform="nfd")
P.page(CAT + "page-2", shell("Tin hoạt động - Trang 2", listing(ARTS[3:], 2), crumbs=[("/tin-tuc/", "Tin tức"), (CAT, "Tin hoạt động")]), transform="nfd")
P.page("/", shell("Trang nhất", listing(ARTS[:4], 1)), transform="nfd")
NOT = "/tin-tuc/thong-bao/thong-bao-ket-qua-xet-tuyen-hop-ong-lao-ong-2024-2875.html"
P.page("/tin-tuc/thong-bao/", shell("Thông báo", f'<div class="news_column panel"><h3><a href="{NOT}">Thông báo kết quả xét tuyển hợp đồng lao động năm 2024</a></h3></div>'), transform="nfd")
P.page(NOT, shell("Thông báo kết quả xét tuyển hợp đồng lao động năm 2024", f"""<div class="news_column panel"><h1 class="title">Thông báo kết quả xét tuyển hợp đồng lao động năm 2024</h1>
<div id="news-bodyhtml" class="bodytext"><a href="/uploads/news/2024_10/tb-ket-qua-xet-tuyen.pdf">tb-ket-qua-xet-tuyen.pdf</a></div></div>""", canon=NOT), transform="nfd")
P.page("/contact/", shell("Liên hệ", "<h2>Liên hệ</h2><p>Bộ phận quản trị cổng thông tin – Văn phòng HĐND và UBND huyện Yên Thế, thị trấn Cầu Gồ.</p><p>Thư điện tử: ubnd-yenthe@bacgiang.gov.vn</p>"), transform="nfd")
P.non_articles += ["/tin-tuc/thong-bao/", NOT, "/contact/"]
P.furniture = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại", "Tổng lượt truy cập", "3,480,129",
               "Xếp hạng: 4.5", "phiếu bầu", "Click để đánh giá bài viết", "Những tin mới hơn", "Những tin cũ hơn",
               "Trang nhất", "Tin xem nhiều", "Mã nguồn NukeViet", "Giấy phép số 12/GP-STTTT", "Văn bản pháp quy"]
P.write()
