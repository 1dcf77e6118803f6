# -*- coding: utf-8 -*-
"""p4 - NukeViet 4 (eGovernment edition), huyện Tam Nông, Phú Thọ.
Hard: one article body stored in decomposed Unicode (NFD); "Thứ năm - dd/mm/yyyy HH:MM" under the
headline; hidden microdata; "Tác giả:" / "Nguồn tin:" after the body; rating and captcha; "Những tin
mới hơn / cũ hơn"; sidebar counter with "," separators; a tag page and /page-2 listing."""
import unicodedata
from common import *

P = Portal("p4_tamnong_nukeviet", "Cổng thông tin điện tử huyện Tam Nông", "Tam Nông", "Phú Thọ", "NukeViet 4 eGovernment")
P.furniture = ["Đang truy cập", "Tổng lượt truy cập", "Tháng hiện tại", "Những tin mới hơn", "Những tin cũ hơn",
               "Click để đánh giá bài viết", "Giới thiệu bài viết cho bạn bè", "Lưu bài viết này", "Mã bảo mật"]
NWD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def page(title, crumb, main, canon):
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="generator" content="NukeViet v4.4" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:url" content="http://{{{{HOST}}}}{attr(canon)}" /><link rel="canonical" href="http://{{{{HOST}}}}{attr(canon)}" />
<link rel="stylesheet" href="/themes/egov/css/style.css" /></head>
<body><div class="body-bg"><div class="wraper">
<header><div class="logo"><a href="/"><img src="/uploads/logo-tamnong.png" alt="Tam Nông" /></a></div><div class="current-time">{TODAY.replace('Thứ Sáu', 'Thứ sáu')}</div></header>
<nav class="second-nav"><ul class="nav navbar-nav"><li><a href="/">Trang nhất</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/tin-tuc/">Tin tức</a></li>
<li><a href="/tin-tuc/cai-cach-hanh-chinh/">Cải cách hành chính</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/"><span>Trang nhất</span></a></li>{crumb}</ul></div>
<div class="row"><div class="col-md-18">{main}</div>
<div class="col-md-6"><div class="panel panel-default"><div class="panel-heading">Thống kê</div><div class="panel-body"><ul class="counter">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>43</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">2,018</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại</span><span>41,992</span></li>
<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3,305,117</span></li></ul></div></div></div></div>
<footer id="footer"><div class="copyright">© Cổng thông tin điện tử huyện Tam Nông - tỉnh Phú Thọ</div><div>Địa chỉ: Khu 5, thị trấn Hưng Hóa, huyện Tam Nông. Điện thoại: 0210.3879 102</div>
<div class="bttop"><a class="pointer" href="#">Về đầu trang</a></div></footer></div></div></body></html>"""


arts = []
a = mot_cua("Tam Nông", "huyện", "quý I", 2024, iso(2024, 4, 11), 401, byline=None)
arts.append(("cai-cach-hanh-chinh", 1421, a, "09:15", "Nguyễn Thu Trang", "Văn phòng HĐND - UBND huyện", True))
a = par_index("huyện Tam Nông", "Phú Thọ", 2023, 86.91, 4, 13, 5, 87.44, iso(2024, 3, 14))
arts.append(("cai-cach-hanh-chinh", 1398, a, "15:40", "Phòng Nội vụ", None, False))
a = kiem_tra("UBND huyện Tam Nông", ["Dị Nậu", "Thọ Văn", "Hiền Quan"], 5, 2024, iso(2024, 5, 24), 403)
arts.append(("cai-cach-hanh-chinh", 1466, a, "07:52", "Hà Minh Đức", None, False))
a = so_hoa("Huyện Tam Nông", 2024, iso(2024, 6, 4), 404)
arts.append(("chuyen-doi-so", 1479, a, "16:20", "Lê Hồng Nhung", "Trung tâm VH-TT-TT", False))
a = tin_thuong("lua", "huyện Tam Nông", iso(2024, 5, 18))
arts.append(("kinh-te", 1458, a, "10:05", "Trần Quang", None, False))
a = tin_thuong("hoi", "huyện Tam Nông", iso(2024, 4, 14))
arts.append(("van-hoa-xa-hoi", 1430, a, "22:11", "Minh Phương", "Phòng Văn hóa và Thông tin", False))
CATN = {"cai-cach-hanh-chinh": "Cải cách hành chính", "chuyen-doi-so": "Chuyển đổi số", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}


def url(x):
    return f"/tin-tuc/{x[0]}/{slug(x[2]['title'], case='lower')}-{x[1]}.html"


order = sorted(arts, key=lambda x: x[2]["published"])
for x in arts:
    cat, nid, a, hm, au, src, nfd = x
    y, m, d = map(int, a["published"].split("-"))
    wd = NWD[__import__("datetime").date(y, m, d).weekday()]
    pos = order.index(x)
    lst = lambda xs: "".join(f'<li><em class="fa fa-angle-right"></em> <a href="{url(z)}" title="{attr(z[2]["title"])}">{esc(z[2]["title"])}</a> <em>({"/".join(z[2]["published"].split("-")[::-1])})</em></li>' for z in xs)
    body = render_blocks(a["blocks"][1:], table_attrs='class="table table-bordered"')
    lead = esc(a["blocks"][0][1])
    if nfd:
        body = unicodedata.normalize("NFD", body)
        lead = unicodedata.normalize("NFD", lead)
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
<span class="hidden hide d-none" itemprop="datePublished">{a['published']}T{hm}:00+07:00</span><span class="hidden hide d-none" itemprop="author">{esc(au)}</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd} - {d:02d}/{m:02d}/{y} {hm}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="/tin-tuc/sendmail/{cat}/{nid}.html"><em class="fa fa-envelope fa-lg"></em></a></li>
<li><a class="dimgray" title="In ra" href="/tin-tuc/print/{cat}/{nid}.html"><em class="fa fa-print fa-lg"></em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="/tin-tuc/savefile/{cat}/{nid}.html"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{lead}</div>
<figure class="article center"><img alt="" src="/uploads/news/2024_0{m}/{nid}.jpg" width="460" class="img-thumbnail" /><figcaption>Ảnh minh họa</figcaption></figure></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{esc(au)}</p>{f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(src)}</p>' if src else ''}</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags"></em><strong>Từ khóa: </strong><span><a title="một cửa" href="/tin-tuc/tag/mot-cua"><em>một cửa</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p>
<span id="stringrating">Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><p><strong>Ý kiến bạn đọc</strong></p><input name="code" placeholder="Mã bảo mật" /></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{lst(order[pos + 1:pos + 4])}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{lst(order[max(0, pos - 3):pos][::-1])}</ul></div></div>"""
    crumb = f'<li><a href="/tin-tuc/"><span>Tin tức</span></a></li><li><a href="/tin-tuc/{cat}/"><span>{CATN[cat]}</span></a></li>'
    P.add(url(x), page(a["title"] + " - Cổng thông tin điện tử huyện Tam Nông", crumb, main, url(x)))
    P.gold_article(url(x), a)


