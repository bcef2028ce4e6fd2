"""Where shipped assets and the user's data live."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

APP_NAME = "french-reader"
DATA_DIR_ENV = "FRENCH_READER_DATA_DIR"


@cache
def assets_dir() -> Path:
    """The shipped assets: `reader/assets` in a wheel, the top-level `assets/` in a checkout."""
    here = Path(__file__).resolve().parent.parent  # reader/
    for candidate in (here / "assets", here.parent / "assets"):
        if (candidate / "sample_article.txt").is_file():
            return candidate
    raise FileNotFoundError(f"French Reader assets not found next to {here}")


def asset(name: str) -> Path:
    """Path of one shipped asset file."""
    return assets_dir() / name


def sample_article() -> Path:
    """The article the app opens by default."""
    return asset("sample_article.txt")


def data_dir_path() -> Path:
    """Where the user's data directory is meant to be (not created)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user's data directory ($FRENCH_READER_DATA_DIR overrides the platform default).

    Raises OSError when it cannot be created (a file in its place, a read-only parent).
    """
    path = data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where derived, re-creatable data (analysis cache, audio) is kept."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_output(path: str | os.PathLike, force: bool = False) -> Path:
    """A path an export may write: never through a symlink, never over a file unless `force`."""
    from .errors import ReaderError

    out = Path(path)
    if out.is_symlink():
        if not force:
            raise ReaderError(
                f"{out} is a symbolic link; French Reader does not write through links "
                "(add --force to replace the link itself by a new file)."
            )
    elif out.is_dir():
        raise ReaderError(f"{out} is a folder; give a file name to write.")
    elif out.exists() and not force:
        raise ReaderError(f"{out} already exists; add --force to replace it.")
    if not out.parent.is_dir():
        raise ReaderError(f"{out.parent}: no such folder")
    return out


@contextmanager
def replacing(path: str | os.PathLike, force: bool = False) -> Iterator[Path]:
    """Yield a temporary file beside `path`; on success it atomically takes `path`'s place.

    The temporary file is new (O_EXCL), so nothing writes through a link placed there, and
    os.replace swaps the name itself: a symlink at `path` is replaced, never followed.
    """
    out = check_output(path, force)
    fd, name = tempfile.mkstemp(
        prefix=f".{out.stem}.", suffix=f".partial{out.suffix}", dir=out.parent
    )
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
