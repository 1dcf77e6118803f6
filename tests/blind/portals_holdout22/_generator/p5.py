"""p5: Joomla 1.5 district portal; huyện Lạc Sơn, Hòa Bình.
Hard cases: left column with 'Ai đang online' and an English-label counter BEFORE the content,
headline in td.contentheading (no h1), date with weekday in td.createdate, 'Cập nhật lần cuối'
stamp after the text, blog-category listing printing the whole intro paragraph, dead print
link (index2.php ... pop=1 answers 404), quarterly series by commune."""
from common import *

P = Portal("p5_lacson_joomla15", "Cổng thông tin điện tử huyện Lạc Sơn", "Lạc Sơn", "Hòa Bình", "Joomla 1.5")
V = "/index.php?option=com_content&task=view&id={}&Itemid=58"
BLOG = "/index.php?option=com_content&task=blogcategory&id=12&Itemid=58"
BLOG2 = BLOG + "&limitstart=4"
COM = ["Thị trấn Vụ Bản", "Xã Ân Nghĩa", "Xã Yên Nghiệp", "Xã Tân Lập", "Xã Nhân Nghĩa", "Xã Quý Hòa"]
HDR = ["Đơn vị", "Tổng hồ sơ", "Đúng hạn", "Trễ hạn"]
FIG = [[(277, 270, 7), (143, 143, 0), (98, 96, 2), (131, 131, 0), (87, 85, 2), (64, 64, 0)],
       [(301, 298, 3), (150, 149, 1), (112, 112, 0), (126, 126, 0), (93, 92, 1), (70, 70, 0)],
       [(322, 321, 1), (161, 161, 0), (105, 105, 0), (140, 139, 1), (99, 99, 0), (81, 81, 0)]]
MON = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def jdate(iso, t):
    y, m, d = iso.split("-")
    return f"{weekday(iso)}, {int(d):02d} {MON[int(m)-1]} {y} {t}"

arts = []
for i, (q, d) in enumerate([("quý I", "2025-04-15"), ("6 tháng đầu năm", "2025-07-14"), ("9 tháng", "2025-10-13")]):
    rows = FIG[i]
    tot = sum(r[0] for r in rows)
    arts.append(dict(id=245 + i * 11, date=d, time="08:30",
        title=f"Lạc Sơn: tình hình giải quyết thủ tục hành chính cấp xã {q} năm 2025",
        lead=None,
        paras=[f"Báo cáo {q} năm 2025 của UBND huyện cho biết sáu xã, thị trấn trọng điểm đã giải quyết {tot} hồ sơ, phần lớn thuộc lĩnh vực hộ tịch, chứng thực và đất đai.",
               "Bảng tổng hợp theo đơn vị:",
               series_table(HDR, COM, rows),
               f"Số hồ sơ nộp qua mạng đạt {28 + i * 7}%, tiếp nhận qua bưu chính {6 + i} hồ sơ. Huyện yêu cầu các xã có hồ sơ trễ hạn làm rõ nguyên nhân và trách nhiệm cá nhân."],
        must=[HDR[3 - i], COM[3 + i % 3], str(rows[3 + i % 3][0]), f"giải quyết {tot} hồ sơ"]))
arts.append(dict(id=281, date="2025-03-06", time="15:10",
    title="Huyện Lạc Sơn công bố Chỉ số hài lòng SIPAS năm 2024",
    lead=None,
    paras=["Kết quả khảo sát 600 phiếu cho thấy Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện năm 2024 đạt 87,6%.",
           "Người dân đánh giá cao thái độ của công chức tiếp nhận, nhưng còn phàn nàn về thời gian chờ trả kết quả đất đai.",
           "Bùi Văn Hưởng"],
    must=["600 phiếu", "đạt 87,6%", "Bùi Văn Hưởng"]))
arts.append(dict(id=290, date="2025-09-01", time="07:15",
    title="Lễ hội Khai hạ mường Vang được công nhận di sản",
    lead=None,
    paras=["Lễ hội Khai hạ của người Mường ở Lạc Sơn được đưa vào danh mục di sản văn hóa phi vật thể quốc gia.",
           "Lễ hội diễn ra vào mùng 7 tháng Giêng, gồm phần lễ cúng thần linh và nhiều trò chơi dân gian."],
    must=["người Mường", "mùng 7 tháng Giêng", "trò chơi dân gian"]))
