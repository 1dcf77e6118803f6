"""Portal 4: NukeViet eGovernment (huyện Phong Thổ, Lai Châu).
Hard cases: breadcrumb repeating the title, "Thứ hai - dd/mm/yyyy HH:ii" date, hometext lead outside
the body div, figure/figcaption, "Tác giả:"/"Nguồn tin:" after the body (not text), rating and
send/print/save icons, "Những tin mới hơn"/"Những tin cũ hơn" with dates, named HTML entities in
bodies, ul.counter sidebar block with "," separators, quarterly series by commune."""
from common import *

P = Portal("p4_nukeviet_phongtho", "Cổng thông tin điện tử huyện Phong Thổ", "Phong Thổ", "Lai Châu", "NukeViet")
CAT = "/news/cai-cach-hanh-chinh/"
CAT2 = "/news/cai-cach-hanh-chinh/page-2"
MENU = [("Trang nhất", "/"), ("Giới thiệu", "/about/"), ("Tin tức", "/news/"), ("Cải cách hành chính", CAT), ("Văn bản", "/laws/"), ("Liên hệ", "/contact/")]
CNT = [("Đang truy cập", "43"), ("Hôm nay", "1,208"), ("Tháng hiện tại", "27,655"), ("Tổng lượt truy cập", "2,731,940")]
P.furniture += ["Trang nhất", "Văn bản", "Liên hệ", "Đang truy cập", "1,208", "Tháng hiện tại", "27,655", "Tổng lượt truy cập", "2,731,940",
                "Thống kê", "Những tin mới hơn", "Những tin cũ hơn", "Tác giả:", "Nguồn tin:", "Giới thiệu bài viết cho bạn bè", "In ra", "Lưu bài viết này",
                "Click để đánh giá bài viết", "phiếu bầu", "Bản quyền © Ủy ban nhân dân huyện Phong Thổ"]
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def shell(title, main, canonical=None, crumbs=()):
    can = '<link rel="canonical" href="http://{{HOST}}%s"><meta property="og:url" content="http://{{HOST}}%s">' % (href(canonical), href(canonical)) if canonical else ""
    menu = "".join('<li><a href="%s" title="%s">%s</a></li>' % (href(l), esc(m), esc(m)) for m, l in MENU)
    bc = "".join('<li><a href="%s"><span>%s</span></a></li>' % (href(l), esc(m)) for m, l in crumbs)
    cnt = "".join('<li><span><em class="fa fa-bolt"></em> %s</span><span>%s</span></li>' % (esc(a), b) for a, b in CNT)
    return """<!DOCTYPE html><html lang="vi"><head><title>%s</title><meta charset="UTF-8">%s</head><body>
<header><div class="logo"><a href="/"><img src="/uploads/logo-phongtho.png" alt=""></a></div><nav class="header-nav"><ul class="menu">%s</ul></nav></header>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs">%s</ul></div>
<section><div class="row"><div class="col-md-18">%s</div><div class="col-md-6"><div class="panel"><div class="panel-heading">Thống kê</div><div class="panel-body"><ul class="counter">%s</ul></div></div></div></div></section>
<footer><div class="copyright">Bản quyền © Ủy ban nhân dân huyện Phong Thổ</div><p>Thị trấn Phong Thổ, huyện Phong Thổ, tỉnh Lai Châu</p></footer></body></html>""" % (esc(title), can, menu, bc, main, cnt)


