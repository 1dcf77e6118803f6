"""Portal 4: DotNetNuke, /Default.aspx?tabid=NN&cateid=&newsid=, Telerik pager (rgPageNext).
Hard cases: counter INSIDE the article container (below the body, wording "Lượt xem bài viết"),
dates in dd-MM-yyyy with time after the text ("Ngày đăng"), print view linked from each article that answers 404,
headline in <span class="Head"> (no h1), welcome marquee banner, closing byline INSIDE the body (is text)."""
from common import Art, e, write_portal
PID = "dnn_phuninh"
META = {"name": "Trang thông tin điện tử huyện Phú Ninh", "district": "Phú Ninh", "province": "Quảng Nam", "platform": "DotNetNuke"}
FURN = ["Chào mừng quý khách đến với Trang thông tin điện tử huyện Phú Ninh", "Lượt xem bài viết:", "Trực tuyến:", "Tổng truy cập:",
        "Bản in", "Trở về", "Các tin khác"]
def P(n): return f"/Default.aspx?tabid=89&cateid=12&newsid={n}"
arts = [
 Art(P(5512), "Phú Ninh: 9 tháng tiếp nhận hơn 7.600 hồ sơ hành chính", "2024-10-14",
     ["Báo cáo của Văn phòng HĐND và UBND huyện nêu rõ, 9 tháng đầu năm 2024 huyện tiếp nhận 7.648 hồ sơ; tồn chuyển từ năm 2023 là 95 hồ sơ.",
      "Đã giải quyết 7.520 hồ sơ (trước hạn 5.091, đúng hạn 2.398, quá hạn 31); đang giải quyết 223 hồ sơ. Hồ sơ trực tuyến chiếm 68,7%, hồ sơ nhận và trả qua bưu chính là 412.",
      "Lĩnh vực đất đai vẫn là nơi phát sinh nhiều hồ sơ quá hạn nhất, với 27/31 trường hợp.",
      "Thanh Bình"]),
 Art(P(5507), "Chỉ số hài lòng của người dân tại 11 xã, thị trấn", "2024-10-03",
     ["UBND huyện vừa công bố kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của UBND các xã, thị trấn năm 2024.",
      ("table", [["Xã, thị trấn", "Số phiếu", "Tỷ lệ hài lòng"], ["Tam Đàn", "120", "96,7%"], ["Tam Thái", "110", "94,5%"], ["Phú Thịnh", "100", "92,0%"], ["Tam Lãnh", "95", "86,3%"]]),
      "Tỷ lệ chung toàn huyện đạt 91,8%, cao hơn năm 2023 là 2,4%.",
      "Minh Quân"]),
 Art(P(5503), "Phú Ninh xếp thứ 6 về Chỉ số cải cách hành chính cấp huyện", "2024-09-25",
     ["Theo Quyết định của UBND tỉnh Quảng Nam, Chỉ số cải cách hành chính năm 2023 của huyện Phú Ninh đạt 86,12%, xếp thứ 6/18 huyện, thị xã, thành phố.",
      "So với năm 2022, huyện tăng 3 bậc nhờ cải thiện tiêu chí hiện đại hóa nền hành chính.",
      "Thanh Bình"]),
 Art(P(5499), "Hồ Phú Ninh vào mùa du lịch sinh thái", "2024-09-18",
     ["Khu du lịch sinh thái hồ Phú Ninh ghi nhận lượng khách tăng mạnh vào cuối tuần, nhiều nhất là các đoàn học sinh dã ngoại.",
      "Đơn vị quản lý đang đầu tư thêm tuyến đường đi bộ ven hồ dài 1,2 km.",
      "Hữu Trí"]),
 Art(P(5494), "Trao 200 suất quà cho học sinh vượt khó", "2024-09-06",
     ["Mỗi suất quà gồm xe đạp hoặc sách vở trị giá từ 500 nghìn đến 2,5 triệu đồng, do các nhà hảo tâm tài trợ.",
      "Minh Quân"]),
 Art(P(5490), "Kiểm tra tiến độ đường ĐH 7 Tam Dân", "2024-08-29",
     ["Tuyến đường dài 3,6 km hiện đạt 70% khối lượng, nhà thầu cam kết thông xe trước Tết Nguyên đán."]),
]
def layout(title, main, canon):
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(title)}</title>
<link rel="canonical" href="http://{{{{HOST}}}}{e(canon)}"></head><body><form name="Form" method="post" action="{e(canon)}" id="Form">
<div id="dnn_Banner"><marquee>Chào mừng quý khách đến với Trang thông tin điện tử huyện Phú Ninh</marquee></div>
<div id="dnn_Menu"><a href="/Default.aspx?tabid=36">Trang chủ</a> | <a href="/Default.aspx?tabid=89&amp;cateid=12">Tin tức</a> | <a href="/Default.aspx?tabid=95">Liên hệ</a> | <a href="/Default.aspx?tabid=102">Dịch vụ công</a></div>
<div id="dnn_ContentPane"><div id="dnn_ctr507_ContentPane" class="DNNModuleContent">{main}</div></div>
<div id="dnn_FooterPane"><table width="100%"><tr><td>UBND HUYỆN PHÚ NINH - Địa chỉ: thị trấn Phú Thịnh, huyện Phú Ninh, tỉnh Quảng Nam</td><td>Trực tuyến: 21<br>Tổng truy cập: 935117</td></tr></table></div></form></body></html>"""
pages = {}
home = '<div class="ModuleTitle">TIN NỔI BẬT</div>' + "".join(f'<p><a href="{e(a.path)}">{e(a.title)}</a></p>' for a in arts[:3]) + '<div class="ModuleTitle">THÔNG BÁO</div><p><a href="/Default.aspx?tabid=91&amp;newsid=301">Thông báo kết quả xét tuyển công chức cấp xã</a></p><p><a href="/Default.aspx?tabid=91&amp;newsid=298">Thông báo lịch trực Tết</a></p><a href="/Default.aspx?tabid=89&amp;cateid=12">Xem tất cả</a>'
pages["/"] = (layout("Trang chủ", home, "/"), "utf-8", 200)
pages["/Default.aspx?tabid=36"] = pages["/"]
L1 = "/Default.aspx?tabid=89&cateid=12"; L2 = "/Default.aspx?tabid=89&cateid=12&page=2"
for path, ch, pg in ((L1, arts[:3], 1), (L2, arts[3:], 2)):
    rows = "".join(f'<tr><td><a href="{e(a.path)}">{e(a.title)}</a> <span class="date">{a.date[8:]}-{a.date[5:7]}-{a.date[:4]}</span></td></tr>' for a in ch)
    pager = f'<div class="rgPager"><a href="{e(L1)}">1</a> <a href="{e(L2)}">2</a> <a class="rgPageNext" href="{e(L2 if pg == 1 else L1)}"></a></div>'
    pages[path] = (layout("Tin tức", f'<span class="Head">TIN TỨC - SỰ KIỆN</span><table class="rgMasterTable">{rows}</table>{pager}', path), "utf-8", 200)
pages["/Default.aspx?tabid=95"] = (layout("Liên hệ", "<span class=\"Head\">LIÊN HỆ</span><p>Văn phòng HĐND và UBND huyện Phú Ninh. Điện thoại: 0235 3xxx xxx. Email: vanphong@phuninh.gov.vn</p>", "/Default.aspx?tabid=95"), "utf-8", 200)
NS = []
for nid, t in ((301, "Thông báo kết quả xét tuyển công chức cấp xã"), (298, "Thông báo lịch trực Tết")):
    p = f"/Default.aspx?tabid=91&newsid={nid}"; NS.append(p)
    pages[p] = (layout(t, f'<span class="Head">{e(t)}</span><br><a href="/Portals/0/VanBan/TB{nid}.doc">File đính kèm</a>', p), "utf-8", 200)
for i, a in enumerate(arts):
    others = "".join(f'<li><a href="{e(b.path)}">{e(b.title)}</a> ({b.date[8:]}-{b.date[5:7]}-{b.date[:4]})</li>' for b in arts if b is not a)
    main = f"""<div class="NewsDetail"><span class="Head">{e(a.title)}</span>
<div id="dnn_ctr507_View_lblContent" class="Normal">{a.body()}</div>
<div class="NewsInfo">Ngày đăng: {a.date[8:]}-{a.date[5:7]}-{a.date[:4]} 14:{20+i:02d} | Lượt xem bài viết: {311+i*47}</div>
<div class="tools"><a href="/Default.aspx?tabid=89&amp;newsid={a.path.split('=')[-1]}&amp;print=1">Bản in</a> <a href="javascript:history.back()">Trở về</a></div>
<div class="OtherNews"><b>Các tin khác</b><ul>{others}</ul></div></div>"""
    pages[a.path] = (layout(a.title, main, a.path), "utf-8", 200)
write_portal(PID, META, pages, arts, NS + ["/Default.aspx?tabid=95"], FURN)
