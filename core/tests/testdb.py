"""The test database, migrated once and copied.

Migrating an empty database costs ~40 CPU-seconds (Django renders the project state hundreds of
times over Wagtail's and our migrations). The first session to need a database for a given set
of migrations builds a template (a migrated SQLite file, or a PostgreSQL database), and every
session and xdist worker after it starts from a copy: a file copy, or `CREATE DATABASE ...
TEMPLATE`. The template's name carries a digest of everything the migrations read (below), so a
changed migration (ours or an upgraded package's), setting or data file builds a new one;
`--create-db` forces a rebuild. A lock file lets one xdist worker build while the others wait.
"""

import fcntl
import hashlib
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections

# What the migrations read besides themselves: the settings (locales come from LANGUAGES) and
# the place lists core/migrations/0007 loads.
INPUTS = ("cso_site/settings/*.py", "core/places.py", "core/data/albania_*")
PREFIX = "tpl_"


def digest():
    """Every installed app's migrations (Wagtail's too) and the files above."""
    base = Path(settings.BASE_DIR)
    paths = [p for pattern in INPUTS for p in base.glob(pattern)]
    for app in apps.get_app_configs():
        paths += Path(app.path).glob("migrations/*.py")
    sha = hashlib.sha256(sys.version.encode())
    for path in sorted(paths):
        sha.update(str(path).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:12]


@contextmanager
def locked():
    """One process at a time builds or copies the template (xdist workers start together)."""
    with open(Path(settings.BASE_DIR) / ".test-db.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def setup(rebuild=False):
    """Give the default connection a freshly migrated database of its own; return its name."""
    connection = connections["default"]
    test = connection.settings_dict.setdefault("TEST", {})
    own = connection.creation._get_test_db_name()
    sqlite = connection.vendor == "sqlite"
    template = template_name(connection, own, sqlite)
    with locked():
        if rebuild or not exists(connection, template, sqlite):
            build(connection, test, template)
        copy(connection, template, own, sqlite)
    connection.close()
    # What create_test_db does for the database it made (Django's settings and the connection)
    connection.settings_dict["NAME"] = settings.DATABASES[connection.alias]["NAME"] = own
    return own


def template_name(connection, own, sqlite):
    if sqlite:
        path = Path(own)
        return str(path.with_name(f"{path.name.split('_gw')[0]}-{PREFIX}{digest()}"))
    return f"test_{connection.settings_dict['NAME']}_{PREFIX}{digest()}"[:63]


def exists(connection, name, sqlite):
    if sqlite:
        return Path(name).exists()
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def build(connection, test, template):
    """Migrate a new template (Django's own test database creation, under the template's name)."""
    own, test["NAME"] = test.get("NAME"), template
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    finally:
        test["NAME"] = own
    connection.close()
    forget_others(connection, template)


def forget_others(connection, template):
    """Drop the templates of older migrations (one per database name is kept)."""
    stem, _, current = template.rpartition(PREFIX)
    if connection.vendor == "sqlite":
        for path in Path(stem).parent.glob(Path(stem).name + PREFIX + "*"):
            if not path.name.endswith(current):
                path.unlink()
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [stem.replace("_", r"\_") + PREFIX.replace("_", r"\_") + "%", template],
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def copy(connection, template, own, sqlite):
    if sqlite:
        shutil.copyfile(template, own)
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{own}"')
        cursor.execute(f'CREATE DATABASE "{own}" WITH TEMPLATE "{template}"')


def teardown(name):
    """Drop this session's copy (the template stays for the next session)."""
    connection = connections["default"]
    connection.close()
    if connection.vendor == "sqlite":
        Path(name).unlink(missing_ok=True)
        return
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
