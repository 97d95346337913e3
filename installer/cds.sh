#!/bin/sh
# Builds a class-data archive (AppCDS) for target/counterdesk.jar: the classes of a start up to
# the first screen, already parsed and verified, which the JVM maps instead of loading them one
# by one from the jar. Measured with LaunchBench, it takes about a third off a warm start.
#   mvn -q package -DskipTests && xvfb-run -a installer/cds.sh      (xvfb-run only without a display)
#   java -XX:SharedArchiveFile=target/counterdesk.jsa -jar target/counterdesk.jar
# The archive fits only the jar and the Java runtime it was made with: build it again after
# either changes (the JVM then ignores it with a warning and starts as before).
set -eu
jar="${1:-target/counterdesk.jar}"
archive="${2:-${jar%.jar}.jsa}"
[ -f "$jar" ] || { echo "cds.sh: $jar not found: build it first (mvn -q package -DskipTests)" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
rm -f "$archive"
# A start on an empty data folder, which exits once its first screen is drawn.
COUNTERDESK_HOME="$home" java -XX:ArchiveClassesAtExit="$archive" -Dcounterdesk.measureStartup=true -jar "$jar" \
    > "$home/start.log" 2>&1 || { cat "$home/start.log" >&2; exit 1; }
echo "cds.sh: wrote $archive ($(du -h "$archive" | cut -f1))"
