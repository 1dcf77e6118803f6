"""Portal 3: Liferay 7 Hòa Bình CMS with articleId render URLs (huyện Tân Lạc, Hòa Bình).
Hard cases: category heading (h3.title-list-news) above h1, lead in #leadDetail outside
#contentDetail, lead image caption printing "null", author/source fields after the body (not text),
rating widget, "Danh sách bài viết mới/cũ" lists with dates, counter box with "." separators,
a print view linked from every article (served for one article, 404 for the others),
monthly series by commune."""
from common import *

P = Portal("p3_hoabinh_tanlac", "Trang thông tin điện tử huyện Tân Lạc", "Tân Lạc", "Hòa Bình", "Liferay 7 (Hòa Bình CMS)")
CAT = "/tin-tuc-su-kien?categoryId=301"
CAT2 = "/tin-tuc-su-kien?categoryId=301&_cmsview_WAR_hoabinhportlet_cur=2&_cmsview_WAR_hoabinhportlet_delta=10"
MENU = [("TRANG CHỦ", "/"), ("HỆ THỐNG CHÍNH TRỊ", "/he-thong-chinh-tri"), ("TIN TỨC - SỰ KIỆN", CAT),
        ("CÔNG KHAI NGÂN SÁCH", "/cong-khai-ngan-sach"), ("LIÊN HỆ", "/lien-he")]
CNT = [("Tổng số truy cập: ", "1.482.906"), ("Trong tháng: ", "38.114"), ("Trong ngày: ", "1.297"), ("Tổng số trực tuyến : ", "57")]
P.furniture += [m for m, _ in MENU] + ["Lượt truy cập", "Tổng số truy cập:", "1.482.906", "38.114", "Tổng số trực tuyến :",
    "Đánh giá bài viết:", "Danh sách bài viết mới", "Danh sách bài viết cũ", "Tác giả:", "Nguồn:",
    "Trang thông tin điện tử huyện Tân Lạc - Giấy phép số 09/GP-STTTT"]


