"""Django's makemessages without fuzzy matching: a guessed translation is worse than none,
because the catalog check treats fuzzy entries as untranslated anyway."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
