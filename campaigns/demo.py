"""Demo campaigns: eight bilingual campaigns across statuses, materials and supporters."""

from datetime import date

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale

from campaigns import demo_texts as texts
from campaigns.models import Audience, CampaignMaterial, CampaignPage, Supporter, SupporterStatus
from core.demo import (
    T,
    get_or_create_image,
    index_page,
    taxonomy,
    translate_page,
)
from core.demo_art import draw_campaign_art
from core.demo_pdf import make_pdf
from core.models import County, Municipality, Topic
from home.demo import ensure_home, stream

DEMO_ORDER = 40
WRITTEN_ON = date(2026, 11, 25)  # the demo dates are relative to this day, shifted to today
PALETTES = [
    ("#14213d", "#b3261e"),
    ("#0b5d5b", "#14213d"),
    ("#5b2333", "#14213d"),
    ("#1f3a5f", "#0b5d5b"),
]


def load_demo(log):

    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    audiences = taxonomy(Audience, texts.AUDIENCES, default, others, log)
    listing = index_page(home, "campaigns.CampaignIndexPage", texts.CAMPAIGN_INDEX, others, log)
    for number, item in enumerate(texts.CAMPAIGNS):
        page = campaign(listing, item, audiences, number, log)
        translate_page(page, others, item, log)
        supporters(page, item, number)


def campaign(listing, item, audiences, number, log):

    page = CampaignPage.objects.child_of(listing).filter(slug=item["slug"]).first()
    if page is not None:
        return page
    support = item["support"]
    page = CampaignPage(
        slug=item["slug"],
        title=item["title"].sq,
        tagline=item["tagline"].sq,
        hero_image=picture(item, number, (1440, 960)),
        start_date=shifted(item["start"]),
        end_date=shifted(item["end"]),
        intro=item["intro"][0].sq,
        body=stream(body_blocks(item)),
        hashtags=item["hashtags"],
        collects_support=support is not None,
        support_intro=support["intro"].sq if support else "",
        support_goal=support["goal"] if support else None,
    )
    page.topics = list(Topic.objects.filter(locale__language_code="sq", slug__in=item["topics"]))
    page.audiences = [audiences[slug] for slug in item["audiences"]]
    page.counties = list(County.objects.filter(code__in=item["counties"]))
    page.materials = [material(item, kind, title, number) for kind, title in item["materials"]]
    listing.add_child(instance=page)
    page.save_revision().publish()
    log(f"  campaign: {item['slug']}")
    return page


def shifted(day):
    """Keep each demo campaign's status (active, upcoming, ended) whenever the demo is loaded."""
    return day + (timezone.localdate() - WRITTEN_ON) if day else None


def body_blocks(item):
    blocks = [("paragraph", T(f"<p>{p.sq}</p>", f"<p>{p.en}</p>")) for p in item["intro"][1:]]
    blocks.append(("key_messages", {"heading": "", "messages": item["key_messages"]}))
    facts = [{"fact": f, "source": s, "source_url": url} for f, s, url in item["facts"]]
    blocks.append(("facts", {"heading": "", "facts": facts}))
    return blocks


def material(item, kind, title, number):
    if kind == "leaflet":
        return CampaignMaterial(title=title.sq, kind=kind, document=leaflet(item, title))
    size = (1080, 1080) if kind == "social_card" else (1240, 1754)
    return CampaignMaterial(title=title.sq, kind=kind, image=picture(item, number, size, title.sq))


def picture(item, number, size, title=None):
    top, bottom = PALETTES[number % len(PALETTES)]

    def draw(canvas, dimensions):
        return draw_campaign_art(canvas, dimensions, top=top, bottom=bottom)

    return get_or_create_image(title or item["title"].sq, draw, size=size)


def leaflet(item, title):
    Document = get_document_model()
    existing = Document.objects.filter(title=title.sq).first()
    if existing:
        return existing
    lines = [text.sq for text in item["intro"] + item["key_messages"]]
    data = make_pdf(title.sq, lines)
    document = Document(title=title.sq, file=ContentFile(data, name=f"{item['slug']}.pdf"))
    document._set_document_file_metadata()
    document.save()
    return document


def supporters(page, item, number):
    """Confirmed demo supporters with example.org addresses (fictional people)."""

    if Supporter.objects.filter(campaign_key=page.translation_key).exists():
        return
    municipalities = list(Municipality.objects.order_by("pk"))
    Supporter.objects.bulk_create(
        Supporter(
            campaign=page,
            campaign_key=page.translation_key,
            first_name=texts.FIRST_NAMES[n % len(texts.FIRST_NAMES)],
            email=f"mbeshtetes{number}.{n}@example.org",
            municipality=municipalities[(n * 7 + number) % len(municipalities)],
            language="sq" if n % 3 else "en",
            status=SupporterStatus.CONFIRMED,
            consent_text="demo",
            confirmed_at=timezone.now(),
        )
        for n in range(item["supporters"])
    )
