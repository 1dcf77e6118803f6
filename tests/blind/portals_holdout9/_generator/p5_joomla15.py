"""Portal 5: Joomla 1.5, index.php?option=com_content&task=view&id=N&Itemid=M.
Hard cases: whole page in NFD (decomposed) Unicode, left-column "Ai đang online" + English stats BEFORE the content,
header shows today's date while articles have no date of their own (published null) except one with
date only in the URL-free "Cập nhật" modified line, headline in td.contentheading (not h1), PDF/print/email icons."""
import unicodedata
from common import Art, e, write_portal
PID = "jm_maichau_xa"
META = {"name": "Trang thông tin điện tử xã Chiềng Châu (huyện Mai Châu)", "district": "Mai Châu", "province": "Hòa Bình", "platform": "Joomla 1.5"}
FURN = ["Ai đang online", "khách và không thành viên đang online", "Thống kê truy cập", "Yesterday", "Last Month", "All days", "Your IP:",
        "Hôm nay là"]
def P(i): return f"/index.php?option=com_content&task=view&id={i}&Itemid=27"
arts = [
 Art(P(418), "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm", None,
     ["Bộ phận tiếp nhận và trả kết quả xã Chiềng Châu tiếp nhận 642 hồ sơ trong 6 tháng đầu năm, không có hồ sơ tồn từ kỳ trước.",
      "Đã giải quyết 631 hồ sơ, trong đó trước hạn 402, đúng hạn 229, không có hồ sơ trễ hạn; 11 hồ sơ đang trong hạn giải quyết.",
      "Có 388 hồ sơ được nộp trực tuyến, đạt 60,4%, chủ yếu là chứng thực và hộ tịch."]),
 Art(P(415), "Xã Chiềng Châu đạt 88,5 điểm cải cách hành chính", "2024-07-02",
     ["Năm 2023, xã tự chấm 91 điểm, sau thẩm định của huyện đạt 88,5 điểm, xếp thứ 3/15 xã, thị trấn của huyện Mai Châu.",
      ("table", [["Lĩnh vực", "Điểm tối đa", "Điểm đạt"], ["Công tác chỉ đạo, điều hành", "12", "11,5"], ["Cải cách thủ tục hành chính", "14", "12,75"], ["Hiện đại hóa hành chính", "13", "10,25"]]),
      "Tiêu chí hiện đại hóa hành chính bị trừ điểm nhiều nhất do tỷ lệ thanh toán trực tuyến thấp."]),
 Art(P(411), "Bản Lác đón đoàn khách Pháp", None,
     ["Đoàn gồm 24 khách lưu trú hai đêm tại các nhà sàn homestay của bản Lác, tham gia dệt thổ cẩm và nấu cơm lam.",
      "Chị Hà Thị Vân, chủ một homestay, cho biết lượng khách quốc tế đã trở lại như trước dịch."]),
 Art(P(408), "Tiêm vắc xin phòng bệnh cho đàn trâu bò", None,
     ["Đợt tiêm vụ thu tiến hành tại 9 bản, dự kiến tiêm cho khoảng 1.100 con trâu, bò.",
      "Thú y viên các bản sẽ thông báo lịch cụ thể đến từng hộ."]),
 Art(P(404), "Họp dân bản Pom Coọng bàn làm đường nội đồng", None,
     ["Người dân thống nhất hiến đất và đóng góp ngày công để làm 800 m đường bê tông nội đồng."]),
]
def layout(title, main):
    left = """<td width="190" valign="top" class="left"><div class="moduletable"><h3>Ai đang online</h3>Đang có 9 khách và không thành viên đang online</div>
<div class="moduletable"><h3>Thống kê truy cập</h3><table><tr><td>Today</td><td>88</td></tr><tr><td>Yesterday</td><td>131</td></tr><tr><td>Last Month</td><td>3904</td></tr><tr><td>All days</td><td>402287</td></tr></table>Your IP: 10.0.0.5<br>2024-11-20 08:01</div></td>"""
    h = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><title>{e(title)}</title></head>
<body><table width="960" align="center"><tr><td colspan="2" class="header"><img src="/templates/chiengchau/images/banner.jpg" alt="">
<div class="today">Hôm nay là: Thứ Tư, 20/11/2024</div></td></tr>
<tr><td colspan="2" class="mainmenu"><a href="/">Trang chủ</a> <a href="/index.php?option=com_content&amp;task=category&amp;sectionid=3&amp;id=9&amp;Itemid=27">Tin tức</a> <a href="/index.php?option=com_content&amp;task=view&amp;id=12&amp;Itemid=30">Giới thiệu</a></td></tr>
<tr>{left}<td valign="top">{main}</td></tr><tr><td colspan="2" class="footer">UBND xã Chiềng Châu - huyện Mai Châu - tỉnh Hòa Bình</td></tr></table></body></html>"""
    return unicodedata.normalize("NFD", h)
pages = {}
home = '<table class="blog">' + "".join(f'<tr><td class="contentheading"><a href="{e(a.path)}">{e(a.title)}</a></td></tr><tr><td>{e(a.paras[0][:90])}…</td></tr>' for a in arts[:3]) + '</table><h3>Thông báo</h3><a href="/index.php?option=com_content&amp;task=view&amp;id=420&amp;Itemid=31">Thông báo thu thuế sử dụng đất phi nông nghiệp</a>'
pages["/"] = (layout("Trang chủ", home), "utf-8", 200)
L1 = "/index.php?option=com_content&task=category&sectionid=3&id=9&Itemid=27"; L2 = L1 + "&limit=3&limitstart=3"
for path, ch in ((L1, arts[:3]), (L2, arts[3:])):
    rows = "".join(f'<tr class="sectiontableentry1"><td><a href="{e(a.path)}">{e(a.title)}</a></td></tr>' for a in ch)
    pages[path] = (layout("Tin tức", f'<div class="componentheading">Tin tức</div><table>{rows}</table><div class="pagination"><a href="{e(L1)}">1</a> <a href="{e(L2)}">2</a></div>'), "utf-8", 200)
IN = "/index.php?option=com_content&task=view&id=12&Itemid=30"
pages[IN] = (layout("Giới thiệu", '<table class="contentpaneopen"><tr><td class="contentheading">Giới thiệu xã Chiềng Châu</td></tr><tr><td>Xã có 9 bản, dân tộc Thái chiếm đa số. Điện thoại: 0218 3867 xxx.</td></tr></table>'), "utf-8", 200)
N = "/index.php?option=com_content&task=view&id=420&Itemid=31"
pages[N] = (layout("Thông báo", '<table class="contentpaneopen"><tr><td class="contentheading">Thông báo thu thuế sử dụng đất phi nông nghiệp</td></tr><tr><td><a href="/images/stories/tb420.pdf">tb420.pdf</a></td></tr></table>'), "utf-8", 200)
for a in arts:
    mod = f'<tr><td class="modifydate">Cập nhật ( {a.date[8:]}/{a.date[5:7]}/{a.date[:4]} )</td></tr>' if a.date else ""
    main = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{e(a.title)}</td>
<td class="buttonheading"><a href="/index2.php?option=com_content&amp;do_pdf=1&amp;id={a.path.split('id=')[1].split('&')[0]}" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF"></a></td></tr>
<tr><td valign="top" colspan="2">{a.body()}</td></tr>{mod}</table>"""
    pages[a.path] = (layout(a.title, main), "utf-8", 200)
write_portal(PID, META, pages, arts, [N, IN], FURN)
