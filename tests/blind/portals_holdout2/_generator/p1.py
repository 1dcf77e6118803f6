"""p1: commune site on a provincial SharePoint platform (Tân Dân templates), xã Cẩm Bình, Hà Tĩnh."""
from common import Portal, e, href

P = Portal("h2_cambinh_tandan", "Trang thông tin điện tử xã Cẩm Bình", "Cẩm Xuyên", "Hà Tĩnh",
           "SharePoint 2013, Tân Dân provincial platform (commune sub-site)")

MENU = [("/", "Trang chủ"), ("/portal/Pages/Gioi-thieu.aspx", "Giới thiệu"),
        ("/portal/Pages/Tin-tuc-su-kien.aspx", "Tin tức - Sự kiện"),
        ("/portal/Pages/Cai-cach-hanh-chinh.aspx", "Cải cách hành chính"),
        ("/portal/Pages/Thong-bao.aspx", "Thông báo"), ("/portal/Pages/Van-ban.aspx", "Văn bản")]


def digits(prefix, n):
    return "".join('<div id="%s%d" class="so">%s</div>' % (prefix, i + 1, d) for i, d in enumerate(n))


def shell(title, body, canon):
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(u), e(t)) for u, t in MENU)
    return """<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="GENERATOR" content="Microsoft SharePoint"/>
<title>%(title)s - CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM BÌNH</title>
<meta name="description" content="%(title)s"/>
<link rel="canonical" href="http://{{HOST}}%(canon)s"/>
<link rel="stylesheet" href="/Style%%20Library/tandan/css/portal.css"/>
<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"/portal"};</script>
</head><body class="tandan-body">
<form name="aspnetForm" method="post" action="%(canon)s" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzNjU2Mjc4MzVkZA=="/>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header"><div class="tandan-banner"><img src="/portal/Style%%20Library/tandan/images/banner-cambinh.png" alt="banner"/></div>
<div class="tandan-marquee"><marquee>Chào mừng bạn đến với Trang thông tin điện tử xã Cẩm Bình</marquee></div>
<div class="tandan-today">Thứ Năm, ngày 04/12/2026</div></div>
<div class="tandan-menu"><ul>%(menu)s</ul></div>
<div class="tandan-main">%(body)s</div>
<div class="tandan-right"><div class="tandan-box"><div class="tandan-box-title">Liên kết website</div>
<ul><li><a href="/portal/Pages/Lien-ket.aspx">Cổng thông tin điện tử tỉnh Hà Tĩnh</a></li></ul></div></div>
<div class="tandan-footer"><div class="tandan-copyright"><p>Bản quyền thuộc Ủy ban nhân dân xã Cẩm Bình, huyện Cẩm Xuyên</p>
<p>Địa chỉ: thôn Trung Bình, xã Cẩm Bình - Điện thoại: 0239.3861.205</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này</p></div>
<div class="ms-webpart-chrome"><div id="WebPartWPQ9">
<span style="display:none"><span id="ctl00_g_5b1c_Label_TruyCap">0284517</span><span id="ctl00_g_5b1c_Label_Count">23</span></span>
<div class="ThongKeSoLuot"><div class="tk-title">Thống kê truy cập</div>
<div class="SoLuongOnline"><span>Đang online:</span>%(online)s</div>
<div class="SoLuongTruyCap"><span>Lượt truy cập:</span>%(total)s</div></div></div></div></div>
</div></div></form></body></html>
""" % dict(title=e(title), body=body, canon=canon, menu=menu,
           online=digits("slol", "0000023"), total=digits("sltc", "0284517"))


OTHER = []  # filled below: (path, title, dd/mm/yyyy)


