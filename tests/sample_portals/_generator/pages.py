"""Inner fragments shared by all platforms (each platform wraps them in its own chrome)."""
from __future__ import annotations

from common import e, q
from shared import DEPARTMENTS, DOCUMENTS, DVC_URL, PROCEDURES


def procedures_table(pdf_url: str, table_class: str = "table table-bordered", detail_base: str = DVC_URL) -> str:
    rows = []
    for i, (code, name, fld) in enumerate(PROCEDURES, 1):
        rows.append(
            f'<tr><td class="text-center">{i}</td><td>{code}</td>'
            f'<td><a href="{q(detail_base.format(code))}" target="_blank" title="{q(name)}">{e(name)}</a></td>'
            f'<td>{e(fld)}</td><td class="text-center"><a href="{q(pdf_url)}" title="Tải biểu mẫu">Biểu mẫu</a></td>'
            f'<td class="text-center"><a href="{q(detail_base.format(code))}&amp;nop_ho_so=1" target="_blank">Nộp hồ sơ</a></td></tr>')
    return (f'<table class="{table_class}"><thead><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục hành chính</th>'
            f'<th>Lĩnh vực</th><th>Biểu mẫu</th><th>Dịch vụ công</th></tr></thead><tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


def procedure_filters() -> str:
    fields = sorted({f for _, _, f in PROCEDURES})
    opts = "".join(f'<option value="{q(f)}">{e(f)}</option>' for f in fields)
    return (f'<div class="tthc-filter"><label>Lĩnh vực</label> <select name="linhvuc"><option value="">-- Tất cả --</option>{opts}</select> '
            '<label>Cấp thực hiện</label> <select name="cap"><option>Cấp huyện</option><option>Cấp xã</option></select> '
            '<input type="text" name="tukhoa" placeholder="Nhập tên thủ tục"> <button type="button">Tra cứu</button></div>')


def org_table(communes: list[str], phone_prefix: str, leaders: list[tuple[str, str]]) -> str:
    lead = "".join(f"<tr><td>{e(n)}</td><td>{e(r)}</td><td>{phone_prefix}.{385 + i}.{(i * 37) % 1000:03d}</td></tr>"
                   for i, (n, r) in enumerate(leaders))
    deps = "".join(f'<tr id="pb-{i}"><td>{i}</td><td>{e(d)}</td><td>{phone_prefix}.{386 + i % 3}.{(i * 113) % 1000:03d}</td></tr>'
                   for i, d in enumerate(DEPARTMENTS, 1))
    coms = "".join(f'<tr id="xa-{i}"><td>{i}</td><td>{e(c)}</td><td>{phone_prefix}.{390 + i % 5}.{(i * 271) % 1000:03d}</td></tr>'
                   for i, c in enumerate(communes, 1))
    return (
        '<h3 id="lanh-dao">Lãnh đạo UBND huyện</h3>'
        f'<table class="table"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>{lead}</tbody></table>'
        '<h3 id="co-cau">Các cơ quan chuyên môn thuộc UBND huyện</h3>'
        f'<table class="table"><thead><tr><th>TT</th><th>Cơ quan</th><th>Điện thoại</th></tr></thead><tbody>{deps}</tbody></table>'
        '<h3 id="xa-thi-tran">Các xã, thị trấn</h3>'
        f'<table class="table"><thead><tr><th>TT</th><th>Đơn vị</th><th>Điện thoại</th></tr></thead><tbody>{coms}</tbody></table>'
    )


def documents_table(pdf_urls: list[str], year: int, agency: str) -> str:
    rows = []
    for i, ((kind, about, suffix), url) in enumerate(zip(DOCUMENTS, pdf_urls * 6), 1):
        num = 12 + i * 17
        rows.append(f'<tr><td>{i}</td><td><a href="{q(url)}">{num}/{suffix}</a></td><td>{e(kind)} {e(about)} {year}</td>'
                    f'<td>{e(agency)}</td><td>{(i * 3) % 28 + 1:02d}/{(i % 12) + 1:02d}/{year}</td>'
                    f'<td><a href="{q(url)}" title="Tải về"><img src="/images/icons/pdf.png" alt="pdf"> Tải về</a></td></tr>')
    return ('<table class="table table-striped"><thead><tr><th>TT</th><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành</th>'
            '<th>Ngày ban hành</th><th>Tệp đính kèm</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


def contact_block(agency: str, address: str, phone: str, email: str, form_action: str, captcha_label: str = "Mã bảo mật") -> str:
    return (
        f'<div class="contact-info"><h3>{e(agency)}</h3><p>Địa chỉ: {e(address)}</p><p>Điện thoại: {e(phone)}</p>'
        f'<p>Email: <a href="mailto:{q(email)}">{e(email)}</a></p></div>'
        f'<form class="contact-form" method="post" action="{q(form_action)}">'
        '<div class="form-group"><label for="hoten">Họ và tên (*)</label><input type="text" id="hoten" name="hoten"></div>'
        '<div class="form-group"><label for="email">Email (*)</label><input type="email" id="email" name="email"></div>'
        '<div class="form-group"><label for="dienthoai">Điện thoại</label><input type="text" id="dienthoai" name="dienthoai"></div>'
        '<div class="form-group"><label for="tieude">Tiêu đề (*)</label><input type="text" id="tieude" name="tieude"></div>'
        '<div class="form-group"><label for="noidung">Nội dung (*)</label><textarea id="noidung" name="noidung" rows="6"></textarea></div>'
        f'<div class="form-group"><label for="captcha">{e(captcha_label)}</label><img src="/captcha.ashx?w=90&amp;h=30" alt="captcha"> '
        '<input type="text" id="captcha" name="captcha" size="6"></div>'
        '<button type="submit">Gửi liên hệ</button> <button type="reset">Nhập lại</button></form>'
    )


def login_form(action: str, user_label: str = "Tên đăng nhập", extra: str = "") -> str:
    return (
        f'<form class="login-form" method="post" action="{q(action)}"><fieldset><legend>Đăng nhập hệ thống</legend>'
        f'<div class="control-group"><label for="username">{e(user_label)}</label><input type="text" id="username" name="username" autocomplete="username"></div>'
        '<div class="control-group"><label for="password">Mật khẩu</label><input type="password" id="password" name="password"></div>'
        '<div class="control-group"><label><input type="checkbox" name="remember" value="yes"> Ghi nhớ đăng nhập</label></div>'
        f'<button type="submit">Đăng nhập</button>{extra}</fieldset></form>'
    )


def excerpt(art, n: int = 230) -> str:
    if art.summary:
        text = art.summary
    else:
        text = next(b[1] for b in art.blocks if b[0] == "p")
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."


def table_html(header, rows, text=e, table_attr='class="table" border="1" cellpadding="4" cellspacing="0"') -> str:
    def cell(c, tag):
        label, href = c if isinstance(c, tuple) else (c, None)
        inner = f'<a href="{q(href)}">{text(label)}</a>' if href else text(label)
        return f"<{tag}>{inner}</{tag}>"
    head = "<tr>" + "".join(cell(h, "th") for h in header) + "</tr>"
    body = "\n".join("<tr>" + "".join(cell(c, "td") for c in r) + "</tr>" for r in rows)
    return f"<table {table_attr}>\n<thead>{head}</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def render_blocks(art, *, img, p="<p>{}</p>", author='<p style="text-align: right;"><strong>{}</strong></p>',
                  blank="<p>&nbsp;</p>", text=e, figure=None, source="<p><em>{}</em></p>",
                  more='<p><a href="{}">&gt;&gt;&gt; Xem thông tin chi tiết tại đây</a></p>', audio=None,
                  table_attr='class="table" border="1" cellpadding="4" cellspacing="0"') -> str:
    """img(name, caption) -> html. Every template string takes its text through '{}'."""
    out = []
    for b in art.blocks:
        kind = b[0]
        if kind == "p":
            out.append(p.replace("{}", text(b[1]), 1))
        elif kind == "author":
            out.append(author.replace("{}", text(b[1]), 1))
        elif kind == "blank":
            out.append(blank)
        elif kind == "img":
            out.append(img(b[1], b[2]))
        elif kind == "figure":
            out.append((figure or img)(b[1], b[2]))
        elif kind == "table":
            out.append(table_html(b[1], b[2], text, table_attr))
        elif kind == "source":
            out.append(source.replace("{}", text(b[1]), 1))
        elif kind == "more":
            out.append(more.replace("{}", q(b[1]), 1))
        elif kind == "audio":
            out.append(audio(b[1]) if audio else "")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def newest_first(arts):
    return sorted(arts, key=lambda a: a.date, reverse=True)


def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def is_cchc_topic(art) -> bool:
    t = art.title.lower()
    return art.cchc or "cải cách hành chính" in t or "thủ tục hành chính" in t
