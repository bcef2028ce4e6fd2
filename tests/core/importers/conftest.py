"""Fixture files for the importer tests."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of importer fixture files (built by make_fixtures.py)."""
    return FIXTURES
