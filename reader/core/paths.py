"""Where shipped assets and the user's data live."""

from __future__ import annotations

import os
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


def data_dir() -> Path:
    """The user's data directory ($FRENCH_READER_DATA_DIR overrides the platform default)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Where derived, re-creatable data (analysis cache, audio) is kept."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
