"""Portal 5: NukeViet (eGovernment edition), huyện Tam Đường (Lai Châu)."""
import random, sys
from common import esc, render_blocks, dmy, weekday, slug
import content as C
from portal import build

PID = 'hd23_nukeviet_tamduong'
NAME = 'Cổng thông tin điện tử huyện Tam Đường'
DISTRICT, PROVINCE, PLATFORM = 'Tam Đường', 'Lai Châu', 'NukeViet'
PER_PAGE = 4
INTRO_URL = '/about/gioi-thieu-chung.html'
CONTACT_URL = '/contact/'
DOC_URL = '/news/thong-bao/thong-bao-ve-viec-tam-dung-cap-dien-khu-vuc-thi-tran-2041.html'
DOC_TITLE = 'Thông báo về việc tạm dừng cấp điện khu vực thị trấn'
DOC_FILE = '/uploads/news/2025_06/tb-tam-dung-cap-dien.pdf'
FURNITURE = ['Đang truy cập', 'Máy chủ tìm kiếm', 'Khách viếng thăm', 'Tháng hiện tại', 'Tổng lượt truy cập',
             'Những tin mới hơn', 'Những tin cũ hơn', 'Xếp hạng:', 'phiếu bầu', 'Click để đánh giá bài viết', 'Về đầu trang', 'Nguồn tin:']
UNITS = ['Thị trấn Tam Đường', 'Xã Bản Bo', 'Xã Bình Lư', 'Xã Sơn Bình', 'Xã Nà Tăm', 'Xã Khun Há', 'Xã Hồ Thầu']


def art_url(i, a):
    return '/news/%s/%s-%d.html' % (a.get('cat', 'cai-cach-hanh-chinh'), slug(a['title'])[:70].rstrip('-'), 1987 + i * 9)


def list_url(n):
    return '/news/tin-tuc-su-kien/' + ('' if n == 1 else 'page-%d' % n)


MENU = [('/', 'Trang nhất'), (INTRO_URL, 'Giới thiệu'), ('/news/tin-tuc-su-kien/', 'Tin tức - Sự kiện'), ('/news/cai-cach-hanh-chinh/', 'Cải cách hành chính'),
        ('/laws/', 'Văn bản'), (CONTACT_URL, 'Liên hệ')]


def shell(title, main, canon, bc):
    menu = ''.join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in MENU)
    return '''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head><title>%s - Cổng thông tin điện tử huyện Tam Đường</title>
<meta name="generator" content="NukeViet v4.5"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<link rel="canonical" href="http://{{HOST}}%s"/><meta property="og:url" content="http://{{HOST}}%s"/></head>
<body><div class="wraper"><header><div class="logo"><a href="/"><img src="/uploads/logo-tamduong.png" alt="Huyện Tam Đường"/></a></div>
<div class="current-time">Thứ năm, 12/06/2025</div></header>
<nav class="second-nav"><ul class="nav navbar-nav">%s</ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/"><span>Trang nhất</span></a></li>%s</ul></div>
<div class="row"><div class="col-md-16">%s</div>
<div class="col-md-8"><div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>36</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Máy chủ tìm kiếm</span><span>12</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Khách viếng thăm</span><span>24</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>2,417</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tháng hiện tại</span><span>48,902</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2,884,615</span></li></ul></div></div></div></div>
<footer><div class="copyright">© Bản quyền thuộc Ủy ban nhân dân huyện Tam Đường, tỉnh Lai Châu</div><div>Địa chỉ: Thị trấn Tam Đường, huyện Tam Đường. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.</div>
<a href="#" class="bttop">Về đầu trang</a></footer></div></body></html>''' % (esc(title), canon, canon, menu, bc, main)


def article(a, others):
    bl = a['blocks']
    body = render_blocks(bl[1:], byline='<p style="text-align:right"><strong>%s</strong></p>', cap='<figure class="article center"><img src="/uploads/news/2025_02/tan-binh.jpg" alt=""/><figcaption>%s</figcaption></figure>')
    nd = ' - '.join([weekday(a['date']).lower().replace('thứ', 'Thứ'), dmy(a['date']) + ' ' + a.get('time', '09:15')])
    newer = [o for o in others if o['date'] > a['date']]
    older = [o for o in others if o['date'] <= a['date']]
    fmt = lambda L: ''.join('<li><em class="fa fa-angle-right"></em> <a href="%s" title="%s">%s</a> <em>(%s)</em></li>' % (o['url'], esc(o['title']), esc(o['title']), dmy(o['date'])) for o in L)
    au = a.get('author', '')
    main = '''<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>
<span class="hidden hide d-none" itemprop="datePublished">%sT%s:00+07:00</span><span class="hidden hide d-none" itemprop="author">%s</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0)"><em class="fa fa-envelope fa-lg"></em></a></li><li><a class="dimgray" title="In ra" href="javascript:void(0)"><em class="fa fa-print fa-lg"></em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="javascript:void(0)"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">%s</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
%s
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>%s</p>%s</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags"></em>&nbsp;<strong>Từ khóa: </strong>%s</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form class="form-inline"><span>Xếp hạng: 4,6 - %d phiếu bầu</span> <a href="javascript:void(0)">Click để đánh giá bài viết</a></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-items">%s</ul><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-items">%s</ul></div></div>''' % (
        esc(a['title']), a['date'], a.get('time', '09:15'), esc(au), nd, esc(bl[0][1]), body, esc(au),
        ('<p class="h5 text-right"><strong>Nguồn tin: </strong>%s</p>' % esc(a['srcinfo'])) if a.get('srcinfo') else '',
        ', '.join('<a href="/news/tag/%s">%s</a>' % (slug(t), esc(t)) for t in a.get('tags', ['cải cách hành chính', 'một cửa'])), 3 + len(a['title']) % 9, fmt(newer), fmt(older))
    cat = a.get('catname', 'Cải cách hành chính')
    return shell(a['title'], main, a['url'], '<li><a href="/news/%s/"><span>%s</span></a></li>' % (a.get('cat', 'cai-cach-hanh-chinh'), esc(cat)))


