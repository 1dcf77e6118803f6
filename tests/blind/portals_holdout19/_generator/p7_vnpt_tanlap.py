"""Portal 7: VNPT dsnews Liferay portlet on a provincial platform, commune sub-site
(xã Tân Lập, huyện Đồng Phú, Bình Phước).
Hard cases: every page served in NFD (decomposed) Unicode, portlet heading above the headline,
date with weekday and time, online/total counter line in the left column before the content,
"Tin đọc nhiều" list with dates, image with a plain caption paragraph, share buttons,
a monthly series by commune office (same rows every time)."""
from common import *

P = Portal("p7_vnpt_tanlap", "Trang thông tin điện tử xã Tân Lập", "Đồng Phú", "Bình Phước", "Liferay (VNPT dsnews portlet), commune sub-site")
PID = "dsnews_WAR_vnpteportalnewsportlet"
BASE = "/web/xa-tan-lap/tin-tuc"
LIST = BASE + "?p_p_id=%s&p_p_lifecycle=0&_%s_categoryId=2204" % (PID, PID)
LIST2 = LIST + "&_%s_cur=2&_%s_delta=10" % (PID, PID)
MENU = [("Trang chủ", "/"), ("Giới thiệu xã", "/web/xa-tan-lap/gioi-thieu"), ("Tin tức", LIST), ("Thủ tục hành chính", "/web/xa-tan-lap/thu-tuc-hanh-chinh"), ("Cổng tỉnh", "/web/guest/trang-chu")]
P.furniture += ["Giới thiệu xã", "Cổng tỉnh", "Đang trực tuyến:", "Tổng truy cập:", "412.337", "Tin đọc nhiều", "Chia sẻ:", "Zalo",
                "Trang thông tin điện tử xã Tân Lập - huyện Đồng Phú - tỉnh Bình Phước", "Vận hành trên nền tảng Cổng thông tin điện tử tỉnh"]
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def shell(title, main, canonical=None, hot=""):
    can = '<link rel="canonical" href="http://{{HOST}}%s" />' % href(canonical) if canonical else ""
    menu = "".join('<li class="nav-item"><a href="%s">%s</a></li>' % (href(l), esc(m)) for m, l in MENU)
    return NFD("""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>%s</title>%s</head><body class="site-xa-tan-lap">
<div class="top-header"><div class="brand">ỦY BAN NHÂN DÂN XÃ TÂN LẬP</div><ul class="navbar">%s</ul></div>
<div class="layout"><div class="col-left"><div class="box-online"><span>Đang trực tuyến: 6</span> | <span>Tổng truy cập: 412.337</span></div>
<div class="portlet-boundary"><h2 class="portlet-title">Tin đọc nhiều</h2><ul>%s</ul></div></div>
<div class="col-main">%s</div></div>
<div class="bottom"><p>Trang thông tin điện tử xã Tân Lập - huyện Đồng Phú - tỉnh Bình Phước</p><p>Vận hành trên nền tảng Cổng thông tin điện tử tỉnh</p></div></body></html>""" % (esc(title), can, menu, hot, main))


