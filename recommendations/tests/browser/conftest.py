"""The cross-app browser fixtures (the demo site on a live server, axe-core), shared."""

from tests.browser.conftest import (  # noqa: F401
    axe_source,
    browser_context_args,
    check_accessibility,
    site,
)
