"""The directory's and the profiles' context, structured data, and the coordinators' CSV export."""

from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _lazy

from core import collation, fragments
from core.export import csv_response
from core.i18n import localized
from core.mail import absolute
from core.models import County
from core.navigation import active_locale
from organisations import activity
from organisations.listing import OrganisationListing
from organisations.map import county_map
from organisations.models import OrganisationPage

ACTIVITY_TIMEOUT = 60  # seconds


def directory_context(index, request):
    """The listing, and its county map computed only when the template asks for it (the
    rendered listing is usually cached: core.fragments.rendered)."""
    listing = OrganisationListing(index, request)

    def the_map():
        counties = sorted(County.objects.all(), key=lambda county: collation.sort_key(county.name))
        return county_map(
            counties,
            listing.county_counts(),
            lambda code: listing.url(county=code, municipality=None, page=None),
            listing.filters.get("county"),
        )

    return {"listing": listing, "county_map": the_map}


def profile_context(page, request):
    """What the cached page shows, cached until the next edit (core.fragments)."""
    return fragments.for_page(request, page, "profile", lambda: edited_context(page, request))


def visitor_context(page, request):
    """Read for every request (the page's `{% uncached %}` activity): it also changes when a
    registration naming the organisation is confirmed, so it is kept a minute at most."""
    return {
        "activity": SimpleLazyObject(
            lambda: fragments.for_page(
                request,
                page,
                "profile-activity",
                lambda: activity.activity(page, active_locale(request)),
                timeout=ACTIVITY_TIMEOUT,
            )
        )
    }


def edited_context(page, request):
    focus_areas = localized(page.focus_areas.all(), active_locale(request))
    return {
        "directory_url": page.get_parent().get_url(request),
        "focus_areas": focus_areas,
        "counties": sorted(page.counties.all(), key=lambda c: collation.sort_key(c.name)),
        "municipalities": sorted(
            page.municipalities.all(), key=lambda m: collation.sort_key(m.name)
        ),
        "json_ld": json_ld(page, focus_areas),
    }


def json_ld(page, focus_areas):
    """schema.org Organization: what search engines and other directories can reuse."""
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": page.title,
        "url": absolute(page.url),
        "description": page.intro,
        "inLanguage": page.locale.language_code,
        "knowsAbout": [area.name for area in focus_areas],
        "areaServed": [
            {"@type": "AdministrativeArea", "name": county.name} for county in page.counties.all()
        ],
    }
    optional = {
        "alternateName": page.acronym,
        "email": page.contact_email,
        "telephone": page.phone,
        "foundingDate": str(page.founding_year) if page.founding_year else "",
        "taxID": page.nipt,
        "sameAs": [url for url in [page.website, *page.social_links.values()] if url],
    }
    data.update({key: value for key, value in optional.items() if value})
    if page.seat:
        data["address"] = {
            "@type": "PostalAddress",
            "addressLocality": page.seat.name,
            "addressCountry": "AL",
        }
    if page.logo:
        data["logo"] = absolute(page.logo.get_rendition("max-400x400").url)
    return data


CSV_COLUMNS = [
    _lazy("Name"),
    _lazy("Acronym"),
    _lazy("Language"),
    _lazy("Focus areas"),
    _lazy("Seat"),
    _lazy("Counties"),
    _lazy("Municipalities"),
    _lazy("Founding year"),
    _lazy("NIPT"),
    _lazy("Contact email"),
    _lazy("Phone"),
    _lazy("Website"),
    _lazy("Networks and coalitions"),
    _lazy("Profile address"),
]


def csv_rows(pages, request):
    for page in pages:
        yield [
            page.title,
            page.acronym,
            page.locale.language_code,
            "; ".join(area.name for area in page.focus_areas.all()),
            page.seat.name if page.seat else "",
            "; ".join(county.name for county in page.counties.all()),
            "; ".join(item.name for item in page.municipalities.all()),
            page.founding_year or "",
            page.nipt,
            page.contact_email,
            page.phone,
            page.website,
            "; ".join(page.network_list),
            absolute(page.url),
        ]


def export_csv(request):
    """Every live profile, both languages, as CSV (core.export: UTF-8 with BOM, so spreadsheets
    read ë, and no cell a spreadsheet would run as a formula)."""

    pages = (
        OrganisationPage.objects.live()
        .select_related("seat", "locale")
        .prefetch_related("focus_areas", "counties", "municipalities")
        .order_by("locale__language_code", "sort_key")
    )
    stamp = timezone.localdate().isoformat()
    header = [str(column) for column in CSV_COLUMNS]
    return csv_response(f"organisations-{stamp}.csv", header, csv_rows(pages, request))
