from home.factories import StandardPageFactory


def publish_standard(parent, title, text):
    """A live standard page under `parent` whose introduction is `text`."""
    return StandardPageFactory(parent=parent, title=title, intro=text, body=[])
