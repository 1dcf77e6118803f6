"""Portal 4 - NukeViet 4 (news module, default theme): huyện Tam Nông, Phú Thọ."""
from common import Portal, e, attr, dmy, weekday, render_body, HOST

P = Portal("tamnong_nukeviet", "Cổng thông tin điện tử huyện Tam Nông", "Tam Nông", "Phú Thọ", "NukeViet 4")
SITE = "Cổng thông tin điện tử huyện Tam Nông - Phú Thọ"
TODAY = "Thứ sáu, 20/12/2024"
NV_WD = {"Thứ Hai": "Thứ hai", "Thứ Ba": "Thứ ba", "Thứ Tư": "Thứ tư", "Thứ Năm": "Thứ năm",
         "Thứ Sáu": "Thứ sáu", "Thứ Bảy": "Thứ bảy", "Chủ Nhật": "Chủ nhật"}

ART = [
    dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính", alias="tam-nong-nang-cao-ty-le-ho-so-truc-tuyen", id=1842,
         date="2024-08-22", time="14:05",
         title="Tam Nông nâng cao tỷ lệ hồ sơ trực tuyến",
         lead="Sau 7 tháng triển khai mô hình “Tổ công nghệ số cộng đồng hỗ trợ nộp hồ sơ trực tuyến”, tỷ lệ hồ sơ nộp qua mạng của huyện tăng rõ rệt.",
         paras=[
             "Từ đầu năm đến ngày 31/7/2024, Bộ phận Một cửa huyện và 12 xã, thị trấn tiếp nhận 9.615 hồ sơ, trong đó hồ sơ trực tuyến là 6.107 hồ sơ, đạt 63,5%.",
             "So với cùng kỳ năm 2023, tỷ lệ này tăng gần 20 điểm phần trăm. Nhiều xã như Vạn Xuân, Dị Nậu, Hiền Quan đạt trên 70%.",
             "Các tổ công nghệ số thường xuyên có mặt tại nhà văn hóa khu dân cư vào buổi tối để hướng dẫn người dân cài đặt ứng dụng định danh điện tử và nộp hồ sơ."],
         fig=(2, "Thành viên tổ công nghệ số hướng dẫn người dân tại xã Vạn Xuân"),
         author="Nguyễn Thu Trang", source="Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
    dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính", alias="ket-qua-giai-quyet-tthc-6-thang-dau-nam-2024", id=1760,
         date="2024-07-03", time="08:30",
         title="Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024",
         lead="",
         paras=[
             "Sáu tháng đầu năm 2024, toàn huyện tiếp nhận 8.204 hồ sơ thủ tục hành chính (cấp huyện 2.115 hồ sơ, cấp xã 6.089 hồ sơ).",
             "Số hồ sơ đã giải quyết là 8.011 hồ sơ, trong đó giải quyết trước hạn 5.930 hồ sơ, đúng hạn 2.054 hồ sơ, quá hạn 27 hồ sơ; số hồ sơ đang giải quyết là 193.",
             "Chi tiết theo lĩnh vực:",
             "Huyện đã thực hiện xin lỗi người dân đối với toàn bộ hồ sơ quá hạn."],
         table_after=2,
         table=[["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Quá hạn"],
                ["Đất đai", "1.406", "1.322", "21"],
                ["Hộ tịch", "3.871", "3.860", "0"],
                ["Chứng thực", "2.514", "2.514", "0"],
                ["Lĩnh vực khác", "413", "315", "6"]],
         table_cell="Chứng thực", author=None, source="Văn phòng HĐND và UBND huyện"),
    dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính", alias="chi-so-hai-long-sipas-cua-huyen-tam-nong-at-89-27", id=1911,
         date="2024-10-09", time="16:12",
         title="Chỉ số hài lòng SIPAS của huyện Tam Nông đạt 89,27%",
         lead="",
         paras=[
             "Kết quả khảo sát do Sở Nội vụ thực hiện cho thấy Chỉ số hài lòng về sự phục vụ hành chính năm 2024 của huyện Tam Nông đạt 89,27%, xếp thứ 4/13 huyện, thành, thị.",
             "Người dân đánh giá cao thái độ của công chức tại Bộ phận Một cửa; yếu tố được chấm thấp nhất là thời gian chờ đợi khi làm thủ tục đất đai."],
         author=None, source="Sở Nội vụ tỉnh Phú Thọ"),
    dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính", alias="kiem-tra-viec-thuc-hien-quy-che-van-hoa-cong-vu-tai-cac-xa", id=1950,
         date="2024-11-15", time="10:47",
         title="Kiểm tra việc thực hiện quy chế văn hóa công vụ tại các xã",
         lead="Trong tháng 11, Tổ kiểm tra công vụ huyện đã kiểm tra đột xuất 5 xã về giờ giấc làm việc, trang phục và việc giải quyết thủ tục hành chính.",
         paras=[
             "Qua kiểm tra, phần lớn cán bộ, công chức chấp hành nghiêm quy định; tuy nhiên tại 2 xã còn có công chức đi muộn, chưa niêm yết số điện thoại đường dây nóng.",
             "Tổ kiểm tra đã lập biên bản, yêu cầu các xã chấn chỉnh và báo cáo kết quả khắc phục về Phòng Nội vụ."],
         author="Hoàng Long", source=None),
    dict(cat="tin-hoat-dong", catname="Tin hoạt động", alias="hoi-thi-nha-nong-gioi-huyen-tam-nong-nam-2024", id=1977,
         date="2024-12-03", time="09:00",
         title="Hội thi Nhà nông giỏi huyện Tam Nông năm 2024",
         lead="",
         paras=[
             "Ngày 2/12, Hội Nông dân huyện tổ chức Hội thi Nhà nông giỏi với sự tham gia của 12 đội đến từ các xã, thị trấn.",
             "Các đội thi kiến thức về chuyển đổi số trong nông nghiệp, kỹ năng bán hàng trên sàn thương mại điện tử và tiểu phẩm tuyên truyền.",
             "Kết quả, đội xã Thọ Văn giành giải Nhất."],
         author=None, source=None),
    dict(cat="cai-cach-hanh-chinh", catname="Cải cách hành chính", alias="ra-soat-cong-bo-danh-muc-thu-tuc-hanh-chinh-cap-xa", id=1989,
         date="2024-12-12", time="15:20",
         title="Rà soát, công bố danh mục thủ tục hành chính cấp xã",
         lead="",
         paras=[
             "UBND huyện đề nghị các xã, thị trấn rà soát lại bảng niêm yết thủ tục hành chính theo các quyết định công bố mới của Chủ tịch UBND tỉnh.",
             "Việc niêm yết phải hoàn thành trước ngày 25/12/2024."],
         author=None, source=None),
]
for a in ART:
    a["path"] = f"/tin-tuc/{a['cat']}/{a['alias']}-{a['id']}.html"
    if a.get("author"):
        a["byline"] = True
    if not a["lead"]:
        a.pop("lead")


