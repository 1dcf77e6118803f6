"""The portal registry: one ``[[portals]]`` table per portal in a TOML file.

A bad registry stops the run before any request, with a message naming the
table and the key, because a typo in one portal must not silently turn a
nightly crawl into a crawl of nothing.
"""

from __future__ import annotations

import ipaddress
import socket
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_REGISTRY = Path("portals.toml")

REQUIRED_KEYS = ("id", "name", "district", "province", "start_urls")
OPTIONAL_KEYS = (
    "allowed_hosts", "article_patterns", "listing_patterns", "skip_patterns",
    "content_selector", "max_pages", "max_depth", "crawl_delay", "platform", "notes",
)
SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# A politeness delay longer than this is a typo (or inf), not politeness:
# the crawl would sit on one portal for hours.
MAX_CRAWL_DELAY = 600.0


class RegistryError(ValueError):
    """The registry cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Portal:
    id: str
    name: str
    district: str | None
    province: str | None
    start_urls: tuple[str, ...]
    allowed_hosts: tuple[str, ...]
    article_patterns: tuple[re.Pattern, ...] = ()
    listing_patterns: tuple[re.Pattern, ...] = ()
    skip_patterns: tuple[re.Pattern, ...] = ()
    content_selector: str | None = None
    max_pages: int = 2000
    max_depth: int = 6
    crawl_delay: float | None = None
    platform: str | None = None

    def allows(self, url: str) -> bool:
        """Whether `url` is on one of this portal's hosts.

        A host without a port allows any port; "www." is the same site. Sub-
        domains are not: a province portal's host must not pull in every
        district portal below it.
        """
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:  # a link no parser takes (port out of range, broken IPv6)
            return False
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host = _bracketed(_strip_www(parts.hostname.lower()))
        netloc = f"{host}:{port}" if port else host
        for allowed in self.allowed_hosts:
            if allowed == netloc or (not allowed.rpartition("]")[2].count(":") and allowed == host):
                return True
        return False


@dataclass
class Registry:
    portals: tuple[Portal, ...]
    warnings: list[str] = field(default_factory=list)

    def select(self, ids: list[str] | None) -> list[Portal]:
        if not ids:
            return list(self.portals)
        by_id = {p.id: p for p in self.portals}
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            raise RegistryError(
                f"unknown portal id(s): {', '.join(unknown)}; known: {', '.join(sorted(by_id))}")
        return [by_id[i] for i in ids]


def registry_text(path: Path | str) -> str:
    """The registry file's text, without the byte-order mark Windows editors
    save and TOML refuses (also where the text travels on: `seed` stores it
    in Redis for the workers)."""
    return Path(path).read_bytes().decode("utf-8-sig")


def load_registry(path: Path | str = DEFAULT_REGISTRY) -> Registry:
    path = Path(path)
    try:
        data = tomllib.loads(registry_text(path))
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except IsADirectoryError:
        raise RegistryError(f"{path}: is a directory, not a registry file") from None
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the registry ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not valid TOML: {exc}") from None
    return parse_registry(data, source=str(path))


def parse_registry(data: dict, source: str = "portals.toml") -> Registry:
    tables = data.get("portals")
    if not isinstance(tables, list) or not tables:
        raise RegistryError(f"{source}: no [[portals]] tables")
    warnings = [f"{source}: unknown top-level key {key!r} ignored"
                for key in data if key != "portals"]
    portals: list[Portal] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(tables, start=1):
        where = f"{source}: [[portals]] #{index}"
        if isinstance(table, dict) and isinstance(table.get("id"), str):
            where += f" (id {table['id']!r})"
        portal, unknown = _parse_portal(table, where)
        if portal.id in seen:
            raise RegistryError(f"{where}: key 'id': duplicate id {portal.id!r} "
                                f"(first used by [[portals]] #{seen[portal.id]})")
        seen[portal.id] = index
        warnings += [f"{where}: unknown key {key!r} ignored" for key in unknown]
        portals.append(portal)
    return Registry(portals=tuple(portals), warnings=warnings)


def _parse_portal(table: object, where: str) -> tuple[Portal, list[str]]:
    if not isinstance(table, dict):
        raise RegistryError(f"{where}: not a table")
    for key in REQUIRED_KEYS:
        if key not in table:
            raise RegistryError(f"{where}: missing required key {key!r}")
    portal_id = _string(table, "id", where)
    if not SAFE_ID.fullmatch(portal_id):
        raise RegistryError(
            f"{where}: key 'id': {portal_id!r} is not a safe file name "
            "(use 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit)")
    start_urls = _string_list(table, "start_urls", where)
    if not start_urls:
        raise RegistryError(f"{where}: key 'start_urls': needs at least one URL")
    for url in start_urls:
        _check_url(url, where)
    allowed = table.get("allowed_hosts")
    hosts = _string_list(table, "allowed_hosts", where) if allowed is not None \
        else [_netloc(url) for url in start_urls]
    for host in hosts:
        _check_host(host, where)
    portal = Portal(
        id=portal_id,
        name=_string(table, "name", where),
        district=_optional_string(table, "district", where),
        province=_optional_string(table, "province", where),
        start_urls=tuple(start_urls),
        allowed_hosts=tuple(dict.fromkeys(_strip_www(h.lower()) for h in hosts)),
        article_patterns=_patterns(table, "article_patterns", where),
        listing_patterns=_patterns(table, "listing_patterns", where),
        skip_patterns=_patterns(table, "skip_patterns", where),
        content_selector=_selector(table, where),
        max_pages=_positive(table, "max_pages", where, int, Portal.max_pages),
        max_depth=_positive(table, "max_depth", where, int, Portal.max_depth),
        crawl_delay=_crawl_delay(table, where),
        platform=_optional_string(table, "platform", where),
    )
    unknown = [key for key in table if key not in REQUIRED_KEYS + OPTIONAL_KEYS]
    return portal, unknown


def refused_address(host: str) -> str | None:
    """Why a portal can never be at `host` (a literal IP address), or None.
    Portals are public web sites: a private, loopback, link-local, reserved
    or otherwise non-global address is someone's internal network."""
    address = _literal_address(host.strip("[]"))
    if address is None:
        return None  # a name: crawler/middlewares.py checks what it resolves to
    address = _embedded_ipv4(address) or address
    if address.is_global:
        return None
    kind = next((name for name, flag in (("loopback", address.is_loopback), ("link-local", address.is_link_local),
                                         ("private", address.is_private)) if flag), "non-public")
    return f"{address} is a {kind} address (ALLOW_PRIVATE_ADDRESSES allows it)"


