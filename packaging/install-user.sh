#!/usr/bin/env bash
# Install Planner for the current user under ~/.local (no root needed):
#   - a private virtual environment in ~/.local/share/planner/venv with Planner installed
#   - ~/.local/bin/planner
#   - the desktop entry, AppStream metadata, icons and file associations
# Uninstall: packaging/install-user.sh --uninstall
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
VENV="$PREFIX/share/planner/venv"
APP_ID="$(cd "$REPO" && python3 -c 'import planner; print(planner.APP_ID)')"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$VENV" "$PREFIX/bin/planner" \
        "$PREFIX/share/applications/$APP_ID.desktop" \
        "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" \
        "$PREFIX/share/mime/packages/$APP_ID.xml"
    find "$PREFIX/share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "Planner removed (your data in ~/.local/share/planner stays)."
    exit 0
fi

python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$REPO"
mkdir -p "$PREFIX/bin"
ln -sf "$VENV/bin/planner" "$PREFIX/bin/planner"
"$VENV/bin/python" "$REPO/packaging/build_desktop_files.py" "$PREFIX" >/dev/null
command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
command -v update-desktop-database >/dev/null && \
    update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Planner installed: run 'planner' or find it in your applications menu."
