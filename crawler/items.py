"""The two items that travel through the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

SCHEMA_VERSION = 2


@dataclass
class FetchedPage:
    """A downloaded page that may be an article; the text pipeline decides."""

    url: str
    portal: str
    district: str | None
    province: str | None
    html: str
    url_kind: str  # crawler.urls.UrlKind value: "article", "listing" or "other"
    fetched_at: str
    content_selector: str | None = None
    # The spider's parse of `html` (lxml), handed to the text pipeline so
    # that a page is parsed once; extraction changes it, so it serves once.
    tree: object | None = field(default=None, repr=False, compare=False)


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
    # "new" or "updated" against earlier runs (the state store); not in
    # schema 1 of the spec, added for scheduled runs.
    change: str = "new"
    # Where the page was fetched from (the record's url may be the canonical
    # one); kept for the state store, not written.
    fetched_url: str | None = field(default=None, metadata={"output": False})


OUTPUT_FIELDS = tuple(f.name for f in fields(ArticleRecord) if f.metadata.get("output", True))


def record_dict(record: ArticleRecord) -> dict:
    """The record as written: the output fields, in order."""
    return {name: getattr(record, name) for name in OUTPUT_FIELDS}
