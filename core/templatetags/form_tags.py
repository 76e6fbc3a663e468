"""Template helpers for the shared form-field component (components/form_field.html)."""

from django import template

register = template.Library()


@register.filter
def described(field):
    """The field's widget, pointing at its help text and error with aria-describedby and
    flagged aria-invalid when it has errors, so screen readers read what the eye sees."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_multiple_choice(field):
    """Whether the field is a list of checkboxes or radios (shown as a fieldset)."""
    return field.widget_type in ("checkboxselectmultiple", "radioselect")
