"""p8: huyện Thuận Bắc (Ninh Thuận) as a Tân Dân SharePoint SUB-SITE of the provincial portal:
/chinhquyen/thuanbac/Pages/YYYY-M-D/<Slug>-<random id>.aspx (unpadded date), categories
/chinhquyen/thuanbac/Pages/<Cat>.aspx?PageIndex=N. '/' is the provincial root linking to it.
Hard cases: headline in p.tandan-p-article-news-title (no h1), 'Đăng ngày dd - mm - yyyy' with
'Lượt xem' and '100%', one article whose only date is the URL, captions as plain <p> after
<p><img></p>, web-part chrome around everything, a footer counter one digit per <div>,
tandan-div-article-other list with dates, breadcrumb repeating the title."""
import random
from common import Portal, Article, esc, slug, HOST

P = Portal("p8_ninhthuan_thuanbac", "Thuận Bắc - Cổng thông tin điện tử tỉnh Ninh Thuận", "Thuận Bắc", "Ninh Thuận", "SharePoint (Tân Dân), sub-site")
SITE = "/chinhquyen/thuanbac"
rnd = random.Random(14)
ALL = []


def rid():
    return "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))


def art(title, date, lead, paras, must, show_date=True, views=100, cat="Tin-tuc", **kw):
    y, m, d = map(int, date.split("-"))
    path = "%s/Pages/%d-%d-%d/%s-%s.aspx" % (SITE, y, m, d, slug(title, keep_case=True)[:70].rstrip("-"), rid())
    a = Article(path, title, date, paras, must, lead=lead, **kw)
    a.show_date, a.views, a.cat = show_date, views, cat
    ALL.append(a)
    return a


A1 = art("Thuận Bắc: 9 tháng năm 2024 tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%", "2024-10-09",
    "Chín tháng năm 2024, công tác giải quyết thủ tục hành chính trên địa bàn huyện Thuận Bắc tiếp tục chuyển biến tích cực, tỷ lệ hồ sơ đúng hạn đạt 99,5%.",
    ["Theo báo cáo của UBND huyện, tổng số hồ sơ tiếp nhận trong kỳ là 7.286 hồ sơ (trong đó 203 hồ sơ tồn từ kỳ trước). Đã giải quyết 7.041 hồ sơ, gồm 2.315 hồ sơ trước hạn, 4.691 hồ sơ đúng hạn, 35 hồ sơ trễ hạn; đang giải quyết 245 hồ sơ.",
     "Số hồ sơ tiếp nhận trực tuyến là 4.402 hồ sơ; 612 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích.",
     "Huyện tiếp tục chỉ đạo số hóa toàn bộ kết quả giải quyết thủ tục hành chính còn hiệu lực và tăng cường kiểm tra đột xuất Bộ phận Một cửa cấp xã."],
    ["tổng số hồ sơ tiếp nhận trong kỳ là 7.286 hồ sơ", "35 hồ sơ trễ hạn", "612 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích", "kiểm tra đột xuất"], views=412, cat="Cai-cach-hanh-chinh",
    captions=["Người dân làm thủ tục tại Bộ phận Một cửa huyện Thuận Bắc."])

A2 = art("Kết quả giải quyết thủ tục hành chính cấp xã tháng 9 năm 2024", "2024-10-03",
    "UBND huyện Thuận Bắc thông tin kết quả giải quyết thủ tục hành chính của UBND 6 xã trong tháng 9/2024.",
    ["Cụ thể như sau:",
     "Xã Phước Chiến và xã Phước Kháng là hai xã miền núi có tỷ lệ hồ sơ trực tuyến thấp nhất. Huyện đề nghị hai xã tổ chức hỗ trợ người dân tại nhà văn hóa thôn vào các ngày cuối tuần."],
    ["thông tin kết quả giải quyết thủ tục hành chính", "tại nhà văn hóa thôn vào các ngày cuối tuần", "tỷ lệ hồ sơ trực tuyến thấp nhất"], views=187, cat="Cai-cach-hanh-chinh",
    table=[["Xã", "Tiếp nhận", "Đã giải quyết", "Trực tuyến", "Trễ hạn"],
           ["Lợi Hải", "146", "144", "97", "0"],
           ["Bắc Sơn", "131", "131", "88", "0"],
           ["Công Hải", "168", "165", "121", "1"],
           ["Bắc Phong", "122", "121", "76", "0"],
           ["Phước Kháng", "47", "47", "14", "0"],
           ["Phước Chiến", "39", "38", "9", "0"]],
    table_cell="Bắc Sơn")

