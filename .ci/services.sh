# Services for the tests, sourced by .ci/run: Debian's PostgreSQL (a throwaway server on
# 127.0.0.1:54329, PG_TEST_URL) and Chromium with its driver (browser tests). Idempotent: packages
# are installed only when missing, so a machine that has them starts in about a second.

_marsad_missing=""
[ -x /usr/bin/chromium ] || _marsad_missing="$_marsad_missing chromium"
[ -x /usr/bin/chromedriver ] || _marsad_missing="$_marsad_missing chromium-driver"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || _marsad_missing="$_marsad_missing postgresql"
dpkg -s fonts-noto-core >/dev/null 2>&1 || _marsad_missing="$_marsad_missing fonts-noto-core"  # Arabic glyphs in screenshots
if [ -n "$_marsad_missing" ]; then
  echo "services: installing$_marsad_missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $_marsad_missing >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=$(mktemp -d /tmp/marsad-pg.XXXXXX)
chown postgres "$PGROOT"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -c port=54329 -c unix_socket_directories=$PGROOT -c fsync=off" start >/dev/null
export PG_TEST_URL='jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres'
echo "services: PostgreSQL on 127.0.0.1:54329 ($PGROOT), Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')" >&2

cleanup() {
  if [ -n "${PGROOT:-}" ] && [ -d "$PGROOT/data" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGROOT"
  fi
}
