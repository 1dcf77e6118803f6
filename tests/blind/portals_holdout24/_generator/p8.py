"""Portal 8 - DotNetNuke (DNN 7 skin, news module, Telerik pager): huyện Tiên Yên, Quảng Ninh."""
from common import Portal, e, attr, dmy, weekday, render_body, HOST

P = Portal("tienyen_dnn", "Cổng thông tin điện tử huyện Tiên Yên", "Tiên Yên", "Quảng Ninh", "DotNetNuke")
SITE = "Cổng thông tin điện tử huyện Tiên Yên"
TODAY = "Thứ Sáu, 20/12/2024"

ART = [
    dict(id=2231, date="2024-12-11", time="09:34",
         title="Tiên Yên: 100% hồ sơ thủ tục hành chính cấp huyện được giải quyết đúng hạn",
         lead="Năm 2024, Trung tâm Phục vụ hành chính công huyện Tiên Yên không để xảy ra hồ sơ trễ hạn.",
         paras=[
             "Từ ngày 01/01 đến ngày 30/11/2024, Trung tâm tiếp nhận 3.967 hồ sơ, trong đó tiếp nhận mới 3.902 hồ sơ, từ kỳ trước chuyển qua 65 hồ sơ.",
             "Trung tâm đã giải quyết 3.881 hồ sơ, trong đó trước hạn 3.514 hồ sơ, đúng hạn 367 hồ sơ, không có hồ sơ quá hạn; 86 hồ sơ đang giải quyết.",
             "Số hồ sơ tiếp nhận trực tuyến là 3.561 hồ sơ, đạt 89,8%.",
             "Thu Hương (Trung tâm TT-VH huyện)"]),
    dict(id=2198, date="2024-11-18", time="14:20",
         title="Kết quả đo lường sự hài lòng của người dân 10 tháng năm 2024",
         lead="Qua hệ thống đánh giá điện tử, mức độ hài lòng của người dân đối với Trung tâm Phục vụ hành chính công huyện đạt 99,12%.",
         paras=[
             "Trong 10 tháng, hệ thống ghi nhận 2.876 lượt đánh giá, trong đó 2.851 lượt rất hài lòng và hài lòng, 25 lượt chưa hài lòng.",
             "Kết quả theo từng xã:",
             "Các ý kiến chưa hài lòng chủ yếu liên quan đến thời gian chờ cấp giấy chứng nhận quyền sử dụng đất.",
             "Thu Hương"],
         table_after=1,
         table=[["Đơn vị", "Lượt đánh giá", "Tỷ lệ hài lòng"],
                ["Thị trấn Tiên Yên", "612", "99,5%"],
                ["Xã Đông Ngũ", "308", "98,7%"],
                ["Xã Hải Lạng", "254", "99,2%"],
                ["Xã Đồng Rui", "117", "97,4%"]],
         table_cell="Xã Đồng Rui"),
    dict(id=2175, date="2024-10-30", time="08:05",
         title="Tiên Yên giữ vững vị trí trong nhóm dẫn đầu Chỉ số DDCI",
         lead="",
         paras=[
             "Tại hội nghị công bố Bộ chỉ số đánh giá năng lực cạnh tranh các sở, ngành và địa phương (DDCI) tỉnh Quảng Ninh năm 2023, huyện Tiên Yên đạt 84,93 điểm, xếp thứ 4/13 địa phương.",
             "Chỉ số thành phần về tính minh bạch và tiếp cận thông tin của huyện tăng mạnh so với năm trước.",
             "Huyện đặt mục tiêu năm 2024 vào nhóm 3 địa phương dẫn đầu."]),
    dict(id=2160, date="2024-10-16", time="16:40",
         title="Thanh tra công vụ tại 3 xã vùng cao",
         lead="",
         paras=[
             "Đoàn thanh tra công vụ của huyện vừa làm việc tại các xã Hà Lâu, Điền Xá và Yên Than.",
             "Đoàn yêu cầu các xã khắc phục tình trạng hồ sơ một cửa lưu trữ chưa khoa học, số hóa kết quả giải quyết còn chậm."]),
    dict(id=2244, date="2024-12-17", time="10:10",
         title="Khai mạc Hội chợ sản phẩm OCOP huyện Tiên Yên",
         lead="Tối 16/12, tại quảng trường trung tâm thị trấn Tiên Yên, UBND huyện khai mạc Hội chợ sản phẩm OCOP năm 2024.",
         paras=[
             "Hội chợ có 80 gian hàng giới thiệu gà Tiên Yên, miến dong Bình Liêu, chè Đường Hoa và nhiều đặc sản vùng Đông Bắc.",
             "Hội chợ kéo dài đến hết ngày 20/12."]),
]
for a in ART:
    a["path"] = f"/Default.aspx?tabid=90&cateid=546&NewsID={a['id']}"
    if not a["lead"]:
        a.pop("lead")
