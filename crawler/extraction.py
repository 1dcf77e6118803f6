"""Main text, title, date and author of a portal page.

The page is parsed once with lxml. Metadata is read from the head and the
dateline; then the furniture (menus, sidebars, counters, ratings, related
news …) is pruned from the tree and only what is left is handed to
trafilatura, which is both faster and cleaner than letting it see the whole
portal page. A last pass drops any line of the output that is still a
counter or a furniture label.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from lxml.etree import ParserError, XPath
from lxml.html import HtmlElement
from trafilatura.settings import use_config

from crawler.furniture import FurnitureRules, load_rules
from crawler.headline import (PageMap, find_anchor, find_date, find_headline, in_teaser, title_segments,
                              title_similarity)
from crawler.selectors import LayoutSelector, PageIndex, is_ancestor as _is_ancestor, is_xpath
from crawler.template import PageTemplate, PortalTemplate, body_texts, page_blocks, template_subtrees
from crawler.textnorm import fold, nfc, solid_chars, squash_spaces
from crawler.urls import absolute_url
from crawler.years import in_record_years

LAYOUT_TABLE = Path(__file__).parent / "data" / "page_layout.toml"

_BLOCK_TAGS = frozenset(
    "p div li ul ol table tr td th h1 h2 h3 h4 h5 h6 section article blockquote pre br dd dt".split()
)
# A block with this much paragraph prose is content, whatever its class says.
_MIN_PROSE_CHARS = 400
_DIGIT = re.compile(r"\d")
# How like the page's <title> a template-shaped block with its own figures
# must be to be the headline (1.0: the same words).
_SERIES_TITLE_SIMILARITY = 0.8
_FOUR_DIGITS = re.compile(r"\d{4}")
_NO_TEXT_TAGS = frozenset(("script", "style", "template", "iframe", "svg", "canvas", "select", "button",
                           "input", "textarea", "object", "embed", "map", "video", "audio"))
_TITLE_TEXT = XPath("//title/text()")
# Vietnamese letters, precomposed or as their combining marks (NFD pages).
_VIETNAMESE_MARKS = re.compile("[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂƠƯĐ\u0306\u031b\u0323\u0309]")


def _may_be_vietnamese(html: str) -> bool:
    """Whether the page has any Vietnamese letter: a page without one goes
    to trafilatura as it is (none of the portal tables applies to it)."""
    return _VIETNAMESE_MARKS.search(html) is not None
_VIETNAMESE_LETTERS = re.compile("[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_CONTAINER_TAGS = frozenset(("div", "section", "article", "main", "td"))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Fixed queries, compiled once (tree.xpath(string) compiles on every call).
_PUBLISHED_TIME_META = XPath("//meta[@property='article:published_time']/@content")
_TIME_DATETIME = XPath("//time/@datetime")
_TITLE_FALLBACKS = (XPath("//meta[@property='og:title']/@content"), XPath("//title/text()"))
_HEAD_TITLE = XPath("/html/head/title")
_AUTHOR_META = XPath("//meta[@name='author']/@content")
_CANONICAL_HREF = XPath("//link[@rel='canonical']/@href")
_LINK_HREFS = XPath(".//a/@href")


class NotHtmlError(ValueError):
    """The input cannot be parsed as an HTML document."""


@dataclass(frozen=True)
class PageText:
    title: str | None
    text: str
    published: str | None  # YYYY-MM-DD
    author: str | None
    link_density: float  # share of the main region's characters that sit inside links
    has_container: bool  # a known article-body element was found
    canonical_url: str | None = None  # <link rel="canonical">, absolute
    region_links: tuple[str, ...] = ()  # absolute hrefs left in the main region after pruning
    teaser_titles: int = 0  # other blocks shaped like the one holding the headline (listings)
    headline_link: str | None = None  # where the headline links to, when it is a link (a teaser)
    article_markup: bool = False  # the page has markup only article pages carry
    has_region: bool = True  # a block of prose (or a known body element) was found
    title_is_section: bool = False  # the headline is a short menu label ("Giới thiệu", "Tin tức")


@dataclass(frozen=True)
class PageLayout:
    content: tuple[LayoutSelector, ...]
    article_markers: tuple[LayoutSelector, ...]
    lead: tuple[LayoutSelector, ...]
    title: tuple[LayoutSelector, ...]
    date: tuple[LayoutSelector, ...]
    author: tuple[LayoutSelector, ...]
    title_suffix: tuple[re.Pattern, ...]
    site_name: re.Pattern
    date_patterns: tuple[re.Pattern, ...]
    month_names: dict[str, int] = field(default_factory=dict)   # "bảy" -> 7
    today_label: re.Pattern = re.compile("(?!)")   # "Hôm nay: …", the header's date

    @property
    def class_names(self) -> frozenset[str]:
        selectors = self.content + self.article_markers + self.lead + self.title + self.date + self.author
        return frozenset().union(*(selector.class_names for selector in selectors))


def load_layout(path: Path = LAYOUT_TABLE) -> PageLayout:
    with open(path, "rb") as fh:
        table = tomllib.load(fh)

    def compiled(selectors: list[str]) -> tuple[LayoutSelector, ...]:
        return tuple(LayoutSelector(selector) for selector in selectors)

    month_names = {nfc(name): number for name, number in table["dates"].get("month_names", {}).items()}
    month_alternation = "|".join(re.escape(name) for name in sorted(month_names, key=len, reverse=True)) or "(?!)"

    return PageLayout(
        content=compiled(table["content"]),
        article_markers=compiled(table["article_markers"]),
        lead=compiled(table["lead"]),
        title=compiled(table["title"]),
        date=compiled(table["date"]),
        author=compiled(table["author"]),
        title_suffix=tuple(re.compile(p, re.I) for p in table["title_suffix"]),
        site_name=re.compile("|".join(f"(?:{fold(p)})" for p in table.get("site_name", ["(?!)"]))),
        date_patterns=tuple(re.compile(p.replace("{month_names}", month_alternation), re.I)
                            for p in table["dates"]["patterns"]),
        month_names=month_names,
        today_label=re.compile(r"\b(?:" + "|".join(re.escape(fold(w)) for w in table["dates"].get("today_labels", []))
                               + r")\b" if table["dates"].get("today_labels") else "(?!)"),
    )


class PageExtractor:
    """Turns portal HTML into a :class:`PageText`. Holds only immutable tables
    and trafilatura's configuration, so one instance serves a whole crawl."""

    def __init__(self, rules: FurnitureRules | None = None, layout: PageLayout | None = None):
        self.rules = rules or load_rules()
        self.layout = layout or load_layout()
        self._indexed_classes = self.layout.class_names
        self._config = use_config()
        # Short notices are real articles; trafilatura's default minimum (250
        # characters) would send them to its slower fallbacks or drop them.
        self._config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "40")
        self._config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
        self._config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        self._generic_config = use_config()
        self._generic_config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")

    def extract(self, html: str | bytes, url: str | None = None,
                content_selector: str | None = None,
                template: PageTemplate | PortalTemplate | None = None,
                learn: Callable[[list], object] | None = None, listing_checks: bool = True,
                tree: HtmlElement | None = None) -> PageText:
        """`template`: the portal's learned template, whose blocks are not
        the article; `learn`: called with the page's blocks, to add them to a
        template (the blocks are hashed once for both); `tree`: the page as
        parse_html parsed it already (the spider's), which this changes."""
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        if not content_selector and template is None and learn is None and not _may_be_vietnamese(html):
            return self._generic_page(html, url)
        if tree is None:
            tree = parse_html(html)
        index = PageIndex(tree, self._indexed_classes)  # valid until _prune changes the tree
        texts = body_texts(tree)
        blocks = page_blocks(tree, texts) if template is not None or learn is not None else []
        marks = template.marks(blocks) if template is not None else set()
        fixed_dates = template.exact_marks(blocks) if template is not None else set()
        if learn is not None:
            learn(blocks)
        page_map = PageMap.of(tree, texts)
        segments = title_segments(*self._titles(tree, marks))
        anchor = find_anchor(page_map, marks, segments)
        # The layout table and the furniture table are what Vietnamese portals
        # are known to hold; any other page is left to trafilatura's judgement.
        portal_page = self._portal_page(tree, anchor)
        template_text = _TemplateText(blocks, marks)
        container = self._container(tree, index, content_selector, template_text.only) \
            if portal_page or content_selector else None
        if container is not None and anchor is not None and not content_selector \
                and not _is_ancestor(container, anchor) and container is not anchor \
                and not _is_ancestor(anchor, container) \
                and len(container.text_content()) < 0.5 * len(anchor.text_content()):
            container = None  # a teaser or a lead of the same class, away from the prose
        if container is not None:
            anchor = container

        def rejected(element: HtmlElement, text: str) -> bool:
            return template_text.holds(element) or self.rules.is_furniture_line(text) \
                or self.rules.is_heading_label(text)

        # A report of a series ("… tháng 9/2023") has its siblings' headline
        # but its own figures: template by its shape, yet the page's <title>.
        changing = template.changing(blocks, marks) if template is not None and marks else set()

        def not_a_headline(element: HtmlElement, text: str) -> bool:
            if element in changing and title_similarity(text, segments) >= _SERIES_TITLE_SIMILARITY:
                return self.rules.is_furniture_line(text) or self.rules.is_heading_label(text)
            return rejected(element, text)

        title_element, title = self._title(tree, index, page_map, anchor, segments, not_a_headline)
        # What tells a listing from an article; not asked of a page whose
        # URL already says article (crawler/page_kind.py ignores it there).
        section = _is_section_name(tree, title) if listing_checks else False
        teaser_titles = max(self._teaser_titles(tree, title_element, anchor),
                            _teaser_blocks(tree, page_map, anchor, title_element)) if listing_checks else 0
        headline_link = _headline_link(title_element, url)
        marked = any(selector(tree, index) for selector in self.layout.article_markers)
        published = self._published(tree, index, page_map, title_element, anchor, container,
                                    lambda element, text: element in fixed_dates
                                    or self.layout.today_label.search(fold(text)) is not None, url)
        author = self._author(tree, index)
        canonical = _canonical_url(tree, url)

        leads = self._leads(tree, index, container, page_map, title_element, rejected)
        del index
        if portal_page:
            region = self._article_region(page_map, container, anchor, title_element, blocks, marks)
            # The body's element: the anchor, or the block of the paragraph it is.
            body = anchor.getparent() if anchor is not None and anchor.tag == "p" else anchor
            # A sentence of a report series ("Có 4 hồ sơ được tiếp nhận qua
            # bưu chính.") repeats with other figures, like a counter: prose.
            series = {el for el, _, text in blocks if el in changing and _is_sentence(text)} if changing else set()
            subtrees = template_subtrees(blocks, marks, {region, *series})
            # Decided on the whole tree, then dropped: a byline test made
            # after a drop would see other siblings (the order of a set).
            template_tops = set(subtrees)
            doomed = [element for element in subtrees
                      if element is not title_element and not _is_ancestor(element, region)
                      and not _is_closing_byline(element, body, template_tops)]
            for element in doomed:
                _drop(element)
            self._prune(tree, keep=region, url=url)
            if title_element is not None and _is_ancestor(region, title_element):
                _drop_up_to(region, title_element)  # what stands before the headline is not the article
            region_chars = len(_element_text(region))
            density = link_density(region)
            links = _absolute_links(region, url)
            page_links = _page_link_texts(region)
            _flatten_tables(region)
            text = "\n".join([*leads, _plain_text(region)])
        else:
            self._prune(tree, keep=None, light=True)
            region = _body(tree)
            density = link_density(region)
            links = _absolute_links(region, url)
            text = self._main_text(region, leads, url, trusted=False, whole=tree)
        text = self._clean_lines(text, title if portal_page else None)
        if portal_page:
            lines = text.split("\n")
            end = _trailing_link_list(lines, page_links)
            if end < len(lines):
                density = _density_without(density, region_chars, lines[end:], page_links)
            text = self._without_stamps("\n".join(lines[:end]))
            text, signed = _without_author_field(text)
            author = author or signed
        return PageText(title=title, text=text, published=published, author=author,
                        link_density=density, has_container=container is not None,
                        canonical_url=canonical, region_links=links, teaser_titles=teaser_titles,
                        headline_link=headline_link, article_markup=marked,
                        has_region=anchor is not None,
                        title_is_section=section)

    def _article_region(self, page_map: PageMap, container: HtmlElement | None,
                        anchor: HtmlElement | None, headline: HtmlElement | None,
                        blocks: list[tuple[HtmlElement, int, str]], marks: set[HtmlElement]) -> HtmlElement:
        """Where the article's text is: the known body element; else the
        smallest block holding the headline and the prose (the lead and the
        byline around the prose with it), unless that is much of the page
        besides its template (the `marks` among the page's `blocks`: a
        toolbar or counter inside the block)."""
        if container is not None:
            return container
        if anchor is None:
            return page_map.elements[0] if page_map.elements else _new_element("div")
        scope = _article_scope(None, headline, anchor) if headline is not None else None
        if scope is not None and scope in page_map.order:
            i, j = page_map.order[scope], page_map.order[anchor]
            template_chars = {el: len(text) for el, _, text in blocks if el in marks} if marks else {}
            scope_chars = page_map.end[i] - page_map.offset[i] \
                - sum(chars for element, chars in template_chars.items() if _is_ancestor(scope, element))
            anchor_chars = page_map.end[j] - page_map.offset[j]
            if scope_chars <= 1.6 * anchor_chars + 600:
                return scope
        return anchor

    def _generic_page(self, html: str, url: str | None) -> PageText:
        """A page in another language: none of the tables applies, and the
        page is trafilatura's to judge, as it is, fallback extractors and
        all (what it gives on its own is the floor to keep)."""
        if not html.strip():
            raise NotHtmlError("empty document")
        try:
            document = trafilatura.bare_extraction(
                html, url=url, include_comments=False, include_tables=True, include_images=False,
                with_metadata=True, config=self._generic_config)
        except (ValueError, TypeError) as exc:
            raise NotHtmlError(str(exc)) from exc
        except AssertionError:  # htmldate drops a parentless element on broken markup ("<iframe><html>")
            document = None
        if document is None:
            tree = parse_html(html)  # raises NotHtmlError on what is not HTML
            return PageText(title=self._head_title(tree), text=self._clean_lines(_plain_text(_body(tree)), None),
                            published=None, author=None, link_density=link_density(_body(tree)),
                            has_container=False, canonical_url=_canonical_url(tree, url), has_region=False)
        text = self._clean_lines(document.text or "", None)
        published = self._find_date(document.date) if document.date else None
        canonical = document.url if document.url and document.url != url else None
        return PageText(title=_clean_title(document.title) if document.title else None, text=text,
                        published=published, author=document.author, link_density=0.0,
                        has_container=False, canonical_url=canonical, has_region=bool(text))

    def _portal_page(self, tree: HtmlElement, anchor: HtmlElement | None) -> bool:
        """A Vietnamese page, to which the layout and furniture tables (the
        prior for a portal whose template is not known) apply."""
        # Not by lang="…": SharePoint writes "en-US" on Vietnamese portals.
        if (tree.get("lang") or "").lower().startswith("vi"):
            return True
        sample = "".join(_TITLE_TEXT(tree))
        if anchor is not None:
            sample += anchor.text_content()[:1000]
        else:   # no prose (a notice: a headline and a file): the page's own words
            body = tree.find("body")
            sample += (body if body is not None else tree).text_content()[:2000]
        return bool(_VIETNAMESE_LETTERS.search(nfc(sample).lower()))

    # -- metadata -------------------------------------------------------
    def _title(self, tree: HtmlElement, index: PageIndex, page_map: PageMap,
               anchor: HtmlElement | None, segments: list[set[str]],
               rejected) -> tuple[HtmlElement | None, str | None]:
        """The headline: the non-template heading that best matches <title>
        and og:title (`segments`, from title_segments) and stands just before
        the body (crawler/headline.py); else the head's title without the
        site's name."""
        known = [element for selector in self.layout.title if selector.css != "h1"
                 for element in selector(tree, index)]
        fallback = self._head_title(tree)
        site_name = self.layout.site_name

        def not_a_headline(element: HtmlElement, text: str) -> bool:
            return rejected(element, text) or bool(site_name.fullmatch(squash_spaces(fold(text))))

        headline = find_headline(page_map, anchor, segments, known, not_a_headline)
        if headline is not None:
            element, text = _after_breadcrumb(headline.element) or (headline.element, headline.text)
            return element, _clean_title(text)
        return None, fallback

    @staticmethod
    def _titles(tree: HtmlElement, marks: set[HtmlElement]) -> list[str]:
        """og:title and <title>, but a <title> the portal prints on every
        page (a template block) and an og:title that repeats it."""
        titles = [str(values[0]) for values in (xpath(tree) for xpath in _TITLE_FALLBACKS) if values]
        head_title = _HEAD_TITLE(tree) if marks else []
        if head_title and head_title[0] in marks:
            repeated = " ".join(head_title[0].text_content().split())
            titles = [title for title in titles if " ".join(title.split()) != repeated]
        return titles

    def _head_title(self, tree: HtmlElement) -> str | None:
        for xpath in _TITLE_FALLBACKS:
            values = xpath(tree)
            if values:
                title = _clean_title(str(values[0]))
                for suffix in self.layout.title_suffix:
                    title = suffix.sub("", title)
                # "Headline - Section - Site": the first part.
                parts = [p for p in re.split(r"\s+[-|–—]\s+|\s+\|\s*", title) if p.strip()]
                if len(parts) > 1 and len(parts[0]) >= 12:
                    title = parts[0].strip()
                if title:
                    return title
        return None

    def _teaser_titles(self, tree: HtmlElement, title: HtmlElement | None, anchor: HtmlElement | None) -> int:
        """How many siblings-in-kind the headline has: on a category page the
        "headline" is the first of a list of teaser titles, and each of the
        others links to its article. A sibling with no link, or holding the
        page's prose, is the lead or body beside an article's headline (plain
        <div>s one after the other), not a teaser."""
        if title is None or title.getparent() is None:
            return 0
        item = title.getparent()  # the teaser block holding the title
        container = item.getparent()
        if container is None:
            return 0
        # Alike: the same tag and class, and the same first element inside
        # (a teaser's title where the headline is; not a row of tools or a
        # labelled list of other news, plain <div>s beside it).
        shape = _first_child_tag(item)
        same = [el for el in container if el.tag == item.tag and el.get("class") == item.get("class")
                and (el is item or _first_child_tag(el) == shape and _holds_link(el)
                     and not (anchor is not None and _is_ancestor(el, anchor)))]
        return len(same) - 1 if len(same) > 1 else 0

    def _published(self, tree: HtmlElement, index: PageIndex, page_map: PageMap,
                   headline: HtmlElement | None, anchor: HtmlElement | None,
                   container: HtmlElement | None, rejected, url: str | None) -> str | None:
        """The date from the head's metadata, else the dateline nearest the
        headline that is not template (crawler/headline.py), else a full date
        in the URL, else a known dateline inside the part of the page that
        holds the article."""
        marked = index.elements_with_value("itemprop", "datePublished")
        candidates = (
            _PUBLISHED_TIME_META(tree),
            [el.get("content") for el in marked if el.tag == "meta" and el.get("content") is not None],
            [el.get("content") for el in marked if el.get("content") is not None],
            [el.get("datetime") for el in marked if el.get("datetime") is not None],
            _TIME_DATETIME(tree),
        )
        for values in candidates:
            for value in values:
                date = self._find_date(str(value))
                if date:
                    return date
        date = find_date(page_map, headline, anchor, self._find_date, rejected) or _url_date(url)
        if date:
            # A full date in the URL is the item's own; the fallback below may
            # find the header's "today" or another item's date.
            return date
        scope = _article_scope(tree, headline, container)
        if scope is None:
            return None
        for selector in self.layout.date:
            for element in selector(scope, index):
                text = _element_text(element)
                date = self._find_date(text)
                if date and not rejected(element, text) and not in_teaser(element):
                    return date
        return None

    def _find_date(self, text: str) -> str | None:
        found = self._date_match(text)
        return found[0] if found else None

    def _date_match(self, text: str) -> tuple[str, str] | None:
        """The first date of the text (ISO) and the text without it."""
        if _FOUR_DIGITS.search(text) is None:
            return None  # every date pattern has a four-digit year; most short blocks have none
        text = nfc(text)
        for pattern in self.layout.date_patterns:
            for match in pattern.finditer(text):
                groups = match.groupdict()
                month = int(groups["month"]) if groups.get("month") \
                    else self.layout.month_names[groups["month_name"].lower()]
                date = _record_date(int(match["year"]), month, int(match["day"]))
                if date:
                    return date, text[:match.start()] + text[match.end():]
        return None

    def _without_stamps(self, text: str) -> str:
        """The text without the date stamps printed before or after it
        ("[14/09/2023]", "Ngày đăng: 12/02/2024 08:30", "Đăng bởi btv lúc
        Thứ 3, 21/05/2024 - 19:30"): the record's date, not prose; nor a
        count there ("Số lần xem: 907", in any words): a number a page
        prints about itself, never a figure of the article."""
        lines = text.split("\n")
        while len(lines) > 1 and (self._is_stamp(lines[-1]) or self._is_page_count(lines[-1])):
            lines.pop()
        start = 0
        while start < len(lines) - 1 and (self._is_stamp(lines[start]) or self._is_page_count(lines[start])):
            start += 1
        lines = lines[start:]
        # "… trong tháng 10. Số lần xem: 418": a count run into the last sentence.
        run_in = _COUNT_AFTER_SENTENCE.search(lines[-1])
        if run_in and self.rules.is_page_count(run_in["label"]):
            lines[-1] = lines[-1][:run_in.start("label")].rstrip()
        return "\n".join(lines)

    def _is_page_count(self, line: str) -> bool:
        found = _COUNT_LINE.fullmatch(line)
        return found is not None and self.rules.is_page_count(found["label"])

    def _is_stamp(self, line: str) -> bool:
        """A date and a label: the label's words are counted without the
        date's ("Cập nhật lần cuối ( Thứ Ba, 18 Tháng Mười Một 2025 17:45 )"
        has a month of two words)."""
        if len(line) > 2 * _STAMP_CHARS or line.endswith("."):
            return False
        found = self._date_match(line)
        return found is not None and len(found[1]) <= _STAMP_CHARS \
            and len(_WORDS.findall(found[1])) <= _STAMP_WORDS

    def _author(self, tree: HtmlElement, index: PageIndex) -> str | None:
        for value in _AUTHOR_META(tree):
            author = squash_spaces(nfc(str(value)))
            if author:
                return author
        for selector in self.layout.author:
            for element in selector(tree, index):
                author = squash_spaces(nfc(_element_text(element)))
                author = re.sub(r"(?i)^(tác giả|người viết|bài)\s*:?\s*", "", author).strip()
                if author and len(author) <= 80:
                    return author
        return None

    # -- structure ------------------------------------------------------
    def _container(self, tree: HtmlElement, index: PageIndex, content_selector: str | None,
                   is_template=lambda element: False) -> HtmlElement | None:
        selectors = ((content_selector,) if content_selector else ()) + self.layout.content
        for selector in selectors:
            found = _select(tree, selector, index)
            # The longest block match: some templates repeat the class on
            # teasers or on a lead paragraph, SharePoint its rich-text class
            # on the footer (template: on every page).
            found = [el for el in found if el.tag in _CONTAINER_TAGS and _has_text(el, 40)
                     and not is_template(el)]
            if not found:
                continue
            found = [el for el in found if not any(_is_ancestor(other, el) for other in found)]
            best = max(found, key=lambda el: len(el.text_content()))
            # On a blog's front page the class is on every teaser card: no
            # one of them is the article, and the selector says nothing.
            if len(found) >= 3 and len(best.text_content()) < 0.5 * sum(len(el.text_content()) for el in found):
                continue
            return best
        return None

    def _leads(self, tree: HtmlElement, index: PageIndex, container: HtmlElement | None,
               page_map: PageMap, headline: HtmlElement | None, rejected) -> list[str]:
        """Lead paragraphs outside the body element: the known lead markup,
        and prose standing between the headline and the body."""
        if container is None:
            return []
        leads, taken = [], []
        for selector in self.layout.lead:
            for element in selector(tree, index):
                if _is_ancestor(container, element) or _is_ancestor(element, container):
                    continue
                text = squash_spaces(_element_text(element))
                if text and not self.rules.is_furniture_line(text):
                    leads.append(text)
                    taken.append(element)
        if headline is not None and headline in page_map.order:
            start, stop = page_map.order[headline], page_map.order[container]
            if start < stop:
                for i in range(start + 1, stop):
                    element = page_map.elements[i]
                    if page_map.own[i] < 40 or _is_ancestor(element, container) \
                            or any(el is element or _is_ancestor(el, element) for el in taken) \
                            or _is_ancestor(headline, element) or element.tag in ("a", "script", "style"):
                        continue
                    text = squash_spaces(_element_text(element))
                    # Prose: sentences of words, not a dateline or a counter row.
                    if len(text) >= 60 and len(text.split()) >= 10 and link_density(element) < 0.3 \
                            and not rejected(element, text) and not self.rules.is_counter(text) \
                            and self._find_date(text) is None:
                        leads.append(text)
                        taken.append(element)
        return leads

    def _prune(self, tree: HtmlElement, keep: HtmlElement | None, light: bool = False,
               url: str | None = None) -> None:
        """Drop furniture from the tree, never `keep` or its ancestors.

        With `keep` (the article body) only its subtree is pruned: the text
        comes from that subtree alone, and dropping an element outside it
        never changes what is inside, so pruning the rest of the page (most
        of its elements) would be work without effect.

        `light`: a page of unknown layout, which trafilatura judges whole:
        only counters, hidden blocks and tags that never hold text go."""
        protected = set(keep.iterancestors()) | {keep} if keep is not None else set()
        scope = keep if keep is not None else tree
        doomed: list[HtmlElement] = []
        stack = [scope]
        while stack:  # top-down, not descending into what is dropped anyway
            element = stack.pop()
            for child in element:
                if not isinstance(child.tag, str):
                    continue
                if child not in protected and child.tag not in ("head", "body") \
                        and self._is_furniture_element(child, light, url):
                    doomed.append(child)
                else:
                    stack.append(child)
        for element in doomed:
            _drop(element)
        self._drop_related_blocks(scope, protected)

    def _is_furniture_element(self, element: HtmlElement, light: bool = False,
                              url: str | None = None) -> bool:
        if element.tag == "noscript":
            # Some pages put their only body in <noscript> (the rest is built
            # by scripts): it stays when it holds more prose than the page.
            return _prose_chars(element) == 0
        if element.tag in (_NO_TEXT_TAGS if light else self.rules.drop_tags):
            return True
        if not light and (element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style", ""))):
            return True
        names = f"{element.get('id', '')} {element.get('class', '')}"
        if not light and names.strip() and self.rules.is_widget_name(names):
            # Themes put "sidebar", "widget" or "online" in the class list of
            # the wrappers that hold the article ("content-with-sidebar"): a
            # widget name on a block with paragraphs of prose is a layout
            # class. A block of links (a menu) is furniture whatever its size.
            # Never prose for a class name alone: a "widget" or "print" block
            # with paragraphs in it stays, and trafilatura judges it.
            if link_density(element) > 0.5:
                return True
            if not self.rules.is_content_name(names) and _prose_chars(element) == 0:
                return True
        # text_content() runs in C: cheap bounds before the exact test (a
        # counter is short and has a number; a bare label is caught by line).
        raw = element.text_content()
        if not light and len(raw) <= _TOOL_ROW_CHARS and (_is_tool_row(element, raw, url)
                                                          or _is_tool_cell(element, raw, url)):
            return True
        if len(raw) > 600 or not _DIGIT.search(raw):
            return False
        text = _element_text(element)
        return 0 < len(text) <= 300 and self.rules.is_counter(text)

    def _drop_related_blocks(self, scope: HtmlElement, protected: set) -> None:
        """A "Tin liên quan"-style label and the link lists that follow it."""
        for element in list(scope.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b")):
            if element in protected or element.getparent() is None:
                continue
            # text_content() (in C) holds the same characters as _element_text()
            # but its separators: a long paragraph is ruled out before folding.
            if len(element) > 2 or not self.rules.may_be_heading_label(element.text_content()) \
                    or not self.rules.is_heading_label(_element_text(element)):
                continue
            anchor = element
            # A label wrapped in <b> inside a <p>: climb to the block that holds it.
            while anchor.getparent() is not None and anchor.getparent() not in protected \
                    and _element_text(anchor.getparent()) == _element_text(element):
                anchor = anchor.getparent()
            for sibling in list(anchor.itersiblings()):
                if sibling.tag in ("ul", "ol", "div", "table", "p") and link_density(sibling) > 0.6:
                    _drop(sibling)
                else:
                    break
            _drop(anchor)

    # -- text -----------------------------------------------------------
    def _main_text(self, region: HtmlElement, leads: list[str], url: str | None,
                   trusted: bool, whole: HtmlElement | None = None) -> str:
        if whole is not None:
            return trafilatura.extract(
                whole, url=url, include_comments=False, include_tables=True,
                include_images=False, config=self._generic_config) or _plain_text(region)
        document = _new_element("html")
        body = _new_element("body")
        document.append(body)
        for lead in leads:
            paragraph = _new_element("p")
            paragraph.text = lead
            body.append(paragraph)
        body.append(region)
        if not trusted:
            # A page of unknown layout: trafilatura as it is, fallback
            # extractors included (its own settings, not the short-notice ones).
            extracted = trafilatura.extract(
                document, url=url, include_comments=False, include_tables=True,
                include_images=False, config=self._generic_config) or ""
            return extracted or _plain_text(body)
        extracted = trafilatura.extract(
            document, url=url, include_comments=False, include_tables=True,
            include_images=False, favor_recall=True, config=self._config,
        ) or ""
        # trafilatura drops text it judges boilerplate; when it keeps less
        # than half of a known article body, the body itself is the better text.
        fallback = _plain_text(body)
        return fallback if len(extracted) < 0.5 * len(fallback) else extracted

    def _clean_lines(self, text: str, title: str | None) -> str:
        lines = []
        folded_title = fold(title) if title else None
        for raw in nfc(text).splitlines():
            # Table rows keep their cells tab-separated.
            line = "\t".join(squash_spaces(cell) for cell in raw.split("\t")).strip()
            if not line:
                continue
            folded = fold(line)  # once for both tests: most of the cost on long lines
            if self.rules.is_folded_furniture_line(squash_spaces(folded)):
                continue
            if folded_title and folded == folded_title \
                    and all(len(earlier) <= _LABEL_CHARS for earlier in lines):
                # The headline again, alone or after a section's label ("Thông báo").
                lines.clear()
                continue
            lines.append(line)
        return "\n".join(lines)


# -- helpers ---------------------------------------------------------------

# lxml.html's own parser picks the class of every element proxy through a
# Python callback (HtmlElementClassLookup: FormElement for <form>, InputElement
# for <input> …), about a microsecond each time Python touches an element.
# Nothing here uses those tag-specific classes, so every element gets the
# plain HtmlElement, chosen in C. The same parser makes the document handed
# to trafilatura (_new_element), so its walks over the region gain too.
_PARSER = etree.HTMLParser()
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


def _new_element(tag: str) -> HtmlElement:
    return _PARSER.makeelement(tag)


def parse_html(html: str | bytes) -> HtmlElement:
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    # lxml refuses control characters in text nodes; portals' CMS exports
    # do contain them (and NUL bytes), so they go before parsing.
    # NFC is applied to what comes out (title, text, author) and to the
    # short texts matched against tables, not to the whole page: checking a
    # 100 KB page costs a millisecond, and most of it is never read.
    html = _without_control_chars(_XML_DECLARATION.sub("", html, count=1))
    if not html.strip():
        raise NotHtmlError("empty document")
    try:
        tree = lxml.html.document_fromstring(html, parser=_PARSER)
    except (ParserError, ValueError) as exc:
        raise NotHtmlError(str(exc)) from exc
    return tree


def _without_control_chars(html: str) -> str:
    # The regex walks the whole page (about 0.5 ms for 70 KB) and almost
    # never finds anything; bytes.translate tells the same in a tenth of the
    # time. In UTF-8 these characters are single bytes that no multi-byte
    # sequence contains, so the byte count tells whether any is there.
    data = html.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return html
    return _CONTROL_CHARS.sub("", html)


def _article_scope(tree: HtmlElement, title: HtmlElement | None,
                   container: HtmlElement | None) -> HtmlElement | None:
    """The smallest element holding both the headline and the body."""
    if title is None and container is None:
        return None
    if title is None:
        return container.getparent() if container.getparent() is not None else container
    if container is None:
        return title.getparent() if title.getparent() is not None else title
    title_line = set(title.iterancestors()) | {title}
    for ancestor in [container, *container.iterancestors()]:
        if ancestor in title_line:
            return ancestor
    return None


_TEASER_LINK_CHARS = 20  # a link this long is a headline, not a menu item
_TEASER_SUMMARY_CHARS = 30  # text of a teaser besides its link: a summary or a date
_ARTICLE_BODY_CHARS = 400   # prose this long before a list of teasers is an article's body
_TEASER_TITLE_SHARE = 0.15  # a teaser's title link is at least this share of its text
_LONG_LINKS = XPath("//body//a[@href][string-length(normalize-space(.)) >= 20]")


def _is_teaser(item: HtmlElement, link: HtmlElement) -> bool:
    """A title link with text of its own (a summary, a date); not a
    paragraph of prose with a link inside (a document's number, an email
    address), where the link is a small part of the text."""
    whole, title = len(item.text_content().strip()), len(link.text_content().strip())
    if whole - title < _TEASER_SUMMARY_CHARS:
        return False
    # A long summary under its title (the block opens with the link) is a
    # teaser however long; a link inside prose is a small part of it.
    return title >= _TEASER_TITLE_SHARE * whole or _opens_with(item, link)


def _opens_with(item: HtmlElement, link: HtmlElement) -> bool:
    """Whether the block's text starts with the link's (a title heading it)."""
    return item.text_content().lstrip().startswith(link.text_content().strip()[:_OPENING_CHARS])


_OPENING_CHARS = 40
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)[-/](0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01])(?![\d])")
_URL_DAY_MONTH_YEAR = re.compile(r"(?<![\d])(0?[1-9]|[12]\d|3[01])[-/](0?[1-9]|1[0-2])[-/]((?:19|20)\d\d)(?![\d])")
# Only as a query value of its own: eight digits elsewhere are an id.
_URL_COMPACT_DATE = re.compile(r"[?&](?![a-z_]*id=)[a-z_]+=((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=&|$)", re.I)


