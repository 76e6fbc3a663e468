"""Pictures the demo draws with Pillow: typographic publication covers, campaign art with a
subject (and the focal point Wagtail's fill- crops keep), organisation logos.

Text is set in DejaVu Sans, which has every Albanian letter (ç, ë, Ç, Ë); where Debian's
fonts-dejavu is missing, Pillow's own font stands in (it has them too, but looks plainer).
Demo only: production code never imports this module.
"""

from functools import cache
from pathlib import Path

from PIL import ImageColor, ImageFont

from core.demo import albania_outline

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
INK, PAPER, RED, GOLD = "#14213d", "#faf8f4", "#b3261e", "#f4c542"


@cache
def font(size, bold=True):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default(size=size)


def wrap(draw, text, typeface, width, max_lines=6):
    """`text` broken into lines no wider than `width` pixels (the last one cut with …)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=typeface) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return lines


def gradient(draw, size, top, bottom):
    width, height = size
    start, end = ImageColor.getrgb(top), ImageColor.getrgb(bottom)
    for y in range(height):
        t = y / height
        colour = tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def outline(draw, box, fill, line=None):
    """Albania's outline fitted into box (left, top, right, bottom)."""
    points = albania_outline()
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    left, top, right, bottom = box
    scale = min((right - left) / (max(lons) - min(lons)), (bottom - top) / (max(lats) - min(lats)))
    polygon = [
        (left + (lon - min(lons)) * scale, top + (max(lats) - lat) * scale) for lon, lat in points
    ]
    draw.polygon(polygon, fill=fill, outline=line)


def draw_cover(draw, size, *, kind, title, organisation, colour):
    """A typographic cover in the house style: the publication type over a coloured field, the
    title large, a red rule, the organisation at the foot on paper."""
    width, height = size
    margin, field = width // 12, int(height * 0.72)
    draw.rectangle([(0, 0), (width, height)], fill=PAPER)
    gradient(draw, (width, field), colour, INK)
    outline(draw, (width * 0.56, field * 0.56, width * 0.98, field * 0.97), fill=None, line=GOLD)
    draw.text((margin, margin), kind.upper(), fill=GOLD, font=font(width // 26))
    typeface = font(width // 13)
    y = margin * 2.2
    for line in wrap(draw, title, typeface, width - 2 * margin, max_lines=5):
        draw.text((margin, y), line, fill="#ffffff", font=typeface)
        y += width // 13 * 1.2
    draw.rectangle(
        [(margin, field + margin // 2), (margin + width // 5, field + margin // 2 + 8)], fill=RED
    )
    small = font(width // 28, bold=False)
    for n, line in enumerate(wrap(draw, organisation, small, width - 2 * margin, max_lines=2)):
        draw.text((margin, field + margin + n * width // 22), line, fill=INK, font=small)


def draw_campaign_art(draw, size, *, top, bottom):
    """A ballot box with a ticked ballot going in, over Albania's outline; returns the subject's
    box (x, y, width, height), to be the image's focal point."""
    width, height = size
    gradient(draw, size, top, bottom)
    outline(draw, (width * 0.55, height * 0.06, width * 0.98, height * 0.94), fill=None, line=GOLD)
    box_w, box_h = int(width * 0.3), int(height * 0.36)
    left, box_top = int(width * 0.22), int(height * 0.46)
    draw.rounded_rectangle(
        [(left, box_top), (left + box_w, box_top + box_h)], radius=box_w // 14, fill=PAPER
    )
    draw.rectangle(
        [(left, box_top + box_h // 3), (left + box_w, box_top + box_h // 3 + box_h // 9)], fill=RED
    )
    slot = (left + box_w // 4, box_top - 6, left + 3 * box_w // 4, box_top + 10)
    draw.rectangle(slot, fill=INK)
    ballot = (left + box_w * 0.3, height * 0.14, left + box_w * 0.7, box_top + 4)
    draw.rectangle(ballot, fill="#ffffff", outline=INK, width=4)
    tick_x, tick_y, unit = left + box_w * 0.42, height * 0.26, box_w * 0.06
    draw.line(
        [(tick_x, tick_y), (tick_x + unit, tick_y + unit), (tick_x + 3 * unit, tick_y - 2 * unit)],
        fill=RED,
        width=max(4, box_w // 30),
        joint="curve",
    )
    return left, int(height * 0.12), box_w, int(box_top + box_h - height * 0.12)


def draw_logo(draw, size, *, acronym, colour):
    """A round seal with the acronym (every Albanian letter drawn) over a red rule."""
    width, height = size
    draw.rectangle([(0, 0), size], fill=PAPER)
    inset = width // 16
    draw.ellipse([(inset, inset), (width - inset, height - inset)], fill=colour)
    typeface = font(int(width / (len(acronym) + 1.5)))  # as large as the seal allows
    draw.text((width / 2, height * 0.47), acronym, fill="#ffffff", font=typeface, anchor="mm")
    draw.rectangle(
        [(width * 0.38, height * 0.62), (width * 0.62, height * 0.62 + width // 40)], fill=GOLD
    )