L1 = "/Default.aspx?tabid=89&cateid=546"
L2 = "/Default.aspx?tabid=89&cateid=546&page=2"


def page(tabtitle, canon, pane):
    return f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{e(tabtitle)}</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link rel="canonical" href="{HOST}{attr(canon)}" />
<link href="/Portals/_default/Skins/TienYen/skin.css" type="text/css" rel="stylesheet" /></head>
<body id="Body"><form method="post" action="{attr(canon)}" id="Form">
<div id="dnn_wrapper"><div class="header"><div class="date-now">{TODAY}</div>
<a id="dnn_dnnLOGO_hypLogo" href="/"><img src="/Portals/0/banner-tienyen.png" alt="{SITE}" /></a></div>
<div id="dnn_dnnNAV_ctldnnNAV" class="mainmenu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/Default.aspx?tabid=60">Giới thiệu</a></li>
<li><a href="{attr(L1)}">Tin tức - Sự kiện</a></li><li><a href="/Default.aspx?tabid=120">Văn bản</a></li>
<li><a href="/Default.aspx?tabid=77">Liên hệ</a></li></ul></div>
<div class="content-wrap"><div id="dnn_LeftPane" class="LeftPane">
<div class="c_container"><h2 class="c_title"><span id="dnn_ctr412_dnnTITLE_titleLabel" class="Head">Liên kết</span></h2>
<ul><li><a href="/Default.aspx?tabid=150">Dịch vụ công trực tuyến</a></li></ul></div></div>
<div id="dnn_ContentPane" class="ContentPane">
{pane}
</div></div>
<div class="footer"><p>Bản quyền © 2024 thuộc UBND huyện Tiên Yên</p>
<p>Địa chỉ: Phố Thống Nhất, thị trấn Tiên Yên, huyện Tiên Yên, tỉnh Quảng Ninh. Điện thoại: 0203.3876.118</p>
<p>Ghi rõ nguồn "Cổng TTĐT huyện Tiên Yên" khi phát hành lại thông tin từ cổng này.</p></div></div>
</form></body></html>"""


def counter():
    return """<div class="DnnModule DnnModule-Counter"><div class="thongke"><span class="tk-title">Thống kê truy cập</span>
<span class="tk-row">Đang online: <b>19</b></span> <span class="tk-row">Hôm nay: <b>1.326</b></span> <span class="tk-row">Tổng lượt truy cập: <b>4.771.092</b></span></div></div>"""


def article(a):
    w = weekday(a["date"]).replace("Thứ ", "Thứ ")
    others = [x for x in sorted(ART, key=lambda x: x["date"], reverse=True) if x is not a]
    lead = f'<div class="news-sapo"><b>{e(a["lead"])}</b></div>' if a.get("lead") else ""
    pane = f"""<div class="DnnModule DnnModule-TinTuc DnnModule-507"><a name="507"></a>
<div class="c_container"><h2 class="c_title"><span id="dnn_ctr507_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></h2>
<div id="dnn_ctr507_ContentPane" class="news-detail-wrap">
<div class="news-date"><span id="dnn_ctr507_ViewNews_lblDate">{w}, {dmy(a['date'])}, {a['time']}</span></div>
<span id="dnn_ctr507_ViewNews_lblTitle" class="news-title">{e(a['title'])}</span>
<div class="news-tools"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=">Gửi bài</a> | <a href="#" class="fontsize">A+</a> <a href="#" class="fontsize">A-</a></div>
{lead}
<div id="dnn_ctr507_ViewNews_divContent" class="news-content">
{render_body(a)}
</div>
{counter()}
<div class="news-other"><div class="news-other-title">Tin khác</div><ul>
{''.join(f'<li><a href="{attr(x["path"])}">{e(x["title"])}</a> <span>({dmy(x["date"])})</span></li>' for x in others)}</ul></div>
<div class="back-top"><a href="javascript:history.back()">Quay lại</a> <a href="#Body">Lên đầu trang</a></div>
</div></div></div>"""
    return page(f"{SITE} > Tin tức - Sự kiện > Chi tiết tin", a["path"], pane)


def listing(items, canon, pagerhtml):
    rows = "".join(f"""<tr class="rgRow"><td><a href="{attr(a['path'])}" class="news-list-title">{e(a['title'])}</a> <span class="news-list-date">{dmy(a['date'])}</span>
