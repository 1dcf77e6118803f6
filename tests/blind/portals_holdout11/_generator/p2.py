"""Portal 2: huyện Sa Thầy (Kon Tum) on Liferay 6.1 Bkav portal_egov.
asset_publisher URLs carrying urlTitle (Liferay drops đ), paginator _cur=2&_delta=4.
Hard cases: portlet title above the headline, weekday date "Thứ Bẩy, ngày dd/MM/yyyy HH:ss"
in the social panel with Email / A- / A+, bold summary (.asset-abstract) outside .asset-content,
"Tin mới hơn"/"Tin cũ hơn" lists with (dd/MM), visit-counter portlet with eight labels and raw
integers (one row missing its opening span) in the side column, a very short article."""
import re
import unicodedata
from common import Portal, esc, href

P = Portal("p2_sathay_liferay_bkav", "Cổng thông tin điện tử huyện Sa Thầy", "Sa Thầy", "Kon Tum",
           "Liferay 6.1 Bkav portal_egov")
INST = "Kq3sTzR1vYbN"
BASE = "/web/guest/tin-tuc-su-kien"
LIST2 = f"{BASE}?p_p_id=101_INSTANCE_{INST}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_101_INSTANCE_{INST}_cur=2&_101_INSTANCE_{INST}_delta=4"
WEEK = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


