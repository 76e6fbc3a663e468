import pytest


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings turn it off for the rest of the suite)."""
    settings.PAGE_CACHE_SECONDS = 600
    return settings


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what would happen when the change's transaction commits (the purge among it)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
