"""Sections of the home page that other apps contribute (latest publications, active campaigns...).

`core` imports no other app, so each app registers its own section from `AppConfig.ready()`:

    home_sections.register(HomeSection(
        key="research", title=_("Latest publications"), model="publications.PublicationPage",
        queryset=lambda locale: PublicationPage.objects.live().filter(locale=locale)
        .order_by("-publication_date"),
    ))

The home page shows each registered section with the editors' picks first (pages of the section's
model chosen under "Featured on the home page"), then the automatic fallback (`queryset`) until
`limit` items are shown.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSection:
    key: str
    title: str
    model: str  # "app_label.ModelName" of the pages the section lists
    queryset: Callable  # locale -> queryset of live pages of `model`, best first
    limit: int = 3
    more_label: str = ""
    index_queryset: Callable | None = None  # locale -> queryset whose first page is "see all"


class SectionRegistry:
    def __init__(self):
        self._sections = {}

    def register(self, section):
        self._sections[section.key] = section

    def unregister(self, key):
        self._sections.pop(key, None)

    def get(self, key):
        return self._sections.get(key)

    def __iter__(self):
        return iter(self._sections.values())


home_sections = SectionRegistry()
