"""Portal 3: huyện Cẩm Khê (Phú Thọ) on NukeViet (eGovernment theme).
URLs /tin-tuc/<cat>/<alias>-<id>.html, listing /tin-tuc/ and /tin-tuc/page-2.
Hard cases: bodies written with named HTML entities (&acirc; &agrave; ... while ư/ơ/ạ stay raw),
hometext lead outside #news-bodyhtml, figure+figcaption, "Tác giả:"/"Nguồn tin:" after the body
(outside the body element, so not text), rating "Xếp hạng ... phiếu bầu", "Những tin mới hơn/cũ hơn"
lists with dates, ul.counter in the sidebar with "," separators, table by tier."""
import datetime
from common import Portal, esc, ent, href

P = Portal("p3_camkhe_nukeviet", "Cổng thông tin điện tử huyện Cẩm Khê", "Cẩm Khê", "Phú Thọ", "NukeViet 4 eGovernment")
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
ARTS = [
 dict(id=2231, cat="cai-cach-hanh-chinh", alias="cam-khe-cong-bo-ket-qua-giai-quyet-tthc-6-thang-dau-nam", published="2023-07-05", time="15:20", author="Minh Phương", source="Văn phòng HĐND và UBND huyện",
  title="Cẩm Khê công bố kết quả giải quyết TTHC 6 tháng đầu năm",
  lead="Sáu tháng đầu năm 2023, toàn huyện Cẩm Khê tiếp nhận 11.482 hồ sơ thủ tục hành chính ở cả hai cấp huyện và xã; tỷ lệ giải quyết đúng hạn đạt 99,2%.",
  paras=["Ở cấp huyện, Bộ phận Một cửa tiếp nhận 2.974 hồ sơ, trong đó kỳ trước chuyển sang 311 hồ sơ. Đã giải quyết 2.651 hồ sơ, gồm 1.020 hồ sơ trước hạn, 1.583 hồ sơ đúng hạn và 48 hồ sơ quá hạn; đang giải quyết 323 hồ sơ.",
         "Kết quả theo từng cấp được tổng hợp như sau:"],
  table=[["Cấp", "Tiếp nhận", "Trực tuyến", "Đúng hạn"], ["Cấp huyện", "2.974", "1.388", "98,2%"], ["Cấp xã", "8.508", "3.117", "99,5%"]],
  tail=["Lãnh đạo huyện yêu cầu Văn phòng Đăng ký đất đai chi nhánh Cẩm Khê làm rõ trách nhiệm đối với 48 hồ sơ quá hạn trong tháng 7."],
  must=["kỳ trước chuyển sang 311 hồ sơ", "48 hồ sơ quá hạn", "đang giải quyết 323 hồ sơ", "3.117"]),
 dict(id=2219, cat="cai-cach-hanh-chinh", alias="chi-so-par-index-nam-2022-cua-huyen-tang-5-bac-2219", published="2023-05-29", time="08:05", author="Thu Hà", source="",
  title="Chỉ số PAR Index năm 2022 của huyện tăng 5 bậc",
  lead="Năm 2022, Chỉ số cải cách hành chính của UBND huyện Cẩm Khê đạt 84,77 điểm, xếp thứ 5/13 huyện, thành, thị của tỉnh Phú Thọ, tăng 5 bậc so với năm 2021.",
  paras=["Cùng kỳ công bố, Chỉ số năng lực cạnh tranh cấp huyện DDCI năm 2022 của Cẩm Khê đạt 67,35 điểm, xếp thứ 8/13.",
         "Huyện nhận được điểm cao ở nội dung cải cách thủ tục hành chính, nhưng bị trừ điểm ở tiêu chí tỷ lệ hồ sơ trực tuyến và việc số hóa kết quả giải quyết thủ tục hành chính.",
         "Để giữ vững thứ hạng, huyện chỉ đạo mỗi xã, thị trấn lập một tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia."],
  must=["đạt 84,77 điểm, xếp thứ 5/13", "tăng 5 bậc so với năm 2021", "DDCI năm 2022 của Cẩm Khê đạt 67,35 điểm", "xếp thứ 8/13"]),
 dict(id=2208, cat="kinh-te-xa-hoi", alias="xa-tien-luong-don-bang-cong-nhan-nong-thon-moi-nang-cao-2208", published="2023-04-14", time="10:30", author="Quang Vinh", source="Đài Truyền thanh huyện",
  title="Xã Tiên Lương đón bằng công nhận nông thôn mới nâng cao",
  lead="Tối 13/4, xã Tiên Lương long trọng tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao, kết hợp khai mạc giải bóng chuyền hơi các khu dân cư.",
  paras=["Sau 4 năm phấn đấu, thu nhập bình quân đầu người của xã đạt 52 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn 1,6%. Toàn xã đã cứng hóa 100% đường trục thôn và xây mới nhà văn hóa ở 9 khu dân cư.",
         "Tiên Lương cũng là một trong những xã đầu tiên của huyện đưa vào sử dụng hệ thống camera an ninh kết nối với công an xã.",
         "Dịp này, xã đã tặng giấy khen cho 12 hộ gia đình hiến đất, tài sản trên đất để mở rộng đường giao thông."],
  must=["thu nhập bình quân đầu người của xã đạt 52 triệu đồng/năm", "tỷ lệ hộ nghèo giảm còn 1,6%", "hệ thống camera an ninh"]),
 dict(id=2197, cat="kinh-te-xa-hoi", alias="phu-khe-thu-hoach-buoi-dien-2197", published="2023-03-03", time="07:45", author="Lan Anh", source="",
  title="Phú Khê thí điểm vùng trồng chè hữu cơ",
  lead="Hợp tác xã chè Phú Khê vừa hoàn thành trồng thí điểm 8 ha chè hữu cơ tại khu 6 và khu 7, áp dụng quy trình không dùng thuốc bảo vệ thực vật hóa học.",
  paras=["Các hộ tham gia được hỗ trợ phân bón vi sinh trong 2 năm đầu và được doanh nghiệp ký hợp đồng bao tiêu búp tươi với giá cao hơn thị trường khoảng 15%.",
         "Ông Hà Văn Khôi, Giám đốc hợp tác xã, cho biết nếu mô hình hiệu quả, diện tích sẽ được mở rộng lên 25 ha vào năm 2025."],
  must=["8 ha chè hữu cơ tại khu 6 và khu 7", "phân bón vi sinh", "mở rộng lên 25 ha"]),
 dict(id=2185, cat="cai-cach-hanh-chinh", alias="kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-xa-van-ban-2185", published="2023-02-17", time="16:40", author="Minh Phương", source="Phòng Nội vụ",
  title="Kiểm tra công tác cải cách hành chính tại xã Văn Bán",
  lead="Ngày 16/2, Đoàn kiểm tra công tác cải cách hành chính của huyện Cẩm Khê do Trưởng phòng Nội vụ làm trưởng đoàn đã làm việc tại UBND xã Văn Bán.",
  paras=["Đoàn kiểm tra hồ sơ lưu tại Bộ phận Một cửa xã, việc niêm yết công khai thủ tục hành chính và giờ làm việc của cán bộ, công chức.",
         "Qua kiểm tra, đoàn đề nghị xã bổ sung sổ theo dõi hồ sơ, thay mới bảng niêm yết đã hết hiệu lực và bố trí chỗ ngồi chờ cho người dân có con nhỏ.",
         "Xã tiếp thu và cam kết hoàn thành trước ngày 28/2."],
  must=["giờ làm việc của cán bộ, công chức", "bổ sung sổ theo dõi hồ sơ", "chỗ ngồi chờ cho người dân có con nhỏ"]),
 dict(id=2176, cat="cai-cach-hanh-chinh", alias="nam-2022-cam-khe-tiep-nhan-truc-tuyen-hon-9-nghin-ho-so-2176", published="2023-01-10", time="09:10", author="Thu Hà", source="",
  title="Năm 2022, Cẩm Khê tiếp nhận trực tuyến hơn 9 nghìn hồ sơ",
  lead="Năm 2022, tổng số hồ sơ tiếp nhận trên địa bàn huyện Cẩm Khê là 21.640 hồ sơ, trong đó hồ sơ trực tuyến là 9.105 hồ sơ, chiếm 42,1%.",
  paras=["Số hồ sơ đã giải quyết là 21.377, đạt tỷ lệ đúng hạn 99,1%; 62 hồ sơ trễ hẹn. Qua dịch vụ bưu chính công ích, huyện đã trả 1.214 kết quả giải quyết tận nhà cho người dân.",
         "Mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính năm 2022 đạt 95,4% qua phiếu đánh giá điện tử tại Bộ phận Một cửa."],
  must=["9.105 hồ sơ, chiếm 42,1%", "62 hồ sơ trễ hẹn", "trả 1.214 kết quả", "đạt 95,4%"]),
]
NOTICES = [dict(url="/thong-bao/lich-tiep-cong-dan-dinh-ky-quy-ii-2023-58.html", title="Lịch tiếp công dân định kỳ quý II/2023", pdf="/uploads/thong-bao/2023_04/lich-tiep-cong-dan-quy-2.pdf"),
           dict(url="/thong-bao/thong-bao-dau-gia-quyen-su-dung-dat-khu-dong-ma-59.html", title="Thông báo đấu giá quyền sử dụng đất khu Đồng Má", pdf="/uploads/thong-bao/2023_05/dau-gia-dong-ma.pdf")]
