"""Representatives: the approved applicant's login, which can edit their own organisation's
profile (in every language it exists in) and submit changes for moderation, and nothing else.

Each representative is in the "Organisation representatives" group (admin access only) and in a
group of their own organisation holding Wagtail's "edit" page permission on its profile pages;
without "publish", their changes go through the moderation workflow. The same group may add,
choose and change images in a collection of the organisation's own ("Logos: <name> (<id>)"), so
representatives can upload a logo and pick it in the page editor, and touch no other image.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.users.models import UserProfile

REPRESENTATIVES = "Organisation representatives"
IMAGE_PERMISSIONS = ("add_image", "choose_image", "change_image")


def base_group():
    group, created = Group.objects.get_or_create(name=REPRESENTATIVES)
    if created:
        group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def organisation_group(page):
    group, _ = Group.objects.get_or_create(name=f"{REPRESENTATIVES}: {page.title} ({page.pk})")
    edit = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for translation in Page.objects.filter(translation_key=page.translation_key):
        GroupPagePermission.objects.get_or_create(group=group, page=translation, permission=edit)
    share_logo_collection(group, page)
    return group


def logo_collection(page):
    """The organisation's own image collection, a child of the root, made once."""
    name = f"Logos: {page.title} ({page.pk})"
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
    User = get_user_model()
    email = application.applicant_email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        first, _, last = application.applicant_name.strip().partition(" ")
        user = User(username=email[:150], email=email, first_name=first[:150], last_name=last[:150])
        user.set_unusable_password()
        user.save()
    user.groups.add(base_group(), organisation_group(page))
    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        # The admin and Wagtail's notifications in the language they applied in.
        profile.preferred_language = application.language
        profile.save(update_fields=["preferred_language"])
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
    from organisations.models import OrganisationPage

    if isinstance(instance, OrganisationPage):
        share_with_translations(instance)
