"""Campaign page context and the support (pledge) views."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from campaigns import support as pledges
from campaigns.forms import SupportForm
from campaigns.models import Audience, SupporterStatus
from core import fragments
from core.forms import BlankForm, NewLinkForm, ask_for_new_link
from core.i18n import localized, localized_pages
from core.mail import absolute
from core.models import Topic
from core.navigation import active_locale
from core.plaintext import plain_text
from core.ratelimit import Limit
from core.sharing import share_links

LIMIT = Limit("campaigns.pledge", "SUPPORT_RATE_LIMIT", "SUPPORT_RECIPIENT_RATE_LIMIT")
NEW_LINK_LIMIT = Limit("campaigns.new_link", "NEW_LINK_RATE_LIMIT", "SUPPORT_RECIPIENT_RATE_LIMIT")


def campaign_context(page, request):
    """What the cached page shows (core.fragments.whole_page): only an edit changes it."""
    return fragments.for_page(request, page, "campaign", lambda: edited_context(page, request))


def visitor_context(page, request, form=None):
    """Computed for every request (the support box, `{% uncached %}` in the page): the form
    carries what a visitor sent."""
    count = page.supporter_count if page.collects_support else 0
    return {
        "support_form": form or BlankForm(SupportForm),
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
        "description": plain_text(page.intro),
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
    context = page.get_context(request, form=form)  # the context, built once
    return TemplateResponse(request, page.get_template(request), context, status=status)


def support(page, request):
    if request.method != "POST":
        return HttpResponseRedirect(page.url + "#support")
    form = SupportForm(request.POST)
    if not page.accepts_support:
        form.is_valid()
        form.add_error(None, _("This campaign is not collecting support at the moment."))
        return render_page(page, request, form, 400)
    if not form.is_valid():  # invalid attempts do not use up the limit
        return render_page(page, request, form, 400)
    email = form.cleaned_data["email"]
    if LIMIT.exceeded(request, email):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_page(page, request, form, 429)
    LIMIT.hit(request, email)
    if not form.is_bot:  # a bot filled the hidden field: look the same, store nothing
        pledges.pledge(page, form.cleaned_data, request.LANGUAGE_CODE, form.consent_text)
    # The same answer whether or not the address supports the campaign already (a political
    # opinion): the details go only by email.
    messages.success(
        request,
        _("Almost done: we sent you an email. Follow the link in it to confirm your support."),
    )
    return HttpResponseRedirect(page.url + "#support")


def personal(response):
    add_never_cache_headers(response)  # private, no-store
    return response


def render_link_page(request, context, status=200):
    context = {"new_link_form": NewLinkForm(), **context}
    response = TemplateResponse(request, "campaigns/support_link.html", context, status=status)
    return personal(response)


def support_link(page, request, action, token):
    supporter = pledges.read_token(token, action, page)
    context = {**page.get_context(request), "action": action, "supporter": supporter}
    if supporter is None:
        return render_link_page(request, context, status=400)
    if request.method != "POST":  # a page with a button: mail scanners change nothing
        return render_link_page(request, context)
    if action == "confirm":
        return confirm(page, request, supporter, context)
    pledges.withdraw(supporter)
    messages.success(request, _("Your support has been withdrawn. Thank you for your interest."))
    return personal(HttpResponseRedirect(page.url))


def confirm(page, request, supporter, context):
    if supporter.status == SupporterStatus.WITHDRAWN:
        context["withdrawn"] = True
        return render_link_page(request, context, status=400)
    if not page.accepts_support and supporter.status != SupporterStatus.CONFIRMED:
        context["closed"] = True
        return render_link_page(request, context, status=400)
    pledges.confirm(supporter)
    messages.success(request, _("Thank you! Your support now counts."))
    return personal(HttpResponseRedirect(page.url + "#support"))


def new_link(page, request):
    form, status, sent = ask_for_new_link(
        request, NEW_LINK_LIMIT, lambda email: pledges.send_new_link(page, email)
    )
    context = {**page.get_context(request), "asking": True, "new_link_form": form}
    if sent:
        context["new_link_sent"] = True
    return render_link_page(request, context, status=status)
