"""Representatives: the approved applicant's login, which can edit their own organisation's
profile (in every language it exists in) and submit changes for moderation, and nothing else.

Each representative is in the "Organisation representatives" group (admin access only) and in a
group of their own organisation holding Wagtail's "edit" page permission on its profile pages;
without "publish", their changes go through the moderation workflow. The same group may add,
choose and change images in a collection of the organisation's own ("Logos: <name> (<id>)"), so
representatives can upload a logo and pick it in the page editor, and touch no other image.

Logins and addresses (the account-takeover rule): an applicant is never attached to an existing
login by a case-insensitive database match (PostgreSQL's UPPER() folds `ı` to `I` and `ſ` to
`S`, so `boss@ıpls.org` would `iexact`-match `boss@ipls.org`). Addresses are compared exactly
after the normalisation Django's password reset uses (NFKC, then casefold). When an account with
the applicant's address exists, approval creates no login and links nothing: the account's OWN
stored address gets a signed, single-purpose link "link my login to <organisation>", and the
login joins the organisation's group only when its owner presses the button on that page. A new
login gets a username that no existing username resembles (case, compatibility forms, accents,
dotless i), and its password link goes to its own address only.
"""

import unicodedata
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.users.models import UserProfile

from organisations.models import OrganisationPage

REPRESENTATIVES = "Organisation representatives"
IMAGE_PERMISSIONS = ("add_image", "choose_image", "change_image")


def same_address(first, second):
    """Django's `_unicode_ci_compare`: equal after NFKC and casefolding, nothing looser."""
    fold = lambda value: unicodedata.normalize("NFKC", value or "").casefold()  # noqa: E731
    return bool(first) and fold(first) == fold(second)


def lookalike_key(value):
    """What a username looks like to a person: case, compatibility forms, accents and the
    dotless i folded away."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", value).casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return text.replace("ı", "i")


def accounts_with_address(email):
    """Logins whose own address is `email` (exactly, after normalisation), oldest first. The
    database's iexact only narrows the search; the comparison is made here."""
    candidates = get_user_model().objects.filter(email__iexact=email).order_by("pk")
    return [user for user in candidates if same_address(user.email, email)]


def free_username(email):
    """`email` as the username unless an existing username looks like it; then `email-2`, ..."""
    names = get_user_model().objects.values_list("username", flat=True)
    taken = {lookalike_key(name) for name in names}
    base, number = email[:140], 1
    candidate = base
    while lookalike_key(candidate) in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def base_group():
    group, created = Group.objects.get_or_create(name=REPRESENTATIVES)
    if created:
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def bounded_name(prefix, title, pk, limit=150):
    """`<prefix>: <title> (<pk>)` cut to `limit` characters (Group.name and Collection.name
    hold 150 and 255), shortening the title and keeping the id that makes it unique."""
    suffix = f" ({pk})"
    room = limit - len(prefix) - 2 - len(suffix)
    short = title if len(title) <= room else title[: room - 1].rstrip() + "…"
    return f"{prefix}: {short}{suffix}"


def organisation_group(page):
    group, _ = Group.objects.get_or_create(name=bounded_name(REPRESENTATIVES, page.title, page.pk))
    edit = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for translation in Page.objects.filter(translation_key=page.translation_key):
        GroupPagePermission.objects.get_or_create(group=group, page=translation, permission=edit)
    share_logo_collection(group, page)
    return group


def logo_collection(page):
    """The organisation's own image collection, a child of the root, made once."""
    name = bounded_name("Logos", page.title, page.pk)
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def share_logo_collection(group, page):
    collection = logo_collection(page)
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    if page.logo_id:  # the logo sent with the application, so they can replace its file too
        type(page.logo).objects.filter(pk=page.logo_id, collection__depth=1).update(
            collection=collection
        )
    return collection


def make_representative(application, page):
    """The approved applicant's new login, in the organisation's groups; or None when a login
    with the applicant's address already exists: that one is only remembered as
    `application.pending_login` until its owner confirms (`link_login`)."""
    email = unicodedata.normalize("NFKC", application.applicant_email).strip().lower()
    existing = accounts_with_address(email)
    if existing:
        application.pending_login = existing[0]
        return None
    first, _, last = application.applicant_name.strip().partition(" ")
    user = get_user_model()(
        username=free_username(email), email=email, first_name=first[:150], last_name=last[:150]
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(base_group(), organisation_group(page))
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        # The admin and Wagtail's notifications in the language they applied in.
        profile.preferred_language = application.language
        profile.save(update_fields=["preferred_language"])
    return user


def link_login(application):
    """The owner of `application.pending_login` confirmed from its own address: it becomes the
    organisation's representative."""
    user = application.pending_login
    user.groups.add(base_group(), organisation_group(application.page))
    application.representative, application.pending_login = user, None
    application.save(update_fields=["representative", "pending_login"])
    return user


def invitation_url(user, base_url):
    """A link to set a password (Wagtail's password reset form), valid for
    PASSWORD_RESET_TIMEOUT."""
    parts = urlsplit(base_url)
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{parts.scheme}://{parts.netloc}{path}"


def share_with_translations(page):
    """Give the representatives of a profile the same rights on its translations (say, an English
    version made after approval)."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    grants = GroupPagePermission.objects.filter(
        page__in=translations, group__name__startswith=f"{REPRESENTATIVES}: "
    ).values_list("group_id", "permission_id")
    for group_id, permission_id in set(grants):
        for translation in translations:
            GroupPagePermission.objects.get_or_create(
                group_id=group_id, page=translation, permission_id=permission_id
            )


def on_publish(sender, instance, **kwargs):
    if isinstance(instance, OrganisationPage):
        share_with_translations(instance)
