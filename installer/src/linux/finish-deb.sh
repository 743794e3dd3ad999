#!/bin/sh
# Finishes the .deb that jpackage made from the app-image, then rebuilds it in place:
#  1. the menu entry and the hicolor icons go in as files of the package (dpkg owns them and removes them on
#     uninstall; no xdg-desktop-menu call that fails on systems without XDG menu folders);
#  2. every file gets one fixed modification time, which dpkg keeps on installation;
#  3. a training run (inkwell --self-test) records the class-data-sharing archive lib/app/inkwell.jsa that the
#     launcher maps at start. The JVM only accepts that archive when the class path and the jars' times are
#     the ones it was recorded with, so the run happens with the package's files mounted at the very path they
#     install to (/opt/inkwell), in a private mount namespace that nobody else sees;
#  4. bin/Inkwell becomes a one-line shell launcher that starts the same runtime with the same options and class
#     path as Inkwell.cfg. jpackage's native launcher runs `rpm -qf` and `dpkg -S` on every start to find the
#     package that owns it, and `dpkg -S` reads the file list of every installed package: 0.2-0.5 s per start.
# Usage: finish-deb.sh DIST_DIR ICONS_DIR DESKTOP_FILE EPOCH
set -eu

dist=$1 icons=$2 desktop=$3 epoch=$4
install_dir=/opt/inkwell
deb=$(ls "$dist"/*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"

dpkg-deb -R "$deb" "$root"

# 1. Menu entry and icons.
install -D -m 644 "$desktop" "$root/usr/share/applications/inkwell.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$icons/png/inkwell-$size.png" "$root/usr/share/icons/hicolor/${size}x$size/apps/inkwell.png"
done
install -D -m 644 "$icons/inkwell.svg" "$root/usr/share/icons/hicolor/scalable/apps/inkwell.svg"

# 2. Fixed file times.
find "$root" -exec touch -h -d "@$epoch" {} +

# 3. The training run, as root in a private mount namespace (a user namespace when not root; sudo as the last
#    resort, as on GitHub's Ubuntu runners where AppArmor forbids unprivileged user namespaces).
cfg="$root$install_dir/lib/app/Inkwell.cfg"
classpath=$(sed -n 's#^app.classpath=\$APPDIR#'"$install_dir"'/lib/app#p' "$cfg" | paste -sd: -)
main_class=$(sed -n 's#^app.mainclass=##p' "$cfg")
# The launcher's own JVM options, less the ones that read the archive (this run writes it).
java_options=$(sed -n 's#^java-options=##p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile=' | paste -sd' ' -)
cat > "$work/train.sh" <<TRAIN
set -eu
mount -t tmpfs -o size=1m tmpfs /opt
mkdir -p $install_dir
mount --bind "$root$install_dir" $install_dir
cd /
$install_dir/lib/runtime/bin/java $java_options -XX:ArchiveClassesAtExit=$install_dir/lib/app/inkwell.jsa \\
    -cp "$classpath" $main_class --self-test
TRAIN
if [ "$(id -u)" = 0 ]; then
    unshare --mount --propagation private sh "$work/train.sh"
elif unshare --user --map-root-user --mount true 2>/dev/null; then
    unshare --user --map-root-user --mount --propagation private sh "$work/train.sh"
elif sudo -n true 2>/dev/null; then
    sudo -n unshare --mount --propagation private sh "$work/train.sh"
    sudo -n chown -R "$(id -u):$(id -g)" "$root"
else
    echo "[installer] Cannot train the class-data-sharing archive: this build needs root, sudo or user namespaces" >&2
    echo "[installer] (unshare --user). The package would start slower without it, so the build stops here." >&2
    exit 1
fi
jsa="$root$install_dir/lib/app/inkwell.jsa"
[ -s "$jsa" ] || { echo "[installer] The training run wrote no archive at $jsa" >&2; exit 1; }
chmod 644 "$jsa"
touch -d "@$epoch" "$jsa" "$root$install_dir/lib/app"

# 4. The shell launcher: the class path string is the training run's, as the archive requires. It names itself in
# jpackage.app-path as jpackage's own launcher does (start at login points there; the quick start's relaunch stays off).
launch_options=$(sed -n 's#^java-options=##p' "$cfg" | sed "s#\$APPDIR#$install_dir/lib/app#g" | paste -sd' ' -)
cat > "$root$install_dir/bin/Inkwell" <<LAUNCHER
#!/bin/sh
# Starts Inkwell (written by the installer from lib/app/Inkwell.cfg; see installer/src/linux/finish-deb.sh).
# Two malloc arenas instead of one per thread and core: about 10 MiB less resident memory under load.
export MALLOC_ARENA_MAX="\${MALLOC_ARENA_MAX:-2}"
exec $install_dir/lib/runtime/bin/java -Djpackage.app-path=$install_dir/bin/Inkwell $launch_options -cp "$classpath" $main_class "\$@"
LAUNCHER
chmod 755 "$root$install_dir/bin/Inkwell"
touch -d "@$epoch" "$root$install_dir/bin/Inkwell" "$root$install_dir/bin"

# Installed-Size follows the files added above.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "[installer] $(basename "$deb"): $(du -h "$deb" | cut -f1), menu entry, icons and class-data-sharing archive added"
