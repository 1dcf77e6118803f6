"""Portal 7 - bespoke ASP.NET with table layout (Đà Nẵng "NN-NN-NNNNN/default.aspx" shape): quận Sơn Trà, Đà Nẵng.

Old editor: every non-ASCII letter in the body is written as a numeric character reference."""
from common import Portal, e, attr, dmy, weekday, render_body, HOST

P = Portal("sontra_aspx", "Cổng thông tin điện tử quận Sơn Trà", "Sơn Trà", "Đà Nẵng", "ASP.NET bespoke (table layout)")
SITE = "Cổng thông tin điện tử quận Sơn Trà"
TODAY = "Thứ sáu, ngày 20 tháng 12 năm 2024"


def ncr(s):
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else e(c) for c in s)


ART = [
    dict(id=10488, date="2024-12-03", time="15:47",
         title="Sơn Trà: Chỉ số hài lòng của người dân đối với UBND các phường đạt trên 95%",
         paras=[
             "Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của UBND 7 phường năm 2024 vừa được UBND quận công bố.",
             "Theo đó, chỉ số hài lòng bình quân của các phường đạt 95,62%. Phường Thọ Quang dẫn đầu với 97,85%, phường Mân Thái xếp cuối với 93,10%.",
             "Kết quả chi tiết:",
             "Quận yêu cầu các phường có chỉ số thấp rà soát nguyên nhân, đặc biệt là việc hẹn trả kết quả không đúng ngày.",
             "Phan Thị Thu"],
         table_after=2,
         table=[["STT", "Phường", "Chỉ số hài lòng (%)", "Xếp hạng"],
                ["1", "Thọ Quang", "97,85", "1"],
                ["2", "An Hải Bắc", "96,40", "2"],
                ["3", "Phước Mỹ", "95,77", "3"],
                ["4", "Mân Thái", "93,10", "7"]],
         table_cell="An Hải Bắc"),
    dict(id=10431, date="2024-10-21", time="08:02", no_date_shown=False,
         title="Quý III/2024, quận Sơn Trà giải quyết đúng hạn 99,7% hồ sơ",
         paras=[
             "Trong quý III/2024, Bộ phận Tiếp nhận và Trả kết quả quận tiếp nhận 3.782 hồ sơ; các phường tiếp nhận 6.915 hồ sơ.",
             "Toàn quận đã giải quyết 10.503 hồ sơ, trong đó đúng hạn và trước hạn 10.472 hồ sơ, đạt 99,7%; trễ hạn 31 hồ sơ, chủ yếu thuộc lĩnh vực xây dựng và đất đai.",
             "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 74,6%; có 2.120 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích."]),
    dict(id=10450, date="2024-11-08", time="10:30", hide=True,
         title="Kiểm tra đột xuất việc thực thi công vụ tại Bộ phận Một cửa các phường",
         paras=[
             "Tổ kiểm tra công vụ của quận vừa kiểm tra đột xuất Bộ phận Một cửa của 4 phường.",
             "Qua kiểm tra, các phường chấp hành tốt giờ giấc làm việc; riêng một phường còn để xảy ra tình trạng yêu cầu người dân nộp thêm giấy tờ ngoài quy định.",
             "Tổ kiểm tra đề nghị Chủ tịch UBND phường chấn chỉnh ngay và báo cáo kết quả xử lý về Phòng Nội vụ quận.",
             "Minh Quân"]),
    dict(id=10467, date="2024-11-25", time="16:15", hide=True,
         title="Quận Sơn Trà triển khai mô hình “Thứ bảy phục vụ người dân”",
         paras=[
             "Từ tháng 12, Bộ phận Một cửa quận và các phường tiếp nhận hồ sơ vào sáng thứ bảy hằng tuần.",
             "Mô hình nhằm tạo thuận lợi cho người lao động không thể đi làm thủ tục trong giờ hành chính."]),
    dict(id=10495, date="2024-12-10", time="09:12", date_after=True,
         title="Hội nghị tổng kết mùa du lịch biển năm 2024",
         paras=[
             "Sáng 9/12, UBND quận tổ chức hội nghị tổng kết mùa du lịch biển năm 2024 với sự tham gia của các doanh nghiệp lưu trú, nhà hàng trên địa bàn.",
             "Các đại biểu kiến nghị tăng cường xử lý tình trạng chèo kéo khách, đồng thời đầu tư thêm nhà vệ sinh công cộng dọc bãi biển Phạm Văn Đồng.",
             "Ngọc Hân"]),
]
for a in ART:
    a["path"] = f"/62-45-{a['id']}/default.aspx"
    if a.get("hide"):
        a["no_date"] = True
TOPIC = "/62-47-10400/default.aspx"   # a "chuyên đề" page: a listing with an article-like URL
TOPIC_ITEMS = [ART[1], ART[0]]


