#!/usr/bin/env bash
# Install ArenaDesk for the current user, without administrator rights:
#   app        ~/.local/lib/arenadesk/          command  ~/.local/bin/arenadesk
#   menu entry ~/.local/share/applications/     icons    ~/.local/share/icons/hicolor/
#   file types ~/.local/share/mime/packages/    (.arenapakke, .arenaoppsett open in ArenaDesk)
#   AppStream  ~/.local/share/metainfo/
#
#   ./install.sh               install (or update: the old app folder is replaced)
#   ./install.sh --uninstall   remove all of the above; your arena files are never touched
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/arenadesk
bin=$HOME/.local/bin
id=no.arenadesk.ArenaDesk
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  [ -L "$bin/arenadesk" ] && rm -f "$bin/arenadesk"
  rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.mime.xml" \
    "$data/metainfo/$id.metainfo.xml" "$data/icons/hicolor/scalable/apps/arenadesk.svg"
  for s in $sizes; do rm -f "$data/icons/hicolor/${s}x${s}/apps/arenadesk.png"; done
  refresh
  echo "ArenaDesk is removed. Your arena files and settings are kept."
  exit 0
fi

[ -x "$here/ArenaDesk/arenadesk" ] || { echo "run install.sh from the unpacked ArenaDesk folder" >&2; exit 1; }
mkdir -p "$lib" "$bin" "$data/applications" "$data/mime/packages" "$data/metainfo" \
  "$data/icons/hicolor/scalable/apps"
# Replace the app as a whole: a new version never runs with files left from an old one.
rm -rf "$lib.new"
cp -a "$here/ArenaDesk" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/arenadesk" "$bin/arenadesk"

# The menu entry runs the installed app by its full path (~/.local/bin is not always on
# the desktop session's PATH).
sed "s|^Exec=arenadesk |Exec=\"$lib/arenadesk\" |" "$here/share/$id.desktop" >"$data/applications/$id.desktop"
cp "$here/share/$id.mime.xml" "$data/mime/packages/"
cp "$here/share/$id.metainfo.xml" "$data/metainfo/"
cp "$here/share/icons/arenadesk.svg" "$data/icons/hicolor/scalable/apps/"
for s in $sizes; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$here/share/icons/arenadesk-$s.png" "$data/icons/hicolor/${s}x${s}/apps/arenadesk.png"
done
refresh

echo "ArenaDesk $("$lib/arenadesk" --version | awk '{print $2}') is installed in $lib."
echo "Start it from the applications menu, or with: arenadesk"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to use the arenadesk command)" ;; esac
