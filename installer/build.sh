#!/usr/bin/env bash
# Builds Counterdesk with its own Java runtime, using jpackage from the JDK (17 or later).
#   installer/build.sh [--no-maven] [image|deb|msi] [DEST]
#     image (default) -> DEST/Counterdesk/            an app image, any Linux PC (bin/Counterdesk)
#     deb             -> DEST/counterdesk_<version>-1_amd64.deb
#     msi             -> DEST/Counterdesk-<version>.msi (Windows; not tried yet)
#   DEST defaults to target/installer. --no-maven reuses the jar a `mvn package` or `mvn verify`
#   already left in target/ (CI does this) instead of building it again.
# Works without a terminal: the version comes from the built jar's pom.properties, never from
# Maven's console output (Maven 3.8.7 colours it even with -B when there is no terminal).
set -euo pipefail

fail() {
    echo "installer/build.sh: $*" >&2
    exit 1
}

build_maven=yes
if [ "${1:-}" = --no-maven ]; then
    build_maven=no
    shift
fi
case "${1:-image}" in
    image | app-image) type=app-image ;;
    deb) type=deb ;;
    msi) type=msi ;; # Windows, Git Bash, WiX 3 on PATH: written down, never tried (installer/README.md)
    *) fail "unknown package type '$1': use image, deb or msi" ;;
esac
cd "$(dirname "$0")/.."
work="${2:-target/installer}"
[[ "$work" = /* ]] || work="$(pwd)/$work"

# jpackage comes with the JDK; say what to install rather than fail half-way.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
    jpackage="$JAVA_HOME/bin/jpackage"
elif command -v jpackage > /dev/null; then
    jpackage="$(command -v jpackage)"
else
    fail "jpackage not found (looked in \$JAVA_HOME/bin and on PATH). It comes with a JDK 17 or later
(Debian: apt-get install openjdk-17-jdk-headless); set JAVA_HOME to that JDK."
fi
if [ "$type" = deb ]; then
    for tool in dpkg-deb fakeroot; do
        command -v "$tool" > /dev/null || fail "building a .deb needs $tool (apt-get install dpkg-dev fakeroot)"
    done
fi

# Maven's console output is never parsed, so colour codes cannot leak into names; the ones
# Maven 3.8.7 prints anyway are taken out of what it says.
mvn_quiet() {
    mvn -q -B -Dstyle.color=never "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
}
if [ "$build_maven" = yes ]; then
    mvn_quiet package -DskipTests
fi
properties=target/maven-archiver/pom.properties
[ -f "$properties" ] || fail "no $properties: build the jar first (mvn package), or leave out --no-maven"
full_version="$(sed -n 's/^version=//p' "$properties" | tr -d '\r')"
version="${full_version%-SNAPSHOT}"
# jpackage (and dpkg, and MSI) accept only dotted numbers: refuse anything else here, by name.
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "the project version '$full_version' is not N.N.N(-SNAPSHOT)"
jar="target/counterdesk-$full_version.jar"
[ -f "$jar" ] || fail "no $jar: build it first (mvn package), or leave out --no-maven"

rm -rf "$work"
mkdir -p "$work/lib" "$work/fx" "$work/all"
mvn_quiet org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/all"

# JavaFX runs as modules from the platform jars; its classifier-less jars are empty shells.
case "$(uname -s)" in
    Linux) platform=linux icon=installer/counterdesk.png ;;
    Darwin) platform=mac icon=installer/counterdesk.png ;;
    MINGW* | MSYS* | CYGWIN*) platform=win icon=installer/counterdesk.ico ;;
    *) fail "no JavaFX platform jars for $(uname -s)" ;;
esac
for jar_file in "$work"/all/*.jar; do
    name="$(basename "$jar_file")"
    case "$name" in
        javafx-*-"$platform".jar | javafx-*-"$platform"-aarch64.jar) mv "$jar_file" "$work/fx/" ;;
        javafx-*) rm "$jar_file" ;;
        *) mv "$jar_file" "$work/lib/" ;;
    esac
done
rmdir "$work/all"
for module in base graphics controls fxml; do
    compgen -G "$work/fx/javafx-$module-*-$platform*.jar" > /dev/null \
        || fail "no JavaFX platform jar javafx-$module-*-$platform.jar among the dependencies Maven copied.
The openjfx POMs choose it by the OS Maven runs on; build on the OS you package for."
done
cp "$jar" "$work/lib/counterdesk.jar"

# What the program uses. jdeps cannot see the modules found as services (crypto providers for
# TLS, locale data for en-AU dates, extra charsets, zip file systems): installer/check.sh runs
# the image to prove they are all here.
modules=javafx.controls,javafx.fxml,java.sql,java.naming,java.management,java.desktop,jdk.unsupported
modules+=,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs
# The PostgreSQL driver (a site's database) also uses java.security.jgss (Kerberos sign-in, GSS encryption).
modules+=,java.security.jgss

# The runtime is made here rather than by jpackage so that it keeps bin/java and the JDK's own
# class-data archive (lib/server/classes.jsa): jpackage strips bin/java, and Java 17 can build
# the program's archive (class-archive.sh) only with both. The no-compressed-oops archive is
# for heaps over 32 GB, which -Xmx512m rules out; the two other tools are not used.
"$(dirname "$(readlink -f "$jpackage")")/jlink" --module-path "$work/fx" --add-modules "$modules" --generate-cds-archive \
    --strip-debug --no-man-pages --no-header-files --output "$work/runtime" > /dev/null
rm -f "$work/runtime/lib/server/classes_nocoops.jsa" "$work/runtime/bin/jrunscript" "$work/runtime/bin/keytool"
cp installer/class-archive.sh installer/counterdesk.classlist "$work/lib/"

extra=()
if [ "$type" = deb ]; then
    # jpackage adds the libraries its own runtime links to; JavaFX unpacks its native code at
    # run time, so what that needs is named here: GTK 3 (which brings X11, fonts and fontconfig).
    extra=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office
        --resource-dir installer/deb)
elif [ "$type" = msi ]; then
    extra=(--win-menu --win-menu-group Counterdesk --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 6d0f8a52-3c1e-4b7a-9f2d-5e8c1a7b4d30)
fi

"$jpackage" --type "$type" --name Counterdesk --app-version "$version" \
    --vendor "Counterdesk" --description "Front counter software for council service centres" \
    --icon "$icon" \
    --input "$work/lib" --main-jar counterdesk.jar --main-class org.counterdesk.Launcher \
    --runtime-image "$work/runtime" \
    --java-options "-Xmx512m" --java-options '-XX:SharedArchiveFile=$APPDIR/counterdesk.jsa' \
    --dest "$work" "${extra[@]}"
rm -rf "$work/lib" "$work/fx" "$work/runtime"
if [ "$type" = app-image ]; then
    "$work/Counterdesk/lib/app/class-archive.sh"
fi
echo "Built $type $version in $work"
