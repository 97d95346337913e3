#!/usr/bin/env bash
# Builds Counterdesk with its own Java runtime, using jpackage from the JDK (17 or later).
#   installer/build.sh             -> target/installer/Counterdesk/ (an app image, any Linux PC)
#   installer/build.sh deb         -> target/installer/counterdesk_<version>_amd64.deb
# On Windows the same steps with --type msi need the WiX toolset; see installer/README.md.
set -euo pipefail

type="${1:-app-image}"
cd "$(dirname "$0")/.."
version="$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')"
work=target/installer
rm -rf "$work"
mkdir -p "$work/lib" "$work/fx"

mvn -q -B package -DskipTests
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/all"

# JavaFX runs as modules from the platform jars; its classifier-less jars are empty shells.
for jar in "$work"/all/*.jar; do
    name="$(basename "$jar")"
    case "$name" in
        javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) mv "$jar" "$work/fx/" ;;
        javafx-*) rm "$jar" ;;
        *) mv "$jar" "$work/lib/" ;;
    esac
done
cp "target/counterdesk-$version-SNAPSHOT.jar" "$work/lib/counterdesk.jar"

extra=()
if [ "$type" = deb ]; then
    extra=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi

jpackage --type "$type" --name Counterdesk --app-version "$version" \
    --vendor "Counterdesk" --description "Front counter software for council service centres" \
    --input "$work/lib" --main-jar counterdesk.jar --main-class org.counterdesk.Launcher \
    --module-path "$work/fx" \
    --add-modules javafx.controls,javafx.fxml,java.sql,java.naming,java.management,java.desktop,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs \
    --java-options "-Xmx512m" \
    --dest "$work" "${extra[@]}"
echo "Built $type in $work"
