"""Article texts of the sample portals. Seed articles come from tests/data/seeds; the rest is written here."""
import datetime as dt

import seeds
from common import Article

D = dt.datetime

# --------------------------------------------------------------------------- Bảo Lâm (Cao Bằng)

def baolam():
    title, blocks = seeds.seed000()
    seed = Article(
        "seed000", title, D(2022, 5, 27, 8, 42), blocks, cchc=True, views=312,
        seed="000_75af88f3c39d3f55.txt", author="Bế Quang",
        includes=["Tiếp nhận và giải quyết đúng hạn 3.440 hồ sơ", "xếp thư 6 với 83,54 điểm", "05 tập thể và 09 cá nhân"],
        excludes=["Đang online", "Hôm nay: 1061", "Trong tuần: 33 258", "Thống kê truy cập", "Đăng nhập"],
    )
    q3 = Article(
        "q3", "Bảo Lâm: Kết quả giải quyết thủ tục hành chính 9 tháng đầu năm 2022", D(2022, 10, 12, 15, 5), [
            ("p", "Theo báo cáo của Văn phòng HĐND và UBND huyện Bảo Lâm, 9 tháng đầu năm 2022, công tác giải quyết thủ tục hành chính trên địa bàn huyện tiếp tục được duy trì nền nếp, đúng quy định."),
            ("p", "Tại Bộ phận Tiếp nhận và Trả kết quả cấp huyện, tổng số hồ sơ tiếp nhận là 2.615 hồ sơ, trong đó tiếp nhận trực tuyến 412 hồ sơ. Đã giải quyết 2.598 hồ sơ, trong đó giải quyết đúng hạn 2.590 hồ sơ, đạt tỷ lệ 99,7%; quá hạn 08 hồ sơ thuộc lĩnh vực đất đai; 17 hồ sơ đang trong thời gian giải quyết."),
            ("p", "Ở cấp xã, 13 xã, thị trấn đã tiếp nhận 27.402 hồ sơ, giải quyết đúng hạn 27.355 hồ sơ; số hồ sơ còn lại chủ yếu thuộc lĩnh vực hộ tịch, chứng thực đang được hướng dẫn bổ sung thành phần. Qua dịch vụ bưu chính công ích, các cơ quan đã tiếp nhận và trả kết quả cho 96 hồ sơ."),
            ("p", "Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt 98,2%. Tuy nhiên, tỷ lệ hồ sơ nộp trực tuyến ở các xã vùng cao như Nam Cao, Vĩnh Phong, Thái Học còn thấp do hạ tầng mạng và kỹ năng sử dụng thiết bị của người dân còn hạn chế."),
            ("p", "Trong quý IV, UBND huyện yêu cầu các cơ quan chuyên môn và UBND các xã, thị trấn tiếp tục rà soát, đơn giản hóa thủ tục hành chính, đẩy mạnh hướng dẫn người dân sử dụng dịch vụ công trực tuyến, đồng thời xử lý nghiêm các trường hợp gây phiền hà, nhũng nhiễu trong giải quyết hồ sơ."),
            ("author", "Hoàng Văn Tú"),
            ("author", "Văn phòng HĐND&UBND huyện"),
        ], cchc=True, views=185, author="Hoàng Văn Tú",
        includes=["tổng số hồ sơ tiếp nhận là 2.615 hồ sơ", "giải quyết đúng hạn 27.355 hồ sơ", "đạt 98,2%"],
    )
    plan = Article(
        "plan2023", "Bảo Lâm triển khai nhiệm vụ cải cách hành chính năm 2023", D(2023, 1, 17, 9, 20), [
            ("p", "Sáng ngày 16/01/2023, UBND huyện Bảo Lâm tổ chức hội nghị triển khai Kế hoạch cải cách hành chính năm 2023. Đồng chí Phó Chủ tịch UBND huyện chủ trì hội nghị; dự có lãnh đạo các cơ quan chuyên môn thuộc UBND huyện và Chủ tịch UBND các xã, thị trấn."),
            ("p", "Kế hoạch xác định 6 nhóm nhiệm vụ gồm: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công và xây dựng, phát triển chính quyền điện tử, chính quyền số. Mỗi nhiệm vụ đều được giao cụ thể cho cơ quan chủ trì, thời hạn hoàn thành và sản phẩm đầu ra."),
            ("p", "Phát biểu tại hội nghị, lãnh đạo UBND huyện đề nghị người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo công tác cải cách hành chính, coi đây là nhiệm vụ trọng tâm gắn với đánh giá, xếp loại cuối năm; tăng cường kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa các cấp."),
            ("p", "Cũng tại hội nghị, Phòng Nội vụ huyện đã hướng dẫn các đơn vị cách chấm điểm, thu thập tài liệu kiểm chứng phục vụ xác định Chỉ số cải cách hành chính năm 2023."),
            ("author", "Thu Trang"),
            ("author", "TT VH&TT Bảo Lâm"),
        ], cchc=False, views=97, author="Thu Trang",
        includes=["Kế hoạch xác định 6 nhóm nhiệm vụ", "Phòng Nội vụ huyện đã hướng dẫn các đơn vị"],
    )
    trees = Article(
        "trongcay", "Xã Lý Bôn ra quân trồng cây đầu xuân Quý Mão 2023", D(2023, 2, 3, 16, 40), [
            ("p", "Hưởng ứng Tết trồng cây “Đời đời nhớ ơn Bác Hồ”, ngày 02/02/2023, Đảng ủy, HĐND, UBND xã Lý Bôn tổ chức lễ ra quân trồng cây đầu xuân Quý Mão 2023 tại khu vực đồi Nà Pồng."),
            ("img", "trong-cay", None),
            ("p", "Tham gia buổi lễ có đông đảo cán bộ, đảng viên, đoàn viên thanh niên, hội viên các đoàn thể và nhân dân trong xã. Ngay sau lễ phát động, các lực lượng đã trồng 1.500 cây keo và 200 cây lát trên diện tích gần 2 ha."),
            ("p", "Năm 2023, xã Lý Bôn phấn đấu trồng mới 35 ha rừng sản xuất, tiếp tục chăm sóc, bảo vệ diện tích rừng hiện có, góp phần nâng cao độ che phủ rừng và tăng thu nhập cho người dân."),
            ("author", "Lục Văn Thành – UBND xã Lý Bôn"),
        ], views=64, author="Lục Văn Thành",
        includes=["trồng 1.500 cây keo và 200 cây lát", "đồi Nà Pồng"],
    )
    notice = Article(
        "tiepcongdan", "Thông báo lịch tiếp công dân định kỳ tháng 6 năm 2022 của Chủ tịch UBND huyện", D(2022, 6, 8, 7, 55), [
            ("p", "Chủ tịch UBND huyện Bảo Lâm tiếp công dân định kỳ vào ngày 15/6/2022 tại Trụ sở Tiếp công dân huyện."),
            ("p", "Công dân có nhu cầu đề nghị mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung phản ánh, kiến nghị."),
        ], category="thong-bao", views=41, short=True,
        includes=["tiếp công dân định kỳ vào ngày 15/6/2022"],
    )
    return [plan, trees, q3, notice, seed]


