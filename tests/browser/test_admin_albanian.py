"""The admin in Albanian, in a real Chromium: an editor with an Albanian browser visits the screens
editors use every day, and on each at least 95% of the visible interface text is Albanian
(the rule is in tests/browser/admin_text.py). The translation editor, StreamField and the choosers
are drawn by script, so this needs a browser."""

import pytest
from playwright.sync_api import expect

from tests.browser.admin_text import VISIBLE_TEXT_JS, classify, share, user_content

pytestmark = pytest.mark.browser

MINIMUM_SHARE = 0.95
PASSWORD = "redaktim-shqip-2026"


def editor():
    """A superuser without a preferred language: the admin follows the Albanian browser."""
    from core.models import User

    return User.objects.create_superuser(
        "redaktorja", "redaktorja@example.org", PASSWORD, first_name="Drita", last_name="Hoxha"
    )


def screens():
    """(name, admin path, CSS selector to wait for) of the everyday screens."""
    from django.urls import reverse

    from wagtail.models import Locale, Page

    from core.models import Topic
    from publications.models import PublicationPage

    home = Page.objects.get(depth=2, locale__language_code="sq")
    sq_pub = PublicationPage.objects.filter(locale__language_code="sq").first()
    en_pub = sq_pub.get_translation(Locale.objects.get(language_code="en")) if sq_pub else None
    assert sq_pub and en_pub, "the demo has a publication in both languages"
    settings_url = reverse("wagtailsettings:edit", args=["core", "socialmediasettings"])
    return [
        ("dashboard", reverse("wagtailadmin_home"), "main"),
        ("page explorer", reverse("wagtailadmin_explore", args=[home.pk]), "main table"),
        (
            "publication editor",
            reverse("wagtailadmin_pages:edit", args=[sq_pub.pk]),
            '[data-contentpath="body"] [data-streamfield-stream-container]',
        ),
        ("images", reverse("wagtailimages:index"), "main"),
        ("documents", reverse("wagtaildocs:index"), "main"),
        ("snippet listing", reverse(Topic.snippet_viewset.get_url_name("list")), "main table"),
        ("settings", settings_url, "main form"),
        ("site history report", reverse("wagtailadmin_reports:site_history"), "main"),
        ("aging pages report", reverse("wagtailadmin_reports:aging_pages"), "main"),
        ("workflows", reverse("wagtailadmin_workflows:index"), "main"),
        ("workflow tasks", reverse("wagtailadmin_workflows:task_index"), "main"),
        ("moderation report", reverse("wagtailadmin_reports:workflow"), "main"),
        (
            "translation editor",
            reverse("wagtailadmin_pages:edit", args=[en_pub.pk]),
            ".js-translation-editor > *",
        ),
        ("account", reverse("wagtailadmin_account"), "main form"),
    ]


def measure(page, content, root=None):
    albanian, english = classify(page.evaluate(VISIBLE_TEXT_JS, root), content)
    return share(albanian, english), english, len(albanian) + len(english)


def test_admin_screens_are_albanian_for_an_albanian_browser(site, page):
    editor()
    page.goto(site + "/admin/login/")
    results = {"login": measure(page, [])}
    page.locator("[name=username]").fill("redaktorja")
    page.locator("[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "sq")

    content = user_content()
    for name, path, ready in screens():
        page.goto(site + path)
        page.locator(ready).first.wait_for()
        page.wait_for_load_state("networkidle")
        results[name] = measure(page, content)
        if name == "publication editor":
            results["image chooser"] = open_image_chooser(page, content)
        if name == "account":
            options = page.locator("select[name$=preferred_language] option").all_inner_texts()
            assert "Shqip" in options and "English" in options

    report = "\n".join(
        f"{name}: {ratio:.1%} Albanian of {counted} ({'; '.join(english[:12])})"
        for name, (ratio, english, counted) in results.items()
    )
    print("\n" + report)
    assert all(counted >= 5 for _, _, counted in results.values()), report
    assert all(ratio >= MINIMUM_SHARE for ratio, _, _ in results.values()), report


def open_image_chooser(page, content):
    page.locator('[data-contentpath="cover_image"] .w-dropdown__toggle').click()  # image is set
    page.locator("[data-chooser-action-choose]:visible").first.click()
    modal = ".modal-content"
    page.locator(modal + " .listing, " + modal + " .w-tabs").first.wait_for()
    page.wait_for_load_state("networkidle")
    # The modal fades in: its text counts as visible only once its opacity has come up (on a
    # loaded machine that took longer than the load, and the chooser measured 0 strings).
    page.wait_for_function(f"(root) => ({VISIBLE_TEXT_JS})(root).length >= 5", arg=modal)
    result = measure(page, content, modal)
    page.keyboard.press("Escape")
    return result
