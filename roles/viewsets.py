"""Settings -> Groups with each group's name in the admin user's language (roles.names).

Wagtail's own way to change its group screens: `RolesUsersConfig.group_viewset` (roles.apps)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import TitleColumn
from wagtail.users.views import groups


class IndexView(groups.IndexView):
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=str,  # Group.__str__: the translated name
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class GroupViewSet(groups.GroupViewSet):
    index_view_class = IndexView
