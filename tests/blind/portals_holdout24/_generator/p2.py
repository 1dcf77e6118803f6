"""Portal 2 - Liferay 6.1 Bkav "portal_egov" suite: huyện Đắk Hà, Kon Tum."""
from common import Portal, e, attr, dmy, weekday, render_body, HOST

P = Portal("dakha_bkav", "Cổng thông tin điện tử huyện Đắk Hà", "Đắk Hà", "Kon Tum",
           "Liferay 6.1 (Bkav egov)")
SITE = "Cổng thông tin điện tử huyện Đắk Hà"
TODAY_LINE = "Thứ Sáu, 20/12/2024"
INST = "Xk9aT2bQ"
BASE = "/web/guest/tin-tuc-su-kien/-/asset_publisher/" + INST + "/content/"


def bkav_weekday(d):
    w = weekday(d)
    return {"Thứ Bảy": "Thứ Bẩy"}.get(w, w)


ART = [
    dict(slug="ak-ha-cong-bo-ket-qua-chi-so-par-index-va-sipas-nam-2023",
         cat="Cải cách hành chính", date="2024-05-25", time="15:42",
         title="Đắk Hà công bố kết quả Chỉ số PAR INDEX và SIPAS năm 2023",
         lead="Sáng 24/5, UBND huyện tổ chức hội nghị thông tin kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức năm 2023.",
         paras=[
             "Theo Quyết định của UBND tỉnh, Chỉ số cải cách hành chính năm 2023 của huyện Đắk Hà đạt 84,37%, xếp thứ 3/10 huyện, thành phố, giữ nguyên thứ hạng so với năm trước.",
             "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của huyện đạt 87,15%, cao hơn mức bình quân của khối huyện 1,9 điểm phần trăm.",
             "Hội nghị chỉ ra những hạn chế như tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã còn thấp, một số công chức chưa thành thạo phần mềm một cửa điện tử.",
             "Kết thúc hội nghị, Phó Chủ tịch UBND huyện Y Krin đề nghị các cơ quan, đơn vị xây dựng kế hoạch cải thiện từng chỉ số thành phần ngay trong quý III."]),
    dict(slug="hon-97-ho-so-thu-tuc-hanh-chinh-cap-xa-uoc-giai-quyet-ung-han",
         cat="Cải cách hành chính", date="2024-09-14", time="09:05",
         title="Hơn 97% hồ sơ thủ tục hành chính cấp xã được giải quyết đúng hạn",
         paras=[
             "Trong 9 tháng đầu năm 2024, UBND các xã, thị trấn trên địa bàn huyện Đắk Hà đã tiếp nhận 6.842 hồ sơ thủ tục hành chính, trong đó có 3.016 hồ sơ nộp trực tuyến.",
             "Đến ngày 10/9, các xã đã giải quyết xong 6.701 hồ sơ; số hồ sơ giải quyết đúng và trước hạn là 6.528 hồ sơ, đạt 97,4%; còn 173 hồ sơ trễ hạn, tập trung ở lĩnh vực chứng thực và hộ tịch.",
             "Bảng tổng hợp một số xã có số hồ sơ lớn:",
             "Thời gian tới, Phòng Tư pháp huyện sẽ phối hợp với các xã rà soát quy trình nội bộ để giảm số hồ sơ trễ hạn.",
             "Hà Phương"],
         table_after=2,
         table=[["Xã, thị trấn", "Tiếp nhận", "Đã giải quyết", "Trễ hạn"],
                ["Thị trấn Đắk Hà", "1.934", "1.902", "41"],
                ["Xã Hà Mòn", "1.117", "1.098", "26"],
                ["Xã Đắk Mar", "986", "970", "19"]],
         table_cell="Xã Hà Mòn"),
    dict(slug="kiem-tra-cai-cach-hanh-chinh-tai-6-co-quan-chuyen-mon",
         cat="Cải cách hành chính", date="2024-10-05", time="10:18",
         title="Kiểm tra cải cách hành chính tại 6 cơ quan chuyên môn",
         lead="Từ ngày 01 đến ngày 04/10, Đoàn kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính của huyện đã kiểm tra 6 cơ quan chuyên môn thuộc UBND huyện.",
         paras=[
             "Đoàn tập trung kiểm tra việc ban hành kế hoạch cải cách hành chính, thực hiện quy chế văn hóa công vụ, giờ giấc làm việc và sử dụng hệ thống quản lý văn bản điều hành.",
             "Qua kiểm tra, các cơ quan cơ bản thực hiện tốt nhiệm vụ; tuy nhiên vẫn còn tình trạng ký số văn bản đi chậm, một số hồ sơ công việc chưa được lập trên phần mềm.",
             "Đoàn đề nghị thủ trưởng các cơ quan khắc phục trước ngày 31/10 và báo cáo kết quả về Phòng Nội vụ."]),
    dict(slug="bo-phan-mot-cua-huyen-tiep-nhan-1-278-ho-so-trong-quy-iii",
         cat="Cải cách hành chính", date="2024-10-12", time="16:30",
         title="Bộ phận Một cửa huyện tiếp nhận 1.278 hồ sơ trong quý III",
         paras=[
             "Quý III/2024, Bộ phận Tiếp nhận và Trả kết quả huyện tiếp nhận 1.278 hồ sơ, trong đó 54 hồ sơ từ kỳ trước chuyển sang.",
             "Đã giải quyết 1.190 hồ sơ, gồm 802 hồ sơ trước hạn, 379 hồ sơ đúng hạn và 9 hồ sơ quá hạn; 88 hồ sơ đang giải quyết.",
             "Tỷ lệ hồ sơ trực tuyến toàn trình và một phần đạt 62,3%, tăng so với quý II."]),
    dict(slug="trao-qua-hoc-sinh-ngheo-vung-ong-bao-dan-toc-thieu-so",
         cat="Tin tức - Sự kiện", date="2024-12-14", time="08:37",
         title="Trao quà cho học sinh nghèo vùng đồng bào dân tộc thiểu số",
         paras=[
             "Ngày 13/12, Huyện đoàn Đắk Hà phối hợp với một nhóm thiện nguyện ở thành phố Kon Tum trao 150 suất quà cho học sinh hai trường tiểu học tại xã Ngọk Réo.",
             "Mỗi suất quà gồm áo ấm, chăn và đồ dùng học tập. Các em cũng được tham gia chương trình giao lưu văn nghệ và trò chơi dân gian.",
             "Quang Vinh"]),
    dict(slug="ra-soat-on-gian-hoa-thu-tuc-hanh-chinh-noi-bo",
         cat="Cải cách hành chính", date="2024-11-23", time="14:00",
         title="Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
         paras=[
             "UBND huyện vừa ban hành kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn huyện.",
             "Theo kế hoạch, mỗi cơ quan chuyên môn phải đề xuất cắt giảm ít nhất một thành phần hồ sơ hoặc rút ngắn thời gian xử lý của một thủ tục nội bộ."]),
]
for a in ART:
    a["path"] = BASE + a["slug"]

