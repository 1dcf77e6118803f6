"""p8: district portal on NukeViet eGovernment (news + laws modules), huyện Vị Xuyên, Hà Giang.
Microdata, "Thứ năm - dd/mm/yyyy HH:MM" dates, hometext with a site prefix, figure/figcaption,
ul.counter with "," thousands, rating and captcha, "Những tin mới hơn / cũ hơn"."""
import datetime
from common import Portal, e, href, numeric_refs

P = Portal("h2_vixuyen_nukeviet", "Cổng thông tin điện tử huyện Vị Xuyên", "Vị Xuyên", "Hà Giang",
           "NukeViet 4 eGovernment edition (modules news, laws, about)")

WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def nv_date(iso, hm):
    d = datetime.date.fromisoformat(iso)
    return "%s - %s %s" % (WD[d.weekday()], d.strftime("%d/%m/%Y"), hm)


COUNTER = """<div class="panel panel-default"><div class="panel-heading">Thống kê</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>35</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">2,811</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>60,427</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3,905,116</span></li></ul></div></div>"""


def shell(title, main, canon, desc=None):
    d = numeric_refs(desc or title)
    return """<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head><title>%(title)s - Cổng thông tin điện tử huyện Vị Xuyên</title>
<meta name="description" content="%(d)s"/>
<meta name="generator" content="NukeViet v4.5"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta property="og:title" content="%(d)s"/>
<meta property="og:url" content="http://{{HOST}}%(canon)s"/>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<link rel="StyleSheet" href="/themes/egov/css/style.css?t=1704"/>
<script src="/assets/js/jquery/jquery.min.js?t=1704"></script>
</head><body>
<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Cổng thông tin điện tử huyện Vị Xuyên" href="/"><img src="/uploads/logo-vixuyen.png" alt="Cổng thông tin điện tử huyện Vị Xuyên"/></a></div>
<div class="col-md-16"><div class="current-time">Thứ năm, 04/12/2026 | 09:41</div></div></div></div></header>
<nav class="second-nav" id="menusite"><ul class="nav navbar-nav"><li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home"></em> Trang nhất</a></li>
<li><a href="/about/gioi-thieu-chung.html">Giới thiệu</a></li><li><a href="/news/tin-tuc/">Tin tức</a></li>
<li><a href="/news/cai-cach-hanh-chinh/">Cải cách hành chính</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">%(main)s</div>
<div class="col-sm-8 col-md-6"><div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul><li><a href="/news/tin-tuc/">Xem tất cả</a></li></ul></div></div>%(counter)s</div>
</div></div></section>
<footer id="footer" class="wraper"><div class="container"><div class="row"><div class="col-md-24">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VỊ XUYÊN</strong></p>
<p>Cơ quan chủ quản: UBND huyện Vị Xuyên - Tổ 5, thị trấn Vị Xuyên, tỉnh Hà Giang</p>
<p>© Mã nguồn NukeViet eGovernment</p></div></div></div></footer></div></div>
</body></html>
""" % dict(title=e(title), d=d, canon=canon, main=main, counter=COUNTER)


A = []


def detail(a):
    body = "".join(p if p.startswith("<") else "<p>%s</p>" % e(p) for p in (a["paras"][1:] if a.get("lead", True) else a["paras"]))
    srt = sorted(A, key=lambda o: o["published"])
    i = srt.index(a)
    li = lambda o: '<li><em class="fa fa-angle-right">&nbsp;</em><a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (
        href(o["url"]), e(o["title"]), e(o["title"]), "%s/%s/%s" % (o["published"][8:], o["published"][5:7], o["published"][:4]))
    hometext = '<div class="hometext m-bottom" itemprop="description">%s</div>' % e(a["paras"][0]) if a.get("lead", True) else ""
    main = """<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/"><span>Trang nhất</span></a></li><li><a href="/news/%(catslug)s/"><span>%(cat)s</span></a></li></ul></div>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%(title)s</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">Ban biên tập</span></div>
<span class="hidden hide d-none" itemprop="datePublished">%(iso)sT%(hm)s:00+07:00</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%(date)s</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0)"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="/news/print/%(slug)s.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/%(slug)s.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
%(hometext)s
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%(body)s</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a title="cchc" href="/news/tag/cchc"><em>cải cách hành chính</em></a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="/news/tin-tuc/"><div class="h5 clearfix">
<p>Tổng số điểm của bài viết là: 14 trong 3 đánh giá</p><span itemprop="aggregateRating">Xếp hạng: 4.7 - 3 phiếu bầu</span></div>
<div class="star-rating"><span>Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">Ý kiến bạn đọc</div>
<form action="/comment/post/"><label>Mã bảo mật</label> <img src="/index.php?scaptcha=captcha&amp;t=1704" alt="captcha"/></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-items">%(newer)s</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-items">%(older)s</ul></div></div>""" % dict(
        catslug=a["catslug"], cat=e(a["cat"]), title=e(a["title"]), iso=a["published"], hm=a["hm"],
        date=nv_date(a["published"], a["hm"]), slug=a["url"].rsplit("/", 1)[1][:-5], hometext=hometext, body=body,
        newer="".join(li(o) for o in srt[i + 1:i + 4]), older="".join(li(o) for o in reversed(srt[max(0, i - 3):i])))
    return shell(a["title"], main, a["url"], a["paras"][0][:150])


