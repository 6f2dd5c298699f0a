#!/bin/sh
# Adds the frozen app in this folder to the desktop's application menu, for the user who runs it (no root):
# the desktop entry with this folder's path, and the icon. Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/_internal/checkin_resources/icons/checkin-station-256.png" "$data/icons/hicolor/256x256/apps/checkin-station.png"
sed "s|^Exec=checkin-station|Exec=\"$here/checkin-station\"|" "$here/checkin-station.desktop" \
	> "$data/applications/checkin-station.desktop"
echo "Added to the applications menu: $data/applications/checkin-station.desktop"
