#!/usr/bin/env bash
# The manual check of the .deb on a clean Debian (not run by CI: it takes minutes and needs root).
#   installer/deb-check.sh ROOT DEB SHOTS [SEED]
# ROOT is a fresh Debian made with debootstrap (see installer/README.md); DEB the package from
# `installer/build.sh deb`. It installs the package as an IT officer would (dpkg -i, then
# apt-get -f install for what it depends on), shows the menu entry and /etc/counterdesk, starts
# the menu entry's Exec line as a user on an Xvfb display (screenshots in the folder SHOTS; with
# SEED, a data folder already set up, a second start shows the sign-in screen), then removes and
# purges the package and shows that the user's data folder is untouched. Changes ROOT only.
set -euo pipefail
root="$1"
deb="$2"
shots="$3"
seed="${4:-}"
mkdir -p "$shots"
display=:97
user=clerk
[ "$(id -u)" = 0 ] || { echo "deb-check.sh: run as root (chroot, mount)" >&2; exit 1; }
[ -x "$root/usr/bin/apt-get" ] || { echo "deb-check.sh: $root is not a Debian root" >&2; exit 1; }

in_root() {
    chroot "$root" "$@"
}

mounted=()
cleanup() {
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2> /dev/null || true
    for m in "${mounted[@]}"; do umount "$m" || true; done
}
trap cleanup EXIT
for m in proc tmp/.X11-unix; do
    mkdir -p "$root/$m"
    if ! mountpoint -q "$root/$m"; then
        if [ "$m" = proc ]; then mount -t proc proc "$root/proc"; else mount --bind "/$m" "$root/$m"; fi
        mounted+=("$root/$m")
    fi
done

echo "== install: dpkg -i, then apt-get -f install for the dependencies"
cp "$deb" "$root/tmp/counterdesk.deb"
in_root dpkg -i /tmp/counterdesk.deb || true
in_root env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q > "$root/tmp/apt.log"
tail -n 3 "$root/tmp/apt.log"
in_root dpkg -s counterdesk | grep -E '^(Status|Version|Depends):'

echo "== the class-data archive postinst made for /opt (and the launcher maps it: -Xshare:on)"
in_root ls -l /opt/counterdesk/lib/app/counterdesk.jsa
in_root env JAVA_TOOL_OPTIONS=-Xshare:on /opt/counterdesk/bin/Counterdesk --version

echo "== the menu entry"
desktop="$(in_root sh -c 'ls /usr/share/applications/*ounterdesk*.desktop')"
echo "$desktop"
in_root cat "$desktop"
exec_line="$(in_root sed -n 's/^Exec=//p' "$desktop")"

echo "== site settings for every user of this PC"
in_root ls -ld /etc/counterdesk /etc/counterdesk/counterdesk.properties
in_root getent group counterdesk

echo "== a user starts Counterdesk from the menu entry's Exec line: $exec_line"
in_root id "$user" > /dev/null 2>&1 || in_root useradd -m -s /bin/sh "$user"
in_root usermod -aG counterdesk "$user"
data="/home/$user/.local/share/counterdesk"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
sleep 2

# Starts the Exec line as the user, screenshots the display after a while, then stops that
# process (its id is written by the shell that becomes it).
start_and_shoot() {
    in_root runuser -u "$user" -- env HOME="/home/$user" DISPLAY="$display" \
        sh -c "echo \$\$ > /tmp/app.pid; exec $exec_line" > "$root/tmp/app.log" 2>&1 &
    sleep 30
    import -display "$display" -window root "$1"
    echo "screenshot: $1"
    kill "$(cat "$root/tmp/app.pid")"
    sleep 5
}
start_and_shoot "$shots/first-start.png"
if [ -n "$seed" ]; then
    echo "== the same user with a data folder that is already set up (the demo): the sign-in screen"
    rm -rf "$root$data"
    cp -r "$seed" "$root$data"
    in_root chown -R "$user:$user" "$data"
    start_and_shoot "$shots/sign-in.png"
fi
in_root ls -la "$data"
before="$(in_root sh -c "cd $data && find . -type f | sort | xargs sha256sum")"

echo "== the IT officer's password file, then remove and purge"
in_root sh -c 'printf %s secret > /etc/counterdesk/db-password; chown root:counterdesk /etc/counterdesk/db-password; chmod 0640 /etc/counterdesk/db-password'
in_root dpkg -r counterdesk
echo "after remove:"; in_root ls -la /etc/counterdesk
in_root dpkg --purge counterdesk
echo "after purge:"; in_root ls -la /etc/counterdesk
[ ! -e "$root/opt/counterdesk" ] && echo "/opt/counterdesk: gone"
in_root sh -c 'ls /usr/share/applications/*ounterdesk* 2>/dev/null' && exit 1 || echo "menu entry: gone"
after="$(in_root sh -c "cd $data && find . -type f | sort | xargs sha256sum")"
[ "$before" = "$after" ] && echo "$data: untouched ($(echo "$after" | wc -l) files, same checksums)"