def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """`host` as an IP address, also in the legacy IPv4 forms the resolver
    takes ("127.1", "2130706433", "0x7f000001", "0177.0.0.1"); None for a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not host or not all(part and part.isalnum() for part in host.split(".")) or not host[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


# Prefixes whose last 32 bits are an IPv4 address the packet may reach: NAT64's
# well-known prefix (RFC 6052; on an IPv6-only network, 64:ff9b::a.b.c.d is
# a.b.c.d) and SIIT's IPv4-translated addresses (RFC 7915).
_CARRY_IPV4 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::ffff:0:0:0/96"))


def _embedded_ipv4(address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries and may reach: mapped (::ffff:a.b.c.d),
    compatible (::a.b.c.d), NAT64, SIIT, 6to4 (2002:ab.cd::), Teredo."""
    if address.version != 6:
        return None
    if address.ipv4_mapped or address.sixtofour:
        return address.ipv4_mapped or address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if any(address in prefix for prefix in _CARRY_IPV4) or (int(address) >> 32 == 0 and int(address) > 0xFFFF):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def check_addresses(portals, allow_private: bool) -> None:
    """Refuses portals at literal private, loopback or link-local addresses."""
    if allow_private:
        return
    for portal in portals:
        for host in (*(urlsplit(u).hostname or "" for u in portal.start_urls),
                     *(urlsplit(f"http://{h}/").hostname or "" for h in portal.allowed_hosts)):
            reason = refused_address(host)
            if reason:
                raise RegistryError(f"portal {portal.id!r}: {reason}")


