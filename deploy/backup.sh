#!/usr/bin/env bash
# Nightly backup: the database (pg_dump custom format) and the media folder, kept BACKUP_DAYS days.
# Needs DATABASE_URL, MEDIA_ROOT and BACKUP_DIR. Copy BACKUP_DIR off the machine as well.
set -euo pipefail
: "${DATABASE_URL:?}" "${MEDIA_ROOT:?}" "${BACKUP_DIR:?}"
days=${BACKUP_DAYS:-14}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BACKUP_DIR"
umask 077  # dumps hold personal data
pg_dump --format=custom --no-owner --dbname="$DATABASE_URL" --file="$BACKUP_DIR/db-$stamp.dump.part"
mv "$BACKUP_DIR/db-$stamp.dump.part" "$BACKUP_DIR/db-$stamp.dump"
tar -C "$MEDIA_ROOT" -czf "$BACKUP_DIR/media-$stamp.tar.gz.part" .
mv "$BACKUP_DIR/media-$stamp.tar.gz.part" "$BACKUP_DIR/media-$stamp.tar.gz"
find "$BACKUP_DIR" -maxdepth 1 \( -name 'db-*.dump' -o -name 'media-*.tar.gz' \) -mtime "+$days" -delete
echo "backup: $BACKUP_DIR/db-$stamp.dump $BACKUP_DIR/media-$stamp.tar.gz"
