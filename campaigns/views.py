"""Campaign page context and the support (pledge) views."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from campaigns import support as pledges
from campaigns.forms import SupportForm
from campaigns.models import Audience, SupporterStatus
from core import fragments
from core.i18n import localized, localized_pages
from core.mail import absolute
from core.models import Topic
from core.navigation import active_locale
from core.sharing import share_links


def campaign_context(page, request, form=None):
    count = page.supporter_count if page.collects_support else 0
    return {
        **fragments.for_page(request, page, "campaign", lambda: edited_context(page, request)),
        "support_form": form or SupportForm(),
        "supporter_count": count,
        "progress": min(100, round(100 * count / page.support_goal)) if page.support_goal else None,
    }


def edited_context(page, request):
    """What only an edit changes (cached until the next one, core.fragments)."""
    locale = active_locale(request)
    url = absolute(page.url)
    return {
        "listing_url": page.get_parent().get_url(request),
        "topics": list(Topic.objects.filter(locale=locale, slug__in=page.topics.values("slug"))),
        "audiences": list(
            Audience.objects.filter(locale=locale, slug__in=page.audiences.values("slug"))
        ),
        "counties": list(page.counties.all()),
        "partners": localized(page.partners.all(), locale),
        "materials": list(page.materials.select_related("document", "image")),
        "share_links": share_links(url, page.title, f"{page.tagline} {page.hashtags}".strip()),
        "json_ld": json_ld(page, url),
        "related": localized_pages(
            [item.related for item in page.related_pages.select_related("related")], locale
        ),
    }


def json_ld(page, url):
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "genre": "awareness campaign",
        "name": page.title,
        "headline": page.tagline,
        "description": strip_tags(page.intro),
        "url": url,
        "inLanguage": page.locale.language_code,
        "startDate": page.start_date.isoformat(),
        "keywords": " ".join(page.hashtag_list),
    }
    if page.end_date:
        data["endDate"] = page.end_date.isoformat()
    if page.hero_image:
        data["image"] = absolute(page.hero_image.get_rendition("fill-1200x630").url)
    return data


def render_page(page, request, form, status):
    context = page.get_context(request)
    context.update(campaign_context(page, request, form))
    return TemplateResponse(request, page.get_template(request), context, status=status)


def support(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#support")
    form = SupportForm(request.POST)
    if not page.accepts_support:
        form.is_valid()
        form.add_error(None, _("This campaign is not collecting support at the moment."))
        return render_page(page, request, form, 400)
    if pledges.rate_limited(request):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_page(page, request, form, 429)
    if not form.is_valid():
        return render_page(page, request, form, 400)
    if not form.is_bot:  # a bot filled the hidden field: look the same, store nothing
        outcome = pledges.pledge(page, form.cleaned_data, request.LANGUAGE_CODE, consent_text(form))
        notify(request, outcome)
    else:
        notify(request, None)
    return HttpResponseRedirect(page.url + "#support")


def consent_text(form):
    return str(form.fields["consent"].label)


def notify(request, outcome):
    if outcome is not None and outcome.kind == "already":
        messages.info(request, _("This email address already supports the campaign. Thank you!"))
    else:
        messages.success(
            request,
            _("Almost done: we sent you an email. Follow the link in it to confirm your support."),
        )


def support_link(page, request, action, token):
    supporter = pledges.read_token(token, action)
    context = {**page.get_context(request), "action": action, "supporter": supporter}
    if supporter is None or supporter.campaign_key != page.translation_key:
        context["supporter"] = None
        return TemplateResponse(request, "campaigns/support_link.html", context, status=400)
    if (
        request.method != "POST"
    ):  # a page with a button: mail scanners that follow links change nothing
        return TemplateResponse(request, "campaigns/support_link.html", context)
    if action == "confirm":
        return confirm(page, request, supporter, context)
    pledges.withdraw(supporter)
    messages.success(request, _("Your support has been withdrawn. Thank you for your interest."))
    return HttpResponseRedirect(page.url)


def confirm(page, request, supporter, context):
    if supporter.status == SupporterStatus.WITHDRAWN:
        context["withdrawn"] = True
        return TemplateResponse(request, "campaigns/support_link.html", context, status=400)
    if not page.accepts_support and supporter.status != SupporterStatus.CONFIRMED:
        context["closed"] = True
        return TemplateResponse(request, "campaigns/support_link.html", context, status=400)
    pledges.confirm(supporter)
    messages.success(request, _("Thank you! Your support now counts."))
    return HttpResponseRedirect(page.url + "#support")
