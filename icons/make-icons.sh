#!/bin/sh
# Renders Inkwell's whole icon set from the SVG sources in icons/ (see icons/README.md for what goes where).
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert), python3 (writes the .icns container) and
# fonts-dejavu-core (labels on the contact sheet; without it the sheet has no labels). Outputs are committed.
# Deterministic: the same tools give byte-identical files on every run (no timestamps in any PNG).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

app=icons/inkwell.svg          # the designed icon, 32 px and up
small=icons/inkwell-small.svg  # the same artwork simplified for 16 and 24 px
tray_svg=icons/tray.svg
template_svg=icons/tray-template.svg
web=assets/img
tray=app/src/main/resources/inkwell/desktop
# ImageMagick writes the source files' times into PNG chunks unless told not to.
nodate="-define png:exclude-chunks=date,time +set date:create +set date:modify +set date:timestamp"

wrote() {
  for f in "$@"; do
    printf 'wrote %-60s %8s bytes\n' "$f" "$(wc -c < "$f" | tr -d ' ')"
  done
}

# render SVG SIZE OUT
render() {
  rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
}

# The artwork for a size: the simplified variant below 32 px.
art() {
  if [ "$1" -lt 32 ]; then echo "$small"; else echo "$app"; fi
}

# 1. Linux hicolor PNGs, and jpackage's Linux --icon (256 px).
mkdir -p icons/png
for size in 16 24 32 48 64 128 256 512; do
  render "$(art "$size")" "$size" "icons/png/inkwell-$size.png"
  wrote "icons/png/inkwell-$size.png"
done
cp icons/png/inkwell-256.png icons/inkwell.png
wrote icons/inkwell.png

# 2. Windows: one .ico with every size Explorer, the taskbar and the installer ask for.
# shellcheck disable=SC2086 # $nodate is a list of options
convert icons/png/inkwell-16.png icons/png/inkwell-24.png icons/png/inkwell-32.png icons/png/inkwell-48.png \
  icons/png/inkwell-64.png icons/png/inkwell-128.png icons/png/inkwell-256.png $nodate icons/inkwell.ico
wrote icons/inkwell.ico

# 3. macOS: Big Sur's grid puts the tile at 824/1024 of the canvas with a soft shadow below it. Widen the
#    viewBox so the 56-unit tile fills 824/1024 (56 * 1024 / 824 = 69.592 units, centred), then add the shadow.
#    16 and 32 px keep the Linux renders: at those sizes crisp edges matter more than the grid.
mac_svg="$tmp/inkwell-mac.svg"
sed '1s/viewBox="0 0 64 64"/viewBox="-2.796 -2.796 69.592 69.592"/' "$app" > "$mac_svg"
for size in 64 128 256 512 1024; do
  render "$mac_svg" "$size" "$tmp/flat-$size.png"
  sigma=$((size / 64)) drop=$((size / 100))
  # shellcheck disable=SC2086
  convert "$tmp/flat-$size.png" \
    \( +clone -fill black -colorize 100 -channel A -blur "0x$sigma" -evaluate multiply 0.35 +channel \
       -roll "+0+$drop" \) +swap -background none -compose over -composite $nodate "$tmp/mac-$size.png"
done
cp icons/png/inkwell-16.png "$tmp/mac-16.png"
cp icons/png/inkwell-32.png "$tmp/mac-32.png"
# ICNS: 'icns' + big-endian total length, then entries: 4-char type + big-endian length (with its 8-byte
# header) + PNG bytes. Retina types (ic11-ic14) reuse the doubled size's PNG.
python3 - icons/inkwell.icns "$tmp" <<'PY'
import struct, sys
out, tmp = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in types:
    with open(f"{tmp}/mac-{size}.png", "rb") as f:
        png = f.read()
    body += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
wrote icons/inkwell.icns

