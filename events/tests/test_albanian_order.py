"""Issue 16: lists of places and organisations in Albanian order (Ç after C, Ë after E, the
digraphs as letters of their own), on SQLite and PostgreSQL alike."""

import pytest

from core.collation import in_albanian_order
from core.models import Municipality
from events.views import organisations
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.forms import ApplicationForm

pytestmark = pytest.mark.django_db


def test_municipalities_are_in_albanian_order():
    names = list(in_albanian_order(Municipality.objects.all()).values_list("name_sq", flat=True))
    k = [name for name in names if name.startswith("K")]
    assert k.index("Këlcyrë") < k.index("Kuçovë") < k.index("Kurbin")
    s = [name for name in names if name.startswith("S")]
    assert s[-1].startswith("Sh")  # Sh is a letter after S
    d = [name for name in names if name.startswith("D")]
    assert d[-1].startswith("Dh") or not any(name.startswith("Dh") for name in d)


def test_the_event_editor_lists_municipalities_in_albanian_order(admin_client, event):
    body = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert body.index(">Këlcyrë<") < body.index(">Kuçovë<") < body.index(">Kurbin<")


def test_the_registration_form_lists_organisations_in_albanian_order(home, sq):
    index = OrganisationIndexPageFactory(parent=home)
    for title in ["Zëri", "Çelësi", "Dhoma", "Cikli", "Dora"]:
        OrganisationPageFactory(parent=index, title=title)
    assert [page.title for page in organisations(sq)] == [
        "Cikli",
        "Çelësi",
        "Dora",
        "Dhoma",
        "Zëri",
    ]


def test_the_organisation_form_lists_municipalities_in_albanian_order():
    form = ApplicationForm()
    labels = [str(label) for _value, label in form.fields["municipalities"].choices]
    assert labels.index("Këlcyrë") < labels.index("Kuçovë") < labels.index("Kurbin")
