from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Election, Person, SiteIdentity, Topic


class SiteIdentityViewSet(SnippetViewSet):
    model = SiteIdentity
    icon = "site"
    menu_label = _("Site identity")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["site_name", "locale"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["full_name", "affiliation", "locale"]
    search_fields = ["given_name", "family_name", "affiliation"]


class ElectionViewSet(SnippetViewSet):
    model = Election
    icon = "calendar"
    list_display = ["name", "date", "locale"]


class SharedContentGroup(SnippetViewSetGroup):
    items = (TopicViewSet, PersonViewSet, ElectionViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Shared content")
    menu_order = 300


register_snippet(SiteIdentityViewSet)
register_snippet(SharedContentGroup)
