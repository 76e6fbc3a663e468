"""The Albanian admin: Wagtail's and wagtail-localize's strings in catalogs of our own
(locale_admin/), complete against the installed packages, offered as an admin language, used by
the script catalogs, and by Wagtail's emails in the recipient's language."""

import filecmp
import json
import shutil
import subprocess
import sys
from datetime import datetime, timedelta

import polib
import pytest

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

from core.catalogs import (
    _copy_sources,
    admin_catalog_dir,
    admin_catalog_paths,
    incomplete_entries,
    missing_upstream,
    placeholder_mismatches,
)
from core.models import User

ADMIN_CATALOGS = admin_catalog_paths()


def test_admin_catalogs_are_albanian_django_and_djangojs_with_albanian_plurals():
    assert [(p.parent.parent.name, p.name) for p in ADMIN_CATALOGS] == [
        ("sq", "django.po"),
        ("sq", "djangojs.po"),
    ]
    for path in ADMIN_CATALOGS:
        assert polib.pofile(str(path)).metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert settings.LOCALE_PATHS[0].name == "locale"  # the site's strings win where shared
    assert admin_catalog_dir() in settings.LOCALE_PATHS


@pytest.mark.parametrize("path", ADMIN_CATALOGS, ids=lambda path: path.name)
def test_admin_catalog_is_complete_keeps_placeholders_and_covers_the_installed_packages(path):
    assert incomplete_entries(path) == []
    assert placeholder_mismatches(path) == []
    assert missing_upstream(path) == []


def test_a_string_the_installed_wagtail_has_and_the_catalog_lacks_is_reported(tmp_path):
    po = polib.pofile(str(admin_catalog_dir() / "sq/LC_MESSAGES/django.po"))
    po.remove(po.find("Save draft"))
    po.find("Publish").flags.append("fuzzy")
    po.save(str(tmp_path / "django.po"))
    assert ("", "Save draft", "wagtail.admin") in missing_upstream(tmp_path / "django.po")
    assert incomplete_entries(tmp_path / "django.po") == ["fuzzy: 'Publish'"]


def test_changed_placeholders_are_reported(tmp_path):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Edit '%(title)s'", msgstr="Redakto '%(titulli)s'"))
    po.append(polib.POEntry(msgid="<b>'{title}' is locked</b>.", msgstr="'{title}' është kyçur."))
    po.append(polib.POEntry(msgid="Change %s", msgstr="Ndrysho"))
    po.append(
        polib.POEntry(
            msgid="Delete 1 page",
            msgid_plural="Delete %(counter)s pages",
            msgstr_plural={0: "Fshi 1 faqe", 1: "Fshi %(counter)s faqe"},
        )
    )
    po.save(str(tmp_path / "django.po"))
    problems = placeholder_mismatches(tmp_path / "django.po")
    assert len(problems) == 3, problems
    assert not any("Fshi" in problem for problem in problems)  # "1" may stand for the count


@pytest.fixture
def compiled():
    call_command("compilemessages", "--ignore=.venv", "--ignore=node_modules", verbosity=0)


@pytest.fixture
def staff(db, compiled):
    return User.objects.create_superuser("redaktor", "redaktor@example.org", "x-2026-fjalekalim")


def set_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_admin_follows_an_albanian_browser_and_an_explicit_choice(client, staff):
    client.force_login(staff)
    albanian = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="sq-AL,sq;q=0.9").content.decode()
    assert 'lang="sq"' in albanian and "Përmbledhja e sajtit" in albanian
    english = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert 'lang="en"' in english and "Site summary" in english
    set_language(staff, "sq")
    chosen = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert 'lang="sq"' in chosen and "Site summary" not in chosen


def test_login_page_is_albanian_including_the_password_label(client, db, compiled):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="sq").content.decode()
    assert "Fjalëkalim" in html and "Shkruani fjalëkalimin" in html
    assert ">Password<" not in html and "Password\n" not in html


def test_account_offers_shqip_and_english(client, staff):
    client.force_login(staff)
    html = client.get(reverse("wagtailadmin_account"), HTTP_ACCEPT_LANGUAGE="sq").content.decode()
    assert '<option value="sq">Shqip</option>' in html
    assert '<option value="en">English</option>' in html and "Gjuha e preferuar" in html


def js_catalog(client, url):
    text = client.get(url, HTTP_ACCEPT_LANGUAGE="sq").content.decode()
    catalog = json.loads(text.split("const newcatalog = ", 1)[1].split(";\n", 1)[0])
    return text, catalog


