"""Portal 5: xã Đắk Ơ (huyện Bù Gia Mập, Bình Phước), a commune sub-site on the provincial VNPT
Liferay platform, dsnews_WAR_vnpteportalnewsportlet render URLs.
Hard cases: every page is served in NFD (decomposed) UTF-8; the headline is a div, not an h1;
the only date is a "Cập nhật" stamp; one article states no date while the header shows today's
date; "Tin đọc nhiều" list with dates; the listing's teasers are long (whole first paragraph);
a very short article; a sub-site breadcrumb that repeats the title."""
from common import Portal, esc, href, nfd

P = Portal("p5_dako_vnpt_dsnews", "Trang thông tin điện tử xã Đắk Ơ", "Bù Gia Mập", "Bình Phước", "Liferay VNPT dsnews (provincial commune sub-site)")
PID = "dsnews_WAR_vnpteportalnewsportlet"
PAGE = "/web/xadako/tin-tuc"
def art_url(nid):
    return f"{PAGE}?p_p_id={PID}&p_p_lifecycle=0&p_p_col_id=column-2&_{PID}_action=detail&_{PID}_newsId={nid}"
LIST = f"{PAGE}?p_p_id={PID}&_{PID}_action=list&_{PID}_categoryId=3"
LIST2 = LIST + f"&_{PID}_cur=2&_{PID}_delta=3"
ARTS = [
 dict(id=90417, title="Xã Đắk Ơ: 100% hồ sơ thủ tục hành chính tháng 4 được giải quyết đúng hạn", published="2024-05-03", stamp="08:47 03/05/2024",
  paras=["Trong tháng 4/2024, Bộ phận Một cửa xã Đắk Ơ tiếp nhận 236 hồ sơ, trong đó có 171 hồ sơ nộp trực tuyến qua Cổng dịch vụ công, chiếm 72,5%.",
         "Xã đã giải quyết xong 229 hồ sơ, tất cả đều đúng hạn; 7 hồ sơ còn trong hạn xử lý. Lĩnh vực nhiều hồ sơ nhất là hộ tịch và chứng thực bản sao.",
         "Công chức văn phòng - thống kê Điểu Thị Ngân cho biết, nhiều hồ sơ khai sinh cho trẻ ở bon Bù Khơn và bon Bù Dốt đã được nộp ngay tại nhà với sự hỗ trợ của tổ công nghệ số cộng đồng."],
  must=["171 hồ sơ nộp trực tuyến qua Cổng dịch vụ công, chiếm 72,5%", "giải quyết xong 229 hồ sơ", "7 hồ sơ còn trong hạn xử lý", "bon Bù Khơn và bon Bù Dốt"]),
 dict(id=90388, title="Kết quả cải cách hành chính quý I năm 2024 của xã", published="2024-04-05", stamp="15:10 05/04/2024",
  paras=["Quý I năm 2024, UBND xã Đắk Ơ tiếp nhận 612 hồ sơ, kỳ trước chuyển sang 9 hồ sơ. Kết quả giải quyết như sau:"],
  table=[["Nội dung", "Số hồ sơ"], ["Giải quyết trước hạn", "254"], ["Giải quyết đúng hạn", "355"], ["Quá hạn", "1"], ["Đang giải quyết", "11"]],
  tail=["Hồ sơ quá hạn duy nhất thuộc lĩnh vực đất đai do người dân chưa bổ sung giấy tờ đúng hẹn; xã đã có văn bản xin lỗi và hướng dẫn bổ sung.",
        "Xã cũng trả 38 kết quả qua bưu chính công ích cho người dân ở các thôn xa."],
  must=["Giải quyết trước hạn", "kỳ trước chuyển sang 9 hồ sơ", "trả 38 kết quả qua bưu chính công ích", "xin lỗi và hướng dẫn bổ sung"]),
 dict(id=90362, title="Tổ công nghệ số cộng đồng xã Đắk Ơ ra mắt", published=None, stamp=None,
  paras=["UBND xã Đắk Ơ vừa ra mắt 9 tổ công nghệ số cộng đồng tại 9 thôn, bon với 54 thành viên là trưởng thôn, công an viên, đoàn viên thanh niên và người có uy tín trong đồng bào S'tiêng.",
         "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ trực tuyến và nhận diện tin nhắn lừa đảo."],
  must=["9 tổ công nghệ số cộng đồng tại 9 thôn, bon", "đồng bào S'tiêng", "nhận diện tin nhắn lừa đảo"]),
 dict(id=90341, title="Họp dân thống nhất làm đường bon Bù Dốt", published="2024-03-14", stamp="10:02 14/03/2024",
  paras=["Tối 13/3, Ban nhân dân bon Bù Dốt tổ chức họp dân bàn việc làm 1,2 km đường bê tông theo cơ chế nhà nước và nhân dân cùng làm; 100% hộ dự họp đồng ý đóng góp."],
  must=["1,2 km đường bê tông", "nhà nước và nhân dân cùng làm", "100% hộ dự họp đồng ý"]),
 dict(id=90327, title="Đắk Ơ chủ động phòng chống cháy rừng mùa khô", published="2024-02-27", stamp="16:55 27/02/2024",
  paras=["Xã Đắk Ơ có hơn 2.600 ha rừng và đất lâm nghiệp, giáp Vườn quốc gia Bù Gia Mập, nên nguy cơ cháy rừng trong mùa khô luôn ở mức cao.",
         "Xã đã thành lập 4 tổ xung kích, duy trì trực 24/24 giờ tại các chòi canh, đồng thời yêu cầu người dân không đốt thực bì khi chưa được cho phép.",
         "Ông Thị Văn Điểu, Phó Chủ tịch UBND xã, đề nghị các chủ rừng phát dọn đường băng cản lửa xong trước ngày 10/3."],
  must=["hơn 2.600 ha rừng và đất lâm nghiệp", "4 tổ xung kích", "đường băng cản lửa"]),
]
NOTICE = dict(id=90420, title="Thông báo lịch tiếp công dân tháng 5/2024", pdf="/documents/1138/0/Lich-tiep-cong-dan-T5.pdf")
P.furniture = ["Tin đọc nhiều", "Cập nhật:", "Lượt xem:", "Số lượt truy cập", "Đang trực tuyến", "Trang thông tin điện tử xã Đắk Ơ", "Thiết kế bởi VNPT Bình Phước"]
TODAY = "Thứ Sáu, ngày 04/12/2026"


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def layout(title, main, canonical=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}" />' if canonical else ""
    most = "".join(f'<li><a href="{href(art_url(b["id"]))}">{esc(b["title"])}</a> <i>({dmy(b["published"])})</i></li>' for b in ARTS if b["published"])[:2000]
    nav = "".join(f'<li><a href="{href(u)}">{t}</a></li>' for u, t in [("/", "Trang chủ"), ("/web/xadako/gioi-thieu", "Giới thiệu"), (LIST, "Tin tức"), ("/web/xadako/van-ban", "Văn bản"), ("/web/xadako/lien-he", "Liên hệ")])
    s = f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Trang thông tin điện tử xã Đắk Ơ</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" />{c}</head>
