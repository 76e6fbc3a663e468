#!/usr/bin/env bash
# Run a management command with the site's environment (for cron): run-command.sh send_event_reminders
set -euo pipefail
set -a; . "${CSO_ENV_FILE:-/srv/cso_site/env}"; set +a
cd "$(dirname "$0")/.."
exec .venv/bin/python manage.py "$@"