TABLE = """<table border="1" cellpadding="3" cellspacing="0" class="table table-bordered" style="width:100%"><tbody>
<tr><td style="text-align:center"><strong>Lĩnh vực</strong></td><td style="text-align:center"><strong>Tổng hồ sơ</strong></td><td style="text-align:center"><strong>Hồ sơ trực tuyến</strong></td><td style="text-align:center"><strong>Tỷ lệ</strong></td></tr>
<tr><td>Hộ tịch</td><td>2.036</td><td>1.877</td><td>92,2%</td></tr>
<tr><td>Đất đai</td><td>1.145</td><td>402</td><td>35,1%</td></tr>
<tr><td>Kinh tế hợp tác và hộ kinh doanh</td><td>318</td><td>296</td><td>93,1%</td></tr>
<tr><td>Giáo dục và Đào tạo</td><td>227</td><td>227</td><td>100%</td></tr></tbody></table>"""

A += [
    dict(id=2710, catslug="cai-cach-hanh-chinh", cat="Cải cách hành chính", hm="16:05",
         title="Vị Xuyên: kết quả giải quyết thủ tục hành chính 9 tháng năm 2024", published="2024-10-07",
         paras=[
             "(Vixuyen.hagiang.gov.vn) - Trong 9 tháng năm 2024, các cơ quan hành chính trên địa bàn huyện đã tiếp nhận 21.384 hồ sơ thủ tục hành chính, tăng 9% so với cùng kỳ.",
             "Trong đó, cấp huyện tiếp nhận 5.902 hồ sơ, cấp xã tiếp nhận 15.482 hồ sơ. Số hồ sơ đã giải quyết là 20.917 hồ sơ; trước hạn 8.260 hồ sơ, đúng hạn 12.601 hồ sơ, quá hạn 56 hồ sơ.",
             "Hiện còn 467 hồ sơ đang giải quyết trong thời hạn quy định. Tỷ lệ hồ sơ nộp trực tuyến toàn huyện đạt 74,8%.",
             "UBND huyện yêu cầu không để phát sinh hồ sơ quá hạn trong quý IV, đặc biệt đối với lĩnh vực đất đai.",
         ],
         must=["đã tiếp nhận 21.384 hồ sơ thủ tục hành chính", "cấp xã tiếp nhận 15.482 hồ sơ", "quá hạn 56 hồ sơ",
               "Tỷ lệ hồ sơ nộp trực tuyến toàn huyện đạt 74,8%"]),
    dict(id=2688, catslug="cai-cach-hanh-chinh", cat="Cải cách hành chính", hm="08:30",
         title="Tỷ lệ hồ sơ trực tuyến theo lĩnh vực 6 tháng đầu năm 2024", published="2024-07-11",
         paras=[
             "(Vixuyen.hagiang.gov.vn) - Văn phòng HĐND và UBND huyện công bố tỷ lệ hồ sơ trực tuyến của một số lĩnh vực có nhiều hồ sơ trong 6 tháng đầu năm 2024.",
             TABLE,
             "Lĩnh vực đất đai có tỷ lệ trực tuyến thấp nhất do người dân còn quen nộp hồ sơ giấy và nhiều hồ sơ phải đo đạc thực địa.",
             "Huyện giao Chi nhánh Văn phòng đăng ký đất đai phối hợp với Bưu điện hỗ trợ số hóa hồ sơ ngay tại xã.",
         ],
         must=["Kinh tế hợp tác và hộ kinh doanh", "Lĩnh vực đất đai có tỷ lệ trực tuyến thấp nhất",
               "phải đo đạc thực địa", "hỗ trợ số hóa hồ sơ ngay tại xã"]),
    dict(id=2695, catslug="cai-cach-hanh-chinh", cat="Cải cách hành chính", hm="10:12",
         title="Xã Việt Lâm dẫn đầu Chỉ số cải cách hành chính cấp xã năm 2023", published="2024-08-14",
         paras=[
             "(Vixuyen.hagiang.gov.vn) - UBND huyện Vị Xuyên vừa công bố Chỉ số cải cách hành chính năm 2023 của 24 xã, thị trấn.",
             "Xã Việt Lâm đạt 92,50 điểm, xếp thứ 1/24; thị trấn Việt Lâm đạt 91,05 điểm, xếp thứ 2/24. Đơn vị có điểm thấp nhất đạt 71,30 điểm.",
             "Điểm trung bình của khối xã, thị trấn là 83,62 điểm, tăng 2,1 điểm so với năm 2022.",
             "Thanh Tâm",
         ],
         must=["Xã Việt Lâm đạt 92,50 điểm, xếp thứ 1/24", "Điểm trung bình của khối xã, thị trấn là 83,62 điểm",
               "tăng 2,1 điểm so với năm 2022"]),
    dict(id=2701, catslug="tin-tuc", cat="Tin tức", hm="14:47",
         title="Chè Shan tuyết Cao Bồ vào vụ thu hoạch", published="2024-09-03",
         paras=[
             "(Vixuyen.hagiang.gov.vn) - Những ngày đầu tháng 9, người dân xã Cao Bồ tất bật thu hái lứa chè Shan tuyết cuối vụ Hè Thu.",
             '<figure class="image center"><img alt="" src="/uploads/news/2024_09/che-cao-bo.jpg"/><figcaption>Người Dao đỏ thu hái chè Shan tuyết tại thôn Tham Vè</figcaption></figure>',
             "Toàn xã có khoảng 380 ha chè, trong đó nhiều cây chè cổ thụ trên 100 năm tuổi. Giá chè búp tươi năm nay dao động từ 25 đến 40 nghìn đồng mỗi kg.",
             "Hợp tác xã chè Cao Bồ đang xây dựng vùng nguyên liệu đạt chứng nhận hữu cơ để mở rộng thị trường xuất khẩu.",
         ],
         must=["Người Dao đỏ thu hái chè Shan tuyết tại thôn Tham Vè", "khoảng 380 ha chè", "vùng nguyên liệu đạt chứng nhận hữu cơ"]),
    dict(id=2692, catslug="tin-tuc", cat="Tin tức", hm="07:55", lead=False,
         title="Phiên chợ vùng cao Thanh Thủy mở lại sau mùa mưa lũ", published="2024-07-29",
         paras=[
             "Sau gần hai tuần tạm dừng do sạt lở đất trên tuyến đường vào trung tâm xã, phiên chợ Thanh Thủy đã họp trở lại vào sáng Chủ nhật.",
             "Lực lượng Đồn Biên phòng Thanh Thủy hỗ trợ bà con dọn đất đá, sửa lại các sạp hàng bị hư hỏng.",
             "Bà Lý Thị Mai, một tiểu thương bán thổ cẩm, cho biết phiên đầu tiên sau lũ khách đến đông hơn thường lệ.",
             "Hoàng Thu",
         ],
         must=["phiên chợ Thanh Thủy đã họp trở lại", "dọn đất đá, sửa lại các sạp hàng", "một tiểu thương bán thổ cẩm"]),
]
for a in A:
    slug = {2710: "vi-xuyen-ket-qua-giai-quyet-tthc-9-thang-nam-2024", 2688: "ty-le-ho-so-truc-tuyen-theo-linh-vuc-6-thang-dau-nam-2024",
            2695: "xa-viet-lam-dan-dau-chi-so-cai-cach-hanh-chinh-cap-xa-nam-2023", 2701: "che-shan-tuyet-cao-bo-vao-vu-thu-hoach",
            2692: "phien-cho-vung-cao-thanh-thuy-mo-lai-sau-mua-mua-lu"}[a["id"]]
    a["url"] = "/news/%s/%s-%d.html" % (a["catslug"], slug, a["id"])

