#!/usr/bin/env bash
# The package in a clean Debian 12 (issue 17): a debootstrap minbase root plus only the package's
# declared dependencies (made once per machine and cached under /var/cache, keyed by that list),
# then per run an overlay on it where `apt-get install ./phoenix_*.deb` runs, and what a user
# does first: `phoenixctl --version`, `phoenixctl --os-cloud … desktops list` against the test
# bed, `phoenix --demo` on the X server with a screenshot; plus the files of the desktop
# integration. The cached root itself never changes: each run starts from minbase + Depends.
# Usage: cleanroot.sh PACKAGE.deb OUTDIR      (root; DISPLAY for the demo; PHOENIX_TEST_CLOUDS)
set -euo pipefail
DEB=$(readlink -f "$1"); OUT=$(mkdir -p "$2" && cd "$2" && pwd)
SUITE=bookworm
MIRROR=${PHOENIX_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${PHOENIX_PACKAGE_CACHE:-/var/cache/phoenix-package-test}
CLOUDS=${PHOENIX_TEST_CLOUDS:-/var/lib/phoenix-lab/clouds.yaml}
CLOUD=${PHOENIX_PACKAGE_CLOUD:-lab-school}
t0=$(date +%s%N)
phase() { local ms=$((($(date +%s%N) - t0) / 1000000)); printf 'cleanroot: %-48s at %4d.%d s\n' "$1" $((ms / 1000)) $((ms % 1000 / 100)); }
fail() { echo "cleanroot: FAIL: $*" >&2; exit 1; }
if [ "$(id -u)" != 0 ]; then
  [ "${CI:-}" = true ] && fail "needs root (debootstrap, chroot, mount)"
  echo "cleanroot: SKIP: needs root (debootstrap, chroot, mount)"; exit 77
fi
for tool in debootstrap dpkg-deb chroot mount identify; do command -v $tool >/dev/null || fail "$tool is missing (tests/setup/install-deps.sh test)"; done

# ---- the cached root: minbase + the package's Depends, keyed by both -------------------------
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
KEY=$(printf '%s\n' "$SUITE minbase $MIRROR" "$DEPENDS" | sha256sum | cut -c1-16)
BASE=$CACHE/root-$KEY
mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9   # one run at a time on this machine (the cache and its mounts)
if [ ! -e "$BASE/.phoenix-ready" ]; then
  echo "cleanroot: making $BASE (once per machine and dependency list)"
  rm -rf "$BASE.tmp"
  debootstrap --variant=minbase "$SUITE" "$BASE.tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log"; fail "debootstrap"; }
  phase "debootstrap minbase"
  mount -t proc proc "$BASE.tmp/proc"
  trap 'umount "$BASE.tmp/proc" 2>/dev/null || true' EXIT
  printf '#!/bin/sh\nexit 101\n' >"$BASE.tmp/usr/sbin/policy-rc.d"; chmod 755 "$BASE.tmp/usr/sbin/policy-rc.d"
  chroot "$BASE.tmp" env DEBIAN_FRONTEND=noninteractive apt-get -q update >>"$CACHE/debootstrap.log" 2>&1
  chroot "$BASE.tmp" env DEBIAN_FRONTEND=noninteractive apt-get -y -q --no-install-recommends satisfy "$DEPENDS" \
    >>"$CACHE/debootstrap.log" 2>&1 || { tail -20 "$CACHE/debootstrap.log"; fail "installing the declared dependencies"; }
  chroot "$BASE.tmp" apt-get clean
  umount "$BASE.tmp/proc"; trap - EXIT
  touch "$BASE.tmp/.phoenix-ready"
  # older roots (another dependency list) are not needed any more
  find "$CACHE" -maxdepth 1 -name 'root-*' ! -name "root-$KEY*" -exec rm -rf {} +
  mv "$BASE.tmp" "$BASE"
  phase "minbase + declared dependencies ($(du -sm "$BASE" | cut -f1) MB)"
else
  echo "cleanroot: cached root $BASE ($DEPENDS)"
fi

