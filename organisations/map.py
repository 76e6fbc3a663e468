"""A proportional-symbol map of Albania, drawn on the server as inline SVG.

Albania's real border (Natural Earth, public domain, `core/data/albania_outline.geojson`) with one
circle at each county seat, its area proportional to the number of organisations working in the
county, each a link to the directory filtered by that county. No county borders are drawn: none
are shipped, and none are invented. The projection is equirectangular, scaled by cos(latitude) at
the country's centre, which is accurate to well under a pixel at this size.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from core.places import DATA

WIDTH = 320
PADDING = 24
MAX_RADIUS = 26
MIN_RADIUS = 5


@lru_cache(maxsize=1)
def outline():
    data = json.loads((DATA / "albania_outline.geojson").read_text(encoding="utf-8"))
    return [tuple(point) for point in data["features"][0]["geometry"]["coordinates"][0]]


@dataclass(frozen=True)
class Projection:
    west: float
    north: float
    scale: float
    x_factor: float

    @classmethod
    def fit(cls, points, width=WIDTH, padding=PADDING):
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        x_factor = math.cos(math.radians((min(lats) + max(lats)) / 2))
        scale = (width - 2 * padding) / ((max(lons) - min(lons)) * x_factor)
        return cls(min(lons), max(lats), scale, x_factor)

    def __call__(self, lon, lat):
        x = PADDING + (float(lon) - self.west) * self.x_factor * self.scale
        y = PADDING + (self.north - float(lat)) * self.scale
        return round(x, 1), round(y, 1)

    def height(self, points):
        return round(max(self(*p)[1] for p in points) + PADDING)


@dataclass(frozen=True)
class Marker:
    code: str
    name: str
    count: int
    url: str
    x: str  # SVG coordinates as strings, so that no locale puts a decimal comma in them
    y: str
    r: str
    selected: bool


def radius(count, largest):
    """Circle area proportional to the count; an empty county gets a small hollow dot."""
    if not count or not largest:
        return MIN_RADIUS / 1.5
    return max(MIN_RADIUS, MAX_RADIUS * math.sqrt(count / largest))


def county_map(counties, counts, url_for, selected=None):
    """The map's drawing data: the outline path, the viewBox and one marker per county.

    `counties` are core.County rows, `counts` {code: n}, `url_for(code)` the filtered URL.
    Markers are ordered largest first so that small circles stay on top and clickable.
    """
    points = outline()
    project = Projection.fit(points)
    path = "M" + " L".join(f"{x},{y}" for x, y in (project(*p) for p in points)) + " Z"
    largest = max(counts.values(), default=0)
    markers = []
    for county in counties:
        count = counts.get(county.code, 0)
        x, y = project(county.longitude, county.latitude)
        markers.append(
            Marker(
                county.code,
                county.name,
                count,
                url_for(county.code),
                f"{x:.1f}",
                f"{y:.1f}",
                f"{radius(count, largest):.1f}",
                county.code == selected,
            )
        )
    markers.sort(key=lambda marker: -float(marker.r))
    return {
        "path": path,
        "width": WIDTH,
        "height": project.height(points),
        "markers": markers,
        "rows": sorted(markers, key=lambda marker: marker.name),
        "total": sum(counts.values()),
    }
