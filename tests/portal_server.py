"""Serve the offline sample portals in tests/sample_portals on loopback.

Each portal gets its own ThreadingHTTPServer on a free port. A portal's
``routes.toml`` maps every served URL (path plus optional query string,
exactly as the pages link it) to a file, a content type or a redirect.
In text responses ``{{base}}`` becomes the portal's own base URL and
``{{base:<id>}}`` another sample portal's base URL.

    python tests/portal_server.py --registry-out portals.toml [--log requests.jsonl]

starts every portal, writes the crawler's portal registry and serves until
SIGTERM or SIGINT.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import re
import signal
import sys
import threading
import time
import tomllib
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qsl, unquote

SAMPLE_ROOT = Path(__file__).resolve().parent / "sample_portals"
PLACEHOLDER = re.compile(r"\{\{base(?::([a-z0-9_-]+))?\}\}")
TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/json", "application/javascript")


@dataclass(frozen=True)
class LoggedRequest:
    portal: str
    method: str
    path_with_query: str
    status: int
    headers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    url: str
    file: Path | None = None
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    redirect: str | None = None


def route_key(target: str, case_insensitive: bool = False) -> tuple:
    """Normalise a request target so that equivalent spellings match one route."""
    path, _, query = target.partition("?")
    path = unquote(path)
    if case_insensitive:
        path = path.lower()
    return path, tuple(sorted(parse_qsl(query, keep_blank_values=True)))


@dataclass
class Portal:
    id: str
    meta: dict
    directory: Path
    routes: dict[tuple, Route]
    not_found: Path | None
    headers: dict[str, str]
    case_insensitive: bool

    @classmethod
    def load(cls, meta: dict, root: Path) -> "Portal":
        directory = root / meta["id"]
        config = tomllib.loads((directory / "routes.toml").read_text(encoding="utf-8"))
        case_insensitive = bool(config.get("case_insensitive", False))
        routes: dict[tuple, Route] = {}
        for entry in config["routes"]:
            file = directory / entry["file"] if "file" in entry else None
            guessed = mimetypes.guess_type(entry.get("file", ""))[0] or "text/html"
            if guessed.startswith("text/"):
                guessed += "; charset=utf-8"
            route = Route(
                url=entry["url"],
                file=file,
                content_type=entry.get("type", guessed),
                status=entry.get("status", 302 if "redirect" in entry else 200),
                redirect=entry.get("redirect"),
            )
            key = route_key(route.url, case_insensitive)
            if key in routes:
                raise ValueError(f"{meta['id']}: two routes for {route.url}")
            routes[key] = route
        not_found = directory / config["not_found"] if "not_found" in config else None
        return cls(meta["id"], meta, directory, routes, not_found,
                   dict(config.get("headers", {})), case_insensitive)

    def find(self, target: str) -> Route | None:
        return self.routes.get(route_key(target, self.case_insensitive))


def load_portals(root: Path) -> list[Portal]:
    manifest = tomllib.loads((root / "manifest.toml").read_text(encoding="utf-8"))
    return [Portal.load(meta, root) for meta in manifest["portals"]]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A client that hangs up mid-answer (a crawler killed by a test) is
        # expected here, not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class PortalServer:
    """All sample portals, one loopback port each, with a shared request log."""

    def __init__(self, root: Path = SAMPLE_ROOT, host: str = "127.0.0.1"):
        self.root = Path(root)
        self.host = host
        self.portals = {p.id: p for p in load_portals(self.root)}
        self.base_urls: dict[str, str] = {}
        self.request_log: list[LoggedRequest] = []
        self.on_request: Callable[[LoggedRequest], None] | None = None
        self.delay = 0.0  # seconds to wait before each answer: a slow portal
        self._lock = threading.Lock()
        self._servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    # lifecycle -----------------------------------------------------------
    def start(self) -> "PortalServer":
        for portal in self.portals.values():
            httpd = _QuietServer((self.host, 0), self._handler_for(portal))
            self.base_urls[portal.id] = f"http://{self.host}:{httpd.server_address[1]}"
            thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"portal-{portal.id}", daemon=True)
            thread.start()
            self._servers.append((httpd, thread))
        return self

    def stop(self) -> None:
        for httpd, thread in self._servers:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)
        self._servers.clear()

    def __enter__(self) -> "PortalServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # request log ---------------------------------------------------------
    def clear_log(self) -> None:
        with self._lock:
            self.request_log.clear()

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.request_log.append(entry)
            if self.on_request:
                self.on_request(entry)

    def reload_routes(self) -> None:
        """Re-read every routes.toml, keeping the ports: lets a test add an
        article to a running portal between two crawls."""
        for portal_id, portal in self.portals.items():
            fresh = Portal.load(portal.meta, self.root)
            portal.routes = fresh.routes

    # registry ------------------------------------------------------------
    def write_registry(self, path: Path) -> Path:
        lines = ["# Sample portals served by tests/portal_server.py (generated; ports change per run)", ""]
        for portal in self.portals.values():
            base = self.base_urls[portal.id]
            meta = portal.meta
            lines += [
                "[[portals]]",
                f"id = {_toml_str(portal.id)}",
                f"name = {_toml_str(meta['name'])}",
                f"district = {_toml_str(meta['district'])}",
                f"province = {_toml_str(meta['province'])}",
                f"platform = {_toml_str(meta.get('platform', ''))}",
                "start_urls = [" + ", ".join(_toml_str(base + u) for u in meta["start_urls"]) + "]",
                f"allowed_hosts = [{_toml_str(base.removeprefix('http://'))}]",
                "",
            ]
        path = Path(path)
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    # serving -------------------------------------------------------------
    def substitute(self, text: str, portal_id: str) -> str:
        def repl(match: re.Match) -> str:
            return self.base_urls[match.group(1) or portal_id]
        return PLACEHOLDER.sub(repl, text)

    def _handler_for(self, portal: Portal) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._respond(send_body=True)

            def do_HEAD(self) -> None:
                self._respond(send_body=False)

            def do_POST(self) -> None:
                self._send(405, b"", "text/plain; charset=utf-8", True, {"Allow": "GET, HEAD"})

            def log_message(self, format: str, *args) -> None:  # quiet by default
                pass

            def version_string(self) -> str:
                return portal.headers.get("Server", "SamplePortal/1.0")

            def _respond(self, send_body: bool) -> None:
                if server.delay:
                    time.sleep(server.delay)
                route = portal.find(self.path)
                if route is None:
                    body = self._read(portal.not_found, "text/html") if portal.not_found else b"Not Found"
                    self._send(404, body, "text/html; charset=utf-8", send_body)
                elif route.redirect is not None:
                    location = server.substitute(route.redirect, portal.id)
                    if location.startswith("/"):
                        location = server.base_urls[portal.id] + location
                    self._send(route.status, b"", "text/html; charset=utf-8", send_body,
                               {"Location": location})
                else:
                    body = self._read(route.file, route.content_type)
                    # Validators, as real portals' IIS/Apache send them, so that
                    # conditional requests (--refresh) can be answered with 304.
                    etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
                    modified = formatdate(route.file.stat().st_mtime, usegmt=True)
                    validators = {"ETag": etag, "Last-Modified": modified}
                    if route.status == 200 and self.headers.get("If-None-Match") == etag:
                        self._send(304, b"", route.content_type, False, validators)
                    else:
                        self._send(route.status, body, route.content_type, send_body, validators)

            def _read(self, file: Path, content_type: str) -> bytes:
                data = file.read_bytes()
                if content_type.startswith(TEXT_TYPES):
                    data = server.substitute(data.decode("utf-8"), portal.id).encode("utf-8")
                return data

            def _send(self, status: int, body: bytes, content_type: str, send_body: bool,
                      extra: dict | None = None) -> None:
                # log first, so the entry exists by the time the client has its answer
                server._record(LoggedRequest(portal.id, self.command, self.path, status,
                                             dict(self.headers.items())))
                self.send_response(status)
                for name, value in {**portal.headers, **(extra or {})}.items():
                    if name != "Server":  # sent by send_response, from version_string()
                        self.send_header(name, server.substitute(value, portal.id))
                self.send_header("Content-Type", content_type)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if send_body:
                    self.wfile.write(body)

        return Handler


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry-out", type=Path, required=True, help="where to write portals.toml")
    parser.add_argument("--log", type=Path, help="append every request as a JSON line to this file")
    parser.add_argument("--root", type=Path, default=SAMPLE_ROOT)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)

    server = PortalServer(args.root, args.host)
    log_file = args.log.open("a", encoding="utf-8", buffering=1) if args.log else None
    if log_file:
        server.on_request = lambda entry: log_file.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    server.start()
    try:
        server.write_registry(args.registry_out)
        for portal_id, base in server.base_urls.items():
            meta = server.portals[portal_id].meta
            print(f"{portal_id}\t{base}\t{meta['district']}, {meta['province']}\t{meta.get('platform', '')}",
                  flush=True)
        stop.wait()
    finally:
        server.stop()
        if log_file:
            log_file.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