def test_script_catalogs_of_wagtail_and_wagtail_localize_are_albanian(client, staff):
    client.force_login(staff)
    text, catalog = js_catalog(client, reverse("wagtailadmin_javascript_catalog"))
    assert catalog["Insert a block"] == "Fut një bllok"
    assert catalog["%(num)s error"] == ["%(num)s gabim", "%(num)s gabime"]
    assert "(n != 1)" in text
    _, localize = js_catalog(client, reverse("wagtail_localize:javascript_catalog"))
    assert localize["Not translated"] == "Pa përkthyer"
    assert localize["Translate"] == "Përkthe"


def test_wagtail_and_django_combine_into_whole_albanian_time_phrases(compiled):
    with translation.override("sq"):
        nine_minutes = timesince_simple(timezone.now() - timedelta(minutes=9, seconds=5))
        two_days = timesince_simple(timezone.now() - timedelta(days=2, minutes=1))
    assert nine_minutes == "9\xa0minuta më parë"
    assert two_days == "2\xa0ditë më parë"


def test_workflow_notification_goes_out_in_each_recipients_language(staff, home):
    from django.contrib.auth.models import Group

    reviewers = Group.objects.create(name="Shqyrtuesit")
    albanian = User.objects.create_user("arta", "arta@example.org", "x-2026-fjalekalim")
    english = User.objects.create_user("john", "john@example.org", "x-2026-fjalekalim")
    set_language(albanian, "sq")
    set_language(english, "en")
    reviewers.user_set.add(albanian, english)
    task = GroupApprovalTask.objects.create(name="Shqyrtimi")
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Rishikimi")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)  # a ParentalKey
    WorkflowPage.objects.create(workflow=workflow, page=home)
    home.save_revision(user=staff)
    mail.outbox.clear()

    workflow.start(home, staff)

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) >= {"arta@example.org", "john@example.org"}, [
        (m.to, m.subject) for m in mail.outbox
    ]
    assert "u dërgua për miratim" in by_recipient["arta@example.org"].subject
    assert "Përshëndetje" in by_recipient["arta@example.org"].body
    assert "submitted for approval" in by_recipient["john@example.org"].subject


@pytest.mark.parametrize(
    ("preferred", "browser", "expected"),
    [("sq", "en", "Rivendosja e fjalëkalimit"), ("en", "sq", "Password reset")],
)
def test_password_reset_email_in_the_recipients_language(
    client, staff, preferred, browser, expected
):
    set_language(staff, preferred)
    client.post(
        reverse("wagtailadmin_password_reset"),
        {"email": "redaktor@example.org"},
        HTTP_ACCEPT_LANGUAGE=browser,
    )
    assert len(mail.outbox) == 1
    assert expected in mail.outbox[0].subject


def test_makemessages_leaves_the_admin_catalogs_alone(tmp_path):
    base = settings.BASE_DIR
    copy = tmp_path / "src"
    _copy_sources(base, copy)
    shutil.copytree(base / "locale", copy / "locale", ignore=shutil.ignore_patterns("*.mo"))
    no_mo = shutil.ignore_patterns("*.mo")
    shutil.copytree(admin_catalog_dir(), copy / "locale_admin", ignore=no_mo)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "sq", "--no-location"]
        + ["--ignore=.venv", "--ignore=node_modules", "--ignore=staticfiles"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    assert sorted(p.name for p in (copy / "locale_admin/sq/LC_MESSAGES").iterdir()) == [
        "django.po",
        "djangojs.po",
    ]
    for name in ["django.po", "djangojs.po"]:
        assert filecmp.cmp(
            admin_catalog_dir() / "sq/LC_MESSAGES" / name,
            copy / "locale_admin/sq/LC_MESSAGES" / name,
            shallow=False,
        )


def test_translation_editor_comments_give_the_date_in_albanian(compiled):
    from wagtail_localize.models import StringTranslation

    translated = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=timezone.make_aware(datetime(2026, 12, 4, 10, 30)),
    )
    machine = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        tool_name="DeepL",
        updated_at=timezone.make_aware(datetime(2026, 11, 24, 10, 30)),
    )
    with translation.override("sq"):
        assert translated.get_comment() == "Përkthyer manualisht më 4 dhjetor 2026"
        assert machine.get_comment() == "Përkthyer me DeepL më 24 nëntor 2026"