# --------------------------------------------------------------------------- Vũ Quang (Hà Tĩnh)

def vuquang():
    summary, blocks = seeds.seed001()
    seed = Article(
        "seed001", "Đẩy mạnh giải quyết thủ tục hành chính mức độ 3, 4 tại các địa phương", D(2021, 4, 9, 10, 12), blocks,
        summary=summary, cchc=True, views=1236, seed="001_db22db6686b1e0a7.txt", author="Lê Thuỷ- Thu Hương",
        includes=["6.708 hồ sơ", "số kỳ trước chuyển qua: 1.098 hồ sơ", "Lê Thuỷ- Thu Hương"],
        excludes=["Thống kê: 677.085", "Trong năm: 655.251", "Online: 75", "Mã xác thực không đúng", "lượt đánh giá",
                  "Liên kết website", "Bản đồ hành chính"],
    )
    h1 = Article(
        "6thang2023", "Vũ Quang: Hơn 96% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn trong 6 tháng đầu năm", D(2023, 7, 12, 14, 30), [
            ("p", "Theo báo cáo của Trung tâm Hành chính công huyện, trong 6 tháng đầu năm 2023, Trung tâm đã tiếp nhận 3.912 hồ sơ, trong đó số kỳ trước chuyển sang 214 hồ sơ, tiếp nhận mới 3.698 hồ sơ."),
            ("p", "Đã giải quyết 3.805 hồ sơ, trong đó giải quyết trước hạn 2.947 hồ sơ, đúng hạn 731 hồ sơ, quá hạn 127 hồ sơ; hiện còn 107 hồ sơ đang trong thời gian giải quyết. Số hồ sơ quá hạn tập trung ở lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất."),
            ("img", "trung-tam-hcc", "Người dân làm thủ tục tại Trung tâm Hành chính công huyện."),
            ("p", "Đáng chú ý, số hồ sơ tiếp nhận trực tuyến đạt 2.406 hồ sơ, chiếm 61,5% tổng số hồ sơ đã tiếp nhận, tăng mạnh so với cùng kỳ năm trước. Nhiều thủ tục thuộc lĩnh vực hộ tịch, đăng ký kinh doanh đã được thực hiện toàn trình trên Cổng dịch vụ công."),
            ("p", "Ở cấp xã, các xã, thị trấn đã tiếp nhận 5.120 hồ sơ, giải quyết đúng và trước hạn 5.087 hồ sơ. Tỷ lệ hài lòng của người dân, tổ chức khi giải quyết thủ tục hành chính đạt 97,8%."),
            ("p", "Thời gian tới, UBND huyện chỉ đạo các phòng chuyên môn khắc phục tình trạng hồ sơ quá hạn, thực hiện nghiêm việc xin lỗi tổ chức, cá nhân khi để hồ sơ trễ hẹn và công khai kết quả trên Cổng thông tin điện tử huyện."),
            ("author", "Quang Huy"),
        ], summary="Trong 6 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn tại Trung tâm Hành chính công huyện Vũ Quang đạt hơn 96%.",
        cchc=True, views=842, author="Quang Huy",
        includes=["Trung tâm đã tiếp nhận 3.912 hồ sơ", "giải quyết trước hạn 2.947 hồ sơ", "quá hạn 127 hồ sơ"],
    )
    doithoai = Article(
        "doithoai", "Xã Đức Bồng đối thoại với người dân về thủ tục hành chính", D(2023, 5, 26, 8, 15), [
            ("p", "Chiều 25/5, UBND xã Đức Bồng tổ chức hội nghị đối thoại với người dân về công tác giải quyết thủ tục hành chính và thực hiện dịch vụ công trực tuyến trên địa bàn."),
            ("p", "Tại hội nghị, người dân các thôn đã nêu nhiều ý kiến liên quan đến thủ tục chuyển mục đích sử dụng đất, cấp đổi giấy chứng nhận quyền sử dụng đất, đăng ký khai sinh trực tuyến và việc thanh toán phí, lệ phí qua ứng dụng ngân hàng."),
            ("img", "doi-thoai", "Quang cảnh hội nghị đối thoại."),
            ("p", "Lãnh đạo UBND xã và công chức chuyên môn đã trực tiếp giải đáp, hướng dẫn cụ thể từng nội dung; những kiến nghị vượt thẩm quyền được xã tổng hợp, báo cáo UBND huyện xem xét giải quyết."),
            ("p", "Qua đối thoại, xã Đức Bồng sẽ tiếp tục duy trì tổ công nghệ số cộng đồng ở các thôn để hỗ trợ người dân nộp hồ sơ trực tuyến ngay tại nhà."),
            ("author", "Ngọc Ánh - Đức Bồng"),
        ], summary="Nhằm lắng nghe ý kiến của người dân, tháo gỡ vướng mắc trong giải quyết thủ tục hành chính, UBND xã Đức Bồng vừa tổ chức hội nghị đối thoại năm 2023.",
        views=377, author="Ngọc Ánh",
        includes=["tổ công nghệ số cộng đồng", "thủ tục chuyển mục đích sử dụng đất"],
    )
    rung = Article(
        "pccc-rung", "Vũ Quang triển khai phương án phòng cháy, chữa cháy rừng mùa khô năm 2023", D(2023, 3, 2, 16, 2), [
            ("p", "Với diện tích đất có rừng lớn, nằm trong vùng có nguy cơ cháy cao, huyện Vũ Quang đã sớm xây dựng phương án phòng cháy, chữa cháy rừng mùa khô năm 2023 theo phương châm “bốn tại chỗ”."),
            ("p", "Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng của huyện đã phân công thành viên phụ trách từng xã; bố trí chốt canh lửa tại các khu vực trọng điểm giáp ranh Vườn quốc gia Vũ Quang; chuẩn bị đầy đủ dụng cụ, phương tiện và lực lượng ứng trực khi có cháy xảy ra."),
            ("p", "Các chủ rừng được yêu cầu phát dọn thực bì, làm đường băng cản lửa trước ngày 30/4; các xã tăng cường tuyên truyền để người dân không đốt nương, đốt thực bì trong những ngày nắng nóng cao điểm."),
            ("author", "Minh Đức"),
        ], summary="Huyện Vũ Quang chủ động các biện pháp phòng cháy, chữa cháy rừng ngay từ đầu mùa khô.", views=215, author="Minh Đức",
        includes=["phương châm “bốn tại chỗ”", "làm đường băng cản lửa trước ngày 30/4"],
    )
    notice = Article(
        "tamdung", "Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp ngày 30/6/2023", D(2023, 6, 28, 17, 20), [
            ("p", "Để nâng cấp hệ thống thông tin giải quyết thủ tục hành chính, Trung tâm Hành chính công huyện Vũ Quang tạm dừng tiếp nhận hồ sơ trực tiếp trong ngày 30/6/2023. Tổ chức, cá nhân có thể nộp hồ sơ trực tuyến hoặc quay lại từ ngày 03/7/2023."),
        ], category="thong-bao", views=156, short=True,
        includes=["tạm dừng tiếp nhận hồ sơ trực tiếp trong ngày 30/6/2023"],
    )
    return [h1, notice, doithoai, rung, seed]


