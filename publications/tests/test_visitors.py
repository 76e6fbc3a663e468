"""What visitors of the library see around the results: filters that survive a language switch,
a filter matching nothing named rather than slugged, the site's default sharing image, and JSON-LD
text with spaces between paragraphs."""

import pytest

from core.factories import TopicFactory
from core.plaintext import plain_text
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_switching_language_keeps_the_librarys_filters(client, en_library):
    library = en_library.get_translation(
        en_library.locale.__class__.objects.get(language_code="sq")
    )
    TopicFactory(name="Reforma zgjedhore", slug="reforma-zgjedhore")
    body = client.get(library.url, {"topic": "reforma-zgjedhore"}).content.decode()
    assert f'href="{en_library.url}?topic=reforma-zgjedhore" lang="en"' in body


def test_a_filter_that_matches_nothing_shows_the_topics_name(client, library):
    TopicFactory(name="Reforma zgjedhore", slug="reforma-zgjedhore")
    body = client.get(library.url, {"topic": "reforma-zgjedhore"}).content.decode()
    assert "Reforma zgjedhore" in body and "Tema: reforma-zgjedhore" not in body


def test_pages_without_an_image_share_the_site_default_image(client, home):
    page = StandardPageFactory(parent=home, title="Rreth nesh")
    body = client.get(page.url).content.decode()
    assert 'property="og:image" content="http://testserver/static/img/og-default' in body


def test_the_404_page_offers_a_search(client, home):
    response = client.get("/sq/nuk-ekziston/")
    assert response.status_code == 404
    assert 'type="search" name="q"' in response.content.decode()


def test_rich_text_becomes_one_line_with_spaces_between_paragraphs():
    assert plain_text("<p>votimit.</p><p>Mbulimi <b>i</b></p><ul><li>a</li><li>b</li></ul>") == (
        "votimit. Mbulimi i a b"
    )