NOTICES = [
    dict(url="/laws/detail/Thong-bao-ve-viec-tuyen-sinh-lop-10-nam-hoc-2024-2025-215/", title="Thông báo về việc tuyển sinh lớp 10 năm học 2024 - 2025", att="/uploads/laws/tb-215.pdf"),
    dict(url="/laws/detail/Ke-hoach-tuyen-truyen-cai-cach-hanh-chinh-nam-2024-209/", title="Kế hoạch tuyên truyền cải cách hành chính năm 2024", att="/uploads/laws/kh-209.pdf"),
]


def items(lst, with_date=True):
    return "".join('<div class="news-item clearfix"><h3><a href="%s" title="%s">%s</a></h3>%s</div>' % (
        href(o["url"]), e(o["title"]), e(o["title"]),
        '<div class="text-muted"><em class="fa fa-clock-o"></em> %s</div>' % nv_date(o["published"], o["hm"]) if with_date else "") for o in lst)


def main():
    for a in A:
        P.add(a["url"], "h%d.html" % a["id"], detail(a))
        P.article(a["url"], a["title"], a["published"], [p for p in a["paras"] if not p.startswith("<")], a["must"])
    for n in NOTICES:
        main_ = """<div class="panel panel-default"><div class="panel-body"><h1 class="title">%s</h1>
<table class="table"><tr><td>Tệp đính kèm</td><td><a href="%s">Tải về</a></td></tr></table></div></div>""" % (e(n["title"]), n["att"])
        P.add(n["url"], "n%s.html" % n["url"].rstrip("/")[-3:], shell(n["title"], main_, n["url"]))
        P.non_article(n["url"])
    srt = sorted(A, key=lambda o: o["published"], reverse=True)
    news = [a for a in srt if a["catslug"] == "tin-tuc"]
    cchc = [a for a in srt if a["catslug"] != "tin-tuc"]
    P.add("/news/tin-tuc/", "list-news.html", shell("Tin tức", items(news), "/news/tin-tuc/"))
    P.add("/news/cai-cach-hanh-chinh/", "list1.html", shell("Cải cách hành chính", items(cchc[:2]) +
          '<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/news/cai-cach-hanh-chinh/page-2">2</a></li></ul></div>', "/news/cai-cach-hanh-chinh/"))
    P.add("/news/cai-cach-hanh-chinh/page-2", "list2.html", shell("Cải cách hành chính", items(cchc[2:]) +
          '<div class="text-center"><ul class="pagination"><li><a href="/news/cai-cach-hanh-chinh/">1</a></li><li class="active"><a href="#">2</a></li></ul></div>', "/news/cai-cach-hanh-chinh/page-2"))
    laws = "".join('<tr><td><a href="%s">%s</a></td></tr>' % (href(n["url"]), e(n["title"])) for n in NOTICES)
    P.add("/laws/", "laws.html", shell("Văn bản", '<table class="table table-striped"><caption>Văn bản mới</caption>%s</table>' % laws, "/laws/"))
    P.add("/about/gioi-thieu-chung.html", "intro.html", shell("Giới thiệu chung", """<div class="page panel panel-default"><div class="panel-body"><h1 class="title">Giới thiệu chung</h1>
<div class="bodytext"><p>Vị Xuyên là huyện biên giới của tỉnh Hà Giang, gồm 22 xã và 2 thị trấn, có đường biên giới dài khoảng 68 km.</p></div></div></div>""", "/about/gioi-thieu-chung.html"))
    P.add("/", "home.html", shell("Trang nhất", items(srt[:4]) + '<a href="/news/tin-tuc/">Tin tức</a>', "/"))
    P.non_article("/", "/news/tin-tuc/", "/news/cai-cach-hanh-chinh/", "/news/cai-cach-hanh-chinh/page-2", "/laws/", "/about/gioi-thieu-chung.html")
    P.furniture = ["Trang nhất", "Đang truy cập", "Tháng hiện tại", "Tổng lượt truy cập", "3,905,116", "Thống kê",
                   "Từ khóa:", "Xếp hạng: 4.7 - 3 phiếu bầu", "Click để đánh giá bài viết", "Tổng số điểm của bài viết là",
                   "Mã bảo mật", "Ý kiến bạn đọc", "Những tin mới hơn", "Những tin cũ hơn", "Tin xem nhiều",
                   "Thứ năm, 04/12/2026 | 09:41", "© Mã nguồn NukeViet eGovernment"]
    P.write()


if __name__ == "__main__":
    main()