A3 = art("Chỉ số cải cách hành chính huyện Thuận Bắc năm 2023 xếp thứ 4/7", "2024-05-17",
    "Tại Quyết định công bố Chỉ số cải cách hành chính năm 2023 của UBND tỉnh Ninh Thuận, huyện Thuận Bắc đạt 83,29 điểm.",
    ["Với kết quả này, huyện xếp thứ 4/7 huyện, thành phố, tăng 1 bậc so với năm 2022. Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện đạt 85,71%.",
     "Huyện có điểm cao ở các lĩnh vực cải cách thủ tục hành chính, hiện đại hóa hành chính; còn hạn chế ở tiêu chí tác động của cải cách hành chính đến phát triển kinh tế - xã hội.",
     "Minh Trí"],
    ["xếp thứ 4/7 huyện, thành phố, tăng 1 bậc", "(SIPAS) của huyện đạt 85,71%", "đạt 83,29 điểm"], views=530, cat="Cai-cach-hanh-chinh")

A4 = art("Nông dân Công Hải thu hoạch nho vụ tháng Tư", "2024-04-22",
    None,
    ["Những ngày này, các vườn nho ở thôn Ba Tháp, xã Công Hải đang vào thu hoạch. Năm nay giá nho đỏ tại vườn dao động từ 18.000 đến 25.000 đồng/kg, nho xanh NH01-48 từ 30.000 đồng/kg.",
     "Nhiều hộ đã áp dụng tưới nhỏ giọt và bón phân hữu cơ vi sinh, giúp giảm chi phí và cải thiện chất lượng quả. Một số nhà vườn mở cửa đón khách tham quan, hái nho tại chỗ.",
     "Hải Yến"],
    ["thôn Ba Tháp, xã Công Hải", "tưới nhỏ giọt", "hái nho tại chỗ"], show_date=False, views=264,
    captions=["Vườn nho ở thôn Ba Tháp vào mùa thu hoạch."])

A5 = art("Lễ mừng lúa mới của đồng bào Raglai xã Phước Kháng", "2024-11-12",
    "Tối 11/11, UBND xã Phước Kháng tổ chức Lễ mừng lúa mới của đồng bào Raglai, thu hút đông đảo người dân các thôn tham gia.",
    ["Lễ được tái hiện với đầy đủ nghi thức cúng Yàng, cảm ơn thần lúa đã cho mùa màng bội thu. Sau phần lễ, các nghệ nhân biểu diễn mã la, đàn chapi và hát mayã.",
     "Đây là dịp để bà con gìn giữ bản sắc văn hóa, đồng thời giới thiệu với du khách các sản phẩm gạo rẫy, rượu cần của địa phương."],
    ["nghi thức cúng Yàng", "mã la, đàn chapi", "gạo rẫy, rượu cần"], views=143)

A6 = art("Xã Bắc Phong ra mắt mô hình Chính quyền thân thiện", "2024-06-28",
    None,
    ["Ngày 27/6, UBND xã Bắc Phong ra mắt mô hình “Chính quyền thân thiện, vì nhân dân phục vụ”. Công chức Bộ phận Một cửa đeo thẻ, mặc đồng phục, chủ động hướng dẫn người dân ngay khi đến liên hệ công việc.",
     "Xã cũng đặt mã QR để người dân đánh giá mức độ hài lòng sau mỗi lần giải quyết thủ tục."],
    ["Chính quyền thân thiện, vì nhân dân phục vụ", "đeo thẻ, mặc đồng phục", "đặt mã QR"], views=96, cat="Cai-cach-hanh-chinh")

CATS = {"Tin-tuc": "Tin tức - Sự kiện", "Cai-cach-hanh-chinh": "Cải cách hành chính"}


def dash(d):
    y, m, dd = d.split("-")
    return "%s - %s - %s" % (dd, m, y)