def page(title, canon, center):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{ncr(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="canonical" href="{HOST}{attr(canon)}" />
<link href="/App_Themes/SonTra/style.css" rel="stylesheet" type="text/css" /></head>
<body><form name="Form1" method="post" action="{attr(canon)}" id="Form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgICAQ9kFgJmD2QWAmYPZBYCAgEPZBYCZg8PFgIeBFRleHQFCjIwLzEyLzIwMjRkZGQ=" />
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="main-table">
<tr><td colspan="2" class="banner"><img src="/Images/banner_sontra.jpg" width="1000" height="150" alt="" /></td></tr>
<tr><td colspan="2" class="menu-bar"><table width="100%"><tr>
<td><a href="/" class="menu">Trang chủ</a> | <a href="/62-10/default.aspx" class="menu">Giới thiệu</a> | <a href="/62-45/default.aspx" class="menu">Tin tức</a> |
<a href="/62-47-10400/default.aspx" class="menu">Chuyên đề CCHC</a> | <a href="/62-90/default.aspx" class="menu">Liên hệ</a></td>
<td align="right" class="ngay">{TODAY}</td></tr></table></td></tr>
<tr><td width="220" valign="top" class="left-col">
<table width="100%" class="box"><tr><td class="box-title">DANH MỤC</td></tr>
<tr><td><a href="/62-45/default.aspx">Tin hoạt động</a><br /><a href="/62-47-10400/default.aspx">Cải cách hành chính</a><br /><a href="/62-60/default.aspx">Văn bản chỉ đạo</a></td></tr></table>
<table width="100%" class="box"><tr><td class="box-title">LIÊN KẾT</td></tr><tr><td><a href="/62-99/default.aspx">Cổng TTĐT thành phố</a></td></tr></table>
</td><td width="780" valign="top" class="center-col">
{center}
</td></tr>
<tr><td colspan="2" class="footer" align="center">
<p>Cơ quan chủ quản: UBND quận Sơn Trà - Địa chỉ: 01 Lê Văn Duyệt, quận Sơn Trà, thành phố Đà Nẵng</p>
<p>Giấy phép số 35/GP-STTTT. Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p></td></tr>
</table></form></body></html>"""


def counter():
    return '<table width="100%" class="counter"><tr><td align="right">Trực tuyến: 23 &nbsp;&nbsp; Tổng: 9412358</td></tr></table>'


def article(a):
    dateline = "" if a.get("hide") or a.get("date_after") else f'<span class="date">({dmy(a["date"])} {a["time"]})</span>'
    after = f'<tr><td class="ngay-dang" align="right"><i>Ngày đăng: {dmy(a["date"])}</i></td></tr>' if a.get("date_after") else ""
    others = [x for x in sorted(ART, key=lambda x: x["id"], reverse=True) if x is not a]
    center = f"""<table width="100%" cellpadding="5"><tr><td class="cate-title">TIN TỨC - SỰ KIỆN</td></tr>
<tr><td class="path"><a href="/">Trang chủ</a> » <a href="/62-45/default.aspx">Tin tức</a></td></tr>
<tr><td><span id="ctl00_lblTitle" class="title-news">{ncr(a['title'])}</span><br />{dateline}</td></tr>
<tr><td class="content-news">
{render_body(a, enc=ncr)}
</td></tr>
{after}
<tr><td>{counter()}</td></tr>
<tr><td class="tools" align="right"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a> <a href="#">[Về đầu trang]</a></td></tr>
<tr><td class="other-news"><b>Các tin khác:</b><ul>
{''.join(f'<li><a href="{attr(x["path"])}">{ncr(x["title"])}</a> <i>({dmy(x["date"])})</i></li>' for x in others)}
</ul></td></tr></table>"""
    return page(f"{SITE} - {a['title']}", a["path"], center)


def listing(items, canon, head, pager=""):
    rows = "".join(f"""<tr><td class="list-item"><a href="{attr(a['path'])}" class="list-title">{ncr(a['title'])}</a> <i>({dmy(a['date'])})</i><br />
{ncr(a['paras'][0])}</td></tr>""" for a in items)
    return page(f"{SITE} - {head}", canon, f'<table width="100%" cellpadding="5"><tr><td class="cate-title">{ncr(head.upper())}</td></tr>{rows}<tr><td>{pager}</td></tr></table>')


srt = sorted(ART, key=lambda x: x["id"], reverse=True)
P.add("/", page(SITE, "/", f"""<table width="100%"><tr><td class="cate-title">TIN MỚI</td></tr>
{''.join(f'<tr><td><a href="{attr(a["path"])}">{ncr(a["title"])}</a></td></tr>' for a in srt)}</table>"""), "non_article")
P.add("/62-45/default.aspx", listing(srt[:3], "/62-45/default.aspx", "Tin tức",
      '<a href="/62-45/default.aspx?page=2">Trang sau</a>'), "non_article")
P.add("/62-45/default.aspx?page=2", listing(srt[3:], "/62-45/default.aspx?page=2", "Tin tức",
      '<a href="/62-45/default.aspx">Trang trước</a>'), "non_article")
P.add(TOPIC, listing(TOPIC_ITEMS, TOPIC, "Chuyên đề cải cách hành chính"), "non_article")
P.add("/62-10/default.aspx", page(f"{SITE} - Giới thiệu", "/62-10/default.aspx", """<table width="100%" cellpadding="5"><tr><td class="cate-title">GIỚI THIỆU</td></tr>
<tr><td class="content-news"><p>Quận Sơn Trà nằm ở phía Đông thành phố Đà Nẵng, có bán đảo Sơn Trà và cảng biển Tiên Sa.</p>
<p>Quận có 7 phường, là địa bàn trọng điểm về du lịch biển, dịch vụ cảng và khai thác hải sản xa bờ của thành phố.</p></td></tr></table>"""), "non_article")
P.add("/62-90/default.aspx", page(f"{SITE} - Liên hệ", "/62-90/default.aspx", """<table width="100%" cellpadding="5"><tr><td class="cate-title">LIÊN HỆ</td></tr>
<tr><td><p>Văn phòng HĐND và UBND quận Sơn Trà - 01 Lê Văn Duyệt. Điện thoại: 0236.3831.201</p>
<p>Họ tên: <input type="text" /> Nội dung: <textarea></textarea> <input type="submit" value="Gửi" /></p></td></tr></table>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)
P.furniture = ["Trực tuyến: 23", "Tổng: 9412358", "Các tin khác:", "[In trang]", "[Quay lại]", "[Về đầu trang]",
               "DANH MỤC", "LIÊN KẾT", "Ghi rõ nguồn", TODAY]
if __name__ == "__main__":
    P.write()