LIST, LIST2 = "/tin-tuc/", "/tin-tuc/page-2"
P.furniture = ["Đang truy cập", "Thành viên online", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại", "Tổng lượt truy cập",
               "Những tin mới hơn", "Những tin cũ hơn", "Click để đánh giá bài viết", "phiếu bầu", "Giới thiệu bài viết cho bạn bè",
               "Lưu bài viết này", "Trang nhất"]


def url(a):
    return f"/tin-tuc/{a['cat']}/{a['alias'] if a['alias'].endswith(str(a['id'])) else a['alias'] + '-' + str(a['id'])}.html"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def layout(title, main, canonical=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}"><meta property="og:url" content="http://{{{{HOST}}}}{href(canonical)}">' if canonical else ""
    menu = "".join(f'<li><a href="{href(u)}">{t}</a></li>' for u, t in [("/", "Trang nhất"), ("/about/gioi-thieu-chung.html", "Giới thiệu"), (LIST, "Tin tức"), ("/thong-bao/", "Thông báo"), ("/laws/", "Văn bản"), ("/contact/", "Liên hệ")])
    return f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head><title>{esc(title)} - Huyện Cẩm Khê</title>
<meta charset="utf-8"><meta name="generator" content="NukeViet v4.5">{c}</head>
<body><div class="body-bg"><div class="wraper"><header><div class="logo"><a href="/"><img src="/uploads/logo-camkhe.png" alt="Huyện Cẩm Khê"></a></div></header>
<nav class="second-nav" id="menusite"><ul class="nav navbar-nav">{menu}</ul></nav>
<section><div class="row"><div class="col-md-17">{main}</div>
<div class="col-md-7"><div class="panel panel-default"><div class="panel-heading">Thống kê</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Thành viên online</span><span class="margin-top-lg">1</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Máy chủ tìm kiếm</span><span>6</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Khách viếng thăm</span><span>20</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Hôm nay</span><span>3,418</span></li>
<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tháng hiện tại</span><span>71,305</span></li>
<li><span><em class="fa fa-line-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>5,906,122</span></li></ul></div></div></div></div></section>
<footer id="footer"><div class="copyright">© Cổng thông tin điện tử huyện Cẩm Khê - tỉnh Phú Thọ.</div></footer></div></div></body></html>'''


def article_page(a):
    i = ARTS.index(a)
    def lst(xs):
        return "".join(f'<li><a href="{href(url(b))}" title="{esc(b["title"])}">{esc(b["title"])}</a> <em>({dmy(b["published"])})</em></li>' for b in xs)
    y, m, d = map(int, a["published"].split("-"))
    wd = WD[datetime.date(y, m, d).weekday()]
    body = "".join(f"<p>{ent(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table class="table table-bordered"><tbody>' + "".join("<tr>" + "".join(f"<td>{ent(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    body += "".join(f"<p>{ent(p)}</p>" for p in a.get("tail") or [])
    fig = f'<figure class="article left pointer"><img alt="{esc(a["title"])}" src="/assets/news/2023_0{m}/{a["alias"][:20]}.jpg" width="460"><figcaption>Ảnh minh họa: {esc(a["title"][:30])}</figcaption></figure>' if i % 2 == 0 else ""
    au = f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(a["author"])}</p>' + (f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(a["source"])}</p>' if a["source"] else "")
    main = f'''<ul class="breadcrumbs list-none"><li><a href="/">Trang nhất</a></li><li><a href="{href(LIST)}">Tin tức</a></li><li><a href="/tin-tuc/{a['cat']}/">{"Cải cách hành chính" if a['cat'] == 'cai-cach-hanh-chinh' else "Kinh tế - Xã hội"}</a></li></ul>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<span class="hidden hide d-none" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{esc(a["author"])}</span></span>