<div class="news-list-sapo">{e(a.get('lead') or a['paras'][0])}</div></td></tr>""" for a in items)
    pane = f"""<div class="DnnModule DnnModule-TinTuc DnnModule-506"><div class="c_container"><h2 class="c_title"><span class="Head">Tin tức - Sự kiện</span></h2>
<div id="dnn_ctr506_ListNews_grdNews" class="RadGrid RadGrid_Default"><table class="rgMasterTable"><tbody>{rows}</tbody>
<tfoot><tr class="rgPager"><td><div class="rgWrap rgNumPart">{pagerhtml}</div></td></tr></tfoot></table></div></div></div>"""
    return page(f"{SITE} > Tin tức - Sự kiện", canon, pane)


srt = sorted(ART, key=lambda x: x["date"], reverse=True)
P.add("/", page(f"{SITE} > Trang chủ", "/", f"""<div class="DnnModule"><div class="c_container"><h2 class="c_title"><span class="Head">Tin mới</span></h2><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> ({dmy(a["date"])})</li>' for a in srt)}</ul></div></div>
<div class="DnnModule"><div class="c_container"><h2 class="c_title"><span class="Head">Văn bản mới</span></h2><ul>
<li><a href="/Default.aspx?tabid=121&amp;docid=733">Quyết định công bố danh mục thủ tục hành chính cấp xã</a></li></ul></div></div>"""), "non_article")
P.add(L1, listing(srt[:3], L1, f'<a class="rgCurrentPage"><span>1</span></a><a href="{attr(L2)}"><span>2</span></a><a class="rgPageNext" href="{attr(L2)}" title="Trang sau"></a>'), "non_article")
P.add(L2, listing(srt[3:], L2, f'<a class="rgPagePrev" href="{attr(L1)}" title="Trang trước"></a><a href="{attr(L1)}"><span>1</span></a><a class="rgCurrentPage"><span>2</span></a>'), "non_article")
DOC = "/Default.aspx?tabid=121&docid=733"
P.add(DOC, page(f"{SITE} > Văn bản > Chi tiết văn bản", DOC, """<div class="DnnModule"><div class="c_container"><h2 class="c_title"><span class="Head">Văn bản</span></h2>
<span class="doc-title">Quyết định công bố danh mục thủ tục hành chính cấp xã</span>
<p><a href="/Portals/0/VanBan/2024/QD%203104.pdf">Tải văn bản</a></p></div></div>"""), "non_article")
P.add("/Default.aspx?tabid=60", page(f"{SITE} > Giới thiệu", "/Default.aspx?tabid=60", """<div class="DnnModule"><div class="c_container"><h2 class="c_title"><span class="Head">Giới thiệu</span></h2>
<div class="Normal"><p>Tiên Yên là huyện miền núi ven biển ở phía Đông Bắc tỉnh Quảng Ninh, nằm ở ngã ba giao thông nối Hạ Long với Móng Cái và Lạng Sơn.</p>
<p>Huyện nổi tiếng với giống gà Tiên Yên, những cánh rừng ngập mặn ven sông và chợ phiên của đồng bào Dao, Tày, Sán Chỉ.</p></div></div></div>"""), "non_article")
P.add("/Default.aspx?tabid=77", page(f"{SITE} > Liên hệ", "/Default.aspx?tabid=77", """<div class="DnnModule"><div class="c_container"><h2 class="c_title"><span class="Head">Liên hệ</span></h2>
<div class="Normal"><p>Ban biên tập Cổng thông tin điện tử huyện Tiên Yên. Mọi thông tin xin gửi về hộp thư ubndtienyen@quangninh.gov.vn hoặc theo số điện thoại 0203.3876.118.</p></div></div></div>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)
P.furniture = ["Thống kê truy cập", "Đang online:", "Tổng lượt truy cập", "Tin khác", "Lên đầu trang", "Quay lại",
               "Gửi bài", "Liên kết", TODAY]
if __name__ == "__main__":
    P.write()
