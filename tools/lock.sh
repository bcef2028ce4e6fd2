#!/usr/bin/env bash
# Regenerate tools/constraints.txt from a freshly built test environment, so a new machine gets
# the versions CI tested. Run after changing dependencies in pyproject.toml:
#   bash tools/lock.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python_bin="${PYTHON:-python3}"
"$python_bin" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$tmp/venv/bin/python" -m pip install -q ".[test,build]"
{
  echo "# The versions CI tested; used by tools/bootstrap.sh. Regenerate: bash tools/lock.sh"
  echo "# python: $("$tmp/venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^french-reader'
} > tools/constraints.txt
echo "wrote tools/constraints.txt ($(grep -vc '^#' tools/constraints.txt) packages)"
