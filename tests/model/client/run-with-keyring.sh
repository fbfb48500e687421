#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary on a private D-Bus session bus, with or without an
# unlocked gnome-keyring Secret Service on it.
#   run-with-keyring.sh --keyring <test binary> [args…]
#   run-with-keyring.sh --no-keyring <test binary> [args…]
set -eu
mode="$1"
shift
here="$(cd "$(dirname "$0")" && pwd)"
# Keep the developer's own keyrings out of reach: a throw-away data directory.
data_dir="$(mktemp -d)"
trap 'rm -rf "$data_dir"' EXIT
export XDG_DATA_HOME="$data_dir"
case "$mode" in
--keyring)
    # gnome-keyring creates the login keyring only for a non-empty password;
    # with "" it would ask a (display-less) prompter and every write would fail.
    # It runs in the foreground so that it can be stopped with the bus: a
    # daemonized one outlives dbus-run-session.
    # shellcheck disable=SC2016
    dbus-run-session -- sh -c '
        printf "keyward-test" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
        keyring=$!
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
            tries=$((tries + 1))
            if [ "$tries" -gt 100 ]; then
                echo "gnome-keyring did not come up" >&2
                kill "$keyring"
                exit 1
            fi
            sleep 0.1
        done
        status=0
        "$@" || status=$?
        kill "$keyring"
        wait "$keyring" 2>/dev/null || true
        exit "$status"' sh "$@"
    ;;
--no-keyring)
    dbus-run-session --config-file="$here/session-bus-without-services.conf" -- "$@"
    ;;
*)
    echo "usage: $0 --keyring|--no-keyring <test> [args…]" >&2
    exit 2
    ;;
esac
