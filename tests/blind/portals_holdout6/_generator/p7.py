"""p7 xã Mường Phăng (huyện Điện Biên, Điện Biên): commune sub-site on the provincial Tân Dân SharePoint
platform shared by many communes. /xa-muong-phang/Pages/YYYY-M-D/<Slug>-<n>.aspx (date unpadded, in the URL),
category /xa-muong-phang/Pages/Tin-hoat-dong.aspx?PageIndex=2. Hard cases: headline in
p.tandan-p-article-news-title, 'Đăng ngày dd - mm - yyyy', 'Lượt xem' and '100%' on the date line,
summary paragraph outside ms-rtestate-field, plain caption paragraph after the image, other-news block with
dates, td-tags, a page title ending in ' - CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG'."""
from common import *

UNITS = ["xã Nà Tấu", "xã Nà Nhạn", "xã Pá Khoang", "xã Thanh Xương", "xã Noong Luống", "xã Mường Phăng"]
arts = make_articles(1207, "xã Mường Phăng", UNITS, 2025, [471203, 471388, 471560, 471702, 471915, 472084])
arts.sort(key=lambda a: a["date"], reverse=True)
S = "/xa-muong-phang"


def A(a):
    d = a["date"]
    slug = "-".join(w.capitalize() for w in plain_slug(a["title"]).split("-"))
    return f"{S}/Pages/{d.year}-{d.month}-{d.day}/{slug}-{a['id']}.aspx"


L1 = f"{S}/Pages/Tin-hoat-dong.aspx"
L2 = f"{S}/Pages/Tin-hoat-dong.aspx?PageIndex=2"
INTRO = f"{S}/Pages/Gioi-thieu.aspx"
NOTS = [(f"{S}/Pages/2025-8-20/Thong-bao-lich-tiem-chung-thang-9-472001.aspx", "Thông báo lịch tiêm chủng mở rộng tháng 9 tại Trạm Y tế xã", "LichTiem_T9.docx"),
        (f"{S}/Pages/2025-9-3/Thong-bao-thu-hoi-dat-472150.aspx", "Thông báo thu hồi đất thực hiện dự án đường vào điểm du lịch Mường Phăng", "TB_ThuHoiDat.pdf")]
FUR = ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG", "Lượt xem:", "Các tin khác", "Từ khóa:", "Trang chủ",
       "Liên kết chính quyền", "Bản quyền thuộc UBND xã Mường Phăng", "Tin hoạt động"]


def shell(title, inner, canon=None):
    can = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)} - CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG</title>{can}</head><body><form method="post" action="{S}/Pages/Default.aspx" id="aspnetForm">
<div class="tandan-header"><img src="{S}/PublishingImages/banner-muongphang.png" alt="" /><div class="tandan-site-name">CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG</div></div>
<div class="tandan-menu"><a href="/">Trang chủ</a><a href="{INTRO}">Giới thiệu</a><a href="{L1}">Tin hoạt động</a><a href="{S}/Pages/Van-ban.aspx">Văn bản</a></div>
<div class="tandan-body"><div class="tandan-col-main">{inner}</div><div class="tandan-col-right">
<div class="tandan-box"><div class="tandan-box-title">Thông báo</div>{''.join(f'<p><a href="{n[0]}">{esc(n[1])}</a></p>' for n in NOTS)}</div>
<div class="tandan-box"><div class="tandan-box-title">Liên kết chính quyền</div><select><option>UBND tỉnh Điện Biên</option><option>UBND huyện Điện Biên</option></select></div></div></div>
<div class="tandan-footer">Bản quyền thuộc UBND xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên</div></form></body></html>"""


def article(a):
    d = a["date"]
    summ = f'<p class="tandan-p-article-news-summary">{esc(a["lead"])}</p>' if a["lead"] else ""
    body = body_html(a, img=lambda x: f'<p><img src="/portal/Photos/{x["date"]:%Y-%m-%d}/anh%20({x["id"] % 7}).jpg" /></p>', cap=lambda c: f"<p>{esc(c)}</p>")
    other = "".join(f'<li><a href="{A(o)}">{esc(o["title"])}</a> <span>({o["date"]:%d/%m/%Y})</span></li>' for o in arts if o is not a)
    inner = f"""<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> / <a href="{L1}">Tin hoạt động</a></div>
<p class="tandan-p-article-news-title">{esc(a['title'])}</p>
<div class="tandan-date-line"><span class="tandan-span-date-publish">Đăng ngày {d:%d - %m - %Y}</span> <span>Lượt xem: {150 + a['id'] % 400}</span> <span class="tandan-size">100%</span></div>
{summ}<p class="tandan-p-article-main"></p><div class="ms-rtestate-field">{body}</div>
<div class="td-tags">Từ khóa: <a href="{L1}">cải cách</a></div>
<div class="tandan-div-article-other"><b>Các tin khác</b><ul>{other}</ul></div>"""
    return shell(a["title"], inner, A(a))


def listing(items):
    lis = "".join(f'<div class="channel-news-item"><div class="channel-news-title"><a href="{A(a)}">{esc(a["title"])}</a></div><span>{a["date"]:%d/%m/%Y}</span></div>' for a in items)
    return shell("Tin hoạt động", f'<div class="tandan-box-title">Tin hoạt động</div>{lis}<div class="pager"><a href="{L1}">1</a> <a href="{L2}">2</a> <a href="{L2}">Tiếp</a></div>')


home = shell("Trang chủ", '<div class="tandan-welcome">Chào mừng bạn đến với cổng thông tin điện tử xã Mường Phăng</div>' +
             "".join(f'<div class="channel-news-title"><a href="{A(a)}">{esc(a["title"])}</a></div>' for a in arts[:3]) + f'<a href="{L1}">Xem thêm</a>')
intro = shell("Giới thiệu", "<div class='tandan-box-title'>Giới thiệu</div><p>Xã Mường Phăng nằm ở phía đông bắc huyện Điện Biên, nơi có Di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ.</p>")
nots = [(n[0], shell(n[1], f'<p class="tandan-p-article-news-title">{esc(n[1])}</p><p>Văn bản đính kèm: <a href="{S}/Documents/{n[2]}">{n[2]}</a></p>', n[0])) for n in NOTS]
assemble("p7_muongphang", {"name": "Cổng thông tin điện tử xã Mường Phăng", "district": "Điện Biên", "province": "Điện Biên",
                           "platform": "SharePoint (Tân Dân, provincial platform, commune sub-site)"}, arts, A, article,
         [(L1, listing(arts[:4])), (L2, listing(arts[4:]))], home, [(INTRO, intro)] + nots, FUR)