def url_title(t):
    s = unicodedata.normalize("NFD", t.replace("đ", "").replace("Đ", ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def art_url(a, inst=INST, base=BASE):
    return f"{base}/-/asset_publisher/{inst}/content/{url_title(a['title'])}"


ARTS = [
 dict(title="Sa Thầy đứng thứ 4 toàn tỉnh về Chỉ số cải cách hành chính năm 2023", published="2024-03-16", time="09:00",
  lead="Theo Quyết định công bố của UBND tỉnh Kon Tum, Chỉ số cải cách hành chính năm 2023 của UBND huyện Sa Thầy đạt 86,03%, xếp thứ 4/10 huyện, thành phố.",
  paras=["Như vậy, so với năm 2022, huyện đã tăng 3 bậc. Trong 8 lĩnh vực đánh giá, huyện đạt điểm tối đa ở lĩnh vực cải cách thể chế và hiện đại hóa nền hành chính.",
         "Cũng trong năm 2023, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính huyện đạt 88,9%. Điểm còn thấp là tiêu chí đánh giá tác động của cải cách hành chính đến phát triển kinh tế - xã hội.",
         "Phó Chủ tịch UBND huyện Nguyễn Thị Hạnh Dung đề nghị các phòng chuyên môn rà soát từng tiêu chí bị trừ điểm, xây dựng kế hoạch khắc phục trước ngày 30/4."],
  must=["đạt 86,03%, xếp thứ 4/10 huyện, thành phố", "đã tăng 3 bậc", "hài lòng của người dân", "đạt 88,9%"]),
 dict(title="Bộ phận Một cửa huyện tiếp nhận hơn 2.700 hồ sơ trong quý I", published="2024-04-06", time="14:00",
  lead="Trong quý I năm 2024, Bộ phận Tiếp nhận và Trả kết quả huyện Sa Thầy đã tiếp nhận 2.741 hồ sơ, trong đó 138 hồ sơ tồn kỳ trước và 2.603 hồ sơ tiếp nhận mới.",
  paras=["Đến ngày 31/3, đã trả kết quả 2.486 hồ sơ; trong đó giải quyết trước hạn 902 hồ sơ, đúng hạn 1.577 hồ sơ, quá hạn 7 hồ sơ. Còn 255 hồ sơ chưa đến hạn trả kết quả.",
         "Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến toàn trình và một phần là 1.129 hồ sơ; 64 hồ sơ được gửi và nhận qua bưu chính công ích.",
         "7 hồ sơ quá hạn thuộc lĩnh vực đất đai, đã được Văn phòng Đăng ký đất đai chi nhánh Sa Thầy xin lỗi người dân bằng văn bản."],
  must=["138 hồ sơ tồn kỳ trước", "quá hạn 7 hồ sơ", "Còn 255 hồ sơ chưa đến hạn trả kết quả", "64 hồ sơ được gửi và nhận qua bưu chính công ích"]),
 dict(title="Xã Mô Rai đối thoại với người dân về thủ tục đất đai", published="2024-03-02", time="10:00",
  lead="Ngày 1/3, UBND xã Mô Rai tổ chức buổi đối thoại với hơn 70 hộ dân làng Le và làng Rắc về vướng mắc trong làm thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
  paras=["Người dân phản ánh nhiều thửa đất sản xuất chưa được đo đạc, ranh giới giữa các hộ chưa rõ ràng. Một số hộ không biết tiếng Kinh nên khó kê khai hồ sơ.",
         "Lãnh đạo xã cam kết bố trí công chức địa chính cùng người phiên dịch tiếng Gia Rai đến từng làng hỗ trợ kê khai, đồng thời kiến nghị huyện ưu tiên đo đạc trong quý II.",
         "Văn Tùng"],
  must=["làng Le và làng Rắc", "người phiên dịch tiếng Gia Rai", "ưu tiên đo đạc trong quý II"]),
 dict(title="Hội nghị giao ban khối Nội chính quý I", published="2024-04-02", time="16:00",
  lead="Chiều 1/4, Ban Thường vụ Huyện ủy Sa Thầy chủ trì hội nghị giao ban khối Nội chính quý I năm 2024.",
  paras=["Hội nghị thống nhất tăng cường tuần tra khu vực biên giới xã Mô Rai và Rờ Kơi trong mùa khô."],
  must=["giao ban khối Nội chính quý I", "tăng cường tuần tra khu vực biên giới", "xã Mô Rai và Rờ Kơi"]),
 dict(title="Kết quả giải quyết thủ tục hành chính cấp xã năm 2023", published="2024-01-20", time="08:00",
  lead="Năm 2023, Bộ phận Một cửa của 11 xã, thị trấn thuộc huyện Sa Thầy tiếp nhận tổng số 9.318 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,6%.",
  paras=["Một số đơn vị tiêu biểu được thống kê trong bảng sau:"],
  table=[["Đơn vị", "Hồ sơ tiếp nhận", "Tỷ lệ trực tuyến"], ["Thị trấn Sa Thầy", "2.184", "61,2%"], ["Xã Sa Nhơn", "1.027", "48,5%"],
         ["Xã Ya Xiêr", "866", "52,0%"], ["Xã Hơ Moong", "412", "27,9%"]],
  tail=["Huyện giao Phòng Nội vụ theo dõi các xã có tỷ lệ hồ sơ trực tuyến dưới 30% và hướng dẫn thành lập tổ công nghệ số cộng đồng ở từng thôn, làng."],
  must=["Xã Ya Xiêr", "9.318 hồ sơ", "đúng hạn đạt 99,6%", "dưới 30%"]),
 dict(title="Tuổi trẻ Sa Thầy ra quân Tháng Thanh niên năm 2024", published="2024-03-09", time="07:00",
  lead="Sáng 8/3, Huyện đoàn Sa Thầy tổ chức lễ ra quân Tháng Thanh niên với chủ đề “Tuổi trẻ Kon Tum xung kích chuyển đổi số” tại xã Sa Sơn.",
  paras=["Đoàn viên đã hướng dẫn 150 người dân cài đặt ứng dụng định danh điện tử VNeID, tặng 20 suất quà cho học sinh nghèo và trồng 300 cây xanh dọc tuyến đường vào trung tâm xã.",
         "Trong tháng, các cơ sở đoàn sẽ thực hiện ít nhất một công trình thanh niên và tổ chức ngày thứ bảy tình nguyện tại các làng đồng bào dân tộc thiểu số."],
  must=["cài đặt ứng dụng định danh điện tử VNeID", "trồng 300 cây xanh", "ngày thứ bảy tình nguyện"]),
]
NOTICE = dict(title="Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024", published="2024-03-20",
              pdf="/documents/10181/0/TB+tuyen+dung+2024.pdf")
NOTICE_URL = art_url(NOTICE, "Wd8pLm2Qx0Ra", "/web/guest/thong-bao")
ARTS.sort(key=lambda a: a["published"], reverse=True)

P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Hôm qua", "Tuần trước",
               "Tháng trước", "Tin mới hơn", "Tin cũ hơn", "Thư viện ảnh", "Bản quyền thuộc UBND huyện Sa Thầy",
               "Đường dây nóng"]


def wd(iso):
    import datetime
    y, m, d = map(int, iso.split("-"))
    return WEEK[datetime.date(y, m, d).weekday()]


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def layout(title, content, canonical=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{href(canonical)}" /><meta property="og:url" content="http://{{{{HOST}}}}{href(canonical)}" />' if canonical else ""
    nav = "".join(f'<li><a href="{href(u)}"><span>{t}</span></a></li>' for u, t in [("/", "Trang chủ"), ("/web/guest/gioi-thieu", "Giới thiệu"), (BASE, "Tin tức - Sự kiện"), ("/web/guest/thong-bao", "Thông báo"), ("/web/guest/thu-vien-anh", "Thư viện ảnh"), ("/web/guest/hoi-dap", "Hỏi đáp")])
    counter = '''<div class="portlet-boundary portlet-boundary_visitcounter_WAR_visitcounterportlet_"><div class="portlet-title"><span>Thống Kê Truy Cập</span></div>
<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">
<div><span class="label">Tổng số lượt truy cập</span><span class="counter-value">1804975</span></div>
<div><span class="label">Số người đang truy cập</span><span class="counter-value">38</span></div>
<div><span class="label">Hôm nay</span><span class="counter-value">912</span></div>
<div>Hôm qua</span><span class="counter-value">1377</span></div>
<div><span class="label">Tuần này</span><span class="counter-value">4410</span></div>
<div><span class="label">Tuần trước</span><span class="counter-value">9026</span></div>
<div><span class="label">Tháng này</span><span class="counter-value">20611</span></div>
<div><span class="label">Tháng trước</span><span class="counter-value">38804</span></div>
</div></div></div>'''
    return f'''<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>{esc(title)} - Cổng thông tin điện tử huyện Sa Thầy</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />{c}</head>
<body class="portal-egov-sa-thay yui3-skin-sam"><div id="wrapper">
<header id="banner"><div class="today">Đường dây nóng: 0260.3820.xxx</div><nav class="sort-pages modify-pages" id="navigation"><ul>{nav}</ul></nav></header>
<div id="content"><div class="columns-2" id="main-content"><table class="portlet-layout"><tr>
<td class="aui-w70 portlet-column portlet-column-first" id="column-1">{content}</td>
<td class="aui-w30 portlet-column portlet-column-last" id="column-2">{counter}</td></tr></table></div></div>
<footer id="footer"><p>Bản quyền thuộc UBND huyện Sa Thầy - tỉnh Kon Tum</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND - UBND huyện</p></footer>
</div></body></html>'''


def portlet(title, inner):
    return f'<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></div><div class="portlet-content">{inner}</div></div>'


def article_page(a):
    i = ARTS.index(a)
    newer = ARTS[max(0, i - 2):i]
    older = ARTS[i + 1:i + 3]
    def lst(xs):
        return "".join(f'<li><a href="{href(art_url(b))}">{esc(b["title"])}</a> <span class="date">({dmy(b["published"])[:5]})</span></li>' for b in xs)
    body = "".join(f"<p>{esc(p)}</p>" for p in a["paras"])
    if a.get("table"):
        body += '<table border="1" cellpadding="3">' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in a["table"]) + "</table>"
    body += "".join(f"<p>{esc(p)}</p>" for p in a.get("tail") or [])
    inner = f'''<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(a["title"])}</h3>
<div class="social-panel"><div class="left"><span class="publish-date">{wd(a["published"])}, ngày {dmy(a["published"])} {a["time"]}</span></div>
<div class="right"><a href="javascript:sendMail();" title="Email">Email</a> <a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-plus">A+</a> <span class="read-aloud" title="Đọc bài viết"></span></div></div>
<div class="asset-abstract"><b>{esc(a["lead"])}</b></div>
<div class="asset-content journal-content-article">{body}</div>
<div class="related_asset"><div class="newer"><h4>Tin mới hơn</h4><ul>{lst(newer)}</ul></div><div class="older"><h4>Tin cũ hơn</h4><ul>{lst(older)}</ul></div></div></div>'''
    return layout(a["title"], portlet("Tin tức - Sự kiện", inner), art_url(a))


def abstract(a):
    return f'''<div class="asset-abstract"><img src="/image/journal/article?img_id={41200 + len(a["title"])}" width="180" height="100" alt="" />
<span class="asset-category-name">Tin tức - Sự kiện</span> <span class="asset-publish-date">{dmy(a["published"], "-")}</span>
<h3 class="asset-title"><a href="{href(art_url(a))}">{esc(a["title"])}</a></h3><div class="asset-sumary">{esc(a["lead"][:140])}…</div></div>'''


pager1 = f'<div class="taglib-search-iterator-page-iterator-bottom"><span class="current">1</span> <a href="{href(LIST2)}">2</a> <a href="{href(LIST2)}">Tiếp</a></div>'
pager2 = f'<div class="taglib-search-iterator-page-iterator-bottom"><a href="{href(BASE)}">1</a> <span class="current">2</span></div>'
home = portlet("Tin nổi bật", "".join(abstract(a) for a in ARTS[:3])) + portlet("Thông báo", f'<ul><li><a href="{href(NOTICE_URL)}">{esc(NOTICE["title"])}</a></li></ul>') + portlet("Giới thiệu", '<a href="/web/guest/gioi-thieu">Tổng quan huyện Sa Thầy</a>')
P.add("/", layout("Trang chủ", home), kind="non_article")
P.add(BASE, layout("Tin tức - Sự kiện", portlet("Tin tức - Sự kiện", "".join(abstract(a) for a in ARTS[:4]) + pager1)), kind="non_article")
P.add(LIST2, layout("Tin tức - Sự kiện", portlet("Tin tức - Sự kiện", "".join(abstract(a) for a in ARTS[4:]) + pager2)), kind="non_article")
P.add("/web/guest/gioi-thieu", layout("Giới thiệu", portlet("Giới thiệu", '<div class="journal-content-article"><p>Huyện Sa Thầy nằm ở phía tây tỉnh Kon Tum, có đường biên giới với Campuchia, gồm 10 xã và 1 thị trấn.</p><p>Địa chỉ: số 2 đường Trần Hưng Đạo, thị trấn Sa Thầy.</p></div>')), kind="non_article")
P.add(NOTICE_URL, layout(NOTICE["title"], portlet("Thông báo", f'<div class="asset_publisher_view_full_content"><h3 class="asset_title">{esc(NOTICE["title"])}</h3><div class="asset-content"><p><a href="{href(NOTICE["pdf"])}">Xem tệp đính kèm</a></p></div></div>'), NOTICE_URL), kind="non_article")
for a in ARTS:
    P.add(art_url(a), article_page(a))
    P.article(art_url(a), a)
P.write()
