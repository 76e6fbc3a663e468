"""Browser journeys run against a live server seeded with the demo content."""

import json
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


_demo_snapshot = {}


@pytest.fixture
def site(live_server, transactional_db):
    """The bilingual demo site on a live server.

    Transactional tests flush every table (the root page too) when they end, so each test needs
    the demo again. The first one builds it with `load_demo_content` (slow: it publishes and
    translates every page); later ones restore a serialized copy of that database.
    """
    if connection.vendor not in _demo_snapshot:
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
        _demo_snapshot[connection.vendor] = snapshot()
    else:
        restore(_demo_snapshot[connection.vendor])
    return live_server.url


def snapshot():
    """Every row as JSON, content types first: saving other rows may look them up."""
    rows = json.loads(connection.creation.serialize_db_to_string())
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def restore(data):
    """Replace every table's rows with a snapshot and move the id sequences past them."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()
    connection.creation.deserialize_db_from_string(data)
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # bypass_csp: the tests inject axe-core as an inline script, which the site's CSP forbids
    return {
        **browser_context_args,
        "locale": "sq-AL",
        "viewport": {"width": 1280, "height": 900},
        "bypass_csp": True,
    }


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it with npm ci.")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def check_accessibility(page, axe_source):
    """Run axe-core (WCAG 2.0-2.2 A and AA) on the open page; return serious/critical issues."""

    def _check():
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            """async () => await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
        )
        return [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return _check