def digits(n, pfx):
    return "".join('<div id="%s%d" class="so">%s</div>' % (pfx, i + 1, c) for i, c in enumerate(str(n).rjust(7, "0")))


def layout(title, main, canonical=None):
    canon = '<link rel="canonical" href="%s%s">' % (HOST, canonical) if canonical else ""
    return f"""<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint"><title>{esc(title)} - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN</title>{canon}</head>
<body><form method="post" action="./Default.aspx" id="aspnetForm">
<div class="tandan-header"><div class="tandan-header-title">HUYỆN THUẬN BẮC</div><div class="tandan-header-sub">Cổng thông tin điện tử tỉnh Ninh Thuận</div></div>
<div class="tandan-menu"><a href="{SITE}/Pages/Default.aspx">Trang chủ</a><a href="{SITE}/Pages/Gioi-thieu.aspx">Giới thiệu huyện</a>
<a href="{SITE}/Pages/Tin-tuc.aspx">Tin tức - Sự kiện</a><a href="{SITE}/Pages/Cai-cach-hanh-chinh.aspx">Cải cách hành chính</a><a href="{SITE}/Pages/Thong-bao.aspx">Thông báo</a><a href="/">Cổng tỉnh</a></div>
<div class="ms-webpart-zone"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div id="WebPartWPQ2" class="ms-WPBody">{main}</div></div></div>
<div class="tandan-footer"><p>Bản quyền thuộc UBND huyện Thuận Bắc</p><p>Địa chỉ: Thôn Ấn Đạt, xã Lợi Hải, huyện Thuận Bắc, tỉnh Ninh Thuận</p></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ5"><span id="ctl00_g_4b1c_Label_TruyCap" style="display:none">1540377</span>
<div class="ThongKeTruyCap"><div class="tk-title">Truy cập hệ thống</div>
<div class="tk-row"><span>Đang trực tuyến:</span>{digits(29, 'ol')}</div>
<div class="tk-row"><span>Tổng số lượt:</span>{digits(1540377, 'tc')}</div></div></div></div>
</form></body></html>"""


def article_page(a):
    body = []
    for i, p in enumerate(a.paras):
        body.append("<p>%s</p>" % esc(p))
        if i == 0 and a.captions:
            body.append('<p><img src="/chinhquyen/thuanbac/Photos/%s/%s%%20(1).jpg" alt=""></p><p>%s</p>' % (a.published, rid(), esc(a.captions[0])))
        if i == 0 and a.table:
            body.append('<table class="ms-rteTable-default" border="1">' + "".join("<tr>%s</tr>" % "".join('<td class="ms-rteTable-default">%s</td>' % esc(c) for c in r) for r in a.table) + "</table>")
    date = '<span class="tandan-span-date-publish">Đăng ngày %s</span>' % dash(a.published) if a.show_date else ""
    others = [x for x in ALL if x is not a][:4]
    oth = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (x.path, esc(x.title), dash(x.published).replace(" - ", "/")) for x in others)
    lead = '<p class="tandan-p-article-news-summary">%s</p>' % esc(a.lead) if a.lead else ""
    main = f"""<div class="tandan-breadcrumb"><a href="{SITE}/Pages/Default.aspx">Trang chủ</a> &gt; <a href="{SITE}/Pages/{a.cat}.aspx">{esc(CATS[a.cat])}</a> &gt; {esc(a.title)}</div>
<div class="tandan-div-article">
<p class="tandan-p-article-news-title">{esc(a.title)}</p>
<div class="tandan-div-date">{date} <span class="tandan-view">Lượt xem: {a.views}</span> <span class="tandan-size"><a href="javascript:zoom()">100%</a></span></div>
{lead}
<div class="tandan-p-article-main"><div class="ms-rtestate-field">{''.join(body)}</div></div>
<div class="td-tags">Từ khóa: <a href="{SITE}/Pages/Tin-tuc.aspx">Thuận Bắc</a></div>
</div>
<div class="tandan-div-article-other"><div class="tandan-title-other">Các tin khác</div><ul>{oth}</ul></div>"""
    return layout(a.title, main)