<span class="hidden hide d-none" itemprop="datePublished">{a["published"]}T{a["time"]}:00+07:00</span>
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd} - {dmy(a["published"])} {a["time"]}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);"><em class="fa fa-envelope fa-lg"></em></a></li><li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg"></em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="javascript:void(0);"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>
<div class="clearfix">{fig}<div class="hometext m-bottom" itemprop="description">{ent(a["lead"])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
{au}</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="/tin-tuc/"><div class="h5 clearfix"><p>Xếp hạng: <span id="stringrating">4.5</span> - <span id="numberrating">2</span> phiếu bầu</p><span><em>Click để đánh giá bài viết</em></span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-none list-items">{lst(ARTS[max(0, i - 3):i])}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-none list-items">{lst(ARTS[i + 1:i + 4])}</ul></div></div>'''
    return layout(a["title"], main, url(a))


def teaser(a):
    return f'<div class="panel panel-default"><div class="panel-body"><h3><a href="{href(url(a))}" title="{esc(a["title"])}">{esc(a["title"])}</a></h3><div class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{dmy(a["published"])}</div><div class="text-justify">{esc(a["lead"])}</div></div></div>'


P.add("/", layout("Trang nhất", '<div class="panel"><div class="panel-heading">Tin tức nổi bật</div>' + "".join(teaser(a) for a in ARTS[:3]) + '</div><div class="panel"><div class="panel-heading">Thông báo</div><ul>' + "".join(f'<li><a href="{href(n["url"])}">{esc(n["title"])}</a></li>' for n in NOTICES) + '</ul></div>'), kind="non_article")
P.add(LIST, layout("Tin tức", "".join(teaser(a) for a in ARTS[:4]) + f'<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="{href(LIST2)}">2</a></li><li><a href="{href(LIST2)}">&raquo;</a></li></ul></div>'), kind="non_article")
P.add(LIST2, layout("Tin tức - Trang 2", "".join(teaser(a) for a in ARTS[4:]) + f'<div class="text-center"><ul class="pagination"><li><a href="{href(LIST)}">1</a></li><li class="active"><a href="#">2</a></li></ul></div>'), kind="non_article")
P.add("/about/gioi-thieu-chung.html", layout("Giới thiệu chung", '<div class="page panel panel-default"><div class="panel-body"><h1 class="title">Giới thiệu chung</h1><div class="bodytext"><p>Cẩm Khê là huyện miền núi nằm ở phía tây bắc tỉnh Phú Thọ, bên bờ hữu ngạn sông Thao, gồm 23 xã và 1 thị trấn.</p><p>Trụ sở UBND huyện: khu 5, thị trấn Cẩm Khê.</p></div></div></div>'), kind="non_article")
for n in NOTICES:
    P.add(n["url"], layout(n["title"], f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title">{esc(n["title"])}</h1><div id="news-bodyhtml" class="bodytext"><p><a href="{href(n["pdf"])}">Tải về: {esc(n["pdf"].rsplit("/", 1)[1])}</a></p></div></div></div>', n["url"]), kind="non_article")
for a in ARTS:
    P.add(url(a), article_page(a))
    P.article(url(a), a)
P.write()
