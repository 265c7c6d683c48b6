#!/bin/sh
# Build the newsreader bundle with PyInstaller.
#   sh packaging/pyinstaller/build.sh              one folder: dist/newsreader/newsreader (+ _internal/)
#   sh packaging/pyinstaller/build.sh --portable   one file:   dist/newsreader (newsreader.exe on Windows)
# PYTHON (default .venv/bin/python, or python), DISTPATH (default dist) and WORKPATH (default build/pyinstaller)
# can be set in the environment.  Needs `pip install -e ".[package]"` (PyInstaller) in that Python.
set -eu
cd "$(dirname "$0")/../.."
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
    elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
    else PYTHON=python3; fi
fi
DISTPATH="${DISTPATH:-dist}"
WORKPATH="${WORKPATH:-build/pyinstaller}"

"$PYTHON" packaging/build_translations.py >/dev/null
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level "${LOG_LEVEL:-WARN}" \
    --distpath "$DISTPATH" --workpath "$WORKPATH" \
    packaging/pyinstaller/newsreader.spec -- "$@"

case " $* " in
    *" --portable "*) out="$DISTPATH/newsreader"; [ -e "$out" ] || out="$out.exe"; size="$(du -sh "$out" | cut -f1)" ;;
    *) out="$DISTPATH/newsreader/newsreader"; size="$(du -sh "$DISTPATH/newsreader" | cut -f1)" ;;
esac
[ -d "$DISTPATH/News Reader.app" ] && out="$DISTPATH/News Reader.app"
echo "built $out ($size)"
