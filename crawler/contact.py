"""Who portal operators can reach: the contact URL in the User-Agent.

The operator sets it once, in the environment (VNCCHC_CONTACT_URL, read by
crawler/settings.py into CONTACT_URL; ``--set CONTACT_URL=…`` works too).
Without it the User-Agent names only the project's page, and a crawl of
portals that are not on this machine says so once, at start.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

ENV = "VNCCHC_CONTACT_URL"
BOT = "vn-cchc-crawler/0.1"


def user_agent(contact: str | None, project_url: str) -> str:
    return f"{BOT} (+{contact or project_url})"


def is_local(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def missing_contact(contact: str | None, start_urls: list[str]) -> bool:
    """Whether a crawl of `start_urls` would reach real portals without naming the operator."""
    return not contact and any(not is_local(url) for url in start_urls)


class ContactUrl:
    """Sets the User-Agent from CONTACT_URL (unless USER_AGENT was set on the
    command line) and warns once when real portals would see no contact."""

    def __init__(self, crawler):
        settings = crawler.settings
        contact = settings.get("CONTACT_URL") or None
        settings.set("USER_AGENT", user_agent(contact, settings.get("PROJECT_URL")), priority="spider")
        start_urls = [url for portal in getattr(crawler.spider, "portals", []) for url in portal.start_urls]
        if missing_contact(contact, start_urls):
            logger.warning("no contact URL for portal operators: set %s (a web page or mailto: where they "
                           "can reach you) before crawling real portals; the User-Agent names only the "
                           "project", ENV)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
