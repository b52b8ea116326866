#!/usr/bin/env bash
# Build the Linux tarball dist/ArenaDesk-<version>-linux-x86_64.tar.gz: the one-folder app,
# its desktop entry, file types, AppStream data and icons, and install.sh, which installs
# for the current user under ~/.local without administrator rights.
#
#   bash packaging/linux/build-tarball.sh               # builds the app first (pyinstaller)
#   bash packaging/linux/build-tarball.sh --skip-build  # packs the dist/ArenaDesk/ already built
#
# The version is the built app's own (`arenadesk --version`, from src/arenadesk/__init__.py);
# the AppStream release must name the same version or the script stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" != "--skip-build" ]; then
  .venv/bin/python -m PyInstaller --noconfirm --clean arenadesk.spec
fi
app=dist/ArenaDesk
[ -x "$app/arenadesk" ] || { echo "no $app/arenadesk: build it first" >&2; exit 1; }

version=$("$app/arenadesk" --version | awk '{print $2}')
arch=$(uname -m)
metainfo=packaging/linux/no.arenadesk.ArenaDesk.metainfo.xml
if ! grep -q "<release version=\"$version\"" "$metainfo"; then
  echo "$metainfo has no <release version=\"$version\">: add the release first" >&2
  exit 1
fi

name="ArenaDesk-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/share/icons"
cp -a "$app" "$root/ArenaDesk"  # -a keeps the bundle's symbolic links
cp packaging/linux/no.arenadesk.ArenaDesk.desktop packaging/linux/no.arenadesk.ArenaDesk.mime.xml \
  "$metainfo" "$root/share/"
cp resources/icons/arenadesk.svg resources/icons/arenadesk-*.png "$root/share/icons/"
install -m 755 packaging/linux/install.sh "$root/install.sh"
cat >"$root/README.txt" <<TXT
ArenaDesk $version for Linux ($arch)

Install for yourself (no administrator rights needed):   ./install.sh
Remove again:                                             ./install.sh --uninstall
Or run it in place without installing:                    ./ArenaDesk/arenadesk

Check that it works on this computer:                     ./ArenaDesk/arenadesk --smoke-test
TXT

out="dist/$name.tar.gz"
tar -C "$stage" -czf "$out" "$name"
echo "$out ($(du -h "$out" | cut -f1))"