def art_page(path, title, date_line, views, paras, lead=True, extra_html="", tags=("cải cách hành chính",),
             cat="Tin tức - Sự kiện"):
    """paras: first is the lead when lead=True; strings starting with '<' are raw HTML blocks."""
    body_paras = paras[1:] if lead else paras
    inner = []
    for p in body_paras:
        if p.startswith("<"):
            inner.append(p)
        else:
            inner.append("<p>%s</p>" % e(p))
    others = "".join('<li><a href="%s">%s</a> <span class="date">(%s)</span></li>' % (href(u), e(t), d)
                     for u, t, d in OTHER if u != path)
    date_html = '<span class="tandan-span-date-publish">%s</span>' % date_line if date_line else \
        '<span class="tandan-span-date-publish"></span>'
    summ = '<p class="tandan-p-article-news-summary">%s</p>' % e(paras[0]) if lead else ""
    body = """<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/portal/Pages/Tin-tuc-su-kien.aspx">%(cat)s</a></div>
<div class="tandan-div-article">
<p class="tandan-p-article-news-title">%(title)s</p>
<div class="tandan-div-article-date">%(date)s <span class="tandan-span-view">Lượt xem: %(views)s</span> <span class="tandan-span-size"><a href="#">A-</a> 100%% <a href="#">A+</a></span></div>
%(summ)s
<p class="tandan-p-article-main"></p>
<div class="ms-rtestate-field">%(inner)s%(extra)s</div>
<div class="td-tags">Từ khóa: %(tags)s</div>
<div class="tandan-tools"><a href="javascript:window.print()">Bản in</a> | <a href="javascript:void(0)">Gửi bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="tandan-div-article-other"><p class="tandan-title-other">Các tin khác</p><ul>%(others)s</ul></div>
</div>""" % dict(cat=e(cat), title=e(title), date=date_html, views=views, summ=summ, inner="".join(inner),
                 extra=extra_html, tags=", ".join('<a href="#">%s</a>' % e(t) for t in tags), others=others)
    return shell(title, body, path)


A = []  # (path, file, title, published, date_line, views, paras, must, opts)

A.append(dict(
    path="/portal/Pages/2024-4-5/Ket-qua-giai-quyet-TTHC-quy-I-nam-2024-x7k2pq.aspx", file="a1.html",
    title="Cẩm Bình: kết quả giải quyết thủ tục hành chính quý I năm 2024",
    published="2024-04-05", date_line="Đăng ngày 05 - 04 - 2024", views="412",
    paras=[
        "Trong quý I năm 2024, Bộ phận tiếp nhận và trả kết quả xã Cẩm Bình tiếp tục duy trì tỷ lệ giải quyết hồ sơ đúng hạn ở mức cao, không để xảy ra tình trạng người dân phải đi lại nhiều lần.",
        "Theo báo cáo của UBND xã, từ ngày 01/01 đến ngày 31/3/2024, Bộ phận một cửa đã tiếp nhận 1.286 hồ sơ thủ tục hành chính, trong đó kỳ trước chuyển sang 37 hồ sơ, tiếp nhận mới 1.249 hồ sơ.",
        "Số hồ sơ đã giải quyết là 1.251 hồ sơ; trong đó giải quyết trước hạn 402 hồ sơ, đúng hạn 846 hồ sơ, quá hạn 03 hồ sơ thuộc lĩnh vực đất đai. Hiện còn 35 hồ sơ đang trong thời gian giải quyết.",
        "Đáng chú ý, có 917 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công, chiếm tỷ lệ 73,4% tổng số hồ sơ tiếp nhận mới. Kết quả khảo sát mức độ hài lòng của người dân đạt 98,6%.",
        "Đối với 03 hồ sơ quá hạn, UBND xã đã gửi thư xin lỗi tới công dân và chỉ đạo công chức địa chính rà soát lại quy trình luân chuyển hồ sơ giữa các bộ phận.",
        "Thời gian tới, xã tiếp tục hướng dẫn người dân tạo tài khoản định danh điện tử để thực hiện thủ tục trên môi trường mạng, phấn đấu không còn hồ sơ trễ hẹn.",
        "Hoàng Minh Thư",
    ],
    must=["tiếp nhận mới 1.249 hồ sơ", "giải quyết trước hạn 402 hồ sơ", "quá hạn 03 hồ sơ thuộc lĩnh vực đất đai",
          "chiếm tỷ lệ 73,4%"]))

