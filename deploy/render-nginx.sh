#!/usr/bin/env bash
# Fill deploy/nginx/cso_site.conf.in. Every value comes from the environment:
#   SERVER_NAME UPSTREAM HTTP_PORT HTTPS_PORT TLS_CERT TLS_KEY STATIC_ROOT MEDIA_ROOT
# e.g. SERVER_NAME=zgjedhje.example.org UPSTREAM=unix:/run/cso_site/gunicorn.sock HTTP_PORT=80 \
#   HTTPS_PORT=443 TLS_CERT=/etc/letsencrypt/live/zgjedhje.example.org/fullchain.pem \
#   TLS_KEY=/etc/letsencrypt/live/zgjedhje.example.org/privkey.pem \
#   STATIC_ROOT=/srv/cso_site/app/staticfiles MEDIA_ROOT=/srv/cso_site/media \
#   deploy/render-nginx.sh > /etc/nginx/sites-available/cso_site
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
suffix=""
[ "${HTTPS_PORT}" = 443 ] || suffix=":${HTTPS_PORT}"
sed -e "s|@SERVER_NAME@|${SERVER_NAME}|g" -e "s|@UPSTREAM@|${UPSTREAM}|g" \
    -e "s|@HTTP_PORT@|${HTTP_PORT}|g" -e "s|@HTTPS_PORT@|${HTTPS_PORT}|g" \
    -e "s|@HTTPS_PORT_SUFFIX@|${suffix}|g" -e "s|@TLS_CERT@|${TLS_CERT}|g" \
    -e "s|@TLS_KEY@|${TLS_KEY}|g" -e "s|@STATIC_ROOT@|${STATIC_ROOT}|g" \
    -e "s|@MEDIA_ROOT@|${MEDIA_ROOT}|g" "$here/nginx/cso_site.conf.in"
