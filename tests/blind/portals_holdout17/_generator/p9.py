"""p9: VNPT dsnews Liferay portlet on a provincial platform, huyện Cư Kuin (Đắk Lắk).
Hard cases: Liferay friendly URLs /-/<urlTitle> that drop đ, portlet heading above the headline,
author in its own field outside the body (NOT text) while a 'Nguồn:' line inside the body IS text,
date with weekday and time in Vietnamese words, a very short article followed by other news,
counters in every column and inside the dsnews container."""
from common import Portal, esc, href
import unicodedata, re

P = Portal("cukuin_vnpt", "Cổng thông tin điện tử huyện Cư Kuin", "Cư Kuin", "Đắk Lắk", "liferay-vnpt-dsnews")
P.furniture = ["Truy cập website", "Đang online cùng lúc", "Lượt truy cập tháng này", "Tổng lượt truy cập website",
               "Bản in", "Trở lại trang trước", "Chia sẻ bài viết lên", "Tăng cỡ chữ", "Giảm cỡ chữ", "Gửi email bài viết",
               "Tin liên quan đã đăng", "Tác giả bài viết:", "Dịch vụ công tỉnh Đắk Lắk"]
NS = "_dsnews_WAR_vnpteportalnewsportlet"

def slug(t):
    t = t.replace("đ", "").replace("Đ", "")
    t = unicodedata.normalize("NFD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
def counter():
    return ('<div class="portlet-counter"><div class="portlet-title-text">Truy cập website</div>'
            '<p>Đang online cùng lúc: 38</p><p>Lượt truy cập tháng này: 21,775</p><p>Tổng lượt truy cập website: 2,904,661</p></div>')
TOOLS = ('<div class="dsnews-tool"><a href="javascript:print()">Bản in</a> <a href="javascript:history.back()">Trở lại trang trước</a>'
         ' <span>Chia sẻ bài viết lên</span> <a>f</a> <a>Tăng cỡ chữ</a> <a>Giảm cỡ chữ</a> <a href="mailto:?e=1">Gửi email bài viết</a></div>')
MENU = [("/", "Trang chủ"), ("/web/cukuin/gioi-thieu", "Giới thiệu"), ("/web/cukuin/tin-tuc", "Tin tức - Sự kiện"),
        ("/web/cukuin/thong-bao", "Thông báo"), ("/web/cukuin/dich-vu-cong", "Dịch vụ công tỉnh Đắk Lắk")]

def layout(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s"><meta property="og:url" content="http://{{HOST}}%s">' % (href(canonical), href(canonical)) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), t) for u, t in MENU)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>%s</head><body><div id="wrapper">'
            '<div class="banner">ỦY BAN NHÂN DÂN HUYỆN CƯ KUIN</div><ul class="main-menu">%s</ul><div class="row">'
            '<div class="col-left">%s</div><div id="column-2">%s</div><div class="col-right">%s</div></div>'
            '<div class="footer">Cơ quan chủ quản: UBND huyện Cư Kuin, tỉnh Đắk Lắk. %s</div></div></body></html>'
            % (esc(title), can, menu, counter(), main, counter(), counter()))

ARTS = [
 dict(title="Cư Kuin: 98,9% hồ sơ thủ tục hành chính được giải quyết đúng hạn", date="2024-07-12", shown="Thứ sáu, ngày 12/07/2024 - 10:24", author="Hữu Đạt",
      paras=["Theo báo cáo 6 tháng đầu năm 2024, UBND huyện Cư Kuin tiếp nhận 3.518 hồ sơ, cộng 74 hồ sơ tồn kỳ trước, tổng số phải giải quyết là 3.592 hồ sơ.",
             "Đã giải quyết 3.447 hồ sơ, trong đó trước hạn 1.893, đúng hạn 1.516 và trễ hạn 38 hồ sơ; tỷ lệ đúng hạn và trước hạn đạt 98,9%. Còn 145 hồ sơ đang giải quyết.",
             "Số hồ sơ trực tuyến là 2.260, có 91 hồ sơ tiếp nhận và trả qua bưu điện.",
             "Nguồn: Văn phòng HĐND và UBND huyện"],
      must=["tổng số phải giải quyết là 3.592 hồ sơ", "trễ hạn 38 hồ sơ", "đạt 98,9%", "có 91 hồ sơ"]),
 dict(title="Đánh giá Chỉ số cải cách hành chính cấp xã năm 2023", date="2024-03-28", shown="Thứ năm, ngày 28/03/2024 - 15:00", author="Minh Châu",
      paras=["UBND huyện Cư Kuin phê duyệt kết quả Chỉ số CCHC năm 2023 của 8 xã. Điểm trung bình đạt 82,47 điểm.",
             "Xã Ea Tiêu tiếp tục dẫn đầu, xã Cư Ewi xếp cuối và được yêu cầu giải trình."],
      table=[["Xã", "Điểm", "Xếp hạng"], ["Ea Tiêu", "89,30", "1"], ["Ea Ktur", "86,15", "2"], ["Dray Bhăng", "84,02", "3"], ["Cư Ewi", "74,60", "8"]],
      must=["của 8 xã", "đạt 82,47 điểm", "được yêu cầu giải trình"]),
 dict(title="Đắk Lắk tổ chức ngày hội đại đoàn kết tại buôn Kpung", date="2024-11-14", shown="Thứ năm, ngày 14/11/2024 - 08:30", author="H'Yâm",
      paras=["Ngày hội đại đoàn kết toàn dân tộc tại buôn Kpung, xã Ea Hu có sự tham gia của hơn 400 người dân.",
             "Dịp này, 15 hộ nghèo được tặng bò giống và 30 suất quà."],
      must=["buôn Kpung, xã Ea Hu", "hơn 400 người dân", "15 hộ nghèo"]),
 dict(title="Hòa Hiệp ra mắt chợ 4.0", date="2024-08-19", shown="Thứ hai, ngày 19/08/2024 - 09:12", author="Lan Phương",
      paras=["Chợ xã Hòa Hiệp có 64 tiểu thương nhận thanh toán bằng mã QR."],
      must=["Chợ xã Hòa Hiệp", "64 tiểu thương", "mã QR"], short=True),
 dict(title="Đầu tư hệ thống tưới tiết kiệm cho cà phê", date="2024-04-09", shown="Thứ ba, ngày 09/04/2024 - 14:18", author="Ngọc Sơn",
      paras=["Năm 2024, huyện Cư Kuin hỗ trợ 120 hộ lắp đặt hệ thống tưới phun mưa, tưới nhỏ giọt cho 180 ha cà phê.",
             "Mô hình giúp tiết kiệm khoảng 30% lượng nước tưới trong mùa khô.",
             "Nguồn: Phòng Nông nghiệp và PTNT"],
      must=["120 hộ lắp đặt", "180 ha cà phê", "khoảng 30% lượng nước"]),
 dict(title="Trao quyết định thành lập Đội Thanh niên xung kích phòng chống thiên tai", date="2024-09-30", shown="Thứ hai, ngày 30/09/2024 - 16:40", author="Anh Thư",
      paras=["Huyện đoàn Cư Kuin thành lập 8 đội thanh niên xung kích với 160 đoàn viên.",
             "Các đội được trang bị áo phao, đèn pin, dây cứu hộ và tập huấn kỹ năng sơ cấp cứu."],
      must=["8 đội thanh niên xung kích", "160 đoàn viên", "dây cứu hộ"]),
]
def url(a): return "/web/cukuin/-/" + slug(a["title"])
def dd(a): return "/".join(reversed(a["date"].split("-")))
for a in ARTS:
    ps = a["paras"]
    body = "<p>%s</p>" % esc(ps[0])
    cells = []
    if "table" in a:
        body += "<table>%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in a["table"])
        cells = [c for r in a["table"] for c in r]
    body += "".join("<p>%s</p>" % esc(p) for p in ps[1:])
    oth = "".join('<li><a href="%s">%s</a> <i>%s</i></li>' % (href(url(b)), esc(b["title"]), dd(b)) for b in ARTS if b is not a)
    main = ('<div class="portlet-boundary portlet-dsnews"><div class="portlet-title-text">Tin tức - Sự kiện</div>'
            '<div class="dsnews-detail">%s%s<h2 class="news-title">%s</h2><div class="news-date">%s</div>'
            '<div class="news-content">%s</div><div class="news-author">Tác giả bài viết: %s</div>%s%s</div>'
            '<div class="news-other"><h4>Tin liên quan đã đăng</h4><ul>%s</ul></div></div>'
            % (counter(), TOOLS, esc(a["title"]), a["shown"], body, esc(a["author"]), TOOLS, counter(), oth))
    P.add_page(url(a), layout(a["title"], main, canonical=url(a)))
    P.article(url(a), a["title"], a["date"], ps, a["must"] + ([a["table"][2][0]] if "table" in a else []), cells)
LIST = "/web/cukuin/tin-tuc"
L2 = LIST + "?p_p_id=dsnews_WAR_vnpteportalnewsportlet&p_p_lifecycle=0&%s_cur=2&%s_delta=3" % (NS, NS)
def lst(arts): return "".join('<div class="news-item"><a href="%s">%s</a> <span>%s</span></div>' % (href(url(a)), esc(a["title"]), dd(a)) for a in arts)
P.add_page(LIST, layout("Tin tức", lst(ARTS[::-1][:3]) + '<div class="paging"><b>1</b> <a href="%s">2</a></div>' % href(L2)))
P.add_page(L2, layout("Tin tức", lst(ARTS[::-1][3:]) + '<div class="paging"><a href="%s">1</a> <b>2</b></div>' % href(LIST)))
N = "/web/cukuin/-/thong-bao-lich-tiep-cong-dan-inh-ky-quy-iv-2024"
P.add_page("/web/cukuin/thong-bao", layout("Thông báo", '<a href="%s">Thông báo lịch tiếp công dân định kỳ quý IV/2024</a>' % href(N)))
P.add_page(N, layout("Thông báo", '<div class="dsnews-detail"><h2 class="news-title">Thông báo lịch tiếp công dân định kỳ quý IV/2024</h2><div class="news-content"><p><a href="/documents/cukuin/tb-tiep-dan-q4.pdf">tb-tiep-dan-q4.pdf</a></p></div></div>'))
intro = ["Huyện Cư Kuin được thành lập năm 2007 trên cơ sở tách từ huyện Krông Ana, nằm ở phía Đông Nam thành phố Buôn Ma Thuột.",
         "Huyện có 8 xã với hơn 100 nghìn dân, trong đó đồng bào Ê Đê chiếm gần một phần tư dân số.",
         "Kinh tế chủ đạo là cà phê, hồ tiêu, sầu riêng và chăn nuôi bò thịt.",
         "Trung tâm hành chính huyện đặt tại xã Dray Bhăng."]
P.add_page("/web/cukuin/gioi-thieu", layout("Giới thiệu", '<div class="portlet-title-text">Giới thiệu</div>' + "".join("<p>%s</p>" % esc(x) for x in intro)))
P.add_page("/", layout("Trang chủ", lst(ARTS[::-1][:3]) + '<a href="%s">Xem tất cả</a>' % href(LIST)))
for p in (LIST, L2, "/web/cukuin/thong-bao", N, "/web/cukuin/gioi-thieu"):
    P.non_article(p)
P.write()
