"""The consultation's public pages: the proposal with its contributions, and the acts on it."""

from collections import defaultdict

from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core import fragments
from core.media import serve_private_file
from core.navigation import active_locale
from core.ratelimit import Limit
from dialogue import participation
from dialogue.citations import cited
from dialogue.diff import word_diff
from dialogue.forms import ContributionForm, EndorseForm, PositionForm
from dialogue.models import (
    ConsultationPage,
    Contribution,
    ContributionKind,
    ContributionStatus,
    PositionPaper,
    StatementPage,
)
from dialogue.people import organisations_of, signin_url
from dialogue.results import read_unsubscribe, unsubscribe_email
from dialogue.structured import consultation_ld

CONTRIBUTE_LIMIT = Limit("dialogue.contribute", 30, 10)
ENDORSE_LIMIT = Limit("dialogue.endorse", 60)
PUBLISHED = ContributionStatus.PUBLISHED


def personal(response):
    add_never_cache_headers(response)  # private, no-store: never in a shared cache
    return response


def index_context(page, request):
    """The section's pages, read only when the template asks for them (their rendered list is
    usually cached: core.fragments.rendered)."""
    children = SimpleLazyObject(lambda: list(page.get_children().live().public().specific()))

    def consultations(state_closed):
        return SimpleLazyObject(
            lambda: [
                child
                for child in children
                if isinstance(child, ConsultationPage) and (child.state == "closed") == state_closed
            ]
        )

    return {
        "open_consultations": consultations(False),
        "closed_consultations": consultations(True),
        "statements": SimpleLazyObject(
            lambda: [child for child in children if isinstance(child, StatementPage)]
        ),
        "organisations": organisations_of(request.user, active_locale(request)),
    }


def _published(page):
    rows = Contribution.objects.filter(consultation_key=page.translation_key, status=PUBLISHED)
    return list(rows.select_related("organisation").prefetch_related("endorsements__organisation"))


def articles_with_contributions(page, contributions):
    """The page's articles, each with its contributions (a word diff for wordings) and counts."""
    by_article = defaultdict(list)
    for contribution in contributions:
        by_article[contribution.article_key].append(contribution)
    articles = list(page.articles.all())
    for article in articles:
        article.contributions = by_article.get(article.translation_key, [])
        for contribution in article.contributions:
            if contribution.kind == ContributionKind.AMENDMENT:
                contribution.diff = word_diff(article.text, contribution.proposed_wording)
        kinds = [c.kind for c in article.contributions]
        article.comment_count = kinds.count(ContributionKind.COMMENT)
        article.amendment_count = kinds.count(ContributionKind.AMENDMENT)
    return articles


def consultation_context(page, request):
    organisations = organisations_of(request.user, active_locale(request))
    mine = {org.translation_key for org in organisations}
    articles = articles_with_contributions(page, _published(page))
    for article in articles:
        for contribution in article.contributions:
            endorsers = {e.organisation_key for e in contribution.endorsements.all()}
            contribution.endorsable = bool(mine - endorsers - {contribution.organisation_key}) and (
                contribution.user_id != request.user.pk
            )
    papers = list(
        PositionPaper.objects.filter(consultation_key=page.translation_key)
        .filter(Q(status=PUBLISHED) | Q(organisation_key__in=mine))
        .select_related("organisation")
    )
    has_paper = any(paper.organisation_key in mine for paper in papers)
    return {
        "articles": articles,
        "position_papers": [paper for paper in papers if paper.status == PUBLISHED],
        "organisations": organisations,
        "may_write_position": bool(mine) and not has_paper,
        "signin_url": signin_url(page, request),
        "can_contribute": page.is_open and (bool(mine) or page.allow_citizens),
        "json_ld": consultation_ld(page, articles),
        # the page's codes, the register's rows and its page: kept until an edit (a saved
        # recommendation bumps the chrome too: recommendations.apps)
        "cited_recommendations": fragments.kept(request, "cited", page.pk, lambda: cited(page)),
    }


def _article(page, anchor):
    for article in page.articles.all():
        if article.anchor == anchor:
            return article
    raise Http404


def render_form(page, request, template, context, status=200):
    context = {**page.get_context(request), **context}
    return personal(TemplateResponse(request, template, context, status=status))


def contribute(page, request, anchor):
    article = _article(page, anchor)
    organisations = organisations_of(request.user, active_locale(request))
    citizen = not organisations and page.allow_citizens
    form = ContributionForm(
        request.POST or None,
        organisations=organisations,
        original=article.text,
        citizen=citizen,
    )
    context = {"article": article, "form": form, "citizen": citizen}
    context["closed_message"] = _closed_message(page)
    if not organisations and not citizen:
        context["needs_signin"] = True
        return render_form(page, request, "dialogue/contribute.html", context, 403)
    if request.method != "POST":
        return render_form(page, request, "dialogue/contribute.html", context)
    return _post_contribution(page, request, article, form, context)


