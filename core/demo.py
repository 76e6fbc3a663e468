"""Helpers for the demo content that `manage.py load_demo_content` builds.

Each app may have a `demo.py` with `DEMO_ORDER` (an int) and `load_demo(log)`; the command calls
them in order. Everything is create-if-missing, so running the command twice changes nothing.
Translations go through wagtail-localize's own records (a PO file per object), so editors find the
English versions in the translation editor exactly as if a translator had made them.
"""

import html
import io
import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw

from django.apps import apps
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.images.rect import Rect
from wagtail.models import Collection, Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from core.i18n import translate
from core.models import County, Municipality, SiteIdentity
from core.places import load_places

DATA_DIR = Path(__file__).resolve().parent / "data"
DEMO_ORDER = 10


@dataclass(frozen=True)
class T:
    """A text in both languages."""

    sq: str
    en: str


def translations_of(*values):
    """{Albanian: English} for every T found in `values` (nested lists, tuples and dicts)."""
    mapping = {}

    def walk(value):
        if isinstance(value, T):
            mapping[value.sq] = value.en
            mapping[html.escape(value.sq, quote=False)] = html.escape(value.en, quote=False)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(values)
    return mapping


def paragraphs(*texts, lang="sq"):
    """Rich text from T paragraphs, in one language."""
    return "".join(f"<p>{html.escape(getattr(text, lang), quote=False)}</p>" for text in texts)


def ensure_locales():
    """Both languages' Locale rows, the default first."""
    return [Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES]


def translate_all(obj, locales, content, log):
    """Translate a snippet into each of `locales` that it is missing from."""
    for locale in locales:
        if not obj.__class__.objects.filter(translation_key=obj.translation_key, locale=locale):
            translate(obj, locale, translations_of(content), log)


def taxonomy(model, rows, default, others, log):
    """{slug: snippet} of a translatable taxonomy from (slug, T(name)) rows."""
    found = {}
    for slug, name in rows:
        obj = model.objects.filter(locale=default, slug=slug).first()
        if obj is None:
            obj = model.objects.create(locale=default, slug=slug, name=name.sq)
            log(f"  {model._meta.verbose_name}: {slug}")
        translate_all(obj, others, name, log)
        found[slug] = obj
    return found


