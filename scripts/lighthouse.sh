#!/usr/bin/env bash
# make lighthouse: Lighthouse (npm, pinned in package.json) over one page of every public page type
# in both languages, mobile and desktop, against the demo served as in production: production
# settings (DEBUG off, whitenoise's collected static files, the Redis page cache), gunicorn on the
# loopback with the HTTPS redirect off (Chromium treats http://localhost as a secure origin).
# The demo lives in a SQLite file under LIGHTHOUSE_DIR (/tmp/cso-lighthouse), kept between runs
# (load_demo_content is idempotent). LIGHTHOUSE_PORT (18200), LIGHTHOUSE_REDIS_DB (12).
# Arguments go to `manage.py lighthouse`: --only WORD, --form-factor mobile|desktop, --check.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${LIGHTHOUSE_DIR:-/tmp/cso-lighthouse}
port=${LIGHTHOUSE_PORT:-18200}
redis_db=${LIGHTHOUSE_REDIS_DB:-12}
mkdir -p "$dir/media"
pid=""
cleanup() {
    [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    redis-cli -n "$redis_db" flushdb >/dev/null || true
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cso_site.settings.production
export SECRET_KEY="lighthouse-$(openssl rand -hex 32)"
export ALLOWED_HOSTS=localhost,127.0.0.1 DATABASE_URL="sqlite:///$dir/db.sqlite3"
export REDIS_URL=redis://127.0.0.1:6379/$redis_db SITE_URL="http://localhost:$port"
export MEDIA_ROOT="$dir/media" SERVE_MEDIA=1 SECURE_SSL_REDIRECT=0 TASKS_BACKEND=immediate
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
redis-cli -n "$redis_db" flushdb >/dev/null
manage() { .venv/bin/python manage.py "$@"; }
manage migrate --noinput -v 0
manage load_demo_content > "$dir/demo.log"
manage sync_site > /dev/null
manage collectstatic --noinput -v 0

GUNICORN_BIND=127.0.0.1:$port GUNICORN_WORKERS=2 GUNICORN_ACCESS_LOG=/dev/null \
    .venv/bin/gunicorn --config deploy/gunicorn.conf.py --error-logfile "$dir/gunicorn.log" &
pid=$!
base="http://localhost:$port"
for _ in $(seq 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/")" = 200 ] && break
    sleep 0.5
done
manage lighthouse --base-url "$base" "$@"
