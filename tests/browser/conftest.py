"""Browser journeys run against a live server seeded with the demo content."""

from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def site(live_server, demo):
    """The bilingual demo site (built once per session, see the root conftest) on a live server."""
    return live_server.url


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