# 4. Web: the header logo (the app icon, its tile cropped to the edges), the favicon (the small variant) as SVG,
#    and /favicon.ico for browsers without SVG favicons. Each SVG stays one small self-contained file.
{
  echo '<svg xmlns="http://www.w3.org/2000/svg" viewBox="4 4 56 56" role="img" aria-label="Inkwell">'
  sed -e '1d' -e '/^<!--.*-->$/d' "$app"
} > "$web/logo.svg"
{
  echo '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Inkwell">'
  sed -e '1d' -e '/^<!--.*-->$/d' "$small"
} > "$web/favicon.svg"
wrote "$web/logo.svg" "$web/favicon.svg"
render "$web/favicon.svg" 16 "$tmp/fav-16.png"
render "$web/favicon.svg" 32 "$tmp/fav-32.png"
render "$web/logo.svg" 48 "$tmp/fav-48.png"
# shellcheck disable=SC2086
convert "$tmp/fav-16.png" "$tmp/fav-32.png" "$tmp/fav-48.png" $nodate "$web/favicon.ico"
wrote "$web/favicon.ico"

# 5. Tray: the tile reads on light and dark panels alike; the app loads every size into one multi-resolution
#    image. macOS menu bars take the black template glyph (16 pt, 1x and 2x) and tint it themselves.
mkdir -p "$tray"
for size in 16 22 24 32 48 64; do
  render "$tray_svg" "$size" "$tray/tray-$size.png"
  wrote "$tray/tray-$size.png"
done
for size in 16 32; do
  render "$template_svg" "$size" "$tray/tray-template-$size.png"
  wrote "$tray/tray-template-$size.png"
done

# 6. Contact sheet: every size at 1:1, once on a light strip and once on a dark one (template glyphs tinted
#    white on the dark strip, as macOS does).
font=
if convert -list font 2>/dev/null | grep -q 'Font: DejaVu-Sans$'; then font=DejaVu-Sans; fi
n=0
# cell IMAGE LABEL BG FG [negate]
cell() {
  n=$((n + 1))
  out="$tmp/cell-$(printf %03d "$n").png"
  set -- "$1" "$2" "$3" "$4" "${5:-}"
  if [ "$5" = negate ]; then tint="-channel RGB -negate +channel"; else tint=; fi
  if [ -n "$font" ]; then
    # shellcheck disable=SC2086
    convert "$1" $tint -background "$3" -fill "$4" -font "$font" -pointsize 11 label:"$2" -gravity center \
      -append -bordercolor "$3" -border 10 -alpha remove -alpha off +repage $nodate "$out"
  else
    # shellcheck disable=SC2086
    convert "$1" $tint -bordercolor "$3" -border 10 -background "$3" -alpha remove -alpha off +repage \
      $nodate "$out"
  fi
}
# row BG OUT: every cell made since the last row, bottoms aligned
row() {
  # shellcheck disable=SC2046
  convert $(ls "$tmp"/cell-*.png) -background "$1" -gravity south +append +repage "$2"
  rm -f "$tmp"/cell-*.png
}
# strip BG FG OUT
strip() {
  for size in 16 24 32 48 64 128 256 512; do cell "icons/png/inkwell-$size.png" "$size" "$1" "$2"; done
  row "$1" "$tmp/row-1.png"
  for size in 16 32 64 128 256; do cell "$tmp/mac-$size.png" "icns $size" "$1" "$2"; done
  for size in 16 22 24 32 48 64; do cell "$tray/tray-$size.png" "tray $size" "$1" "$2"; done
  for size in 16 32; do cell "$tray/tray-template-$size.png" "tmpl $size" "$1" "$2" "$4"; done
  for size in 16 32 48; do cell "$tmp/fav-$size.png" "ico $size" "$1" "$2"; done
  row "$1" "$tmp/row-2.png"
  convert "$tmp/row-1.png" "$tmp/row-2.png" -background "$1" -gravity west -append \
    -bordercolor "$1" -border 6 +repage "$3"
}
strip '#f3f1ec' '#333333' "$tmp/light.png" ''
strip '#1b1d22' '#d0d0d0' "$tmp/dark.png" negate
# shellcheck disable=SC2086
convert "$tmp/light.png" "$tmp/dark.png" -background '#1b1d22' -gravity west -append +repage \
  -depth 8 -define png:compression-level=9 $nodate icons/icon-set.png
wrote icons/icon-set.png
