"""Shared fixtures: offscreen Qt, one spaCy pipeline per test run, isolated user data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def analyzer():
    """The process-wide analyzer (spaCy loads once per test run)."""
    from reader.core.analysis import default_analyzer

    return default_analyzer()


@pytest.fixture(scope="session")
def sample_text() -> str:
    from reader.core.paths import sample_article

    return sample_article().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc(analyzer, sample_text):
    """The analysed sample article (shared: do not mutate)."""
    return analyzer.analyze(sample_text)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """Point the user's data directory at a fresh temporary folder."""
    path = tmp_path / "userdata"
    path.mkdir()
    monkeypatch.setenv("FRENCH_READER_DATA_DIR", str(path))
    return path