def _url_date(url: str | None) -> str | None:
    """A full date in the URL ("/tin-tuc/2024-08-27/…", "…&ngay=27/03/2025",
    "…?ngay=20241105&id=812"),
    for a page that prints none: portals that file articles by day."""
    if not url:
        return None
    text = unquote(url.split("#", 1)[0])
    for pattern, order in ((_URL_DATE, (0, 1, 2)), (_URL_DAY_MONTH_YEAR, (2, 1, 0)),
                           (_URL_COMPACT_DATE, (0, 1, 2))):
        match = pattern.search(text)
        if match:
            year, month, day = (int(match.group(k + 1)) for k in order)
            return _record_date(year, month, day)
    return None


def _record_date(year: int, month: int, day: int) -> str | None:
    """The ISO date, if it is one and of a year a record may name
    (crawler/years.py): a later one would date periods the readers skip."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if in_record_years(date.year) else None


_TOOL_ROW_CHARS = 200


def _is_tool_row(element: HtmlElement, text: str, url: str | None = None) -> bool:
    """Links that act on the page (print it, go back, to the top, this page
    as a PDF) instead of leading anywhere, with nothing else but separators:
    "[In trang] [Trở về]", "Bản in | Về trang trước". Furniture, whatever
    their words."""
    links = [element] if element.tag == "a" else list(element.iterdescendants("a"))
    acting = [_acts_on_page(link.get("href"), url) for link in links]
    # Beside one such link, short links are tools too ("[Trở về] [In trang]
    # [Gửi email]", the last two with addresses of their own).
    if not any(acting) or any(not acts and len(link.text_content().split()) > _TOOL_WORDS
                              for link, acts in zip(links, acting)):
        return False
    linked = sum(len(link.text_content().strip()) for link in links)
    return linked > 0 and len(_SEPARATORS.sub("", text)) <= linked


def _is_closing_byline(element: HtmlElement, body: HtmlElement | None = None,
                       template: Collection[HtmlElement] = ()) -> bool:
    """A name or office closing the body ("Bùi Hằng", "Thu Hường - Trung
    tâm HCC", "Văn phòng HĐND và UBND huyện"): the same reporter or office
    signs most of a portal's articles, so it repeats like template, but it
    is text. One line, no link (an item of a list of other news), short,
    no figure, no sentence; two capitalised words; after a short label
    ("Nguồn: Văn phòng UBND huyện") when it stands in the `body` element
    (a platform's own source field after the body is no part of the
    text). Nothing but `template` (what is dropped as such) follows it."""
    if _text_blocks(element) > 1 or element.find(".//a") is not None:
        return False  # a toolbar ("Phóng to chữ | Thu nhỏ chữ"), an item of other news: no name
    text = nfc(element.text_content().strip())  # (a page may spell its tone marks apart)
    label, colon, signed = text.partition(":")
    if colon:
        if len(label.split()) > _BYLINE_LABEL_WORDS or body is None or not _is_ancestor(body, element):
            return False
        text = signed.strip()
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    # "Đặng Quốc Việt - Văn phòng HĐND và UBND huyện": a name, then an
    # office as long as a byline may be.
    signer = _BYLINE_DASH.split(text, maxsplit=1)
    limit = _BYLINE_WORDS + (len(signer[0].split()) if len(signer) == 2 and _is_name(signer[0]) else 0)
    if not 1 < len(words) <= limit or _DIGIT.search(text) or ":" in text \
            or not words[0][0].isupper() or sum(word[0].isupper() for word in words) < 2:
        return False
    if text[-1] in ".!?;," and not all(word[0].isupper() for word in words):
        return False  # a sentence, unless it is a name alone ("Bùi Hằng.")
    return not any(sibling not in template and (sibling.text_content() or "").strip()
                   for sibling in element.itersiblings())


def _is_sentence(text: str) -> bool:
    """Prose: a sentence of several words, most of them lowercase, that
    ends as sentences do (a counter or a label is neither)."""
    words = _WORDS.findall(text)
    return len(words) >= _SENTENCE_WORDS and text.rstrip()[-1:] in ".!?…" \
        and sum(word[0].islower() for word in words[1:]) * 2 > len(words) - 1


_SENTENCE_WORDS = 6


def _text_blocks(element: HtmlElement) -> int:
    """How many blocks (cells, items, paragraphs) hold the element's own
    text or its descendants' (up to two: more are not counted)."""
    count = 0
    for el in element.iter(*_BLOCK_TAGS):
        if (el.text or "").strip() or any((child.tail or "").strip()
                                          or (isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS
                                              and (child.text_content() or "").strip())
                                          for child in el):
            count += 1
            if count > 1:
                break
    return count


_BYLINE_WORDS = 8
_BYLINE_DASH = re.compile(r"\s[-–—]\s")


def _is_name(text: str) -> bool:
    """A person's name: two to four capitalised words ("Đặng Quốc Việt")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[0].isupper() and word.isalpha() for word in words)
_BYLINE_LABEL_WORDS = 3


def _is_tool_cell(element: HtmlElement, text: str, url: str | None) -> bool:
    """A cell of one short link in a row of page tools: Joomla's "PDF | Bản
    in | Thư điện tử" buttons beside the headline, the mail one leading away."""
    if element.tag not in ("td", "th") or len(text.split()) > _TOOL_WORDS:
        return False
    links = list(element.iter("a"))
    if len(links) != 1 or len(_SEPARATORS.sub("", text)) > len(links[0].text_content().strip()):
        return False
    return any(len(cell.text_content().split()) <= _TOOL_WORDS
               and any(_acts_on_page(link.get("href"), url) for link in cell.iter("a"))
               for cell in (*element.itersiblings(preceding=True), *element.itersiblings()))


_SEPARATORS = re.compile(r"[\s|/\-–·•»«]+")
_TOOL_WORDS = 5


# A label of a few words and a number, alone: "Số lần xem: 907", "Lượt đọc: 1.241".
_COUNT_LINE = re.compile(r"[(\[]?(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,5})\s*(?::\s*|\s)\d[\d.,]*"
                         r"(?:\s+(?:lần|lượt))?[)\]]?")  # also "Đã đọc 102 lần"
_COUNT_AFTER_SENTENCE = re.compile(r"[.!?…]\s+(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,3})\s*:\s*\d[\d.,]*$")
_LABEL_CHARS = 30   # a section's name above the headline, not a sentence
_STAMP_CHARS = 60
_STAMP_WORDS = 8   # a label ("Ngày đăng", "Đăng bởi <user> lúc Thứ"), not a sentence
_WORDS = re.compile(r"[^\W\d]+")
_FILE_LINK = re.compile(r"(?i)\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif)(?:$|[?#])")
# What a list of other news prints after a title: its date, its views.
_ITEM_SUFFIX = re.compile(r"\s*(?:[\(\[][^\)\]]{1,30}[\)\]]|[-–]\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$")
_LIST_LABEL_CHARS = 40


def _page_link_texts(region: HtmlElement) -> set[str]:
    """The texts of the region's links to other pages (not files, not page
    actions), long enough to be headlines."""
    texts = set()
    for link in region.iter("a"):
        href = link.get("href") or ""
        if not href or _acts_on_page(href) or _FILE_LINK.search(href):
            continue
        text = squash_spaces(link.text_content())
        if len(text) >= _HEADLINE_CHARS:
            texts.add(nfc(text))
    return texts


# The platform's labelled author field printed after the body ("Tác giả:
# Phòng Văn hóa và Thông tin"); a reporter signing the body writes a bare
# name or "(Nguồn: …)", which stay.
_AUTHOR_FIELD = re.compile(r"(?i)(?:tác giả|người viết)\s*:\s*(?P<name>[^\d:\n]{2,80})")


def _without_author_field(text: str) -> tuple[str, str | None]:
    """The text without an author field as its last line, and the name it gives."""
    head, _, last = text.rpartition("\n")
    found = _AUTHOR_FIELD.fullmatch(last.strip()) if head else None
    return (head, found["name"].strip()) if found else (text, None)


class _TemplateText:
    """Tests of whether an element's text is template, on one page's
    blocks and marks (the set of elements that own text is built once, on
    first use)."""

    def __init__(self, blocks: list, marks: set):
        self.blocks, self.marks = blocks, marks
        self._owners: set | None = None

    def _owned(self, element: HtmlElement) -> list[HtmlElement]:
        if self._owners is None:
            self._owners = {el for el, _, _ in self.blocks}
        return [el for el in element.iter() if el in self._owners]

    def only(self, element: HtmlElement) -> bool:
        """Every text of the element's subtree is template."""
        return bool(self.marks) and all(el in self.marks for el in self._owned(element))

    def holds(self, element: HtmlElement) -> bool:
        """The element's text is template: its own or, for a heading that
        holds it in a <span>, all of its descendants' (a link's words are
        no block's: an element of link text alone is not)."""
        if not self.marks:
            return False
        if element in self.marks:
            return True
        own = self._owned(element)
        return bool(own) and all(el in self.marks for el in own)


def _trailing_link_list(lines: list[str], link_texts: set[str]) -> int:
    """Where the lists of other pages' headlines at the text's end start (the
    number of lines before them; all of them when there is none). A list is
    two or more lines that are each a link's whole text (with its date or
    views after it), or one such line under a short label ("Các bài cũ
    hơn:", whatever the wording) or after one on its line ("Tin mới hơn:
    <headline>"); a label left with nothing under it goes too. Such lists
    are other articles' teasers, never this one's prose."""
    if not link_texts:
        return len(lines)
    end = len(lines)
    while end:
        start = end
        while start and _is_list_item(lines[start - 1], link_texts):
            start -= 1
        above = lines[start - 1] if start else ""
        if start and _is_labelled_item(above, link_texts):
            end = start - 1
        elif start and _is_list_label(above) and (start < end or end < len(lines)):
            end = start - 1  # a label with its items, or an empty list's label above a list gone
        elif end - start >= 2 or (end - start == 1 and _is_whole_list(lines[start], link_texts)):
            end = start - 1 if start and _is_bare_list_label(above) else start
        else:
            break
    return end if end else len(lines)


def _item_title(line: str, link_texts: set[str]) -> str | None:
    """The link's text a line of a list of other pages is, with its date or
    views after it cut; None when the line is no such item."""
    if line in link_texts:
        return line
    title = _ITEM_SUFFIX.sub("", line)
    return title if title in link_texts else None


def _is_list_item(line: str, link_texts: set[str]) -> bool:
    return _item_title(line, link_texts) is not None or _is_run_of_links(line, link_texts)


def _is_whole_list(line: str, link_texts: set[str]) -> bool:
    """One line that is a list of other pages by itself: links in a run, or
    one link whose own text starts with a short label ("Tin mới hơn: …")."""
    if _is_run_of_links(line, link_texts):
        return True
    label, colon, rest = line.partition(": ")
    return line in link_texts and bool(colon) and _is_list_label(label + ":") and len(rest) >= _HEADLINE_CHARS


_HEADLINE_CHARS = 15


def _is_run_of_links(line: str, link_texts: set[str]) -> bool:
    """Two links or more on one line with nothing but separators between
    them: "Tin mới hơn: <headline> Tin cũ hơn: <headline>" (Joomla's pager,
    its labels inside the links)."""
    rest, found = line, 0
    for text in sorted((text for text in link_texts if text in line), key=len, reverse=True):
        if text in rest:
            rest = rest.replace(text, " ", 1)
            found += 1
    return found >= 2 and not rest.strip(_LINK_SEPARATORS)


_LINK_SEPARATORS = " |·•-–—/»«›‹<>"


def _is_list_label(line: str) -> bool:
    return len(line) <= _LIST_LABEL_CHARS and line.rstrip().endswith(":")


def _is_bare_list_label(line: str) -> bool:
    """A list's heading without a colon ("Tin khác cùng mục"): short, no
    figure, no full stop, no "label: value" (a source line), and not a name
    (a byline signs the body)."""
    words = line.split()
    return 1 < len(words) <= 6 and len(line) <= _LIST_LABEL_CHARS and not _DIGIT.search(line) and ":" not in line \
        and not line.rstrip().endswith((".", "!", "?", "…", ")")) and not all(w[0].isupper() for w in words)


def _is_labelled_item(line: str, link_texts: set[str]) -> bool:
    """A short label and a link's text on one line: "Tin mới hơn: <headline>"."""
    label, colon, rest = line.partition(": ")
    return bool(colon) and _is_list_label(label + ":") and _is_list_item(rest.strip(), link_texts)


def _density_without(density: float, region_chars: int, dropped: list[str], link_texts: set[str]) -> float:
    """The region's link density once the `dropped` lines (a trailing list of
    other headlines) are left out: a one-sentence article above a list of
    five headlines is still an article."""
    linked = density * region_chars
    for line in dropped:
        linked -= len(_item_title(line, link_texts) or "")
    rest = region_chars - sum(len(line) for line in dropped)
    return min(1.0, max(0.0, linked) / rest) if rest > 0 else density


def _acts_on_page(href: str | None, url: str | None = None) -> bool:
    """A script or anchor link, or (given the page's URL) a link to this same
    page in another form: its address with parameters added ("&format=pdf",
    "&pop=1&page=0"), or its parameters, or its item's id, on another page
    of its folder (a print view "inbai.aspx?ItemID=152" of
    "chitiet.aspx?ItemID=152", an e-mail form "…task=emailform&id=224")."""
    href = (href or "").strip()
    if not href or href.lower().startswith(("javascript:", "#")):
        return True
    if url is None:
        return False
    joined = absolute_url(href, url)
    if joined is None:  # no URL at all: it acts on nothing
        return False
    target, page = urlsplit(joined), urlsplit(url)
    # (Joomla 1.5 prints from index2.php beside index.php, SharePoint from
    # inbai.aspx?ItemID=152 beside chitiet.aspx?ItemID=152: the same folder will do)
    if target.path.rsplit("/", 1)[0] != page.path.rsplit("/", 1)[0] or not page.query \
            or (target.query == page.query and target.path == page.path):
        return False
    mine = set(parse_qsl(page.query, keep_blank_values=True))
    theirs = set(parse_qsl(target.query, keep_blank_values=True))
    # (or the page's item id, its longest number, with other parameters:
    # Joomla's "index2.php?…&id=224&pop=1" prints "index.php?…&id=224&Itemid=34")
    item = max(((k, v) for k, v in mine if v.isdigit() and len(v) >= 3), key=lambda kv: len(kv[1]), default=None)
    return mine <= theirs or (item is not None and item in theirs)


_CRUMB_SEPARATOR = re.compile(r"\s*[›»>]\s*")


def _after_breadcrumb(element: HtmlElement) -> tuple[HtmlElement, str] | None:
    """A title bar that leads with links to its sections ("<a>Tin tức</a> ›
    <span>Headline</span>", SharePoint's): the part that holds the headline."""
    links = {squash_spaces(link.text_content()) for link in element.iter("a")}
    if not links:
        return None
    parts = _CRUMB_SEPARATOR.split(squash_spaces(element.text_content()))
    if len(parts) < 2 or not parts[-1] or any(part not in links for part in parts[:-1] if part):
        return None
    for child in element.iterdescendants():
        if isinstance(child.tag, str) and squash_spaces(child.text_content()) == parts[-1]:
            return child, parts[-1]
    return None


def _first_child_tag(element: HtmlElement) -> str | None:
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return first.tag if first is not None else None


def _holds_link(element: HtmlElement) -> bool:
    return element.tag == "a" or next(element.iterdescendants("a"), None) is not None


def _teaser_blocks(tree: HtmlElement, page_map: PageMap, anchor: HtmlElement | None,
                   headline: HtmlElement | None) -> int:
    """How many teaser blocks make the page's main content: siblings alike
    (by tag), each with a headline-long link and text of its own (a summary,
    a date), that follow the headline with no body prose before them. On
    a category page the "prose" is a teaser's summary or lies further down;
    an article's body follows its headline, and its sidebars' lists stand
    before the headline or after the body. The portal's template is not
    asked: a category's teasers are often the newest articles every page
    shows, and the answer would then depend on which pages came first."""
    groups: dict[tuple, dict] = {}
    for link in _LONG_LINKS(tree):
        if link.get("href", "").strip().startswith(("#", "javascript:")):
            continue
        item = link
        for _ in range(6):
            parent = item.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            if item is not link:
                # By tag only: rows alternate their classes ("odd", "rgAltRow").
                groups.setdefault((parent, item.tag), {})[item] = link
            item = parent
    order, offset = page_map.order, page_map.offset
    after = page_map.end[order[headline]] if headline is not None and headline in order else None
    prose_at = offset[order[anchor]] if anchor is not None and anchor in order else None
    # A list that starts after a body of article length is its "other news".
    body_end = page_map.end[order[anchor]] if prose_at is not None \
        and page_map.end[order[anchor]] - prose_at >= _ARTICLE_BODY_CHARS else None
    best = 0
    for (parent, _), items in groups.items():
        if len(items) < 2 or parent not in order:
            continue
        summarised = sum(1 for item, link in items.items() if _is_teaser(item, link))
        if summarised < 2:
            continue
        first = min(offset[order[item]] for item in items if item in order)
        if body_end is not None and first >= body_end:
            continue
        inside = anchor is not None and _is_ancestor(parent, anchor)
        if after is not None:
            main = after <= first <= after + 1500 and (inside or prose_at is None or first <= prose_at)
        else:
            main = inside
        if main:
            best = max(best, len(items))
    return best - 1 if best >= 2 else 0


_ALL_LINK_TEXTS = XPath("//body//a[@href][string-length(normalize-space(.)) <= 60]")


def _is_section_name(tree: HtmlElement, title: str | None) -> bool:
    """A headline of a few words that a menu link also reads: the page of a
    section ("Giới thiệu", "Thông báo"), not an article."""
    # (words, not the dashes between them: "Tin tức - Sự kiện")
    if not title or sum(1 for word in title.split() if any(c.isalnum() for c in word)) > 4:
        return False
    folded = squash_spaces(fold(title))
    return any(squash_spaces(fold(link.text_content())) == folded for link in _ALL_LINK_TEXTS(tree))


def _drop_up_to(region: HtmlElement, headline: HtmlElement) -> None:
    """Remove the headline and everything before it inside `region`."""
    line = [headline, *headline.iterancestors()]
    for element in line:
        if element is region:
            break
        parent = element.getparent()
        for sibling in list(element.itersiblings(preceding=True)):
            _drop(sibling)
        if parent is not None and parent.text:
            parent.text = None
    _drop(headline)


def _headline_link(title: HtmlElement | None, url: str | None) -> str | None:
    if title is None:
        return None
    anchors = [title] if title.tag == "a" else list(title.iter("a")) + \
        [a for a in title.iterancestors("a")]
    for anchor in anchors:
        href = anchor.get("href", "").strip()
        if href and not href.startswith("#"):
            target = absolute_url(href, url)
            if target is not None and target != url:
                return target
    return None


def _canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    for href in _CANONICAL_HREF(tree):
        href = str(href).strip()
        if href:
            return absolute_url(href, url)  # None for "http://[ccpa-preferences]/"
    return None


def _absolute_links(region: HtmlElement, url: str | None) -> tuple[str, ...]:
    """The region's links made absolute, without those that are no URL."""
    return tuple(link for link in (absolute_url(href, url) for href in _LINK_HREFS(region)) if link)


def _select(tree: HtmlElement, selector: str | LayoutSelector, index: PageIndex) -> list[HtmlElement]:
    """Elements matching a layout selector, or a portal's own CSS or XPath."""
    if isinstance(selector, LayoutSelector):
        return selector(tree, index)
    if is_xpath(selector):
        return [el for el in tree.xpath(selector) if isinstance(el, HtmlElement)]
    return tree.cssselect(selector)


def _body(tree: HtmlElement) -> HtmlElement:
    body = tree.find("body")
    return body if body is not None else tree


def _has_text(element: HtmlElement, chars: int) -> bool:
    """len(_element_text(element)) >= chars; a long text is told by a count."""
    return solid_chars(element.text_content()) >= chars or len(_element_text(element)) >= chars


def _element_text(element: HtmlElement) -> str:
    return squash_spaces(" ".join(element.itertext()))


def _clean_title(text: str) -> str:
    title = squash_spaces(nfc(text))
    return re.sub(r"^null\s+", "", title)


def _drop(element: HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if element.getparent() is not None:
        element.drop_tree()


def _prose_chars(element: HtmlElement) -> int:
    """Characters in paragraphs that are not mostly links."""
    paragraphs = [element] if element.tag == "p" else element.iter("p")
    total = 0
    for paragraph in paragraphs:
        length = len(_element_text(paragraph))
        if length >= 80 and link_density(paragraph) < 0.3:
            total += length
            if total >= _MIN_PROSE_CHARS:
                break
    return total


def link_density(element: HtmlElement) -> float:
    total = len(_element_text(element))
    if not total:
        return 0.0
    linked = sum(len(_element_text(a)) for a in element.iter("a"))
    return min(1.0, linked / total)


def _flatten_tables(region: HtmlElement) -> dict[str, str]:
    """One paragraph per table row: figures often sit in tables, and
    trafilatura's link-density rules can drop their cells.

    Returns the rows keyed by their space-joined form, since trafilatura
    turns the tabs between cells into spaces (see _restore_cell_breaks)."""
    rows_by_text: dict[str, str] = {}
    for table in list(region.iter("table")):
        if table.getparent() is None or not _is_data_table(table):
            continue
        rows = []
        for row in table.iter("tr"):
            cells = [squash_spaces(_element_text(cell)) for cell in row if cell.tag in ("td", "th")]
            if any(cells):
                row_text = "\t".join(cells)
                rows.append(row_text)
                rows_by_text[squash_spaces(row_text)] = row_text
        replacement = _new_element("div")
        for row_text in rows:
            paragraph = _new_element("p")
            paragraph.text = row_text
            replacement.append(paragraph)
        replacement.tail = table.tail
        table.getparent().replace(table, replacement)
    return rows_by_text


def _is_data_table(table: HtmlElement) -> bool:
    """A table of figures, not one that lays out the page (a table-layout
    portal puts the whole article, and its tables, in a cell of one)."""
    if next(table.iterdescendants("table"), None) is not None:
        return False
    # (a cell of paragraphs holds prose, however short: a figure's cell holds one value)
    return all(len(cell.text_content()) <= _DATA_CELL_CHARS and sum(1 for _ in cell.iter("p")) < 2
               for cell in table.iter("td", "th"))


_DATA_CELL_CHARS = 400


def _restore_cell_breaks(text: str, rows_by_text: dict[str, str]) -> str:
    if not rows_by_text:
        return text
    return "\n".join(rows_by_text.get(squash_spaces(line), line) for line in text.splitlines())


def _plain_text(element: HtmlElement) -> str:
    """Text of a subtree with a line break at every block boundary."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str):
            return
        block = node.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        # A line break in the source is a space; blocks and <br> break lines.
        if node.text:
            parts.append(node.text if node.tag == "pre" else node.text.replace("\n", " "))
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail.replace("\n", " "))
        if block:
            parts.append("\n")

    walk(element)
    # Table rows keep their cells tab-separated (see _flatten_tables).
    return "\n".join("\t".join(squash_spaces(cell) for cell in line.split("\t")) if "\t" in line
                     else squash_spaces(line) for line in "".join(parts).splitlines() if line.strip())


@lru_cache(maxsize=1)
def default_extractor() -> PageExtractor:
    return PageExtractor()


def extract_page(html: str | bytes, url: str | None = None,
                 content_selector: str | None = None) -> PageText:
    """Extract one page with the default tables (see :class:`PageExtractor`)."""
    return default_extractor().extract(html, url=url, content_selector=content_selector)
