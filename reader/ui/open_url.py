"""File > Open URL… (Ctrl+Shift+O): fetch a web page in the background and read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import messages, workers

if TYPE_CHECKING:
    from .opening import Opener


def ask_and_open(opener: Opener) -> None:
    """Ask for a web address, then open it."""
    url = messages.ask_text(
        opener.parent_widget, "Open URL", "Web address of a French article (https://…):"
    )
    if url is not None and url.strip():
        open_url(opener, url)


def open_url(opener: Opener, url: str) -> workers.JobHandle | None:
    """Fetch and import `url` off the GUI thread; one clear message when it fails."""
    from ..core.errors import ReaderError
    from ..core.fetch import normalise_url, open_url as fetch_and_import
    from .opening import error_message

    try:
        address = normalise_url(url)
    except ReaderError as exc:
        messages.error(opener.parent_widget, "Cannot open this address", str(exc))
        return None
    opener.busy(f"Fetching {address}…")

    def done(source) -> None:
        opener.show(source, None)

    def failed(exc: BaseException) -> None:
        opener.idle("")
        messages.error(opener.parent_widget, "Cannot open this address", error_message(exc, None))

    opener.cancel()
    opener._job = workers.start(
        lambda _rep: fetch_and_import(address), done, failed, name="open-url"
    )
    return opener._job
