# Shared by scripts/start and scripts/test. Sourced, not run.
# Sets up .venv with the project installed (editable) and the Qt system libraries it needs.

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_DIR="${PLANNER_VENV:-$REPO_DIR/.venv}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "Planner needs Python 3.11 or newer; none was found on PATH." >&2
    return 1
}

# ensure_venv EXTRAS: create .venv if needed and (re)install when pyproject.toml changed.
ensure_venv() {
    local extras="$1" python stamp wanted
    if [ ! -x "$VENV_DIR/bin/python" ]; then
        python="$(find_python)"
        say "Creating $VENV_DIR with $python"
        "$python" -m venv "$VENV_DIR"
    fi
    stamp="$VENV_DIR/.planner-installed"
    wanted="$(cat "$REPO_DIR/pyproject.toml" | sha256sum | cut -c1-16) [$extras]"
    if [ ! -f "$stamp" ] || ! grep -qxF "$wanted" "$stamp"; then
        say "Installing Planner${extras:+ with [$extras]} into $VENV_DIR"
        "$VENV_DIR/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
        "$VENV_DIR/bin/python" -m pip install --quiet -e "$REPO_DIR${extras:+[$extras]}"
        echo "$wanted" >"$stamp"
    fi
}

# ensure_qt_libs PLATFORM: install (or name) the system libraries Qt's PLATFORM plugin needs.
ensure_qt_libs() {
    local platform="$1" plugin missing packages
    plugin="$("$VENV_DIR/bin/python" - "$platform" <<'PY'
import pathlib, sys
import PySide6
print(pathlib.Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / f"libq{sys.argv[1]}.so")
PY
)"
    [ -f "$plugin" ] || return 0
    missing="$( { ldd "$plugin"; ldd "$(dirname "$plugin")/../../lib/libQt6Gui.so.6"; } 2>/dev/null |
        awk '/not found/ {print $1}' | sort -u)"
    [ -n "$missing" ] || return 0
    packages=""
    for lib in $missing; do
        case "$lib" in
            libEGL.so*) packages="$packages libegl1" ;;
            libGL.so*) packages="$packages libgl1" ;;
            libOpenGL.so*) packages="$packages libopengl0" ;;
            libfontconfig.so*) packages="$packages libfontconfig1" ;;
            libfreetype.so*) packages="$packages libfreetype6" ;;
            libxkbcommon.so*) packages="$packages libxkbcommon0" ;;
            libxkbcommon-x11.so*) packages="$packages libxkbcommon-x11-0" ;;
            libdbus-1.so*) packages="$packages libdbus-1-3" ;;
            libglib-2.0.so*|libgthread-2.0.so*) packages="$packages libglib2.0-0" ;;
            libxcb-cursor.so*) packages="$packages libxcb-cursor0" ;;
            libxcb-icccm.so*) packages="$packages libxcb-icccm4" ;;
            libxcb-keysyms.so*) packages="$packages libxcb-keysyms1" ;;
            libxcb-image.so*) packages="$packages libxcb-image0" ;;
            libxcb-render-util.so*) packages="$packages libxcb-render-util0" ;;
            libxcb-shape.so*) packages="$packages libxcb-shape0" ;;
            libxcb-xinerama.so*) packages="$packages libxcb-xinerama0" ;;
            libxcb-randr.so*) packages="$packages libxcb-randr0" ;;
            libxcb-xkb.so*) packages="$packages libxcb-xkb1" ;;
            libX11-xcb.so*) packages="$packages libx11-xcb1" ;;
            libwayland-*.so*) packages="$packages libwayland-client0 libwayland-cursor0 libwayland-egl1" ;;
            *) packages="$packages ?$lib" ;;
        esac
    done
    packages="$(echo "$packages" | tr ' ' '\n' | sort -u | tr '\n' ' ')"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && ! echo "$packages" | grep -q '?'; then
        say "Installing system libraries Qt needs: $packages"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    else
        echo "Qt's $platform plugin is missing system libraries: $missing" >&2
        echo "On Debian/Ubuntu install them with:  sudo apt-get install $packages" >&2
        return 1
    fi
}

