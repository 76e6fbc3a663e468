"""Form fields that answer any input with a form error, never a server error."""

from django import forms
from django.core.exceptions import ValidationError

MAX_ID = 2**31 - 1  # the largest id an integer primary key holds on every database


class IdChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField for integer primary keys: `99999999999999999999`, `-1`, `1e3` or a NUL
    are "not a valid choice" (a plain ModelChoiceField lets the database overflow: a 500)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not _is_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(str(value))


def _is_id(value):
    text = str(value)
    # Length first: int() refuses strings of over 4,300 digits with a ValueError (a 500).
    if len(text) > len(str(MAX_ID)) or not (text.isascii() and text.isdigit()):
        return False
    return 0 < int(text) <= MAX_ID


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same for many choices: any value that cannot be an id is "not a valid choice"."""

    def _check_values(self, value):
        for pk in value if isinstance(value, list | tuple) else [value]:
            if not _is_id(pk):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)