TABLE = """<table class="ms-rteTable-default" border="1" cellspacing="0"><tbody>
<tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Trực tuyến</th></tr>
<tr><td>Hộ tịch</td><td>214</td><td>212</td><td>168</td></tr>
<tr><td>Chứng thực</td><td>389</td><td>389</td><td>57</td></tr>
<tr><td>Đất đai</td><td>46</td><td>41</td><td>9</td></tr>
<tr><td>Lao động - Thương binh và Xã hội</td><td>73</td><td>70</td><td>52</td></tr>
<tr><td>Tổng cộng</td><td>722</td><td>712</td><td>286</td></tr>
</tbody></table>"""
A.append(dict(
    path="/portal/pages/2024-06-03/Tong-hop-ho-so-TTHC-thang-5-nam-2024-473120.aspx", file="a2.html",
    title="Tổng hợp hồ sơ thủ tục hành chính tháng 5 năm 2024 theo lĩnh vực",
    published="2024-06-03", date_line="Đăng ngày 03 - 06 - 2024", views="188",
    paras=[
        "UBND xã Cẩm Bình công khai số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 5/2024 theo từng lĩnh vực để người dân theo dõi, giám sát.",
        "Trong tháng, toàn xã tiếp nhận 722 hồ sơ, đã giải quyết 712 hồ sơ, trong đó 286 hồ sơ được tiếp nhận qua dịch vụ công trực tuyến. Không có hồ sơ trễ hẹn.",
        TABLE,
        "Lĩnh vực chứng thực tiếp tục chiếm tỷ trọng lớn nhất do nhu cầu sao y giấy tờ phục vụ tuyển sinh đầu cấp tăng mạnh.",
        "Công chức tư pháp - hộ tịch được phân công hỗ trợ người cao tuổi nộp hồ sơ trực tuyến ngay tại quầy.",
    ],
    must=["tiếp nhận 722 hồ sơ, đã giải quyết 712 hồ sơ", "Lao động - Thương binh và Xã hội",
          "Không có hồ sơ trễ hẹn.", "sao y giấy tờ phục vụ tuyển sinh đầu cấp"]))

A.append(dict(
    path="/portal/Pages/2024-5-17/Ra-quan-ve-sinh-moi-truong-bo-bien-Cam-Binh-b4tq9z.aspx", file="a3.html",
    title="Ra quân vệ sinh môi trường dọc bờ biển thôn Tân Hải",
    published="2024-05-17", date_line="Đăng ngày 17 - 05 - 2024", views="96",
    paras=[
        "Sáng 16/5, Đoàn Thanh niên xã phối hợp với Hội Liên hiệp Phụ nữ tổ chức ra quân thu gom rác thải dọc tuyến bờ biển thôn Tân Hải, hưởng ứng Tháng hành động vì môi trường.",
        "Hơn 150 đoàn viên, hội viên và người dân đã tham gia dọn dẹp khoảng 2 km bờ cát, thu gom gần 3 tấn rác thải nhựa, lưới cũ và xốp trôi dạt.",
        '<p><img src="/portal/Photos/2024-05-17/ra%20quan%20[1].jpg" alt=""/></p>',
        "Đoàn viên thanh niên thu gom rác thải tại bãi biển Tân Hải",
        "Dịp này, Ban tổ chức trao 200 túi vải thân thiện môi trường cho các hộ kinh doanh ăn uống ven biển và vận động không dùng ống hút nhựa.",
        "Thu Trang",
    ],
    must=["thu gom gần 3 tấn rác thải nhựa", "Đoàn viên thanh niên thu gom rác thải tại bãi biển Tân Hải",
          "trao 200 túi vải thân thiện môi trường"], tags=("môi trường", "thanh niên")))

A.append(dict(
    path="/portal/Pages/2024-3-9/Hoi-nghi-doi-thoai-voi-nong-dan-m3n8r1.aspx", file="a4.html",
    title="Lãnh đạo xã đối thoại với nông dân về chuyển đổi cây trồng",
    published="2024-03-09", date_line=None, views="57",
    paras=[
        "Ngày 8/3, Đảng ủy, UBND xã Cẩm Bình tổ chức hội nghị đối thoại với hơn 80 hội viên nông dân về kế hoạch chuyển đổi diện tích lúa kém hiệu quả sang trồng rau màu.",
        "Tại hội nghị, bà con kiến nghị hỗ trợ giống, hướng dẫn kỹ thuật tưới nhỏ giọt và tìm đầu ra ổn định cho sản phẩm dưa lưới, ớt và củ đậu.",
        "Chủ tịch UBND xã giải đáp từng ý kiến, đồng thời giao Hợp tác xã dịch vụ nông nghiệp làm đầu mối liên kết với doanh nghiệp bao tiêu sản phẩm.",
        "Dự kiến vụ Hè Thu năm nay, xã chuyển đổi khoảng 15 ha đất lúa vùng cao sang cây trồng cạn.",
    ],
    must=["kế hoạch chuyển đổi diện tích lúa kém hiệu quả", "tưới nhỏ giọt",
          "Hợp tác xã dịch vụ nông nghiệp làm đầu mối"], tags=("nông nghiệp",)))

