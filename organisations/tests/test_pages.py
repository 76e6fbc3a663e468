"""Organisation profiles: where they live, and how the home page features them."""

import pytest

from organisations.models import OrganisationIndexPage, OrganisationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(home):
    page = OrganisationIndexPage(title="Organizatat", slug="organizatat")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_profiles_live_in_the_directory(home, directory):
    assert OrganisationPage.can_create_at(directory)
    assert not OrganisationPage.can_create_at(home)


def test_profile_and_directory_render(client, directory):
    profile = OrganisationPage(
        title="Instituti për Studime Publike dhe Ligjore", slug="ipls", acronym="IPLS"
    )
    directory.add_child(instance=profile)
    profile.save_revision().publish()
    assert "(IPLS)" in client.get(profile.url).content.decode()
    assert "Instituti për Studime Publike dhe Ligjore" in client.get(directory.url).content.decode()


def test_home_features_organisations_with_a_link_to_the_directory(client, home, directory):
    profile = OrganisationPage(title="Qendra Qytetare Kukës", slug="qendra-kukes")
    directory.add_child(instance=profile)
    profile.save_revision().publish()
    body = client.get("/sq/").content.decode()
    section = body.split('id="section-organisations"')[1].split("</section>")[0]
    assert "Qendra Qytetare Kukës" in section
    assert f'href="{directory.url}"' in section