LIST = "/web/guest/tin-tuc-su-kien"
LIST2 = LIST + "?p_p_id=101_INSTANCE_" + INST + "&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_101_INSTANCE_" + INST + "_cur=2&_101_INSTANCE_" + INST + "_delta=5"


def counter():
    rows = [("Tổng số lượt truy cập", "2184330"), ("Số người đang truy cập", "41"), ("Hôm nay", "1204"),
            ("Hôm qua", "1987"), ("Tuần này", "8816"), ("Tuần trước", "12051"), ("Tháng này", "30478"),
            ("Tháng trước", "44903")]
    out = ['<div class="portlet-boundary portlet-visit-counter"><div class="portlet-title"><span>Thống Kê Truy Cập</span></div>',
           '<div class="visit-counter-data-container-style-1"><div class="visit-counter-content">']
    for i, (k, v) in enumerate(rows):
        if i == 3:  # the row whose opening <span> is missing in the real JSP
            out.append(f'<div class="row">{e(k)}: </span><span class="counter-value">{v}</span></div>')
        else:
            out.append(f'<div class="row"><span>{e(k)}: </span><span class="counter-value">{v}</span></div>')
    out.append("</div></div></div>")
    return "\n".join(out)


def page(title, canon, main):
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{HOST}{attr(canon)}" rel="canonical" />
<link href="/portal-dakha-theme/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div id="wrapper"><header id="banner" role="banner">
<div class="header-top"><span class="current-date">{TODAY_LINE}</span> <a href="/c/portal/login">Đăng nhập</a></div>
<div class="logo"><a href="/"><img src="/portal-dakha-theme/images/banner.png" alt="{SITE}" /></a></div>
<nav class="sort-pages modify-pages" id="navigation"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li>
<li><a href="{LIST}">Tin tức - Sự kiện</a></li>
<li><a href="/web/guest/cai-cach-hanh-chinh">Cải cách hành chính</a></li>
<li><a href="/web/guest/van-ban-phap-quy">Văn bản pháp quy</a></li>
<li><a href="/web/guest/lien-he">Liên hệ</a></li>
</ul></nav></header>
<div id="content"><div class="columns-2-r">
<div class="aui-w70 portlet-column" id="column-1">
{main}
</div>
<div class="aui-w30 portlet-column" id="column-2">
<div class="portlet-boundary"><div class="portlet-title"><span>Tin nổi bật</span></div><ul>
{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a></li>' for a in ART[:3])}
</ul></div>
{counter()}
</div></div></div>
<footer id="footer" role="contentinfo">
<p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK HÀ</p>
<p>Cơ quan chủ quản: UBND huyện Đắk Hà, tỉnh Kon Tum. Địa chỉ: 189 Hùng Vương, thị trấn Đắk Hà.</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
<p class="copyright">Bản quyền thuộc UBND huyện Đắk Hà</p>
</footer></div></body></html>
"""


def related(a):
    idx = sorted(ART, key=lambda x: x["date"])
    newer = [x for x in idx if x["date"] > a["date"]][:3]
    older = [x for x in idx if x["date"] < a["date"]][-3:]
    def lst(xs):
        return "".join(f'<li><a href="{attr(x["path"])}">{e(x["title"])}</a> <span class="date">({x["date"][8:10]}/{x["date"][5:7]})</span></li>' for x in xs)
    out = '<div class="related_asset">'
    if newer:
        out += f'<div class="title">Tin mới hơn</div><ul>{lst(newer)}</ul>'
    if older:
        out += f'<div class="title">Tin cũ hơn</div><ul>{lst(older)}</ul>'
    return out + "</div>"


def article(a):
    y, m, d = a["date"].split("-")
    lead = f'<div class="asset-abstract"><b>{e(a["lead"])}</b></div>' if a.get("lead") else ""
    main = f"""<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_{INST}_">
<div class="portlet-title"><span>{e(a['cat'])}</span></div>
<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="{LIST}">Tin tức - Sự kiện</a> » <span>{e(a['title'])}</span></div>
<div class="asset_publisher_view_full_content">
<div class="asset_title">{e(a['title'])}</div>
<div class="social-panel"><div class="left">{bkav_weekday(a['date'])}, ngày {d}/{m}/{y} {a['time']}</div>
<div class="right"><a href="javascript:sendMail();">Email</a> <a href="javascript:zoomOut();">A-</a> <a href="javascript:zoomIn();">A+</a> <a href="javascript:readText();">Đọc bài</a></div></div>
{lead}
<div class="asset-content">
{render_body(a)}
</div>
<div class="taglib-social-bookmarks"><a href="javascript:window.print();">In trang</a></div>
{related(a)}
</div></div>"""
    return page(f"{a['title']} - Tin tức - Sự kiện - {SITE}", a["path"], main)


def listing(items, canon, pager):
    lis = "".join(f"""<div class="asset-abstract"><img src="/image/journal/article?img_id=3{i}45&amp;t=17" width="180" height="100" alt="" />
<span class="asset-category-name">{e(a['cat'])}</span> <span class="asset-publish-date">{dmy(a['date'], '-')}</span>
<h3 class="asset-title"><a href="{attr(a['path'])}">{e(a['title'])}</a></h3>
<div class="asset-sumary">{e(a.get('lead') or a['paras'][0])}</div></div>""" for i, a in enumerate(items))
    main = f"""<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_101_INSTANCE_{INST}_">
<div class="portlet-title"><span>Tin tức - Sự kiện</span></div>{lis}
<div class="taglib-search-iterator-page-iterator-bottom">{pager}</div></div>"""
    return page(f"Tin tức - Sự kiện - {SITE}", canon, main)


srt = sorted(ART, key=lambda x: x["date"], reverse=True)
home = page(SITE, "/", f"""<div class="portlet-boundary"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div>
<ul>{''.join(f'<li><a href="{attr(a["path"])}">{e(a["title"])}</a> <span class="asset-publish-date">{dmy(a["date"], "-")}</span></li>' for a in srt)}</ul>
<a href="{LIST}">Xem tiếp</a></div>
<div class="portlet-boundary"><div class="portlet-title"><span>Thông báo</span></div>
<ul><li><a href="/web/guest/thong-bao/-/asset_publisher/Qm3Zp7Lk/content/thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2024">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</a></li></ul></div>""")
P.add("/", home, "non_article")
P.add(LIST, listing(srt[:5], LIST, f'<span class="current">1</span> <a href="{attr(LIST2)}">2</a> <a href="{attr(LIST2)}">Sau</a> <span>Trang 1 / 2</span>'), "non_article")
P.add(LIST2, listing(srt[5:], LIST2, f'<a href="{LIST}">Đầu</a> <a href="{LIST}">1</a> <span class="current">2</span> <span>Trang 2 / 2</span>'), "non_article")
P.add("/web/guest/gioi-thieu", page(f"Giới thiệu - {SITE}", "/web/guest/gioi-thieu", """<div class="portlet-boundary"><div class="portlet-title"><span>Giới thiệu chung</span></div>
<div class="journal-content-article">
<p>Huyện Đắk Hà nằm ở phía Bắc thành phố Kon Tum, có Quốc lộ 14 chạy qua, là cửa ngõ nối các huyện phía Bắc của tỉnh với trung tâm tỉnh lỵ.</p>
<p>Huyện gồm thị trấn Đắk Hà và 10 xã, nơi sinh sống của đồng bào Xơ Đăng, Ba Na, Gia Rai cùng nhiều dân tộc khác. Cà phê, cao su và cây ăn quả là những cây trồng chủ lực.</p>
</div></div>"""), "non_article")
P.add("/web/guest/lien-he", page(f"Liên hệ - {SITE}", "/web/guest/lien-he", """<div class="portlet-boundary"><div class="portlet-title"><span>Liên hệ</span></div>
<div class="journal-content-article"><p>Văn phòng HĐND và UBND huyện Đắk Hà</p><p>Địa chỉ: 189 Hùng Vương, thị trấn Đắk Hà, tỉnh Kon Tum</p><p>Điện thoại: 0260.3822.112</p></div></div>"""), "non_article")
notice_path = "/web/guest/thong-bao/-/asset_publisher/Qm3Zp7Lk/content/thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2024"
P.add(notice_path, page(f"Thông báo kết quả xét tuyển viên chức giáo dục năm 2024 - Thông báo - {SITE}", notice_path, """<div class="portlet-boundary"><div class="portlet-title"><span>Thông báo</span></div>
<div class="asset_publisher_view_full_content"><div class="asset_title">Thông báo kết quả xét tuyển viên chức giáo dục năm 2024</div>
<div class="social-panel"><div class="left">Thứ Tư, ngày 18/12/2024 11:26</div></div>
<div class="asset-content"><p><a href="/documents/10181/0/TB+ket+qua+xet+tuyen.pdf">TB ket qua xet tuyen.pdf</a></p></div></div></div>"""), "non_article")
for a in ART:
    P.add(a["path"], article(a), "article", a)

P.furniture = ["Thống Kê Truy Cập", "Tổng số lượt truy cập", "Số người đang truy cập", "Tin mới hơn",
               "Tin cũ hơn", "Nhảy tới nội dung", "Đọc bài", "Bản quyền thuộc UBND huyện Đắk Hà", TODAY_LINE]
if __name__ == "__main__":
    P.write()
