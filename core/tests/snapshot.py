"""A copy of every table of the test database, and back: transactional tests (the demo's and the
browser tests') flush every table when they end, so what they share is restored from a copy.

The copy is a set of plain tables beside the real ones (`CREATE TABLE ... AS SELECT`), which
`flush` leaves alone since no model names them; restoring is one `INSERT ... SELECT` a table,
inside the database. (Serialising the rows to JSON and saving them back one model instance at
a time cost the browser tests seconds of CPU each.)"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction

PREFIX = "zz_snapshot_"


def tables():
    """Model tables but SQLite's virtual ones: the full-text table of the search index is filled
    by triggers on the index entries (modelsearch), so restoring it too would add every row twice,
    under new rowids that later entries' triggers then collide with ("constraint failed")."""
    names = set(connection.introspection.django_table_names(only_existing=True))
    return sorted(names - virtual_tables())


def virtual_tables():
    if connection.vendor != "sqlite":
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master"
            " WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
        return {row[0] for row in cursor.fetchall()}


def snapshot():
    """Copy every model table's rows; return the names of the tables copied."""
    names = tables()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for name in names:
            cursor.execute(f"DROP TABLE IF EXISTS {quote(PREFIX + name)}")
            cursor.execute(f"CREATE TABLE {quote(PREFIX + name)} AS SELECT * FROM {quote(name)}")  # noqa: S608 - model tables
    return names


def restore(names):
    """Replace every table's rows with the copy and move the id sequences past them."""
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:  # foreign keys checked at commit
        for name in names:
            cursor.execute(f"INSERT INTO {quote(name)} SELECT * FROM {quote(PREFIX + name)}")  # noqa: S608
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)
