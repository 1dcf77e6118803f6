"""`python -m crawler extract`: the record the crawl would write for pages
given by hand, through the crawl's own page path (crawler/pages.py).

Inputs are files, folders (their .html/.htm files), URLs, or with none (or
"-") a list on stdin, one ``PATH_OR_URL [URL]`` a line. One JSON line per
input on stdout (indented with --pretty); a bad input, or a page that is
not an article, is one line on stderr and makes the exit code 2, and the
others still come out. A URL's template is learned from two or three
sibling pages it links to (--no-siblings: the furniture table alone, as for
a saved file).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler import exit_codes
from crawler.extraction import NotHtmlError, parse_html
from crawler.items import record_dict
from crawler.links import LinkFinder
from crawler.page_kind import LinkTally, url_pattern
from crawler.pages import PageProcessor
from crawler.template import PageTemplate, PortalTemplate, page_blocks
from crawler.urls import UrlKind

SIBLINGS = 3
_PAGE_SUFFIXES = (".html", ".htm")


class InputError(Exception):
    """One input that cannot be read; the message is one line."""


@dataclass(frozen=True)
class Source:
    location: str           # a path or a URL, as given
    url: str | None = None  # the page's URL, for a saved file


def sources_of(arguments: list[str], url: str | None, stdin) -> list[Source]:
    """The inputs: arguments (folders expanded), or the lines of stdin."""
    if not arguments or arguments == ["-"]:
        found = []
        for line in stdin:
            parts = line.split()
            if parts and not parts[0].startswith("#"):
                found.append(Source(parts[0], parts[1] if len(parts) > 1 else None))
        return found
    if url is not None and len(arguments) > 1:
        raise InputError("--url names the URL of one saved page; with several, list them on stdin")
    found = []
    for argument in arguments:
        path = Path(argument)
        if not _is_url(argument) and path.is_dir():
            pages = sorted(p for p in path.rglob("*") if p.suffix.lower() in _PAGE_SUFFIXES and p.is_file())
            found += [Source(str(p)) for p in pages] or [Source(argument)]  # an empty folder: its error
        else:
            found.append(Source(argument, url))
    return found


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class Extractor:
    """Reads, fetches and extracts inputs; one PageProcessor for all."""

    def __init__(self, read_page, fetch_page, timeout: float, siblings: bool):
        self.read_page, self.fetch_page = read_page, fetch_page
        self.timeout = timeout
        self.siblings = siblings
        self.processor = PageProcessor()
        self.links = LinkFinder(clean=self.processor.shapes.clean)

    def record(self, source: Source) -> dict:
        """The record of one input, as the crawl writes it (portal "adhoc"),
        with its metrics. Raises InputError."""
        from crawler.metrics import extract_metrics

        if _is_url(source.location):
            url = source.location
            html = self._fetch(url)
            template = self.sibling_template(html, url) if self.siblings else None
        else:
            path = Path(source.location)
            if path.is_dir():
                raise InputError(f"{path}: is a directory with no .html or .htm file")
            html = self._read(path)
            url, template = source.url or path.resolve().as_uri(), None
        try:
            outcome = self.processor.process(html, url, portal="adhoc", template=template, learn=False)
        except NotHtmlError as exc:
            raise InputError(f"{source.location}: not an HTML page ({exc})") from None
        if not outcome.page.text:
            raise InputError(f"{source.location}: no main text found on the page")
        if outcome.record is None:
            raise InputError(f"{source.location}: not an article ({outcome.verdict.reason}); "
                             "the crawl writes no record for it")
        record = outcome.record
        result = extract_metrics(record.text, title=record.title, published=record.published)
        record.metrics = [metric.to_dict() for metric in result.metrics]
        record.warnings = list(result.warnings)
        return record_dict(record)

    def sibling_template(self, html: str, url: str) -> PageTemplate | None:
        """A template learned from the page and a few pages of its portal it
        links to (same URL pattern first: other articles), as the crawl
        learns it: the portal's and its URL pattern's."""
        siblings = self.sibling_urls(html, url)
        template, alike, pattern = PortalTemplate(), PortalTemplate(), url_pattern(url)
        # What these pages link to, as the crawl counts it (one input's portal at a time).
        self.processor.links = LinkTally()
        for page_url, page in [*((sibling, None) for sibling in siblings), (url, html)]:
            try:
                tree = parse_html(page if page is not None else self._fetch(page_url))
            except (InputError, NotHtmlError):
                if page is not None:
                    return None
                continue  # a sibling that fails only teaches less
            blocks = page_blocks(tree)
            template.learn(blocks)
            if url_pattern(page_url) == pattern:
                alike.learn(blocks)
            self.processor.links.saw("adhoc", self.links.links(tree, page_url))
        return PageTemplate(template, alike) if template.ready else None

    def sibling_urls(self, html: str, url: str) -> list[str]:
        try:
            tree = parse_html(html)
        except NotHtmlError:
            return []
        host = urlsplit(url).netloc
        own, pattern = url.split("#")[0], url_pattern(url)
        alike, others = [], []
        for href in tree.xpath("//a/@href"):
            href = str(href).strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            try:
                link = self.processor.shapes.clean(urljoin(url, href))
            except ValueError:
                continue
            if urlsplit(link).netloc != host or link == own or link in alike or link in others:
                continue
            kind = self.processor.url_kind(link)
            if kind is UrlKind.SKIP:
                continue
            (alike if url_pattern(link) == pattern else others).append(link)
        return (alike + [u for u in others if self.processor.url_kind(u) is UrlKind.ARTICLE])[:SIBLINGS]

    def _fetch(self, url: str) -> str:
        from crawler.cli import CommandError
        try:
            return self.fetch_page(url, self.timeout)
        except CommandError as exc:
            raise InputError(str(exc)) from None

    def _read(self, path: Path) -> str:
        from crawler.cli import CommandError
        try:
            return self.read_page(path)
        except CommandError as exc:
            raise InputError(str(exc)) from None


def run(args, read_page, fetch_page, stdout=None, stderr=None, stdin=None) -> int:
    stdout, stderr, stdin = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    try:
        sources = sources_of(list(args.sources), args.url, stdin)
    except InputError as exc:
        print(f"error: {exc}", file=stderr)
        return exit_codes.USAGE
    if not sources:
        print("error: no input: give files, folders or URLs, or list them on stdin", file=stderr)
        return exit_codes.USAGE
    extractor = Extractor(read_page, fetch_page, args.timeout, siblings=not args.no_siblings)
    progress = stderr.isatty() and len(sources) > 1
    failed = 0
    for number, source in enumerate(sources, 1):
        if progress:
            print(f"\r{number}/{len(sources)} {source.location[-60:]:60s}", end="", file=stderr, flush=True)
        try:
            record = extractor.record(source)
        except InputError as exc:
            failed += 1
            if progress:
                print(file=stderr)
            print(f"error: {exc}", file=stderr)
            continue
        print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None), file=stdout, flush=True)
    if progress:
        print(f"\r{len(sources) - failed} of {len(sources)} inputs extracted" + " " * 40, file=stderr)
    return exit_codes.USAGE if failed else exit_codes.OK
