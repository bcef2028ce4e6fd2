"""The core never imports Qt; importing the package stays cheap."""

import subprocess
import sys

CORE_MODULES = [
    "reader.core.document",
    "reader.core.analysis",
    "reader.core.french",
    "reader.core.store",
]


def _imported_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_core_does_not_import_pyside6():
    import pkgutil

    import reader.core

    names = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert set(CORE_MODULES) <= set(names)
    modules = _imported_after("\n".join(f"import {n}" for n in names))
    assert not any(m.startswith("PySide6") for m in modules)


def test_importing_reader_does_not_load_spacy_or_qt():
    modules = _imported_after("import reader, reader.cli")
    assert "spacy" not in modules
    assert not any(m.startswith("PySide6") for m in modules)
