"""Real-looking sentences and the metrics crawler.metrics must read from them.

The table is the test suite of the extractor (tests/test_metrics_cases.py
runs every row), in the manner of price-parser's examples.  Rows are grouped
by where they came from:

SEED_SENTENCES  sentences of the five seed pages (tests/data/seeds), cut
                out and run on their own: what the gold of the whole pages
                also expects, one construction at a time.
WRITTEN         sentences written for this table in the register of district
                news, one per vocabulary name, number format, level and
                period form.
TRAPS           numbers that must not be read, or not read that way: dates,
                document numbers, terms, service levels, phone numbers,
                counts of other things, percentages of other things.
NOISE           the same constructions as real pages mangle them: typos,
                odd spacing, NFD, non-breaking spaces, capitals, line ends.
NOTHING         whole texts that hold no metric at all.
REGRESSIONS     texts that were read wrongly during development; a new
                failure found in the wild becomes a row here.

An expected metric gives name and value, and level, period, approximate,
delta or entity where they matter; what it leaves out is not checked.  The
emitted metrics must match the expected ones exactly and in text order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

ANY = object()   # the attribute is not checked


@dataclass(frozen=True)
class M:
    name: str
    value: int | float
    level: object = ANY
    period: object = ANY
    approximate: object = ANY
    delta: object = ANY
    entity: object = ANY


@dataclass(frozen=True)
class Example:
    text: str
    expected: list[M] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    warnings: list[str] | None = None    # None: not checked


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


SEED_SENTENCES = [
    Example(
        "Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ của tổ chức, cá nhân theo cơ chế một "
        "cửa liên thông cấp huyện, ở cấp xã 34.093 hồ sơ giải quyết đúng quy định 34.085 hồ "
        "sơ đạt 99,9% ( quá hạn 08 hồ sơ), 1.142 hồ sơ ( tăng mới thẻ Bảo hiểm y tế, sửa thẻ "
        "BHYT, cấp lại do mất thẻ BHYT…).",
        [M("dossiers_received", 3440, level="district"),
         M("dossiers_resolved_on_time", 3440, level="district"),
         M("dossiers_received", 34093, level="commune"),
         M("dossiers_resolved_on_time", 34085, level="commune"),
         M("on_time_rate", 99.9, level="commune"),
         M("dossiers_overdue", 8, level="commune"),
         M("dossiers_other", 1142)],
        title="Bảo Lâm: Tổng Kết công tác Cải cách hành chính năm 2021", warnings=[]),
    Example(
        "Tập huấn công vụ và bồi dưỡng chuyên môn nghiệp vụ 38 người… năm 2021 được tỉnh đánh "
        "giá chỉ số cải cách hành chính xếp thư 6 với 83,54 điểm, các xã đa số được xếp loại "
        "khá cao từ 78 – 92,5 điểm.",
        [M("par_index_rank", 6, level="district", period="2021"),
         M("par_index_score", 83.54, level="district", period="2021"),
         M("par_index_score", 78, level="commune"),
         M("par_index_score", 92.5, level="commune")]),
    Example(
        "Ngày 25 tháng 5 năm 2022, huyện Bảo Lâm đã tổ chức Tổng kết đánh giá kết quả thực "
        "hiện công tác cải cách hành chính năm 2021, phương hướng, nhiệm vụ năm 2022.\n"
        "Năm 2021 tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ.",
        [M("dossiers_received", 3440, period="2021"),
         M("dossiers_resolved_on_time", 3440, period="2021")]),
    Example(
        "Đó là ý kiến chỉ đạo tại Hội nghị giao ban công tác cải cách hành chính quý I, triển "
        "khai nhiệm vụ quý II năm 2021 vào chiều ngày 8/4.\n"
        "Kết quả, trong quý I, tổng số thủ tục hành chính ( TTHC)Trung tâm hành chính công "
        "huyện đã tiếp nhận giải quyết là 6.708 hồ sơ, tất cả các hồ sơ đều được tiếp nhận "
        "theo cơ chế một cửa, một cửa liên thông. Trong đó, số kỳ trước chuyển qua: 1.098 hồ "
        "sơ, số tiếp nhận trong kỳ 5.611; đã giải quyết 6.561 hồ sơ.",
        [M("dossiers_received", 6708, level=None, period="2021-Q1"),
         M("dossiers_carried_over", 1098, period="2021-Q1"),
         M("dossiers_received_new", 5611, period="2021-Q1"),
         M("dossiers_resolved", 6561, period="2021-Q1")],
        warnings=["dossiers_carried_over 1098 + dossiers_received_new 5611 = 6709 ≠ "
                  "dossiers_received 6708 (2021-Q1)"]),
    Example(
        "Riêng hồ sơ thuộc thẩm quyền giải quyết của UBND huyện, trong kỳ đã tiếp nhận 261 hồ "
        "sơ. Trong đó, đã giải quyết 207 hồ sơ.  Đối với các đơn vị cấp xã, số hồ nhơ tiếp "
        "nhận giải quyết rong kỳ  là 855 hồ sơ, trong đó số hồ sơ đã giải quyết  là 810.",
        [M("dossiers_received_new", 261, level="district"),
         M("dossiers_resolved", 207, level="district"),
         M("dossiers_received_new", 855, level="commune"),
         M("dossiers_resolved", 810, level="commune")]),
    Example(
        "Theo báo cáo đánh giá, toàn huyện đã tiếp nhận và trả kết quả giải quyết 113.468 hồ "
        "sơ (cấp huyện 21.146 hồ sơ, cấp xã 92.322 hồ sơ).",
        [M("dossiers_received", 113468, level=None),
         M("dossiers_resolved", 113468, level=None),
         M("dossiers_received", 21146, level="district"),
         M("dossiers_received", 92322, level="commune")], warnings=[]),
    Example(
        "Trong đó, đã giải quyết đúng hẹn 70.395 hồ sơ, không có hồ sơ trễ hẹn; trong đó, số "
        "hồ sơ giải quyết trực tuyến mức độ 3, mức độ 4 được 266 hồ sơ; thực hiện cơ chế một "
        "cửa, một cửa liên thông lĩnh vực kinh doanh, đất đai, xây dựng, thuế từ cấp xã đến "
        "cấp huyện là 1.819 hồ sơ; chuyển Bưu chính công ích cho người dân được 4.046 hồ sơ; "
        "mô hình hẹn giờ tại nhà là 02 hồ sơ lĩnh vực kinh doanh.",
        [M("dossiers_resolved_on_time", 70395), M("dossiers_overdue", 0),
         M("dossiers_online", 266), M("dossiers_other", 1819, level=None),
         M("dossiers_postal", 4046), M("dossiers_other", 2)]),
    Example(
        "Tuy công tác cải cách hành chính năm 2020 huyện giảm 02 thứ hạng so với năm 2019, "
        "nhưng chỉ số tăng 1,04% so với năm 2019. Đối với chỉ số DDCI năm 2019 huyện nằm "
        "trong nhóm Khá tốt và điểm số tăng 3,50 so với năm 2018.",
        [M("par_index_rank", -2, level="district", period="2020", delta=True),
         M("par_index_score", 1.04, level="district", period="2020", delta=True),
         M("ddci_score", 3.5, level="district", period="2019", delta=True)]),
    Example(
        "Năm 2021, tổng số hồ sơ tiếp nhận giải quyết theo cơ chế “một cửa” của toàn huyện  "
        "là 12.309 hồ sơ ( cấp huyện 3.433 hồ sơ, cấp xã, thị trấn 8.876 hồ sơ) trong đó hồ sơ "
        "đã giải quyết là 12.264 hồ sơ ( giải quyết trước hạn 7768, giải quyết đúng hạn 4483 "
        "hồ sơ, 13 hồ sơ quá hạn) và 45 hồ sơ đang trong thời gian giải quyết.",
        [M("dossiers_received", 12309, level=None, period="2021"),
         M("dossiers_received", 3433, level="district", period="2021"),
         M("dossiers_received", 8876, level="commune", period="2021"),
         M("dossiers_resolved", 12264, level=None, period="2021"),
         M("dossiers_resolved_early", 7768, level=None),
         M("dossiers_resolved_on_time", 4483, level=None),
         M("dossiers_overdue", 13, level=None),
         M("dossiers_pending", 45, level=None, period="2021")], warnings=[]),
    Example(
        "Theo báo cáo của UBND xã Cương Chính, ngay từ đầu năm, UBND xã đã ban hành kế hoạch "
        "về cải cách hành chính năm 2022. Trong quý 1 năm nay, xã đã tiếp nhận và giải quyết "
        "hơn 1 nghìn 800 hồ sơ thuộc các lĩnh vực: hộ tịch, lao động – thương binh và xã hội, "
        "địa chính, công chứng – chứng thực. 100% hồ sơ được giải quyết đúng hạn theo quy định.",
        [M("dossiers_received", 1800, level="commune", period="2022-Q1", approximate=True),
         M("dossiers_resolved", 1800, level="commune", period="2022-Q1", approximate=True),
         M("on_time_rate", 100, level="commune", period="2022-Q1", approximate=False)],
        published="2022-04-14"),
    Example(
        "Ủy ban nhân dân huyện đã ban hành  12 kế hoạch,  02 công văn,  01 quyết định và 01 "
        "Nghị quyết về cải cách hành chính Nhà nước; kiểm tra công tác cải cách hành chính tại "
        "13 xã, thị trấn, kiểm tra được 13 cuộc về chấp hành kỷ cương kỷ luật tại các phòng "
        "chuyên môn và 06 xã.", []),
    Example(
        "Cử  07 công chức  bồi dưỡng nghiệp vụ văn thư – lưu trữ, tập huấn thi đua khen thưởng "
        "77 người,  09 người đi bồi dưỡng quốc phòng, an ninh đối tượng 3, bồi dưỡng quản lý "
        "nhà nước ngạch chuyên viên 60 người.", []),
    Example(
        "Đ/c Lê Thị Ngọc Chiến - Chanh thanh tra huyện: Thực tế việc áp dụng thực hiện giải "
        "quyết TTHC mức độ 3, 4 để đi vào thực chất cần có thời gian và kế hoạch cụ thể...", []),
    Example(
        "Thực hiện kế hoạch số 34 ngày 24/3/2022 của UBND huyện về việc kiểm tra cải cách hành "
        "chính năm 2022; Quyết định số 488 ngày 28/3/2022 của UBND huyện về việc thành lập "
        "Đoàn kiểm tra cải cách hành chính đợt 1 năm 2022, ngày 13/4, Đoàn kiểm tra đã làm việc "
        "tại xã Cương Chính.", []),
    Example(
        "Nghị quyết về công bố kết quả bầu cử và danh sách những người trúng cử đại biểu Hội "
        "đồng nhân dân huyện Bảo Lâm Khóa V, nhiệm kỳ 2021 - 2026…", []),
    Example("Bài trướcChương trình phát thanh ngày 9/2/2022\nBài tiếp theoKhông chủ quan lơ là "
            "khi đã được tiêm đủ hai mũi vắc xin phòng chống COVID-19", []),
    Example("Giải quyết hồ sơ 01 cửa và 01 cửa liên thông; xem đây là 01 trong những nội dung "
            "trọng tâm của huyện.", []),
    Example("Bầu cử đại biểu HĐND các cấp nhiệm kỳ 20221-2026 và đại biểu Quốc hội khóa XV.", []),
    Example("Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ.",
            [M("dossiers_received", 3440, level=None, period="2021"),
             M("dossiers_resolved_on_time", 3440, level=None, period="2021")],
            title="Bảo Lâm: Tổng Kết công tác Cải cách hành chính năm 2021"),
]

WRITTEN = [
    Example(
        "Năm 2022, Bộ phận một cửa huyện tiếp nhận 5.230 hồ sơ, đã giải quyết 5.100 hồ sơ, "
        "trong đó giải quyết trước hạn 2.000 hồ sơ, đúng hạn 3.050 hồ sơ, quá hạn 50 hồ sơ; "
        "đang giải quyết 130 hồ sơ.",
        [M("dossiers_received", 5230, period="2022"), M("dossiers_resolved", 5100),
         M("dossiers_resolved_early", 2000), M("dossiers_resolved_on_time", 3050),
         M("dossiers_overdue", 50), M("dossiers_pending", 130)], warnings=[]),
    Example(
        "Năm 2022, Bộ phận một cửa huyện đã giải quyết 5.100 hồ sơ, trong đó giải quyết trước "
        "hạn 2.000 hồ sơ, đúng hạn 3.000 hồ sơ, quá hạn 50 hồ sơ.",
        [M("dossiers_resolved", 5100), M("dossiers_resolved_early", 2000),
         M("dossiers_resolved_on_time", 3000), M("dossiers_overdue", 50)],
        warnings=["dossiers_resolved_early 2000 + dossiers_resolved_on_time 3000 + "
                  "dossiers_overdue 50 = 5050 ≠ dossiers_resolved 5100 (2022, district)"]),
    Example(
        "Trong tháng 3/2023, Bộ phận một cửa huyện tiếp nhận 1.245 hồ sơ (kỳ trước chuyển sang "
        "37 hồ sơ, tiếp nhận mới 1.208 hồ sơ).",
        [M("dossiers_received", 1245, period="2023-03"),
         M("dossiers_carried_over", 37, period="2023-03"),
         M("dossiers_received_new", 1208, period="2023-03")], warnings=[]),
    Example("Số hồ sơ tồn kỳ trước là 15 hồ sơ, số hồ sơ mới tiếp nhận trong kỳ là 320 hồ sơ.",
            [M("dossiers_carried_over", 15), M("dossiers_received_new", 320)]),
    Example("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%. Tỷ lệ hồ sơ trực tuyến đạt 45,2%.",
            [M("on_time_rate", 98.5), M("online_rate", 45.2)]),
    Example("Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 96%.",
            [M("satisfaction_rate", 96)]),
    Example("Chỉ số hài lòng của người dân (SIPAS) năm 2022 đạt 85,12%.",
            [M("satisfaction_rate", 85.12, period="2022")]),
    Example(
        "Trong 6 tháng đầu năm 2023, UBND xã tiếp nhận 812 hồ sơ, trong đó tiếp nhận trực tuyến "
        "356 hồ sơ, qua dịch vụ bưu chính công ích 41 hồ sơ.",
        [M("dossiers_received", 812, level="commune", period="2023-H1"),
         M("dossiers_online", 356, level="commune", period="2023-H1"),
         M("dossiers_postal", 41, level="commune", period="2023-H1")]),
    Example("Tiếp nhận 1.520 hồ sơ trực tuyến toàn trình và 318 hồ sơ trực tuyến một phần.",
            [M("dossiers_online", 1520), M("dossiers_online", 318)]),
    Example(
        "Chỉ số CCHC năm 2022 của huyện đạt 87,65 điểm, xếp thứ 3/10 huyện, thị xã, thành phố, "
        "tăng 2 bậc so với năm 2021.",
        [M("par_index_score", 87.65, level="district", period="2022", delta=False),
         M("par_index_rank", 3, level="district", period="2022"),
         M("par_index_rank", 2, period="2022", delta=True)]),
    Example("Năm 2021, chỉ số DDCI của huyện đạt 72,5 điểm, xếp thứ 5 trong 13 huyện, thị xã.",
            [M("ddci_score", 72.5, level="district", period="2021"),
             M("ddci_rank", 5, level="district", period="2021")]),
    Example("Chỉ số PAR INDEX năm 2022 của thị xã đạt 86,12%, tăng 1,3% so với năm 2021.",
            [M("par_index_score", 86.12, period="2022", delta=False),
             M("par_index_score", 1.3, period="2022", delta=True)]),
    Example("Năm 2022, huyện xếp thứ 2/13 về Chỉ số cải cách hành chính với 89,3 điểm.",
            [M("par_index_rank", 2, period="2022"), M("par_index_score", 89.3)]),
    Example("Kết quả chỉ số cải cách hành chính năm 2022, huyện giảm 3 bậc, xếp thứ 9.",
            [M("par_index_rank", -3, delta=True), M("par_index_rank", 9, delta=False)]),
    Example("Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 20.500 hồ sơ trong năm 2022.",
            [M("dossiers_received", 20500, level="province", period="2022")]),
    Example("Năm 2022, cấp tỉnh giải quyết 9.870 hồ sơ, cấp huyện 4.120 hồ sơ, cấp xã 15.300 "
            "hồ sơ.",
            [M("dossiers_resolved", 9870, level="province"),
             M("dossiers_resolved", 4120, level="district"),
             M("dossiers_resolved", 15300, level="commune")]),
    Example("Trong quý III/2022, các xã, thị trấn tiếp nhận 2.412 hồ sơ.",
            [M("dossiers_received", 2412, level="commune", period="2022-Q3")]),
    Example("Trong 6 tháng cuối năm 2022, huyện đã trả kết quả 3.106 hồ sơ.",
            [M("dossiers_resolved", 3106, period="2022-H2")]),
    Example("Trong tháng 5, Bộ phận một cửa xã tiếp nhận 126 hồ sơ.",
            [M("dossiers_received", 126, level="commune", period="2022-05")],
            published="2022-06-03"),
    Example("Năm nay, huyện đã tiếp nhận 4.518 hồ sơ.",
            [M("dossiers_received", 4518, period="2023")], published="2023-12-20"),
    Example("Trong năm, UBND thị trấn không có hồ sơ quá hạn, chỉ có hai hồ sơ đang giải quyết.",
            [M("dossiers_overdue", 0, level="commune"),
             M("dossiers_pending", 2, level="commune")]),
    Example("Xã đã giải quyết đúng và trước hạn mười lăm hồ sơ đất đai.",
            [M("dossiers_resolved_on_time", 15, level="commune")]),
    Example("Một trăm phần trăm hồ sơ được giải quyết đúng hẹn.", [M("on_time_rate", 100)]),
    Example("Toàn tỉnh tiếp nhận trên 1,2 triệu hồ sơ, trong đó gần 1,2 nghìn hồ sơ trễ hạn.",
            [M("dossiers_received", 1200000, level=None, approximate=True),
             M("dossiers_overdue", 1200, approximate=True)]),
    Example("Cả năm, Bộ phận một cửa huyện tiếp nhận 12 345 hồ sơ.",
            [M("dossiers_received", 12345)]),
    Example("Khoảng 95% hồ sơ được tiếp nhận và trả kết quả trực tuyến.",
            [M("online_rate", 95, approximate=True)]),
    Example("Tỷ lệ hồ sơ giải quyết đúng hạn đạt gần như 100%.",
            [M("on_time_rate", 100, approximate=True)]),
    Example("Số hồ sơ chưa đến hạn giải quyết là 23 hồ sơ, hồ sơ chậm trễ là 4 hồ sơ.",
            [M("dossiers_pending", 23), M("dossiers_overdue", 4)]),
    Example("Trong năm 2022, Bộ phận một cửa thực hiện liên thông 312 hồ sơ khai sinh, thường "
            "trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi.",
            [M("dossiers_other", 312, period="2022")]),
    Example("Đã giải quyết 1.245 hồ sơ, đạt tỷ lệ 97,8% hồ sơ đúng hạn.",
            [M("dossiers_resolved", 1245), M("on_time_rate", 97.8)]),
    Example("Giải quyết đúng hạn 1.190 hồ sơ, đạt 95,6%.",
            [M("dossiers_resolved_on_time", 1190), M("on_time_rate", 95.6)]),
    Example("Tổng số hồ sơ tiếp nhận là 2.000 hồ sơ, trong đó hồ sơ nộp trực tuyến là 800 hồ "
            "sơ, chiếm 40%.",
            [M("dossiers_received", 2000), M("dossiers_online", 800), M("online_rate", 40)],
            warnings=[]),
    Example("Số hồ sơ trực tuyến là 800 hồ sơ, chiếm 45% tổng số hồ sơ tiếp nhận là 2.000 hồ sơ.",
            [M("dossiers_online", 800), M("online_rate", 45), M("dossiers_received", 2000)],
            warnings=["online_rate 45 ≠ dossiers_online 800 / dossiers_received 2000 = "
                      "40.00%"]),
    Example("Trong năm 2022, cấp xã đã tiếp nhận 3.000 hồ sơ, cấp huyện tiếp nhận 1.000 hồ sơ.",
            [M("dossiers_received", 3000, level="commune"),
             M("dossiers_received", 1000, level="district")], warnings=[]),
    Example("Năm 2022, toàn huyện tiếp nhận 4.100 hồ sơ (cấp huyện 1.000 hồ sơ, cấp xã 3.000 "
            "hồ sơ).",
            [M("dossiers_received", 4100, level=None), M("dossiers_received", 1000),
             M("dossiers_received", 3000)],
            warnings=["dossiers_received district 1000 + commune 3000 = 4000 ≠ whole area "
                      "4100 (2022)"]),
    Example("Số hồ sơ được tiếp nhận qua bưu điện là 57 hồ sơ.", [M("dossiers_postal", 57)]),
    Example("Năm 2022, số hồ sơ trực tuyến toàn trình tăng 215 hồ sơ so với năm 2021.",
            [M("dossiers_online", 215, period="2022", delta=True)]),
    Example("Năm 2022, chỉ số CCHC của huyện tăng lên 85,4 điểm.",
            [M("par_index_score", 85.4, delta=False)]),
    Example("Chỉ số cải cách hành chính năm 2022 của huyện đạt 83.54 điểm.",
            [M("par_index_score", 83.54)]),
    Example("Chỉ số CCHC năm 2022 của xã Hòa Bình đạt 90,12 điểm, xếp thứ nhất trong các xã.",
            [M("par_index_score", 90.12, level="commune"),
             M("par_index_rank", 1, level="commune")]),
    Example("Năm 2022, huyện có 5.000 hồ sơ, trong đó giải quyết đúng hạn 4.900 hồ sơ.",
            [M("dossiers_received", 5000), M("dossiers_resolved_on_time", 4900)]),
    Example("Kết quả khảo sát sự hài lòng của người dân đạt 97,5%.",
            [M("satisfaction_rate", 97.5)]),
    Example("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt 86,54%, tăng 2,1% so với năm "
            "2021.",
            [M("satisfaction_rate", 86.54, delta=False),
             M("satisfaction_rate", 2.1, delta=True, period=None)]),
    Example("Trong quý II/2022 tiếp nhận 600 hồ sơ; so với quý I năm 2022 tăng 50 hồ sơ.",
            [M("dossiers_received", 600, period="2022-Q2", delta=False),
             M("dossiers_received", 50, period="2022-Q2", delta=True)]),
    Example("Trong đó, cấp huyện tiếp nhận 6.128 hồ sơ, giải quyết đúng hạn 6.120 hồ sơ, đạt "
            "99,87%; cấp xã tiếp nhận 22.412 hồ sơ, giải quyết đúng hạn 22.380 hồ sơ, đạt 99,86%.",
            [M("dossiers_received", 6128, level="district"),
             M("dossiers_resolved_on_time", 6120, level="district"),
             M("on_time_rate", 99.87, level="district"),
             M("dossiers_received", 22412, level="commune"),
             M("dossiers_resolved_on_time", 22380, level="commune"),
             M("on_time_rate", 99.86, level="commune")], warnings=[]),
    Example("Năm 2022, Chỉ số cải cách hành chính của huyện đạt 85,32%, xếp thứ 5/11 huyện, "
            "thành phố; Chỉ số hài lòng đạt 92,1%; Chỉ số DDCI đạt 68,4 điểm, xếp thứ 3.",
            [M("par_index_score", 85.32, period="2022"), M("par_index_rank", 5),
             M("satisfaction_rate", 92.1), M("ddci_score", 68.4, level="district"),
             M("ddci_rank", 3, period="2022")]),
    Example("Tổng số hồ sơ tiếp nhận: 1.520; đã giải quyết: 1.498; đang giải quyết: 22.",
            [M("dossiers_received", 1520), M("dossiers_resolved", 1498),
             M("dossiers_pending", 22)]),
    Example("Huyện Vũ Quang xếp thứ 4/13 huyện, thành phố, thị xã về chỉ số CCHC năm 2022.",
            [M("par_index_rank", 4, level="district", period="2022")]),
    Example("Kết quả chấm điểm chỉ số cải cách hành chính năm 2022, huyện đạt 88,5/100 điểm.",
            [M("par_index_score", 88.5, period="2022")]),
    Example("Toàn tỉnh đã tiếp nhận 1.234.567 hồ sơ, khoảng 2 triệu lượt người được phục vụ.",
            [M("dossiers_received", 1234567, level=None)]),
    # -- issue 13: whose figure, fractions, totals, channels, words for ranks ----
    Example(
        "Kết quả Chỉ số cải cách hành chính năm 2023: huyện Hướng Hóa đạt 84,2 điểm, xếp thứ 3; "
        "huyện Đakrông đạt 79,6 điểm, xếp thứ 8.",
        [M("par_index_score", 84.2, entity="Hướng Hóa"), M("par_index_rank", 3, entity="Hướng Hóa"),
         M("par_index_score", 79.6, entity="Đakrông"), M("par_index_rank", 8, entity="Đakrông")]),
    Example(
        "Tỷ lệ hồ sơ nộp qua mạng toàn huyện đạt 62%, trong đó các xã có tỷ lệ cao là Cam "
        "Thành (91%), Cam Tuyền (88%).",
        [M("online_rate", 62, entity=None, level=None),
         M("online_rate", 91, entity="Cam Thành", level="commune"),
         M("online_rate", 88, entity="Cam Tuyền", level="commune")]),
    Example(
        "Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn là 2.316/2.330, đạt 99,4%.",
        [M("dossiers_resolved_on_time", 2316), M("dossiers_resolved", 2330),
         M("on_time_rate", 99.4, period="2023")]),
    Example(
        "Quý III, Văn phòng đã giải quyết khoảng 1.500 hồ sơ qua mạng/tổng số 2.100 hồ sơ.",
        [M("dossiers_online", 1500, approximate=True), M("dossiers_resolved", 2100)]),
    Example(
        "Bộ phận một cửa đã tiếp nhận 640 hồ sơ trực tuyến trong tổng số 980 hồ sơ.",
        [M("dossiers_online", 640), M("dossiers_received", 980)]),
    Example(
        "Trong tháng, xã tiếp nhận và giải quyết 312 hồ sơ, không có hồ sơ trễ hạn.",
        [M("dossiers_received", 312), M("dossiers_resolved", 312), M("dossiers_overdue", 0)]),
    Example(
        "Tháng 4/2024, hồ sơ tồn trước chuyển sang 55 hồ sơ, tiếp nhận mới 410 hồ sơ.",
        [M("dossiers_carried_over", 55, period="2024-04"), M("dossiers_received_new", 410)]),
    Example(
        "Năm 2022, chỉ số cải cách hành chính của huyện đứng ở vị trí thứ ba trong tỉnh.",
        [M("par_index_rank", 3, period="2022")]),
    Example(
        "Thông qua dịch vụ bưu chính công ích, bưu điện huyện đã chuyển trả kết quả 215 hồ sơ.",
        [M("dossiers_postal", 215)]),
    Example(
        "Nhân viên bưu điện đã tiếp nhận tại nhà 74 hồ sơ của người dân.",
        [M("dossiers_postal", 74)]),
    Example(
        "Năm 2023 huyện tiếp nhận 3.000 hồ sơ, trong đó trực tiếp tại bộ phận một cửa 1.900 "
        "hồ sơ, qua mạng 1.050 hồ sơ, qua bưu chính 50 hồ sơ.",
        [M("dossiers_received", 3000), M("dossiers_other", 1900), M("dossiers_online", 1050),
         M("dossiers_postal", 50)]),
    Example(
        "Xã Tân Lập đã tiếp nhận 820 hồ sơ, giải quyết đúng hạn 815 hồ sơ.",
        [M("dossiers_received", 820, entity="Tân Lập", level="commune"),
         M("dossiers_resolved_on_time", 815, entity="Tân Lập")]),
    Example(
        "Năm 2023, Chỉ số CCHC của tỉnh Quảng Trị đạt 86,1%, xếp thứ 14/63 tỉnh, thành phố.",
        [M("par_index_score", 86.1, entity="Quảng Trị", level="province"),
         M("par_index_rank", 14, entity="Quảng Trị", level="province")]),
    Example(
        "Tỉnh đứng vị trí thứ hai toàn quốc về Chỉ số CCHC với kết quả 88,2%.",
        [M("par_index_rank", 2), M("par_index_score", 88.2)]),
    Example(
        "Tỷ lệ hồ sơ nộp trực tuyến của các xã đạt 58%, cao nhất là Triệu Phước: 93%, "
        "Triệu Độ: 90%.",
        [M("online_rate", 58, entity=None), M("online_rate", 93, entity="Triệu Phước"),
         M("online_rate", 90, entity="Triệu Độ", level="commune")]),
    Example(
        "Trong quý, xã Hải Thượng tiếp nhận 410 hồ sơ, Hải Lâm 365 hồ sơ.",
        [M("dossiers_received", 410, entity="Hải Thượng"),
         M("dossiers_received", 365, entity="Hải Lâm", level="commune")]),
    Example(
        "Cả năm, tỷ lệ hồ sơ giải quyết đúng hạn của huyện đạt 99,42%, của các xã, thị trấn "
        "đạt 99,8%.",
        [M("on_time_rate", 99.42, level=None), M("on_time_rate", 99.8, level="commune")]),
    Example(
        "Năm 2023, huyện xếp thứ 6 về Chỉ số PCI và xếp thứ 2 về Chỉ số CCHC của tỉnh.",
        [M("par_index_rank", 2, period="2023")]),
    Example(
        "Số hồ sơ phải giải quyết trong kỳ là 1.900 hồ sơ (kỳ trước chuyển sang 75 hồ sơ, tiếp "
        "nhận mới 1.825 hồ sơ).",
        [M("dossiers_received", 1900), M("dossiers_carried_over", 75),
         M("dossiers_received_new", 1825)], warnings=[]),
    Example(
        "Hồ sơ đã giải quyết: 1.870 (trước hạn: 600; đúng hạn: 1.262; quá hạn: 8).",
        [M("dossiers_resolved", 1870), M("dossiers_resolved_early", 600),
         M("dossiers_resolved_on_time", 1262), M("dossiers_overdue", 8)]),
    Example(
        "UBND tỉnh công bố Chỉ số CCHC năm 2023 của các huyện: Hải Lăng đạt 86,4 điểm, Triệu "
        "Phong đạt 84,9 điểm.",
        [M("par_index_score", 86.4, entity="Hải Lăng"),
         M("par_index_score", 84.9, entity="Triệu Phong")]),
    Example(
        "Có 97,2% người dân hài lòng với sự phục vụ của Bộ phận một cửa.",
        [M("satisfaction_rate", 97.2, entity=None)]),
    # -- tables: header names the figure, the row its tier or its unit ---------------
    Example(
        "Kết quả giải quyết hồ sơ quý II năm 2024\n"
        "Cấp\tTiếp nhận\tĐúng hạn\tQuá hạn\n"
        "Cấp huyện\t1.480\t1.470\t10\n"
        "Cấp xã\t6.120\t6.118\t2\n"
        "Tổng cộng\t7.600\t7.588\t12",
        [M("dossiers_received", 1480, level="district", period="2024-Q2"),
         M("dossiers_resolved_on_time", 1470, level="district"),
         M("dossiers_overdue", 10, level="district"),
         M("dossiers_received", 6120, level="commune"),
         M("dossiers_resolved_on_time", 6118, level="commune"),
         M("dossiers_overdue", 2, level="commune"),
         M("dossiers_received", 7600, level=None, entity=None),
         M("dossiers_resolved_on_time", 7588, level=None),
         M("dossiers_overdue", 12, level=None)]),
    Example(
        "Bảng xếp hạng Chỉ số cải cách hành chính các xã năm 2023\n"
        "| STT | Đơn vị | Tổng điểm | Xếp hạng |\n"
        "| 1 | Xã Gio An | 90,25 | 1 |\n"
        "| 2 | UBND thị trấn Cửa Việt | 88,5 | 2 |",
        [M("par_index_score", 90.25, entity="Gio An", level="commune", period="2023"),
         M("par_index_rank", 1, entity="Gio An", level="commune"),
         M("par_index_score", 88.5, entity="Cửa Việt", level="commune"),
         M("par_index_rank", 2, entity="Cửa Việt", level="commune")]),
    Example(
        "Kết quả tiếp nhận hồ sơ của huyện năm 2023\n"
        "Kỳ báo cáo\tTiếp nhận\tTrễ hạn\n"
        "Quý III\t1.310\t4\n"
        "Quý IV\t1.452\t2",
        [M("dossiers_received", 1310, period="2023-Q3", entity=None, level=None),
         M("dossiers_overdue", 4, period="2023-Q3"),
         M("dossiers_received", 1452, period="2023-Q4"),
         M("dossiers_overdue", 2, period="2023-Q4")]),
    Example(
        "So sánh kết quả giải quyết hồ sơ của huyện\n"
        "Chỉ tiêu\tNăm 2022\tNăm 2023\n"
        "Số hồ sơ tiếp nhận\t3.950\t4.420\n"
        "Tỷ lệ đúng hạn (%)\t98,4\t99,1",
        [M("dossiers_received", 3950, period="2022"), M("dossiers_received", 4420, period="2023"),
         M("on_time_rate", 98.4, period="2022"), M("on_time_rate", 99.1, period="2023")],
        published="2024-01-05"),
    Example(
        "Kết quả quý II năm 2024:\nTiếp nhận:\t615 hồ sơ\nGiải quyết đúng hạn:\t602 hồ sơ",
        [M("dossiers_received", 615, period="2024-Q2"),
         M("dossiers_resolved_on_time", 602, period="2024-Q2")]),
    Example(
        "Số liệu 6 tháng đầu năm 2024\n"
        "Chỉ tiêu\tCấp huyện\tCấp xã\n"
        "Số hồ sơ tiếp nhận\t900\t2.400\n"
        "Tỷ lệ đúng hạn (%)\t98,9\t99,6",
        [M("dossiers_received", 900, level="district", period="2024-H1"),
         M("dossiers_received", 2400, level="commune"),
         M("on_time_rate", 98.9, level="district"), M("on_time_rate", 99.6, level="commune")]),
    # -- issue 13, second round (kinds the blind set showed) ---------------------------
    # Kind 1: a metric named before a colon or a list applies to every item after it.
    Example(
        "Tỷ lệ hồ sơ giải quyết đúng hạn năm 2023 của các xã: An Hòa 99,9%, Bình Minh 99,7%, "
        "Tân Phú 98,5%.",
        [M("on_time_rate", 99.9, entity="An Hòa", level="commune", period="2023"),
         M("on_time_rate", 99.7, entity="Bình Minh", level="commune", period="2023"),
         M("on_time_rate", 98.5, entity="Tân Phú", level="commune", period="2023")]),
    Example(
        "Số hồ sơ tiếp nhận năm 2024 của các phường như sau: Phường Hòa Bình 1.250 hồ sơ; "
        "phường Tân Tiến 980 hồ sơ; phường Quyết Thắng 1.105 hồ sơ.",
        [M("dossiers_received", 1250, entity="Hòa Bình", level="commune", period="2024"),
         M("dossiers_received", 980, entity="Tân Tiến", level="commune", period="2024"),
         M("dossiers_received", 1105, entity="Quyết Thắng", level="commune", period="2024")]),
    Example(
        "Điểm Chỉ số CCHC năm 2023 của các huyện, thị xã, thành phố: Gio Linh 86,4 điểm, Hải "
        "Lăng 85,1 điểm, Đông Hà 83,7 điểm.",
        [M("par_index_score", 86.4, entity="Gio Linh", level="district", period="2023"),
         M("par_index_score", 85.1, entity="Hải Lăng", level="district", period="2023"),
         M("par_index_score", 83.7, entity="Đông Hà", level="district", period="2023")]),
    Example(
        "Tỷ lệ hồ sơ trực tuyến của các đơn vị cấp xã gồm: Hòa Thuận 72,5%, Phú Lộc 68%, Vĩnh "
        "Trung 55,4%.",
        [M("online_rate", 72.5, entity="Hòa Thuận", level="commune"),
         M("online_rate", 68, entity="Phú Lộc", level="commune"),
         M("online_rate", 55.4, entity="Vĩnh Trung", level="commune")]),
    Example(
        "Các xã có tỷ lệ giải quyết đúng hạn cao nhất là Tân Lập 100%, Hòa Bình 99,8%.",
        [M("on_time_rate", 100, entity="Tân Lập", level="commune"),
         M("on_time_rate", 99.8, entity="Hòa Bình", level="commune")]),
    Example(
        "Kết quả tiếp nhận hồ sơ trực tuyến của các xã như sau: Gio An 320 hồ sơ, Gio Bình 285 "
        "hồ sơ.",
        [M("dossiers_online", 320, entity="Gio An", level="commune"),
         M("dossiers_online", 285, entity="Gio Bình", level="commune")]),
    Example(
        "Chỉ số CCHC năm 2022 của các huyện: Triệu Phong 84,12 điểm (xếp thứ 3), Hải Lăng 83,5 "
        "điểm (xếp thứ 4).",
        [M("par_index_score", 84.12, entity="Triệu Phong", level="district", period="2022"),
         M("par_index_rank", 3, entity="Triệu Phong", level="district", period="2022"),
         M("par_index_score", 83.5, entity="Hải Lăng", level="district"),
         M("par_index_rank", 4, entity="Hải Lăng", level="district")]),
    # Kind 2: tables whose row labels name the channel, a "Tổng số" column, plan and
    # maximum columns, component points, rank changes, the period from the caption.
    Example(
        "Kết quả tiếp nhận hồ sơ năm 2023 theo hình thức nộp\n"
        "Hình thức\tTiếp nhận\tTỷ lệ (%)\n"
        "Trực tiếp\t3.200\t64\n"
        "Trực tuyến\t1.650\t33\n"
        "Qua dịch vụ bưu chính\t150\t3\n"
        "Tổng số\t5.000\t100",
        [M("dossiers_other", 3200, period="2023"),
         M("dossiers_online", 1650, period="2023"), M("online_rate", 33, period="2023"),
         M("dossiers_postal", 150, period="2023"),
         M("dossiers_received", 5000, period="2023", level=None)]),
    Example(
        "Kết quả giải quyết TTHC 6 tháng đầu năm 2024\n"
        "Đơn vị\tTổng số\tĐúng hạn\tQuá hạn\n"
        "Cấp huyện\t1.520\t1.515\t5\n"
        "Cấp xã\t4.300\t4.300\t0",
        [M("dossiers_received", 1520, level="district", period="2024-H1"),
         M("dossiers_resolved_on_time", 1515, level="district", period="2024-H1"),
         M("dossiers_overdue", 5, level="district"),
         M("dossiers_received", 4300, level="commune"),
         M("dossiers_resolved_on_time", 4300, level="commune"),
         M("dossiers_overdue", 0, level="commune")]),
    Example(
        "Kết quả thực hiện chỉ tiêu CCHC năm 2023\n"
        "Chỉ tiêu\tKế hoạch\tThực hiện\n"
        "Tỷ lệ hồ sơ trực tuyến (%)\t50\t62,3\n"
        "Tỷ lệ giải quyết đúng hạn (%)\t98\t99,4",
        [M("online_rate", 62.3, period="2023"), M("on_time_rate", 99.4, period="2023")]),
    Example(
        "Kết quả chấm điểm Chỉ số CCHC năm 2023 của huyện\n"
        "Lĩnh vực\tĐiểm tối đa\tĐiểm đạt\n"
        "Công tác chỉ đạo, điều hành\t14\t12,5\n"
        "Cải cách thủ tục hành chính\t12\t11,25\n"
        "Tổng cộng\t100\t86,75",
        [M("par_index_score", 86.75, period="2023")]),
    Example(
        "Bảng xếp hạng Chỉ số CCHC năm 2023 các xã\n"
        "STT\tĐơn vị\tĐiểm\tXếp hạng\tTăng/giảm bậc\n"
        "1\tXã Tân Lập\t89,5\t1\t+3\n"
        "2\tXã Hòa Bình\t87,2\t2\t-1",
        [M("par_index_score", 89.5, entity="Tân Lập", level="commune", period="2023"),
         M("par_index_rank", 1, entity="Tân Lập", level="commune", delta=False),
         M("par_index_score", 87.2, entity="Hòa Bình", level="commune"),
         M("par_index_rank", 2, entity="Hòa Bình", level="commune", delta=False)]),
    Example(
        "Chỉ số CCHC năm 2023\n"
        "Đơn vị\tĐiểm\tXếp hạng\n"
        "Huyện Gio Linh\t86,4\t3\n"
        "Huyện Cam Lộ\t84,1\t6",
        [M("par_index_score", 86.4, entity="Gio Linh", level="district", period="2023"),
         M("par_index_rank", 3, entity="Gio Linh", level="district", period="2023"),
         M("par_index_score", 84.1, entity="Cam Lộ", level="district", period="2023"),
         M("par_index_rank", 6, entity="Cam Lộ", level="district", period="2023")],
        published="2024-03-01"),
    Example(
        "Nội dung\tQuý I/2024\tQuý II/2024\n"
        "Tiếp nhận\t1.200\t1.350\n"
        "Trễ hạn\t3\t1",
        [M("dossiers_received", 1200, period="2024-Q1"),
         M("dossiers_received", 1350, period="2024-Q2"),
         M("dossiers_overdue", 3, period="2024-Q1"), M("dossiers_overdue", 1, period="2024-Q2")],
        published="2024-07-05"),
    Example(
        "Chỉ số CCHC năm 2023 của huyện\n"
        "Tiêu chí\tĐiểm tối đa\tĐiểm thẩm định\n"
        "Công tác chỉ đạo điều hành\t12\t11\n"
        "Tổng\t100\t88,25",
        [M("par_index_score", 88.25, period="2023")]),
    Example(
        "Tình hình tiếp nhận hồ sơ quý I năm 2024\n"
        "Nội dung\tSố lượng\n"
        "Tổng số hồ sơ tiếp nhận\t2.340\n"
        "Trực tiếp\t1.200\n"
        "Trực tuyến\t1.050\n"
        "Qua bưu chính công ích\t90",
        [M("dossiers_received", 2340, period="2024-Q1"), M("dossiers_other", 1200),
         M("dossiers_online", 1050), M("dossiers_postal", 90, period="2024-Q1")]),
    Example(
        "Năm 2023\tTiếp nhận\tĐã giải quyết\n"
        "Quý I\t1.000\t980\n"
        "Quý II\t1.100\t1.090",
        [M("dossiers_received", 1000, period="2023-Q1"),
         M("dossiers_resolved", 980, period="2023-Q1"),
         M("dossiers_received", 1100, period="2023-Q2"),
         M("dossiers_resolved", 1090, period="2023-Q2")]),
    Example(
        "Kết quả thực hiện năm 2023\n"
        "Chỉ tiêu\tKế hoạch năm 2023\tThực hiện năm 2023\tTỷ lệ (%)\n"
        "Hồ sơ trực tuyến\t3.000\t3.450\t115",
        [M("dossiers_online", 3450, period="2023")]),
    Example(
        "Bảng 1. Kết quả Chỉ số CCHC năm 2023 của các xã, thị trấn\n"
        "| TT | Xã, thị trấn | Điểm đạt | Xếp hạng | Tăng (+), giảm (-) so với năm 2022 |\n"
        "| 1 | Thị trấn Gio Linh | 91,2 | 1 | +2 |\n"
        "| 2 | Xã Gio Mỹ | 89,7 | 2 | -1 |",
        [M("par_index_score", 91.2, entity="Gio Linh", level="commune", period="2023"),
         M("par_index_rank", 1, entity="Gio Linh", level="commune"),
         M("par_index_score", 89.7, entity="Gio Mỹ", level="commune"),
         M("par_index_rank", 2, entity="Gio Mỹ", level="commune")]),
    # Kind 3: the level of a named unit from its tier word, index figures too.
    Example(
        "Năm 2023, Chỉ số CCHC của xã An Hòa đạt 88,6 điểm, xếp thứ 3/15 xã, thị trấn.",
        [M("par_index_score", 88.6, level="commune", entity="An Hòa", period="2023"),
         M("par_index_rank", 3, level="commune", entity="An Hòa", period="2023")]),
    Example(
        "Chỉ số cải cách hành chính năm 2022 của tỉnh Quảng Trị đạt 85,21%, xếp thứ 24/63 tỉnh, "
        "thành phố.",
        [M("par_index_score", 85.21, level="province", entity="Quảng Trị", period="2022"),
         M("par_index_rank", 24, level="province", entity="Quảng Trị", period="2022")]),
    Example(
        "Kết quả Chỉ số CCHC năm 2023, thành phố Đông Hà đạt 89,1 điểm, dẫn đầu các huyện, thị "
        "xã, thành phố thuộc tỉnh.",
        [M("par_index_score", 89.1, level="district", entity="Đông Hà", period="2023")]),
    Example(
        "Về Chỉ số CCHC năm 2023, phường Đông Lễ xếp thứ 2, thị trấn Cửa Việt xếp thứ 5.",
        [M("par_index_rank", 2, level="commune", entity="Đông Lễ"),
         M("par_index_rank", 5, level="commune", entity="Cửa Việt")]),
    Example(
        "Quận Hải Châu đạt 91,2 điểm Chỉ số CCHC năm 2023.",
        [M("par_index_score", 91.2, level="district", entity="Hải Châu", period="2023")]),
    Example(
        "Thị xã Quảng Trị xếp thứ 7 về Chỉ số CCHC năm 2023.",
        [M("par_index_rank", 7, level="district", entity="Quảng Trị", period="2023")]),
    Example(
        "Năm 2023, tỉnh Quảng Trị tiếp nhận 152.300 hồ sơ.",
        [M("dossiers_received", 152300, level="province", entity="Quảng Trị")]),
    # Kind 4: fractions, a partial online count, the running total of six months.
    Example(
        "Năm 2023, xã đã giải quyết đúng hạn 1.180/1.200 hồ sơ, đạt 98,3%.",
        [M("dossiers_resolved_on_time", 1180, level="commune"),
         M("dossiers_resolved", 1200, level="commune"), M("on_time_rate", 98.3)]),
    Example(
        "Kết quả có 2.310/2.330 hồ sơ đã giải quyết đúng hạn, đạt 99,1%.",
        [M("dossiers_resolved_on_time", 2310), M("dossiers_resolved", 2330),
         M("on_time_rate", 99.1)]),
    Example(
        "Tỷ lệ hồ sơ giải quyết đúng hạn: 1.190/1.200 hồ sơ đã giải quyết, đạt 99,2%.",
        [M("dossiers_resolved_on_time", 1190), M("dossiers_resolved", 1200),
         M("on_time_rate", 99.2)]),
    Example(
        "Kết quả: 1.190/1.200 hồ sơ đã giải quyết, đạt 99,2%.",
        [M("dossiers_resolved_on_time", 1190), M("dossiers_resolved", 1200),
         M("on_time_rate", 99.2)]),
    Example(
        "Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,2% (1.190/1.200 hồ sơ đã giải quyết).",
        [M("on_time_rate", 99.2), M("dossiers_resolved_on_time", 1190),
         M("dossiers_resolved", 1200)]),
    Example(
        "Tiếp nhận 5.000 hồ sơ, trong đó: trực tiếp 2.400 hồ sơ, một phần 1.900 hồ sơ, toàn "
        "trình 700 hồ sơ.",
        [M("dossiers_received", 5000), M("dossiers_other", 2400), M("dossiers_online", 1900),
         M("dossiers_online", 700)]),
    Example(
        "Năm 2024, huyện tiếp nhận 3.400 hồ sơ trực tuyến, trong đó một phần 2.600 hồ sơ.",
        [M("dossiers_online", 3400), M("dossiers_online", 2600)]),
    Example(
        "Trong tháng 6, tiếp nhận 1.020 hồ sơ; lũy kế 6 tháng 5.870 hồ sơ.",
        [M("dossiers_received", 1020, period="2024-06"),
         M("dossiers_received", 5870, period="2024-H1")],
        published="2024-07-03"),
    Example(
        "Luỹ kế 6 tháng đầu năm, xã tiếp nhận 2.045 hồ sơ.",
        [M("dossiers_received", 2045, period="2024-H1", level="commune")],
        published="2024-07-03"),
    # Kind 5: satisfaction is its own metric; its rank is no PAR rank.
    Example(
        "Chỉ số hài lòng (SIPAS) năm 2023 của huyện đạt 86,4%, xếp thứ 3/9 huyện, thị xã.",
        [M("satisfaction_rate", 86.4, period="2023")]),
    Example(
        "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt "
        "92,5%.",
        [M("satisfaction_rate", 92.5)]),
    Example(
        "Chỉ số CCHC năm 2023 của huyện đạt 87,3 điểm, cao hơn mức trung bình của tỉnh 2,5 "
        "điểm.",
        [M("par_index_score", 87.3, period="2023", delta=False)]),
    Example(
        "Chỉ số CCHC của huyện đạt 84,2 điểm, thấp hơn 1,3 điểm so với điểm trung bình các "
        "huyện.",
        [M("par_index_score", 84.2, delta=False)]),
    Example(
        "Chỉ số SIPAS của huyện xếp thứ 3/9, đạt 84,5%.",
        [M("satisfaction_rate", 84.5)]),
    Example(
        "Điểm trung bình Chỉ số CCHC của các xã là 82,3 điểm; xã Tân Lập đạt cao nhất với 91,5 "
        "điểm.",
        [M("par_index_score", 91.5, entity="Tân Lập", level="commune")]),
    # Kind 6: "không có hồ sơ trễ hạn" is a result of 0.
    Example("Trong năm 2023, không có hồ sơ trễ hạn.",
            [M("dossiers_overdue", 0, period="2023")]),
    Example("UBND xã giải quyết 520 hồ sơ, không có hồ sơ quá hạn.",
            [M("dossiers_resolved", 520, level="commune"),
             M("dossiers_overdue", 0, level="commune")]),
    Example("Trong tháng, UBND xã không có hồ sơ giải quyết trễ hẹn.",
            [M("dossiers_overdue", 0, level="commune")], published="2024-05-31"),
    # Kind 7: "năm nay" beside "6 tháng đầu" is the first half of the publication year.
    Example("6 tháng đầu năm nay, huyện tiếp nhận 3.210 hồ sơ, giải quyết đúng hạn 3.198 hồ sơ.",
            [M("dossiers_received", 3210, period="2024-H1"),
             M("dossiers_resolved_on_time", 3198, period="2024-H1")],
            published="2024-07-10"),
    Example("Năm nay, 6 tháng đầu xã đã tiếp nhận 840 hồ sơ.",
            [M("dossiers_received", 840, period="2023-H1")], published="2023-07-04"),
    Example("Tính đến hết 6 tháng đầu năm nay đã tiếp nhận 1.500 hồ sơ trực tuyến.",
            [M("dossiers_online", 1500, period="2022-H1")], published="2022-07-01"),
]

TRAPS = [
    Example("Tỷ lệ tiêm vắc xin phòng COVID-19 mũi 3 đạt 95,2%, tỷ lệ hộ nghèo giảm 1,2%.", []),
    Example("Huyện tiếp nhận 500 hồ sơ, tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt 98%.",
            [M("dossiers_received", 500)]),
    Example("Số hồ sơ tiếp nhận tăng 12% so với cùng kỳ năm 2021.", []),
    Example("Năm 2021, xã tiếp nhận 2021 hồ sơ.", [M("dossiers_received", 2021, period="2021")]),
    Example("Quyết định số 488/QĐ-UBND ngày 28/3/2022 và Nghị định 61/2018/NĐ-CP quy định về "
            "thực hiện cơ chế một cửa, một cửa liên thông.", []),
    Example("Huyện có 125 thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4.", []),
    Example("Hội thi tìm hiểu về cải cách hành chính năm 2022, xã Tân Lập đạt 95 điểm, xếp thứ "
            "nhất toàn đoàn.", []),
    Example("Chỉ số PCI năm 2022 của tỉnh xếp thứ 12, chỉ số giá tiêu dùng tăng 2,5%.", []),
    Example("Hội nghị trực tuyến được kết nối tới 15 điểm cầu các xã, thị trấn.", []),
    Example("Phấn đấu năm 2023 tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%, tỷ lệ hồ sơ trực "
            "tuyến đạt trên 50%.", []),
    Example("Mọi thắc mắc xin liên hệ số điện thoại 0206.3870.123 hoặc 0913 456 789.", []),
    Example("Đăng ngày 17 - 05 - 2024   Lượt xem: 400   100%", []),
    Example("Chiều ngày 8/4, Chủ tịch UBND huyện chủ trì hội nghị; thứ 6, ngày 15/4, đoàn làm "
            "việc tại 3 xã.", []),
    Example("Tiếp nhận 500 hồ sơ so với cùng kỳ năm 2021.",
            [M("dossiers_received", 500, period=None)]),
    Example("Thu ngân sách trên địa bàn đạt 125,6 tỷ đồng, bằng 110% dự toán.", []),
    Example("Giải quyết 12 đơn thư khiếu nại, tố cáo, đạt 100%.", []),
    Example("Xếp thứ 6/13 huyện, thị xã.", []),
    Example("Huyện đã giải quyết 12 kiến nghị của cử tri và 3 vụ việc tồn đọng.", []),
    Example("Năm 2022 huyện đã cấp 1.205 giấy chứng nhận quyền sử dụng đất, đạt 110% kế hoạch.",
            []),
    Example("Sáu tháng đầu năm, Trạm Y tế xã khám cho 1.250 lượt người, không có ca mắc sốt "
            "xuất huyết.", []),
    Example("Năm 2023, toàn huyện có 28.540 hồ sơ được tiếp nhận, đã giải quyết 28.312 hồ sơ "
            "(đạt 99,2%).",
            [M("dossiers_received", 28540), M("dossiers_resolved", 28312)]),
    Example("Đến nay, 100% xã, thị trấn đã triển khai tiếp nhận hồ sơ trực tuyến.", []),
    Example("Năm 2022, huyện hoàn thành vượt chỉ tiêu, tiếp nhận 5.120 hồ sơ; dự kiến năm 2023 "
            "tiếp nhận khoảng 6.000 hồ sơ.",
            [M("dossiers_received", 5120, period="2022")]),
    Example("Giải quyết đúng hạn 480 hồ sơ, tăng 5% so với cùng kỳ.",
            [M("dossiers_resolved_on_time", 480)]),
    Example("Trong 9 tháng đầu năm 2022, huyện tiếp nhận 4.112 hồ sơ.",
            [M("dossiers_received", 4112, period=None)], title="Kết quả CCHC năm 2022"),
    Example("Tổng số hồ sơ đang giải quyết: 137 hồ sơ (trong hạn: 130, quá hạn: 7).",
            [M("dossiers_pending", 137), M("dossiers_overdue", 7)]),
    # -- issue 13: what a number counts or scores ---------------------------------
    Example("Theo kế hoạch, năm 2025 tỷ lệ hồ sơ trực tuyến phải đạt tối thiểu 60%.", []),
    Example("Chỉ số DTI cấp huyện năm 2023 đạt 0,52 điểm, xếp thứ 4/9.", []),
    Example("Đến tháng 6/2024, Sở cung cấp thêm 05 dịch vụ công trực tuyến toàn trình.", []),
    Example("Năm 2023 huyện đã rà soát, đơn giản hóa 18 TTHC, đạt 100% kế hoạch.", []),
    Example("Tổng số thủ tục đã cung cấp trực tuyến là 1.204/1.350 thủ tục hành chính, đạt "
            "89%.", []),
    Example("100% TTHC thuộc thẩm quyền của huyện đã được cung cấp dịch vụ công trực tuyến.", []),
    Example("Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình đạt 76%.", []),
    Example("Chỉ số CCHC năm 2022 của huyện, tiêu chí công tác chỉ đạo điều hành được 8/9 "
            "điểm; tiêu chí hiện đại hóa hành chính đạt 6,5/11 điểm.", []),
    Example("Bộ chỉ số cải cách hành chính cấp huyện gồm 8 lĩnh vực, 36 tiêu chí và 82 tiêu chí "
            "thành phần, chấm trên thang điểm 100.", []),
    Example("Theo kết quả công bố, điểm trung bình Chỉ số CCHC của các huyện là 81,4 điểm.", []),
    Example("Năm 2023, 5/9 chỉ số thành phần của Chỉ số CCHC tỉnh đạt trên 85%.", []),
    Example("Chỉ số CCHC của thành phố năm 2022 tăng 3 bậc. Thành phố xếp thứ 4 cả nước về "
            "mức độ sẵn sàng cho phát triển và ứng dụng CNTT.", [M("par_index_rank", 3)]),
    Example("Năm 2023, ứng dụng công nghệ thông tin của tỉnh được xếp hạng thứ 5/63 tỉnh, "
            "thành phố.", []),
    Example("Người dân xã Hải Phú cho biết đã đến nộp hồ sơ ba lần. Trong quý I năm 2024, bộ "
            "phận một cửa huyện đã tiếp nhận 1.180 hồ sơ.",
            [M("dossiers_received", 1180, level="district", entity=None)]),
    Example("Trong quý IV năm 9999, huyện tiếp nhận 410 hồ sơ.",
            [M("dossiers_received", 410, period=None)]),
    # -- issue 13, second round ---------------------------------------------------------
    # Kind 1: a list without figures after a metric names no figure.
    Example("Tỷ lệ giải quyết hồ sơ đúng hạn của các xã đều đạt trên 98%: An Hòa, Bình Minh, "
            "Tân Phú.",
            [M("on_time_rate", 98, approximate=True, entity=None)]),
    # Kind 5: a SIPAS rank, a difference from an average, methodology weights.
    Example("Về Chỉ số SIPAS năm 2023, huyện xếp thứ 5/9 toàn tỉnh.", []),
    Example("Trong cấu trúc Chỉ số CCHC, lĩnh vực cải cách thủ tục hành chính chiếm 30% tổng "
            "điểm.", []),
    Example("Chỉ số thành phần hiện đại hóa hành chính chiếm tỷ trọng 15% tổng điểm Chỉ số "
            "CCHC.", []),
    Example("Điểm điều tra xã hội học chiếm 38 điểm trong tổng điểm Chỉ số CCHC.", []),
    Example("Năm 2023, huyện xếp thứ 4 về Chỉ số hài lòng của người dân (SIPAS).", []),
    # Kind 6: a commitment or a plan of no overdue dossiers is no figure.
    Example("Năm 2024, UBND huyện cam kết không để xảy ra hồ sơ trễ hạn.", []),
    Example("Các xã không để xảy ra tình trạng hồ sơ giải quyết quá hạn.", []),
    Example("Phấn đấu năm 2024 không có hồ sơ trễ hạn, 100% hồ sơ giải quyết đúng hạn.", []),
    Example("Kế hoạch năm 2024 đề ra: không có hồ sơ quá hạn.", []),
    # Kind 2: a component-points table with no total gives no score.
    Example(
        "Kết quả Chỉ số CCHC năm 2023 theo lĩnh vực\n"
        "Tiêu chí\tĐiểm\tXếp hạng\n"
        "Cải cách thể chế\t9,5\t3\n"
        "Cải cách tài chính công\t8,75\t5", []),
]

NOISE = [
    Example(nfd("Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ, ở cấp xã 34.093 hồ sơ giải quyết "
                "đúng quy định 34.085 hồ sơ đạt 99,9% ( quá hạn 08 hồ sơ)."),
            [M("dossiers_received", 3440), M("dossiers_resolved_on_time", 3440),
             M("dossiers_received", 34093, level="commune"),
             M("dossiers_resolved_on_time", 34085, level="commune"),
             M("on_time_rate", 99.9, level="commune"), M("dossiers_overdue", 8)]),
    Example("Xã đã tiếp nhận 1.245\u00a0hồ sơ, giải quyết đúng hạn\u00a01.230\u00a0hồ\u00a0sơ.",
            [M("dossiers_received", 1245), M("dossiers_resolved_on_time", 1230)]),
    Example("TRONG QUÝ I NĂM 2022, UBND XÃ ĐÃ TIẾP NHẬN 1.250 HỒ SƠ, GIẢI QUYẾT ĐÚNG HẠN 1.250 "
            "HỒ SƠ.",
            [M("dossiers_received", 1250, level="commune", period="2022-Q1"),
             M("dossiers_resolved_on_time", 1250, level="commune", period="2022-Q1")]),
    Example("Năm 2021 huyện được tỉnh đánh giá chỉ số cải cách hành chính xếp thư 6.",
            [M("par_index_rank", 6, level="district", period="2021")]),
    Example("Số hồ nhơ tiếp nhận  rong kỳ  là   855  hồ  sơ .",
            [M("dossiers_received_new", 855)]),
    Example("Đã giải quyết 1.205 hồ sơ ( quá hạn 08 hồ sơ  ,  trễ hẹn 02 hồ sơ ).",
            [M("dossiers_resolved", 1205), M("dossiers_overdue", 8), M("dossiers_overdue", 2)]),
    Example("Năm 2022, xã tiếp nhận 640 hồ sơ.\r\nTrong đó, giải quyết đúng hạn 632 hồ sơ.\r\n",
            [M("dossiers_received", 640, level="commune", period="2022"),
             M("dossiers_resolved_on_time", 632, period="2022")]),
    Example("Tỷ lệ giải quyết đúng hạn đạt 99,9 %.", [M("on_time_rate", 99.9)]),
    Example("Tiếp nhận\t350 hồ sơ,giải quyết 348 hồ sơ\u200b.",
            [M("dossiers_received", 350), M("dossiers_resolved", 348)]),
    Example("ÐÃ GIẢI QUYẾT ÐÚNG HẠN 96 HỒ SƠ.", [M("dossiers_resolved_on_time", 96)]),
    Example("Uỷ ban nhân dân xã đã tiếp nhận 402 hồ sơ\x0bvà trả kết quả 398 hồ sơ.",
            [M("dossiers_received", 402, level="commune"),
             M("dossiers_resolved", 398, level="commune")]),
    Example(nfd("Trong quý 1 năm nay, xã đã tiếp nhận và giải quyết hơn 1 nghìn 800 hồ sơ."),
            [M("dossiers_received", 1800, period="2022-Q1", approximate=True),
             M("dossiers_resolved", 1800, period="2022-Q1", approximate=True)],
            published="2022-04-14"),
    Example("Bộ phận một cửa tiếp nhận 96 hồ sở, giải quyết 96 hồ sơ.",
            [M("dossiers_received", 96), M("dossiers_resolved", 96)]),
    # -- issue 13: keywords with one tone mark wrong, missing or added ------------
    Example("Trong tháng, bộ phận một cửa tiêp nhận 740 hồ sơ, giải quyêt đúng hạn 731 hồ sơ.",
            [M("dossiers_received", 740), M("dossiers_resolved_on_time", 731)]),
    Example("Xã đã tiếp nhân 96 hồ sơ, không có hồ sơ trể hạn.",
            [M("dossiers_received", 96), M("dossiers_overdue", 0)]),
    Example(nfd("Huyện tiêp nhận 530 hồ sơ qua mạng."), [M("dossiers_online", 530)]),
    # -- issue 13, second round: text forms (kind 8) ------------------------------------
    Example("Nam 2023, UBND huyen da tiep nhan 1.234 ho so, giai quyet dung han 1.220 ho so, "
            "dat 98,9%.",
            [M("dossiers_received", 1234, period="2023", level="district"),
             M("dossiers_resolved_on_time", 1220, period="2023", level="district"),
             M("on_time_rate", 98.9)]),
    Example("Chi so CCHC nam 2023 cua huyen dat 85,6 diem, xep thu 4/9 huyen.",
            [M("par_index_score", 85.6, period="2023"),
             M("par_index_rank", 4, period="2023")]),
    Example("Trong Năm 2023, Huyện Đã Tiếp Nhận 4.520 Hồ Sơ, Giải Quyết Đúng Hạn 4.500 Hồ Sơ.",
            [M("dossiers_received", 4520, entity=None, period="2023"),
             M("dossiers_resolved_on_time", 4500, entity=None, period="2023")]),
    Example("Trong quý II năm 2024, Bộ phận một cửa huyện đã tiếp nhận\n2.150 hồ sơ, giải "
            "quyết đúng hạn\n2.140 hồ sơ.",
            [M("dossiers_received", 2150, period="2024-Q2", level="district"),
             M("dossiers_resolved_on_time", 2140, period="2024-Q2", level="district")]),
    Example("Năm 2023, xã đã tiếp nhận 860 hồ sơ, trong đó\r\ntrực tuyến 420 hồ sơ.",
            [M("dossiers_received", 860, period="2023"),
             M("dossiers_online", 420, period="2023")]),
    Example("Bộ phận một cửa đã tiếp\nnhận 845 hồ sơ.", [M("dossiers_received", 845)]),
    Example("Huyện Tiếp Nhận 1.500 Hồ Sơ, Trong Đó Trực Tuyến 700 Hồ Sơ.",
            [M("dossiers_received", 1500, entity=None), M("dossiers_online", 700, entity=None)]),
    Example("Ty le ho so giai quyet dung han dat 99,2%.", [M("on_time_rate", 99.2)]),
    Example("Năm 2023, huyện tiếp nhận 5.200 hồ sơ(trực tuyến 2.100 hồ sơ), giải quyết đúng "
            "hạn 5.180 hồ sơ(đạt 99,6%).",
            [M("dossiers_received", 5200), M("dossiers_online", 2100),
             M("dossiers_resolved_on_time", 5180), M("on_time_rate", 99.6)]),
]

NOTHING = [
    Example("Lễ hội đền Bà Triệu năm 2022 thu hút hơn 20 nghìn lượt du khách về tham quan, Ban "
            "tổ chức bố trí 150 gian hàng và 12 đội văn nghệ tham gia hội diễn.", []),
    Example("Vụ đông xuân 2021 - 2022, toàn huyện gieo cấy 5.240 ha lúa, năng suất ước đạt "
            "62,5 tạ/ha, sản lượng đạt trên 32 nghìn tấn, tăng 3,2% so với cùng kỳ.", []),
    Example("Đến nay, tỷ lệ tiêm vắc xin phòng COVID-19 cho người từ 18 tuổi trở lên đạt 99,5%, "
            "mũi 3 đạt 95%.", []),
    Example("Tin tức\nThống kê truy cập\n  • Đang online: 28\n  • Hôm nay: 1061\n  • Trong tuần: "
            "33 258\nĐăng nhập", []),
    Example("  Thống kê: 677.085\n  Trong năm: 655.251\n  Trong tháng: 71.900\n  Trong tuần: "
            "13.741\n  Trong ngày: 914\n  Online: 75", []),
    Example("Tin mới nhất\n\nTin liên quan\n\n°\n821 người đang online", []),
    Example("Ngày 25 tháng 5 năm 2022, UBND huyện tổ chức hội nghị; ngày 24/3/2022 ban hành kế "
            "hoạch; thời gian từ 8h30 đến 11 giờ.", []),
    Example("Thực hiện Kế hoạch số 34/KH-UBND, Quyết định số 488/QĐ-UBND và Nghị định số "
            "61/2018/NĐ-CP của Chính phủ.", []),
    Example("Đường dây nóng: 0206.3870.123; Điện thoại: (0206) 3870 456; Fax: 0206.3870.789.", []),
    Example("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025; HĐND huyện khóa V, nhiệm "
            "kỳ 2021 - 2026.", []),
    Example("Giải bóng đá thanh niên có 12 đội tham gia, đội xã Tân Lập xếp thứ nhất, đội thị "
            "trấn xếp thứ hai.", []),
    Example("Năm 2022, tỷ lệ hộ nghèo của huyện giảm 1,2%, còn 3,5%; thu nhập bình quân đạt "
            "45 triệu đồng/người/năm.", []),
    Example("Phương hướng năm 2023: phấn đấu 100% hồ sơ được giải quyết đúng hạn, tỷ lệ hài "
            "lòng đạt trên 90%.", []),
    Example("Hội nghị trực tuyến với 150 điểm cầu; đồng chí Phó Chủ tịch UBND huyện phát biểu "
            "tại điểm cầu huyện.", []),
    Example("", []),
    Example("   \n\n  ", []),
]

REGRESSIONS = [
    # A city under the central government is a province, not a district town
    # (real page 001 of ../shared/real-pages).
    Example("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2018 của các tỉnh, thành phố. "
            "Thành phố Hà Nội tiếp tục đứng vị trí thứ hai với kết quả 83,98%.",
            [M("par_index_rank", 2, level="province", entity="Hà Nội"),
             M("par_index_score", 83.98, level="province", entity="Hà Nội")]),
    Example("Năm 2023, thành phố Đông Hà đạt 85,1 điểm Chỉ số CCHC, xếp thứ 2/10 huyện, thị xã, thành phố.",
            [M("par_index_score", 85.1, level="district", entity="Đông Hà"),
             M("par_index_rank", 2, level="district", entity="Đông Hà")]),
    # "đã tiếp nhận" + "giải quyết" matched as two keywords chained without "và".
    Example("Trung tâm hành chính công huyện đã tiếp nhận giải quyết là 6.708 hồ sơ.",
            [M("dossiers_received", 6708)]),
    # "đã giải quyết" + "đúng hẹn" read as resolved and on time.
    Example("Trong đó, đã giải quyết đúng hẹn 70.395 hồ sơ.",
            [M("dossiers_resolved_on_time", 70395)]),
    # "tổng số hồ sơ tiếp nhận" hid "tiếp nhận giải quyết"; the nearest was "giải quyết".
    Example("Tổng số hồ sơ tiếp nhận giải quyết theo cơ chế “một cửa” là 12.309 hồ sơ.",
            [M("dossiers_received", 12309)]),
    # A gloss in parentheses cut the clause: "( TTHC)", "(SIPAS)".
    Example("Tổng số thủ tục hành chính ( TTHC)Trung tâm hành chính công huyện đã tiếp nhận là "
            "698 hồ sơ.", [M("dossiers_received", 698)]),
    # A keyword right after the unit that leads into the next number is that number's.
    Example("Ở cấp xã 34.093 hồ sơ giải quyết đúng quy định 34.085 hồ sơ.",
            [M("dossiers_received", 34093, level="commune"),
             M("dossiers_resolved_on_time", 34085, level="commune")]),
    # Level markers inside parentheses must not leak to the figures after them.
    Example("Toàn huyện tiếp nhận 900 hồ sơ (cấp xã 600 hồ sơ, cấp huyện 300 hồ sơ) và đã "
            "giải quyết 880 hồ sơ.",
            [M("dossiers_received", 900, level=None), M("dossiers_received", 600),
             M("dossiers_received", 300), M("dossiers_resolved", 880, level=None)]),
    # "từ cấp xã đến cấp huyện" spans both tiers: a whole-area figure.
    Example("Hồ sơ liên thông từ cấp xã đến cấp huyện là 1.819 hồ sơ.",
            [M("dossiers_other", 1819, level=None)]),
    # "so với năm 2019" is the base of a change, never the period.
    Example("Năm 2020, chỉ số cải cách hành chính của huyện giảm 02 thứ hạng so với năm 2019.",
            [M("par_index_rank", -2, period="2020", delta=True)]),
    # A plan year completes a bare quarter in the same sentence.
    Example("Hội nghị giao ban cải cách hành chính quý I, triển khai nhiệm vụ quý II năm 2021. "
            "Trong quý I, huyện tiếp nhận 6.708 hồ sơ.",
            [M("dossiers_received", 6708, period="2021-Q1")]),
    # A rank "4/12" at the end of a sentence was not read: "/12." looked like "/12.5".
    Example("Chỉ số cải cách hành chính năm 2022 của huyện đạt 85,6 điểm (tăng 3,2 điểm so với "
            "năm 2021), xếp thứ 4/12.",
            [M("par_index_score", 85.6, period="2022", delta=False),
             M("par_index_score", 3.2, period="2022", delta=True),
             M("par_index_rank", 4, level="district", period="2022")]),
    # Counts of other things beside dossier counts in the same sentence.
    Example("UBND huyện đã tiếp công dân 48 lượt, tiếp nhận 35 đơn thư, đã giải quyết 30 đơn, "
            "đạt 85,7%; Văn phòng đăng ký đất đai tiếp nhận 1.456 hồ sơ, đã giải quyết 1.390 "
            "hồ sơ.",
            [M("dossiers_received", 1456), M("dossiers_resolved", 1390)]),
    # "thị xã" is a district-level town, not a commune; "xã hội" is society.
    Example("UBND thị xã đã tiếp nhận 2.300 hồ sơ lĩnh vực lao động, thương binh và xã hội.",
            [M("dossiers_received", 2300, level="district")]),
    # Issue 13: the scale of the index was read as its score ("trên tổng điểm 100").
    Example("Năm 2022, tổng điểm Chỉ số CCHC của huyện đạt 78,45 trên tổng điểm 100.",
            [M("par_index_score", 78.45, period="2022")]),
    # Issue 13: a fraction's whole already stated in the paragraph was emitted twice.
    Example("Năm 2023, Văn phòng đã tiếp nhận và giải quyết 2.840 hồ sơ. Tỷ lệ hồ sơ giải quyết "
            "đúng hạn là 2.801/2.840, đạt 98,6%.",
            [M("dossiers_received", 2840), M("dossiers_resolved", 2840),
             M("dossiers_resolved_on_time", 2801), M("on_time_rate", 98.6)]),
    # Issue 13: returned and cancelled dossiers were read as received and resolved.
    Example("Bộ phận một cửa đã trả lại 14 hồ sơ và hủy 02 hồ sơ không đủ điều kiện giải quyết.",
            [M("dossiers_other", 14), M("dossiers_other", 2)]),
    # Issue 13: "trên" before the next count made the keyword between them the first one's.
    Example("Quý I đã tiếp nhận gần 900 hồ sơ giải quyết đúng hẹn trên 880 hồ sơ.",
            [M("dossiers_received", 900, approximate=True),
             M("dossiers_resolved_on_time", 880, approximate=True)]),
    # The "/" of a quarter ("quý I/2024") cut the clause, so the keywords before
    # it were lost and the count became dossiers_other.
    Example("Hồ sơ trực tuyến được huyện tiếp nhận trong quý I/2024 là 312 hồ sơ.",
            [M("dossiers_online", 312, period="2024-Q1")]),
    # The share of online payments is not the share of dossiers filed online.
    Example("Tỷ lệ thanh toán trực tuyến phí, lệ phí năm 2023 đạt 32,5%.", []),
]

ALL = {
    "seed": SEED_SENTENCES,
    "written": WRITTEN,
    "trap": TRAPS,
    "noise": NOISE,
    "nothing": NOTHING,
    "regression": REGRESSIONS,
}