def _check_url(url: str, where: str) -> None:
    """An http(s) URL whose host and port Python can read: a port out of range
    or an unclosed IPv6 bracket otherwise fails on the first request."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError as exc:
        raise RegistryError(f"{where}: key 'start_urls': {url!r} is not a usable URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RegistryError(f"{where}: key 'start_urls': {url!r} is not an http(s) URL")
    if not port_ok:
        raise RegistryError(f"{where}: key 'start_urls': {url!r} has port 0")
    if parts.username is not None or parts.password is not None:
        raise RegistryError(f"{where}: key 'start_urls': {parts.scheme}://{parts.hostname}…: "
                            "credentials in a start URL are refused (they would be sent to every page and logged)")


def _check_host(host: str, where: str) -> None:
    try:
        parts = urlsplit(f"http://{host}/")
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError as exc:
        raise RegistryError(f"{where}: key 'allowed_hosts': {host!r} is not a host[:port] ({exc})") from None
    if not parts.hostname or parts.path != "/" or parts.username or parts.query:
        raise RegistryError(f"{where}: key 'allowed_hosts': {host!r} is not a host[:port]")


def _selector(table: dict, where: str) -> str | None:
    """The portal's CSS or XPath selector, compiled and tried on a small page
    here: a typo (or an XPath variable, prefix or function lxml does not know,
    which only fail when evaluated) must stop the run, not fail on every page."""
    selector = _optional_string(table, "content_selector", where)
    if selector is None:
        return None
    import lxml.html
    from cssselect import SelectorError
    from lxml import etree

    from crawler.selectors import is_xpath

    page = lxml.html.fromstring("<html><body><div><p>x</p></div></body></html>")
    try:
        if is_xpath(selector):
            page.xpath(selector)
        else:
            page.cssselect(selector)
    except (SelectorError, etree.XPathError) as exc:
        kind = "XPath" if is_xpath(selector) else "CSS selector"
        raise RegistryError(f"{where}: key 'content_selector': bad {kind} {selector!r}: {exc}") from None
    return selector


def _crawl_delay(table: dict, where: str) -> float | None:
    delay = _positive(table, "crawl_delay", where, float, None)
    if delay is not None and not (math.isfinite(delay) and delay <= MAX_CRAWL_DELAY):
        raise RegistryError(f"{where}: key 'crawl_delay': must be a number of seconds "
                            f"up to {MAX_CRAWL_DELAY:g}, got {delay}")
    return delay


def _string(table: dict, key: str, where: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{where}: key {key!r}: must be a non-empty string")
    return value.strip()


def _optional_string(table: dict, key: str, where: str) -> str | None:
    if table.get(key) in (None, ""):
        return None
    return _string(table, key, where)


def _string_list(table: dict, key: str, where: str) -> list[str]:
    value = table[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: key {key!r}: must be a list of non-empty strings")
    return [v.strip() for v in value]


def _patterns(table: dict, key: str, where: str) -> tuple[re.Pattern, ...]:
    if key not in table:
        return ()
    compiled = []
    for pattern in _string_list(table, key, where):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise RegistryError(f"{where}: key {key!r}: bad regular expression {pattern!r}: {exc}") from None
    return tuple(compiled)


def _positive(table: dict, key: str, where: str, kind: type, default):
    if key not in table:
        return default
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 \
            or (kind is int and not isinstance(value, int)):
        raise RegistryError(f"{where}: key {key!r}: must be a positive {kind.__name__}")
    return kind(value)


def _netloc(url: str) -> str:
    parts = urlsplit(url)
    host = _bracketed(parts.hostname or "")
    return f"{host}:{parts.port}" if parts.port else host


def _bracketed(host: str) -> str:
    """An IPv6 address as it stands in a URL, so that a port can follow it."""
    return f"[{host}]" if ":" in host else host


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host
