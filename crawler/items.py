"""The two items that travel through the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 1


@dataclass
class FetchedPage:
    """A downloaded page that may be an article; the text pipeline decides."""

    url: str
    portal: str
    district: str | None
    province: str | None
    html: str
    url_kind: str  # crawler.urls.UrlKind value: "article" or "other"
    fetched_at: str
    content_selector: str | None = None


@dataclass
class ArticleRecord:
    """One output line; the fields and their order are those of the record
    spec (docs in README, schema in crawler/data/record.schema.json)."""

    schema_version: int
    url: str
    portal: str
    district: str | None
    province: str | None
    title: str | None
    published: str | None
    author: str | None
    text: str
    content_hash: str
    fetched_at: str
    metrics: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
