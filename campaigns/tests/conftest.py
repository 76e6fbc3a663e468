import pytest

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory


@pytest.fixture
def listing(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def en_listing(listing, en_home, en, translate_page):
    return translate_page(listing, en, {"Fushatat": "Campaigns"})


@pytest.fixture
def campaign(listing):
    return CampaignPageFactory(parent=listing, title="Vota ime nuk shitet", slug="vota-ime")
