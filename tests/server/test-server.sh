#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the suite's server runs: `start DIR` creates it in DIR (once)
# and starts it listening only on a socket in DIR; `stop DIR` stops it and removes DIR. The
# superuser trame_test connects on that socket without a password; every other role needs its own.
# `crash DIR` stops it as a power cut would (immediate: no checkpoint, recovery at the next start),
# `restart DIR [PORT [durable]]` starts the same cluster again. `durable` keeps PostgreSQL's
# defaults (fsync, synchronous commits): for the test that kills the server during saves.
# Run by CTest's server fixture and that test, never against a real server.
set -euo pipefail
action=$1
dir=$2
port=${3:-54329}
mode=${4:-fast}
bin=$(pg_config --bindir 2>/dev/null || true)
[[ -x $bin/initdb ]] || bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "PostgreSQL's server is not installed (Debian: postgresql-15)" >&2; exit 1; }

# The server refuses to run as root: it then runs as the postgres account.
as_server() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

launch() {
    local speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ $mode == durable ]] && speed=""
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses='' $speed -c max_connections=200" start >/dev/null
}

case $action in
start)
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U trame_test -E UTF8 --locale=C.UTF-8 --no-sync -A trust \
        >"$dir/initdb.log"
    # The suite's superuser is trusted on the socket; the roles Trame creates give passwords.
    printf 'local all trame_test trust\nlocal all all scram-sha-256\n' >"$dir/data/pg_hba.conf"
    launch
    echo "test server up: postgresql:///postgres?host=$dir&port=$port&user=trame_test"
    ;;
restart)
    launch
    ;;
crash)
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
stop)
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|crash|restart DIR [PORT [durable]]" >&2
    exit 2
    ;;
esac
