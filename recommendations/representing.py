"""Which organisations a signed-in person represents (organisations.representatives): those whose
profile pages their representatives' groups may edit. A person acts only for these."""

from wagtail.models import GroupPagePermission

from organisations.models import OrganisationPage
from organisations.representatives import REPRESENTATIVES


def represented_keys(user):
    """Translation keys of the organisations `user` represents."""
    if not (user.is_authenticated and user.is_active):
        return set()
    pages = GroupPagePermission.objects.filter(
        group__in=user.groups.all(),
        group__name__startswith=f"{REPRESENTATIVES}: ",
        permission__codename="change_page",
    ).values("page_id")
    keys = OrganisationPage.objects.filter(pk__in=pages).values_list("translation_key", flat=True)
    return set(keys)


def represented(user, locale):
    """The organisations `user` represents, in `locale` where translated (one row each)."""
    keys = represented_keys(user)
    rows = OrganisationPage.objects.filter(translation_key__in=keys).order_by("title")
    chosen = {}
    for page in rows:
        if page.translation_key not in chosen or page.locale_id == locale.pk:
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: page.title.lower())


def may_act_for(user, organisation):
    return organisation is not None and organisation.translation_key in represented_keys(user)