def shell(title, main, canonical=None):
    can = '<link rel="canonical" href="http://{{HOST}}%s">' % href(canonical) if canonical else ""
    menu = "".join('<li><a href="%s">%s</a></li>' % (href(l), esc(m)) for m, l in MENU)
    cnt = "".join('<div class="row-count"><i class="icon-user"></i> %s%s</div>' % (esc(a), b) for a, b in CNT)
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>%s</head>
<body><div class="container"><div class="header"><img src="/o/tanlac-theme/images/banner.png" alt=""><ul class="main-menu">%s</ul></div>
<div class="row"><div class="col-md-8">%s</div><div class="col-md-4">
<div class="box_bg"><h3 class="title-list-news">Lượt truy cập</h3>%s</div></div></div>
<div class="footer"><p>Trang thông tin điện tử huyện Tân Lạc - Giấy phép số 09/GP-STTTT</p><p>Địa chỉ: khu 3, thị trấn Mãn Đức, huyện Tân Lạc</p></div></div></body></html>""" % (
        esc(title), can, menu, main, cnt)


COMMUNES = ["Thị trấn Mãn Đức", "Xã Phong Phú", "Xã Tử Nê", "Xã Thanh Hối", "Xã Quy Hậu", "Xã Ngọc Mỹ"]
HEAD = ["Xã, thị trấn", "Hồ sơ tiếp nhận", "Giải quyết đúng hạn", "Quá hạn"]
ARTS = []  # id, title, "dd/MM/yyyy HH:mm", iso, lead, blocks, author, source
for k, (mon, seed, extra) in enumerate([(6, 31, "Một số xã còn để công dân phải đi lại bổ sung hồ sơ nhiều lần do hướng dẫn chưa đầy đủ ngay từ đầu."),
                                        (7, 32, "Tháng này, các xã đã thực hiện chuyển đổi 146 hồ sơ giấy sang hồ sơ điện tử để lưu trữ và tái sử dụng."),
                                        (8, 33, "Thị trấn Mãn Đức tiếp tục là đơn vị có số hồ sơ lớn nhất do nhu cầu chứng thực của người lao động đi làm xa.")]):
    rows = series_rows(COMMUNES, seed, 25, 190)
    big = max(int(r[1].replace(".", "")) for r in rows) + 23
    rows[0] = [rows[0][0], vn(big), vn(big - int(rows[0][3])), rows[0][3]]
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 310 + 17 * k
    late = sum(int(r[3]) for r in rows)
    lead = "Báo cáo của UBND huyện cho thấy tháng %d/2023, Bộ phận Một cửa cấp xã trên địa bàn Tân Lạc tiếp nhận %s hồ sơ; %s hồ sơ được trả kết quả đúng hạn." % (mon, vn(tot), vn(tot - late - 4))
    blocks = [("p", "Tính riêng 6 đơn vị có lượng giao dịch lớn, số liệu cụ thể như sau:"), ("t", HEAD, rows),
              ("p", "Số hồ sơ quá hạn là %d, số hồ sơ đang giải quyết chuyển sang tháng sau là 4." % late if late else "Trong tháng không có hồ sơ quá hạn; 4 hồ sơ đang giải quyết chuyển sang tháng sau."),
              ("p", extra)]
    ARTS.append((61420 + k, "Tân Lạc: kết quả tiếp nhận, giải quyết hồ sơ cấp xã tháng %d/2023" % mon, "%02d/%02d/2023 %02d:%02d" % (5 + k, mon + 1, 9 + k, 20 + k),
                 "2023-%02d-%02d" % (mon + 1, 5 + k), lead, blocks, "Bùi Thu Trang", "Văn phòng HĐND và UBND huyện"))
ARTS.append((61377, "Chỉ số cải cách hành chính năm 2022 của huyện Tân Lạc đạt 84,07%", "18/05/2023 16:02", "2023-05-18",
             "Tại Quyết định công bố Chỉ số CCHC năm 2022 của UBND tỉnh, huyện Tân Lạc đạt 84,07%, xếp thứ 4/10 huyện, thành phố.",
             [("p", "So với năm trước, huyện tăng 2 bậc; các lĩnh vực cải cách thủ tục hành chính và hiện đại hóa nền hành chính đạt điểm tối đa."),
              ("p", "Lĩnh vực cải cách tài chính công bị trừ điểm do việc giao quyền tự chủ cho đơn vị sự nghiệp còn chậm."),
              ("p", "Huyện đề ra mục tiêu năm 2023 lọt vào nhóm 3 đơn vị dẫn đầu tỉnh.")], "Đinh Hùng", "Phòng Nội vụ"))
ARTS.append((61390, "Lễ hội Khai hạ Mường Bi năm 2023 thu hút đông đảo du khách", "30/01/2023 20:45", "2023-01-30",
             "Lễ hội Khai hạ Mường Bi diễn ra từ ngày 28 đến 30/1 tại sân vận động huyện với nhiều nghi lễ truyền thống của người Mường.",
             [("p", "Phần hội có thi đánh cồng chiêng, bắn nỏ, đẩy gậy và trưng bày sản phẩm OCOP của các xã."),
              ("p", "Ban tổ chức ước tính có khoảng 15.000 lượt người dân và du khách tham dự trong ba ngày lễ hội.")], "Quách Minh", "Trung tâm Văn hóa - Truyền thông"))
ARTS.append((61402, "Hơn 300 đơn vị máu được tiếp nhận trong ngày hội hiến máu tình nguyện", "14/03/2023 11:30", "2023-03-14",
             "Sáng 13/3, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Tân Lạc phối hợp với Bệnh viện Đa khoa tỉnh tổ chức ngày hội hiến máu đợt 1.",
             [("p", "Nhiều đoàn viên, giáo viên và bộ đội Ban Chỉ huy Quân sự huyện đăng ký từ sớm; có người đã hiến máu lần thứ mười.")], "Bùi Văn Tuấn", "Hội Chữ thập đỏ huyện"))
NOTICES = [(61450, "Thông báo công khai danh sách hộ nghèo năm 2023 sau rà soát", "/documents/20182/61450/DS-ho-ngheo-2023.xlsx"),
           (61455, "Thông báo lịch trực tiếp nhận hồ sơ ngày thứ Bảy", "/documents/20182/61455/lich-truc.pdf")]


def apath(i):
    return "/tin-tuc-su-kien/chi-tiet?p_p_id=cmsview_WAR_hoabinhportlet&p_p_lifecycle=0&articleId=%d&categoryId=301" % i


def prpath(i):
    return "/in-bai-viet?articleId=%d" % i


def detail(a, with_lists=True):
    i, t, dt, iso, lead, blocks, au, src = a
    b = "".join("<p>%s</p>" % esc(x[1]) if x[0] == "p" else table_html(x[1], x[2], attrs=' border="1"') for x in blocks)
    others = [x for x in ARTS if x[0] != i]
    lst = "".join('<li><a href="%s">%s</a> <span class="date_time">(%s)</span></li>' % (href(apath(x[0])), esc(x[1]), x[2][:10]) for x in others)
    lists = '<div id="footerOfNewDetail"><h4>Danh sách bài viết mới</h4><ul>%s</ul><h4>Danh sách bài viết cũ</h4><ul></ul></div>' % lst if with_lists else ""
    return """<div class="box_border"><h3 class="title-list-news">Tin tức - Sự kiện</h3><h1 id="titleDetail">%s</h1>
