"""Every third-party module the app imports is declared in pyproject.toml and importable.

A fresh machine installs exactly what pyproject.toml declares: a module imported but not declared
works on a developer's machine and fails for a newcomer (trafilatura needed lxml_html_clean with
lxml >= 5.2, and every web page failed to open).
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata as md
import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    base = re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", base).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in project.get("optional-dependencies", {}).values():
        names |= {_name(r) for r in extra}
    return names


def _imported_top_level_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "reader").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"reader", "__future__"}


def test_every_imported_package_is_declared():
    owners = md.packages_distributions()
    declared = _declared()
    undeclared = {}
    for module in sorted(_imported_top_level_modules()):
        dists = {re.sub(r"[-_.]+", "-", d).lower() for d in owners.get(module, [])}
        assert dists, f"{module} is imported by reader/ but no installed package provides it"
        if not dists & declared:
            undeclared[module] = sorted(dists)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_web_page_extraction_dependencies_import():
    # trafilatura and jusText import lxml.html.clean, a separate project since lxml 5.2.
    for module in ("lxml.html.clean", "trafilatura", "ebooklib", "pdfminer.high_level", "docx"):
        importlib.import_module(module)
    import trafilatura

    html = "<html><body><article><p>" + "Le chat dort sur le canapé du salon. " * 20
    html += "</p></article></body></html>"
    assert "Le chat dort" in (trafilatura.extract(html) or "")
