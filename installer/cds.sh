#!/bin/sh
# Class-data archives (AppCDS): the classes of a start up to the first screen, already parsed and
# verified, which the JVM maps instead of loading them one by one (LaunchBench: about a third off
# a warm start). Two uses, both starting the app once on an empty data folder until its first
# screen is drawn (a display is needed: xvfb-run -a installer/cds.sh ... without one):
#   installer/cds.sh [JAR [ARCHIVE]]   an archive for `java -jar` (target/counterdesk.jsa):
#       java -XX:SharedArchiveFile=target/counterdesk.jsa -jar target/counterdesk.jar
#   installer/cds.sh --classlist [JAR]  writes installer/counterdesk.classlist, the list the
#       installed app's archive is made from (class-archive.sh); run it when the start changes
#       (ClassListTest names the listed classes that no longer exist).
# An archive fits only the jars and the Java runtime it was made with: build it again after
# either changes (the JVM then ignores it and starts as before).
set -eu
mode=archive
if [ "${1:-}" = --classlist ]; then
    mode=classlist
    shift
fi
jar="${1:-target/counterdesk.jar}"
archive="${2:-${jar%.jar}.jsa}"
[ -f "$jar" ] || { echo "cds.sh: $jar not found: build it first (mvn -q package -DskipTests)" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
if [ "$mode" = classlist ]; then
    out="$(dirname "$0")/counterdesk.classlist"
    option="-XX:DumpLoadedClassList=$home/classlist"
else
    out="$archive"
    option="-XX:ArchiveClassesAtExit=$archive"
    rm -f "$archive"
fi
COUNTERDESK_HOME="$home" java "$option" -Dcounterdesk.measureStartup=true -jar "$jar" \
    > "$home/start.log" 2>&1 || { cat "$home/start.log" >&2; exit 1; }
[ "$mode" = classlist ] && cp "$home/classlist" "$out"
echo "cds.sh: wrote $out ($(du -h "$out" | cut -f1))"