for i, a in enumerate(ALL):
    P.page(a.path, article_page(a), kind="article", article=a, name="bai-%d" % i)

NOTICES = [("%s/Pages/2024-11-20/Thong-bao-ve-viec-niem-yet-cong-khai-danh-sach-ho-ngheo-nam-2024-%s.aspx" % (SITE, rid()), "Thông báo về việc niêm yết công khai danh sách hộ nghèo năm 2024", "/chinhquyen/thuanbac/Documents/TB-niem-yet-ho-ngheo.pdf"),
           ("%s/Pages/2024-12-2/Giay-moi-hop-giao-ban-thang-12-%s.aspx" % (SITE, rid()), "Giấy mời họp giao ban tháng 12", "/chinhquyen/thuanbac/Documents/GM-giao-ban-T12.pdf")]
for k, (p, t, f) in enumerate(NOTICES):
    P.page(p, layout(t, '<div class="tandan-div-article"><p class="tandan-p-article-news-title">%s</p><div class="ms-rtestate-field"><p><a href="%s">Tải về</a></p></div></div>' % (esc(t), f)),
           kind="non_article", name="thong-bao-%d" % k)


def channel(xs):
    return "".join('<div class="channel-news"><div class="channel-news-title"><a href="%s">%s</a></div><div class="channel-news-date">%s</div></div>' % (
        x.path, esc(x.title), dash(x.published)) for x in xs)


srt = sorted(ALL, key=lambda x: x.published, reverse=True)
tin = [x for x in srt if x.cat == "Tin-tuc"] + [A3]
cc = [x for x in srt if x.cat == "Cai-cach-hanh-chinh"]
P.page(SITE + "/Pages/Tin-tuc.aspx", layout("Tin tức - Sự kiện", channel(srt[:3]) + '<div class="pager"><a href="%s/Pages/Tin-tuc.aspx?PageIndex=2">2</a> <a href="%s/Pages/Tin-tuc.aspx?PageIndex=2">Tiếp</a></div>' % (SITE, SITE)),
       kind="non_article", name="tin-tuc-1")
P.page(SITE + "/Pages/Tin-tuc.aspx?PageIndex=2", layout("Tin tức - Sự kiện", channel(srt[3:]) + '<div class="pager"><a href="%s/Pages/Tin-tuc.aspx">1</a></div>' % SITE),
       kind="non_article", name="tin-tuc-2")
P.page(SITE + "/Pages/Cai-cach-hanh-chinh.aspx", layout("Cải cách hành chính", channel(cc)), kind="non_article", name="cchc")
P.page(SITE + "/Pages/Thong-bao.aspx", layout("Thông báo", "".join('<div class="channel-news-title"><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)), kind="non_article", name="tb")
P.page(SITE + "/Pages/Gioi-thieu.aspx", layout("Giới thiệu huyện", '<div class="ms-rtestate-field"><p>Huyện Thuận Bắc được thành lập năm 2009, gồm 6 xã.</p><p>Điện thoại Văn phòng: 0259.3878.xxx</p></div>'),
       kind="non_article", name="gioi-thieu")
sub_home = '<div class="tandan-welcome">Chào mừng bạn đến với trang thông tin huyện Thuận Bắc</div>' + channel(srt[:4]) + "".join(
    '<div class="channel-news-title"><a href="%s">%s</a></div>' % (p, esc(t)) for p, t, f in NOTICES)
P.page(SITE + "/Pages/Default.aspx", layout("Trang chủ", sub_home), kind="non_article", name="sub-home")
P.page("/", layout("Cổng thông tin điện tử tỉnh Ninh Thuận", '<div class="tandan-root"><p>Chính quyền địa phương:</p><p><a href="%s/Pages/Default.aspx">Huyện Thuận Bắc</a></p></div>' % SITE),
       kind="non_article", name="root")

P.furniture(["Truy cập hệ thống", "Đang trực tuyến:", "Tổng số lượt:", "1540377", "Lượt xem:", "100%", "Từ khóa:", "Các tin khác",
             "Chào mừng bạn đến với trang thông tin huyện Thuận Bắc", "Bản quyền thuộc UBND huyện Thuận Bắc", "Cổng tỉnh"])
P.finish()