def counter():
    return """<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>34</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Máy chủ tìm kiếm</span><span>6</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-sm"></em>Khách viếng thăm</span><span>28</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon margin-top-sm"></em>Hôm nay</span><span>2,318</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon margin-top-sm"></em>Tháng hiện tại</span><span>51,207</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3,905,771</span></li>
</ul></div></div>"""


def page(title, canon, crumbs, main):
    bc = "".join(f'<li><a href="{attr(u)}"><span>{e(t)}</span></a></li>' for t, u in crumbs)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head><title>{e(title)}</title>
<meta name="generator" content="NukeViet v4.5" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:url" content="{HOST}{attr(canon)}" />
<link rel="canonical" href="{HOST}{attr(canon)}" />
<link rel="StyleSheet" href="/themes/egov/css/style.css" />
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="header-nav"><span class="current-time">{TODAY}</span></div>
<div class="logo"><a href="/"><img src="/uploads/logo-tamnong.png" alt="{SITE}" /></a></div></header>
<nav class="second-nav"><ul class="nav navbar-nav">
<li><a href="/">Trang nhất</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a></li>
<li><a href="/van-ban/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li>{bc}</ul></div>
<section><div class="row"><div class="col-sm-16 col-md-18">
{main}
</div><div class="col-sm-8 col-md-6">
<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a></li>' for a in ART[:3])}</ul></div></div>
{counter()}
</div></div></section>
<footer id="footer"><div class="copyright">© Bản quyền thuộc về UBND huyện Tam Nông</div>
<p>Địa chỉ: Khu 7, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ. Điện thoại: 0210.3879.208</p>
<p>Chịu trách nhiệm chính: Phó Chánh Văn phòng HĐND và UBND huyện</p>
<a class="bttop" href="#"><em class="fa fa-refresh"></em> Về đầu trang</a></footer>
</div></div></body></html>"""


def article(a):
    wd = NV_WD[weekday(a["date"])]
    idx = sorted(ART, key=lambda x: x["date"])
    newer = [x for x in idx if x["date"] > a["date"]][:3]
    older = [x for x in idx if x["date"] < a["date"]][-3:]
    def lst(xs):
        return "".join(f'<li><em class="fa fa-angle-right"></em>&nbsp;<a href="{attr(x["path"])}">{e(x["title"])}</a> <em>({dmy(x["date"])})</em></li>' for x in xs)
    paras = [p for p in a["paras"] if not (a.get("byline") and p == a["author"])]
    fig = ""
    if a.get("fig"):
        fig = f'<figure class="article left"><img src="/uploads/news/2024_08/to-cns.jpg" alt="" /><figcaption>{e(a["fig"][1])}</figcaption></figure>'
    body = render_body(dict(a, paras=paras), img=(a["fig"][0], fig) if a.get("fig") else None)
    hometext = f'<div class="hometext m-bottom">{e(a["lead"])}</div>' if a.get("lead") else ""
    tail = ""
    if a.get("author"):
        tail += f'<p class="h5 text-right"><strong>Tác giả: </strong>{e(a["author"])}</p>'
    if a.get("source"):
        tail += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{e(a["source"])}</p>'
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<span class="hidden hide d-none" itemprop="datePublished">{a['date']}T{a['time']}:00+07:00</span>
<span class="hidden hide d-none" itemprop="author">{e(a.get('author') or 'Cổng TTĐT huyện Tam Nông')}</span>
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a['title'])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd} - {dmy(a['date'])} {a['time']}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="/tin-tuc/sendmail/{a['cat']}/{a['alias']}-{a['id']}.html"><em class="fa fa-envelope fa-lg"></em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="/tin-tuc/print/{a['cat']}/{a['alias']}-{a['id']}.html"><em class="fa fa-print fa-lg"></em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/tin-tuc/savefile/{a['cat']}/{a['alias']}-{a['id']}.html"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
{tail}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<form class="form-inline" role="form"><div class="h5"><em class="fa fa-star"></em> Xếp hạng: 4.5 - 4 phiếu bầu</div>
<span>Click để đánh giá bài viết</span></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-items">{lst(newer)}</ul>' if newer else ''}
{f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-items">{lst(older)}</ul>' if older else ''}
</div></div>"""
    return page(f"{a['title']} - {SITE}", a["path"],
                [("Tin tức", "/tin-tuc/"), (a["catname"], f"/tin-tuc/{a['cat']}/")], main)


