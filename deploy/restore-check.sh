#!/usr/bin/env bash
# Restore the newest dump in BACKUP_DIR into a scratch database and check it: the tables are
# there, the page tree and its locales are there. Drops the scratch database afterwards.
#   BACKUP_DIR (./backups)  RESTORE_SERVER_URL (postgres://postgres@127.0.0.1:5432)
#   RESTORE_DB (cso_restore_check)  MIN_PAGES (2: the root and a home page)
set -euo pipefail
dir=${BACKUP_DIR:-backups}
server=${RESTORE_SERVER_URL:-postgres://postgres@127.0.0.1:5432}
db=${RESTORE_DB:-cso_restore_check}
dump=$(ls -1t "$dir"/db-*.dump 2>/dev/null | head -n 1 || true)
[ -n "$dump" ] || { echo "restore-check: no dump in $dir" >&2; exit 1; }
psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db"' EXIT
pg_restore --no-owner --exit-on-error --dbname="$server/$db" "$dump"
query() { psql -qtA "$server/$db" -c "$1"; }
tables=$(query "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
pages=$(query "SELECT count(*) FROM wagtailcore_page")
locales=$(query "SELECT string_agg(language_code, ',' ORDER BY language_code) FROM wagtailcore_locale")
migrations=$(query "SELECT count(*) FROM django_migrations")
echo "restore-check: $dump -> $tables tables, $pages pages, locales $locales, $migrations migrations"
[ "$tables" -ge 50 ] || { echo "restore-check: too few tables" >&2; exit 1; }
[ "$pages" -ge "${MIN_PAGES:-2}" ] || { echo "restore-check: too few pages" >&2; exit 1; }
[ "$migrations" -ge 100 ] || { echo "restore-check: migrations missing" >&2; exit 1; }
echo "restore-check: OK"
