"""Pieces shared by the two Tân Dân SharePoint portals."""
import base64
import hashlib

from common import ascii_slug, e, q, short_id


def viewstate(seed: str, n: int = 2400) -> str:
    raw = b""
    h = seed.encode()
    while len(raw) < n:
        h = hashlib.sha256(h).digest()
        raw += h
    return "/wEPDwULLTE2NjY4NTY2NjUPZBYCZg9kFgICAQ9kFgQC" + base64.b64encode(raw[:n]).decode()


def article_url(a, cap_date_pad=False) -> str:
    d = a.date
    day = f"{d:%Y-%m-%d}" if cap_date_pad else f"{d.year}-{d.month}-{d.day}"
    return f"/portal/Pages/{day}/{ascii_slug(a.title, keep_case=True)}-{short_id(a.key, 6)}.aspx"


def head(title, desc, keywords, extra=""):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head id="ctl00_Head1"><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>{e(title)}</title>
<meta name="description" content="{q(desc)}" />
<meta name="keywords" content="{q(keywords)}" />
{extra}
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2ZMmr%2F%2BOrYhPfJD7ZYGZQA%3D%3D" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/TanDan/css/tandan-portal.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=SQ8OZD4vp7YmLR%2FlZvEmNw%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkTRnFkG6hkT3TlF2LyxtWeQn&amp;t=ffffffffe6d5a9ac"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript" src="/Style%20Library/TanDan/js/tandan-portal.js"></script>
</head>"""


def form_open(action, seed):
    return f"""<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="{q(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{hashlib.md5(seed.encode()).hexdigest().upper()}{hashlib.sha1(seed.encode()).hexdigest().upper()},09 Apr 2021 03:12:45 -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fportal", webLanguage: 1066, currentLanguage: 1066, pageListId: "{{{short_id(seed, 8, '0123456789abcdef')}-5d1c-4a8e-9f1e-{short_id(seed + 'x', 12, '0123456789abcdef')}}}"}};
//]]>
</script>"""


def webpart(n, title, inner, guid_seed, title_url=None):
    guid = f"{short_id(guid_seed, 8, '0123456789abcdef')}-{short_id(guid_seed + '1', 4, '0123456789abcdef')}-4c2b-9a7e-{short_id(guid_seed + '2', 12, '0123456789abcdef')}"
    t = ""
    if title:
        tt = f'<a href="{q(title_url)}">{e(title)}</a>' if title_url else e(title)
        t = f'<div class="ms-webpart-chrome-title" id="WebPartTitleWPQ{n}"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{tt}</span><span id="WebPartCaptionWPQ{n}"></span></nobr></h2></div>'
    return f"""<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{n}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">{t}
<div WebPartID="{guid}" HasPers="false" id="WebPartWPQ{n}" width="100%" class="ms-WPBody" allowDelete="false" style="">
{inner}
<div class="ms-clear"></div></div></div></div></div>"""


def body_blocks(a, img_url, text=e):
    """Tân Dân bodies: <p><img></p> then a plain caption <p>."""
    import pages as P

    def img(name, caption):
        src = img_url(a, name)
        html = f'<p style="text-align:center;"><img alt="" src="{q(src)}" style="width:560px;height:373px;" /></p>'
        if caption:
            html += f'\n<p style="text-align:center;">{text(caption)}</p>'
        return html
    return P.render_blocks(a, img=img, text=text, p='<p style="text-align:justify;">{}</p>',
                           author='<p style="text-align:right;"><strong>{}</strong></p>')


def date_line(a):
    return f"{a.date:%d} - {a.date:%m} - {a.date:%Y}"
