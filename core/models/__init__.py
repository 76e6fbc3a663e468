"""Shared models: the user and site-wide content per language (`identity`), the base for every
page (`pages`), and the shared term lists, people, elections and places (`shared`)."""

from core.models.identity import SiteIdentity, SocialMediaSettings, User
from core.models.pages import BasePage, ListingPage, RelatedPage, TitleSearchField
from core.models.shared import (
    County,
    Election,
    ElectionKind,
    Municipality,
    Person,
    PlaceName,
    Taxonomy,
    Topic,
)

__all__ = [
    "BasePage",
    "County",
    "Election",
    "ElectionKind",
    "ListingPage",
    "Municipality",
    "Person",
    "PlaceName",
    "RelatedPage",
    "SiteIdentity",
    "SocialMediaSettings",
    "Taxonomy",
    "TitleSearchField",
    "Topic",
    "User",
]
