"""p3: VNPT dsnews Liferay portlet; huyện Bình Liêu, Quảng Ninh. Text served in NFD.
Hard cases: NFD-decomposed Vietnamese, article reachable under two URLs (canonical names the
/-/slug one), author in its own field outside the body (not text), 'Đọc nhiều nhất' list with
dates, date line 'HH:mm | dd/MM/yyyy', quarterly digitisation series by commune."""
from common import *

P = Portal("p3_binhlieu_vnpt_dsnews", "Cổng thông tin điện tử huyện Bình Liêu", "Bình Liêu", "Quảng Ninh",
           "Liferay (VNPT dsnews portlet)")
PID = "dsnews_WAR_vnpteportalnewsportlet"
LIST = "/web/guest/tin-tuc-su-kien"
LIST2 = f"{LIST}?p_p_id={PID}&_{PID}_cur=2&_{PID}_delta=4"
ALT = f"{LIST}?p_p_id={PID}&_{PID}_articleId={{}}"
COM = ["Thị trấn Bình Liêu", "Xã Hoành Mô", "Xã Đồng Văn", "Xã Lục Hồn", "Xã Tình Húc"]
HDR = ["Đơn vị", "Hồ sơ trực tuyến", "Số hóa kết quả"]
FIG = [[(88, "91%"), (41, "86%"), (37, "84%"), (52, "90%"), (29, "79%")],
       [(96, "94%"), (47, "89%"), (45, "88%"), (58, "92%"), (33, "85%")],
       [(112, "97%"), (55, "93%"), (49, "91%"), (63, "95%"), (40, "90%")]]
arts = []
for i, (q, d, t) in enumerate([("I", "2025-04-10", "09:15"), ("II", "2025-07-11", "15:20"), ("III", "2025-10-09", "08:40")]):
    rows = FIG[i]
    arts.append(dict(slug=f"so-hoa-ho-so-thu-tuc-hanh-chinh-quy-{['i','ii','iii'][i]}-2025", aid=50210 + i * 9, date=d, time=t,
        author=["Hoàng Lan", "Vi Thị Mai", "Hoàng Lan"][i],
        title=f"Số hóa hồ sơ thủ tục hành chính cấp xã quý {q}/2025",
        lead=f"Quý {q}/2025, toàn huyện Bình Liêu có {sum(r[0] for r in rows)} hồ sơ nộp trực tuyến tại cấp xã; tỷ lệ số hóa kết quả bình quân trên 85%.",
        paras=["Ban Chỉ đạo chuyển đổi số huyện đánh giá các xã vùng cao đã có chuyển biến rõ, dù đường truyền còn chập chờn.",
               series_table(HDR, COM, rows),
               f"Hồ sơ trễ hạn trong quý là {5 - i * 2}; không có hồ sơ tồn đọng kéo dài.",
               "Huyện giao Phòng Văn hóa và Thông tin hỗ trợ kỹ thuật cho công chức một cửa các xã biên giới."],
        must=[HDR[2 - i % 2], COM[2 + i], str(rows[2 + i][0]) if i % 2 == 0 else rows[2 + i][1], "xã biên giới"]))
arts.append(dict(slug="binh-lieu-xep-thu-5-chi-so-par-index", aid=50188, date="2025-02-27", time="10:05", author="Vi Thị Mai",
    title="Bình Liêu xếp thứ 5 về PAR Index khối huyện",
    lead=None,
    paras=["Năm 2024, Chỉ số cải cách hành chính (PAR Index) của huyện Bình Liêu đạt 89,07%, xếp thứ 5/13 địa phương cấp huyện.",
           "Chỉ số SIPAS đạt 90,3%, tăng 2,4 điểm phần trăm.",
           "Huyện đặt mục tiêu năm 2025 vào nhóm ba địa phương dẫn đầu."],
    must=["89,07%", "xếp thứ 5/13", "Chỉ số SIPAS đạt 90,3%"]))
arts.append(dict(slug="le-hoi-hoa-so-xa-ong-van", aid=50199, date="2025-11-02", time="07:30", author="Hoàng Lan",
    title="Mùa hoa sở nhuộm trắng đồi xã Đồng Văn",
    lead=None,
    paras=["Đầu tháng 11, các đồi sở ở thôn Khe Lục bước vào mùa hoa, thu hút đông du khách.",
           "Cây sở cho hạt ép dầu, là nguồn thu nhập của nhiều hộ người Dao, người Tày.",
           "Xã chuẩn bị tổ chức ngày hội văn hóa gắn với mùa hoa vào cuối tháng."],
    must=["thôn Khe Lục", "hạt ép dầu", "ngày hội văn hóa"]))
