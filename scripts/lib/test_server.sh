# shellcheck shell=bash
# A throwaway PostgreSQL server for the test suite's second pass (docs/server.md, "Tests").
# Sourced by scripts/test.sh. yufang_start_test_server creates a cluster in a temporary folder
# (initdb refuses root, so as the unprivileged `postgres` user when run as root), starts it on a
# free port of 127.0.0.1 only, creates the database yufang_test and exports
#   YUFANG_TEST_SERVER=postgresql://postgres@127.0.0.1:PORT/yufang_test   and PGPASSWORD,
# which tests/core/test_support and tests/cli/cli_support honour. yufang_stop_test_server stops
# it and removes the folder; test.sh calls it from its EXIT trap.

yufang_pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/initdb ]] && { echo "$dir"; return 0; }
  done
  return 1
}

# A TCP port nobody listens on (bash's /dev/tcp: a refused connection means free).
yufang_free_port() {
  local port
  for port in $(shuf -i 20000-45000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

yufang_start_test_server() {
  local bindir port user
  bindir=$(yufang_pg_bindir) || { echo "test.sh: PostgreSQL (initdb) is not installed" >&2; return 1; }
  port=$(yufang_free_port) || { echo "test.sh: no free port for PostgreSQL" >&2; return 1; }
  YUFANG_PG_BASE=$(mktemp -d /tmp/yufang-pg.XXXXXX)
  user=$(id -un)
  YUFANG_PG_RUN=()
  if ((EUID == 0)); then
    user=postgres
    YUFANG_PG_RUN=(runuser -u postgres --)
  fi
  chown "$user" "$YUFANG_PG_BASE"
  chmod 700 "$YUFANG_PG_BASE"
  local password
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$YUFANG_PG_BASE/pw"
  chown "$user" "$YUFANG_PG_BASE/pw"
  YUFANG_PG_BINDIR=$bindir
  (cd / && "${YUFANG_PG_RUN[@]}" "$bindir/initdb" -D "$YUFANG_PG_BASE/data" -U postgres \
    --pwfile="$YUFANG_PG_BASE/pw" --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$YUFANG_PG_BASE/initdb.log" 2>&1) ||
    { cat "$YUFANG_PG_BASE/initdb.log" >&2; return 1; }
  # A test server: durability off (fsync, synchronous_commit) makes each test's schema quick;
  # enough connections for the CLI tests' child processes.
  (cd / && "${YUFANG_PG_RUN[@]}" "$bindir/pg_ctl" -D "$YUFANG_PG_BASE/data" \
    -l "$YUFANG_PG_BASE/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $port \
    -k $YUFANG_PG_BASE -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c max_connections=200" start >/dev/null) ||
    { cat "$YUFANG_PG_BASE/server.log" >&2; return 1; }
  export PGPASSWORD=$password
  "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c 'CREATE DATABASE yufang_test' >/dev/null || return 1
  export YUFANG_TEST_SERVER="postgresql://postgres@127.0.0.1:$port/yufang_test"
  echo "test.sh: PostgreSQL test server on 127.0.0.1:$port ($YUFANG_PG_BASE)"
}

yufang_stop_test_server() {
  [[ -n ${YUFANG_PG_BASE:-} && -d $YUFANG_PG_BASE ]] || return 0
  (cd / && "${YUFANG_PG_RUN[@]}" "$YUFANG_PG_BINDIR/pg_ctl" -D "$YUFANG_PG_BASE/data" -m immediate \
    -w stop >/dev/null 2>&1) || true
  rm -rf "$YUFANG_PG_BASE"
  YUFANG_PG_BASE=
}
