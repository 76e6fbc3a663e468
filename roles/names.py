"""Group names in the admin user's language.

A group's name is its stored key: English, stable, and what code looks groups up by
(`Group.objects.get(name=roles.EDITORS)`, `EVENT_ORGANISERS_GROUP`, `group__name__startswith`).
People never see the key: `Group.__str__` (what Wagtail's forms, filters, choosers, titles and
messages print: the user editor's group boxes, the users listing's filter, a workflow task's
groups, page privacy) and the Groups listing's name column (roles.viewsets) show `label(name)`,
the role's name translated into the active language. A group an administrator makes keeps
the name they typed; a representatives' group keeps its organisation's title and id.
"""

from django.utils.translation import pgettext_lazy

from roles import groups

LABELS = {
    groups.EDITORS: pgettext_lazy("admin group", "Editors"),
    groups.TRANSLATORS: pgettext_lazy("admin group", "Translators"),
    groups.MODERATORS: pgettext_lazy("admin group", "Moderators"),
    groups.EVENT_ORGANISERS: pgettext_lazy("admin group", "Event organisers"),
    groups.CAMPAIGN_MANAGERS: pgettext_lazy("admin group", "Campaign managers"),
    groups.DIRECTORY_MODERATORS: pgettext_lazy("admin group", "Directory moderators"),
    groups.REPRESENTATIVES: pgettext_lazy("admin group", "Organisation representatives"),
}
# "Organisation representatives: <title> (<pk>)" (organisations.representatives.bounded_name)
ONE_ORGANISATION = f"{groups.REPRESENTATIVES}: "


def label(name):
    """The group called `name` as the active language says it."""
    if name in LABELS:
        return str(LABELS[name])
    if name.startswith(ONE_ORGANISATION):
        return f"{LABELS[groups.REPRESENTATIVES]}: {name[len(ONE_ORGANISATION) :]}"
    return name


def group_str(group):
    return label(group.name)
