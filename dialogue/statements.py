"""Joint statements: organisations sign through their representatives, and may withdraw while
signing is open; one active signature per organisation (enforced by the database too)."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.navigation import active_locale
from core.ratelimit import Limit
from dialogue.forms import SignForm
from dialogue.models import Signature
from dialogue.participation import Refused, require_representative
from dialogue.people import display_name, organisations_of, signin_url
from dialogue.structured import statement_ld

SIGN_LIMIT = Limit("dialogue.sign", 30)


def active_signatures(page):
    rows = Signature.objects.filter(statement_key=page.translation_key, withdrawn_at__isnull=True)
    return rows.select_related("organisation", "organisation__logo")


def statement_context(page, request):
    signatures = list(active_signatures(page))
    signed = {signature.organisation_key for signature in signatures}
    organisations = organisations_of(request.user, active_locale(request))
    for organisation in organisations:
        organisation.has_signed = organisation.translation_key in signed
    return {
        "signatures": signatures,
        "signature_count": len(signatures),
        "organisations": organisations,
        "signin_url": signin_url(page, request),
        "json_ld": statement_ld(page, signatures),
    }


def sign_for(page, user, organisation, language):
    if not page.signing_open:
        raise Refused(gettext_lazy("Signing of this statement is closed."))
    require_representative(user, organisation)
    try:
        with transaction.atomic():
            return Signature.objects.create(
                statement=page,
                statement_key=page.translation_key,
                organisation=organisation,
                organisation_key=organisation.translation_key,
                user=user,
                name=display_name(user),
                language=language,
            )
    except IntegrityError:
        raise Refused(
            gettext_lazy("Your organisation has signed this statement already.")
        ) from None


def withdraw_for(page, user, organisation):
    if not page.signing_open:
        raise Refused(gettext_lazy("Signing of this statement is closed."))
    require_representative(user, organisation)
    withdrawn = Signature.objects.filter(
        statement_key=page.translation_key,
        organisation_key=organisation.translation_key,
        withdrawn_at__isnull=True,
    ).update(withdrawn_at=timezone.now())
    if not withdrawn:
        raise Refused(gettext_lazy("Your organisation has not signed this statement."))


def sign(page, request, action):
    back = HttpResponseRedirect(f"{page.url}#signatures")
    if request.method != "POST":
        return back
    organisations = organisations_of(request.user, active_locale(request))
    form = SignForm(request.POST, organisations=organisations)
    if not organisations:
        messages.error(request, _("Sign in as a representative of an organisation to sign."))
        return back
    if not form.is_valid() or SIGN_LIMIT.exceeded(request):
        errors = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(request, " ".join(errors) or _("Too many attempts. Please try again later."))
        return back
    SIGN_LIMIT.hit(request)
    organisation = form.cleaned_data["organisation"]
    try:
        if action == "sign" and not form.is_bot:
            sign_for(page, request.user, organisation, request.LANGUAGE_CODE)
            messages.success(request, _("Your organisation has signed the statement."))
        elif not form.is_bot:
            withdraw_for(page, request.user, organisation)
            messages.success(request, _("Your organisation's signature was withdrawn."))
    except Refused as refused:
        messages.error(request, refused.message)
    return back