A.append(dict(
    path="/portal/Pages/2024-2-22/Cam-Binh-xep-thu-3-chi-so-CCHC-cap-xa-nam-2023-p2w6ke.aspx", file="a5.html",
    title="Cẩm Bình xếp thứ 3 về Chỉ số cải cách hành chính cấp xã năm 2023",
    published="2024-02-22", date_line="Đăng ngày 22 - 02 - 2024", views="305",
    paras=[
        "UBND huyện Cẩm Xuyên vừa công bố kết quả xác định Chỉ số cải cách hành chính năm 2023 của các xã, thị trấn. Xã Cẩm Bình đạt 88,72 điểm, xếp thứ 3/25 đơn vị.",
        "So với năm 2022, xã tăng 4 bậc, trong đó các tiêu chí về thủ tục hành chính và chuyển đổi số đạt điểm tối đa.",
        "Năm 2023, tỷ lệ hồ sơ được giải quyết đúng hạn tại xã đạt 99,8%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41%.",
        "Điểm trừ chủ yếu nằm ở tiêu chí tuyên truyền cải cách hành chính và việc cập nhật văn bản lên trang thông tin điện tử chưa kịp thời.",
        "Nguồn: Văn phòng HĐND - UBND xã",
    ],
    must=["đạt 88,72 điểm, xếp thứ 3/25 đơn vị", "xã tăng 4 bậc",
          "tỷ lệ hồ sơ được giải quyết đúng hạn tại xã đạt 99,8%"], tags=("chỉ số cải cách hành chính",)))

A.append(dict(
    path="/portal/Pages/2024-4-19/Khai-giang-lop-tin-hoc-cho-nguoi-cao-tuoi-r8c5vd.aspx", file="a6.html",
    title="Khai giảng lớp tin học cho người cao tuổi",
    published="2024-04-19", date_line="Đăng ngày 19 - 04 - 2024", views="73",
    paras=[
        "Hội Người cao tuổi xã phối hợp với Trường THCS Cẩm Bình khai giảng lớp tin học cơ bản dành cho 30 hội viên, học vào các buổi chiều thứ Bảy.",
        "Học viên được hướng dẫn sử dụng điện thoại thông minh, cài đặt ứng dụng định danh điện tử và tra cứu thông tin trên mạng một cách an toàn.",
        "Giáo viên là các thầy cô tình nguyện của nhà trường, mỗi buổi có thêm hai em học sinh hỗ trợ kèm cặp riêng.",
        "Hội Người cao tuổi xã Cẩm Bình",
    ],
    must=["lớp tin học cơ bản dành cho 30 hội viên", "cài đặt ứng dụng định danh điện tử",
          "thầy cô tình nguyện của nhà trường"], tags=("người cao tuổi",), lead=False))

NOTICES = [
    dict(path="/portal/Pages/2024-4-2/Thong-bao-lich-tiep-cong-dan-thang-4-kq8f2a.aspx", file="n1.html",
         title="Thông báo lịch tiếp công dân định kỳ tháng 4/2024", date="02 - 04 - 2024",
         att="/portal/VanBan/2024-04/TB-25-UBND.pdf", attname="TB-25-UBND.pdf"),
    dict(path="/portal/Pages/2024-5-28/Ke-hoach-phong-chong-thien-tai-2024-h1d7ws.aspx", file="n2.html",
         title="Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024", date="28 - 05 - 2024",
         att="/portal/VanBan/2024-05/KH-61-UBND.docx", attname="KH-61-UBND.docx"),
]

for a in A:
    d = a["published"]
    OTHER.append((a["path"], a["title"], "%s/%s/%s" % (d[8:], d[5:7], d[:4])))


def item(u, t, d, summ=""):
    return ('<div class="channel-news-item"><div class="channel-news-title"><a href="%s">%s</a></div>'
            '<div class="channel-news-date">%s</div><div class="channel-news-summary">%s</div></div>') % (
        href(u), e(t), d, e(summ))