def listing(items, n, other):
    li = ''.join('<div class="panel panel-default"><div class="panel-body"><h3><a href="%s" title="%s">%s</a></h3><ul class="list-inline"><li>%s</li></ul><p>%s</p></div></div>' % (a['url'], esc(a['title']), esc(a['title']), dmy(a['date']), esc(a['blocks'][0][1])) for a in items)
    pg = '<div class="text-center"><ul class="pagination">%s</ul></div>' % ('<li><a href="%s">1</a></li><li class="active"><a href="#">2</a></li>' % other if n == 2 else '<li class="active"><a href="#">1</a></li><li><a href="%s">2</a></li><li><a href="%s">&raquo;</a></li>' % (other, other))
    return shell('Tin tức - Sự kiện', li + pg, list_url(n), '<li><a href="/news/tin-tuc-su-kien/"><span>Tin tức - Sự kiện</span></a></li>')


def simple(title, inner):
    return shell(title, '<div class="panel panel-default"><div class="panel-body"><h1>%s</h1>%s</div></div>' % (esc(title), inner), '/', '<li><span>%s</span></li>' % esc(title))


def intro_html():
    return '<p>Huyện Tam Đường được thành lập năm 2008 trên cơ sở điều chỉnh địa giới hành chính, có 13 xã và 1 thị trấn; đồi chè Tân Uyên, Tam Đường là điểm du lịch được nhiều người biết đến.</p>'


def contact_html():
    return '<form><label>Họ tên</label><input/><label>Mã bảo mật</label><input/><button>Gửi</button></form>'


def doc_html():
    return '<span class="h5">Thứ ba - 10/06/2025 16:02</span><p><a href="%s">tb-tam-dung-cap-dien.pdf</a></p>' % DOC_FILE


def home(items, l1):
    li = ''.join('<li><a href="%s">%s</a></li>' % (a['url'], esc(a['title'])) for a in items)
    return shell('Trang nhất', '<div class="panel panel-default"><div class="panel-heading"><a href="%s">Tin tức - Sự kiện</a></div><ul>%s</ul><a href="%s">Thông báo</a></div>' % (l1, li, DOC_URL), '/', '')


def make():
    P = 'huyện Tam Đường'
    arts = []
    for k, (lab, date) in enumerate([('tháng 2 năm 2025', '2025-03-04'), ('tháng 3 năm 2025', '2025-04-03'), ('tháng 4 năm 2025', '2025-05-05')]):
        t, b = C.report(P, UNITS, lab, date, 500 + k, k)
        b.append(('byline', 'Lò Mai'))
        arts.append(dict(title=t, date=date, blocks=b, author='Lò Mai'))
    t, b = C.parindex(P, 'Lai Châu', '2025-03-12', 51)
    b.append(('byline', 'Lò Mai'))
    arts.append(dict(title=t, date='2025-03-12', blocks=b, author='Lò Mai', srcinfo='Văn phòng HĐND - UBND huyện'))
    t, b = C.inspection(P, '2025-06-06', 52)
    b = b[:2] + [('p', 'Sau kiểm tra, đoàn yêu cầu các xã tập trung thực hiện một số nhiệm vụ trọng tâm sau:'),
                 ('list', ['Cập nhật, niêm yết lại bộ thủ tục hành chính mới được công bố;',
                           'Mở sổ theo dõi hồ sơ đúng mẫu quy định, ghi đầy đủ ngày hẹn trả kết quả;',
                           'Hoàn thành việc số hóa kết quả giải quyết hồ sơ còn tồn trong tháng 6/2025.'])]
    arts.append(dict(title=t, date='2025-06-06', blocks=b, author='Phòng Nội vụ'))
    t, b = C.news('tuyenquan', P, '2025-02-10', 53)
    b.append(('cap', 'Tân binh huyện Tam Đường trong buổi gặp mặt'))
    b.append(('byline', 'Lò Mai'))
    arts.append(dict(title=t, date='2025-02-10', blocks=b, author='Lò Mai', cat='tin-tuc-su-kien', catname='Tin tức - Sự kiện', tags=['tuyển quân']))
    arts.sort(key=lambda a: a['date'], reverse=True)
    build(sys.modules[__name__], arts)


if __name__ == '__main__':
    make()
