"""Everything linked to a recommendation: its source, publications and events on the same topics
and election, and, through `linkers`, other apps' content (a consultation that cites it, say).

`linkers` is the hook for apps above this one: each is a callable (recommendation, locale) ->
list of (heading, [pages]); register with `linkers.append(...)`. Consultations of the dialogue
(the same layer, so not imported) cite recommendations by reference code: they are found by
model label (`citing_consultations`).
"""

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.i18n import localized_pages
from core.models import Topic
from events.models import EventPage
from publications.models import PublicationPage

LIMIT = 5
linkers = []


def topics(recommendation):
    slugs = recommendation.topics.values("slug")
    return list(Topic.objects.filter(locale=recommendation.locale, slug__in=slugs))


def related(model, recommendation, locale):
    pages = model.objects.live().public().filter(locale=locale)
    slugs = list(recommendation.topics.values_list("slug", flat=True))
    fields = {field.name for field in model._meta.get_fields()}
    if recommendation.election_id and "election" in fields:
        pages = pages.filter(election__slug=recommendation.election.slug)
    elif slugs:
        pages = pages.filter(topics__slug__in=slugs)
    else:
        return []
    if recommendation.source_page_id:
        pages = pages.exclude(pk=recommendation.source_page_id)
    return list(pages.distinct().order_by("-first_published_at")[:LIMIT])


def citing_consultations(recommendation, locale):
    """The live consultations in `locale` whose `recommendation_codes` (one a line) cite it."""
    try:
        model = apps.get_model("dialogue", "ConsultationPage")
    except LookupError:
        return []
    code = recommendation.reference_code
    cites = (
        Q(recommendation_codes=code)
        | Q(recommendation_codes__startswith=f"{code}\n")
        | Q(recommendation_codes__endswith=f"\n{code}")
        | Q(recommendation_codes__contains=f"\n{code}\n")
    )
    pages = model.objects.live().public().filter(cites, locale=locale)
    return list(pages.order_by("-closes_at")[:LIMIT])


def linked(recommendation, locale):
    groups = []
    if recommendation.source_page_id:
        source = localized_pages([recommendation.source_page], locale)
        if source:
            groups.append((_("Source"), source))
    for heading, model in ((_("Publications"), PublicationPage), (_("Events"), EventPage)):
        pages = related(model, recommendation, locale)
        if pages:
            groups.append((heading, pages))
    consultations = citing_consultations(recommendation, locale)
    if consultations:
        groups.append((_("Consultations"), consultations))
    for linker in linkers:
        groups.extend(linker(recommendation, locale))
    return groups
