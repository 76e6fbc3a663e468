#!/usr/bin/env bash
# make deploy-check: the production stack on local high ports, then the checks a host relies on.
# PostgreSQL (a scratch database), Redis (db 11), gunicorn with production settings (2 workers)
# and Debian's nginx in front with a self-signed certificate, all in a temporary folder.
# Ports: CHECK_HTTP_PORT (80), CHECK_APP_PORT (18000); HTTPS on 443, as in production: Wagtail's
# Site record (every sitemap, API and email link) says https only on 443, so SITE_URL refuses
# https on another port (core/sites.py).
set -euo pipefail
cd "$(dirname "$0")/.."
http_port=${CHECK_HTTP_PORT:-80}
https_port=443
app_port=${CHECK_APP_PORT:-18000}
smtp_port=${CHECK_SMTP_PORT:-18025}
pg_server=${CHECK_PG_SERVER:-postgres://postgres@127.0.0.1:5432}
db=${CHECK_DB:-cso_deploy_check}
site="https://127.0.0.1"
failures=0

if ! command -v nginx >/dev/null; then
    echo "nginx is missing: installing Debian's nginx"
    apt-get install -y -qq nginx >/dev/null
fi
redis-cli -n 11 ping >/dev/null

tmp=$(mktemp -d /tmp/cso-deploy-check.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql -q "$pg_server/postgres" -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
    redis-cli -n 11 flushdb >/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

ok() { echo "  ok   $1"; }
fail() { echo "  FAIL $1" >&2; failures=$((failures + 1)); }
check() { if eval "$2"; then ok "$1"; else fail "$1"; fi; }

export DJANGO_SETTINGS_MODULE=cso_site.settings.production
export SECRET_KEY="deploy-check-$(openssl rand -hex 32)"
export ALLOWED_HOSTS=127.0.0.1
export DATABASE_URL="$pg_server/$db"
export REDIS_URL=redis://127.0.0.1:6379/11
export SITE_URL="$site"
export TRUSTED_PROXIES=127.0.0.1
export MEDIA_ROOT="$tmp/media"
export TASKS_BACKEND=immediate
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$smtp_port
export REGISTRATION_RATE_LIMIT=2
export ADMINS="Ops <ops@example.org>"
manage() { .venv/bin/python manage.py "$@"; }

echo "Setting up in $tmp"
psql -q "$pg_server/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
redis-cli -n 11 flushdb >/dev/null
mkdir -p "$tmp/media" "$tmp/nginx" "$tmp/backups"
manage migrate --noinput -v 0
manage collectstatic --noinput -v 0
manage compilemessages --ignore=.venv --ignore=node_modules -v 0
manage shell < deploy/check_setup.py > "$tmp/content.txt"
event=$(awk '/^EVENT /{print $2}' "$tmp/content.txt")
listing=$(awk '/^LISTING /{print $2}' "$tmp/content.txt")
image=$(awk '/^IMAGE /{print $2}' "$tmp/content.txt")
mkdir -p "$tmp/media/documents" && echo "private" > "$tmp/media/documents/secret.txt"
mkdir -p "$tmp/media/private/dialogue/positions" && echo "private" > "$tmp/media/private/dialogue/positions/draft.pdf"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1" -keyout "$tmp/tls.key" -out "$tmp/tls.crt" 2>/dev/null
SERVER_NAME=127.0.0.1 UPSTREAM=127.0.0.1:$app_port HTTP_PORT=$http_port HTTPS_PORT=$https_port \
    TLS_CERT=$tmp/tls.crt TLS_KEY=$tmp/tls.key STATIC_ROOT=$PWD/staticfiles MEDIA_ROOT=$tmp/media \
    deploy/render-nginx.sh > "$tmp/nginx/site.conf"
cat > "$tmp/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log $tmp/nginx/access.log;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    include $tmp/nginx/site.conf;
}
CONF
nginx -t -q -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx"

.venv/bin/python -m smtpd -n -c DebuggingServer "127.0.0.1:$smtp_port" > "$tmp/smtp.log" 2>&1 &
pids+=($!)
GUNICORN_BIND=127.0.0.1:$app_port GUNICORN_WORKERS=2 GUNICORN_ACCESS_LOG=$tmp/gunicorn-access.log \
    .venv/bin/gunicorn --config deploy/gunicorn.conf.py --error-logfile "$tmp/gunicorn.log" &
pids+=($!)
nginx -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" -g "daemon off;" &
pids+=($!)

curl_tls() { curl -s --cacert "$tmp/tls.crt" "$@"; }
for _ in $(seq 60); do
    [ "$(curl_tls -o /dev/null -w '%{http_code}' "$site/health/")" = 200 ] && break
    sleep 0.5
done

echo "Checks against $site"
header() { curl_tls -o /dev/null -D - "$@" | tr -d '\r'; }
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/sq/")
check "HTTP redirects to HTTPS ($status)" '[ "$status" = "301 $site/sq/" ]'
health=$(curl_tls "$site/health/")
check "health check: $health" '[ "$health" = "{\"database\": \"ok\", \"cache\": \"ok\"}" ]'
# The first visit of a fresh site creates its default settings rows (a content change: a purge).
curl_tls -o /dev/null "$site/sq/"
home=$(header "$site/sq/")
check "home page over TLS through nginx" 'grep -q "^HTTP/[0-9.]* 200" <<<"$home"'
check "home page has HSTS and a CSP" 'grep -qi "^strict-transport-security:" <<<"$home" && grep -qi "^content-security-policy:" <<<"$home"'
check "second request is a cache HIT" 'header "$site/sq/" | grep -qi "^x-cache: HIT"'
header "$site$listing" > /dev/null
check "the events listing is cached" 'header "$site$listing" | grep -qi "^x-cache: HIT"'
manage shell -c "
from events.models import EventPage
page = EventPage.objects.get(slug='tryeza-check')
page.title = 'Tryeza e rishikuar'
page.save_revision().publish()"
body=$(curl_tls -D "$tmp/after.headers" "$site$listing")
check "publishing purges the listing (MISS, new title)" 'grep -qi "^x-cache: MISS" "$tmp/after.headers" && grep -q "Tryeza e rishikuar" <<<"$body"'

register() {  # client address -> HTTP status of one registration
    local jar="$tmp/jar-$1" token
    curl_tls --interface "$1" -c "$jar" -b "$jar" -o /dev/null "$site/csrf/"
    token=$(awk '$6 == "csrftoken" {print $7}' "$jar")
    curl_tls --interface "$1" -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
        -H "Referer: $site$event" --data-urlencode "csrfmiddlewaretoken=$token" \
        --data-urlencode "name=Vizitor $2" --data-urlencode "email=$2@example.org" \
        --data "organisation_name=QVQ&position=Vezhgues&consent=on&website=" "$site${event}register/"
}
first=$(register 127.0.0.2 a1)-$(register 127.0.0.2 a2)-$(register 127.0.0.2 a3)
other=$(register 127.0.0.3 b1)
check "rate limit per real client: 127.0.0.2 gets $first, 127.0.0.3 gets $other" \
    '[ "${first##*-}" = 429 ] && [ "$other" != 429 ] && [ "${first%%-*}" != 429 ]'

media=$(header "$site$image")
check "media image served by nginx with CSP sandbox" 'grep -q "^HTTP/[0-9.]* 200" <<<"$media" && grep -qi "^content-security-policy: sandbox" <<<"$media"'
check "media image with nosniff" 'grep -qi "^x-content-type-options: nosniff" <<<"$media"'
check "document files are never served from /media/" '[ "$(curl_tls -o /dev/null -w "%{http_code}" "$site/media/documents/secret.txt")" = 404 ]'
check "private files (position papers) are never served from /media/" '[ "$(curl_tls -o /dev/null -w "%{http_code}" "$site/media/private/dialogue/positions/draft.pdf")" = 404 ]'
static=$(curl_tls -o /dev/null -w '%{http_code}' "$site$(grep -o '/static/css/[^"]*' <<<"$(curl_tls "$site/sq/")" | head -n 1)")
check "static files served ($static)" '[ "$static" = 200 ]'
origins=$(curl_tls "$site/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>(https?://[^/]*)/.*#\1#' | sort -u)
check "sitemap scheme and host equal SITE_URL's ($origins)" '[ "$origins" = "$site" ]'

BACKUP_DIR=$tmp/backups deploy/backup.sh > /dev/null
check "nightly backup and restore-check" 'BACKUP_DIR=$tmp/backups RESTORE_SERVER_URL=$pg_server RESTORE_DB=${db}_restore deploy/restore-check.sh'

if [ "$failures" -gt 0 ]; then
    echo "deploy-check: $failures check(s) failed; logs in $tmp were:" >&2
    tail -n 20 "$tmp/gunicorn.log" "$tmp/nginx/error.log" >&2 || true
    exit 1
fi
echo "deploy-check: all checks passed"
