"""p5 Phù Cừ (Hưng Yên): NukeViet eGovernment. /tin-tuc/<cat>/<alias>-<id>.html, listing
/tin-tuc/<cat>/page-2. Hard cases: the whole page in NFD (decomposed) text, 'Thứ năm - 14/03/2024 09:15'
date, hometext lead outside #news-bodyhtml, figure/figcaption, ul.counter in the sidebar with ','
separators, 'Xếp hạng … phiếu bầu' rating, 'Những tin cũ hơn' list with dates, breadcrumb from 'Trang nhất'
repeating the headline."""
from common import *

UNITS = ["xã Tống Phan", "xã Đoàn Đào", "xã Tam Đa", "xã Nhật Quang", "xã Minh Tiến", "thị trấn Trần Cao"]
arts = make_articles(1005, "huyện Phù Cừ", UNITS, 2025, [1843, 1861, 1877, 1890, 1904, 1921])
arts.sort(key=lambda a: a["date"], reverse=True)
CAT = {"cchc": "cai-cach-hanh-chinh", "table": "cai-cach-hanh-chinh", "par": "cai-cach-hanh-chinh"}
A = lambda a: f"/tin-tuc/{CAT.get(a['kind'], 'tin-dia-phuong')}/{plain_slug(a['title'])}-{a['id']}.html"
L1 = "/tin-tuc/"
L2 = "/tin-tuc/page-2"
INTRO = "/about/gioi-thieu-chung.html"
NOTS = [("/thong-bao/thong-bao-lich-truc-tiep-nhan-ho-so-ngay-thu-bay-1930.html", "Thông báo lịch trực tiếp nhận hồ sơ ngày thứ Bảy tại Trung tâm Phục vụ hành chính công", "lich-truc-thu-bay.pdf")]
THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
FUR = ["Đang truy cập", "Máy chủ tìm kiếm", "Khách viếng thăm", "Tháng hiện tại", "Tổng lượt truy cập", "Trang nhất",
       "Những tin cũ hơn", "Những tin mới hơn", "Xếp hạng", "phiếu bầu", "Click để đánh giá bài viết", "Giới thiệu bài viết cho bạn bè", "2,604,118"]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Tin tức - Cổng thông tin điện tử huyện Phù Cừ</title>{can}</head><body>
<div class="header"><a href="/"><img src="/uploads/logo-phucu.png" alt="UBND huyện Phù Cừ" /></a></div>
<nav><ul class="nav-menu"><li><a href="/">Trang nhất</a></li><li><a href="{INTRO}">Giới thiệu</a></li><li><a href="{L1}">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav>
<div class="wraper"><div class="col-md-18">{inner}</div><div class="col-md-6">
<div class="panel"><div class="panel-heading">Thông báo</div>{''.join(f'<p><a href="{n[0]}">{esc(n[1])}</a></p>' for n in NOTS)}</div>
<div class="panel"><div class="panel-heading">Thống kê</div><ul class="counter">
<li><span>Đang truy cập</span><span>52</span></li><li><span>Máy chủ tìm kiếm</span><span>7</span></li><li><span>Khách viếng thăm</span><span>45</span></li>
<li><span>Hôm nay</span><span>3,118</span></li><li><span>Tháng hiện tại</span><span>71,406</span></li><li><span>Tổng lượt truy cập</span><span>2,604,118</span></li></ul></div></div></div>
<footer><p>© Cổng thông tin điện tử huyện Phù Cừ - tỉnh Hưng Yên</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></footer></body></html>"""


def article(a):
    i = arts.index(a)
    lst = lambda xs: "".join(f'<li><a href="{A(o)}">{esc(o["title"])}</a> <em>({o["date"]:%d/%m/%Y})</em></li>' for o in xs)
    d = a["date"]
    ht = f'<div class="hometext m-bottom" itemprop="description">{esc(a["lead"])}</div>' if a["lead"] else ""
    body = body_html(a, img=lambda x: f'<figure class="image"><img src="/uploads/news/2025_0{x["date"].month}/{x["id"]}.jpg" />',
                     cap=lambda c: f"<figcaption>{esc(c)}</figcaption></figure>")
    inner = f"""<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="{L1}">Tin tức</a> » <span>{esc(a['title'])}</span></div>
<div class="news_column panel" itemscope itemtype="http://schema.org/NewsArticle"><h1 class="title margin-bottom-lg" itemprop="headline">{esc(a['title'])}</h1>
<span class="hidden" itemprop="datePublished">{d:%Y-%m-%dT%H:%M:%S}+07:00</span>
<div class="row"><span class="h5">{THU[d.weekday()]} - {d:%d/%m/%Y %H:%M}</span>
<ul class="list-inline"><li><a title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0)">✉</a></li><li><a title="In ra" href="javascript:void(0)">⎙</a></li><li><a title="Lưu bài viết này" href="javascript:void(0)">⤓</a></li></ul></div>
{ht}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<div class="rating"><p>Xếp hạng: 4.5 - 2 phiếu bầu</p><span>Click để đánh giá bài viết</span></div></div>
<div class="news_column panel"><h4>Những tin mới hơn</h4><ul>{lst(arts[:i][-3:])}</ul><h4>Những tin cũ hơn</h4><ul>{lst(arts[i+1:i+4])}</ul></div>"""
    return shell(a["title"], inner, A(a))


def listing(items):
    lis = "".join(f'<div class="news_column"><h3><a href="{A(a)}">{esc(a["title"])}</a></h3><p>{esc((a["lead"] or a["paras"][0]))}</p></div>' for a in items)
    return shell("Tin tức", f'{lis}<ul class="pagination"><li><a href="{L1}">1</a></li><li><a href="{L2}">2</a></li></ul>')


U = lambda s: nfd(s).encode("utf-8")
home = shell("Trang nhất", '<div class="welcome">Chào mừng quý khách đến với Cổng thông tin điện tử huyện Phù Cừ</div>' +
             "".join(f'<h3><a href="{A(a)}">{esc(a["title"])}</a></h3>' for a in arts[:3]) + f'<a href="{L1}">Tin tức</a>')
intro = shell("Giới thiệu chung", "<h1>Giới thiệu chung</h1><p>Phù Cừ là huyện thuần nông nằm ở phía đông nam tỉnh Hưng Yên, có 14 đơn vị hành chính cấp xã.</p>")
nots = [(n[0], shell(n[1], f'<h1 class="title">{esc(n[1])}</h1><p>Tập tin đính kèm: <a href="/uploads/thong-bao/{n[2]}">{n[2]}</a></p>', n[0])) for n in NOTS]
assemble("p5_phucu", {"name": "Cổng thông tin điện tử huyện Phù Cừ", "district": "Phù Cừ", "province": "Hưng Yên",
                      "platform": "NukeViet eGovernment"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(INTRO, intro)] + nots, FUR, enc=U)