arts.append(dict(id=296, date="2025-11-18", time="10:00",
    title="Xã Quý Hòa nghiệm thu đường điện chiếu sáng",
    lead=None,
    paras=["Tuyến chiếu sáng dài 3,2 km do nhân dân và doanh nghiệp đóng góp đã được nghiệm thu đưa vào sử dụng."],
    must=["dài 3,2 km", "nghiệm thu", "doanh nghiệp đóng góp"]))

FURN = ["Ai đang online", "Đang có 9 khách và không thành viên đang online", "Thống kê truy cập", "Yesterday", "This Week",
        "Last Month", "All days", "Your IP", "Cập nhật lần cuối", "Đọc tiếp...", "Trang chủ"]
CNT = [("Today", "512"), ("Yesterday", "1408"), ("This Week", "3920"), ("Last Week", "9114"), ("This Month", "20033"),
       ("Last Month", "41870"), ("All days", "2290417")]


def shell(title, main):
    cnt = "".join(f"<div>{l} {v}</div>" for l, v in CNT)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd"><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(title)}</title></head><body>
<table width="980" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/templates/lacson/images/banner.jpg" alt="" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">Trang chủ</a> | <a href="{esc(BLOG)}">Tin tức</a> | <a href="/index.php?option=com_content&amp;task=view&amp;id=3&amp;Itemid=2">Giới thiệu</a> | <a href="/index.php?option=com_contact&amp;Itemid=9">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="left"><div class="moduletable"><h3>Ai đang online</h3>Đang có 9 khách và không thành viên đang online</div>
<div class="moduletable"><h3>Thống kê truy cập</h3>{cnt}<div>Your IP: 10.0.0.7</div><div>2025-12-05 08:02</div></div></td>
<td valign="top" class="main">{main}</td></tr>
<tr><td colspan="2" class="footer">UBND huyện Lạc Sơn - Thị trấn Vụ Bản, tỉnh Hòa Bình</td></tr></table></body></html>"""


def vurl(a):
    return V.format(a["id"])


for a in arts:
    main = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a['title'])}</td>
<td class="buttonheading"><a href="{esc('/index2.php?option=com_content&task=view&id=%d&pop=1&page=0&Itemid=58' % a['id'])}"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td class="createdate">{jdate(a['date'], a['time'])}</td></tr>
<tr><td valign="top">{body_html(a)}</td></tr><tr><td class="modifydate">Cập nhật lần cuối ( {jdate(a['date'], '17:45')} )</td></tr></table>"""
    P.page(vurl(a), shell(a["title"], main), article=a)

newest = sorted(arts, key=lambda a: a["date"], reverse=True)
blog = lambda a: (f'<table class="contentpaneopen"><tr><td class="contentheading"><a href="{esc(vurl(a))}" class="contentpagetitle">{esc(a["title"])}</a></td></tr>'
                  f'<tr><td class="createdate">{jdate(a["date"], a["time"])}</td></tr><tr><td><p>{esc(a["paras"][0])}</p></td></tr>'
                  f'<tr><td><a href="{esc(vurl(a))}" class="readon">Đọc tiếp...</a></td></tr></table>')
notice = V.format(300)
P.page(BLOG, shell("Tin tức", f'<div class="componentheading">Tin tức</div><table class="contentpaneopen"><tr><td class="contentheading"><a href="{esc(notice)}">Thông báo kết quả xét tuyển công chức cấp xã</a></td></tr></table>' +
       "".join(blog(a) for a in newest[:4]) + f'<div class="pagination"><a href="{esc(BLOG2)}">Sau</a></div>'), kind="non")
P.page(BLOG2, shell("Tin tức", '<div class="componentheading">Tin tức</div>' + "".join(blog(a) for a in newest[4:]) +
       f'<div class="pagination"><a href="{esc(BLOG)}">Đầu</a></div>'), kind="non")
P.page(notice, shell("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo kết quả xét tuyển công chức cấp xã</td></tr>'
       '<tr><td><a href="/images/stories/tb-xet-tuyen-2025.doc">Tải tệp đính kèm</a></td></tr></table>'), kind="non")
P.page("/index.php?option=com_content&task=view&id=3&Itemid=2", shell("Giới thiệu", '<div class="contentheading">Giới thiệu huyện Lạc Sơn</div><p>Lạc Sơn là huyện vùng cao phía nam tỉnh Hòa Bình, đa số dân cư là người Mường.</p>'), kind="non")
P.page("/", shell("Trang chủ", "".join(blog(a) for a in newest[:2])), kind="non")
P.build(FURN)
