"""Demo directory: focus areas and 33 invented organisations in both languages, spread over the
12 counties, with logos; demo registrations that name one of them are linked to its profile,
and some are partners of the demo campaigns (loaded before, see DEMO_ORDER)."""

from django.apps import apps
from django.conf import settings

from wagtail.models import Locale

from contact.models import ContactPage
from core.demo import T, get_or_create_image, index_page, translate, translate_page, translations_of
from core.demo_art import draw_logo
from core.models import Municipality
from home.demo import ABOUT_SLUG, ensure_home, stream
from home.demo_texts import ABOUT, JOIN_CTA
from organisations import demo_texts as texts
from organisations.models import FocusArea, OrganisationPage

DEMO_ORDER = 60
COLOURS = ["#0b5d5b", "#b3261e", "#14213d", "#6b4a00", "#1d5c2e", "#5b2a86"]


def load_demo(log):
    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    areas = focus_areas(default, others, log)
    directory = index_page(
        home, "organisations.OrganisationIndexPage", texts.DIRECTORY, others, log
    )
    invite_from_about(home, directory, others, log)
    places = {item.slug: item for item in Municipality.objects.select_related("county")}
    for number, row in enumerate(texts.ORGANISATIONS):
        page = organisation(directory, number, row, areas, places, log)
        for locale in others:
            if page.get_translation_or_none(locale) is None:
                translate(page, locale, translations_of(content(row, places)), log)
        link_registrations(page)
    for slug, details in texts.IMPLEMENTERS.items():
        complete(directory, slug, details, areas, places, others, log)
    for slug, partners in texts.CAMPAIGN_PARTNERS.items():
        partner_in(directory, slug, partners, log)


def invite_from_about(home, directory, others, log):
    """About's "Join the network" leads to the directory's registration form: added to an About
    page without one, in place of an older demo's action that led to Contact."""

    about = home.get_children().filter(slug=ABOUT_SLUG).first()
    if about is None:
        return
    about = about.specific
    actions = [block for block in about.body if block.block_type == "call_to_action"]
    if any(block.value["route"] == "register" for block in actions):
        return
    join = stream([("call_to_action", {**JOIN_CTA, "page": directory, "route": "register",
                                       "external_url": ""})])[0]  # fmt: skip
    kept = [(b.block_type, b.value) for b in about.body if not leads_to_contact(b)]
    at = next((n for n, b in enumerate(about.body) if leads_to_contact(b)), len(kept))
    about.body = [*kept[:at], join, *kept[at:]]
    about.save_revision().publish()
    log("  About: join the network")
    for locale in others:
        translate(about, locale, translations_of(ABOUT, JOIN_CTA), log)


def leads_to_contact(block):
    """An older demo's About action: to the Contact page (or to where it was, now gone)."""
    if block.block_type != "call_to_action" or block.value["external_url"]:
        return False
    page = block.value["page"]
    return page is None or page.slug == "kontakt" or issubclass(page.specific_class, ContactPage)


def publishers(home, others, log):
    """{slug: page} of the implementing organisations (the publishers of the demo library)."""

    directory = index_page(
        home, "organisations.OrganisationIndexPage", texts.DIRECTORY, others, log
    )
    found = {}
    for item in texts.PUBLISHERS:
        page = OrganisationPage.objects.child_of(directory).filter(slug=item["slug"]).first()
        if page is None:
            page = OrganisationPage(
                slug=item["slug"],
                title=item["title"].sq,
                acronym=item["acronym"].sq,
                website=item["website"],
                intro=item["intro"].sq,
            )
            directory.add_child(instance=page)
            page.save_revision().publish()
        translate_page(page, others, item, log, own_slugs=False)  # names keep their slugs
        found[item["slug"]] = page
    return found


def focus_areas(default, others, log):
    found = {}
    for slug, name in texts.FOCUS_AREAS:
        area = FocusArea.objects.filter(locale=default, slug=slug).first()
        if area is None:
            area = FocusArea.objects.create(locale=default, slug=slug, name=name.sq)
            log(f"  focus area: {slug}")
        for locale in others:
            if not FocusArea.objects.filter(translation_key=area.translation_key, locale=locale):
                translate(area, locale, translations_of(name), log)
        found[slug] = area
    return found


