"""URL patterns that answer with and without a trailing slash, without redirects."""

import re

from django.urls import re_path


def route(path: str, view, name: str | None = None):
    """`route("a-b/<user_id>", view)` matches `a-b/7` and `a-b/7/`; `<name>` captures up to 20 digits.

    Paths hold letters, digits, "-" and "/" only.
    """
    pattern = re.sub(r"<(\w+)>", r"(?P<\1>[0-9]{1,20})", path)
    return re_path(rf"^{pattern}/?$", view, name=name)
