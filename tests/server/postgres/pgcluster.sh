#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the server tests' "postgresql" variant.
#   pgcluster.sh setup STATE_DIR    initdb + start on 127.0.0.1:<random free port>;
#                                   writes STATE_DIR/url (postgresql://keyward@127.0.0.1:PORT/postgres)
#   pgcluster.sh cleanup STATE_DIR  stop it and delete its files
# The cluster lives in a mktemp directory under /tmp (the build tree may not be
# reachable by the postgres user); trust authentication, loopback TCP and a Unix
# socket inside that directory only. initdb refuses to run as root, so as root
# (CI) the cluster runs as the unprivileged "postgres" user the Debian package
# creates. Durability is switched off: the data is thrown away anyway.
set -eu

command=${1:?usage: pgcluster.sh setup|cleanup STATE_DIR}
state=${2:?usage: pgcluster.sh setup|cleanup STATE_DIR}

bindir=${KEYWARD_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ ! -x "$bindir/initdb" ]; then
    echo "pgcluster.sh: no PostgreSQL server binaries (install the postgresql package or set KEYWARD_PG_BINDIR)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$state/cluster-dir" ]; then
        dir=$(cat "$state/cluster-dir")
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        case "$dir" in
            /tmp/keyward-pg.*) rm -rf "$dir" ;;
        esac
    fi
    rm -f "$state/cluster-dir" "$state/url"
}

case "$command" in
setup)
    mkdir -p "$state"
    stop_cluster # a cluster left over by an interrupted run
    dir=$(mktemp -d /tmp/keyward-pg.XXXXXX)
    echo "$dir" > "$state/cluster-dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U keyward -A trust -E UTF8 --no-locale \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner sh -c "printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' > '$dir/data/pg_hba.conf'"
    attempt=0
    while :; do
        attempt=$((attempt + 1))
        port=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null; then
            break
        fi
        if [ "$attempt" -ge 10 ]; then
            cat "$dir/server.log" >&2
            exit 1
        fi
    done
    echo "postgresql://keyward@127.0.0.1:$port/postgres" > "$state/url"
    echo "PostgreSQL test cluster in $dir on 127.0.0.1:$port"
    ;;
cleanup)
    stop_cluster
    ;;
*)
    echo "usage: pgcluster.sh setup|cleanup STATE_DIR" >&2
    exit 2
    ;;
esac