def content(row, places):
    """The translatable texts of a demo profile, as T pairs."""
    _slug, name, acronym, seat, elsewhere, focus, _year, networks = row
    summary, mission = texts.FOCUS_TEXTS[focus[0]]
    where = [places[seat], *(places[slug] for slug in elsewhere)]
    return {
        "title": name,
        "acronym": acronym,
        "intro": T(
            f"{summary.sq} Punon në {_join([p.name_sq for p in where], 'dhe')}.",
            f"{summary.en} Works in {_join([p.name_en for p in where], 'and')}.",
        ),
        "mission": mission,
        "networks": T(
            "\n".join(texts.NETWORKS[i].sq for i in networks),
            "\n".join(texts.NETWORKS[i].en for i in networks),
        ),
        # wagtail-localize offers a multi-line text to translators with <br/> between lines
        "networks_segment": T(
            "<br/>".join(texts.NETWORKS[i].sq for i in networks),
            "<br/>".join(texts.NETWORKS[i].en for i in networks),
        ),
    }


def _join(names, conjunction):
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def organisation(directory, number, row, areas, places, log):
    slug, _name, acronym, seat, elsewhere, focus, year, _networks = row
    page = OrganisationPage.objects.child_of(directory).filter(slug=slug).first()
    if page is not None:
        return page
    texts_sq = {key: value.sq for key, value in content(row, places).items()}
    texts_sq.pop("networks_segment")
    municipalities = [places[seat], *(places[item] for item in elsewhere)]
    page = OrganisationPage(
        slug=slug,
        logo=logo(acronym.sq, number),
        seat=places[seat],
        founding_year=year,
        nipt=f"{'KLM'[number % 3]}{61000000 + number * 7919:08d}{'ABCDEFGHIJ'[number % 10]}",
        contact_email=f"info@{slug}.example.org",
        phone=f"+355 6{7 + number % 3} {200 + number * 13:03d} {1000 + number * 37:04d}",
        website=f"https://{slug}.example.org",
        facebook=f"https://www.facebook.com/{slug}.example" if number % 2 == 0 else "",
        **texts_sq,
    )
    page.focus_areas = [areas[key] for key in focus]
    page.municipalities = municipalities
    page.counties = list({item.county for item in municipalities})
    directory.add_child(instance=page)
    page.save_revision().publish()
    log(f"  {slug}")
    return page


def logo(acronym, number):
    def draw(canvas, size):
        draw_logo(canvas, size, acronym=acronym, colour=COLOURS[number % len(COLOURS)])

    return get_or_create_image(f"Logo {acronym} (demo {number})", draw, size=(400, 400))


def complete(directory, slug, details, areas, places, others, log):
    """Fill in the places and focus areas of a profile another app's demo made (the action's
    implementers), once, and carry them over to its translations."""

    page = OrganisationPage.objects.child_of(directory).filter(slug=slug).first()
    if page is None or page.focus_areas.exists():
        return
    seat, elsewhere, focus, year = details
    municipalities = [places[seat], *(places[item] for item in elsewhere)]
    page.seat, page.founding_year = places[seat], year
    page.focus_areas = [areas[key] for key in focus]
    page.municipalities = municipalities
    page.counties = list({item.county for item in municipalities})
    page.save_revision().publish()
    for locale in others:
        translated = page.get_translation_or_none(locale)
        if translated is not None:
            mapping = {page.title: translated.title, page.acronym: translated.acronym,
                       page.intro: translated.intro}  # fmt: skip
            translate(page, locale, {key: value for key, value in mapping.items() if key}, log)
    log(f"  {slug}: places and focus areas")


def link_registrations(page):
    """Demo registrations typed this organisation's name: point them at its profile."""
    if not apps.is_installed("events"):
        return
    Registration = apps.get_model("events", "Registration")
    Registration.objects.filter(organisation__isnull=True, organisation_name=page.title).update(
        organisation=page
    )


def partner_in(directory, campaign_slug, partner_slugs, log):
    """Make these profiles partners of a demo campaign, in every language the campaign has,
    once (a second run finds them there and publishes nothing)."""

    if not apps.is_installed("campaigns"):
        return
    CampaignPage = apps.get_model("campaigns", "CampaignPage")
    source = CampaignPage.objects.filter(slug=campaign_slug, locale=directory.locale).first()
    if source is None:
        return
    partners = list(OrganisationPage.objects.child_of(directory).filter(slug__in=partner_slugs))
    for campaign in CampaignPage.objects.filter(translation_key=source.translation_key):
        wanted = [page.get_translation_or_none(campaign.locale) or page for page in partners]
        present = {page.pk for page in campaign.partners.all()}
        missing = [page for page in wanted if page.pk not in present]
        if missing:
            campaign.partners.add(*missing)
            campaign.save_revision().publish()
            log(f"  {campaign_slug} ({campaign.locale.language_code}): {len(missing)} partner(s)")
