"""Event pages: context, registration, managing a registration, calendars."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core import fragments
from core.i18n import localized, localized_pages
from core.mail import absolute
from core.models import Topic
from core.navigation import active_locale
from core.sharing import share_links
from events import registration as registrations
from events.forms import RegistrationForm
from events.ics import CalendarEvent, calendar, single
from events.models import EventPage, RegistrationStatus

STATUS_MESSAGES = {
    RegistrationStatus.CONFIRMED: gettext_noop(
        "Your seat is confirmed. We sent the details to your email."
    ),
    RegistrationStatus.PENDING: gettext_noop(
        "Thank you: your registration waits for the organisers' approval. We sent you an email."
    ),
    RegistrationStatus.WAITING: gettext_noop(
        "The event is full: you are number %(position)s on the waiting list. "
        "We will email you if a seat opens."
    ),
}


def organisations(locale):
    from organisations.models import OrganisationPage

    return OrganisationPage.objects.live().filter(locale=locale).order_by("title")


def event_context(page, request, form=None):
    locale = active_locale(request)
    return {
        **fragments.for_page(request, page, "event", lambda: edited_context(page, request)),
        "seats_left": registrations.seats_left(page),
        "closed_reason": page.registration_problem(),
        "registration_form": form or RegistrationForm(organisations=organisations(locale)),
    }


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
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if page.venue:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {"@type": "Place", "name": page.venue, "address": page.address}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": url}
    return data


def render_page(page, request, form, status):
    context = page.get_context(request)
    context.update(event_context(page, request, form))
    return TemplateResponse(request, page.get_template(request), context, status=status)


def register(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#register")
    form = RegistrationForm(request.POST, organisations=organisations(active_locale(request)))
    if registrations.rate_limited(request, settings.REGISTRATION_RATE_LIMIT):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_page(page, request, form, 429)
    if not form.is_valid():
        return render_page(page, request, form, 400)
    if form.is_bot:
        messages.success(request, _(STATUS_MESSAGES[RegistrationStatus.CONFIRMED]))
        return HttpResponseRedirect(page.url + "#register")
    try:
        outcome = registrations.register(
            page, form.cleaned_data, request.LANGUAGE_CODE, str(form.fields["consent"].label)
        )
    except registrations.RegistrationRefused as refusal:
        form.add_error(None, str(refusal))
        return render_page(page, request, form, 400)
    announce(request, outcome)
    return HttpResponseRedirect(page.url + "#register")


def announce(request, outcome):
    registration = outcome.registration
    if outcome.kind == "existing":
        messages.info(
            request,
            _("This email address is already registered (%(status)s). We sent the details again.")
            % {"status": registration.get_status_display()},
        )
        return
    text = _(STATUS_MESSAGES[registration.status])
    if registration.status == RegistrationStatus.WAITING:
        text = text % {"position": registration.waiting_position()}
    messages.success(request, text)


def manage_url(page, registration):
    return f"{page.get_full_url()}registration/?t={registrations.make_token(registration)}"


def manage_registration(page, request):
    registration = registrations.read_token(request.GET.get("t", ""))
    valid = registration is not None and registration.event_key == page.translation_key
    context = {**page.get_context(request), "registration": registration if valid else None}
    if not valid or page.is_past:
        context["expired"] = valid
        return TemplateResponse(request, "events/registration.html", context, status=400)
    if request.method == "POST" and registration.status in registrations.ACTIVE:
        registrations.cancel(registration)
        messages.success(
            request, _("Your registration is cancelled. Thank you for letting us know.")
        )
        return HttpResponseRedirect(request.get_full_path())
    if registration.status == RegistrationStatus.WAITING:
        context["position"] = registration.waiting_position()
    return TemplateResponse(request, "events/registration.html", context)


def calendar_event(page):
    where = ", ".join(
        part for part in (page.venue, page.address, str(page.municipality or "")) if part
    )
    return CalendarEvent(
        uid=f"event-{page.translation_key}@{settings.CALENDAR_UID_DOMAIN}",
        start=page.start,
        end=page.end,
        summary=page.title,
        description=page.summary,
        location=where,
        url=page.get_full_url(),
        last_modified=page.last_published_at,
    )


def event_calendar(page):
    return single(calendar_event(page), name=page.title, language=page.locale.language_code)


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
    text = calendar(
        [calendar_event(page) for page in upcoming.select_related("municipality")],
        name=index.title,
        language=index.locale.language_code,
    )
    return HttpResponse(text, content_type="text/calendar; charset=utf-8")