def index_page(home, model_name, content, others, log):
    """The index page of `model_name` under `home`, made and translated once."""
    model = apps.get_model(model_name)
    page = model.objects.child_of(home).first()
    if page is not None and page.slug == content.get("old_slug"):
        renamed(page, content, log)
    if page is None:
        page = model(
            slug=content["slug"],
            title=content["title"].sq,
            intro=content["intro"].sq,
            search_description=content["search_description"].sq,
            show_in_menus=True,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        log(f"  {content['slug']}")
    translate_page(page, others, content, log)
    return page


def renamed(page, content, log):
    """An older demo's section at `content["old_slug"]` takes its new name and address (an
    editor's own later rename is left alone); Wagtail's automatic redirects keep the old path of
    the page and of every page below it."""
    old = page.slug
    page.slug, page.title = content["slug"], content["title"].sq
    page.draft_title = page.title
    page.save_revision().publish()
    log(f"  {old} -> {page.slug}")


def own_slug(content, locale):
    """A translation's address: `content["slugs"][language]`, else its own title's slug."""
    given = content.get("slugs", {}).get(locale.language_code)
    title = getattr(content["title"], locale.language_code, "")
    return given or slugify(title)[:255]


def translate_page(page, others, content, log, own_slugs=True):
    """Translate `page` into each of `others` it is missing from, and give each translation an
    address in its own language (see own_slug, translated_slug)."""
    for locale in others:
        if page.get_translation_or_none(locale) is None:
            translate(page, locale, translations_of(content), log)
            log(f"  {page.slug} ({locale.language_code})")
        slug = own_slug(content, locale) if own_slugs else ""
        if slug:
            translated_slug(page, locale, slug, content, log)


def translated_slug(page, locale, slug, content, log, mapping=None):
    """Give `page`'s translation into `locale` the address `slug`, as a translator overriding
    the synchronised slug in wagtail-localize's editor would (so a later sync keeps it). On a
    database that had the old address, Wagtail's automatic redirects send it to the new one."""
    translation = page.get_translation(locale)
    if translation.slug == slug:
        return
    source, _created = TranslationSource.update_or_create_from_instance(page)
    segment = OverridableSegment.objects.get(source=source, context__path="slug")
    SegmentOverride.objects.update_or_create(
        locale=locale, context=segment.context, defaults={"data_json": json.dumps(slug)}
    )
    translate(page, locale, mapping or translations_of(content), log)
    log(f"  {translation.slug} -> {slug} ({locale.language_code})")


def get_or_create_image(title, draw, size=(1600, 900)):
    """A Wagtail image drawn by `draw(ImageDraw, size)`, found again by title on a second run.
    When `draw` returns a box (x, y, width, height) around the picture's subject, it becomes the
    image's focal point, which Wagtail's fill- crops keep in the frame."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", size, "#14213d")
    subject = draw(ImageDraw.Draw(canvas), size)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    name = "".join(c if c.isalnum() else "-" for c in title.lower())[:60] + ".png"
    image = Image(title=title, file=ImageFile(buffer, name=name))
    if subject:
        x, y, width, height = subject
        image.set_focal_point(Rect(x, y, x + width, y + height))
    image.save()
    return image


def albania_outline():
    """Albania's border as [(lon, lat), ...] (Natural Earth, public domain)."""
    data = json.loads((DATA_DIR / "albania_outline.geojson").read_text(encoding="utf-8"))
    return data["features"][0]["geometry"]["coordinates"][0]


def draw_albania(draw, size, fill="#f4c542", background=("#14213d", "#0b5d5b")):
    """Paint a vertical gradient and Albania's outline, scaled to fit the right half."""
    width, height = size
    top, bottom = (_hex_to_rgb(colour) for colour in background)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    points = albania_outline()
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    scale = 0.85 * height / (max(lats) - min(lats))
    x0 = width * 0.62 - scale * (max(lons) - min(lons)) / 2
    polygon = [
        (x0 + (lon - min(lons)) * scale, height * 0.075 + (max(lats) - lat) * scale)
        for lon, lat in points
    ]
    draw.polygon(polygon, fill=fill, outline="#ffffff")


def _hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


# The demo's own addresses live under zgjedhje.example.org (see SECURITY_CONTACT_EMAIL); example.org
# is reserved, so nothing is ever sent to a real mailbox.
CONTACT_EMAIL = "kontakt@zgjedhje.example.org"
OLD_CONTACT_EMAIL = "info@example.org"

IDENTITY = {
    "site_name": T("Zgjedhjet dhe Shoqëria Civile", "Elections and Civil Society"),
    "tagline": T(
        "Platforma e përbashkët e OSHC-ve për proceset zgjedhore",
        "The CSOs' common platform for electoral processes",
    ),
    "address": T("Tiranë, Shqipëri", "Tirana, Albania"),
    "footer_text": T(
        "Një platformë e përbashkët për organizatat e shoqërisë civile që monitorojnë zgjedhjet "
        "dhe kërkojnë reformë zgjedhore në Shqipëri.",
        "A common platform for the civil-society organisations that monitor elections and push "
        "for electoral reform in Albania.",
    ),
    "eu_funding_statement": T("Financuar nga Bashkimi Evropian", "Funded by the European Union"),
    "eu_disclaimer": T(
        "Kjo faqe interneti u realizua me mbështetjen financiare të Bashkimit Evropian. "
        "Përmbajtja e saj është përgjegjësi e vetme e QKBTAT-it dhe IPLS-it dhe nuk pasqyron "
        "domosdoshmërisht pikëpamjet e Bashkimit Evropian.",
        "This website was produced with the financial support of the European Union. Its "
        "contents are the sole responsibility of ANTTARC and IPLS and do not necessarily "
        "reflect the views of the European Union.",
    ),
}


def load_demo(log):
    """Both locales, and the site identity in Albanian with its English translation."""

    sq, *others = ensure_locales()
    if Collection.get_first_root_node() is None:  # after a flush of every table
        Collection.add_root(name="Root")
    if not Municipality.objects.exists():  # reference data, also loaded by a migration
        load_places(County, Municipality)
    identity = SiteIdentity.objects.filter(locale=sq).first()
    if identity is None:
        fields = {name: text.sq for name, text in IDENTITY.items()}
        identity = SiteIdentity.objects.create(locale=sq, contact_email=CONTACT_EMAIL, **fields)
        log("  site identity (sq)")
    for old in SiteIdentity.objects.filter(contact_email=OLD_CONTACT_EMAIL):  # an older demo's
        old.contact_email = CONTACT_EMAIL  # save(), so that cached pages and fragments follow
        old.save()
        log(f"  site identity ({old.locale}): {CONTACT_EMAIL}")
    for locale in others:
        if not SiteIdentity.objects.filter(translation_key=identity.translation_key, locale=locale):
            translate(identity, locale, translations_of(IDENTITY), log)
            log(f"  site identity ({locale.language_code})")
