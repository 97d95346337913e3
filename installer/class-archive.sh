#!/bin/sh
# Makes the class-data archive of an installed Counterdesk: the classes its start needs (listed in
# counterdesk.classlist, beside this script), parsed and verified once, which the launcher then
# maps instead of loading them one by one from the jars (about a third off a warm start).
# The .deb's postinst runs it after every install or upgrade; build.sh runs it for an app image.
# Java 17 accepts an archive only for the class path it was made with, so it is made where the
# program is installed, never shipped: after moving an app image, run it again. Without an
# archive, or with one that no longer fits, the JVM starts as before, a little slower.
# The archive holds classes from the jars of this folder only; nothing in it is read from a
# user's files.
set -eu
app="$(cd "$(dirname "$0")" && pwd -P)"
java="$app/../runtime/bin/java"
cfg="$app/Counterdesk.cfg"
archive="$app/counterdesk.jsa"
[ -x "$java" ] || { echo "class-archive.sh: no $java" >&2; exit 1; }
[ -f "$cfg" ] || { echo "class-archive.sh: no $cfg" >&2; exit 1; }
# The class path exactly as the launcher gives it: the cfg's entries, in order, with $APPDIR
# standing for this folder.
classpath="$(sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$cfg" | paste -sd: -)"
log="$(mktemp)"
trap 'rm -f "$log" "$archive.new"' EXIT
rm -f "$archive"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$app/counterdesk.classlist" \
        -XX:SharedArchiveFile="$archive.new" -cp "$classpath" > "$log" 2>&1; then
    cat "$log" >&2
    echo "class-archive.sh: the archive could not be made; Counterdesk starts without it" >&2
    exit 1
fi
chmod 0644 "$archive.new"
mv "$archive.new" "$archive"
echo "class-archive.sh: wrote $archive ($(du -h "$archive" | cut -f1))"
