"""Helpers for the hostile-input sweeps: a small site with a page of every public type, a
client that goes through Django's handler (DEBUG off, so a failure is the 500 a visitor gets),
and Hypothesis strategies for arbitrary and hostile text."""

import traceback

from hypothesis import strategies as st

from django.test import Client

SEED_VALUES = [
    "\x00",
    "a\x00b",
    "%00",
    "%",
    "%zz",
    "%2e%2e%2f",
    "\r\n",
    "\x1b[31m",
    "\u202e",  # right-to-left override
    "\ufeff",
    "ı",  # dotless i
    "ſ",  # long s
    "²",
    "١٩٩٠",  # Arabic-Indic digits
    "𝟚𝟘𝟚𝟝",  # mathematical digits
    "Ⅻ",
    "0",
    "-1",
    "1e400",
    "NaN",
    "100000000000000000000",
    "-100000000000000000000",
    "9223372036854775808",
    "2147483648",
    "0x10",
    "1_000",
    " 2024 ",
    "' OR 1=1 --",
    '"; DROP TABLE wagtailcore_page; --',
    "<script>alert(1)</script>",
    "{{ request }}",
    "${7*7}",
    "../../etc/passwd",
    "//evil.example/x",
    "javascript:alert(1)",
    '=HYPERLINK("http://evil.example")',
    "*",
    "(",
    '"',
    "a,b",
    "root",
    "true",
    "null",
    "[]",
]


def client():
    return Client(raise_request_exception=False)


def describe(response):
    """The exception behind a 500, for the assertion message."""
    exc_info = getattr(response, "exc_info", None)
    if not exc_info:
        return f"status {response.status_code}"
    return "".join(traceback.format_exception(*exc_info)[-3:])


def assert_no_server_error(response, what):
    assert response.status_code < 500, f"{what!r} -> {describe(response)}"


# Text a visitor or a bot might send: anything but lone surrogates (which cannot be encoded
# into a request at all), biased towards the values above, control characters, look-alikes,
# numbers out of every range and very long strings.
any_character = st.characters(exclude_categories=["Cs"])
numbers = st.integers(min_value=-(10**30), max_value=10**30).map(str)
controls = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=5)
long_text = st.builds(
    lambda part, times: part * times, st.sampled_from(SEED_VALUES), st.integers(500, 3000)
)
hostile_text = st.one_of(
    st.sampled_from(SEED_VALUES),
    st.text(any_character, max_size=40),
    numbers,
    controls,
    st.builds(lambda a, b: a + b, st.sampled_from(SEED_VALUES), st.text(any_character, max_size=8)),
    long_text,
)


def build_site(home):
    """A page of every public type under the Albanian home page, with a term of each taxonomy,
    an image-less document and an organisation: {name: page or object}."""
    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
    from core.factories import ElectionFactory, TopicFactory
    from events.factories import EventIndexPageFactory, EventPageFactory
    from home.factories import StandardPageFactory
    from organisations.factories import (
        FocusAreaFactory,
        OrganisationIndexPageFactory,
        OrganisationPageFactory,
    )
    from publications.factories import (
        PublicationIndexPageFactory,
        PublicationPageFactory,
        PublicationTypeFactory,
        pdf_document,
    )

    topic = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    directory = OrganisationIndexPageFactory(parent=home)
    organisation = OrganisationPageFactory(
        parent=directory, title="Qendra Ç", focus_areas=[FocusAreaFactory(slug="vezhgim")]
    )
    library = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(
        parent=library,
        title="Raporti i vëzhgimit",
        topics=[topic],
        organisations=[organisation],
        publication_type=PublicationTypeFactory(slug="raport"),
        election=ElectionFactory(slug="parlamentare-2025"),
        pdf=pdf_document(),
    )
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=campaigns, title="Vota ime", topics=[topic])
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, title="Tryeza për kodin")
    standard = StandardPageFactory(parent=home, title="Rreth nesh")
    return {
        "home": home,
        "library": library,
        "publication": publication,
        "campaigns": campaigns,
        "campaign": campaign,
        "events": events,
        "event": event,
        "directory": directory,
        "organisation": organisation,
        "standard": standard,
    }
