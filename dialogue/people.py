"""Who may act for which organisation: the directory's representatives.

A representative is a login in the group of an organisation (organisations.representatives:
"Organisation representatives: <name> (<id>)", holding Wagtail's edit permission on the
profile and its translations). One login may represent several organisations; an organisation
may have several logins. The server checks every act against this list, never against what a
form says.
"""

from wagtail.models import GroupPagePermission

from core import fragments
from core.i18n import localized
from organisations.models import OrganisationPage
from organisations.representatives import REPRESENTATIVES


def organisations_of(user, locale=None):
    """The live organisations `user` represents, one per organisation, in `locale` where
    translated (two queries)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    keys = GroupPagePermission.objects.filter(
        group__user=user,
        group__name__startswith=f"{REPRESENTATIVES}: ",
        permission__codename="change_page",
    ).values("page__translation_key")
    pages = OrganisationPage.objects.live().filter(translation_key__in=keys).order_by("pk")
    unique = {}
    for page in pages:
        unique.setdefault(page.translation_key, page)
    found = localized(unique.values(), locale) if unique else []
    return sorted(found, key=lambda page: page.title)


def display_name(user):
    return (user.get_full_name() or "").strip()[:120]


def signin_url(page, request):
    """The dialogue section's sign-in address, back to `page` (a consultation or a statement)
    afterwards; the section's URL kept until an edit (core.fragments.kept)."""
    section = fragments.kept(request, "section-url", page.pk, lambda: page.get_parent().url)
    return f"{section}signin/?next={page.url}"
