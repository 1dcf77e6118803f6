"""Portal 1 - SharePoint 2013, Tân Dân templates: huyện Nga Sơn, Thanh Hóa."""
from common import Portal, e, attr, dmy, HOST

P = Portal("ngason_tandan", "Cổng thông tin điện tử huyện Nga Sơn", "Nga Sơn", "Thanh Hóa",
           "SharePoint (Tân Dân)")
SITE_UPPER = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGA SƠN"
TODAY = "Thứ Sáu, ngày 20/12/2024"

ART = [
    dict(path="/portal/Pages/2024-10-8/Ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-9-nam-2024-fq8Lk2.aspx",
         cat="Cải cách hành chính", date="2024-10-08", views=512,
         title="Kết quả giải quyết thủ tục hành chính tháng 9 năm 2024",
         lead="Trong tháng 9/2024, Bộ phận Một cửa huyện và 24 xã, thị trấn tiếp tục duy trì việc tiếp nhận, trả kết quả đúng quy trình, không để phát sinh hồ sơ tồn đọng kéo dài.",
         paras=[
             "Theo báo cáo của Văn phòng HĐND và UBND huyện, trong tháng toàn huyện tiếp nhận 4.318 hồ sơ thủ tục hành chính, trong đó kỳ trước chuyển sang 212 hồ sơ, tiếp nhận mới 4.106 hồ sơ.",
             "Kết quả giải quyết cụ thể tại từng cấp như sau:",
             "Số hồ sơ tiếp nhận trực tuyến đạt 2.977 hồ sơ, chiếm 68,9% tổng số hồ sơ tiếp nhận. Lĩnh vực đất đai vẫn là lĩnh vực có nhiều hồ sơ trễ hạn nhất do phải xác minh nguồn gốc sử dụng đất.",
             "UBND huyện yêu cầu các xã có hồ sơ trễ hạn gửi văn bản xin lỗi công dân theo đúng quy định và khắc phục ngay trong tháng 10.",
             "Minh Châu"],
         table_after=1,
         table=[["Cấp", "Tiếp nhận", "Trước hạn", "Đúng hạn", "Trễ hạn"],
                ["Cấp huyện", "1.206", "884", "301", "9"],
                ["Cấp xã", "3.112", "2.450", "640", "4"],
                ["Tổng cộng", "4.318", "3.334", "941", "13"]],
         table_cell="2.450"),
    dict(path="/portal/Pages/2024-10-31/Ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-10-nam-2024-pQ71ZA.aspx",
         cat="Cải cách hành chính", date="2024-11-01", views=377,
         title="Kết quả giải quyết thủ tục hành chính tháng 10 năm 2024",
         lead="Tháng 10/2024, số hồ sơ thủ tục hành chính nộp qua Cổng Dịch vụ công tiếp tục tăng, tỷ lệ hồ sơ trễ hạn giảm so với tháng trước.",
         paras=[
             "Toàn huyện tiếp nhận 4.052 hồ sơ, đã giải quyết 3.871 hồ sơ, trong đó giải quyết trước hạn 3.120 hồ sơ, đúng hạn 745 hồ sơ, trễ hạn 6 hồ sơ; còn 181 hồ sơ đang trong thời gian giải quyết.",
             "Tỷ lệ hồ sơ nộp trực tuyến đạt 71,4%, tăng 2,5% so với tháng 9. Có 11/24 xã, thị trấn không có hồ sơ trễ hạn, nổi bật là xã Nga Thạch, xã Nga Liên và thị trấn Nga Sơn.",
             "Số hồ sơ tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích là 164 hồ sơ.",
             "Minh Châu"]),
    dict(path="/portal/Pages/2024-12-6/Ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-11-nam-2024-Xc40Ud.aspx",
         cat="Cải cách hành chính", date="2024-12-06", views=98,
         title="Kết quả giải quyết thủ tục hành chính tháng 11 năm 2024",
         lead="Tháng 11/2024 là tháng thứ ba liên tiếp toàn huyện duy trì tỷ lệ giải quyết hồ sơ đúng hạn trên 99%.",
         paras=[
             "Trong tháng, Bộ phận Một cửa các cấp tiếp nhận 3.905 hồ sơ; đã trả kết quả 3.760 hồ sơ, trong đó trước và đúng hạn 3.757 hồ sơ, đạt 99,92%; trễ hạn 3 hồ sơ thuộc lĩnh vực đất đai.",
             "Kết quả đánh giá sự hài lòng của người dân trên hệ thống đạt 98,6%, không có phản ánh, kiến nghị về thái độ phục vụ của công chức.",
             "Kết quả theo từng cấp:",
             "Phòng Nội vụ đề nghị các xã tiếp tục rà soát, số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực để phục vụ người dân.",
             "Minh Châu"],
         table_after=2,
         table=[["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ đúng hạn"],
                ["UBND huyện", "1.087", "1.012", "99,8%"],
                ["UBND các xã, thị trấn", "2.818", "2.748", "99,96%"]],
         table_cell="UBND các xã, thị trấn"),
    dict(path="/portal/Pages/2024-6-14/Nga-Son-xep-thu-7-Chi-so-cai-cach-hanh-chinh-nam-2023-Tw2mBr.aspx",
         cat="Tin tức - Sự kiện", date="2024-06-14", views=1024,
         title="Nga Sơn xếp thứ 7 về Chỉ số cải cách hành chính năm 2023",
         lead="UBND tỉnh vừa công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố.",
         paras=[
             "Theo kết quả công bố, huyện Nga Sơn đạt 86,12 điểm, xếp thứ 7/26 huyện, thị xã, thành phố, tăng 04 bậc so với năm 2022.",
             "Các tiêu chí đạt điểm cao gồm công tác chỉ đạo, điều hành, cải cách thủ tục hành chính và hiện đại hóa nền hành chính. Tiêu chí cải cách tài chính công còn bị trừ điểm do tiến độ giải ngân vốn đầu tư công chậm.",
             "Chủ tịch UBND huyện giao Phòng Nội vụ chủ trì xây dựng kế hoạch khắc phục những tiêu chí bị trừ điểm, phấn đấu năm 2024 nằm trong nhóm 5 đơn vị dẫn đầu."
         ]),
    dict(path="/portal/Pages/2024-11-20/Kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-xa-Nga-Hai-Rb8k1P.aspx",
         cat="Cải cách hành chính", date="2024-11-20", views=61,
         title="Kiểm tra công tác cải cách hành chính tại xã Nga Hải",
         paras=[
             "Ngày 19/11, Đoàn kiểm tra cải cách hành chính của huyện đã làm việc với UBND xã Nga Hải về việc niêm yết thủ tục hành chính và giải quyết hồ sơ tại Bộ phận Một cửa.",
             "Đoàn đề nghị xã bổ sung bảng niêm yết lĩnh vực hộ tịch và cập nhật kịp thời trạng thái hồ sơ trên hệ thống."]),
    dict(path="/portal/Pages/2024-12-18/Ra-quan-ho-tro-nguoi-dan-nuoi-ngao-phong-chong-ret-Yv90Qe.aspx",
         cat="Tin tức - Sự kiện", date="2024-12-18", views=44,
         title="Hỗ trợ người dân vùng bãi ngang chuẩn bị vụ nuôi ngao mới",
         lead="Trạm Khuyến nông huyện phối hợp với xã Nga Tân mở lớp tập huấn kỹ thuật nuôi ngao cho 60 hộ dân.",
         paras=[
             "Tại lớp học, cán bộ kỹ thuật hướng dẫn cách chọn giống, mật độ thả và theo dõi độ mặn của nước trong những ngày nắng nóng xen kẽ mưa lớn.",
             "Nhiều hộ cho biết sẽ chuyển sang thả giống cỡ lớn để giảm hao hụt trong tháng đầu.",
             "Hoàng Yến"],
         img=1, caption="Cán bộ khuyến nông hướng dẫn người dân kiểm tra giống ngao"),
]

