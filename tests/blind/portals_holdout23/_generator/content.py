"""Article content for holdout23 (own Vietnamese prose; invented people and figures)."""
import random


def vn(n):
    return '{:,}'.format(n).replace(',', '.')


def pct(x):
    return ('%.2f' % x).rstrip('0').rstrip('.').replace('.', ',')


def onestop(place, units, date, seed, unitword='xã, thị trấn'):
    r = random.Random(seed)
    rec = r.randint(5200, 9800); onl = int(rec * r.uniform(.55, .82)); res = rec - r.randint(150, 420)
    early = int(res * r.uniform(.6, .75)); late = r.randint(0, 9); ontime = res - early - late
    pend = rec - res
    y = date[:4]
    title = 'Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm %s tại %s' % (y, place)
    rows = [['STT', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Trễ hạn']]
    left = rec
    for i, u in enumerate(units):
        a = r.randint(300, 900); b = a - r.randint(5, 40)
        rows.append([str(i + 1), u, vn(a), vn(b), '%02d' % r.randint(0, 2)])
    blocks = [
        ('lead', 'Trong 6 tháng đầu năm %s, Bộ phận Một cửa %s đã tiếp nhận %s hồ sơ thủ tục hành chính, trong đó %s hồ sơ nộp trực tuyến, đạt tỷ lệ %s%%.' % (y, place, vn(rec), vn(onl), pct(onl * 100 / rec))),
        ('p', 'Số hồ sơ đã giải quyết là %s hồ sơ, trong đó giải quyết trước hạn %s hồ sơ, đúng hạn %s hồ sơ, quá hạn %s hồ sơ; hiện còn %s hồ sơ đang trong thời gian giải quyết.' % (vn(res), vn(early), vn(ontime), '%02d' % late, vn(pend))),
        ('p', 'Các lĩnh vực có nhiều hồ sơ nhất vẫn là chứng thực, hộ tịch và đất đai. Việc số hóa hồ sơ, kết quả giải quyết được thực hiện ngay khi tiếp nhận; cán bộ một cửa hướng dẫn người dân sử dụng tài khoản định danh điện tử để nộp hồ sơ qua Cổng Dịch vụ công.'),
        ('p', 'Kết quả tiếp nhận và giải quyết hồ sơ tại Bộ phận Một cửa các %s như sau:' % unitword),
        ('table', rows),
        ('p', 'Thời gian tới, địa phương tiếp tục rà soát quy trình nội bộ, công khai xin lỗi người dân đối với các hồ sơ trễ hạn và đưa kết quả giải quyết hồ sơ vào tiêu chí đánh giá, xếp loại cán bộ, công chức cuối năm.'),
    ]
    return title, blocks


def report(place, units, period_label, date, seed, issue):
    """One issue of a recurring report: same header and unit names, other figures."""
    r = random.Random(seed)
    title = 'Báo cáo kết quả giải quyết hồ sơ thủ tục hành chính %s' % period_label
    rows = [['TT', 'Đơn vị', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn (%)']]
    tot = [0, 0, 0, 0]
    for i, u in enumerate(units):
        a = r.randint(60, 420); o = int(a * r.uniform(.4, .9)); late = r.randint(0, 3); ok = a - late - r.randint(0, 6)
        for j, v in enumerate((a, o, ok, late)):
            tot[j] += v
        rows.append([str(i + 1), u, vn(a), vn(o), vn(ok), '%02d' % late, pct(ok * 100 / a)])
    rows.append(['', 'Tổng cộng', vn(tot[0]), vn(tot[1]), vn(tot[2]), '%02d' % tot[3], pct(tot[2] * 100 / tot[0])])
    blocks = [
        ('lead', 'Văn phòng HĐND và UBND %s tổng hợp kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính %s của các cơ quan, đơn vị trên địa bàn như sau.' % (place, period_label)),
        ('p', '%s, toàn %s tiếp nhận %s hồ sơ, trong đó %s hồ sơ trực tuyến; giải quyết đúng hạn %s hồ sơ, quá hạn %s hồ sơ.' % (period_label[0].upper() + period_label[1:], place.split(' ')[0], vn(tot[0]), vn(tot[1]), vn(tot[2]), '%02d' % tot[3])),
        ('p', ['Các đơn vị có hồ sơ quá hạn phải có văn bản xin lỗi gửi tổ chức, cá nhân và báo cáo nguyên nhân trước ngày 10 tháng sau.',
               'Tỷ lệ hồ sơ trực tuyến của một số xã còn thấp; đề nghị Tổ công nghệ số cộng đồng hỗ trợ người dân tại điểm tiếp nhận.',
               'Đề nghị các xã, thị trấn cập nhật đầy đủ trạng thái hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.'][issue % 3]),
        ('p', 'Chi tiết theo từng đơn vị:'),
        ('table', rows),
    ]
    return title, blocks


def parindex(place, prov, date, seed, score=None, rank=None, of=None):
    r = random.Random(seed)
    score = score or round(r.uniform(82, 91), 2); of = of or r.choice([10, 11, 13, 15]); rank = rank or r.randint(2, 7)
    prev = rank + r.choice([1, 2, 3])
    y = int(date[:4]) - 1
    title = 'Chỉ số cải cách hành chính năm %d của %s xếp thứ %d/%d' % (y, place, rank, of)
    rows = [['Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', 'Tỷ lệ (%)'],
            ['Công tác chỉ đạo, điều hành CCHC', '9', pct(r.uniform(7.5, 9)), pct(r.uniform(85, 99))],
            ['Cải cách thủ tục hành chính', '13', pct(r.uniform(10.5, 13)), pct(r.uniform(80, 98))],
            ['Cải cách tổ chức bộ máy', '6,5', pct(r.uniform(5.2, 6.5)), pct(r.uniform(80, 99))],
            ['Xây dựng chính quyền điện tử, chính quyền số', '12', pct(r.uniform(9, 11.8)), pct(r.uniform(75, 97))]]
    blocks = [
        ('lead', 'Theo Quyết định công bố Chỉ số cải cách hành chính năm %d của UBND tỉnh %s, %s đạt %s điểm, xếp thứ %d/%d huyện, thị xã, thành phố, tăng %d bậc so với năm trước.' % (y, prov, place, pct(score), rank, of, prev - rank)),
        ('p', 'Chỉ số được đánh giá trên 8 lĩnh vực với tổng điểm tối đa 100 điểm, trong đó điểm điều tra xã hội học chiếm tỷ trọng lớn. Kết quả đánh giá sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) của %s đạt %s%%.' % (place, pct(r.uniform(84, 93)))),
        ('p', 'Một số lĩnh vực thành phần đạt kết quả như sau:'),
        ('table', rows),
        ('p', 'Bên cạnh kết quả đạt được, chỉ số thành phần về thực hiện cơ chế một cửa, một cửa liên thông và tỷ lệ thanh toán trực tuyến còn bị trừ điểm. UBND huyện yêu cầu các phòng, ban chuyên môn phân tích từng tiêu chí bị mất điểm, đề ra giải pháp khắc phục ngay trong quý III.'),
    ]
    return title, blocks


def inspection(place, date, seed, team='Đoàn kiểm tra công tác cải cách hành chính'):
    r = random.Random(seed)
    n = r.randint(4, 7)
    names = ['xã Nậm Lịch', 'xã Ẳng Tở', 'xã Búng Lao', 'xã Xuân Lao', 'xã Ẳng Nưa', 'xã Mường Đăng', 'thị trấn Mường Ảng']
    title = '%s kiểm tra công vụ, cải cách hành chính tại %d xã' % (place[0].upper() + place[1:], n)
    items = [
        'Rà soát việc niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa;',
        'Kiểm tra sổ theo dõi hồ sơ, phiếu kiểm soát quá trình giải quyết hồ sơ;',
        'Kiểm tra việc chấp hành giờ giấc làm việc, đeo thẻ công chức;',
        'Đánh giá việc sử dụng hệ thống quản lý văn bản và chữ ký số.',
    ]
    blocks = [
        ('lead', 'Từ ngày %s đến ngày %s, %s do Phó Chủ tịch UBND huyện làm trưởng đoàn đã kiểm tra đột xuất tại %d xã.' % (dmy2(date, -9), dmy2(date, -3), team, n)),
        ('p', 'Qua kiểm tra %d bộ hồ sơ, đoàn phát hiện %d hồ sơ thiếu phiếu kiểm soát quá trình giải quyết và %d hồ sơ trả kết quả chậm so với giấy hẹn nhưng chưa có văn bản xin lỗi.' % (r.randint(120, 260), r.randint(3, 12), r.randint(1, 5))),
        ('p', 'Nội dung kiểm tra gồm:'),
        ('list', items),
        ('p', 'Kết thúc đợt kiểm tra, đoàn đề nghị chủ tịch UBND các xã chấn chỉnh ngay những tồn tại, báo cáo kết quả khắc phục về Phòng Nội vụ trước ngày 30 của tháng.'),
    ]
    return title, blocks


def sipas(place, date, seed):
    r = random.Random(seed)
    s = r.uniform(86, 95)
    title = 'Mức độ hài lòng của người dân đối với %s đạt %s%%' % (place, pct(s))
    blocks = [
        ('lead', 'Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm %s cho thấy %s đạt %s%%.' % (int(date[:4]) - 1, place, pct(s))),
        ('p', 'Cuộc khảo sát thực hiện trên %s phiếu hỏi, phát tới người dân đã giao dịch tại Bộ phận Một cửa các cấp. Tiêu chí được đánh giá cao nhất là thái độ của công chức tiếp nhận hồ sơ; tiêu chí thấp nhất là thời gian chờ đợi trả kết quả.' % vn(r.randint(400, 900))),
        ('table', [['Tiêu chí', 'Năm trước', 'Năm nay'],
                   ['Tiếp cận dịch vụ', pct(r.uniform(82, 90)), pct(r.uniform(85, 94))],
                   ['Thủ tục hành chính', pct(r.uniform(80, 90)), pct(r.uniform(84, 93))],
                   ['Công chức trực tiếp giải quyết', pct(r.uniform(85, 92)), pct(r.uniform(88, 96))],
                   ['Kết quả giải quyết', pct(r.uniform(82, 91)), pct(r.uniform(86, 95))]]),
        ('p', 'Để nâng cao mức độ hài lòng, huyện sẽ bố trí thêm máy lấy số thứ tự, ghế chờ và tổ hỗ trợ nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công.'),
    ]
    return title, blocks


def dmy2(iso, delta):
    import datetime
    y, m, d = map(int, iso.split('-'))
    x = datetime.date(y, m, d) + datetime.timedelta(days=delta)
    return '%d/%d' % (x.day, x.month)


NEWS = {
    'lua': ('Nông dân %s xuống giống lúa vụ mùa', [
        ('lead', 'Những ngày này, bà con nông dân %s tranh thủ thời tiết thuận lợi để làm đất, gieo cấy lúa vụ mùa.'),
        ('p', 'Theo kế hoạch, vụ mùa năm nay toàn huyện gieo cấy trên diện tích hơn 2.100 ha, chủ yếu là các giống lúa ngắn ngày, chất lượng cao. Cán bộ khuyến nông được phân công bám sát từng cánh đồng để hướng dẫn bà con bón phân cân đối.'),
        ('p', 'Tại các xã vùng cao, nhiều hộ đã chủ động nạo vét kênh mương, tu sửa phai đập nhỏ để bảo đảm đủ nước tưới cho những chân ruộng bậc thang.'),
        ('p', 'Phòng Nông nghiệp khuyến cáo người dân không gieo cấy muộn sau ngày 30/7, đồng thời theo dõi chặt chẽ sâu cuốn lá nhỏ và rầy nâu trong giai đoạn lúa đẻ nhánh.'),
    ]),
    'hoinghi': ('HĐND %s tổ chức kỳ họp chuyên đề', [
        ('lead', 'Sáng nay, HĐND %s khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung thuộc thẩm quyền.'),
        ('p', 'Tại kỳ họp, các đại biểu đã thảo luận và biểu quyết thông qua các nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn, phân bổ vốn sự nghiệp cho các chương trình mục tiêu quốc gia.'),
        ('p', 'Phát biểu bế mạc, Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương triển khai các nghị quyết vừa được thông qua, bảo đảm giải ngân vốn đúng tiến độ.'),
    ]),
    'vanhoa': ('Khai mạc Ngày hội văn hóa, thể thao các dân tộc %s', [
        ('lead', 'Tối qua, tại sân vận động trung tâm, UBND %s khai mạc Ngày hội văn hóa, thể thao các dân tộc lần thứ V.'),
        ('p', 'Ngày hội thu hút hơn 600 vận động viên, diễn viên quần chúng đến từ các xã, thị trấn tham gia các môn thi đấu kéo co, đẩy gậy, bắn nỏ, ném còn và trình diễn trang phục truyền thống.'),
        ('p', 'Bên lề ngày hội còn có gian trưng bày sản phẩm OCOP, ẩm thực của đồng bào các dân tộc, thu hút đông đảo du khách tham quan.'),
    ]),
    'tuyenquan': ('Gặp mặt thanh niên lên đường nhập ngũ tại %s', [
        ('lead', 'Chiều qua, Ban Chỉ huy Quân sự %s tổ chức gặp mặt, động viên thanh niên chuẩn bị lên đường thực hiện nghĩa vụ quân sự.'),
        ('p', 'Năm nay, địa phương có 148 thanh niên trúng tuyển, trong đó nhiều người đã tốt nghiệp cao đẳng, đại học. Các đơn vị đã tổ chức thăm hỏi, tặng quà gia đình tân binh.'),
        ('p', 'Thay mặt tân binh, anh Lò Văn Thắng bày tỏ quyết tâm rèn luyện, phấn đấu hoàn thành tốt nhiệm vụ, xứng đáng với truyền thống quê hương.'),
    ]),
    'nongthon': ('Xã Búng Lao đón nhận bằng công nhận đạt chuẩn nông thôn mới', [
        ('lead', 'UBND %s vừa tổ chức lễ đón nhận bằng công nhận xã Búng Lao đạt chuẩn nông thôn mới.'),
        ('p', 'Sau nhiều năm nỗ lực, xã đã huy động nguồn lực làm mới, nâng cấp hàng chục km đường giao thông nông thôn, xây dựng nhà văn hóa các bản và kiên cố hóa trường lớp học.'),
        ('p', 'Thu nhập bình quân đầu người của xã tăng lên rõ rệt; tỷ lệ hộ nghèo giảm còn dưới mức bình quân của huyện. Nhân dân tự nguyện hiến đất mở rộng đường, góp công lao động.'),
    ]),
}


def news(key, place, date, seed):
    t, bl = NEWS[key]
    out = []
    for k, s in bl:
        out.append((k, s % place if '%s' in s else s))
    return (t % place if '%s' in t else t), out
