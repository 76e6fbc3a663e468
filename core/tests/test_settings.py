"""Production settings fail loudly without their environment and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cso_site.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "zgjedhje.example.org",
    "DATABASE_URL": f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
    "SITE_URL": "https://zgjedhje.example.org",
}


def manage(*args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # Playwright needs it; production must not
    env.update(PRODUCTION_ENV)
    env.update(env_overrides)
    env = {k: v for k, v in env.items() if v is not None}
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def test_deploy_checks_pass_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "SITE_URL"]
)
def test_production_refuses_to_start_without_its_environment(missing):
    result = manage("check", **{missing: None})
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)")
    assert result.stdout.strip().endswith("False"), result.stderr
