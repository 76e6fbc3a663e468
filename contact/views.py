"""The Contact page's form: validate, limit, store, email to the Site identity address."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from contact.forms import ContactForm
from contact.models import ContactMessage
from core import mail
from core.models import SiteIdentity
from core.navigation import active_locale
from core.purge import retention_days
from core.ratelimit import Limit

LIMIT = Limit("contact", per_client="CONTACT_RATE_LIMIT")


def receive(page, request):
    form = ContactForm(request.POST)
    if LIMIT.exceeded(request):
        form.add_error(None, _("Too many messages from here: please try again in an hour."))
        return render(page, request, form, status=429)
    if not form.is_valid():
        return render(page, request, form, status=400)
    LIMIT.hit(request)
    if not form.is_bot:
        deliver(request, form)
    messages.success(request, _("Thank you: your message has been sent. We reply within days."))
    return HttpResponseRedirect(page.url + "#contact-form")


def deliver(request, form):
    data = form.cleaned_data
    message = ContactMessage.objects.create(
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        message=data["message"],
        language=get_language(),
        consent_text=form.consent_text,
    )
    identity = SiteIdentity.for_locale(active_locale(request))
    if identity and identity.contact_email:
        context = {"message": message, "retention": retention_days("contact_messages")}
        mail.send("contact/emails/message", identity.contact_email, get_language(), context)


def render(page, request, form, status):
    context = page.get_context(request)
    context["contact_form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)
