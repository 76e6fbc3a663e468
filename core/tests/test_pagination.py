"""Pagination shows a handful of links however long the listing, and keeps the current page."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation


class Listing:
    def page_url(self, number):
        return f"/sq/kerko/?q=zgjedhje&page={number}"


def links(page_number, items=25_000):
    page = Paginator(range(items), 10).get_page(page_number)
    with translation.override("sq"):
        html = render_to_string(
            "components/pagination.html", {"page_obj": page, "url_for": Listing()}
        )
    return html, re.findall(r'page=(\d+)"', html)


def test_a_long_listing_links_the_ends_and_the_neighbours_only():
    html, numbers = links(1250)
    assert numbers == ["1249", "1", "1248", "1249", "1251", "1252", "2500", "1251"]
    assert '<span aria-current="page">1250</span>' in html
    assert html.count("…") == 2
    assert "Faqja 1250 nga 2500" in html


def test_a_short_listing_links_every_page():
    _html, numbers = links(2, items=40)
    assert numbers == ["1", "1", "3", "4", "3"]
