"""Contact messages are kept PERSONAL_DATA_RETENTION_DAYS["contact_messages"] days, then deleted."""

from contact.models import ContactMessage
from core.purge import cutoff, retention_days

KIND = "contact_messages"


def purge(days=None, now=None):
    """Delete the messages received more than `days` days ago; returns how many."""
    days = retention_days(KIND) if days is None else days
    deleted, _counts = ContactMessage.objects.filter(created_at__lt=cutoff(days, now)).delete()
    return deleted
