"""The pages an emailed link opens: confirming a registration, seeing or cancelling it, and
asking for a new link. Each is personal: never cached, and a broken or expired link offers a new
one by email (answered the same whether or not the address is registered)."""

import datetime

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core import mail
from core.forms import NewLinkForm, ask_for_new_link
from core.ratelimit import Limit
from events import registration as registrations
from events.emails import localized_event, page_path
from events.models import ACTIVE, Registration, RegistrationStatus

S = RegistrationStatus
STATUS_MESSAGES = {
    S.CONFIRMED: gettext_noop("Your seat is confirmed. We sent the details to your email."),
    S.PENDING: gettext_noop(
        "Thank you: your registration waits for the organisers' approval. We sent you an email."
    ),
    S.WAITING: gettext_noop(
        "The event is full: you are number %(position)s on the waiting list. "
        "We will email you if a seat opens."
    ),
}
NEW_LINK_SENT = gettext_noop(
    "If this address is registered for the event, we have sent a new link to it."
)
NEW_LINK_LIMIT = Limit(
    "events.new_link", "NEW_LINK_RATE_LIMIT", "REGISTRATION_RECIPIENT_RATE_LIMIT"
)


def personal(response):
    add_never_cache_headers(response)  # private, no-store
    return response


def render(request, page, context, status=200):
    context = {**page.get_context(request), "new_link_form": NewLinkForm(), **context}
    return personal(TemplateResponse(request, "events/registration.html", context, status=status))


def for_event(page):
    return Registration.objects.filter(event_key=page.translation_key).select_related("event")


def manage_registration(page, request):
    registration = registrations.MANAGE.read(request.GET.get("t"), for_event(page))
    if registration is None or page.is_past:
        return render(request, page, {"expired": registration is not None}, status=400)
    if request.method == "POST" and registration.status in ACTIVE:
        registrations.cancel(registration)
        messages.success(
            request, _("Your registration is cancelled. Thank you for letting us know.")
        )
        return personal(HttpResponseRedirect(request.get_full_path()))
    context = {"registration": registration}
    if registration.status == S.WAITING:
        context["position"] = registration.waiting_position()
    return render(request, page, context)


def confirm_registration(page, request):
    registration = registrations.CONFIRM.read(request.GET.get("t"), for_event(page))
    if registration is None or registration.status == S.EXPIRED:
        return render(request, page, {"confirming": True}, status=400)
    if request.method != "POST":  # a button: mail scanners that follow links change nothing
        return render(request, page, {"registration": registration, "confirming": True})
    try:
        registration = registrations.confirm(registration)
    except registrations.RegistrationRefused as refusal:
        messages.error(request, str(refusal))
        return personal(HttpResponseRedirect(page.url + "#register"))
    if registration.status == S.EXPIRED:
        return render(request, page, {"confirming": True}, status=400)
    text = _(STATUS_MESSAGES.get(registration.status, STATUS_MESSAGES[S.CONFIRMED]))
    if registration.status == S.WAITING:
        text = text % {"position": registration.waiting_position()}
    messages.success(request, text)
    # a path on this host, not SITE_URL: the person is already on the site
    url = page.url + f"registration/?t={registrations.manage_token(registration)}"
    return personal(HttpResponseRedirect(url))


def new_link(page, request):
    def send(email):
        registration = for_event(page).filter(email=email, status__in=ACTIVE).first()
        if registration is not None:
            send_new_link(registration)

    form, status, sent = ask_for_new_link(request, NEW_LINK_LIMIT, send)
    if sent:
        messages.success(request, _(NEW_LINK_SENT))
        return render(request, page, {"new_link_sent": True})
    if not form.is_bound:  # the form alone
        return render(request, page, {"asking": True})
    return render(request, page, {"new_link_form": form, "asking": status != 429}, status=status)


def send_new_link(registration):
    if registration.status == S.AWAITING:  # the confirmation link again, for the same hold
        registrations.notify(registration, "confirm")
        return
    with translation.override(registration.language):
        event = localized_event(registration.event)
    token = registrations.manage_token(registration)
    payload = registrations.MANAGE.payload(token)
    mail.send(
        "core/emails/new_link",
        registration.email,
        registration.language,
        {
            "url": page_path(event, f"registration/?t={token}"),
            "valid_until": _timestamp(payload["e"]),
        },
    )


def _timestamp(seconds):
    return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
