#!/bin/sh
# Install newsreader's desktop integration (and optionally a PyInstaller bundle) under a prefix,
# in the layout of qutebrowser's misc/Makefile:
#   PREFIX/share/applications/io.github.newsreader.NewsReader.desktop
#   PREFIX/share/metainfo/io.github.newsreader.NewsReader.metainfo.xml
#   PREFIX/share/icons/hicolor/{N}x{N}/apps/io.github.newsreader.NewsReader.png, scalable/apps/….svg
#
#   sh packaging/linux/install.sh [--bundle DIR] [PREFIX]        install (PREFIX: /usr/local as root, else ~/.local)
#   sh packaging/linux/install.sh --uninstall [PREFIX]           remove what install put there
#   DESTDIR=/tmp/stage sh packaging/linux/install.sh /usr         staged install (for distribution packages)
#
# Without --bundle, `newsreader` must already be on PATH (pip install, or pipx). With --bundle DIR (the
# one-folder build, e.g. dist/newsreader), the bundle is copied to PREFIX/lib/newsreader and
# PREFIX/bin/newsreader links to it.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID=io.github.newsreader.NewsReader
ICONSIZES="16 32 48 64 128 256"

bundle=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) bundle="$2"; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "install.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -gt 0 ]; then PREFIX="$1"
elif [ "$(id -u)" = 0 ]; then PREFIX=/usr/local
else PREFIX="$HOME/.local"; fi
DESTDIR="${DESTDIR:-}"
DATADIR="$DESTDIR$PREFIX/share"
ICONDIR="$DATADIR/icons/hicolor"

# the installed files (relative to DATADIR)
files="applications/$APP_ID.desktop metainfo/$APP_ID.metainfo.xml icons/hicolor/scalable/apps/$APP_ID.svg"
for i in $ICONSIZES; do files="$files icons/hicolor/${i}x${i}/apps/$APP_ID.png"; done

if [ "$uninstall" = 1 ]; then
    for f in $files; do rm -f "$DATADIR/$f"; done
    rm -rf "$DESTDIR$PREFIX/lib/newsreader"
    [ -L "$DESTDIR$PREFIX/bin/newsreader" ] && rm -f "$DESTDIR$PREFIX/bin/newsreader"
else
    install -Dm644 "$HERE/$APP_ID.desktop" "$DATADIR/applications/$APP_ID.desktop"
    if [ -n "$bundle" ]; then  # PREFIX/bin may not be on the desktop session's PATH (~/.local/bin often is not)
        sed -i -e "s|^Exec=newsreader |Exec=$PREFIX/bin/newsreader |" -e "s|^TryExec=newsreader\$|TryExec=$PREFIX/bin/newsreader|" \
            "$DATADIR/applications/$APP_ID.desktop"
    fi
    install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$DATADIR/metainfo/$APP_ID.metainfo.xml"
    for i in $ICONSIZES; do
        install -Dm644 "$HERE/icons/hicolor/${i}x${i}/apps/$APP_ID.png" "$ICONDIR/${i}x${i}/apps/$APP_ID.png"
    done
    svg="$HERE/icons/hicolor/scalable/apps/$APP_ID.svg"  # inside a bundle's share/ copy
    [ -f "$svg" ] || svg="$ROOT/resources/icons/$APP_ID.svg"
    install -Dm644 "$svg" "$ICONDIR/scalable/apps/$APP_ID.svg"
    if [ -n "$bundle" ]; then
        [ -x "$bundle/newsreader" ] || { echo "install.sh: $bundle/newsreader is not a bundle" >&2; exit 1; }
        rm -rf "$DESTDIR$PREFIX/lib/newsreader"
        mkdir -p "$DESTDIR$PREFIX/lib" "$DESTDIR$PREFIX/bin"
        cp -R "$bundle" "$DESTDIR$PREFIX/lib/newsreader"
        ln -sf "$PREFIX/lib/newsreader/newsreader" "$DESTDIR$PREFIX/bin/newsreader"
    fi
fi

# refresh the desktop caches for a live (not staged) install
if [ -z "$DESTDIR" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATADIR/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$ICONDIR" || true
fi
if [ "$uninstall" = 1 ]; then echo "newsreader: removed from $DESTDIR$PREFIX"; else echo "newsreader: installed in $DESTDIR$PREFIX"; fi
