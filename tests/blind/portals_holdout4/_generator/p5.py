"""p5 — huyện Yên Thành, Nghệ An: NukeViet (eGovernment theme).
Articles /news/<cat>/<alias>-<id>.html, listing /news/<cat>/page-2.

Hard cases: breadcrumb "Trang nhất > Tin tức > … > <title>" that repeats the
headline; date "Thứ năm - 03/04/2025 09:15" (l - d/m/Y H:i) with hidden
microdata; the hometext (lead) in div.hometext outside #news-bodyhtml; a
figure with figcaption in the body; a long-teaser listing (the whole hometext);
ul.counter in the sidebar with "," separators; "Xếp hạng: 0 - 0 phiếu bầu";
"Những tin mới hơn" / "Những tin cũ hơn"; "Tác giả:" / "Nguồn tin:" after the
body; a print icon whose page answers 404.
"""
from common import Portal, Article, esc, render_body

P = Portal("p5_yenthanh", "Cổng thông tin điện tử huyện Yên Thành", "Yên Thành", "Nghệ An",
           "NukeViet")
FURN = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại",
        "Tổng lượt truy cập", "Xếp hạng: 0 - 0 phiếu bầu", "Click để đánh giá bài viết",
        "Những tin mới hơn", "Những tin cũ hơn", "Trang nhất", "Giới thiệu bài viết cho bạn bè",
        "Lưu bài viết này", "Mã bảo mật"]
P.furniture = FURN
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

A = [
    Article(3412, "Quý I/2025, Yên Thành tiếp nhận hơn 9 nghìn hồ sơ thủ tục hành chính", "2025-04-03", [
        "Theo báo cáo của Văn phòng HĐND và UBND huyện, trong quý I năm 2025, cấp huyện tiếp nhận 2.316 hồ sơ và cấp xã tiếp nhận 6.905 hồ sơ.",
        "Tổng số hồ sơ đã giải quyết là 8.977, trong đó trước hạn 6.410, đúng hạn 2.529 và quá hạn 38. Còn 244 hồ sơ đang trong thời hạn giải quyết.",
        "Có 6.102 hồ sơ được nộp trực tuyến, chiếm 66,2% tổng số hồ sơ; 181 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
        "Huyện tiếp tục duy trì việc nhắn tin thông báo kết quả cho người dân qua Zalo của Bộ phận Một cửa.",
    ], ["cấp xã tiếp nhận 6.905 hồ sơ", "quá hạn 38", "chiếm 66,2% tổng số hồ sơ", "qua Zalo"], cchc=True,
        lead="Tỷ lệ hồ sơ nộp trực tuyến tăng so với cùng kỳ, số hồ sơ quá hạn giảm còn 38."),
    Article(3398, "Công bố Chỉ số CCHC năm 2024 của các xã, thị trấn", "2025-03-21", [
        "UBND huyện Yên Thành đã công bố kết quả xác định Chỉ số cải cách hành chính năm 2024 của 38 xã, thị trấn.",
        "Bình quân chỉ số của các xã đạt 81,47 điểm, tăng 2,05 điểm so với năm 2023. Xã có điểm thấp nhất đạt 70,12 điểm.",
        "Ba đơn vị dẫn đầu như sau:",
        "Các xã xếp cuối bảng phải tổ chức kiểm điểm trách nhiệm người đứng đầu trước ngày 30/4.",
    ], ["đạt 81,47 điểm", "tăng 2,05 điểm", "92,30", "kiểm điểm trách nhiệm người đứng đầu"],
        table=[["Xếp hạng", "Đơn vị", "Điểm"],
               ["1", "Thị trấn Hoa Thành", "92,30"],
               ["2", "Xã Công Thành", "90,85"],
               ["3", "Xã Bảo Thành", "89,64"]],
        table_at=3, cchc=True,
        lead="Năm nay có 12 xã đạt trên 85 điểm, nhiều hơn năm trước 5 xã."),
    Article(3381, "Yên Thành đạt 68,35 điểm DDCI năm 2024", "2025-03-08", [
        "Kết quả Bộ chỉ số DDCI tỉnh Nghệ An năm 2024 cho thấy huyện Yên Thành đạt 68,35 điểm, xếp thứ 7/21 huyện, thành phố, thị xã.",
        "So với năm 2023, huyện tăng 4 bậc nhờ cải thiện các chỉ số tiếp cận đất đai và hỗ trợ doanh nghiệp.",
    ], ["xếp thứ 7/21 huyện", "tăng 4 bậc", "tiếp cận đất đai"], cchc=True,
        lead="Môi trường kinh doanh của huyện được cộng đồng doanh nghiệp đánh giá tích cực hơn."),
    Article(3370, "Nông dân Yên Thành gieo cấy xong 12.600 ha lúa xuân", "2025-02-19", [
        "Đến ngày 18/2, nông dân toàn huyện đã gieo cấy xong 12.600 ha lúa xuân, đạt 100% kế hoạch.",
        "Giống chủ lực là Thiên ưu 8 và Đài thơm 8; diện tích lúa chất lượng cao chiếm trên 70%.",
        "Các hợp tác xã đã chủ động bơm nước từ hồ Vực Mấu để đảm bảo tưới cho vùng cao.",
    ], ["đạt 100% kế hoạch", "Thiên ưu 8 và Đài thơm 8", "hồ Vực Mấu"]),
    Article(3356, "Hội thi tiếng hát dân ca ví, giặm các xã vùng Đông", "2025-01-25", [
        "Hội thi thu hút 14 đội văn nghệ với gần 200 diễn viên quần chúng tham gia.",
        "Giải nhất thuộc về đội xã Đô Thành với tiết mục hát giặm kể về làng quê.",
    ], ["14 đội văn nghệ", "gần 200 diễn viên", "hát giặm kể về làng quê"],
        lead="Chiều 24/1, tại Nhà văn hóa xã Đô Thành đã diễn ra hội thi tiếng hát dân ca ví, giặm năm 2025."),
    Article(3349, "Ra quân đợt cao điểm tiêm vắc xin sởi", "2025-01-14", [
        "Trung tâm Y tế huyện ra quân tiêm vắc xin sởi cho 2.350 trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi.",
    ], ["2.350 trẻ", "từ 1 đến 5 tuổi", "chưa tiêm đủ mũi"], lead=None),
]
TIMES = ["09:15", "14:40", "08:05", "16:22", "10:30", "07:50"]
FIG = {3412: ("/uploads/news/2025_04/mot-cua-yen-thanh.jpg", "Người dân nộp hồ sơ tại Bộ phận Một cửa huyện"),
       3370: ("/uploads/news/2025_02/lua-xuan.jpg", "Nông dân xã Tăng Thành chăm sóc lúa"),
       3356: ("/uploads/news/2025_01/hoi-thi.jpg", "Tiết mục đoạt giải nhất")}