# ---- this run: an overlay on the cached root -------------------------------------------------
RUN=$(mktemp -d /var/tmp/phoenix-cleanroot.XXXXXX)
mkdir -p "$RUN/upper" "$RUN/work" "$RUN/root"
R=$RUN/root
cleanup() {
  for m in "$R/tmp/.X11-unix" "$R/dev" "$R/proc" "$R"; do mountpoint -q "$m" && umount -l "$m"; done
  rm -rf "$RUN"
}
trap cleanup EXIT
mount -t overlay overlay -o "lowerdir=$BASE,upperdir=$RUN/upper,workdir=$RUN/work" "$R"
mount -t proc proc "$R/proc"
mount --bind /dev "$R/dev"
cp "$DEB" "$R/tmp/"
in_root() { chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

in_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q --no-install-recommends install "/tmp/$(basename "$DEB")" \
  >"$OUT/cleanroot-apt.log" 2>&1 || { tail -20 "$OUT/cleanroot-apt.log"; fail "apt-get install ./$(basename "$DEB")"; }
grep -E '^Get:[0-9]+ https?://' "$OUT/cleanroot-apt.log" && fail "apt wanted to download: the cached root lacks a declared dependency"
phase "apt-get install ./$(basename "$DEB")"

# ---- what the package put there --------------------------------------------------------------
for f in /usr/bin/phoenix /usr/bin/phoenixctl \
         /usr/share/applications/org.phoenix.Phoenix.desktop /etc/xdg/autostart/org.phoenix.PhoenixTray.desktop \
         /usr/share/metainfo/org.phoenix.Phoenix.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.phoenix.Phoenix.svg /usr/share/icons/hicolor/48x48/apps/org.phoenix.Phoenix.png \
         /usr/share/icons/hicolor/256x256/apps/org.phoenix.Phoenix.png \
         /usr/share/man/man1/phoenix.1.gz /usr/share/man/man1/phoenixctl.1.gz \
         /usr/share/bash-completion/completions/phoenixctl \
         /usr/lib/systemd/user/phoenix-scheduler.service /usr/lib/systemd/user/phoenix-scheduler.timer \
         /usr/share/doc/phoenix/copyright /usr/share/doc/phoenix/changelog.Debian.gz; do
  [ -s "$R$f" ] || fail "$f is not installed"
done
grep -qx 'Hidden=true' "$R/etc/xdg/autostart/org.phoenix.PhoenixTray.desktop" || fail "the tray's autostart entry is not installed disabled"
grep -qx 'MimeType=x-scheme-handler/phoenix;' "$R/usr/share/applications/org.phoenix.Phoenix.desktop" || fail "no phoenix:// handler"
gzip -t "$R/usr/share/man/man1/phoenix.1.gz" "$R/usr/share/man/man1/phoenixctl.1.gz"
words=$(in_root bash -c 'source /usr/share/bash-completion/completions/phoenixctl
  COMP_WORDS=(phoenixctl desktops s); COMP_CWORD=2; _phoenixctl; echo "${COMPREPLY[*]}"')
[[ " $words " == *" start "* && " $words " == *" suspend "* ]] || fail "bash completion of \"phoenixctl desktops s\" gave: $words"
phase "installed files, completion"

# ---- phoenixctl ------------------------------------------------------------------------------
v=$(in_root phoenixctl --version) || fail "phoenixctl --version"
echo "cleanroot: $v"
[[ $v == "phoenixctl $(dpkg-deb -f "$DEB" Version | cut -d- -f1)" ]] || fail "phoenixctl --version said: $v"
in_root phoenix --version | grep -q '^phoenix ' || fail "phoenix --version"
if [ -r "$CLOUDS" ]; then
  cp "$CLOUDS" "$R/tmp/clouds.yaml"
  in_root env OS_CLIENT_CONFIG_FILE=/tmp/clouds.yaml phoenixctl --os-cloud "$CLOUD" desktops list >"$OUT/cleanroot-desktops.txt" 2>&1 \
    || { cat "$OUT/cleanroot-desktops.txt"; fail "phoenixctl --os-cloud $CLOUD desktops list"; }
  rm -f "$R/tmp/clouds.yaml"
  echo "cleanroot: phoenixctl --os-cloud $CLOUD desktops list (rc 0): $(head -1 "$OUT/cleanroot-desktops.txt")"
  phase "phoenixctl against the test bed"
elif [ "${CI:-}" = true ]; then
  fail "no test bed ($CLOUDS)"
else
  echo "cleanroot: SKIP desktops list: no test bed ($CLOUDS)"
fi

# ---- phoenix --demo on the X server ----------------------------------------------------------
if [ -n "${DISPLAY:-}" ]; then
  # The X server's socket and cookie, handed into the root.
  mkdir -p "$R/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
  auth=
  if [ -n "${XAUTHORITY:-}" ] && [ -r "$XAUTHORITY" ]; then cp "$XAUTHORITY" "$R/tmp/xauth"; auth=XAUTHORITY=/tmp/xauth; fi
  in_root install -d -m 700 /tmp/runtime
  in_root env DISPLAY="$DISPLAY" $auth XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=xcb \
    phoenix --demo --demo-speed 5 --screenshot /tmp/demo.png --screenshot-after 9000 --quit-after 11000 \
    >"$OUT/cleanroot-demo.log" 2>&1 || { cat "$OUT/cleanroot-demo.log"; fail "phoenix --demo"; }
  [ -s "$R/tmp/demo.png" ] || { cat "$OUT/cleanroot-demo.log"; fail "phoenix --demo made no screenshot"; }
  cp "$R/tmp/demo.png" "$OUT/cleanroot-demo.png"
  colours=$(identify -format %k "$OUT/cleanroot-demo.png")
  echo "cleanroot: screenshot $OUT/cleanroot-demo.png ($(identify -format %wx%h "$OUT/cleanroot-demo.png"), $colours colours)"
  [ "$colours" -gt 64 ] || fail "the screenshot is (nearly) blank: $colours colours"
  phase "phoenix --demo under Xvfb, screenshot"
elif [ "${CI:-}" = true ]; then
  fail "no DISPLAY for phoenix --demo"
else
  echo "cleanroot: SKIP phoenix --demo: no DISPLAY"
fi
phase "done"
