#!/bin/sh
# Re-derives with jdeps the JDK modules that the app and every jar it ships need, and fails when the
# launcher's runtime (installer.modules in installer/pom.xml) lacks one of them.
# Usage: installer/check-modules.sh [APP_TARGET_DIR]   (default app/target, after ./mvnw package)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target=${1:-$here/../app/target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# jdeps refuses modular jars whose module dependencies are not all present; read them as plain jars.
mkdir "$work/jars"
for jar in "$target/inkwell.jar" "$target"/lib/*.jar; do
    name=$(basename "$jar")
    if unzip -l "$jar" | grep -q 'module-info\.class'; then
        mkdir "$work/x"
        (cd "$work/x" && unzip -q "$jar" && find . -name module-info.class -delete && jar cf "$work/jars/$name" .)
        rm -rf "$work/x"
    else
        cp "$jar" "$work/jars/$name"
    fi
done
# jdk.incubator.vector: Lucene's optional vector code, used only when the JVM is started with
# --add-modules jdk.incubator.vector (and on a JDK newer than this runtime's 17); without it Lucene takes its plain
# Java path, so the runtime does not ship an incubator module.
optional='jdk.incubator.vector'
needed=$(for jar in "$work"/jars/*.jar; do
    jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar"
done | tr ',' '\n' | grep -v '^$' | grep -vx "$optional" | sort -u)
shipped=$(sed -n 's#.*<installer.modules>\(.*\)</installer.modules>.*#\1#p' "$here/pom.xml" | tr ',' '\n' | sort -u)
missing=$(printf '%s\n' "$needed" | while read -r module; do
    printf '%s\n' "$shipped" | grep -qx "$module" || echo "$module"
done)
echo "jdeps: the app needs $(printf '%s' "$needed" | tr '\n' ' ')"
if [ -n "$missing" ]; then
    echo "installer.modules lacks: $missing" >&2
    exit 1
fi
echo "installer.modules holds all of them"
