"""Invented Vietnamese article prose for portals_holdout5 (real place names, invented people and figures)."""


def cap(s):
    return s[:1].upper() + s[1:]


def dots(n):
    return "{:,}".format(n).replace(",", ".")


def cchc_quarter(place, tier, year, q, rec, carried, early, ontime, late, pending, online, postal, chair):
    new = rec - carried
    done = early + ontime + late
    pending = rec - done  # the parts add up to the total received
    rate = (early + ontime) * 1000 // done
    title = "%s: kết quả giải quyết thủ tục hành chính quý %s năm %d" % (place, q, year)
    lead = ("Trong quý %s năm %d, Bộ phận Một cửa %s tiếp nhận tổng cộng %s hồ sơ thủ tục hành chính, "
            "tỷ lệ giải quyết đúng và trước hạn đạt %s%%." % (q, year, tier, dots(rec), "%d,%d" % (rate // 10, rate % 10)))
    paras = [
        "Theo báo cáo của Văn phòng HĐND và UBND, trong số hồ sơ tiếp nhận có %s hồ sơ kỳ trước chuyển sang và %s hồ sơ tiếp nhận mới trong kỳ." % (dots(carried), dots(new)),
        "Đến cuối quý, đã giải quyết xong %s hồ sơ, trong đó %s hồ sơ trước hạn, %s hồ sơ đúng hạn và %s hồ sơ quá hạn; còn %s hồ sơ đang trong thời gian giải quyết." % (dots(done), dots(early), dots(ontime), dots(late), dots(pending)),
        "Số hồ sơ nộp trực tuyến qua Cổng dịch vụ công là %s hồ sơ; %s hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích." % (dots(online), dots(postal)),
        "Các hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai, do phải xác minh nguồn gốc sử dụng đất và chờ ý kiến của cơ quan liên quan.",
        "Ông %s, Chủ tịch UBND, yêu cầu các phòng chuyên môn rà soát từng hồ sơ chậm, gửi văn bản xin lỗi người dân và không để phát sinh hồ sơ quá hạn trong quý tới." % chair,
    ]
    must = ["%s hồ sơ trước hạn" % dots(early), "%s hồ sơ đang trong thời gian giải quyết" % dots(pending),
            "bưu chính công ích"]
    return cap(title), lead, paras, must


def cchc_table(place, year, communes, chair_name):
    """A table by commune; returns title, paras, table rows, one cell and must phrases."""
    rows = [["Đơn vị", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Trực tuyến"]]
    tot = [0, 0, 0, 0]
    seed = sum(ord(ch) for ch in place) % 97
    for i, c in enumerate(communes):
        r = 140 + seed + 37 * i + ((i + seed) * (i + 3) * 13) % 90
        late = (i * 3) % 4
        on = r - late
        onl = r * (40 + i * 5) // 100
        rows.append([c, dots(r), dots(on), str(late), dots(onl)])
        tot = [tot[0] + r, tot[1] + on, tot[2] + late, tot[3] + onl]
    rows.append(["Tổng cộng", dots(tot[0]), dots(tot[1]), str(tot[2]), dots(tot[3])])
    title = "Cấp xã ở %s giải quyết hồ sơ 6 tháng đầu năm %d" % (place, year)
    paras = [
        "Sáu tháng đầu năm %d, UBND các xã, thị trấn trên địa bàn %s tiếp nhận %s hồ sơ, trong đó %s hồ sơ được giải quyết đúng hạn." % (year, place, dots(tot[0]), dots(tot[1])),
        "Kết quả cụ thể của từng đơn vị như sau:",
        "%s có số hồ sơ quá hạn nhiều nhất với %d hồ sơ, chủ yếu là hồ sơ chứng thực và đăng ký hộ tịch có yếu tố nước ngoài." % (communes[max(range(len(communes)), key=lambda i: (i * 3) % 4)], max((i * 3) % 4 for i in range(len(communes)))),
        "Bà %s, Trưởng phòng Nội vụ, cho biết sẽ kiểm tra đột xuất các bộ phận một cửa cấp xã có tỷ lệ trực tuyến dưới mức trung bình." % chair_name,
    ]
    cell = rows[1][0]
    must = ["tiếp nhận %s hồ sơ" % dots(tot[0]), "kiểm tra đột xuất các bộ phận một cửa"]
    return cap(title), paras, rows, cell, must


def par_index(place, prov, year, score, rank, of, sipas, delta, who):
    sc = "%s" % score
    title = "%s xếp thứ %d/%d về Chỉ số cải cách hành chính năm %d" % (place, rank, of, year)
    paras = [
        "UBND tỉnh %s vừa công bố kết quả Chỉ số cải cách hành chính (PAR INDEX) năm %d của các huyện, thị xã, thành phố." % (prov, year),
        "Theo đó, %s đạt %s điểm, xếp thứ %d/%d đơn vị, tăng %d bậc so với năm trước." % (place, sc, rank, of, delta),
        "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) của huyện đạt %s%%." % sipas,
        "Các tiêu chí còn bị trừ điểm gồm tỷ lệ hồ sơ trực tuyến toàn trình và việc số hóa kết quả giải quyết thủ tục.",
        "Đồng chí %s đề nghị từng cơ quan, đơn vị phân tích nguyên nhân mất điểm và gửi kế hoạch khắc phục trước cuối tháng." % who,
    ]
    must = ["đạt %s điểm" % sc, "xếp thứ %d/%d đơn vị" % (rank, of), "(SIPAS)"]
    return cap(title), paras, must


NEWS = {
    "lua": ("Nông dân {p} thu hoạch lúa vụ Đông Xuân",
            ["Những ngày này, trên các cánh đồng của {p}, bà con tranh thủ nắng ráo để gặt lúa vụ Đông Xuân.",
             "Năng suất bình quân ước đạt {n} tạ mỗi héc-ta, cao hơn vụ trước nhờ giống mới và lịch thời vụ hợp lý.",
             "Ông {who}, một nông dân ở thôn Trung, cho biết gia đình thuê máy gặt đập liên hợp nên chỉ mất hai buổi là xong ba sào ruộng.",
             "Ngành nông nghiệp khuyến cáo bà con làm đất sớm, vệ sinh đồng ruộng để chuẩn bị cho vụ Hè Thu."],
            ["tạ mỗi héc-ta", "máy gặt đập liên hợp", "vệ sinh đồng ruộng"]),
    "mau": ("Hơn {n} đơn vị máu được tiếp nhận tại ngày hội hiến máu ở {p}",
            ["Sáng chủ nhật, Ban chỉ đạo vận động hiến máu tình nguyện {p} tổ chức ngày hội Giọt hồng yêu thương.",
             "Đông đảo đoàn viên, thanh niên, giáo viên và lực lượng vũ trang đã đến đăng ký, khám sàng lọc.",
             "Chị {who}, giáo viên trường tiểu học, đã tham gia hiến máu lần thứ chín.",
             "Toàn bộ số máu được chuyển về bệnh viện tuyến tỉnh phục vụ cấp cứu và điều trị."],
            ["Giọt hồng yêu thương", "khám sàng lọc", "hiến máu lần thứ chín"]),
    "duong": ("Khánh thành tuyến đường liên thôn ở {p}",
              ["UBND {p} vừa tổ chức lễ khánh thành, đưa vào sử dụng tuyến đường bê tông nối hai thôn phía tây.",
               "Tuyến đường dài {n} mét, rộng 5 mét, do Nhà nước và nhân dân cùng làm; nhiều hộ tự nguyện hiến đất, chặt cây để mở rộng mặt đường.",
               "Ông {who}, Bí thư chi bộ thôn, nói rằng trước đây mùa mưa học sinh phải lội bùn đến trường.",
               "Công trình góp phần hoàn thành tiêu chí giao thông trong xây dựng nông thôn mới."],
              ["tự nguyện hiến đất", "lội bùn đến trường", "tiêu chí giao thông"]),
    "so": ("{p} đẩy mạnh chuyển đổi số ở thôn, tổ dân phố",
           ["Thời gian qua, các tổ công nghệ số cộng đồng ở {p} đã đến từng hộ hướng dẫn cài đặt ứng dụng định danh điện tử.",
            "Đến nay đã có {n} tài khoản được kích hoạt mức độ 2, nhiều người cao tuổi đã biết thanh toán tiền điện qua điện thoại.",
            "Anh {who}, thành viên tổ công nghệ số, cho biết nhóm thường làm việc vào buổi tối khi bà con đi làm đồng về.",
            "Huyện sẽ khen thưởng những tổ làm tốt vào dịp tổng kết cuối năm."],
           ["tổ công nghệ số cộng đồng", "thanh toán tiền điện qua điện thoại", "khi bà con đi làm đồng về"]),
    "lut": ("{p} chủ động phòng, chống thiên tai mùa mưa bão",
            ["Trước diễn biến phức tạp của thời tiết, Ban Chỉ huy phòng chống thiên tai {p} đã kiểm tra các điểm xung yếu.",
             "Huyện chuẩn bị sẵn {n} áo phao, nhà bạt và lương thực dự trữ tại các xã ven sông.",
             "Ông {who}, Phó Chủ tịch UBND, yêu cầu sơ tán dân khỏi vùng có nguy cơ sạt lở khi mưa lớn kéo dài.",
             "Các hồ chứa thủy lợi được vận hành đúng quy trình, có người trực ngày đêm."],
            ["điểm xung yếu", "áo phao, nhà bạt", "có người trực ngày đêm"]),
    "hoc": ("Trao học bổng cho học sinh nghèo vượt khó ở {p}",
            ["Hội Khuyến học {p} vừa trao {n} suất học bổng cho học sinh có hoàn cảnh khó khăn, học tốt.",
             "Mỗi suất gồm tiền mặt, sách vở và một chiếc xe đạp.",
             "Em {who}, học sinh lớp 8, mồ côi cha, luôn đạt danh hiệu học sinh giỏi nhiều năm liền.",
             "Nguồn kinh phí do các doanh nghiệp và con em quê hương ở xa đóng góp."],
            ["sách vở và một chiếc xe đạp", "mồ côi cha", "con em quê hương ở xa"]),
    "bo": ("Mô hình nuôi bò vỗ béo giúp nhiều hộ ở {p} thoát nghèo",
           ["Từ nguồn vốn vay ưu đãi, {n} hộ ở {p} đã tham gia mô hình nuôi bò vỗ béo theo hướng an toàn sinh học.",
            "Mỗi lứa nuôi khoảng bốn tháng, trừ chi phí, các hộ có lãi từ mười lăm đến hai mươi triệu đồng.",
            "Bà {who} cho biết nhờ trồng thêm cỏ voi quanh vườn nên không phải mua thức ăn nhiều.",
            "Hội Nông dân sẽ nhân rộng mô hình sang các thôn vùng cao."],
           ["an toàn sinh học", "trồng thêm cỏ voi", "nhân rộng mô hình"]),
    "tiem": ("{p} tiêm vắc xin sởi cho trẻ em trong độ tuổi",
             ["Trung tâm Y tế {p} triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi.",
              "Có {n} trẻ thuộc diện tiêm, các trạm y tế tổ chức điểm tiêm cố định và lưu động ở thôn xa.",
              "Bác sĩ {who} khuyên phụ huynh theo dõi trẻ ba mươi phút sau tiêm tại điểm tiêm.",
              "Những trẻ chưa tiêm do ốm sẽ được tiêm vét vào cuối chiến dịch."],
             ["sởi - rubella", "điểm tiêm cố định và lưu động", "tiêm vét"]),
    "ho": ("Hỗ trợ xóa nhà tạm cho hộ nghèo ở {p}",
           ["Ủy ban MTTQ {p} phối hợp với các nhà hảo tâm bàn giao {n} căn nhà mới cho hộ nghèo.",
            "Mỗi căn rộng khoảng 40 mét vuông, tường xây, mái tôn chống nóng.",
            "Ông {who}, chủ một căn nhà, xúc động nói cả đời chưa nghĩ sẽ có nhà kiên cố trước mùa mưa.",
            "Mặt trận tiếp tục vận động để xóa hết nhà tạm trong năm nay."],
           ["mái tôn chống nóng", "nhà kiên cố trước mùa mưa", "xóa hết nhà tạm"]),
    "le": ("Lễ hội truyền thống đầu xuân ở {p} thu hút du khách",
           ["Lễ hội đầu xuân ở {p} năm nay diễn ra trong ba ngày với phần lễ trang nghiêm và phần hội sôi nổi.",
            "Ban tổ chức ước tính khoảng {n} lượt khách đến dâng hương, xem đấu vật và kéo co.",
            "Cụ {who}, người cao tuổi nhất làng, đọc chúc văn trong lễ rước nước.",
            "Công an huyện bố trí lực lượng giữ trật tự và hướng dẫn gửi xe miễn phí."],
           ["đấu vật và kéo co", "lễ rước nước", "gửi xe miễn phí"]),
}


def news(key, place, n, who, short=False):
    t, ps, must = NEWS[key]
    paras = [x.format(p=place, n=dots(n), who=who) for x in ps]
    if short:
        paras = paras[:2]
        must = [m for m in must if any(m in x for x in paras)]
        must += [" ".join(paras[0].split()[2:8]), " ".join(paras[1].split()[1:6])]
    return cap(t.format(p=place, n=dots(n))), paras, must[:4]