def main():
    for a in A:
        lead = a.get("lead", True)
        P.add(a["path"], a["file"], art_page(a["path"], a["title"], a["date_line"], a["views"], a["paras"],
                                             lead=lead, tags=a.get("tags", ("cải cách hành chính",))))
        paras = [p for p in a["paras"] if not p.startswith("<")]
        P.article(a["path"], a["title"], a["published"], paras, a["must"])
    for n in NOTICES:
        body = """<div class="tandan-div-article"><p class="tandan-p-article-news-title">%s</p>
<div class="tandan-div-article-date"><span class="tandan-span-date-publish">Đăng ngày %s</span> <span class="tandan-span-view">Lượt xem: 21</span></div>
<div class="ms-rtestate-field"><p>Tệp đính kèm: <a href="%s">%s</a></p></div></div>""" % (
            e(n["title"]), n["date"], n["att"], n["attname"])
        P.add(n["path"], n["file"], shell(n["title"], body, n["path"]))
        P.non_article(n["path"])
    listing = [(a["path"], a["title"], "Ngày đăng: " + a["published"][8:] + "/" + a["published"][5:7] + "/" +
                a["published"][:4], a["paras"][0][:90] + "...") for a in A]
    l1 = "".join(item(*x) for x in listing[:4])
    l2 = "".join(item(*x) for x in listing[4:])
    pager1 = '<div class="tandan-pager"><span>1</span> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2">2</a> <a href="javascript:__doPostBack(\'ctl00$pager\',\'Next\')">Tiếp</a></div>'
    pager2 = '<div class="tandan-pager"><a href="/portal/Pages/Tin-tuc-su-kien.aspx">1</a> <span>2</span></div>'
    P.add("/portal/Pages/Tin-tuc-su-kien.aspx", "list1.html",
          shell("Tin tức - Sự kiện", '<div class="channel-news"><h2 class="channel-title">Tin tức - Sự kiện</h2>%s%s</div>' % (l1, pager1),
                "/portal/Pages/Tin-tuc-su-kien.aspx"))
    P.add("/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2", "list2.html",
          shell("Tin tức - Sự kiện", '<div class="channel-news"><h2 class="channel-title">Tin tức - Sự kiện</h2>%s%s</div>' % (l2, pager2),
                "/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2"))
    nl = "".join(item(n["path"], n["title"], "Ngày đăng: " + n["date"].replace(" - ", "/")) for n in NOTICES)
    P.add("/portal/Pages/Thong-bao.aspx", "notices.html",
          shell("Thông báo", '<div class="channel-news"><h2 class="channel-title">Thông báo</h2>%s</div>' % nl,
                "/portal/Pages/Thong-bao.aspx"))
    intro = """<div class="tandan-div-article"><p class="tandan-p-article-news-title">Giới thiệu chung về xã Cẩm Bình</p>
<div class="ms-rtestate-field"><p>Xã Cẩm Bình nằm ở phía Đông Bắc huyện Cẩm Xuyên, có 9 thôn với diện tích tự nhiên 1.526,4 ha.</p>
<p>Trụ sở UBND xã: thôn Trung Bình. Điện thoại: 0239.3861.205. Thư điện tử: cambinh@hatinh.gov.vn</p></div></div>"""
    P.add("/portal/Pages/Gioi-thieu.aspx", "intro.html", shell("Giới thiệu", intro, "/portal/Pages/Gioi-thieu.aspx"))
    home_news = "".join(item(a["path"], a["title"], "", "") for a in A[:3])
    home = """<div class="tandan-home"><div class="tandan-box"><h2 class="channel-title"><a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></h2>%s</div>
<div class="tandan-box"><h2 class="channel-title"><a href="/portal/Pages/Cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></h2>%s</div>
<div class="tandan-box"><h2 class="channel-title"><a href="/portal/Pages/Thong-bao.aspx">Thông báo</a></h2>%s</div></div>""" % (
        home_news, item(A[4]["path"], A[4]["title"], ""), item(NOTICES[0]["path"], NOTICES[0]["title"], ""))
    P.add("/", "home.html", shell("Trang chủ", home, "/"))
    P.non_article("/portal/Pages/Tin-tuc-su-kien.aspx", "/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2",
                  "/portal/Pages/Thong-bao.aspx", "/portal/Pages/Gioi-thieu.aspx", "/")
    P.furniture = ["Thống kê truy cập", "Đang online:", "Lượt truy cập:", "Lượt xem:", "Các tin khác",
                   "Chào mừng bạn đến với Trang thông tin điện tử xã Cẩm Bình", "Thứ Năm, ngày 04/12/2026",
                   "Bản quyền thuộc Ủy ban nhân dân xã Cẩm Bình", "Ghi rõ nguồn khi phát hành lại", "Từ khóa:",
                   "Bản in", "Gửi bài viết", "Quay lại", "0284517"]
    P.write()


if __name__ == "__main__":
    main()
