"""Open URL: fetch one web page over HTTP(S) (timeout, size limit, plain messages) and import it.

Only when the learner asks (File > Open URL...); nothing else in French Reader goes online.
The page is then read like a saved web page. No Qt here.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .errors import ImportFailure

TIMEOUT_S = 20.0
MAX_BYTES = 20_000_000
USER_AGENT = "FrenchReader/1.0 (offline reading aid; one page on request)"
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What the server sent: the final address (after redirects), type and bytes."""

    url: str
    content_type: str
    data: bytes


def normalise_url(text: str) -> str:
    """The address to fetch: 'lemonde.fr/x' -> 'https://lemonde.fr/x'; ImportFailure if unusable."""
    url = text.strip()
    if not url:
        raise ImportFailure("Type or paste a web address (https://…).")
    if "://" not in url:
        url = "https://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailure(
            f"Only web addresses (http:// or https://) can be opened, not {parts.scheme}://."
        )
    if not parts.hostname or any(c.isspace() for c in url):
        raise ImportFailure(f"“{text.strip()[:80]}” is not a web address.")
    return url


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> FetchedPage:
    """GET `url`; ImportFailure with one clear sentence on any failure."""
    url = normalise_url(url)
    host = urllib.parse.urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImportFailure(_too_large(host, max_bytes))
            chunks, size = [], 0
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise ImportFailure(_too_large(host, max_bytes))
                chunks.append(chunk)
            content_type = response.headers.get_content_type()
            final = response.geturl()
    except ImportFailure:
        raise
    except urllib.error.HTTPError as exc:
        raise ImportFailure(
            f"The server {host} answered {exc.code} {exc.reason or ''}".rstrip() + f" for {url}."
        ) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise ImportFailure(_timeout(host, timeout)) from exc
        if isinstance(reason, ssl.SSLError):
            raise ImportFailure(f"The secure connection to {host} failed: {reason}.") from exc
        if isinstance(reason, socket.gaierror):
            raise ImportFailure(
                f"{host} was not found: check the address and your connection."
            ) from exc
        raise ImportFailure(
            f"Could not reach {host}: {getattr(reason, 'strerror', None) or reason}."
        ) from exc
    except TimeoutError as exc:
        raise ImportFailure(_timeout(host, timeout)) from exc
    except (OSError, ValueError) as exc:  # connection reset, bad chunked encoding...
        raise ImportFailure(f"Reading the page from {host} failed: {exc}.") from exc
    data = b"".join(chunks)
    if not data:
        raise ImportFailure(f"The server {host} sent an empty page.")
    return FetchedPage(final, content_type, data)


def open_url(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES):
    """Fetch `url` and import it (a web page like a saved one; a PDF or e-book by content)."""
    from .importers import load_bytes

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    path = urllib.parse.urlsplit(page.url).path
    name = path.rsplit("/", 1)[-1] or urllib.parse.urlsplit(page.url).hostname or "page"
    as_format = "html" if page.content_type in _HTML_TYPES else None
    if page.content_type == "text/plain":
        as_format = "txt"
    source = load_bytes(page.data, name, as_format=as_format)
    source.meta["url"] = page.url
    if not source.title:
        source.title = name
    return source


def _too_large(host: str, max_bytes: int) -> str:
    return f"The page from {host} is larger than {max_bytes / 1e6:g} MB: not opened."


def _timeout(host: str, timeout: float) -> str:
    return f"No answer from {host} within {timeout:g} s: try again later."