OTHER = [(a["title"], a["path"], a["date"]) for a in ART]


def head(title, canon):
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{e(title)}</title>
<link rel="canonical" href="{HOST}{attr(canon)}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/TanDan.Portal/css/tandan-portal.css" />
</head>
<body>
<form method="post" action="{attr(canon)}" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tandan-header">
 <div class="tandan-banner"><img src="/portal/SiteAssets/banner-ngason.jpg" alt="{SITE_UPPER}" /></div>
 <div class="tandan-date-today">{TODAY}</div>
 <div class="tandan-search"><input type="text" title="Tìm kiếm" /><a href="/portal/Pages/Tim-kiem.aspx">Tìm kiếm</a></div>
</div>
<div class="tandan-menu"><ul>
 <li><a href="/">Trang chủ</a></li>
 <li><a href="/portal/Pages/Gioi-thieu-chung.aspx">Giới thiệu</a></li>
 <li><a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li>
 <li><a href="/portal/Pages/Cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></li>
 <li><a href="/portal/Pages/Van-ban-chi-dao-dieu-hanh.aspx">Văn bản</a></li>
 <li><a href="/portal/Pages/Thong-bao.aspx">Thông báo</a></li>
 <li><a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></li>
 <li><a href="/portal/Pages/Dich-vu-cong-truc-tuyen.aspx">Dịch vụ công</a></li>