def listing(xs, head, pager=""):
    it = "".join(f'<div class="news_column panel panel-default"><div class="panel-body"><h3><a href="{url(z)}">{esc(z[2]["title"])}</a></h3>'
                 f'<ul class="list-inline"><li><em class="fa fa-clock-o"></em> {"/".join(z[2]["published"].split("-")[::-1])}</li></ul><div class="text-muted">{esc(z[2]["blocks"][0][1][:150])}...</div></div></div>' for z in xs)
    return f"<h1 class='hidden'>{esc(head)}</h1>{it}{pager}"


rev = order[::-1]
cc = [z for z in rev if z[0] == "cai-cach-hanh-chinh"]
P.add("/", page("Cổng thông tin điện tử huyện Tam Nông", "", listing(rev, "Tin mới"), "/"))
P.add("/tin-tuc/", page("Tin tức - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Tin tức</span></li>', listing(rev[:4], "Tin tức", '<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/tin-tuc/page-2">2</a></li><li><a href="/tin-tuc/page-2">»</a></li></ul>'), "/tin-tuc/"))
P.add("/tin-tuc/page-2", page("Tin tức - Trang 2 - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Tin tức</span></li>', listing(rev[4:], "Tin tức", '<ul class="pagination"><li><a href="/tin-tuc/">1</a></li><li class="active"><a href="#">2</a></li></ul>'), "/tin-tuc/page-2"))
P.add("/tin-tuc/cai-cach-hanh-chinh/", page("Cải cách hành chính - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Cải cách hành chính</span></li>', listing(cc, "Cải cách hành chính"), "/tin-tuc/cai-cach-hanh-chinh/"))
P.add("/tin-tuc/tag/mot-cua", page("một cửa - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Tags</span></li>', "<h2>Tag: một cửa</h2>" + listing([cc[0], cc[2]], "một cửa"), "/tin-tuc/tag/mot-cua"))
P.add("/gioi-thieu/", page("Giới thiệu - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Giới thiệu</span></li>', """<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">Giới thiệu khái quát huyện Tam Nông</h1>
<div class="bodytext"><p>Huyện Tam Nông nằm ở phía Tây Nam tỉnh Phú Thọ, bên hữu ngạn sông Hồng và sông Đà. Huyện lỵ đặt tại thị trấn Hưng Hóa, nơi có di tích lịch sử Thành cổ Hưng Hóa.</p>
<p>Huyện có 12 đơn vị hành chính cấp xã sau khi sắp xếp, với thế mạnh về chăn nuôi và trồng trọt.</p></div></div></div>""", "/gioi-thieu/"))
P.add("/contact/", page("Liên hệ - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Liên hệ</span></li>', """<div class="panel panel-default"><div class="panel-body"><h2>Liên hệ</h2><p>Văn phòng HĐND - UBND huyện Tam Nông</p><p>Điện thoại: 0210.3879 102</p>
<form method="post" action="/contact/"><input name="fname" placeholder="Họ và tên" /><textarea name="fcon"></textarea><input name="fcode" placeholder="Mã bảo mật" /><input type="submit" value="Gửi" /></form></div></div>""", "/contact/"))
P.add("/laws/", page("Văn bản - Cổng thông tin điện tử huyện Tam Nông", '<li><span>Văn bản</span></li>', """<table class="table"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>1254/QĐ-UBND</td><td>28/05/2024</td><td>Quyết định ban hành Kế hoạch cải cách hành chính bổ sung năm 2024</td><td><a href="/uploads/laws/1254-qd-ubnd.pdf">Tải về</a></td></tr></table>""", "/laws/"))
P.non_articles = ["/", "/tin-tuc/", "/tin-tuc/page-2", "/tin-tuc/cai-cach-hanh-chinh/", "/tin-tuc/tag/mot-cua", "/gioi-thieu/", "/contact/", "/laws/"]
P.write()
