"""The HTTP cache's storage: Scrapy's filesystem storage, whole entries only."""

from __future__ import annotations

from pathlib import Path

from scrapy.extensions.httpcache import FilesystemCacheStorage

# Written last, once every file of an entry is: the entry is whole.
COMPLETE = "complete"


class WholeEntryCacheStorage(FilesystemCacheStorage):
    """Scrapy's FilesystemCacheStorage writes an entry file by file. A run
    killed in between left the headers (with their ETag) and an empty or
    cut body; the next run revalidated, got 304 and read that body: an
    article lost as an "empty" page. Here an entry is read only when the
    marker written after its last file is there; anything less is a miss,
    and the page is fetched in full."""

    def store_response(self, spider, request, response) -> None:
        marker = Path(self._get_request_path(spider, request), COMPLETE)
        marker.unlink(missing_ok=True)  # (an entry rewritten: incomplete until it is again)
        super().store_response(spider, request, response)
        marker.touch()

    def retrieve_response(self, spider, request):
        if not Path(self._get_request_path(spider, request), COMPLETE).exists():
            return None
        return super().retrieve_response(spider, request)
