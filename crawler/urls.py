"""What a link points at: an article, a listing, something to skip, or
something else — decided by URL shape alone (see data/url_shapes.toml)."""

from __future__ import annotations

import enum
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.registry import Portal

SHAPES_TABLE = Path(__file__).parent / "data" / "url_shapes.toml"
CLEAN_CACHE_SIZE = 10_000  # URLs UrlShapes.clean remembers: ~4 MB at most
_PATH_PARAMS = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)


def absolute_url(href: str, base: str | None) -> str | None:
    """`href` joined to `base` (as written when there is no base), or None
    when it is no URL: an unclosed IPv6 bracket, a port out of range. Pages
    carry such links; one of them must cost the link, never the page."""
    href = href.strip()
    try:
        url = urljoin(base, href) if base else href
        urlsplit(url).port  # parses the host and the port
    except ValueError:
        return None
    return url


class UrlKind(str, enum.Enum):
    ARTICLE = "article"
    LISTING = "listing"
    SKIP = "skip"
    OTHER = "other"


@dataclass(frozen=True)
class UrlShapes:
    skip_extensions: frozenset[str]
    skip: tuple[re.Pattern, ...]
    article: tuple[tuple[str, re.Pattern], ...]  # (platform, pattern)
    listing: tuple[tuple[str, re.Pattern], ...]
    pagination: tuple[re.Pattern, ...] = ()
    drop_params: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Every page of a portal links the same menus, and the spider cleans
        # each link twice: remember recent results, per table (not module-wide).
        object.__setattr__(self, "_clean_cached", lru_cache(maxsize=CLEAN_CACHE_SIZE)(self._clean))

    def clean(self, url: str) -> str:
        """`url` without its fragment, session ids and tracking parameters."""
        return self._clean_cached(url)

    def _clean(self, url: str) -> str:
        parts = urlsplit(url)
        path = _PATH_PARAMS.sub("", parts.path)
        query = parts.query
        if query:
            kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                    if k.lower() not in self.drop_params]
            if len(kept) != len(parse_qsl(query, keep_blank_values=True)):
                query = urlencode(kept)
        return urlunsplit((parts.scheme, parts.netloc, path, query, ""))

    def is_pagination(self, url: str) -> bool:
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(p.search(target) for p in self.pagination)

    def classify(self, url: str, portal: Portal | None = None) -> UrlKind:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return UrlKind.SKIP
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _extension(parts.path) in self.skip_extensions:
            return UrlKind.SKIP
        if portal is not None:
            if any(p.search(target) for p in portal.skip_patterns):
                return UrlKind.SKIP
            if any(p.search(target) for p in portal.article_patterns):
                return UrlKind.ARTICLE
            if any(p.search(target) for p in portal.listing_patterns):
                return UrlKind.LISTING
        if any(p.search(target) for p in self.skip):
            return UrlKind.SKIP
        if any(p.search(target) for _, p in self.article):
            return UrlKind.ARTICLE
        if any(p.search(target) for _, p in self.listing):
            return UrlKind.LISTING
        return UrlKind.OTHER

    def platform_of(self, url: str) -> str | None:
        """The platform whose article shape `url` has, for the run report."""
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return next((name for name, p in self.article if p.search(target)), None)


def load_shapes(path: Path = SHAPES_TABLE) -> UrlShapes:
    with open(path, "rb") as fh:
        table = tomllib.load(fh)
    flags = re.IGNORECASE
    return UrlShapes(
        skip_extensions=frozenset(e.lower() for e in table["skip"]["extensions"]),
        skip=tuple(re.compile(p, flags) for p in table["skip"]["patterns"]),
        article=tuple((pl["name"], re.compile(p, flags))
                      for pl in table["platform"] for p in pl.get("article", ())),
        listing=tuple((pl["name"], re.compile(p, flags))
                      for pl in table["platform"] for p in pl.get("listing", ())),
        pagination=tuple(re.compile(p, flags) for p in table["pagination"]["patterns"]),
        drop_params=frozenset(p.lower() for p in table["clean"]["drop_params"]),
    )


def _extension(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""
