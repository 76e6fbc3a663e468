"""Content for `make deploy-check` (run with `manage.py shell`): the Site record from SITE_URL, an
event open for registration, an image in the media folder. Prints the event's URL."""

import datetime
import io
from urllib.parse import urlsplit

from PIL import Image as PILImage

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.models import Site

from events.factories import EventIndexPageFactory, EventPageFactory
from home.models import HomePage

site_url = urlsplit(settings.SITE_URL)
Site.objects.update(hostname=site_url.hostname, port=site_url.port or 443)
home = HomePage.objects.get(depth=2, locale__language_code="sq")
now = timezone.now()
listing = EventIndexPageFactory(parent=home, slug="aktivitetet-check", title="Aktivitetet")
event = EventPageFactory(
    parent=listing,
    slug="tryeza-check",
    title="Tryeza e kontrollit",
    start=now + datetime.timedelta(days=7),
    end=now + datetime.timedelta(days=7, hours=2),
)
picture = io.BytesIO()
PILImage.new("RGB", (8, 8), "red").save(picture, "PNG")
image = Image.objects.create(title="Kontroll", file=ImageFile(picture, name="check.png"))
print(f"EVENT {event.url}")
print(f"LISTING {listing.url}")
print(f"IMAGE {image.file.url}")