</ul></div>
<div class="tandan-main"><div class="col-md-9 tandan-left">
"""


def foot():
    return f"""</div>
<div class="col-md-3 tandan-right">
 <div class="tandan-box"><div class="tandan-box-title">Liên kết website</div>
 <select><option>-- Liên kết website --</option><option>Cổng TTĐT tỉnh Thanh Hóa</option></select></div>
 <div class="tandan-box"><div class="tandan-box-title">Thủ tục hành chính</div>
 <ul><li><a href="/portal/Pages/Thu-tuc-hanh-chinh.aspx">Bộ thủ tục hành chính cấp huyện</a></li></ul></div>
</div></div>
<div class="tandan-footer">
 <p><strong>{SITE_UPPER}</strong></p>
 <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Nga Sơn. Địa chỉ: Tiểu khu Ba Đình, thị trấn Nga Sơn, tỉnh Thanh Hóa.</p>
 <p>Điện thoại: 0237.3872.156 - Email: ngason@thanhhoa.gov.vn</p>
 <p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Nga Sơn" khi phát hành lại thông tin từ website này.</p>
 <div class="ms-webpart-zone"><div class="ms-webpart-chrome">
  <span id="ctl00_ctl40_g_7d1e_Label_TruyCap" style="display:none">1562047</span>
  <span id="ctl00_ctl40_g_7d1e_Label_Count" style="display:none">87</span>
  <div class="ThongKeSoLuot"><div class="tk-title">Thống kê truy cập</div>
   <div class="SoLuongOnline"><span>Đang online:</span>""" + "".join(
        f'<div id="slol{i}">{d}</div>' for i, d in enumerate("0000087", 1)) + """</div>
   <div class="SoLuongTruyCap"><span>Lượt truy cập:</span>""" + "".join(
        f'<div id="sltc{i}">{d}</div>' for i, d in enumerate("1562047", 1)) + """</div>
  </div></div></div>
 <a href="#s4-workspace" class="go-top">Về đầu trang</a>
