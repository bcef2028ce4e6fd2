"""The floors of docs/ARCHITECTURE.md hold: each package imports only the floors below it
(imports inside functions included); the core never imports Qt; `import reader` stays cheap."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reader

ROOT = Path(reader.__file__).parent

# package -> the packages of ours it may import (besides itself and `reader` itself)
ALLOWED = {
    "core": set(),
    "speech": {"core"},
    "printing": {"core"},
    "commands": {"core", "speech", "printing"},
    "cli": {"core", "speech", "printing", "commands"},
    "ui": {"core", "speech", "printing"},
    "app": {"core", "speech", "printing", "ui"},
    "__main__": {"cli", "app"},
}
CORE_MODULES = [
    "reader.core.document",
    "reader.core.analysis",
    "reader.core.french",
    "reader.core.store",
    "reader.core.session",
]


def _module_name(path: Path) -> str:
    parts = ("reader", *path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every `reader...` module named by an import statement in `path`, relative ones resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "reader" or name.startswith("reader.")}


def _floor(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _violations() -> list[str]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        here = _floor(_module_name(path))
        if here is None:
            continue
        for name in sorted(_imports(path)):
            there = _floor(name)
            if there in ALLOWED and there != here and there not in ALLOWED[here]:
                out.append(f"{_module_name(path)} imports {name} ({here} may not use {there})")
    return out


def test_every_package_imports_only_the_floors_below_it():
    floors = {_floor(_module_name(p)) for p in ROOT.rglob("*.py")} - {None}
    assert floors <= set(ALLOWED), "a new package needs its floor here and in ARCHITECTURE.md"
    assert _violations() == []


def test_the_layering_check_sees_function_level_and_relative_imports(tmp_path, monkeypatch):
    """The checker itself: a lazy relative import of the CLI from the UI is caught."""
    fake = tmp_path / "reader"
    (fake / "ui").mkdir(parents=True)
    (fake / "commands").mkdir()
    (fake / "ui" / "panel.py").write_text("def f():\n    from ..commands.vocab import x\n")
    (fake / "commands" / "vocab.py").write_text("from ..core import y\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", fake)
    assert _violations() == [
        "reader.ui.panel imports reader.commands.vocab (ui may not use commands)",
        "reader.ui.panel imports reader.commands.vocab.x (ui may not use commands)",
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


def test_no_view_holds_the_window():
    """The window's helpers get what they use (docs/ARCHITECTURE.md), never the window."""
    holders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef) or cls.name == "MainWindow":
                continue
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name == "__init__":
                    names = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
                    if names & {"window", "main_window", "w"}:
                        holders.append(f"{path.name}: {cls.name}")
    assert holders == []
