"""Demo events: round tables, strategy meetings, trainings, a conference and a webinar, with
registrations (one event nearly full, one with a waiting list). Dates follow the day of loading."""

import datetime

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale

from core.demo import index_page, translate, translate_page, translations_of
from core.models import Municipality, Person, Topic
from events import demo_texts as texts
from events.models import EventPage, EventSpeaker, Registration, RegistrationStatus
from home.demo import ensure_home

DEMO_ORDER = 50
TIRANE = timezone.get_default_timezone()


def load_demo(log):
    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    speakers = people(default, others, log)
    listing = index_page(home, "events.EventIndexPage", texts.EVENT_INDEX, others, log)
    for number, item in enumerate(texts.EVENTS):
        page = event(listing, item, speakers, log)
        translate_page(page, others, item, log)
        registrations(page, item, number)


def people(default, others, log):
    found = {}
    for key, given, family, affiliation, role in texts.SPEAKERS:
        person = Person.objects.filter(locale=default, given_name=given, family_name=family).first()
        if person is None:
            person = Person.objects.create(
                locale=default,
                given_name=given,
                family_name=family,
                affiliation=affiliation.sq,
                role=role.sq,
            )
        for locale in others:
            if not Person.objects.filter(translation_key=person.translation_key, locale=locale):
                translate(person, locale, translations_of([affiliation, role]), log)
        found[key] = person
    return found


def at(day, clock):
    return datetime.datetime.combine(day, clock, tzinfo=TIRANE)


def event(listing, item, speakers, log):
    page = EventPage.objects.child_of(listing).filter(slug=item["slug"]).first()
    if page is not None:
        return page
    day = timezone.localdate() + datetime.timedelta(days=item["day_offset"])
    page = EventPage(
        slug=item["slug"],
        title=item["title"].sq,
        kind=item["kind"],
        summary=item["summary"].sq,
        description="".join(f"<p>{text.sq}</p>" for text in item["description"]),
        start=at(day, item["start"]),
        end=at(day, item["end"]),
        venue=item["venue"].sq if item["venue"] else "",
        address=item["address"].sq if item["address"] else "",
        municipality=Municipality.objects.filter(slug=item["municipality"]).first(),
        online_link="https://meet.example.org/" + item["slug"] if item["online"] else "",
        capacity=item["capacity"],
        requires_approval=item["requires_approval"],
        per_organisation_limit=item["per_organisation_limit"],
        agenda=[
            ("item", {"time": clock, "item": text.sq, "speakers": [speakers[key] for key in keys]})
            for clock, text, keys in item["agenda"]
        ],
        outcomes="".join(f"<p>{text.sq}</p>" for text in item["outcomes"]),
    )
    page.topics = list(Topic.objects.filter(locale__language_code="sq", slug__in=item["topics"]))
    page.speakers = [EventSpeaker(person=speakers[key]) for key in item["speakers"]]
    listing.add_child(instance=page)
    page.save_revision().publish()
    log(f"  event: {item['slug']}")
    return page


def registrations(page, item, number):
    """Fictional registrants (example.org addresses), filling seats in order of arrival."""

    if Registration.objects.filter(event_key=page.translation_key).exists():
        return
    past = page.end < timezone.now()
    rows = []
    for n in range(item["registrations"]):
        if past:
            status = RegistrationStatus.ATTENDED if n % 5 else RegistrationStatus.CANCELLED
        elif page.capacity is not None and n >= page.capacity:
            status = RegistrationStatus.WAITING
        elif page.requires_approval:
            status = RegistrationStatus.PENDING
        else:
            status = RegistrationStatus.CONFIRMED
        first = texts.REGISTRANT_FIRST_NAMES[(n + number) % len(texts.REGISTRANT_FIRST_NAMES)]
        last = texts.REGISTRANT_LAST_NAMES[(n * 7 + number) % len(texts.REGISTRANT_LAST_NAMES)]
        rows.append(
            Registration(
                event=page,
                event_key=page.translation_key,
                name=f"{first} {last}",
                email=f"pjesemarres{number}.{n}@example.org",
                organisation_name=texts.ORGANISATION_NAMES[n % len(texts.ORGANISATION_NAMES)],
                position=texts.POSITIONS[n % len(texts.POSITIONS)].sq,
                language="sq" if n % 4 else "en",
                status=status,
                consent_text="demo",
                created_at=timezone.now() - datetime.timedelta(minutes=item["registrations"] - n),
            )
        )
    Registration.objects.bulk_create(rows)
