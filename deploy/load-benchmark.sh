#!/usr/bin/env bash
# make load-benchmark: requests per second with wrk against gunicorn under production settings
# (PostgreSQL scratch database, Redis db 11, 2 workers), in one run:
#   trivial  a Django view that touches neither database nor cache (/robots.txt, its page-cache
#            bypassed by an unknown parameter), through the whole middleware stack
#   cached   pages served from the page cache (X-Cache: HIT)
#   uncached the same pages rendered every time (an unknown parameter bypasses the cache)
# BENCH_SECONDS (10), BENCH_CONNECTIONS (8), BENCH_PORT (18100). Workers are never recycled
# during the run (a worker's restart would be measured instead of the site).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
port=${BENCH_PORT:-18100}
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-8}
pg_server=${CHECK_PG_SERVER:-postgres://postgres@127.0.0.1:5432}
db=cso_load_benchmark
tmp=$(mktemp -d /tmp/cso-load.XXXXXX)
pid=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    psql -q "$pg_server/postgres" -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
    redis-cli -n 11 flushdb >/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cso_site.settings.production
export SECRET_KEY="load-benchmark-$(openssl rand -hex 32)"
export ALLOWED_HOSTS=127.0.0.1 DATABASE_URL="$pg_server/$db" REDIS_URL=redis://127.0.0.1:6379/11
# The public address as behind nginx on 443 (SITE_URL refuses https on another port).
export SITE_URL="https://127.0.0.1" TRUSTED_PROXIES=127.0.0.1 MEDIA_ROOT="$tmp/media"
export TASKS_BACKEND=immediate
psql -q "$pg_server/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
redis-cli -n 11 flushdb >/dev/null
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py collectstatic --noinput -v 0
.venv/bin/python manage.py shell < deploy/check_setup.py > "$tmp/content.txt"
event=$(awk '/^EVENT /{print $2}' "$tmp/content.txt")
listing=$(awk '/^LISTING /{print $2}' "$tmp/content.txt")

GUNICORN_BIND=127.0.0.1:$port GUNICORN_WORKERS=2 GUNICORN_ACCESS_LOG=/dev/null GUNICORN_MAX_REQUESTS=0 \
    .venv/bin/gunicorn --config deploy/gunicorn.conf.py --error-logfile "$tmp/gunicorn.log" &
pid=$!
base="http://127.0.0.1:$port"
proto=(-H "X-Forwarded-Proto: https")
for _ in $(seq 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${proto[@]}" "$base/health/")" = 200 ] && break
    sleep 0.5
done
for path in /sq/ "$listing" "$event"; do  # warm: settings rows, then the page cache
    curl -s -o /dev/null "${proto[@]}" "$base$path"; curl -s -o /dev/null "${proto[@]}" "$base$path"
    curl -s -o /dev/null "${proto[@]}" "$base$path?nocache=1"
done

rate() {
    wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s "${proto[@]}" "$base$1" \
        | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx:" $4 > "/dev/stderr"}'
}
printf "%-34s %10s\n" "what (wrk -t2 -c$connections, ${seconds}s)" "req/s"
trivial=$(rate "/robots.txt?nocache=1")
printf "%-34s %10s\n" "trivial Django view" "$trivial"
for path in /sq/ "$listing" "$event"; do
    cache=$(curl -s -o /dev/null -D - "${proto[@]}" "$base$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-cache"{print $2}')
    printf "%-34s %10s   (X-Cache: %s)\n" "cached $path" "$(rate "$path")" "$cache"
done
for path in /sq/ "$listing" "$event"; do
    printf "%-34s %10s\n" "uncached $path" "$(rate "$path?nocache=1")"
done
