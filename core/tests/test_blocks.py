"""Body blocks: tables are translatable, calls to action need exactly one destination."""

import pytest

from django.core.exceptions import ValidationError

from core.blocks import CallToActionBlock
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

TABLE = {
    "data": [["Organizata", "Roli"], ["IPLS", "Partner zbatues"]],
    "table_caption": "Partnerët",
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_header_choice": "row",
}


def test_table_cells_and_caption_are_translated(client, home, en_home, en, translate_page):
    page = StandardPageFactory(parent=home, slug="partneret", body=[("table", TABLE)])
    translate_page(
        page,
        en,
        {
            "Organizata": "Organisation",
            "Roli": "Role",
            "Partner zbatues": "Implementing partner",
            "Partnerët": "Partners",
            page.title: "Partners page",
        },
    )
    body = client.get("/en/partneret/").content.decode()
    assert "<caption>Partners</caption>" in body
    assert '<th scope="col">Organisation</th>' in body
    assert "<td>Implementing partner</td>" in body
    assert "<td>IPLS</td>" in body  # untranslated names stay as they are
    albanian = client.get("/sq/partneret/").content.decode()
    assert "<td>Partner zbatues</td>" in albanian


def test_call_to_action_needs_a_page_or_a_link(home):
    block = CallToActionBlock()
    value = block.to_python({"heading": "H", "button_label": "B", "page": None, "external_url": ""})
    with pytest.raises(ValidationError):
        block.clean(value)
    both = block.to_python(
        {
            "heading": "H",
            "button_label": "B",
            "page": home.pk,
            "external_url": "https://example.org",
        }
    )
    with pytest.raises(ValidationError):
        block.clean(both)
    link = block.to_python(
        {"heading": "H", "button_label": "B", "page": None, "external_url": "https://example.org"}
    )
    assert block.clean(link).url() == "https://example.org"


def test_call_to_action_can_lead_straight_to_a_pages_form(home):
    from organisations.factories import OrganisationIndexPageFactory

    directory = OrganisationIndexPageFactory(parent=home)
    block = CallToActionBlock()

    def value(page, route):
        data = {"heading": "H", "button_label": "B", "page": page.pk, "external_url": ""}
        return block.to_python({**data, "route": route})

    assert ("register", "Regjistrimi i organizatave") in block.child_blocks["route"].field.choices
    assert block.clean(value(directory, "register")).url() == directory.url + "register/"
    assert block.clean(value(directory, "")).url() == directory.url
    with pytest.raises(ValidationError):
        block.clean(value(home, "register"))  # the home page has no registration form
    assert value(home, "register").url() == home.url  # stored data that no longer fits