</div>
</div></div></form></body></html>
"""


def article(a):
    title = f"{a['title']} - {SITE_UPPER}"
    y, m, d = a["date"].split("-")
    others = [o for o in OTHER if o[1] != a["path"]]
    other_html = "\n".join(
        f'<li><a href="{attr(p)}">{e(t)}</a> <span class="tandan-date">({dmy(dt)})</span></li>'
        for t, p, dt in others)
    catpage = "/portal/Pages/Cai-cach-hanh-chinh.aspx" if a["cat"] == "Cải cách hành chính" else "/portal/Pages/Tin-tuc-su-kien.aspx"
    img = None
    if a.get("img") is not None:
        img = (a["img"], f'<p><img src="/portal/Photos/{a["date"]}/tap%20huan%20(1).jpg" alt="" /></p>\n<p>{e(a["caption"])}</p>')
    lead = f'<p class="tandan-p-article-news-summary">{e(a["lead"])}</p>' if a.get("lead") else ""
    body = f"""<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{catpage}">{e(a['cat'])}</a> &gt; <span>{e(a['title'])}</span></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Tin chi tiết</span></div>
<div class="tandan-div-article">
<p class="tandan-p-article-news-title">{e(a['title'])}</p>
<div class="tandan-article-info"><span class="tandan-span-date-publish">Đăng ngày {d} - {m} - {y}</span>
<span class="tandan-view">Lượt xem: {a['views']}</span> <span class="tandan-fontsize"><a href="#">A-</a> 100% <a href="#">A+</a></span>
<a href="javascript:window.print()" class="print">In trang</a> <a href="mailto:?subject={attr(a['title'])}" class="email">Gửi email</a></div>
{lead}
<div class="ms-rtestate-field">
{__import__('common').render_body(a, img=img)}
</div>
<div class="td-tags">Từ khóa: <a href="/portal/Pages/Tim-kiem.aspx?k=CCHC">CCHC</a></div>
<div class="tandan-back"><a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="tandan-div-article-other"><div class="tandan-title-other">Các tin đã đưa</div><ul>
{other_html}
</ul></div></div>
"""
    return head(title, a["path"]) + body + foot()


def listing(title, heading, items, path, pager=""):
    lis = []
    for t, p, dt, teaser in items:
        lis.append(f"""<div class="channel-news-item"><div class="channel-news-title"><a href="{attr(p)}">{e(t)}</a></div>
