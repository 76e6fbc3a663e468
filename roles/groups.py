"""The admin's roles: one group per kind of daily work, with exactly the rights that work needs.

The table of roles is in docs/admin.md ("Roles in the admin").

`sync(apps)` makes the groups and grants what is missing; it never takes a right away, so an
administrator's additions survive. It works with the real app registry and with a migration's
historical one alike (it names models by app label and model name, never imports them): core's
migration 0010 runs it once, `manage.py sync_roles` and `load_demo_content` run it again, and a
new section page (say, the English Events page a translator just made) gets its section's grants
when it is created (`grant_section`). Page rights on a section are granted on every section page
of that type, in every language, and inherited by the pages below it.
"""

from django.apps import apps
from django.contrib.auth.models import Group

from roles import workflows

ADMIN = ["wagtailadmin.access_admin"]
TRANSLATE = ["wagtail_localize.submit_translation"]
# The translatable lists pages are tagged with, and the people they name.
SHARED = [
    "core.person",
    "core.topic",
    "core.election",
    "organisations.focusarea",
    "campaigns.audience",
    "publications.publicationtype",
]
SITE = ["core.change_siteidentity", "core.add_siteidentity", "core.change_socialmediasettings"]
PROMOTED = [f"wagtailsearchpromotions.{a}_searchpromotion" for a in ("add", "change", "delete")]
DIRECTORY = ["organisations.moderate_application", "organisations.export_directory"]
REGISTRATIONS = [f"events.{a}_registration" for a in ("view", "add", "change")]
SUPPORTERS = ["campaigns.view_supporter", "campaigns.change_supporter"]

MEDIA_WRITE = ["add_image", "change_image", "choose_image"] + [
    "add_document",
    "change_document",
    "choose_document",
]
MEDIA_CHOOSE = ["choose_image", "choose_document"]

WRITE = ["add_page", "change_page"]
PUBLISH = ["add_page", "change_page", "publish_page"]
MODERATE = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

# Section pages by "app_label.model": rights there reach every page below them.
ROOT = "wagtailcore.page"  # the tree's root: every section
EVENTS = "events.eventindexpage"
CAMPAIGNS = "campaigns.campaignindexpage"
RESEARCH = "publications.publicationindexpage"
ORGANISATIONS = "organisations.organisationindexpage"
SECTIONS = (EVENTS, CAMPAIGNS, RESEARCH, ORGANISATIONS)

EDITORS = "Editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
EVENT_ORGANISERS = "Event organisers"
CAMPAIGN_MANAGERS = "Campaign managers"
DIRECTORY_MODERATORS = "Directory moderators"
REPRESENTATIVES = "Organisation representatives"


def model_rights(models, actions):
    return [
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in models
        for action in actions
    ]


ROLES = {
    EDITORS: {
        "permissions": ADMIN + TRANSLATE + model_rights(SHARED, ["add", "change", "view"]),
        "pages": {ROOT: WRITE},
        "collections": MEDIA_WRITE,
    },
    TRANSLATORS: {
        "permissions": ADMIN + TRANSLATE + model_rights(SHARED, ["change", "view"]),
        "pages": {ROOT: WRITE},
        "collections": MEDIA_CHOOSE,
    },
    MODERATORS: {
        "permissions": ADMIN
        + TRANSLATE
        + model_rights(SHARED, ["add", "change", "delete", "view"])
        + SITE
        + PROMOTED
        + DIRECTORY,
        "pages": {ROOT: MODERATE},
        "collections": MEDIA_WRITE,
    },
    EVENT_ORGANISERS: {
        "permissions": ADMIN
        + TRANSLATE
        + REGISTRATIONS
        + model_rights(["core.person"], ["add", "view"]),
        "pages": {EVENTS: PUBLISH},
        "collections": MEDIA_WRITE,
    },
    CAMPAIGN_MANAGERS: {
        "permissions": ADMIN
        + TRANSLATE
        + SUPPORTERS
        + model_rights(["campaigns.audience"], ["add", "change", "view"]),
        "pages": {CAMPAIGNS: WRITE},
        "collections": MEDIA_WRITE,
    },
    DIRECTORY_MODERATORS: {
        "permissions": ADMIN
        + TRANSLATE
        + DIRECTORY
        + model_rights(["organisations.focusarea"], ["add", "change", "view"]),
        "pages": {ORGANISATIONS: PUBLISH},
        "collections": ["add_image", "change_image", "choose_image"],
    },
    REPRESENTATIVES: {"permissions": ADMIN, "pages": {}, "collections": []},
}


def permission(apps, dotted):
    """The Permission `app_label.codename`, made when missing (a migration runs before Django's
    post_migrate creates them); its name follows Django's "Can <action> <model>"."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found:
        return found
    action, _, model = codename.partition("_")
    if app_label == "wagtailadmin":
        model = "admin"
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    name = f"Can {action} {model}"[:255]
    return Permission.objects.create(content_type=content_type, codename=codename, name=name)


def section_pages(apps, label):
    Page = apps.get_model("wagtailcore", "Page")
    if label == ROOT:
        return Page.objects.filter(depth=1)
    app_label, model = label.split(".")
    return Page.objects.filter(content_type__app_label=app_label, content_type__model=model)


def grant_pages(apps, group, label, codenames, pages=None):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    pages = section_pages(apps, label) if pages is None else pages
    for page in pages:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(apps, f"wagtailcore.{codename}")
            )


def grant_collections(apps, group, codenames):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in codenames:
        app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission(apps, f"{app_label}.{codename}")
        )


def sync(apps):
    """Make every role's group and grant whatever of its rights it lacks (idempotent)."""
    Group = apps.get_model("auth", "Group")
    for name, role in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[permission(apps, dotted) for dotted in role["permissions"]])
        for label, codenames in role["pages"].items():
            grant_pages(apps, group, label, codenames)
        grant_collections(apps, group, role["collections"])
    workflows.sync(apps)


def grant_section(page):
    """A new section page (the real registry): every role with rights on its type gets them."""

    label = page._meta.label_lower
    for name, role in ROLES.items():
        if label in role["pages"]:
            group, _ = Group.objects.get_or_create(name=name)
            grant_pages(apps, group, label, role["pages"][label], pages=[page])
    if label in workflows.SECTIONS:
        workflows.assign(apps, [page])


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    """A new section page gets its roles' page rights; not while fixtures or a database copy are
    loaded (`raw`: the rows, its rights among them, arrive as they were)."""
    if created and not raw and instance._meta.label_lower in SECTIONS:
        grant_section(instance)