<body><div id="wrapper"><div class="header"><div class="banner-title">Trang thông tin điện tử xã Đắk Ơ</div><div class="header-date">{TODAY}</div></div>
<div class="menu"><ul>{nav}</ul></div>
<div id="main" class="columns-2-1"><div id="column-2" class="col-left">{main}</div>
<div id="column-3" class="col-right"><div class="portlet"><div class="portlet-header">Tin đọc nhiều</div><ul class="most-read">{most}</ul></div>
<div class="portlet"><div class="portlet-header">Thống kê</div><p>Số lượt truy cập: 208.433</p><p>Đang trực tuyến: 9</p></div></div></div>
<div class="footer"><p>Trang thông tin điện tử xã Đắk Ơ - huyện Bù Gia Mập - tỉnh Bình Phước</p><p>Thiết kế bởi VNPT Bình Phước</p></div></div></body></html>'''
    return nfd(s)


def article_page(a):
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table border="1" cellspacing="0"><tbody>' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</tbody></table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    stamp = f'<div class="news-update">Cập nhật: {a["stamp"]} | Lượt xem: {a["id"] % 397}</div>' if a["stamp"] else f'<div class="news-update">Lượt xem: {a["id"] % 397}</div>'
    main = f'''<div class="portlet-boundary portlet-boundary_{PID}_"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{href(LIST)}">Tin tức</a> / {esc(a["title"])}</div>
<div class="news-detail"><div class="news-title">{esc(a["title"])}</div>{stamp}
<div class="news-content">{body}</div></div></div>'''
    return layout(a["title"], main, art_url(a["id"]))


def teaser(a):
    return f'<div class="news-item"><div class="news-item-title"><a href="{href(art_url(a["id"]))}">{esc(a["title"])}</a></div><div class="news-item-desc">{esc(a["paras"][0])}</div></div>'


P.add("/", layout("Trang chủ", '<div class="portlet"><div class="portlet-header">Tin tức - Sự kiện</div>' + "".join(teaser(a) for a in ARTS[:3]) + f'</div><div class="portlet"><div class="portlet-header">Thông báo</div><ul><li><a href="{href(art_url(NOTICE["id"]))}">{esc(NOTICE["title"])}</a></li></ul></div><p><a href="/web/xadako/gioi-thieu">Giới thiệu xã Đắk Ơ</a></p>'), kind="non_article")
P.add(LIST, layout("Tin tức", "".join(teaser(a) for a in ARTS[:3]) + f'<div class="paging"><b>1</b> <a href="{href(LIST2)}">2</a> <a href="{href(LIST2)}">Trang sau</a></div>'), kind="non_article")
P.add(LIST2, layout("Tin tức", "".join(teaser(a) for a in ARTS[3:]) + f'<div class="paging"><a href="{href(LIST)}">1</a> <b>2</b></div>'), kind="non_article")
P.add("/web/xadako/gioi-thieu", layout("Giới thiệu", '<div class="portlet"><div class="portlet-header">Giới thiệu</div><p>Xã Đắk Ơ nằm ở phía bắc huyện Bù Gia Mập, có đường biên giới với tỉnh Mondulkiri (Campuchia), gồm 9 thôn, bon.</p><p>Điện thoại UBND xã: 0271.3xxx.xxx</p></div>'), kind="non_article")
P.add(art_url(NOTICE["id"]), layout(NOTICE["title"], f'<div class="news-detail"><div class="news-title">{esc(NOTICE["title"])}</div><div class="news-content"><p><a href="{href(NOTICE["pdf"])}">Tệp đính kèm</a></p></div></div>', art_url(NOTICE["id"])), kind="non_article")
for a in ARTS:
    P.add(art_url(a["id"]), article_page(a))
    P.article(art_url(a["id"]), a)
P.write()