def _post_contribution(page, request, article, form, context):
    template = "dialogue/contribute.html"
    if not page.is_open:
        form.is_valid()
        form.add_error(None, _closed_message(page))
        return render_form(page, request, template, context, 400)
    if not form.is_valid():
        return render_form(page, request, template, context, 400)
    recipient = form.cleaned_data.get("email") or request.user.email
    if CONTRIBUTE_LIMIT.exceeded(request, recipient):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_form(page, request, template, context, 429)
    CONTRIBUTE_LIMIT.hit(request, recipient)
    if form.is_bot:  # look the same, store nothing
        return _contributed(page, request, article, context["citizen"])
    user = None if context["citizen"] else request.user
    try:
        participation.contribute(
            page,
            article,
            form.cleaned_data,
            request.LANGUAGE_CODE,
            form.consent_text,
            user=user,
            organisation=form.cleaned_data.get("organisation"),
        )
    except participation.Refused as refused:
        form.add_error(None, refused.message)
        return render_form(page, request, template, context, 400)
    return _contributed(page, request, article, context["citizen"])


def _closed_message(page):
    try:
        participation.require_open(page)
    except participation.Refused as refused:
        return refused.message
    return ""


def _contributed(page, request, article, citizen):
    if citizen:
        text = _("Almost done: follow the link we emailed you to confirm your contribution.")
    elif page.moderation == "before":
        text = _("Thank you. Your contribution appears once a moderator has checked it.")
    else:
        text = _("Thank you. Your contribution is published.")
    messages.success(request, text)
    return personal(HttpResponseRedirect(f"{page.url}#{article.anchor}"))


def endorse(page, request, public_id):
    if request.method != "POST":
        return HttpResponseRedirect(page.url)
    contribution = Contribution.objects.filter(
        public_id=public_id, consultation_key=page.translation_key
    ).first()
    if contribution is None:
        raise Http404
    organisations = organisations_of(request.user, active_locale(request))
    form = EndorseForm(request.POST, organisations=organisations)
    anchor = f"{page.url}#contribution-{contribution.public_id}"
    if not organisations:
        messages.error(request, _("Sign in as a representative of an organisation to endorse."))
        return personal(HttpResponseRedirect(anchor))
    if not form.is_valid() or ENDORSE_LIMIT.exceeded(request):
        errors = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(request, " ".join(errors) or _("Too many attempts. Please try again later."))
        return personal(HttpResponseRedirect(anchor))
    ENDORSE_LIMIT.hit(request)
    try:
        if not form.is_bot:
            participation.endorse(
                page,
                contribution,
                request.user,
                form.cleaned_data["organisation"],
                request.LANGUAGE_CODE,
            )
        messages.success(request, _("Your organisation now endorses this contribution."))
    except participation.Refused as refused:
        messages.error(request, refused.message)
    return personal(HttpResponseRedirect(anchor))


def position(page, request):
    organisations = organisations_of(request.user, active_locale(request))
    form = PositionForm(request.POST or None, request.FILES or None, organisations=organisations)
    context = {"form": form, "needs_signin": not organisations}
    template = "dialogue/position.html"
    if not organisations:
        return render_form(page, request, template, context, 403)
    if request.method != "POST":
        return render_form(page, request, template, context)
    if not form.is_valid():
        return render_form(page, request, template, context, 400)
    if CONTRIBUTE_LIMIT.exceeded(request, request.user.email):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_form(page, request, template, context, 429)
    CONTRIBUTE_LIMIT.hit(request, request.user.email)
    data = form.cleaned_data
    try:
        if not form.is_bot:
            participation.submit_position(
                page, data, request.user, data["organisation"], request.LANGUAGE_CODE
            )
    except participation.Refused as refused:
        form.add_error(None, refused.message)
        return render_form(page, request, template, context, 400)
    messages.success(request, _("Thank you. Your organisation's position paper was received."))
    return personal(HttpResponseRedirect(f"{page.url}#positions"))


def position_pdf(page, request, public_id):
    """A position paper's PDF, only where the paper may be seen (404 otherwise, so an address
    known from before a rejection or erasure tells nothing)."""
    paper = PositionPaper.objects.filter(
        public_id=public_id, consultation_key=page.translation_key
    ).first()
    if paper is None or not paper.pdf:
        raise Http404
    mine = {org.translation_key for org in organisations_of(request.user)}
    if not paper.visible_to(request.user, mine):
        raise Http404
    return serve_private_file(paper.pdf, f"{slugify(paper.title)[:80] or 'position'}.pdf")


def confirm(page, request):
    contribution = participation.read_confirmation(page, request.GET.get("t", ""))
    context = {"contribution": contribution, "action": "confirm"}
    template = "dialogue/link.html"
    if contribution is None:
        return render_form(page, request, template, context, 400)
    if request.method != "POST":  # a page with a button: mail scanners change nothing
        return render_form(page, request, template, context)
    try:
        participation.confirm(page, contribution)
    except participation.Refused as refused:
        context["error"] = refused.message
        return render_form(page, request, template, context, 400)
    messages.success(request, _("Thank you. Your contribution is confirmed."))
    return personal(HttpResponseRedirect(page.url))


def unsubscribe(page, request):
    email = read_unsubscribe(request.GET.get("t", ""))
    context = {"email": email, "action": "unsubscribe"}
    template = "dialogue/link.html"
    if email is None:
        return render_form(page, request, template, context, 400)
    if request.method == "POST":
        unsubscribe_email(email)
        context["done"] = True
    return render_form(page, request, template, context)
