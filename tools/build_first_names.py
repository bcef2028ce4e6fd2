"""Build assets/first-names-fr.txt: common French first names, one a line.

Source: the French (fr_FR) person provider of Faker (PyPI package `faker`, MIT licence),
read from an unpacked wheel or an installed copy without importing it:

    pip download faker --no-deps -d /tmp/faker && unzip /tmp/faker/faker-*.whl -d /tmp/faker
    python tools/build_first_names.py /tmp/faker

Used by reader.core.first_names: a sentence-initial word that is both a common noun and a
first name (Pierre, Olivier, Claire) is a name when it is the bare subject of a verb.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PROVIDER = Path("faker/providers/person/fr_FR/__init__.py")
LISTS = ("first_names_male", "first_names_female")
OUT = Path(__file__).resolve().parent.parent / "assets" / "first-names-fr.txt"


def first_names(root: Path) -> list[str]:
    tree = ast.parse((root / PROVIDER).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in LISTS:
            names.update(ast.literal_eval(node.value))
    return sorted(names)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    names = first_names(Path(argv[0]))
    header = "# French first names from Faker's fr_FR person provider (MIT), tools/build_first_names.py\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