def listing(items, canon, crumbs, heading, pager):
    lis = "".join(f"""<div class="news_column panel panel-default"><div class="panel-body clearfix">
<a href="{attr(a['path'])}" title="{attr(a['title'])}"><img alt="" src="/assets/news/2024_{a['date'][5:7]}/{a['alias'][:18]}.jpg" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{attr(a['path'])}" title="{attr(a['title'])}">{e(a['title'])}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {wdl(a)} - {dmy(a['date'])} {a['time']}</li></ul></div>
{e(a.get('lead') or a['paras'][0])}</div></div>""" for a in items)
    main = f'<h1 class="hidden">{e(heading)}</h1>{lis}<div class="text-center"><ul class="pagination">{pager}</ul></div>'
    return page(f"{heading} - {SITE}", canon, crumbs, main)


def wdl(a):
    return NV_WD[weekday(a["date"])]


cchc = sorted([a for a in ART if a["cat"] == "cai-cach-hanh-chinh"], key=lambda x: x["date"], reverse=True)
allnews = sorted(ART, key=lambda x: x["date"], reverse=True)
home = page(SITE, "/", [], f"""<div class="panel panel-default"><div class="panel-heading">Tin mới</div><div class="panel-body"><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> <span class="text-muted">({dmy(a["date"])})</span></li>' for a in allnews)}
</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Theo dòng sự kiện</div><div class="panel-body">
<a href="/tin-tuc/topic/ket-qua-cai-cach-hanh-chinh-nam-2024">Kết quả cải cách hành chính năm 2024</a></div></div>""")
P.add("/", home, "non_article")
C1 = "/tin-tuc/cai-cach-hanh-chinh/"
C2 = "/tin-tuc/cai-cach-hanh-chinh/page-2"
P.add(C1, listing(cchc[:3], C1, [("Tin tức", "/tin-tuc/"), ("Cải cách hành chính", C1)], "Cải cách hành chính",
                  f'<li class="active"><a href="#">1</a></li><li><a href="{C2}">2</a></li><li><a href="{C2}">»</a></li>'), "non_article")
