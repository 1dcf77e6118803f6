"""p8: commune sub-site on a provincial PHP table-layout platform shared by communes
(/<commune>/index.php?mod=news&view=detail&id=). Hard cases: no container class or id anywhere,
digit-per-image-like span counter, headline in <b>, date in parentheses beside it, long teasers,
very short articles, footer in a table."""
from common import Portal, esc, CANON

P = Portal("p8_duclong", "Trang TTĐT xã Đức Long", "Thạch An (xã Đức Long)", "Cao Bằng", "bespoke PHP commune platform (table layout)")
S = "/xaduclong"
ARTS = [
 dict(id=311, title="Xã Đức Long: kết quả tiếp nhận, giải quyết hồ sơ 9 tháng năm 2024", date="2024-09-28",
      paras=["Chín tháng năm 2024, bộ phận một cửa xã Đức Long tiếp nhận 486 hồ sơ, trong đó 301 hồ sơ nộp trực tuyến; tháng 12/2023 chuyển sang 7 hồ sơ.",
             "Xã đã giải quyết 484 hồ sơ: trước hạn 129, đúng hạn 355, không có hồ sơ quá hạn; 9 hồ sơ đang xử lý.",
             "Lĩnh vực hộ tịch chiếm 61% số hồ sơ, chủ yếu là đăng ký khai sinh và chứng thực bản sao.",
             "Nông Văn Tú"],
      must=["trước hạn 129, đúng hạn 355", "301 hồ sơ nộp trực tuyến", "Lĩnh vực hộ tịch chiếm 61%"]),
 dict(id=305, title="Xã tự đánh giá chỉ số cải cách hành chính năm 2024", date="2024-09-10",
      paras=["UBND xã Đức Long đã hoàn thành tự chấm điểm chỉ số cải cách hành chính năm 2024 với tổng điểm 84,5/100.",
             "Kết quả tự chấm theo lĩnh vực:",
             "Xã còn bị trừ điểm ở tiêu chí cập nhật văn bản lên hệ thống quản lý văn bản điều hành."],
      table=[["Lĩnh vực", "Điểm tối đa", "Tự chấm"], ["Cải cách thủ tục hành chính", "20", "18,5"], ["Chuyển đổi số", "15", "11,0"], ["Tài chính công", "10", "9,0"]],
      must=["tổng điểm 84,5/100", "Cải cách thủ tục hành chính", "bị trừ điểm ở tiêu chí cập nhật văn bản"]),
 dict(id=298, title="Thu hoạch hạt dẻ ở xóm Nà Ngần", date="2024-09-02",
      paras=["Cuối tháng 8, bà con xóm Nà Ngần bắt đầu thu hoạch hạt dẻ, năng suất ước đạt 1,2 tấn/ha.",
             "Thương lái mua tại vườn với giá 70.000 đồng/kg hạt tươi."]),
 dict(id=290, title="Họp xóm bàn làm đường bê tông", date="2024-08-17",
      paras=["Xóm Bản Sáng họp bàn đóng góp ngày công làm 600 m đường bê tông."]),
 dict(id=284, title="Tiêm phòng vắc xin cho đàn gia súc", date="2024-08-05",
      paras=["Thú y xã đã tiêm vắc xin lở mồm long móng cho 820 con trâu, bò."]),
]
P.furniture = ["Số người truy cập", "Thống kê", "Tin khác", "Cơ quan thiết lập: UBND xã Đức Long"]


def url(a):
    return "%s/index.php?mod=news&view=detail&id=%d" % (S, a["id"])


def h(u):
    return u.replace("&", "&amp;")


def shell(title, main):
    ctr = "".join("<span>%s</span>" % c for c in "0048213")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head><body bgcolor="#ffffff">'
            '<table width="900" align="center" border="0"><tr><td colspan="2"><img src="/xaduclong/images/top.jpg"></td></tr>'
            '<tr><td colspan="2" bgcolor="#0b5da8"><a href="/">Trang chủ</a> &nbsp; <a href="%s">Tin tức</a> &nbsp; <a href="%s/index.php?mod=page&amp;id=1">Giới thiệu</a> &nbsp; <a href="%s/index.php?mod=vanban">Văn bản</a></td></tr>'
            '<tr><td width="180" valign="top"><b>Thống kê</b><br>Số người truy cập<br>%s</td><td valign="top">%s</td></tr>'
            '<tr><td colspan="2" align="center"><font size="1">Cơ quan thiết lập: UBND xã Đức Long, huyện Thạch An, tỉnh Cao Bằng</font></td></tr></table></body></html>'
            % (esc(title), h(S + "/index.php?mod=news"), S, S, ctr, main))


def article(a, i):
    body = ""
    for k, p in enumerate(a["paras"]):
        body += "<p>%s</p>" % esc(p)
        if a.get("table") and k == 1:
            body += '<table border="1">' + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in a["table"]) + "</table>"
    d = a["date"]
    other = "".join('<a href="%s">%s</a> (%s)<br>' % (h(url(b)), esc(b["title"]), "/".join(reversed(b["date"].split("-")))) for b in ARTS if b is not a)
    return '<b><font size="3">%s</font></b> <i>(%s/%s/%s)</i><br>%s<hr><b>Tin khác</b><br>%s' % (esc(a["title"]), d[8:], d[5:7], d[:4], body, other)


def teaser(a):
    return '<p><a href="%s"><b>%s</b></a><br>%s</p>' % (h(url(a)), esc(a["title"]), esc(" ".join(a["paras"])))


L = S + "/index.php?mod=news"
TB = S + "/index.php?mod=vanban&id=41"
P.add("/", shell("Xã Đức Long", "".join(teaser(a) for a in ARTS[:2]) + '<p><a href="%s">Thông báo niêm yết danh sách hộ nghèo năm 2024</a></p><a href="%s">Xem thêm tin</a>' % (h(TB), h(L))))
P.add(L, shell("Tin tức", "".join(teaser(a) for a in ARTS[:3]) + '<a href="%s">Trang 2</a>' % h(L + "&page=2")))
P.add(L + "&page=2", shell("Tin tức", "".join(teaser(a) for a in ARTS[3:]) + '<a href="%s">Trang 1</a>' % h(L)))
for i, a in enumerate(ARTS):
    P.add(url(a), shell(a["title"], article(a, i)))
    P.gold_article(url(a), a)
P.add(TB, shell("Văn bản", '<b>Thông báo niêm yết danh sách hộ nghèo năm 2024</b><br><a href="/xaduclong/files/tb41.pdf">Tải về</a>'))
P.add(S + "/index.php?mod=page&id=1", shell("Giới thiệu", "<b>Giới thiệu xã Đức Long</b><p>Xã có 8 xóm, dân số khoảng 3.100 người, chủ yếu là người Tày, Nùng.</p>"))
P.non_articles = [TB, S + "/index.php?mod=page&id=1"]
P.write()
