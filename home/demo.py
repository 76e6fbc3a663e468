"""Demo content for the home page and the general pages, from the action's own description."""

from django.conf import settings

from wagtail.models import Locale, Page, Site

from contact.models import ContactPage
from core.demo import (
    T,
    draw_albania,
    get_or_create_image,
    paragraphs,
    translate,
    translated_slug,
    translations_of,
)
from core.models import SiteIdentity
from home.demo_texts import ABOUT, CONTACT, CONTACT_CTA, HOME, JOIN_CTA, PRIVACY
from home.models import HomePage, StandardPage

DEMO_ORDER = 20
ABOUT_SLUG = "rreth-nesh"
CONTACT_SLUG = "kontakt"
CONTACT_EN_SLUG = "contact"


def ensure_home():
    """The default-language home page and its Site, recreated if the tree was flushed."""

    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        return site.root_page.specific
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=default)
    home = HomePage.objects.filter(depth=2, locale=default).first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Kreu", slug="home", hero_intro=""))
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def stream(blocks, lang="sq"):
    """StreamField data from (block_type, value) pairs whose texts are T pairs."""
    return [(kind, _in_language(value, lang)) for kind, value in blocks]


def _in_language(value, lang):
    if isinstance(value, T):
        return getattr(value, lang)
    if isinstance(value, dict):
        return {key: _in_language(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [_in_language(item, lang) for item in value]
    return value


def _table(rows, caption):
    return {
        "data": rows,
        "table_caption": caption,
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_header_choice": "row",
    }


def fill_home(home, image, about, log):
    if home.hero_intro:
        return
    home.title = home.draft_title = HOME["title"].sq
    home.hero_heading = HOME["hero_heading"].sq
    home.hero_intro = paragraphs(*HOME["hero_intro"])
    home.hero_image = image
    home.hero_cta_label = HOME["hero_cta_label"].sq
    home.hero_cta_page = about
    home.search_description = HOME["search_description"].sq
    home.body = stream(_blocks(HOME["body"]))
    home.save_revision().publish()
    log("  home page (sq)")


# An older demo called the library "Kërkime" on the home page too (see core.demo.renamed).
RENAMED = {
    "hero_intro": ("ndajnë kërkimet, ", "ndajnë botimet, "),
    "search_description": ("Kërkime, fushata, ", "Botime, fushata, "),
}


def renew_home(home, log):
    """Give an older demo's home page the library's new name, in every language."""
    changed = False
    for field, (before, after) in RENAMED.items():
        value = getattr(home, field)
        if before in value:
            setattr(home, field, value.replace(before, after))
            changed = True
    if not changed:
        return
    home.save_revision().publish()
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        translate(home, locale, translations_of(HOME), log)
    log("  home page: the library's new name")


def create_page(parent, model, slug, content, extra_blocks=(), **extra):
    """A child of `parent` built from a T-valued `content` dict, or the existing one."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(
        slug=slug,
        title=content["title"].sq,
        intro=content["intro"].sq,
        search_description=content["search_description"].sq,
        body=stream(_blocks(content["body"])) + stream(extra_blocks),
        **extra,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _blocks(body):
    blocks = []
    for kind, value in body:
        if kind == "paragraphs":
            blocks += [("paragraph", T(f"<p>{v.sq}</p>", f"<p>{v.en}</p>")) for v in value]
        elif kind == "table":
            blocks.append(("table", _table(value["rows"], value["caption"])))
        else:
            blocks.append((kind, value))
    return blocks


def translate_tree(pages, contents, log):
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        for page, content in zip(pages, contents, strict=True):
            if page.get_translation_or_none(locale) is None:
                translate(page, locale, translations_of(content), log)
                log(f"  {page.slug} ({locale.language_code})")


def load_demo(log):

    home = ensure_home()
    image = get_or_create_image(HOME["image_title"].sq, draw_albania)
    contact = ensure_contact(home, log)
    # "Join the network" (JOIN_CTA) is added once the directory exists (organisations.demo)
    about = create_page(home, StandardPage, ABOUT_SLUG, ABOUT, show_in_menus=True)
    privacy = create_page(home, StandardPage, "privatesia", PRIVACY)
    if about.path > contact.path:  # menus follow tree order: About before Contact
        about.move(contact, pos="left")
        about.refresh_from_db()
    fill_home(home, image, about, log)
    renew_home(home, log)
    SiteIdentity.objects.filter(privacy_page=None).update(privacy_page=privacy)
    contents = [HOME, (ABOUT, CONTACT_CTA), PRIVACY, CONTACT]
    translate_tree([home, about, privacy, contact], contents, log)
    for locale in Locale.objects.filter(language_code="en"):
        translated_slug(about, locale, "about", (ABOUT, CONTACT_CTA, JOIN_CTA), log)
        translated_slug(privacy, locale, "privacy", PRIVACY, log)
        translated_slug(contact, locale, CONTACT_EN_SLUG, CONTACT, log)


def ensure_contact(home, log):
    """The Contact page at /sq/kontakt/. An older demo made it a StandardPage: it is replaced by a
    ContactPage at the same place in the menu, keeping its address and its own texts (About's
    action that led there is renewed by organisations.demo)."""
    old = (
        home.get_children()
        .filter(slug=CONTACT_SLUG)
        .exclude(content_type__model="contactpage", content_type__app_label="contact")
    )
    old = old.specific().first()
    if old is None:
        return create_page(home, ContactPage, CONTACT_SLUG, CONTACT, show_in_menus=True)
    after = old.get_next_sibling()
    kept = {
        "title": old.title,
        "intro": getattr(old, "intro", ""),
        "body": getattr(old, "body", []),
    }
    for page in [*old.get_translations(), old]:
        page.delete()
    contact = create_page(home, ContactPage, CONTACT_SLUG, CONTACT, show_in_menus=True)
    contact.title, contact.intro, contact.body = kept["title"], kept["intro"], kept["body"]
    contact.save_revision().publish()
    if after is not None:
        contact.move(after, pos="left")
    log("  kontakt: now a Contact page (was a standard page)")
    return ContactPage.objects.get(pk=contact.pk)