NOTICES = [(3415, "thong-bao", "Thông báo về việc niêm yết công khai danh sách hộ nghèo năm 2025", "/uploads/news/2025_04/tb-niem-yet.pdf"),
           (3402, "thong-bao", "Thông báo lịch tiếp công dân tháng 4 năm 2025", "/uploads/news/2025_03/lich-tiep-cd-t4.pdf")]
CAT = "tin-hoat-dong"


def alias(a):
    from common import slug
    return slug(a.title)


def url(a):
    return f"/news/{CAT}/{alias(a)}-{a.key}.html"


def nurl(n):
    from common import slug
    return f"/news/{n[1]}/{slug(n[2])}-{n[0]}.html"


def wd(iso):
    import datetime
    return WD[datetime.date.fromisoformat(iso).weekday()]


def shell(title, main, canonical=None):
    canon = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><title>{esc(title)} - Huyện Yên Thành</title>
<meta charset="utf-8" /><meta name="generator" content="NukeViet v4.5" />{canon}</head>
<body>
<div class="wraper"><header><div class="logo"><a href="/"><img src="/themes/egov/images/logo.png" alt="Yên Thành" /></a></div></header>
<nav class="main-menu"><ul><li><a href="/">Trang nhất</a></li><li><a href="/about/">Giới thiệu</a></li><li><a href="/news/{CAT}/">Tin hoạt động</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="row"><div class="col-md-16">
{main}
</div>
<div class="col-md-8 sidebar">
<div class="panel"><div class="panel-heading">Thống kê</div><div class="panel-body"><ul class="counter">
<li><span><em class="fa fa-bolt"></em> Đang truy cập</span><span>37</span></li>
<li><span><em class="fa fa-filter"></em> Máy chủ tìm kiếm</span><span>5</span></li>
<li><span><em class="fa fa-user"></em> Khách viếng thăm</span><span>32</span></li>
<li><span><em class="fa fa-calendar"></em> Hôm nay</span><span>4,118</span></li>
<li><span><em class="fa fa-bars"></em> Tháng hiện tại</span><span>96,402</span></li>
<li><span><em class="fa fa-bars"></em> Tổng lượt truy cập</span><span>5,773,190</span></li>
</ul></div></div></div></div>
<footer><p>UBND HUYỆN YÊN THÀNH - TỈNH NGHỆ AN</p><p>Điện thoại: 0238 3865 xxx</p></footer></div>
</body></html>
"""


def breadcrumb(last=None):
    s = f'<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin tức</a></li><li><a href="/news/{CAT}/">Tin hoạt động</a></li>'
    if last:
        s += f'<li><span>{esc(last)}</span></li>'
    return s + "</ul>"


def article_page(a, i):
    newer = A[max(0, i - 2):i]
    older = A[i + 1:i + 3]
    def lst(xs):
        return "".join(f'<li><a href="{esc(url(x))}">{esc(x.title)}</a> <em>({x.date_dmy()})</em></li>' for x in xs)
    body = render_body(a)
    if a.key in FIG:
        src, cap = FIG[a.key]
        first, _, rest = body.partition("\n")
        body = f'{first}\n<figure class="image"><img src="{src}" alt="" /><figcaption>{esc(cap)}</figcaption></figure>\n{rest}'
    hometext = f'<div class="hometext m-bottom" itemprop="description">{esc(a.lead)}</div>' if a.lead else ""
    main = f"""{breadcrumb(a.title)}
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a.title)}</h1>
<span class="hidden hide d-none" itemprop="datePublished">{a.published}T{TIMES[i]}:00+07:00</span>
<span class="hidden hide d-none" itemprop="author">UBND huyện Yên Thành</span>
<div class="row margin-bottom-lg"><span class="h5">{wd(a.published)} - {a.date_dmy()} {TIMES[i]}</span>
<ul class="list-inline text-right"><li><a class="dimgray" href="javascript:void(0)" title="Giới thiệu bài viết cho bạn bè"><em class="fa fa-envelope"></em></a></li>
<li><a class="dimgray" href="/news/print/{alias(a)}-{a.key}.html" title="In ra"><em class="fa fa-print"></em></a></li>
<li><a class="dimgray" href="javascript:void(0)" title="Lưu bài viết này"><em class="fa fa-save"></em></a></li></ul></div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Phòng Văn hóa và Thông tin</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>UBND huyện Yên Thành</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form><p>Xếp hạng: 0 - 0 phiếu bầu</p><p>Click để đánh giá bài viết</p></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<p><strong>Những tin mới hơn</strong></p><ul class="related">{lst(newer)}</ul>
<p><strong>Những tin cũ hơn</strong></p><ul class="related">{lst(older)}</ul></div></div>
<div class="news_column panel"><form><label>Mã bảo mật</label> <input type="text" name="captcha" /></form></div>"""
    return shell(a.title, main, canonical=url(a))


def listing(items, page):
    rows = "".join(f"""<div class="panel panel-default"><div class="panel-body"><h3><a href="{esc(url(a))}">{esc(a.title)}</a></h3>
