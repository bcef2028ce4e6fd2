"""The analysis cache's size limit is a setting (default 500 MB)."""

from __future__ import annotations


def test_cache_limit_comes_from_the_settings(make_window, data_dir):
    from reader.ui.settings import Settings

    window = make_window(open_sample=False)
    assert window.session.analysis_cache().max_bytes == 500 * 2**20
    Settings().set("analysis_cache_mb", 2)
    again = make_window(open_sample=False)
    cache = again.session.analysis_cache()
    assert cache.max_bytes == 2 * 2**20
    assert cache.folder.is_relative_to(data_dir)