arts.append(dict(slug="hoi-nghi-giao-ban-cai-cach-hanh-chinh-thang-10", aid=50230, date="2025-10-22", time="16:00", author="Vi Thị Mai",
    title="Giao ban công tác cải cách hành chính tháng 10",
    lead=None,
    paras=["Chiều 21/10, UBND huyện giao ban trực tuyến với 8 xã, thị trấn về cải cách hành chính.",
           "Đại diện các xã kiến nghị bổ sung máy quét tài liệu cho bộ phận một cửa."],
    must=["giao ban trực tuyến với 8 xã", "máy quét tài liệu", "cải cách hành chính"]))

FURN = ["Đọc nhiều nhất", "Tác giả:", "Lượt truy cập", "Tổng số truy cập: 3.114.520", "Đang trực tuyến: 61",
        "Cổng thông tin điện tử huyện Bình Liêu - Quảng Ninh"]


def shell(title, main, canon=None):
    c = f'<link rel="canonical" href="http://{{{{HOST}}}}{esc(canon)}" /><meta property="og:url" content="http://{{{{HOST}}}}{esc(canon)}" />' if canon else ""
    top = "".join(f'<li><a href="/-/{b["slug"]}">{esc(nfd(b["title"]))}</a><span class="date">{dmy(b["date"])}</span></li>' for b in arts[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(nfd(title))}</title>{c}</head><body>
<div class="header"><div class="banner">{nfd("Cổng thông tin điện tử huyện Bình Liêu - Quảng Ninh")}</div>
<ul class="menu"><li><a href="/">{nfd("Trang chủ")}</a></li><li><a href="{LIST}">{nfd("Tin tức - Sự kiện")}</a></li><li><a href="/web/guest/lien-he">{nfd("Liên hệ")}</a></li><li><a href="/web/guest/so-do-cong">{nfd("Sơ đồ cổng")}</a></li></ul></div>
<div class="columns"><div class="col-main">{main}</div>
<div class="col-right"><div class="portlet"><h4>{nfd("Đọc nhiều nhất")}</h4><ul>{top}</ul></div>
<div class="portlet"><h4>{nfd("Lượt truy cập")}</h4><p>{nfd("Tổng số truy cập: 3.114.520")}</p><p>{nfd("Đang trực tuyến: 61")}</p></div></div></div>
<div class="footer">{nfd("Bản quyền: Ủy ban nhân dân huyện Bình Liêu")}</div></body></html>"""


def art_page(a, canon):
    lead = f'<div class="sapo"><b>{esc(nfd(a["lead"]))}</b></div>' if a["lead"] else ""
    main = f"""<div id="p_p_id_{PID}_" class="portlet-boundary"><div class="news-detail">
<h1 class="title">{esc(nfd(a['title']))}</h1><div class="info">{a['time']} | {dmy(a['date'])}</div>{lead}
<div class="content">{body_html(dict(paras=[p if isinstance(p, tuple) else nfd(p) for p in a['paras']]))}</div>
<div class="author">{nfd("Tác giả:")} {esc(nfd(a['author']))}</div></div></div>"""
    return shell(a["title"], main, canon)


for a in arts:
    p = "/-/" + a["slug"]
    P.page(p, art_page(a, p), article=a)
# the same article also served under the portlet URL (not listed in gold)
dup = arts[3]
P.page(ALT.format(dup["aid"]), art_page(dup, "/-/" + dup["slug"]))
newest = sorted(arts, key=lambda a: a["date"], reverse=True)
notice = "/-/thong-bao-lich-tiep-cong-dan-quy-iv-2025"
item = lambda a: f'<div class="news-item"><a href="/-/{a["slug"]}">{esc(nfd(a["title"]))}</a> <span>{dmy(a["date"])}</span></div>'
P.page(LIST, shell("Tin tức - Sự kiện", f'<div class="news-item"><a href="{notice}">{nfd("Thông báo lịch tiếp công dân quý IV/2025")}</a></div>' +
       "".join(item(a) for a in newest[:4]) + f'<a href="{esc(LIST2)}">2</a>'), kind="non")
P.page(LIST2, shell("Tin tức - Sự kiện", "".join(item(a) for a in newest[4:]) + f'<a href="{LIST}">1</a>'), kind="non")
P.page(notice, shell("Thông báo", f'<h1 class="title">{nfd("Thông báo lịch tiếp công dân quý IV/2025")}</h1><p><a href="/documents/20182/tb-tcd-q4.pdf">{nfd("Tệp đính kèm")}</a></p>'), kind="non")
P.page("/web/guest/lien-he", shell("Liên hệ", f"<h1>{nfd('Liên hệ')}</h1><p>{nfd('Văn phòng HĐND và UBND huyện Bình Liêu, khu Bình Công II, thị trấn Bình Liêu.')}</p>"), kind="non")
P.page("/", shell("Trang chủ", f'<div class="hot"><a href="{esc(ALT.format(dup["aid"]))}">{esc(nfd(dup["title"]))}</a></div>' +
       "".join(item(a) for a in newest[:3]) + f'<a href="{LIST}">{nfd("Xem thêm")}</a>'), kind="non")
P.build(FURN)
