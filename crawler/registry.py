"""The portal registry: one ``[[portals]]`` table per portal in a TOML file.

A bad registry stops the run before any request, with a message naming the
table and the key, because a typo in one portal must not silently turn a
nightly crawl into a crawl of nothing.
"""

from __future__ import annotations

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
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host = _strip_www(parts.hostname.lower())
        netloc = f"{host}:{parts.port}" if parts.port else host
        for allowed in self.allowed_hosts:
            if allowed == netloc or (":" not in allowed and allowed == host):
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


def load_registry(path: Path | str = DEFAULT_REGISTRY) -> Registry:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except IsADirectoryError:
        raise RegistryError(f"{path}: is a directory, not a registry file") from None
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
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RegistryError(f"{where}: key 'start_urls': {url!r} is not an http(s) URL")
    allowed = table.get("allowed_hosts")
    hosts = _string_list(table, "allowed_hosts", where) if allowed is not None \
        else [_netloc(url) for url in start_urls]
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
        content_selector=_optional_string(table, "content_selector", where),
        max_pages=_positive(table, "max_pages", where, int, Portal.max_pages),
        max_depth=_positive(table, "max_depth", where, int, Portal.max_depth),
        crawl_delay=_positive(table, "crawl_delay", where, float, None),
        platform=_optional_string(table, "platform", where),
    )
    unknown = [key for key in table if key not in REQUIRED_KEYS + OPTIONAL_KEYS]
    return portal, unknown


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
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 \
            or (kind is int and not isinstance(value, int)):
        raise RegistryError(f"{where}: key {key!r}: must be a positive {kind.__name__}")
    return kind(value)


def _netloc(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{host}:{parts.port}" if parts.port else host


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host
