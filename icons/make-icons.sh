#!/bin/sh
# Regenerates the favicon (assets/img/favicon.ico, 16/32/48 px) and the tray icons from the logo SVG.
# Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick (convert). Outputs are committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../assets/img/logo.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$here/../assets/img/favicon.ico"
rsvg-convert -w 256 -h 256 "$svg" -o "$here/inkwell-256.png"
echo "wrote assets/img/favicon.ico and icons/inkwell-256.png"

# Tray icons: the logo has its own dark tile, so it reads on light and dark panels alike.
tray="$here/../app/src/main/resources/inkwell/desktop"
mkdir -p "$tray"
for size in 16 22 24 32 48 64; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$tray/tray-$size.png"
done
echo "wrote tray icons 16-64 px"
