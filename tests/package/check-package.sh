#!/usr/bin/env bash
# Builds Trame's Debian package from a build tree and checks it as a packager would: lintian with
# no error (its warnings printed: docs/building.md lists them), the desktop file and the AppStream
# metainfo validated, every file in place (icons at their size, man pages, copyright), the
# metainfo's release equal to the project's version, and both programs run from the unpacked
# package.
#   tests/package/check-package.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 app_id=$3
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (scripts/lib.sh installs it)"; exit 1; }
done
work=$(mktemp -d "$build/package-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "cpack failed"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
root=$work/root/usr

failed=0
fail() { echo "FAIL: $*"; failed=1; }

for file in bin/trame bin/trame-cli "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
            share/man/man1/trame.1.gz share/man/man1/trame-cli.1.gz share/doc/trame/copyright \
            share/doc/trame/changelog.gz share/doc/trame/guide-utilisateur.md \
            share/icons/hicolor/scalable/apps/trame.svg; do
    [[ -e $root/$file ]] || fail "missing /usr/$file"
done
for size in 16 22 24 32 48 64 128 256; do
    icon=$root/share/icons/hicolor/${size}x${size}/apps/trame.png
    actual=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$icon") \
        || { fail "missing icon ${size}x${size}"; continue; }
    [[ $actual == "${size}x${size}" ]] || fail "icon ${size}x${size} is $actual"
done

desktop-file-validate "$root/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -q '^Exec=trame$' "$root/share/applications/$app_id.desktop" || fail "Exec takes no file argument: Trame reads none"
appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release $version"
zcat "$root/share/man/man1/trame-cli.1.gz" | grep -q "Trame $version" || fail "trame-cli(1) is not of version $version"

# The man pages name every command and option the programs' --help does.
man_text() { zcat "$1" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g'; }
cli_help=$("$root/bin/trame-cli" --help)
cli_man=$(man_text "$root/share/man/man1/trame-cli.1.gz")
gui_man=$(man_text "$root/share/man/man1/trame.1.gz")
for word in $(grep -oE '^[* ] [a-z][a-z-]*' <<<"$cli_help" | cut -c3- | sort -u) \
            $(grep -oE -- '--[a-z][a-z-]*' <<<"$cli_help" | sort -u); do
    grep -qF -- "$word" <<<"$cli_man" || fail "trame-cli(1) does not name $word"
done
for word in $(QT_QPA_PLATFORM=offscreen "$root/bin/trame" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "$word" <<<"$gui_man" || fail "trame(1) does not name $word"
done

grep -q '^Usage: trame-cli' <<<"$cli_help" || fail "trame-cli --help from the package"
[[ $("$root/bin/trame-cli" --version) == "trame-cli $version" ]] || fail "trame-cli --version from the package"
[[ $(QT_QPA_PLATFORM=offscreen "$root/bin/trame" --version 2>/dev/null) == "Trame $version" ]] \
    || fail "trame --version from the package"

lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || fail "lintian reports errors"
grep -v 'root privileges' "$work/lintian.log" || true

[[ $failed -eq 0 ]] && echo "package checked: $(basename "$deb")"
exit $failed
