"""Stage 1: turn a fetched page into an article record, or drop it
(crawler/pages.py, the path `extract` takes too)."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer, reactor

from crawler import stats as keys
from crawler.extraction import NotHtmlError
from crawler.items import FetchedPage
from crawler.page_kind import PageKind, url_pattern
from crawler.pages import page_processor
from crawler.store import store_of

logger = logging.getLogger(__name__)
# Pages of one URL pattern the template must have seen before one of them is
# extracted.
PAGES_ALIKE = 3
# How often a waiting page asks whether the template is ready, when the
# other workers of a shared crawl learn it too.
SHARED_POLL_SECONDS = 0.2


class NotAnArticle(DropItem):
    """A fetched page that is not an article; `reason` says why."""

    def __init__(self, message: str, reason: str, log_level: str):
        super().__init__(message, log_level=log_level)
        self.reason = reason


class ExtractTextPipeline:
    """Extracts title, date, author and counter-free main text, and decides
    from the page itself whether it is an article at all. Learns each
    portal's template from its pages as they arrive."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.processor = page_processor(crawler)
        # The first pages of a portal wait (learned, not yet extracted) until
        # its template is known, at most TEMPLATE_WAIT seconds: extracted at
        # once, they would keep what the template removes from the rest. An
        # incremental run starts from the stored template and does not wait,
        # unless the portal was redesigned since.
        self.wait = crawler.settings.getfloat("TEMPLATE_WAIT")
        self.parked: dict[str, list[tuple[str, defer.Deferred]]] = {}
        self.polling: set[str] = set()  # portals whose waiting pages ask the shared template
        self.undecided: dict[str, list[tuple]] = {}  # (url, outcome, deferred): see process_item
        # The state store keeps each portal's template between runs; without
        # one, templates live for the run only.
        self.processor.templates.store = store_of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_item(self, item):
        if not isinstance(item, FetchedPage):
            return item
        learned = False
        templates = self.processor.templates
        if self.wait > 0 and not templates.mature(item.portal):
            # Learned now, extracted once the template has seen two more
            # pages like this one (an article's portlet heading and counter
            # are on article pages only), or after TEMPLATE_WAIT seconds.
            # An earlier run's template that fits the page serves at once.
            pattern = url_pattern(item.url)
            try:
                fits_stored = self.processor.learn(item.html, item.portal, pattern, tree=item.tree)
            except NotHtmlError as exc:
                self._drop(item, "not_html", str(exc))
            learned = True
            self._release(item.portal)
            if not fits_stored and not self._ready(item.portal, pattern):
                parked = defer.Deferred()
                self.parked.setdefault(item.portal, []).append((pattern, parked))
                reactor.callLater(self.wait, self._fire, parked)
                if templates.shared:
                    self._poll(item.portal)
                await maybe_deferred_to_future(parked)
        outcome = self._process(item, learn=not learned, final=self.wait <= 0)
        if outcome.pending:
            # Undated, and no other page of its URL pattern judged yet (or too
            # few of the portal's pages counted to tell its menus): the verdict
            # waits for them (at most TEMPLATE_WAIT seconds), so that it does
            # not depend on which page came first.
            undecided = defer.Deferred()
            self.undecided.setdefault(item.portal, []).append((item.url, outcome, undecided))
            reactor.callLater(self.wait, self._fire, undecided)
            await maybe_deferred_to_future(undecided)
            outcome = self._process(item, learn=False, final=True)
        return self._result(item, outcome)

    def _ready(self, portal: str, pattern: str) -> bool:
        templates = self.processor.templates
        return templates.mature(portal) or \
            templates.template(portal).ready and templates.pages_alike(portal, pattern) >= PAGES_ALIKE

    def _poll(self, portal: str) -> None:
        """While pages of the portal wait, asks the shared template (which
        other workers' pages make ready) every SHARED_POLL_SECONDS."""
        if portal in self.polling:
            return
        self.polling.add(portal)

        def ask():
            self._release(portal)
            if self.parked.get(portal):
                reactor.callLater(SHARED_POLL_SECONDS, ask)
            else:
                self.polling.discard(portal)

        reactor.callLater(SHARED_POLL_SECONDS, ask)

    def _release(self, portal: str, everything: bool = False) -> None:
        """Releases the pages whose template is now ready."""
        self._fire_where(self.parked.get(portal, []),
                         lambda pattern, parked: everything or self._ready(portal, pattern))

    def _fire_where(self, waiting: list[tuple], ready) -> None:
        """Fires and forgets the waiting entries (their deferred last) that
        `ready(*entry)` says may go; one that waited TEMPLATE_WAIT has gone."""
        for entry in list(waiting):
            if entry[-1].called or ready(*entry):
                waiting.remove(entry)
                self._fire(entry[-1])

    @staticmethod
    def _fire(parked: defer.Deferred) -> None:
        if not parked.called:
            parked.callback(None)

    def _process(self, item: FetchedPage, learn: bool, final: bool):
        tree, item.tree = item.tree, None  # extraction changes it: a second look parses again
        try:
            outcome = self.processor.process(
                item.html, item.url, portal=item.portal, district=item.district, province=item.province,
                url_kind=item.url_kind, content_selector=item.content_selector, fetched_at=item.fetched_at,
                learn=learn, final=final, tree=tree)
        except NotHtmlError as exc:
            self._drop(item, "not_html", str(exc))
        if not outcome.pending:
            self._decide(item.portal)
        return outcome

    def _decide(self, portal: str, everything: bool = False) -> None:
        """Releases the undated pages whose verdict can now be given."""
        self._fire_where(self.undecided.get(portal, []),
                         lambda url, outcome, undecided: everything
                         or self.processor.settled(portal, url, outcome.page, outcome.verdict))

    def _result(self, item: FetchedPage, outcome):
        if not outcome.page.has_region:
            keys.count(self.stats, keys.NO_ARTICLE_REGION, item.portal)
        if outcome.record is None:
            self._drop(item, outcome.verdict.reason or outcome.verdict.kind.value,
                       listing=outcome.verdict.kind is PageKind.LISTING)
        keys.count(self.stats, keys.EXTRACTED, item.portal)
        return outcome.record

    def close_spider(self, spider=None):
        # Before the store closes (on spider_closed, after the pipelines).
        for portal in list(self.parked):
            self._release(portal, everything=True)
        for portal in list(self.undecided):
            self._decide(portal, everything=True)
        templates = self.processor.templates
        for portal in templates.changed_portals():
            self.stats.set_value(keys.portal_key(portal, keys.TEMPLATE_CHANGED), 1)
            logger.warning("the template of portal %s changed since the last run", portal)
        templates.save()

    def _drop(self, item: FetchedPage, reason: str, detail: str = "", listing: bool = False) -> None:
        keys.count(self.stats, keys.NOT_ARTICLE, item.portal, reason)
        message = f"not an article ({reason}{': ' + detail if detail else ''}): {item.url}"
        raise NotAnArticle(message, reason,
                           log_level="DEBUG" if item.url_kind != "article" or listing else "INFO")