# --------------------------------------------------------------------------- Thanh Bình (Đồng Tháp)

def thanhbinh():
    title, summary, blocks = seeds.seed002()
    seed = Article(
        "seed002", title, D(2021, 1, 28, 9, 7), blocks, summary=summary, cchc=True, views=1523,
        seed="002_396c19fa5d559de6.txt", author="Nguyễn Văn Ngây",
        includes=["113.468 hồ sơ", "không có hồ sơ trễ hẹn", "Nguyễn Văn Ngây"],
        excludes=["Xuất bản thông tin", "null HUYỆN", "Chi tiết bài viết"],
    )
    par = Article(
        "par2022", "Thanh Bình: Chỉ số cải cách hành chính năm 2022 xếp thứ 4/12 huyện, thành phố", D(2023, 2, 21, 14, 48), [
            ("p", "Theo Quyết định công bố của UBND tỉnh Đồng Tháp, Chỉ số cải cách hành chính năm 2022 của huyện Thanh Bình đạt 86,12 điểm, xếp thứ 4/12 huyện, thành phố, tăng 03 bậc so với năm 2021."),
            ("p", "Trong năm, Bộ phận Tiếp nhận và Trả kết quả cấp huyện đã tiếp nhận 18.342 hồ sơ, giải quyết đúng hạn 18.301 hồ sơ, đạt 99,78%; số hồ sơ trễ hẹn là 41 hồ sơ và đều có văn bản xin lỗi người dân. Tỷ lệ hồ sơ trực tuyến đạt 42,3%."),
            ("img", "mot-cua-huyen", "(Công chức Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến)"),
            ("p", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt 92,6%. Chỉ số DDCI năm 2022 của huyện đạt 71,05 điểm, thuộc nhóm Tốt."),
            ("p", "Để tiếp tục nâng hạng trong năm 2023, UBND huyện yêu cầu các cơ quan, đơn vị tập trung khắc phục các tiêu chí bị mất điểm, nhất là tiêu chí về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tỷ lệ thanh toán trực tuyến."),
            ("author", "Phòng Nội vụ huyện"),
        ], summary="Năm 2022, huyện Thanh Bình đạt nhiều kết quả tích cực trong công tác cải cách hành chính, Chỉ số CCHC tăng 03 bậc so với năm trước.",
        cchc=True, views=618,
        includes=["đạt 86,12 điểm, xếp thứ 4/12 huyện, thành phố", "tiếp nhận 18.342 hồ sơ", "đạt 92,6%"],
    )
    caphe = Article(
        "caphe-doanhnhan", "Thanh Bình tổ chức “Cà phê doanh nhân” lần thứ nhất năm 2023", D(2023, 3, 15, 10, 22), [
            ("p", "Sáng 14/3, UBND huyện Thanh Bình tổ chức chương trình “Cà phê doanh nhân” lần thứ nhất năm 2023 với chủ đề tháo gỡ khó khăn về mặt bằng sản xuất, kinh doanh."),
            ("p", "Tại buổi gặp gỡ, đại diện các doanh nghiệp, hợp tác xã và hộ kinh doanh đã trao đổi về thủ tục thuê đất, cấp phép xây dựng nhà xưởng, kết nối nguồn vốn ưu đãi và đào tạo lao động tại chỗ. Lãnh đạo các phòng, ban chuyên môn đã trả lời trực tiếp những vấn đề thuộc thẩm quyền của huyện."),
            ("p", "Chủ tịch UBND huyện ghi nhận các ý kiến và giao các phòng chuyên môn rà soát, trả lời bằng văn bản những nội dung chưa được giải đáp trong thời hạn 15 ngày làm việc."),
            ("author", "Thanh Tâm"),
        ], summary="Chương trình nhằm tạo kênh kết nối thường xuyên giữa chính quyền với cộng đồng doanh nghiệp trên địa bàn huyện.",
        views=204, author="Thanh Tâm",
        includes=["“Cà phê doanh nhân” lần thứ nhất năm 2023", "trong thời hạn 15 ngày làm việc"],
    )
    lua = Article(
        "dong-xuan", "Nông dân Thanh Bình xuống giống vụ lúa Đông Xuân 2022 - 2023", D(2022, 11, 25, 15, 31), [
            ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, đến nay nông dân trong huyện đã xuống giống hơn 18.500 ha lúa Đông Xuân 2022 - 2023, đạt khoảng 80% kế hoạch."),
            ("p", "Ngành nông nghiệp khuyến cáo bà con gieo sạ tập trung, né rầy theo lịch thời vụ, sử dụng giống lúa chất lượng cao như OM 18, Đài Thơm 8 và áp dụng biện pháp “1 phải 5 giảm” để giảm chi phí sản xuất."),
            ("author", "Văn Phúc"),
        ], summary="Vụ Đông Xuân năm nay, huyện Thanh Bình phấn đấu gieo trồng trên 23.000 ha lúa.", views=175, author="Văn Phúc",
        includes=["xuống giống hơn 18.500 ha lúa Đông Xuân", "“1 phải 5 giảm”"],
    )
    notice = Article(
        "nghi-tet", "Thông báo bố trí trực tiếp nhận hồ sơ trong dịp Tết Nguyên đán Quý Mão 2023", D(2023, 1, 10, 8, 0), [
            ("p", "Trong thời gian nghỉ Tết Nguyên đán Quý Mão 2023, Bộ phận Tiếp nhận và Trả kết quả huyện bố trí công chức trực tiếp nhận hồ sơ đăng ký khai tử và các trường hợp khẩn cấp. Các dịch vụ công trực tuyến vẫn tiếp nhận hồ sơ bình thường."),
        ], category="thong-bao", views=133, short=True,
        includes=["bố trí công chức trực tiếp nhận hồ sơ đăng ký khai tử"],
    )
    return [caphe, par, notice, lua, seed]


# --------------------------------------------------------------------------- Chợ Đồn (Bắc Kạn)

def chodon():
    title, blocks = seeds.seed003()
    seed = Article(
        "seed003", title, D(2022, 2, 10, 8, 30), blocks, cchc=True, views=345, seed="003_ac047d5b418d6940.txt",
        author="Hương Liễu – Hà Tuyết",
        includes=["12.309 hồ sơ", "giải quyết trước hạn 7768", "Hương Liễu – Hà Tuyết"],
        excludes=["Bài trước", "Bài tiếp theo", "Chương trình phát thanh ngày 9/2/2022", "vắc xin"],
    )
    radio = Article(
        "phat-thanh-9-2", "Chương trình phát thanh ngày 9/2/2022", D(2022, 2, 9, 17, 0), [
            ("p", "Chương trình phát thanh của Trung tâm Văn hóa, Thể thao và Truyền thông huyện Chợ Đồn ngày 9/2/2022 gồm các tin: Huyện ủy Chợ Đồn triển khai nhiệm vụ năm 2022; các xã tổ chức lễ giao quân; Chợ Đồn đẩy mạnh tiêm vắc xin phòng COVID-19 cho trẻ từ 12 đến 17 tuổi."),
            ("audio", "/wp-content/uploads/2022/02/PT-9-2-2022.mp3"),
        ], views=88, short=True,
        includes=["Chương trình phát thanh của Trung tâm Văn hóa, Thể thao và Truyền thông huyện Chợ Đồn ngày 9/2/2022"],
    )
    vaccine = Article(
        "vac-xin", "Không chủ quan lơ là khi đã được tiêm đủ hai mũi vắc xin phòng chống COVID-19", D(2022, 2, 11, 9, 12), [
            ("p", "Đến nay, tỷ lệ người từ 18 tuổi trở lên trên địa bàn huyện Chợ Đồn được tiêm đủ hai mũi vắc xin phòng COVID-19 đã đạt trên 98%. Tuy nhiên, ngành y tế khuyến cáo người dân không được chủ quan, lơ là khi đã tiêm đủ liều."),
            ("p", "Theo các chuyên gia, vắc xin giúp giảm nguy cơ chuyển nặng và tử vong nhưng không ngăn được hoàn toàn việc lây nhiễm. Người đã tiêm vẫn có thể mắc bệnh và lây cho người thân, đặc biệt là người cao tuổi, người có bệnh nền và trẻ nhỏ chưa được tiêm."),
            ("p", "Vì vậy, mỗi người dân cần tiếp tục thực hiện tốt thông điệp 5K, tiêm mũi nhắc lại khi đến lịch, theo dõi sức khỏe và liên hệ ngay với trạm y tế khi có biểu hiện sốt, ho, khó thở."),
            ("author", "Ngọc Hà"),
        ], views=151, author="Ngọc Hà",
        includes=["tiêm mũi nhắc lại khi đến lịch", "thông điệp 5K"],
    )
    q1 = Article(
        "quy1-2022", "Chợ Đồn: Quý I năm 2022 tiếp nhận 3.126 hồ sơ thủ tục hành chính", D(2022, 4, 12, 10, 45), [
            ("p", "Quý I năm 2022, Bộ phận Tiếp nhận và Trả kết quả của huyện và các xã, thị trấn đã tiếp nhận tổng số 3.126 hồ sơ (cấp huyện 812 hồ sơ, cấp xã 2.314 hồ sơ)."),
            ("p", "Đã giải quyết 3.087 hồ sơ, trong đó trước hạn 1.942 hồ sơ, đúng hạn 1.141 hồ sơ, quá hạn 04 hồ sơ; 39 hồ sơ đang giải quyết. Có 517 hồ sơ được tiếp nhận trực tuyến và 62 hồ sơ trả kết quả qua dịch vụ bưu chính công ích."),
            ("p", "UBND huyện đề nghị các xã tiếp tục bố trí công chức có chuyên môn phù hợp làm việc tại Bộ phận Một cửa, đồng thời tăng cường kiểm tra việc niêm yết công khai thủ tục hành chính."),
            ("author", "Thực hiện: Hà Tuyết"),
        ], cchc=True, views=203, author="Hà Tuyết",
        includes=["tiếp nhận tổng số 3.126 hồ sơ (cấp huyện 812 hồ sơ, cấp xã 2.314 hồ sơ)", "quá hạn 04 hồ sơ"],
    )
    return [q1, vaccine, seed, radio]


# --------------------------------------------------------------------------- Tiên Lữ (Hưng Yên)

def tienlu():
    title, summary, blocks = seeds.seed004()
    seed = Article(
        "seed004", title, D(2022, 4, 14, 9, 0), blocks, summary=summary, cchc=True, views=400,
        seed="004_960bd2a839246898.txt",
        includes=["hơn 1 nghìn 800 hồ sơ", "100% hồ sơ được giải quyết đúng hạn"],
        excludes=["người đang online", "Tin mới nhất", "Tin liên quan", "Đăng ngày"],
    )
    q1 = Article(
        "motcua-q1", "Tiên Lữ: Kết quả thực hiện cơ chế một cửa, một cửa liên thông quý I năm 2022", D(2022, 4, 8, 15, 0), [
            ("p", "Quý I năm 2022, Bộ phận Một cửa huyện Tiên Lữ tiếp nhận 1.486 hồ sơ thủ tục hành chính; trong đó kỳ trước chuyển sang 97 hồ sơ, tiếp nhận mới 1.389 hồ sơ."),
            ("p", "Kết quả, đã giải quyết 1.402 hồ sơ, đúng hạn 1.395 hồ sơ, đạt 99,5%; trễ hạn 07 hồ sơ; 84 hồ sơ đang trong thời gian giải quyết. Số hồ sơ được tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 655 hồ sơ."),
            ("p", "Các xã, thị trấn tiếp nhận 6.930 hồ sơ, chủ yếu thuộc lĩnh vực chứng thực, hộ tịch và chính sách xã hội; 100% hồ sơ cấp xã được giải quyết đúng hạn."),
        ], summary="Công tác giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tiếp tục có chuyển biến tích cực.",
        cchc=True, views=512,
        includes=["tiếp nhận 1.486 hồ sơ thủ tục hành chính", "trễ hạn 07 hồ sơ", "Các xã, thị trấn tiếp nhận 6.930 hồ sơ"],
    )
    taphuan = Article(
        "tap-huan", "Tập huấn nghiệp vụ cải cách hành chính năm 2022", D(2022, 5, 19, 10, 30), [
            ("p", "Ngày 18/5, UBND huyện tổ chức hội nghị tập huấn nghiệp vụ cải cách hành chính và kiểm soát thủ tục hành chính năm 2022 cho hơn 150 cán bộ, công chức làm công tác cải cách hành chính của các cơ quan, đơn vị và 17 xã, thị trấn."),
            ("img", "tap-huan", "Quang cảnh hội nghị tập huấn"),
            ("p", "Các học viên được quán triệt các văn bản mới của Trung ương, của tỉnh về cải cách hành chính; hướng dẫn quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cách sử dụng chữ ký số và thanh toán trực tuyến trên Cổng dịch vụ công quốc gia."),
            ("p", "Qua tập huấn giúp đội ngũ cán bộ, công chức nâng cao kỹ năng, nghiệp vụ, góp phần cải thiện chất lượng phục vụ người dân, doanh nghiệp."),
        ], summary="Hội nghị nhằm nâng cao kỹ năng của đội ngũ làm công tác cải cách hành chính các cấp.", views=288,
        includes=["hướng dẫn quy trình số hóa hồ sơ", "cách sử dụng chữ ký số"],
    )
    vesinh = Article(
        "ve-sinh", "Thị trấn Vương ra quân tổng vệ sinh môi trường", D(2022, 3, 26, 7, 45), [
            ("p", "Sáng 26/3, Ủy ban MTTQ thị trấn Vương phối hợp với các đoàn thể tổ chức ra quân tổng vệ sinh môi trường, hưởng ứng phong trào “Ngày Chủ nhật xanh”."),
            ("p", "Hơn 300 đoàn viên, hội viên và nhân dân các khu phố đã thu gom rác thải, phát quang bụi rậm dọc các tuyến đường trục chính và khơi thông cống rãnh thoát nước."),
        ], summary="Hưởng ứng phong trào “Ngày Chủ nhật xanh”.", views=143, short=True,
        includes=["thu gom rác thải, phát quang bụi rậm"],
    )
    return [taphuan, seed, q1, vesinh]


# --------------------------------------------------------------------------- Lục Yên (Yên Bái), NukeViet

LUCYEN_UNITS = [
    ("Cấp huyện", None, "1.250", "1.198", "52", "0"),
    ("Thị trấn Yên Thế", "http://yenthe.lucyen.yenbai.gov.vn", "3.482", "3.470", "12", "0"),
    ("Xã Khánh Hòa", "http://khanhhoa.lucyen.yenbai.gov.vn", "1.906", "1.899", "7", "0"),
    ("Xã An Phú", "http://anphu.lucyen.yenbai.gov.vn", "1.215", "1.209", "4", "2"),
    ("Xã Mường Lai", "http://muonglai.lucyen.yenbai.gov.vn", "986", "984", "2", "0"),
    ("Xã Tân Lĩnh", "http://tanlinh.lucyen.yenbai.gov.vn", "1.134", "1.130", "4", "0"),
]


def lucyen():
    rows = []
    for name, url, *nums in LUCYEN_UNITS:
        rows.append([(name, url)] + [(n, "/uploads/news/2024_01/bao-cao-ket-qua-giai-quyet-tthc-nam-2023.pdf" if i == 0 else None)
                                       for i, n in enumerate(nums)])
    table = Article(
        "bang-tthc-2023", "Kết quả giải quyết thủ tục hành chính năm 2023 trên địa bàn huyện Lục Yên", D(2024, 1, 18, 16, 20), [
            ("p", "Thực hiện chế độ báo cáo định kỳ, UBND huyện Lục Yên tổng hợp kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính năm 2023 của cấp huyện và một số xã, thị trấn như sau:"),
            ("table", ["Đơn vị", "Tổng số hồ sơ tiếp nhận", "Đã giải quyết", "Đang giải quyết", "Quá hạn"], rows),
            ("p", "Ghi chú: số liệu cấp huyện bao gồm hồ sơ tiếp nhận tại Bộ phận Một cửa huyện; số liệu từng xã, thị trấn xem chi tiết trên trang thông tin điện tử của đơn vị."),
            ("p", "Các đơn vị còn hồ sơ quá hạn có trách nhiệm làm rõ nguyên nhân, gửi văn bản xin lỗi tổ chức, cá nhân theo quy định."),
        ], summary="UBND huyện Lục Yên tổng hợp kết quả giải quyết thủ tục hành chính năm 2023 của cấp huyện và các xã, thị trấn.",
        cchc=True, views=1187, author="Văn phòng HĐND và UBND huyện", source="UBND huyện Lục Yên",
        includes=["Cấp huyện", "1.250", "1.198", "Tổng số hồ sơ tiếp nhận", "Xã Khánh Hòa"],
    )
    notice = Article(
        "lich-tiep-cong-dan", "Thông báo lịch tiếp công dân tháng 4 năm 2024", D(2024, 3, 28, 14, 5), [
            ("p", "Chủ tịch UBND huyện Lục Yên tiếp công dân định kỳ vào ngày 15/4/2024 tại Trụ sở Tiếp công dân huyện. Trường hợp trùng ngày nghỉ, lịch tiếp chuyển sang ngày làm việc kế tiếp."),
        ], category="thong-bao", views=96, short=True, author="Ban Tiếp công dân huyện", source="UBND huyện Lục Yên",
        includes=["tiếp công dân định kỳ vào ngày 15/4/2024"],
    )
    motcua = Article(
        "mot-cua-cap-xa", "Lục Yên: Nâng cao chất lượng hoạt động Bộ phận Một cửa cấp xã", D(2024, 4, 10, 8, 40), [
            ("p", "Quý I năm 2024, Bộ phận Một cửa của 24 xã, thị trấn trên địa bàn huyện Lục Yên đã tiếp nhận 6.845 hồ sơ, giải quyết đúng hạn 6.829 hồ sơ, đạt 99,77%; có 1.932 hồ sơ được nộp trực tuyến."),
            ("figure", "mot-cua-xa", "Công chức Bộ phận Một cửa xã Khánh Hòa hướng dẫn người dân nộp hồ sơ trực tuyến."),
            ("p", "Để đạt kết quả trên, các xã đã bố trí công chức có năng lực làm việc tại Bộ phận Một cửa, trang bị máy tính, máy quét và kết nối mạng ổn định; nhiều xã thành lập tổ công nghệ số cộng đồng hỗ trợ người dân cài đặt ứng dụng định danh điện tử."),
            ("p", "Tuy vậy, việc số hóa kết quả giải quyết thủ tục hành chính ở một số xã vùng cao còn chậm. UBND huyện yêu cầu các xã khắc phục ngay trong quý II năm 2024."),
        ], summary="Chất lượng giải quyết thủ tục hành chính tại cấp xã của huyện Lục Yên có chuyển biến rõ nét.",
        cchc=True, views=534, author="Hoàng Thu", source="Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
        includes=["đã tiếp nhận 6.845 hồ sơ, giải quyết đúng hạn 6.829 hồ sơ, đạt 99,77%", "1.932 hồ sơ được nộp trực tuyến"],
    )
    parindex = Article(
        "chi-so-cchc-2023", "Công bố Chỉ số cải cách hành chính năm 2023 của các cơ quan, đơn vị", D(2024, 3, 14, 9, 15), [
            ("p", "Sáng 13/3, UBND huyện Lục Yên tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023 của các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn."),
            ("p", "Năm 2023, Chỉ số cải cách hành chính của huyện Lục Yên đạt 88,46%, xếp thứ 3/9 huyện, thị xã, thành phố của tỉnh. Ở khối cơ quan chuyên môn, Phòng Tư pháp dẫn đầu với 92,10%; khối xã, thị trấn, thị trấn Yên Thế xếp thứ nhất với 91,25%."),
            ("figure", "cong-bo-chi-so", "Lãnh đạo UBND huyện trao giấy khen cho các đơn vị dẫn đầu Chỉ số CCHC năm 2023."),
            ("p", "Hội nghị cũng chỉ ra những tiêu chí còn đạt thấp như tỷ lệ thanh toán trực tuyến, số hóa hồ sơ và việc xử lý phản ánh, kiến nghị trên hệ thống thông tin."),
        ], summary="Chỉ số cải cách hành chính năm 2023 của huyện Lục Yên xếp thứ 3/9 huyện, thị xã, thành phố.",
        cchc=True, views=702, author="Minh Tuấn", source="Phòng Nội vụ huyện Lục Yên",
        includes=["đạt 88,46%, xếp thứ 3/9 huyện, thị xã, thành phố", "thị trấn Yên Thế xếp thứ nhất với 91,25%"],
    )
    que = Article(
        "que-huu-co", "Lục Yên phát triển vùng trồng quế hữu cơ", D(2024, 2, 22, 15, 10), [
            ("p", "Hiện nay, toàn huyện Lục Yên có hơn 12.000 ha quế, trong đó gần 1.200 ha đã được cấp chứng nhận hữu cơ, tập trung ở các xã Tân Lĩnh, Khánh Thiện và An Phú."),
            ("p", "Nhờ liên kết với doanh nghiệp thu mua, giá vỏ quế hữu cơ cao hơn quế thông thường từ 10 đến 15%. Huyện đang hỗ trợ người dân xây dựng mã số vùng trồng để mở rộng thị trường xuất khẩu."),
        ], summary="Cây quế đang trở thành cây trồng chủ lực giúp người dân Lục Yên nâng cao thu nhập.", views=321,
        author="Lan Anh", source="Báo Yên Bái",
        includes=["gần 1.200 ha đã được cấp chứng nhận hữu cơ", "xây dựng mã số vùng trồng"],
    )
    return [motcua, notice, parindex, que, table]


# --------------------------------------------------------------------------- Thuận Châu (Sơn La), bespoke slug-id CMS

def thuanchau():
    par = Article(
        "chi-so-cchc", "Thuận Châu: Chỉ số cải cách hành chính năm 2023 tăng 2 bậc", D(2024, 3, 22, 10, 18), [
            ("p", "Năm 2023, Chỉ số cải cách hành chính của huyện Thuận Châu đạt 87,65 điểm, xếp thứ 5/12 huyện, thành phố, tăng 2 bậc so với năm 2022. Đây là kết quả của sự vào cuộc đồng bộ của cả hệ thống chính trị từ huyện đến cơ sở."),
            ("p", "Trong năm, Bộ phận Tiếp nhận và Trả kết quả huyện tiếp nhận 9.874 hồ sơ, giải quyết đúng và trước hạn 9.861 hồ sơ, đạt 99,87%. Cấp xã tiếp nhận 21.530 hồ sơ, trong đó 100% hồ sơ được giải quyết đúng hạn. Mức độ hài lòng của người dân, tổ chức đạt 96,4%."),
            ("img", "chi-so", "Ảnh: Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024."),
            ("p", "Năm 2024, huyện đặt mục tiêu nằm trong nhóm 4 đơn vị dẫn đầu của tỉnh; tập trung nâng cao tỷ lệ hồ sơ trực tuyến toàn trình và tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
            ("source", "(Nguồn: Báo cáo số 125/BC-UBND ngày 20/3/2024 của UBND huyện Thuận Châu)"),
            ("more", "/uploads/thuanchau/files/2024/03/bao-cao-125-bc-ubnd.pdf"),
        ], cchc=True, views=14,
        includes=["đạt 87,65 điểm, xếp thứ 5/12 huyện, thành phố", "Cấp xã tiếp nhận 21.530 hồ sơ", "đạt 96,4%"],
    )
    online = Article(
        "thanh-toan-truc-tuyen", "Thuận Châu đẩy mạnh thanh toán trực tuyến trong giải quyết thủ tục hành chính", D(2024, 5, 7, 14, 36), [
            ("p", "Từ đầu năm 2024 đến nay, các cơ quan, đơn vị trên địa bàn huyện Thuận Châu đã tiếp nhận 2.904 hồ sơ trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt 68,4%; số giao dịch thanh toán phí, lệ phí trực tuyến tăng gấp 3 lần so với cùng kỳ."),
            ("p", "Tại xã Phổng Lái, tổ công nghệ số cộng đồng đã đến từng bản hướng dẫn người dân cài đặt ứng dụng ngân hàng, thanh toán lệ phí chứng thực, đăng ký khai sinh ngay trên điện thoại di động."),
            ("img", "thanh-toan", "Ảnh: Tổ công nghệ số cộng đồng xã Phổng Lái hướng dẫn người dân."),
            ("p", "Thời gian tới, huyện tiếp tục phối hợp với các ngân hàng trên địa bàn mở rộng điểm chấp nhận thanh toán không dùng tiền mặt tại Bộ phận Một cửa các xã."),
            ("source", "(Nguồn: Văn phòng HĐND và UBND huyện)"),
        ], cchc=True, views=37,
        includes=["tiếp nhận 2.904 hồ sơ trực tuyến toàn trình", "tỷ lệ hồ sơ trực tuyến đạt 68,4%"],
    )
    lehoi = Article(
        "ngay-hoi-chieng-pha", "Rộn ràng Ngày hội văn hóa các dân tộc xã Chiềng Pha", D(2024, 4, 2, 8, 5), [
            ("p", "Trong hai ngày 30 và 31/3, xã Chiềng Pha tổ chức Ngày hội văn hóa các dân tộc năm 2024 với nhiều hoạt động văn hóa, văn nghệ, thể thao đặc sắc."),
            ("p", "Ngày hội có sự tham gia của 18 đội văn nghệ đến từ các bản với các tiết mục xòe Thái, múa sạp, hát then; các môn thể thao truyền thống như ném còn, đẩy gậy, kéo co thu hút đông đảo người dân và du khách."),
            ("img", "ngay-hoi", "Ảnh: Tiết mục xòe Thái tại ngày hội."),
            ("p", "Thông qua ngày hội góp phần giữ gìn, phát huy bản sắc văn hóa các dân tộc và tăng cường khối đại đoàn kết toàn dân tộc ở khu dân cư."),
            ("source", "(Nguồn: UBND xã Chiềng Pha)"),
        ], views=22,
        includes=["18 đội văn nghệ", "ném còn, đẩy gậy, kéo co"],
    )
    notice = Article(
        "dang-ky-dat-dai", "Thông báo tiếp nhận hồ sơ đăng ký đất đai trên Cổng dịch vụ công", D(2024, 5, 20, 16, 45), [
            ("p", "Kể từ ngày 01/6/2024, Chi nhánh Văn phòng đăng ký đất đai huyện Thuận Châu tiếp nhận hồ sơ đăng ký biến động đất đai trên Cổng dịch vụ công của tỉnh. Người dân có thể tra cứu tiến độ giải quyết hồ sơ bằng mã hồ sơ được cấp."),
            ("source", "(Nguồn: Thông báo số 81/TB-VPĐK ngày 17/5/2024)"),
            ("more", "/uploads/thuanchau/files/2024/05/thong-bao-81.pdf"),
        ], category="thong-bao", views=9, short=True,
        includes=["tiếp nhận hồ sơ đăng ký biến động đất đai trên Cổng dịch vụ công của tỉnh"],
    )
    return [notice, online, lehoi, par]


# --------------------------------------------------------------------------- Tiên Yên (Quảng Ninh), DotNetNuke

def tienyen():
    year = Article(
        "tthc-2023", "Tiên Yên: Năm 2023 giải quyết 98,9% hồ sơ thủ tục hành chính trước và đúng hạn", D(2024, 1, 15, 9, 44), [
            ("p", "Năm 2023, Trung tâm Phục vụ hành chính công huyện Tiên Yên tiếp nhận 14.206 hồ sơ, trong đó 11.385 hồ sơ nộp trực tuyến. Đã giải quyết 14.011 hồ sơ, trong đó trước hạn 10.734 hồ sơ, đúng hạn 3.123 hồ sơ, quá hạn 154 hồ sơ; 195 hồ sơ đang giải quyết."),
            ("p", "Tại cấp xã, Bộ phận Một cửa của 11 xã, thị trấn tiếp nhận 8.652 hồ sơ, giải quyết đúng hạn 8.640 hồ sơ. Chỉ số hài lòng của người dân, doanh nghiệp đối với Trung tâm đạt 98,3%."),
            ("p", "Năm 2024, huyện phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt trên 85%."),
            ("author", "Thanh Hằng"),
        ], cchc=True, views=467, author="Thanh Hằng",
        includes=["tiếp nhận 14.206 hồ sơ", "quá hạn 154 hồ sơ", "giải quyết đúng hạn 8.640 hồ sơ"],
    )
    ddci = Article(
        "doi-thoai-dn", "Huyện Tiên Yên đối thoại với doanh nghiệp, hợp tác xã năm 2024", D(2024, 4, 19, 15, 20), [
            ("p", "Chiều 18/4, UBND huyện Tiên Yên tổ chức hội nghị đối thoại với doanh nghiệp, hợp tác xã năm 2024 nhằm nâng cao chất lượng môi trường đầu tư, kinh doanh trên địa bàn."),
            ("p", "Năm 2023, Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) của huyện đạt 79,82 điểm, xếp thứ 6/13 địa phương; các chỉ số thành phần về tính minh bạch và chi phí thời gian được cải thiện rõ rệt."),
            ("p", "Tại hội nghị, các doanh nghiệp kiến nghị đẩy nhanh tiến độ giải phóng mặt bằng cụm công nghiệp, hỗ trợ thủ tục cấp phép khai thác khoáng sản làm vật liệu xây dựng thông thường và kết nối tiêu thụ sản phẩm OCOP."),
            ("author", "Đức Mạnh"),
        ], cchc=True, views=233, author="Đức Mạnh",
        includes=["đạt 79,82 điểm, xếp thứ 6/13 địa phương", "sản phẩm OCOP"],
    )
    duong = Article(
        "duong-hai-lang", "Xã Hải Lạng ra quân làm đường giao thông nông thôn", D(2024, 3, 5, 10, 3), [
            ("p", "Ngày 3/3, xã Hải Lạng tổ chức ra quân làm đường bê tông nông thôn tại thôn Khe Tiên với chiều dài 1,2 km, mặt đường rộng 3,5 m."),
            ("p", "Nhân dân trong thôn đã tự nguyện hiến gần 2.000 m² đất và đóng góp ngày công lao động; Nhà nước hỗ trợ xi măng theo cơ chế đặc thù của tỉnh. Công trình dự kiến hoàn thành trong tháng 4/2024."),
            ("author", "Bích Ngọc"),
        ], views=118, author="Bích Ngọc",
        includes=["chiều dài 1,2 km", "hiến gần 2.000 m² đất"],
    )
    notice = Article(
        "duong-day-nong", "Thông báo số điện thoại đường dây nóng tiếp nhận phản ánh về thủ tục hành chính", D(2024, 5, 3, 8, 10), [
            ("p", "UBND huyện Tiên Yên thông báo số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị của tổ chức, cá nhân về giải quyết thủ tục hành chính: 0203.3876.113. Thời gian tiếp nhận: giờ hành chính các ngày làm việc trong tuần."),
            ("author", "Văn phòng HĐND và UBND huyện"),
        ], category="thong-bao", views=75, short=True,
        includes=["số điện thoại đường dây nóng tiếp nhận phản ánh"],
    )
    return [ddci, notice, duong, year]


ALL = {
    "baolam": baolam, "vuquang": vuquang, "thanhbinh": thanhbinh, "chodon": chodon,
    "tienlu": tienlu, "lucyen": lucyen, "thuanchau": thuanchau, "tienyen": tienyen,
}
