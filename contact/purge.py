"""Contact messages are kept CONTACT_RETENTION_DAYS days, then deleted."""

import datetime

from django.conf import settings
from django.utils import timezone

from contact.models import ContactMessage


def purge(days=None, now=None):
    """Delete the messages received more than `days` days ago; returns how many."""
    days = settings.CONTACT_RETENTION_DAYS if days is None else days
    before = (now or timezone.now()) - datetime.timedelta(days=days)
    deleted, _counts = ContactMessage.objects.filter(created_at__lt=before).delete()
    return deleted