# ensure_validators: the Debian tools the packaging tests run (desktop entry, AppStream).
ensure_validators() {
    local missing=""
    command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
    command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing packaging validators:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Packaging tests need:$missing (sudo apt-get install$missing)" >&2
    fi
}

# ensure_xvfb: the X server the start-up benchmark (and its smoke test) runs the real app on,
# with the system libraries Qt's xcb plugin needs there.
ensure_xvfb() {
    if ! command -v Xvfb >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            say "Installing Xvfb (the start-up benchmark's X server)"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null
        else
            echo "The start-up benchmark needs Xvfb (sudo apt-get install xvfb)" >&2
        fi
    fi
    ensure_qt_libs xcb
}

# ensure_window_manager: openbox, the window manager the small-screen test frames the
# real app with on Xvfb (a title bar and borders, as on a desktop).
ensure_window_manager() {
    command -v openbox >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing openbox (the small-screen test's window manager)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openbox >/dev/null
    else
        echo "The small-screen test needs openbox (sudo apt-get install openbox)" >&2
    fi
}

# ensure_ical_check: the independent iCalendar parsers that tests/tools/ical_check runs (the
# project's own checker, kept in the repository so that a clone alone runs every test), set
# up once into $ICAL_CHECK_HOME (default /tmp/ical-interop). It needs npm for ical.js and
# node-ical, and apt for libical's Python bindings.
ensure_ical_check() {
    local checker="$REPO_DIR/tests/tools/ical_check"
    local home="${ICAL_CHECK_HOME:-/tmp/ical-interop}"
    if [ -x "$home/venv/bin/python" ] && [ -d "$home/node/node_modules/ical.js" ] &&
        [ -d "$home/node/node_modules/node-ical" ] &&
        /usr/bin/python3 -c "import gi; gi.require_version('ICalGLib', '3.0')" 2>/dev/null; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            say "Installing Node.js and npm (for ical.js and node-ical)"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
        else
            echo "ical-check needs npm (sudo apt-get install nodejs npm)" >&2
        fi
    fi
    say "Setting up ical-check's parsers in $home"
    ICAL_CHECK_HOME="$home" bash "$checker/setup.sh" >&2 || true
}

# ensure_accessibility: what the AT-SPI test runs the real app with - an X server, a D-Bus
# session, the AT-SPI registry, and the Python bindings that read the accessibility tree.
ensure_accessibility() {
    local missing=""
    command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
    command -v dbus-launch >/dev/null 2>&1 || missing="$missing dbus-x11"
    [ -x /usr/libexec/at-spi-bus-launcher ] || missing="$missing at-spi2-core"
    /usr/bin/python3 -c 'import gi; gi.require_version("Atspi", "2.0"); import pyatspi' \
        >/dev/null 2>&1 || missing="$missing python3-pyatspi gir1.2-atspi-2.0"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing the accessibility test's tools:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "The accessibility test needs:$missing (sudo apt-get install$missing)" >&2
    fi
}

# ensure_share_tools: independent readers the sharing tests check our output with: zbar's
# zbarimg decodes the QR codes, poppler's pdftoppm turns the pocket PDF into an image.
ensure_share_tools() {
    local missing=""
    command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
    command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing the QR and PDF readers the tests use:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "The sharing tests need:$missing (sudo apt-get install$missing)" >&2
    fi
}

# ensure_secret_service: a real desktop keyring for the keyring tests - GNOME Keyring's
# Secret Service on a private D-Bus session the tests start (tests/calendars/keyrings.py),
# and libsecret's secret-tool, an independent client to look at what it holds.
ensure_secret_service() {
    local missing=""
    command -v dbus-daemon >/dev/null 2>&1 || missing="$missing dbus-daemon"
    command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring"
    command -v secret-tool >/dev/null 2>&1 || missing="$missing libsecret-tools"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing a Secret Service for the keyring tests:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                $missing >/dev/null
    else
        echo "The keyring tests need:$missing (sudo apt-get install$missing)" >&2
    fi
}
