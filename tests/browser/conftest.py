"""Browser journeys run against a live server seeded with the demo content."""

from pathlib import Path

import pytest

from django.core.management import call_command

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def site(live_server, transactional_db):
    """The bilingual demo site on a live server. Each test starts from a fresh tree, because
    transactional tests flush every table (the root page too) when they end."""
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "sq-AL", "viewport": {"width": 1280, "height": 900}}


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
