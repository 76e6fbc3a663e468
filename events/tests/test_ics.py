"""Tests for the iCalendar writer; no database needed."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.ics import CalendarEvent, calendar, single

TIRANE = ZoneInfo("Europe/Tirane")
STAMP = datetime.datetime(2026, 1, 15, 12, 30, tzinfo=datetime.UTC)
LONG_TEXT = (
    "Tryezë e rrumbullakët për reformën zgjedhore me Komisionin Qendror të Zgjedhjeve, "
    "çështjet e financimit të fushatave, përfaqësimin e grave në listat e kandidatëve, "
    "votimin e diasporës dhe rolin e shoqërisë civile në vëzhgimin e procesit zgjedhor; "
    "takimi është i hapur për të gjithë çdo të interesuar."
)


def unfold(text):
    """Undo line folding: a CRLF followed by one space joins two physical lines."""
    return text.replace("\r\n ", "")


def unescape(value):
    """Undo RFC 5545 TEXT escaping."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def parse(text):
    """Parse content lines into (name, params, raw value) tuples."""
    lines = []
    for line in unfold(text).split("\r\n")[:-1]:
        head, value = line.split(":", 1)
        name, *params = head.split(";")
        lines.append((name, dict(p.split("=", 1) for p in params), value))
    return lines


def events_of(text):
    """Group the properties of each VEVENT into a dict of name -> (params, raw value)."""
    events, current = [], None
    for name, params, value in parse(text):
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (params, value)
    return events


def make_event(**overrides):
    """A round table in Tirana, with any field overridden."""
    fields = {
        "uid": "event-12@zgjedhje.example.org",
        "start": datetime.datetime(2026, 12, 1, 10, 0, tzinfo=TIRANE),
        "end": datetime.datetime(2026, 12, 1, 12, 0, tzinfo=TIRANE),
        "summary": "Tryezë e rrumbullakët",
    }
    fields.update(overrides)
    return CalendarEvent(**fields)


def only_event(event, **kwargs):
    """Render one event and return its parsed properties."""
    kwargs.setdefault("stamp", STAMP)
    [props] = events_of(single(event, **kwargs))
    return props


def test_crlf_line_endings_everywhere_and_final_crlf():
    text = single(make_event(description=LONG_TEXT), stamp=STAMP)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_calendar_header():
    names = [(name, value) for name, _, value in parse(single(make_event(), name="Ngjarjet"))]
    assert names[:7] == [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", "-//CSO Elections Platform//Events//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", "Ngjarjet"),
        ("X-WR-TIMEZONE", "Europe/Tirane"),
    ]
    assert names[-1] == ("END", "VCALENDAR")


def test_lines_fold_at_75_octets_and_unfold_to_the_original_albanian_text():
    assert len(LONG_TEXT) >= 300
    text = single(make_event(description=LONG_TEXT, location=LONG_TEXT), stamp=STAMP)
    physical = text.encode("utf-8").split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    assert sum(line.startswith(b" ") for line in physical) >= 8
    for line in physical:  # every line is valid UTF-8 on its own: no split characters
        line.decode("utf-8")
    props = events_of(text)[0]
    assert unescape(props["DESCRIPTION"][1]) == LONG_TEXT
    assert unescape(props["LOCATION"][1]) == LONG_TEXT


def test_folding_never_splits_multibyte_characters():
    for prefix in range(4):  # shift the ë/ç sequence across the 75-octet boundary
        summary = "x" * prefix + "ëç" * 60
        text = single(make_event(summary=summary), stamp=STAMP)
        physical = text.encode("utf-8").split(b"\r\n")
        assert all(len(line) <= 75 for line in physical)
        for line in physical:
            line.decode("utf-8")  # raises if a character was cut in half
        assert unescape(only_event(make_event(summary=summary))["SUMMARY"][1]) == summary


@pytest.mark.parametrize(
    "raw",
    [
        "a; b, c \\ d",
        "line one\nline two",
        "windows\r\nbreak",
        "\\n is not a newline; \\, neither",
        "trailing backslash \\",
    ],
)
def test_text_escaping_round_trip(raw):
    props = only_event(make_event(summary=raw, description=raw, location=raw))
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        value = props[name][1]
        assert "\n" not in value and "\r" not in value
        assert unescape(value) == raw.replace("\r\n", "\n")


def test_escaped_characters_are_written_as_rfc_5545_sequences():
    props = only_event(make_event(description="a;b,c\\d\ne"))
    assert props["DESCRIPTION"][1] == "a\\;b\\,c\\\\d\\ne"


def test_url_is_not_escaped():
    url = "https://zgjedhje.example.org/sq/ngjarjet/tryeze/?a=1,2;b=3"
    assert only_event(make_event(url=url))["URL"] == ({}, url)


def test_language_parameter_on_summary_and_description():
    props = only_event(make_event(description="Përshkrim"), language="en")
    assert props["SUMMARY"][0] == {"LANGUAGE": "en"}
    assert props["DESCRIPTION"][0] == {"LANGUAGE": "en"}
    assert "SUMMARY;LANGUAGE=sq:Tryezë e rrumbullakët\r\n" in single(make_event())


