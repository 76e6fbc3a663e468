"""Roles on a database without test_roles.py's shared site (whose tests share one on which
`sync_roles` has already run): the migration made the groups, and a section made later gets
its rights."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission

from events.factories import EventIndexPageFactory
from roles import groups as roles


@pytest.mark.django_db
def test_the_migration_made_every_group():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


@pytest.mark.django_db
def test_a_section_page_made_later_gets_its_roles_rights(home):
    events = EventIndexPageFactory(parent=home)
    grants = GroupPagePermission.objects.filter(page=events, group__name=roles.EVENT_ORGANISERS)
    assert set(grants.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
    }
