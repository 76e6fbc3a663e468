"""The page cache knows every query parameter the listings and the search page read, so their
filtered pages are cached; anything else bypasses it (core.pagecache)."""

import pytest

from django.conf import settings
from django.test import RequestFactory

from campaigns.listing import CampaignListing
from events.listing import EventListing
from organisations.listing import OrganisationListing
from publications.library import Library
from search.facets import dimensions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("listing", [CampaignListing, EventListing, OrganisationListing, Library])
def test_every_listing_filter_is_a_known_parameter(listing, home):
    request = RequestFactory().get("/sq/")
    found = listing(home, request)
    assert set(found.dimensions) <= settings.PAGE_CACHE_PARAMETERS


def test_every_search_filter_is_a_known_parameter():
    keys = {dimension.key for dimension in dimensions()} | {"q", "sort", "page"}
    assert keys <= settings.PAGE_CACHE_PARAMETERS