P.add(C2, listing(cchc[3:], C2, [("Tin tức", "/tin-tuc/"), ("Cải cách hành chính", C1)], "Cải cách hành chính - Trang 2",
                  f'<li><a href="{C1}">«</a></li><li><a href="{C1}">1</a></li><li class="active"><a href="#">2</a></li>'), "non_article")
TOPIC = "/tin-tuc/topic/ket-qua-cai-cach-hanh-chinh-nam-2024"
P.add(TOPIC, listing([ART[2], ART[0]], TOPIC, [("Tin tức", "/tin-tuc/")], "Kết quả cải cách hành chính năm 2024", ""), "non_article")
P.add("/gioi-thieu/", page(f"Giới thiệu - {SITE}", "/gioi-thieu/", [("Giới thiệu", "/gioi-thieu/")], """<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">Giới thiệu huyện Tam Nông</h1>
<div class="bodytext"><p>Tam Nông là huyện trung du nằm ở phía Tây Nam tỉnh Phú Thọ, nơi hợp lưu của sông Hồng và sông Đà.</p>
<p>Huyện có 12 đơn vị hành chính cấp xã, trong đó thị trấn Hưng Hóa là trung tâm chính trị, kinh tế, văn hóa của huyện. Khu di tích Đền Chu Hưng và làng cổ Hùng Lô là những điểm đến quen thuộc của du khách.</p></div></div></div>"""), "non_article")
P.add("/contact/", page(f"Liên hệ - {SITE}", "/contact/", [("Liên hệ", "/contact/")], """<div class="panel panel-default"><div class="panel-body">
<p>Để liên hệ với Ban biên tập, quý vị vui lòng điền đầy đủ thông tin vào mẫu dưới đây.</p>
<form><input name="ftitle" placeholder="Tiêu đề" /><textarea name="fcon"></textarea>
<label>Mã bảo mật</label><img src="/index.php?scaptcha=captcha" alt="" /><input name="fcode" /><input type="submit" value="Gửi thư" /></form></div></div>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)
P.furniture = ["Đang truy cập", "Tổng lượt truy cập", "Tháng hiện tại", "Những tin mới hơn", "Những tin cũ hơn",
               "Xếp hạng: 4.5 - 4 phiếu bầu", "Click để đánh giá bài viết", "Tin xem nhiều", "Về đầu trang", TODAY]
if __name__ == "__main__":
    P.write()
