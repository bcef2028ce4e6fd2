"""A package missing from the installation is named as such, never blamed on the file."""

from __future__ import annotations

import sys

import pytest

from reader.core.errors import MissingComponent
from reader.core.importers import load_bytes

PAGE = b"<html><head><title>Le village</title></head><body><p>Les maisons du village sont anciennes et belles.</p></body></html>"


class _Refuse:
    """A meta-path finder that makes importing one module fail as a broken install would."""

    def __init__(self, name: str, message: str):
        self.name, self.message = name, message

    def find_spec(self, fullname, path=None, target=None):
        if fullname == self.name:
            raise ImportError(self.message)
        return None


@pytest.fixture
def without(monkeypatch):
    def refuse(name: str, message: str | None = None) -> None:
        for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            monkeypatch.delitem(sys.modules, mod)
        if message is None:
            monkeypatch.setitem(sys.modules, name, None)  # ModuleNotFoundError-like
        else:
            monkeypatch.setattr(sys, "meta_path", [_Refuse(name, message), *sys.meta_path])

    return refuse


def test_missing_trafilatura_is_a_missing_component(without):
    without("trafilatura")
    with pytest.raises(MissingComponent) as info:
        load_bytes(PAGE, "page.html")
    message = str(info.value)
    assert "a component is missing: trafilatura" in message and "reinstall" in message
    assert "damaged" not in message


def test_lxml_html_clean_split_is_named(without):
    without(
        "trafilatura",
        "lxml.html.clean module is now a separate project lxml_html_clean.\n"
        "Install lxml[html_clean] or lxml_html_clean directly.",
    )
    with pytest.raises(MissingComponent) as info:
        load_bytes(PAGE, "page.html")
    message = str(info.value)
    assert "a component is missing: lxml_html_clean (reinstall with" in message
    assert "damaged" not in message and "\n" not in message


def test_missing_pdf_reader(without):
    without("pdfminer")
    with pytest.raises(MissingComponent, match="component is missing: pdfminer"):
        load_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "a.pdf")
