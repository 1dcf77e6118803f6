"""What went wrong with a request that failed for good, as the report names it."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

# Why Scrapy ignored a request, from its message.
IGNORED_KINDS = (("robots.txt", "blocked"), ("DOWNLOAD_MAXSIZE", "too_large"),
                 ("max redirections", "redirect_loop"), ("off the hosts", "offsite"))


def failure_kind(failure) -> str:
    """"blocked" (robots.txt), "http_404", "too_large", "redirect_loop",
    "offsite", "ignored", or the exception's class name."""
    # HttpError is an IgnoreRequest too: ask for it first.
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        return next((kind for phrase, kind in IGNORED_KINDS if phrase in message), "ignored")
    if failure.check(CancelledError) or "Cancelled" in failure.type.__name__:
        return "too_large"  # Content-Length over DOWNLOAD_MAXSIZE
    return failure.type.__name__


# Modules whose exceptions a portal or the network causes (timeouts, resets,
# TLS, DNS, HTTP errors, refusals); anything else raised while a request was
# fetched (a ValueError in a middleware) is a bug of the crawler's own.
_NETWORK_MODULES = ("twisted.", "scrapy.", "h2.", "OpenSSL.", "service_identity.")


def is_crawler_bug(failure) -> bool:
    """Whether a request failed in our code rather than at the portal or on the way."""
    exception = failure.value
    if isinstance(exception, (IgnoreRequest, CancelledError, OSError)):
        return False
    return not type(exception).__module__.startswith(_NETWORK_MODULES)