@pytest.mark.parametrize(
    ("day", "expected_start", "expected_end"),
    [
        # Spring forward on Sunday 29 March 2026: UTC+1 before, UTC+2 after.
        (datetime.date(2026, 3, 28), "20260328T090000Z", "20260328T110000Z"),
        (datetime.date(2026, 3, 30), "20260330T080000Z", "20260330T100000Z"),
        # Fall back on Sunday 25 October 2026: UTC+2 before, UTC+1 after.
        (datetime.date(2026, 10, 24), "20261024T080000Z", "20261024T100000Z"),
        (datetime.date(2026, 10, 26), "20261026T090000Z", "20261026T110000Z"),
    ],
)
def test_times_are_converted_to_utc_across_dst_changes(day, expected_start, expected_end):
    start = datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=TIRANE)
    end = datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=TIRANE)
    text = single(make_event(start=start, end=end), stamp=STAMP)
    assert f"\r\nDTSTART:{expected_start}\r\n" in text
    assert f"\r\nDTEND:{expected_end}\r\n" in text


def test_last_modified_in_utc_when_given():
    modified = datetime.datetime(2026, 7, 1, 9, 15, 30, tzinfo=TIRANE)
    assert only_event(make_event(last_modified=modified))["LAST-MODIFIED"][1] == "20260701T071530Z"
    assert "LAST-MODIFIED" not in only_event(make_event())


@pytest.mark.parametrize("field", ["start", "end", "last_modified"])
def test_naive_datetime_raises(field):
    naive = datetime.datetime(2026, 12, 1, 10, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        if field == "start":
            single(make_event(start=naive, end=naive))
        else:
            single(make_event(**{field: naive}))


def test_naive_stamp_raises():
    with pytest.raises(ValueError, match="timezone-aware"):
        single(make_event(), stamp=datetime.datetime(2026, 1, 1))


def test_optional_properties_omitted_when_empty():
    props = only_event(make_event())
    for name in ("DESCRIPTION", "LOCATION", "URL"):
        assert name not in props
    assert props["STATUS"][1] == "CONFIRMED"
    assert props["SEQUENCE"][1] == "0"


def test_optional_properties_present_when_given():
    props = only_event(
        make_event(
            description="Diskutim",
            location="Tiranë, Hotel Rogner",
            url="https://zgjedhje.example.org/e/12/",
            status="CANCELLED",
            sequence=3,
        )
    )
    assert unescape(props["DESCRIPTION"][1]) == "Diskutim"
    assert unescape(props["LOCATION"][1]) == "Tiranë, Hotel Rogner"
    assert props["URL"][1] == "https://zgjedhje.example.org/e/12/"
    assert props["STATUS"][1] == "CANCELLED"
    assert props["SEQUENCE"][1] == "3"


def test_several_events_each_get_their_own_uid():
    events = [make_event(uid=f"event-{n}@zgjedhje.example.org") for n in range(1, 4)]
    text = calendar(events, name="Ngjarjet", stamp=STAMP)
    parsed = events_of(text)
    assert [props["UID"][1] for props in parsed] == [
        "event-1@zgjedhje.example.org",
        "event-2@zgjedhje.example.org",
        "event-3@zgjedhje.example.org",
    ]
    assert text.count("BEGIN:VCALENDAR") == 1
    assert text.count("\r\nBEGIN:VEVENT\r\n") == text.count("\r\nEND:VEVENT\r\n") == 3


def test_single_wraps_one_event():
    text = single(make_event(), name="Tryeza", stamp=STAMP)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert len(events_of(text)) == 1
    assert text == calendar([make_event()], name="Tryeza", stamp=STAMP)


def test_empty_calendar_is_valid():
    text = calendar([], name="Ngjarjet", stamp=STAMP)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "VEVENT" not in text


def test_method_can_be_set():
    assert "\r\nMETHOD:REQUEST\r\n" in single(make_event(), method="REQUEST")
    assert "\r\nMETHOD:PUBLISH\r\n" in single(make_event())


def test_dtstamp_uses_the_given_stamp_in_utc():
    stamp = datetime.datetime(2026, 6, 1, 14, 0, tzinfo=TIRANE)
    assert only_event(make_event(), stamp=stamp)["DTSTAMP"][1] == "20260601T120000Z"


def test_dtstamp_defaults_to_now_in_utc():
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    value = events_of(single(make_event()))[0]["DTSTAMP"][1]
    after = datetime.datetime.now(datetime.UTC)
    stamp = datetime.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    assert before <= stamp <= after


def test_invalid_values_raise():
    with pytest.raises(ValueError, match="status"):
        make_event(status="POSTPONED")
    with pytest.raises(ValueError, match="end before"):
        make_event(end=datetime.datetime(2026, 11, 30, 10, 0, tzinfo=TIRANE))
    with pytest.raises(ValueError, match="url"):
        make_event(url="https://example.org/\r\nX-INJECTED:1")


@pytest.mark.parametrize("raw", ["a; b, c \\ d", "rresht\nrresht", "Tryezë “KQZ” – ç/ë", LONG_TEXT])
def test_the_icalendar_library_reads_back_what_was_written(raw):
    import icalendar

    text = single(
        make_event(summary=raw, description=raw, location=raw, status="CANCELLED", sequence=4),
        method="CANCEL",
        stamp=STAMP,
    )
    parsed = icalendar.Calendar.from_ical(text)
    [event] = parsed.walk("VEVENT")
    assert parsed["METHOD"] == "CANCEL"
    assert [str(event[name]) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")] == [raw] * 3
    assert (event["STATUS"], event["SEQUENCE"]) == ("CANCELLED", 4)
    assert event.decoded("DTSTART") == datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)