COMMUNES = ["Thị trấn Phong Thổ", "Xã Mường So", "Xã Khổng Lào", "Xã Dào San", "Xã Sì Lở Lầu"]
HEAD = ["Đơn vị", "Số hồ sơ", "Đã giải quyết", "Trễ hạn"]
ARTS = []  # id, alias, title, (y,m,d,H,M,wd), hometext, blocks, author, source
for k, (qn, d, seed, close) in enumerate([("I", (2024, 4, 3, 8, 5, 2), 41, "Phòng Nội vụ sẽ tổng hợp kết quả này vào đánh giá, xếp loại công chức cuối năm."),
                                          ("II", (2024, 7, 4, 14, 40, 3), 42, "Huyện khuyến khích người dân dùng tài khoản định danh điện tử để nộp hồ sơ mà không phải đến trụ sở."),
                                          ("III", (2024, 10, 2, 9, 55, 2), 43, "Các xã vùng cao được đề nghị bố trí công chức trực ngày thứ Bảy để phục vụ bà con đi chợ phiên.")]):
    rows = series_rows(COMMUNES, seed, 20, 150)
    tot = sum(int(r[1].replace(".", "")) for r in rows) + 640
    ht = "Quý %s/2024, các cơ quan hành chính trên địa bàn huyện Phong Thổ đã nhận %s hồ sơ, tỷ lệ trả kết quả đúng và trước hạn đạt %s." % (qn, vn(tot), pct(97.6 + k))
    blocks = [("p", "Tổng số hồ sơ có %s hồ sơ tiếp nhận trực tuyến toàn trình, còn lại nộp trực tiếp tại Bộ phận Một cửa." % vn(tot // 4 + k * 13)),
              ("fig", "/uploads/news/2024_%02d/mot-cua-phong-tho.jpg" % d[1], "Công chức Bộ phận Một cửa huyện hướng dẫn công dân kê khai hồ sơ"),
              ("p", "Kết quả cụ thể ở 5 xã, thị trấn có nhiều hồ sơ nhất:"), ("t", HEAD, rows), ("p", close)]
    ARTS.append((3100 + k, ascii_slug("Phong Tho ket qua giai quyet TTHC quy %s 2024" % qn), "Phong Thổ: kết quả giải quyết thủ tục hành chính quý %s năm 2024" % qn, d, ht, blocks, "Lò Văn Thắng", "Văn phòng HĐND & UBND huyện"))
ARTS.append((3090, "chi-so-par-index-2023-phong-tho-xep-thu-3", "Chỉ số PAR Index 2023: Phong Thổ xếp thứ 3 toàn tỉnh", (2024, 3, 15, 10, 12, 4),
             "Năm 2023, Chỉ số cải cách hành chính (PAR Index) của huyện Phong Thổ đạt 82,60 điểm, xếp thứ 3/8 huyện, thành phố của tỉnh Lai Châu.",
             [("p", "Đây là năm thứ hai liên tiếp huyện nằm trong nhóm dẫn đầu; điểm đánh giá qua điều tra xã hội học đạt 28,11 điểm."),
              ("p", "Một số tiêu chí bị trừ điểm như tỷ lệ hồ sơ được số hóa khi tiếp nhận mới đạt 64% và việc công khai tiến độ giải quyết còn chậm."),
              ("p", "Huyện giao Phòng Nội vụ xây dựng kế hoạch khắc phục, báo cáo UBND huyện trước ngày 30/4.")], "Hoàng Thị Mai", "Phòng Nội vụ"))
ARTS.append((3094, "phong-tho-khoi-cong-cau-treo-ban-pa-nam-xa-sin-suoi-ho", "Khởi công cầu treo bản Pa Nậm, xã Sin Suối Hồ", (2024, 3, 26, 7, 30, 1),
             "Ngày 25/3, UBND huyện Phong Thổ khởi công xây dựng cầu treo bản Pa Nậm với chiều dài 96 m, tổng mức đầu tư hơn 4 tỷ đồng.",
             [("p", "Công trình giúp hơn 70 hộ dân không còn phải lội suối vào mùa mưa và học sinh đến trường an toàn hơn."),
              ("p", "Theo kế hoạch, cầu hoàn thành trước ngày 30/8/2024.")], "Tẩn Láo Lở", "Ban Quản lý dự án huyện"))
ARTS.append((3097, "phong-tho-tiep-nhan-ho-so-so-hoa-muc-do-2", "Tiếp nhận hồ sơ đất đai tại xã Mường So từ tháng 4", (2024, 3, 29, 16, 20, 4),
             "Từ ngày 1/4/2024, người dân xã Mường So có thể nộp hồ sơ đăng ký biến động đất đai ngay tại xã thay vì lên huyện.",
             [("p", "Nguyễn Văn Toàn")], "", ""))
NOTICES = [(3105, "thong-bao-tuyen-dung-cong-chuc-cap-xa-2024", "Thông báo tuyển dụng công chức cấp xã năm 2024", "/uploads/news/tb-tuyen-dung.pdf")]


def apath(i, alias):
    return "/news/cai-cach-hanh-chinh/%s-%d.html" % (alias, i)


def body(blocks):
    o = []
    for b in blocks:
        if b[0] == "p":
            o.append("<p>%s</p>" % entities(b[1]))
        elif b[0] == "t":
            o.append(table_html(b[1], b[2], attrs=' border="1" cellpadding="2" cellspacing="0"'))
        else:
            o.append('<figure class="image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (href(b[1]), esc(b[2])))
    return "".join(o)


def dtxt(d):
    return "%s - %02d/%02d/%d %02d:%02d" % (WD[d[5]], d[2], d[1], d[0], d[3], d[4])


srt = sorted(ARTS, key=lambda a: a[3])
for a in ARTS:
    i, al, t, d, ht, blocks, au, src = a
    pos = srt.index(a)
    li = lambda L: "".join('<li><a href="%s">%s</a> <em>%02d/%02d/%d</em></li>' % (href(apath(x[0], x[1])), esc(x[2]), x[3][2], x[3][1], x[3][0]) for x in L)
    ausrc = '<p class="text-right"><strong>Tác giả:</strong> %s</p><p class="text-right"><strong>Nguồn tin:</strong> %s</p>' % (esc(au), esc(src)) if au else ""
    main = """<div class="news_column panel" itemscope itemtype="NewsArticle"><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1><span class="hidden" itemprop="datePublished">%04d-%02d-%02dT%02d:%02d:00+07:00</span>
<div class="row"><span class="h5">%s</span><ul class="list-inline"><li><a href="/sendmail/%d" title="Giới thiệu bài viết cho bạn bè"><em class="fa fa-envelope"></em></a></li>
<li><a href="/print/%d" title="In ra"><em class="fa fa-print"></em></a></li><li><a href="javascript:void(0)" title="Lưu bài viết này"><em class="fa fa-save"></em></a></li></ul></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">%s</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>%s
<div class="news_column panel"><p>Xếp hạng: 4.5 - 2 phiếu bầu</p><p>Click để đánh giá bài viết</p></div>
<div class="news_column panel"><p><strong>Những tin mới hơn</strong></p><ul class="related">%s</ul><p><strong>Những tin cũ hơn</strong></p><ul class="related">%s</ul></div></div></div>""" % (
        esc(t), d[0], d[1], d[2], d[3], d[4], dtxt(d), i, i, entities(ht), body(blocks), ausrc, li(srt[pos + 1:][:4]), li(srt[:pos][::-1][:4]))
    texts = [ht] + [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][1], tb[0][2][3][0], tb[0][2][2][1], ph(texts[-1], 0, 9)]
        extra = cells(tb[0][1], tb[0][2]) + [b[2] for b in blocks if b[0] == "fig"]
    else:
        must, extra = [ph(ht, 0, 6), ph(texts[-1], 0, 3), ph(ht, 6, 14)], []
    P.article(apath(i, al), shell(t, main, apath(i, al), [("Trang nhất", "/"), ("Cải cách hành chính", CAT), (t, apath(i, al))]),
              t, "%04d-%02d-%02d" % d[:3], texts, must, extra)
for i, al, t, f in NOTICES:
    P.page(apath(i, al), shell(t, '<div class="news_column panel"><h1 class="title">%s</h1><div id="news-bodyhtml" class="bodytext"><p><a href="%s">Tải về tệp đính kèm</a></p></div></div>' % (esc(t), href(f)), apath(i, al), [("Trang nhất", "/"), ("Cải cách hành chính", CAT)]))
items = sorted([(a[0], a[1], a[2], a[3], a[4]) for a in ARTS] + [(n[0], n[1], n[2], (2024, 4, 1, 0, 0, 0), "") for n in NOTICES], key=lambda x: x[3], reverse=True)


def lst(L):
    return "".join('<div class="panel-body"><h3><a href="%s" title="%s">%s</a></h3><p class="text-muted">%02d/%02d/%d</p><p>%s</p></div>' % (href(apath(i, al)), esc(t), esc(t), d[2], d[1], d[0], esc(s)) for i, al, t, d, s in L)


pg = '<ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="%s">2</a></li></ul>' % href(CAT2)
P.page("/", shell("Trang nhất", lst(items[:4]) + '<a href="%s">Xem tất cả</a>' % href(CAT)))
P.page(CAT, shell("Cải cách hành chính", lst(items[:4]) + pg, crumbs=[("Trang nhất", "/")]))
P.page(CAT2, shell("Cải cách hành chính - Trang 2", lst(items[4:]) + '<ul class="pagination"><li><a href="%s">1</a></li></ul>' % href(CAT), crumbs=[("Trang nhất", "/")]))
P.page("/contact/", shell("Liên hệ", "<h1>Liên hệ</h1><p>Văn phòng HĐND và UBND huyện Phong Thổ - ĐT: 0213.3894.xxx</p>"))
P.write()
