"""Article, listing or other: decided from what the page holds once the
template is removed (a headline, enough prose, repeated teaser blocks, a
date), with the URL's shape only as a prior; and, per portal, what the
pages classified so far say of each URL pattern.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from crawler.extraction import PageText
from crawler.urls import UrlKind, UrlShapes

# A page of unknown URL shape whose main region links to this many articles
# is a category or home page, however much teaser text it has.
LISTING_MIN_ARTICLE_LINKS = 3
# Paragraph prose (lines of this length) that makes a page an article
# without a date or article markup: an undated notice of a few paragraphs.
PROSE_LINE = 80
ARTICLE_PROSE_CHARS = 400
# A URL pattern whose pages were all listings this many times is a listing.
KNOWN_AFTER = 3
# A URL pattern of articles and the odd listing (a category page of the
# same shape) is an article pattern when it has this many articles a listing,
# once DECIDED_MIXED of its pages were judged.
ARTICLE_MAJORITY = 3
DECIDED_MIXED = 4
# A URL linked from this share of a portal's pages (of at least
# NAVIGATION_PAGES counted) is in its navigation: menu, header or footer.
NAVIGATION_SHARE = 0.8
NAVIGATION_PAGES = 4
# Reasons a page of a listing-shaped URL may be dropped for and still be
# fetched again by the next run (the store keeps "listing" pages unstable).
LISTING = "listing"


class PageKind(str, enum.Enum):
    ARTICLE = "article"
    LISTING = "listing"
    OTHER = "other"


@dataclass(frozen=True)
class Verdict:
    kind: PageKind
    reason: str | None = None  # why it is not an article
    # Not an article for want of a date alone (prose without a date, or one
    # sentence without a date to vouch for it): what the portal's other pages
    # of the same URL pattern were may still decide it (crawler/pages.py).
    undated: bool = False


def prose_chars(text: str) -> int:
    return sum(len(line) for line in text.splitlines() if len(line) >= PROSE_LINE and "\t" not in line)


def judge(page: PageText, url_kind: UrlKind, shapes: UrlShapes, min_text_chars: int,
          max_link_density: float, in_navigation: bool = False) -> Verdict:
    """What the page is. A URL of an article shape needs a headline and
    enough text; any other page must also hold a date, article markup or
    several paragraphs of prose, and must not be a list of teasers. A page
    of a listing-shaped URL that is not an article is a listing (so that the
    next run fetches it again). `in_navigation`: the portal's pages nearly
    all link to this one (LinkTally); undated, it is a standing page."""
    verdict = _judge(page, url_kind, shapes, min_text_chars, max_link_density, in_navigation)
    if url_kind is UrlKind.LISTING and verdict.kind is not PageKind.ARTICLE:
        return Verdict(PageKind.LISTING, LISTING if verdict.reason != "link_list" else "link_list",
                       undated=verdict.undated)
    return verdict


def _judge(page: PageText, url_kind: UrlKind, shapes: UrlShapes, min_text_chars: int,
           max_link_density: float, in_navigation: bool = False) -> Verdict:
    if not page.title:
        # No headline and no text either: an empty skeleton, a body cut off in
        # its head — a bad moment of the portal, worth asking again later.
        return Verdict(PageKind.OTHER, "no_title" if _holds_a_sentence(page.text) else "too_little_text")
    if not page.has_region:
        # Not one block of prose on the page (a notice's headline and file
        # link, a form): whatever text the layout adds up to is too little.
        return Verdict(PageKind.OTHER, "too_little_text")
    if len(page.text) < min_text_chars and not (url_kind is not UrlKind.LISTING and page.published
                                                and _holds_a_sentence(page.text)):
        # (a dated page with one full sentence is a short article, and so is
        # an undated one among the articles of its URL pattern; a notice
        # holds a headline and a file link)
        return Verdict(PageKind.OTHER, "too_little_text",
                       undated=not page.published and _holds_a_sentence(page.text))
    if page.link_density > max_link_density:
        return Verdict(PageKind.LISTING, "link_list")
    if in_navigation and not page.published:
        # Reached from the menu of every page, with no date: the portal's
        # introduction, contact or a section's standing text, not news.
        return Verdict(PageKind.OTHER, "navigation_page")
    if url_kind is UrlKind.ARTICLE:
        return Verdict(PageKind.ARTICLE)
    if lists_teasers(page, shapes):
        return Verdict(PageKind.LISTING, LISTING)
    prose = prose_chars(page.text)
    if page.title_is_section and not page.article_markup:
        return Verdict(PageKind.OTHER, "section_page")
    if not page.published and not page.article_markup and prose < ARTICLE_PROSE_CHARS:
        return Verdict(PageKind.OTHER, "no_date", undated=True)
    return Verdict(PageKind.ARTICLE)


_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S+[.!?…](?:\s|$)")


def _holds_a_sentence(text: str) -> bool:
    """Eight words or more ending in a full stop."""
    return _SENTENCE.search(text) is not None


def lists_teasers(page: PageText, shapes: UrlShapes) -> bool:
    """Whether the page's main content is a list of teasers (links to
    articles, titles shaped alike, a headline that links elsewhere). Long
    prose beside one block shaped like the headline's (a "related" item) is
    an article."""
    article_links = {u for u in page.region_links
                     if shapes.classify(u) is UrlKind.ARTICLE and u != page.canonical_url}
    teasers = len(article_links) >= LISTING_MIN_ARTICLE_LINKS or page.teaser_titles or page.headline_link
    return bool(teasers) and not (prose_chars(page.text) >= 3 * ARTICLE_PROSE_CHARS
                                  and page.teaser_titles <= 1 and not page.headline_link)


_WORD_VALUE = re.compile(r"[A-Za-z_]{1,40}")  # "view", "com_content", "detail"; not "ket-qua-2024"
_SLUG = re.compile(r"(?P<slug>[^/.]*-[^/.]*-[^/.]*)(?P<ext>\.\w+)?(?=/?$)")
_ENDS_IN_ID = re.compile(r"-(?!(?:19|20)\d\d$)\d{3,}$")


def url_pattern(url: str) -> str:
    """A URL with its digits and query values masked: the pages one portal
    serves from one template share it ("/Pages/chitiet.aspx?ItemID"). A
    value that is one plain word stays: it names the kind of page, not the
    item ("task=view" an article, "task=blogcategory" a list of them)."""
    parts = urlsplit(url)
    # A slug is one article's own: only its shape counts, and whether it ends
    # in an id ("…-4871.aspx" is an item, "tin-tuc-su-kien.aspx" a section;
    # "…-nam-2024/" and "…-thang-10/" end in a year and a month, not an id).
    path = _SLUG.sub(lambda m: ("<slug>-0" if _ENDS_IN_ID.search(m["slug"]) else "<slug>") + (m["ext"] or ""),
                     parts.path.lower())
    path = re.sub(r"\d+", "0", path)
    keys = sorted({k.lower() + ("=" + v.lower() if _WORD_VALUE.fullmatch(v) else "")
                   for k, v in parse_qsl(parts.query, keep_blank_values=True)})
    return path + ("?" + "&".join(keys) if keys else "")


@dataclass
class _Tally:
    articles: int = 0
    listings: int = 0


@dataclass
class PortalPatterns:
    """Per portal, how pages of each URL pattern were classified so far."""

    tallies: dict[str, dict[str, _Tally]] = field(default_factory=dict)

    def record(self, portal: str, url: str, kind: PageKind) -> None:
        tally = self.tallies.setdefault(portal, {}).setdefault(url_pattern(url), _Tally())
        if kind is PageKind.ARTICLE:
            tally.articles += 1
        elif kind is PageKind.LISTING:
            tally.listings += 1

    def _tally(self, portal: str, url: str) -> _Tally | None:
        return self.tallies.get(portal, {}).get(url_pattern(url))

    def known_listing(self, portal: str, url: str) -> bool:
        """Pages of this pattern were listings, never an article: no need to
        extract another one."""
        tally = self._tally(portal, url)
        return tally is not None and tally.articles == 0 and tally.listings >= KNOWN_AFTER

    def decided(self, portal: str, url: str) -> bool:
        """Whether enough pages of this pattern were judged to say what it
        holds: two of one kind, or DECIDED_MIXED when they differ (Joomla
        serves a sub-category and its articles under one pattern)."""
        tally = self._tally(portal, url)
        if tally is None:
            return False
        judged = tally.articles + tally.listings
        return judged >= 2 and (not tally.articles or not tally.listings or judged >= DECIDED_MIXED)

    def known_article(self, portal: str, url: str) -> bool:
        """Pages of this pattern were articles, all or nearly (ARTICLE_MAJORITY)."""
        tally = self._tally(portal, url)
        return tally is not None and tally.articles >= 2 and tally.articles >= ARTICLE_MAJORITY * tally.listings

    def kind_of(self, portal: str, url: str, prior: UrlKind) -> UrlKind:
        """The URL's kind with what this portal's pages taught: a pattern
        whose pages were articles is an article link, whatever its shape."""
        if prior is UrlKind.SKIP:
            return prior
        if self.known_article(portal, url):
            return UrlKind.ARTICLE
        if self.known_listing(portal, url):
            return UrlKind.LISTING
        return prior


@dataclass
class LinkTally:
    """Per portal, how many of its pages link to each URL. What nearly every
    page links to is the portal's navigation (menu, header, footer): home,
    sections, introduction, contact; news is linked from listings and from
    a few lists of other news."""

    pages: dict[str, int] = field(default_factory=dict)
    linked: dict[str, dict[str, int]] = field(default_factory=dict)

    def saw(self, portal: str, links) -> None:
        """Counts one page of `portal` and the distinct URLs it links to."""
        self.pages[portal] = self.pages.get(portal, 0) + 1
        counts = self.linked.setdefault(portal, {})
        for url in set(links):
            counts[url] = counts.get(url, 0) + 1

    def counted(self, portal: str) -> bool:
        """Whether enough of the portal's pages were counted to tell its navigation."""
        return self.pages.get(portal, 0) >= NAVIGATION_PAGES

    def in_navigation(self, portal: str, url: str) -> bool:
        return self.counted(portal) \
            and self.linked.get(portal, {}).get(url, 0) >= NAVIGATION_SHARE * self.pages[portal]
