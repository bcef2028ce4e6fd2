#!/usr/bin/env bash
# Set up French Reader on this machine, then run the app or the tests.
#
#   bash tools/bootstrap.sh app [FILE]   install what is needed, open the app (sample article by default)
#   bash tools/bootstrap.sh test [ARGS]  install what is needed, run the whole test suite
#
# Installs the Debian packages we rely on (as root, with apt-get), creates .venv
# and installs the project with pinned dependencies. Where it cannot install
# something it says exactly what is missing and how to get it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-}"
[ $# -gt 0 ] && shift

say() { printf '\033[1m[french-reader]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

case "$mode" in
  app|test) ;;
  *) echo "usage: bash tools/bootstrap.sh app [FILE] | test [PYTEST ARGS]" >&2; exit 2 ;;
esac

# --- system packages ----------------------------------------------------------------
# python3-venv: the virtual environment; espeak-ng + libespeak-ng1: speech;
# libpulse0: QtMultimedia; the xcb/xkb libraries: a real Qt window under X;
# libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0: Qt itself;
# libxrandr2: QtMultimedia's FFmpeg backend (without it: "No QtMultimedia backends");
# libcups2: printing; libwayland-*: a window on a Wayland desktop;
# fonts-dejavu-core: text in offscreen rendering and PDFs; fonts-urw-base35: Nimbus Roman, the
# Times-like serif the PDF handouts and worksheets are laid out for (reader/printing/layout.py's
# SERIF; with DejaVu Serif alone, wider, the worksheet's "Level" header breaks inside the word);
# apertium + its French->Catalan/Spanish and Catalan/Spanish->English pairs: the rough
# sentence translation ("Explain this sentence") and context glosses, run locally.
system_packages=(
  python3 python3-venv python3-pip ca-certificates
  espeak-ng libespeak-ng1 libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libx11-xcb1
  libxrandr2 libcups2 libwayland-client0 libwayland-cursor0 libwayland-egl1
  fonts-dejavu-core fonts-urw-base35
  apertium apertium-fra-cat apertium-eng-cat apertium-fr-es apertium-eng-spa
)

missing_packages() {
  local p
  for p in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq || die "apt-get update failed: check the package mirror, then run again."
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || die "apt-get could not install: ${missing[*]}"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      say "installing system packages with sudo: ${missing[*]}"
      sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      say "these system packages are missing and I cannot install them (not root):"
      say "  ${missing[*]}"
      say "install them with:  sudo apt-get install ${missing[*]}"
      say "continuing; features that need them (speech, a real window) may not work."
    fi
  fi
else
  say "not a Debian-like system (no dpkg): make sure espeak-ng, libpulse and Qt's xcb libraries are installed."
fi

# --- Python environment -------------------------------------------------------------
python_bin="${PYTHON:-python3}"
command -v "$python_bin" >/dev/null 2>&1 || die "python3 not found: install Python 3.10 or newer (apt-get install python3 python3-venv)."
"$python_bin" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "Python 3.10 or newer is needed; found $("$python_bin" --version 2>&1)."

venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in .venv"
  "$python_bin" -m venv "$venv" || die "could not create .venv: install python3-venv (apt-get install python3-venv)."
fi

extras=""
[ "$mode" = test ] && extras="[test]"
# tools/constraints.txt pins every package to the versions CI tested (regenerate it with
# tools/lock.sh). It was made for one Python minor version: on another Python it is skipped with a
# warning, since some pinned wheels may not exist there.
constraints="$here/tools/constraints.txt"
pins=()
locked_py=""
[ -f "$constraints" ] && locked_py="$(sed -n 's/^# python: *//p' "$constraints" | head -n 1)"
this_py="$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ -n "$locked_py" ] && [ "$locked_py" = "$this_py" ]; then
  pins=(-c "$constraints")
elif [ -f "$constraints" ]; then
  say "note: tools/constraints.txt was made for Python ${locked_py:-?}, this is $this_py: installing without the tested pins."
fi
stamp="$venv/.installed-$mode"
want="$( { cat pyproject.toml; cat "$constraints" 2>/dev/null || true; } | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing Python packages (first run takes a few minutes)"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q "${pins[@]}" -e ".$extras" \
    || die "pip could not install the Python packages (see the messages above)."
  echo "$want" > "$stamp"
fi

# --- run ----------------------------------------------------------------------------
if [ "$mode" = app ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "no display found (DISPLAY is not set): run this from a desktop session, or under a virtual screen: apt-get install xvfb && xvfb-run -a bash tools/bootstrap.sh app"
  fi
  say "starting French Reader"
  exec "$venv/bin/python" -m reader "$@"
fi

export QT_QPA_PLATFORM=offscreen
say "lint and format check (ruff)"
"$venv/bin/python" -m ruff check .
"$venv/bin/python" -m ruff format --check .
say "running the test suite"
set +e
"$venv/bin/python" -m pytest -n auto --maxschedchunk 2 "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  say "ERROR: pytest collected no tests"
  exit 1
fi
exit $status