<div class="channel-news-date">({dmy(dt)})</div><div class="channel-news-summary">{e(teaser)}</div></div>""")
    body = f"""<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <span>{e(heading)}</span></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>{e(heading)}</span></div>
{''.join(lis)}
<div class="tandan-pager">{pager}</div></div>
"""
    return head(f"{title} - {SITE_UPPER}", path) + body + foot()


def teaser(a):
    return a.get("lead") or a["paras"][0]


by = {a["path"]: a for a in ART}
cchc = [a for a in ART if a["cat"] == "Cải cách hành chính"]
news = [a for a in ART if a["cat"] != "Cải cách hành chính"]

# home
home_items = "".join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> <span>({dmy(a["date"])})</span></li>' for a in ART)
home = head(f"Trang chủ - {SITE_UPPER}", "/") + f"""<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Tin nổi bật</span></div>
<div class="tandan-hot"><a href="{attr(ART[5]['path'])}">{e(ART[5]['title'])}</a><p>{e(ART[5]['lead'])}</p></div>
<ul class="tandan-list">{home_items}</ul></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Thông báo</span></div>
<ul><li><a href="/portal/Pages/Thong-bao.aspx">Xem tất cả thông báo</a></li>
<li><a href="/portal/Pages/2024-12-2/Thong-bao-lich-tiep-cong-dan-thang-12-nam-2024-Hh62Lm.aspx">Lịch tiếp công dân tháng 12 năm 2024</a></li></ul></div>
""" + foot()
P.add("/", home, "non_article")

# Cải cách hành chính listing, page 1 and 2 (long teasers)
c1 = [(a["title"], a["path"], a["date"], teaser(a)) for a in sorted(cchc, key=lambda x: x["date"], reverse=True)]
P.add("/portal/Pages/Cai-cach-hanh-chinh.aspx",
      listing("Cải cách hành chính", "Cải cách hành chính", c1[:3], "/portal/Pages/Cai-cach-hanh-chinh.aspx",
              '<span>1</span> <a href="/portal/Pages/Cai-cach-hanh-chinh.aspx?PageIndex=2">2</a> <a href="/portal/Pages/Cai-cach-hanh-chinh.aspx?PageIndex=2">Tiếp</a>'),
      "non_article")
P.add("/portal/Pages/Cai-cach-hanh-chinh.aspx?PageIndex=2",
      listing("Cải cách hành chính", "Cải cách hành chính", c1[3:], "/portal/Pages/Cai-cach-hanh-chinh.aspx?PageIndex=2",
              '<a href="/portal/Pages/Cai-cach-hanh-chinh.aspx">1</a> <span>2</span>'),
      "non_article")
# introduction page: prose, no date
intro = head(f"Giới thiệu chung - {SITE_UPPER}", "/portal/Pages/Gioi-thieu-chung.aspx") + """<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <span>Giới thiệu chung</span></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Giới thiệu</span></div>
<div class="ms-rtestate-field">
<p>Nga Sơn là huyện đồng bằng ven biển nằm ở phía Đông Bắc tỉnh Thanh Hóa, phía Bắc giáp tỉnh Ninh Bình, phía Đông giáp biển.</p>
<p>Huyện có 24 đơn vị hành chính cấp xã, gồm 23 xã và thị trấn Nga Sơn. Nghề dệt chiếu cói là nghề truyền thống lâu đời, gắn với tên tuổi của vùng đất này.</p>
<p>Đảng bộ và nhân dân huyện đang tập trung xây dựng nông thôn mới nâng cao, phát triển du lịch gắn với động Từ Thức và khu vực ven biển.</p>
</div></div>
""" + foot()
P.add("/portal/Pages/Gioi-thieu-chung.aspx", intro, "non_article")

contact = head(f"Liên hệ - {SITE_UPPER}", "/portal/Pages/Lien-he.aspx") + """<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <span>Liên hệ</span></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Liên hệ</span></div>
<p>Mọi ý kiến góp ý về nội dung cổng thông tin, xin gửi về Ban biên tập theo địa chỉ dưới đây. Ban biên tập sẽ phản hồi trong thời gian sớm nhất.</p>
<table class="tandan-contact"><tr><td>Họ và tên</td><td><input type="text" /></td></tr>
<tr><td>Nội dung</td><td><textarea></textarea></td></tr></table>
<input type="submit" value="Gửi" /></div>
""" + foot()
P.add("/portal/Pages/Lien-he.aspx", contact, "non_article")

notice = head(f"Lịch tiếp công dân tháng 12 năm 2024 - {SITE_UPPER}", "/portal/Pages/2024-12-2/Thong-bao-lich-tiep-cong-dan-thang-12-nam-2024-Hh62Lm.aspx") + """<div class="tandan-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/portal/Pages/Thong-bao.aspx">Thông báo</a> &gt; <span>Lịch tiếp công dân tháng 12 năm 2024</span></div>
<div class="ms-webpart-chrome"><div class="tandan-title-portlet"><span>Thông báo</span></div>
<p class="tandan-p-article-news-title">Lịch tiếp công dân tháng 12 năm 2024</p>
<div class="tandan-article-info"><span class="tandan-span-date-publish">Đăng ngày 02 - 12 - 2024</span> <span class="tandan-view">Lượt xem: 35</span></div>
<div class="ms-rtestate-field"><p><a href="/portal/VanBan/2024-12/TB%20lich%20tiep%20cong%20dan%20T12.pdf">Tải về tệp đính kèm</a></p></div>
</div>
""" + foot()
P.add("/portal/Pages/2024-12-2/Thong-bao-lich-tiep-cong-dan-thang-12-nam-2024-Hh62Lm.aspx", notice, "non_article")

for a in ART:
    P.add(a["path"], article(a), "article", a)

P.furniture = ["Đang online:", "Lượt truy cập:", "Thống kê truy cập", "Các tin đã đưa", "Tin chi tiết",
               "Về đầu trang", "Ghi rõ nguồn", "Lượt xem:", "Quay lại", "Liên kết website", TODAY]

if __name__ == "__main__":
    P.write()
