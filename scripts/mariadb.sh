#!/usr/bin/env bash
# Private MariaDB server for spbed's differential tests.
# Usage: scripts/mariadb.sh start|stop|status|env
# It never touches a system server: the data directory, socket and port are its own.
set -euo pipefail

DIR="${SPBED_MARIADB_DIR:-${TMPDIR:-/tmp}/spbed-mariadb}"
PORT="${SPBED_MARIADB_PORT:-3399}"
SOCK="$DIR/mysqld.sock"
PIDFILE="$DIR/mysqld.pid"
# MySQL 8's default collation is utf8mb4_0900_ai_ci (accent- and case-insensitive, NO PAD); MariaDB's closest is
# this one. Recordings depend on it, so a server left running with other settings is restarted.
COLLATION="utf8mb4_uca1400_nopad_ai_ci"

ensure_installed() {
  if command -v mariadbd >/dev/null 2>&1 && command -v mariadb-install-db >/dev/null 2>&1; then return; fi
  if [ "${CI:-}" = "true" ] || [ "${SPBED_INSTALL_MARIADB:-}" = "1" ]; then
    echo "mariadb.sh: installing mariadb-server from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq mariadb-server mariadb-client >/dev/null
  else
    echo "mariadb.sh: mariadb-server is not installed; run 'apt-get install -y mariadb-server' or set SPBED_INSTALL_MARIADB=1" >&2
    exit 1
  fi
}

is_running() {
  [ -S "$SOCK" ] && mariadb --no-defaults --socket="$SOCK" -uroot -e 'SELECT 1' >/dev/null 2>&1
}

start() {
  ensure_installed
  if is_running; then
    current="$(mariadb --no-defaults --socket="$SOCK" -uroot -N -e 'SELECT @@collation_server' 2>/dev/null || true)"
    if [ "$current" = "$COLLATION" ]; then echo "mariadb.sh: already running on $SOCK"; return; fi
    echo "mariadb.sh: running with collation $current; restarting with $COLLATION" >&2
    stop >/dev/null
  fi
  mkdir -p "$DIR"
  if [ ! -d "$DIR/data/mysql" ]; then
    mariadb-install-db --no-defaults --user=root --datadir="$DIR/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$DIR/install.log" 2>&1 || { cat "$DIR/install.log" >&2; exit 1; }
  fi
  mariadbd --no-defaults --user=root --datadir="$DIR/data" --socket="$SOCK" --port="$PORT" \
    --bind-address=127.0.0.1 --skip-log-bin --pid-file="$PIDFILE" \
    --character-set-server=utf8mb4 --collation-server="$COLLATION" \
    --sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION \
    --max-sp-recursion-depth=0 \
    --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --innodb-flush-method=nosync --innodb-doublewrite=0 \
    --sync-binlog=0 --innodb-buffer-pool-size=64M >"$DIR/server.log" 2>&1 &
  for _ in $(seq 1 100); do
    if is_running; then echo "mariadb.sh: ready on $SOCK (port $PORT)"; return; fi
    sleep 0.1
  done
  echo "mariadb.sh: server did not start" >&2
  tail -20 "$DIR/server.log" >&2
  exit 1
}

stop() {
  if [ -f "$PIDFILE" ]; then
    kill "$(cat "$PIDFILE")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$PIDFILE" ] || break; sleep 0.1; done
  fi
  echo "mariadb.sh: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if is_running; then echo "running on $SOCK"; else echo "not running"; exit 1; fi ;;
  env) echo "SPBED_MARIADB_SOCKET=$SOCK" ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
