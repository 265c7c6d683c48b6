#!/bin/sh
# Set up newsreader from a source checkout on Debian/Ubuntu, then run it or its tests.
#   sh packaging/install.sh run    install, then open the window
#   sh packaging/install.sh test   install with the test tools, then run the test suite
set -eu
cd "$(dirname "$0")/.."
what="${1:-run}"
shift 2>/dev/null || true

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
QT_PACKAGES="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3"
WINDOW_PACKAGES="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0"
TOOLS="python3 python3-venv"
TEST_TOOLS="desktop-file-utils appstream poppler-utils xvfb"
if command -v apt-get >/dev/null 2>&1; then
    packages="$TOOLS $QT_PACKAGES $WINDOW_PACKAGES"
    [ "$what" = test ] && packages="$packages $TEST_TOOLS"
    missing=""
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$what" = test ]; then
    .venv/bin/python -m pip install -q -e ".[test,dev,package]"
else
    .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python packaging/build_translations.py >/dev/null

case "$what" in
    run) exec .venv/bin/newsreader "$@" ;;
    test) QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@" ;;
    *) echo "usage: sh packaging/install.sh run|test" >&2; exit 2 ;;
esac
