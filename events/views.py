"""Event pages: context, registration, managing a registration, calendars."""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core import fragments
from core.forms import BlankForm
from core.i18n import localized, localized_pages
from core.mail import absolute
from core.models import Topic
from core.navigation import active_locale
from core.ratelimit import Limit
from core.sharing import share_links
from events import registration as registrations
from events.calendars import event_calendar, feed
from events.forms import RegistrationForm
from events.models import EventPage, Registration, RegistrationStatus
from organisations.models import OrganisationPage

NEUTRAL = gettext_noop(
    "Thank you. We have sent you an email: if this is a new registration, follow the link in it "
    "to confirm your place."
)
LIMIT = Limit("events.register", "REGISTRATION_RATE_LIMIT", "REGISTRATION_RECIPIENT_RATE_LIMIT")


def organisations(locale):
    return OrganisationPage.objects.live().filter(locale=locale).order_by("sort_key", "title")


def event_context(page, request):
    """What the cached page shows (core.fragments.whole_page): only an edit or a registration
    row changes it."""
    return {
        **fragments.for_page(request, page, "event", lambda: edited_context(page, request)),
        "attended": attended(page) if page.is_past else None,
    }


def visitor_context(page, request, form=None):
    """Computed for every request (the page's `{% uncached %}` parts): seats left change when an
    unconfirmed hold expires, with no row changed; the form carries what a visitor sent."""
    locale = active_locale(request)
    return {
        "seats_left": None if page.is_past else registrations.seats_left(page),
        "closed_reason": page.registration_problem(),
        "registration_form": form
        or BlankForm(lambda: RegistrationForm(organisations=organisations(locale))),
    }


def attended(page):
    """How many people came to a past event (registrations marked attended)."""
    return Registration.objects.filter(
        event_key=page.translation_key, status=RegistrationStatus.ATTENDED
    ).count()


def edited_context(page, request):
    """What only an edit changes (cached until the next one, core.fragments)."""
    locale = active_locale(request)
    url = absolute(page.url)
    return {
        "listing_url": page.get_parent().get_url(request),
        "topics": list(Topic.objects.filter(locale=locale, slug__in=page.topics.values("slug"))),
        "speakers": localized(
            [item.person for item in page.speakers.select_related("person")], locale
        ),
        "share_links": share_links(url, page.title, page.summary),
        "json_ld": json_ld(page, url),
        "related": localized_pages(
            [item.related for item in page.related_pages.select_related("related")], locale
        ),
    }


def json_ld(page, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "url": url,
        "inLanguage": page.locale.language_code,
        "eventStatus": "https://schema.org/"
        + ("EventCancelled" if page.cancelled else "EventScheduled"),
    }
    if page.venue:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {"@type": "Place", "name": page.venue, "address": page.address}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": url}
    return data


def render_page(page, request, form, status):
    context = page.get_context(request, form=form)  # the context, built once
    return TemplateResponse(request, page.get_template(request), context, status=status)


def register(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#register")
    form = RegistrationForm(request.POST, organisations=organisations(active_locale(request)))
    if not form.is_valid():  # invalid attempts do not use up the limit
        return render_page(page, request, form, 400)
    email = form.cleaned_data["email"]
    if LIMIT.exceeded(request, email):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_page(page, request, form, 429)
    LIMIT.hit(request, email)
    if not form.is_bot:  # a bot filled the hidden field: look the same, store nothing
        try:
            registrations.register(
                page, form.cleaned_data, request.LANGUAGE_CODE, form.consent_text
            )
        except registrations.RegistrationRefused as refusal:
            form.add_error(None, str(refusal))
            return render_page(page, request, form, 400)
    messages.success(request, _(NEUTRAL))  # the same whether or not the address was registered
    return HttpResponseRedirect(page.url + "#register")


def event_ics(page, request):
    response = HttpResponse(event_calendar(page), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug[:60]}.ics"'
    return response


def calendar_feed(index, request):
    upcoming = (
        EventPage.objects.child_of(index)
        .live()
        .public()
        .filter(end__gte=timezone.now())
        .order_by("start")
    )
    text = feed(index, upcoming.select_related("municipality"))
    return HttpResponse(text, content_type="text/calendar; charset=utf-8")
