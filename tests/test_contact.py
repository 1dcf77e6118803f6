"""The operator's contact URL: one place to set it, in the User-Agent of a
real crawl, and a warning when real portals would see none."""

from __future__ import annotations

import logging
import os

from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.contact import ENV, ContactUrl, missing_contact
from spiders.portal import PortalSpider
from tests.conftest import crawl


def test_the_contact_from_the_environment_is_in_every_request(portal_server, sample_registry, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv(ENV, "mailto:cchc-data@example.org")
    run = crawl(portal_server, sample_registry, tmp_path / "out", "--portal", "tienlu", "--no-state")
    assert run.returncode == 0, run.stderr[-2000:]
    agents = {r.headers.get("User-Agent") for r in run.requests}
    assert agents == {"vn-cchc-crawler/0.1 (+mailto:cchc-data@example.org)"}
    assert ENV not in run.stderr  # loopback portals: no warning


def crawler_for(registry: str, **settings) -> Crawler:
    """A real Crawler with its spider and the extension built, as Scrapy
    builds them at start (spider first), no request made."""
    project = Settings()
    project.setmodule("crawler.settings", priority="project")
    project.update({"STATE_DIR": None, **settings}, priority="cmdline")
    crawler = Crawler(PortalSpider, project)
    crawler.spider = crawler._create_spider(portals=registry)
    ContactUrl.from_crawler(crawler)
    return crawler


def test_real_portals_without_a_contact_warn_once_at_start(tmp_path, caplog):
    registry = tmp_path / "real.toml"
    registry.write_text('[[portals]]\nid = "vuquang"\nname = "Vũ Quang"\ndistrict = "Vũ Quang"\n'
                        'province = "Hà Tĩnh"\nstart_urls = ["https://vuquang.hatinh.gov.vn/"]\n', "utf-8")
    os.environ.pop(ENV, None)
    with caplog.at_level(logging.WARNING):
        crawler = crawler_for(str(registry), CONTACT_URL=None)
    warnings = [r for r in caplog.records if ENV in r.getMessage()]
    assert len(warnings) == 1
    assert crawler.settings["USER_AGENT"].startswith("vn-cchc-crawler/0.1 (+http")

    caplog.clear()
    with caplog.at_level(logging.WARNING):
        crawler = crawler_for(str(registry), CONTACT_URL="https://cchc.example.org/lien-he")
    assert not [r for r in caplog.records if ENV in r.getMessage()]
    assert crawler.settings["USER_AGENT"] == "vn-cchc-crawler/0.1 (+https://cchc.example.org/lien-he)"


def test_what_counts_as_a_real_portal():
    assert missing_contact(None, ["https://vuquang.hatinh.gov.vn/"])
    assert not missing_contact(None, ["http://127.0.0.1:8080/", "http://localhost/", "http://[::1]:80/"])
    assert not missing_contact("mailto:a@b.vn", ["https://vuquang.hatinh.gov.vn/"])
