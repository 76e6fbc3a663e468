"""Turning an approved application into a profile page, in both languages as far as the
applicant's texts allow."""

from django.core.files.images import ImageFile
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.images import get_image_model
from wagtail.models import Locale

from core.collation import folded
from core.i18n import translate
from organisations.models import FocusArea, OrganisationIndexPage, OrganisationPage

COPIED = [
    "acronym", "intro", "mission", "seat", "founding_year", "nipt", "contact_email", "phone",
    "website", "facebook", "instagram", "x", "linkedin", "youtube", "networks",
]  # fmt: skip


class NoDirectory(Exception):
    pass


def directory():
    found = OrganisationIndexPage.objects.filter(locale=Locale.get_default()).first()
    if found is None:
        raise NoDirectory(_("Create the organisation directory page first."))
    return found


def unique_slug(parent, name):
    base = slugify(folded(name))[:60] or "organizata"
    slug, number = base, 1
    while OrganisationPage.objects.child_of(parent).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def logo_image(application):
    if not application.logo:
        return None
    application.logo.open("rb")
    name = application.logo.name.rsplit("/", 1)[-1]
    return get_image_model().objects.create(
        title=application.name, file=ImageFile(application.logo.file, name=name)
    )


def create_profile(application, publish=True):
    parent = directory()
    page = OrganisationPage(
        title=application.name,
        slug=unique_slug(parent, application.name),
        logo=logo_image(application),
        live=publish,
        **{field: getattr(application, field) for field in COPIED},
    )
    slugs = application.focus_areas.values("slug")
    page.focus_areas = list(FocusArea.objects.filter(locale=parent.locale, slug__in=slugs))
    page.counties = list(application.counties.all())
    page.municipalities = list(application.municipalities.all())
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        translate_profile(page, application)
    return page


def translate_profile(page, application):
    """The English profile, when the applicant wrote English texts and the English directory
    exists; otherwise translators make it later with wagtail-localize."""
    english = Locale.objects.filter(language_code="en").first()
    texts = [application.name_en, application.intro_en, application.mission_en]
    if english is None or not any(texts):
        return None
    if page.get_parent().get_translation_or_none(english) is None:
        return None
    mapping = {
        application.name: application.name_en or application.name,
        application.intro: application.intro_en or application.intro,
        application.mission: application.mission_en or application.mission,
    }
    return translate(page, english, {k: v for k, v in mapping.items() if k})
