"""p3 Tân Uyên (Lai Châu): VNPT dsnews Liferay. Article canonical at /-/<slug>-<newsId>; the same
article is also served under the long p_p_id=dsnews_WAR_... query URL (alias, in neither gold list).
Hard cases: date only in a 'Cập nhật' stamp, header shows today's date, an undated short notice-like
article (published null), view count inside the article container, portlet heading above the h2
headline, most-read list with dates in the sidebar."""
from common import *

UNITS = ["xã Mường Khoa", "xã Phúc Khoa", "xã Thân Thuộc", "xã Trung Đồng", "xã Nậm Sỏ", "thị trấn Tân Uyên"]
arts = make_articles(803, "huyện Tân Uyên", UNITS, 2025, [20871, 20903, 20954, 21012, 21047, 21088])
arts.sort(key=lambda a: a["date"], reverse=True)
PORT = "dsnews_WAR_vnpteportalnewsportlet"
A = lambda a: f"/-/{plain_slug(a['title'])}-{a['id']}"
Q = lambda a: f"/web/guest/tin-tuc-su-kien?p_p_id={PORT}&p_p_lifecycle=0&p_p_state=normal&_{PORT}_newsId={a['id']}"
L1 = "/web/guest/tin-tuc-su-kien"
L2 = f"/web/guest/tin-tuc-su-kien?p_p_id={PORT}&p_p_lifecycle=0&_{PORT}_cur=2&_{PORT}_delta=4"
SHORT = [a for a in arts if a["kind"] == "short"][0]
NOTS = [("/web/guest/thong-bao?p_p_id=dsnews_WAR_vnpteportalnewsportlet&_dsnews_WAR_vnpteportalnewsportlet_newsId=20990",
         "Thông báo về việc niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2025", "DS_HoNgheo_2025.xlsx")]
INTRO = "/web/guest/lien-he"
FUR = ["Tin đọc nhiều", "Hôm nay: Thứ Năm, 04/12/2025", "Lượt xem:", "Bản quyền © UBND huyện Tân Uyên",
       "Hệ thống văn bản", "Dịch vụ công trực tuyến", "Lượt truy cập hiện tại"]


def shell(title, inner, canon):
    mr = "".join(f'<li><a href="{esc(Q(a))}">{esc(a["title"])}</a><span class="date">{a["date"]:%d/%m/%Y}</span></li>' for a in arts[1:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>{esc(title)}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}"/><meta property="og:url" content="http://{{{{HOST}}}}{esc(canon)}"/></head>
<body><div class="vnpt-header"><div class="today">Hôm nay: Thứ Năm, 04/12/2025</div><a href="/"><img src="/o/tanuyen-theme/images/logo.png" alt="UBND huyện Tân Uyên"/></a>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{L1}">Tin tức - Sự kiện</a></li><li><a href="/web/guest/van-ban">Hệ thống văn bản</a></li>
<li><a href="/web/guest/dvc">Dịch vụ công trực tuyến</a></li><li><a href="{INTRO}">Liên hệ</a></li></ul></div>
<div class="row"><div class="col-md-8">{inner}</div><div class="col-md-4">
<div class="portlet-boundary"><h3 class="portlet-title-text">Tin đọc nhiều</h3><ul class="most-read">{mr}</ul></div>
<div class="portlet-boundary"><h3 class="portlet-title-text">Thông báo</h3><ul>{''.join(f'<li><a href="{esc(n[0])}">{esc(n[1])}</a></li>' for n in NOTS)}</ul></div>
<div class="portlet-boundary"><div class="thongke">Lượt truy cập hiện tại: 1.184.520</div></div></div></div>
<div class="footer"><p>Bản quyền © UBND huyện Tân Uyên, tỉnh Lai Châu</p><p>Địa chỉ: Tổ dân phố 1, thị trấn Tân Uyên</p></div></body></html>"""


def article(a):
    stamp = "" if a is SHORT else f'<div class="news-update">Cập nhật: {a["date"]:%d/%m/%Y}</div>'
    lead = f'<div class="news-sapo">{esc(a["lead"])}</div>' if a["lead"] else ""
    inner = f"""<div class="portlet-boundary portlet-boundary_{PORT}_"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div>
<div class="dsnews-detail"><h2 class="news-title">{esc(a['title'])}</h2>{stamp}
<div class="news-views">Lượt xem: {300 + a['id'] % 500}</div>{lead}
<div class="news-content">{body_html(a, img=lambda x: f'<p><img src="/documents/20182/0/{x["id"]}.jpg"/></p>', cap=lambda c: f'<p style="text-align:center">{esc(c)}</p>')}</div></div></div>"""
    return shell(a["title"], inner, A(a))


def listing(items, path):
    lis = "".join(f'<div class="news-item"><a href="{A(a)}">{esc(a["title"])}</a><p>{esc((a["lead"] or a["paras"][0])[:100])}…</p></div>' for a in items)
    return shell("Tin tức - Sự kiện", f'<div class="portlet-title"><span>Tin tức - Sự kiện</span></div>{lis}<div class="pager"><a href="{L1}">1</a> <a href="{esc(L2)}">2</a></div>', path)


home = shell("Cổng thông tin điện tử huyện Tân Uyên", '<div class="hot">' + "".join(f'<p><a href="{A(a)}">{esc(a["title"])}</a></p>' for a in arts[:2]) +
             f'</div><a href="{L1}">Tin tức - Sự kiện</a>', "/")
intro = shell("Liên hệ", "<h2>Liên hệ</h2><p>Văn phòng HĐND và UBND huyện Tân Uyên. Điện thoại: 0213.3784.xxx. Thư điện tử: vanphong-tu@laichau.gov.vn</p>", INTRO)
nots = [(n[0], shell(n[1], f'<div class="portlet-title"><span>Thông báo</span></div><h2 class="news-title">{esc(n[1])}</h2><p>Tải về: <a href="/documents/20182/0/{n[2]}">{n[2]}</a></p>', n[0])) for n in NOTS]
assemble("p3_tanuyen", {"name": "Cổng thông tin điện tử huyện Tân Uyên", "district": "Tân Uyên", "province": "Lai Châu",
                        "platform": "Liferay (VNPT dsnews portlet)"}, arts, A, article,
         [(L1, listing(arts[:4], L1)), (L2, listing(arts[4:], L2))], home, [(INTRO, intro)] + nots, FUR,
         gold_over={SHORT["id"]: {"published": None}}, extra_pages=[(Q(a), article(a)) for a in arts])