<div class="text-muted"><em class="fa fa-clock-o"></em> {a.date_dmy()} {TIMES[A.index(a)]}</div>
<p>{esc(a.all_paras[0])} {esc(a.all_paras[1] if len(a.all_paras) > 1 else "")}</p></div></div>""" for a in items)
    pager = f'<ul class="pagination"><li><a href="/news/{CAT}/">1</a></li><li><a href="/news/{CAT}/page-2">2</a></li></ul>'
    return shell("Tin hoạt động", breadcrumb() + rows + pager)


def home():
    rows = "".join(f'<li><a href="{esc(url(a))}">{esc(a.title)}</a></li>' for a in A[:5])
    notes = "".join(f'<li><a href="{esc(nurl(n))}">{esc(n[2])}</a></li>' for n in NOTICES)
    return shell("Trang nhất", f"""<div class="panel"><div class="panel-heading"><a href="/news/{CAT}/">Tin hoạt động</a></div><ul>{rows}</ul></div>
<div class="panel"><div class="panel-heading">Thông báo</div><ul>{notes}</ul></div>""")


def notice(n):
    return shell(n[2], f"""<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title">{esc(n[2])}</h1>
<div id="news-bodyhtml" class="bodytext"><p><a href="{esc(n[3])}">Tệp đính kèm</a></p></div></div></div>""")


def about():
    return shell("Giới thiệu", """<div class="page panel panel-default"><div class="panel-body"><h1>Giới thiệu khái quát huyện Yên Thành</h1>
<p>Yên Thành là huyện đồng bằng bán sơn địa của tỉnh Nghệ An, gồm 38 xã và 1 thị trấn.</p></div></div>""")


P.page("/", home())
P.page(f"/news/{CAT}/", listing(A[:4], 1))
P.page(f"/news/{CAT}/page-2", listing(A[4:], 2))
P.page("/about/", about())
for i, a in enumerate(A):
    P.page(url(a), article_page(a, i))
    P.article(url(a), a)
for n in NOTICES:
    P.page(nurl(n), notice(n))
    P.non_article(nurl(n))
for p in ["/", f"/news/{CAT}/", f"/news/{CAT}/page-2", "/about/"]:
    P.non_article(p)
P.headlines = [n[2] for n in NOTICES]
P.write()
