"""The analysis cache's size limit is a setting (default 500 MB)."""

from __future__ import annotations


def test_cache_limit_comes_from_the_settings(data_dir):
    from reader.ui.services import Services
    from reader.ui.settings import Settings

    assert Services().analysis_cache().max_bytes == 500 * 2**20
    Settings().set("analysis_cache_mb", 2)
    cache = Services().analysis_cache()
    assert cache.max_bytes == 2 * 2**20
    assert cache.folder.is_relative_to(data_dir)
