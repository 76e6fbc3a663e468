import pytest

from events.factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def listing(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def event(listing):
    return EventPageFactory(parent=listing, title="Tryeza me KQZ-në", slug="tryeza-kqz")