<div class="tool-bar"><span class="date_time">%s</span> <i class="icon-font-down"></i><i class="icon-font-up"></i><i class="icon-volume"></i></div>
<div id="leadDetail"><p><strong>%s</strong></p></div><div class="img-lead"><img src="/documents/20182/%d/anh-dai-dien.jpg" alt=""><div class="img-title">null</div></div>
<div id="contentDetail">%s</div><div class="author">Tác giả: %s</div><div class="source">Nguồn: %s</div>
<div class="print-share"><a href="%s"><i class="icon-print"></i></a> <a href="javascript:history.back()"><i class="icon-back"></i></a></div>
<div class="rating"><span>Đánh giá bài viết:</span><span class="stars" data-id="%d"></span></div>%s</div>""" % (
        esc(t), dt, esc(lead), i, b, esc(au), esc(src), href(prpath(i)), i, lists)


for a in ARTS:
    i, t, dt, iso, lead, blocks, au, src = a
    texts = [lead] + [x[1] for x in blocks if x[0] == "p"]
    tb = [x for x in blocks if x[0] == "t"]
    if tb:
        must = [tb[0][1][2], tb[0][2][4][0], tb[0][2][1][1], ph(texts[-1], 0, 8)]
        extra = cells(tb[0][1], tb[0][2])
    else:
        must, extra = [ph(texts[1], 0, 7), ph(texts[-1], 1, 9), ph(lead, 3, 10)], []
    P.article(apath(i), shell(t, detail(a), apath(i)), t, iso, texts, must, extra)
# print view served for the first report only (neither list); the others 404
P.page(prpath(ARTS[0][0]), shell(ARTS[0][1], detail(ARTS[0], False), apath(ARTS[0][0])), kind="print")
for i, t, f in NOTICES:
    P.page(apath(i), shell(t, '<div class="box_border"><h3 class="title-list-news">Thông báo</h3><h1 id="titleDetail">%s</h1><div id="contentDetail"><p><a href="%s">Tệp đính kèm</a></p></div></div>' % (esc(t), href(f)), apath(i)))

items = [(a[0], a[1], a[2], a[4]) for a in ARTS] + [(n[0], n[1], "", "") for n in NOTICES]


def lst(L):
    return "".join('<div class="news-item"><a href="%s"><h4>%s</h4></a><span class="date_time">%s</span><p>%s</p></div>' % (href(apath(i)), esc(t), d[:10], esc(s)) for i, t, d, s in L)


pg = '<ul class="pagination"><li><a href="%s">1</a></li><li><a href="%s">2</a></li></ul>' % (href(CAT), href(CAT2))
P.page("/", shell("Trang chủ", '<div class="box_border"><h3 class="title-list-news">Tin nổi bật</h3>%s<a href="%s">Xem tiếp</a></div><div class="box_border"><h3 class="title-list-news">Thông báo</h3>%s</div>' % (lst(items[:3]), href(CAT), lst(items[-2:]))))
P.page(CAT, shell("Tin tức - Sự kiện", lst(items[:4]) + pg))
P.page(CAT2, shell("Tin tức - Sự kiện", lst(items[4:]) + pg))
P.page("/lien-he", shell("Liên hệ", "<h1>Văn phòng HĐND và UBND huyện Tân Lạc</h1><p>Điện thoại: 0218.3884.xxx</p><p>Thư điện tử: vanphong.tanlac@hoabinh.gov.vn</p>"))
P.write()
