"""The recommendations a consultation cites (issue 17): each row keeps its institution and status
badge together on one line of their own, at every width from a small phone to a desktop."""

import pytest

pytestmark = pytest.mark.browser

PATHS = ("/sq/dialogu/ndryshimet-e-kodit-zgjedhor-demo/",
         "/en/dialogue/draft-amendments-to-the-electoral-code-demo/")  # fmt: skip


def boxes(row):
    text = row.locator(".dialogue-cited__text").bounding_box()
    meta = row.locator(".dialogue-cited__meta").bounding_box()
    badge = row.locator(".status").bounding_box()
    return text, meta, badge


@pytest.mark.parametrize("width", [320, 360, 768, 1024, 1280])
def test_each_cited_row_lays_out_cleanly(site, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    for path in PATHS:
        page.goto(site + path)
        rows = page.locator(".dialogue-cited__item")
        assert rows.count() >= 3, path
        for n in range(rows.count()):
            text, meta, badge = boxes(rows.nth(n))
            assert meta["y"] >= text["y"] + text["height"] - 1  # below the text, not beside it
            assert badge["height"] < 28, (path, n)  # the badge never wraps inside itself
            assert badge["x"] + badge["width"] <= width  # nor runs off the screen
        assert "·" not in rows.first.inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
