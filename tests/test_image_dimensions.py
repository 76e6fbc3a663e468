"""Every image on a public page states its width and height, so nothing shifts as it loads
(Cumulative Layout Shift): Wagtail's `{% image %}` and `{% picture %}` write them for a
rendition; an `<img>` written by hand in a template must write them too."""

import io
import re
from pathlib import Path

import pytest
from PIL import Image as PILImage

from django.conf import settings
from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

IMG = re.compile(r"<img\b[^>]*>", re.S)


def undimensioned(html):
    return [tag for tag in IMG.findall(html) if " width=" not in tag or " height=" not in tag]


def image(title):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 600), "#0b5d5b").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


@pytest.mark.django_db
def test_rendered_images_have_width_and_height(client, home):
    picture = image("foto")
    home.hero_image = picture
    home.save_revision().publish()
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, hero_image=picture)
    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=library, cover_image=picture)
    directory = OrganisationIndexPageFactory(parent=home)
    organisation = OrganisationPageFactory(parent=directory, logo=picture)
    pages = [home, campaigns, campaign, library, publication, directory, organisation]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert "<img" in html, page.url
        assert undimensioned(html) == [], page.url


def test_hand_written_images_in_public_templates_have_width_and_height():
    root = Path(settings.BASE_DIR)
    found = []
    for path in root.glob("*/templates/**/*.html"):
        if {"admin", "emails", ".venv", "node_modules"} & set(path.parts):
            continue
        found += [f"{path}: {tag}" for tag in undimensioned(path.read_text(encoding="utf-8"))]
    assert found == []
