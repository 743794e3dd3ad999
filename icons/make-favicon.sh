#!/bin/sh
# Regenerates assets/img/favicon.ico (16, 32, 48 px) from the logo SVG.
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
