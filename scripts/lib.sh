# Shared by scripts/run and scripts/test: the Debian packages Trame needs, and how to get them.
# Sourced, not run.

# Build and runtime packages, all from Debian 12's archive.
TRAME_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libgl-dev
    libsqlite3-dev sqlite3 libpq-dev nlohmann-json3-dev catch2 libsodium-dev libical-dev
    fonts-dejavu-core
)
# Only needed by the test suite: the format check, the server its back-end runs start, and
# another program's iCalendar parser and poppler's tools, which read back the calendar files and
# the PDFs Trame writes, and the packager's checks of the Debian package (lintian, the desktop
# file's and AppStream's validators).
TRAME_TEST_PACKAGES=(clang-format postgresql-15 python3-icalendar poppler-utils lintian desktop-file-utils appstream)
# Only needed to run the GUI without a screen (tests run offscreen and need none of these).
TRAME_DISPLAY_PACKAGES=(xvfb xauth)

trame_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Installs whichever of the given packages are missing; nothing when all are there.
trame_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' \
            || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Trame needs: ${missing[*]} (run as root or install sudo)" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds a CMake preset of CMakePresets.json.
trame_build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}