ROWS = ["Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội", "Bộ phận Một cửa (chứng thực)"]
HEAD = ["Bộ phận xử lý", "Tiếp nhận", "Đúng hạn", "Trễ hạn"]
ARTS = []  # id, title, (y,m,d,H,M,wd), blocks
for k, (mon, d, seed, tail) in enumerate([(1, (2024, 2, 2, 10, 15, 4), 71, "Tháng 1 là thời điểm cao điểm đăng ký kết hôn và chứng thực giấy tờ chuẩn bị cho dịp Tết."),
                                          (2, (2024, 3, 1, 16, 5, 4), 72, "Công chức Địa chính đã chủ động hẹn lịch đo đạc với các hộ dân ngay khi nhận hồ sơ tách thửa."),
                                          (3, (2024, 4, 2, 8, 40, 1), 73, "UBND xã đề nghị người dân kiểm tra thông tin trên tài khoản dịch vụ công trước khi ký nộp để tránh bị trả hồ sơ.")]):
    rows = series_rows(ROWS, seed, 15, 130)
    tot = sum(int(r[1].replace(".", "")) for r in rows)
    late = sum(int(r[3]) for r in rows)
    blocks = [("p", "Tháng %d/2024, UBND xã Tân Lập tiếp nhận %s hồ sơ thủ tục hành chính, trong đó %s hồ sơ nộp trực tuyến; đã giải quyết đúng hạn %s hồ sơ, trễ hạn %d hồ sơ." % (mon, vn(tot), vn(tot * 2 // 3), vn(tot - late), late)),
              ("img", "/documents/2204/0/motcua-tanlap-t%d.jpg" % mon, "Người dân làm thủ tục tại Bộ phận Một cửa xã"),
              ("p", "Số hồ sơ theo từng bộ phận xử lý:"), ("t", HEAD, rows), ("p", tail), ("p", "Văn phòng - Thống kê xã")]
    ARTS.append((88210 + k, "Xã Tân Lập: kết quả giải quyết TTHC tháng %d/2024" % mon, d, blocks))
ARTS.append((88190, "Tân Lập ra mắt mô hình “Tổ công nghệ số cộng đồng” ấp Thái Dũng", (2024, 1, 17, 15, 20, 2), [
    ("p", "Tổ gồm 9 thành viên là đoàn viên thanh niên và công an viên, có nhiệm vụ hướng dẫn bà con cài đặt ứng dụng VNeID và thanh toán không dùng tiền mặt."),
    ("p", "Chủ tịch UBND xã Điểu Thị Hòa mong các tổ viên kiên trì đến từng nhà, nhất là các hộ đồng bào dân tộc S’tiêng."),
    ("p", "Theo kế hoạch, đến cuối quý II, mỗi ấp của xã sẽ có một tổ công nghệ số cộng đồng.")]))
ARTS.append((88195, "Thu hoạch điều niên vụ 2023 - 2024 đạt năng suất khá", (2024, 3, 22, 9, 0, 4), [
    ("p", "Nông dân xã Tân Lập đang vào cao điểm thu hoạch điều; năng suất bình quân ước đạt 1,4 tấn mỗi ha, cao hơn vụ trước."),
    ("p", "Giá hạt điều tươi tại vườn dao động 28.000 - 31.000 đồng/kg.")]))
ARTS.append((88200, "Xã Tân Lập tăng cường hướng dẫn nộp hồ sơ qua bưu điện", (2024, 2, 20, 14, 10, 1), [
    ("p", "Để giảm việc đi lại của người dân ở các ấp xa trung tâm, UBND xã phối hợp với Bưu điện văn hóa xã nhận và trả hồ sơ tại nhà."),
    ("p", "Người dân chỉ cần gọi điện, nhân viên bưu điện sẽ đến nhận hồ sơ và mang kết quả trả lại tận nơi theo đúng ngày hẹn.")]))
NOTICES = [(88230, "Lịch tiếp công dân của Chủ tịch UBND xã quý II/2024", "/documents/2204/0/lich-tiep-cong-dan-q2.pdf")]


def apath(i):
    return BASE + "?p_p_id=%s&p_p_lifecycle=0&_%s_action=detail&_%s_id=%d" % (PID, PID, PID, i)


def body(blocks):
    o = []
    for b in blocks:
        if b[0] == "p":
            o.append("<p>%s</p>" % esc(b[1]))
        elif b[0] == "t":
            o.append(table_html(b[1], b[2], attrs=' class="table table-bordered"'))
        else:
            o.append('<p style="text-align:center"><img src="%s" alt="" /></p><p style="text-align:center">%s</p>' % (href(b[1]), esc(b[2])))
    return "".join(o)


hot = "".join('<li><a href="%s">%s</a> <span class="date">%02d/%02d/%d</span></li>' % (href(apath(a[0])), esc(a[1]), a[2][2], a[2][1], a[2][0]) for a in ARTS[:4])
for i, t, d, blocks in ARTS:
    main = """<div class="portlet-boundary portlet-dsnews"><h2 class="portlet-title"><span>TIN TỨC</span></h2>
<div class="news-detail"><h3 class="news-detail-title">%s</h3><div class="news-detail-date">%s, %02d/%02d/%d, %02d:%02d</div>
<div class="news-detail-content">%s</div><div class="share-bar"><span>Chia sẻ:</span> <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div></div></div>""" % (
        esc(t), WD[d[5]], d[2], d[1], d[0], d[3], d[4], body(blocks))
    texts = [b[1] for b in blocks if b[0] == "p"]
    tb = [b for b in blocks if b[0] == "t"]
    if tb:
        must = [tb[0][1][0], tb[0][2][2][0], tb[0][2][0][1], ph(texts[-2], 0, 7)]
        extra = cells(tb[0][1], tb[0][2]) + [b[2] for b in blocks if b[0] == "img"]
    else:
        must, extra = [ph(texts[0], 0, 8), ph(texts[1], 0, 6), ph(texts[-1], 1, 8)], []
    P.article(apath(i), shell(t, main, apath(i), hot), t, "%04d-%02d-%02d" % d[:3], texts, must, extra)
for i, t, f in NOTICES:
    P.page(apath(i), shell(t, '<div class="news-detail"><h3 class="news-detail-title">%s</h3><div class="news-detail-content"><p><a href="%s">Tệp đính kèm</a></p></div></div>' % (esc(t), href(f)), apath(i), hot))
items = sorted([(a[0], a[1], a[2], a[3][0][1]) for a in ARTS] + [(n[0], n[1], (2024, 4, 5, 0, 0, 0), "") for n in NOTICES], key=lambda x: x[2], reverse=True)


def lst(L):
    return "".join('<div class="news-item"><a class="title" href="%s">%s</a><span class="date">%02d/%02d/%d</span><p class="sapo">%s</p></div>' % (href(apath(i)), esc(t), d[2], d[1], d[0], esc(s[:150])) for i, t, d, s in L)


pg = '<ul class="lfr-pagination-buttons"><li><a href="%s">Đầu</a></li><li><a href="%s">Tiếp</a></li></ul>' % (href(LIST), href(LIST2))
P.page("/", shell("Trang chủ", '<div class="portlet-boundary"><h2 class="portlet-title">TIN MỚI</h2>%s<a href="%s">Xem thêm</a></div>' % (lst(items[:4]), href(LIST)), hot=hot))
P.page(LIST, shell("Tin tức", lst(items[:4]) + pg, hot=hot))
P.page(LIST2, shell("Tin tức", lst(items[4:]) + pg, hot=hot))
P.page("/web/xa-tan-lap/gioi-thieu", shell("Giới thiệu xã", "<h3>Xã Tân Lập</h3><p>Xã có 8 ấp, diện tích tự nhiên khoảng 9.800 ha.</p><p>Điện thoại UBND xã: 0271.3xxx.xxx</p>", hot=hot))
P.write()
