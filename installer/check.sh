#!/usr/bin/env bash
# The installer's check, run by .ci/run after `mvn -B verify`: builds the app image from the jar
# that verify left in target/ (no second Maven build) and runs it with no display, the way an
# IT officer's script would: --version, a first run on a new data folder, verify, backup and
# restore. A module missing from the image's runtime fails one of these steps, by name.
# Needs no terminal and no X server. Usage: bash installer/check.sh (after mvn package/verify).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
dest=target/installer-check
image="$dest/Counterdesk"
launcher="$image/bin/Counterdesk"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0

fail() {
    echo "installer check FAILED: $*" >&2
    exit 1
}

# Runs the launcher (or another launcher of the image) with a data folder; keeps its output.
run() {
    local home="$1" name="$2"
    shift 2
    COUNTERDESK_HOME="$home" "$image/bin/$name" "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
}

step() {
    local what="$1" home="$2"
    shift 2
    if run "$home" "$@"; then
        passed=$((passed + 1))
        echo "installer check: $what: ok"
    else
        local code=$?
        cat "$tmp/out" "$tmp/err" >&2
        fail "$what (exit $code)"
    fi
}

bash installer/build.sh --no-maven image "$dest"
version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"

step "--version" "$tmp/none" Counterdesk --version
grep -qx "Counterdesk $version" "$tmp/out" || fail "--version printed '$(cat "$tmp/out")', not 'Counterdesk $version'"

# build.sh made the class-data archive for this image (class-archive.sh). -Xshare:on makes the
# JVM refuse to start unless the launcher's archive maps; the log shows the start's own classes
# coming from it rather than from the jar.
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$tmp/classes.log" \
    step "the class-data archive maps (-Xshare:on)" "$tmp/none" Counterdesk --version
grep -q "org.counterdesk.Launcher source: shared objects file" "$tmp/classes.log" \
    || fail "the launcher started, but org.counterdesk.Launcher was not loaded from the class-data archive"
echo "  $(grep -c 'source: shared objects file' "$tmp/classes.log") classes from the archive"

# A second launcher in the image runs RuntimeCheck on the same runtime and class path: the
# jpackage launcher reads the .cfg named after its own file.
javac -nowarn -d "$tmp/classes" -cp "$image/lib/app/*" installer/check/RuntimeCheck.java
cp "$launcher" "$image/bin/runtime-check"
sed -e "s|^app\.mainclass=.*|app.mainclass=RuntimeCheck\napp.classpath=$tmp/classes|" \
    "$image/lib/app/Counterdesk.cfg" > "$image/lib/app/runtime-check.cfg"
step "first run and runtime modules" "$tmp/home" runtime-check
sed 's/^/  /' "$tmp/out"

step "verify on the new data folder" "$tmp/home" Counterdesk verify
step "backup" "$tmp/home" Counterdesk backup "$tmp/backup.zip"
step "restore into an empty data folder (restore verifies)" "$tmp/restored" Counterdesk restore "$tmp/backup.zip"

rm -rf "$dest"
echo "installer check: $passed steps passed in $((SECONDS - started)) s"
