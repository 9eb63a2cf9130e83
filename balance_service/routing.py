"""URL patterns that answer with and without a trailing slash, without redirects."""

import re

from django.urls import re_path


def route(path: str, view, name: str | None = None):
    """`route("a/<user_id>", view)` matches `a/7` and `a/7/`; `<name>` captures up to 20 digits."""
    pattern = re.sub(r"<(\w+)>", r"(?P<\1>[0-9]{1,20})", re.escape(path))
    return re_path(rf"^{pattern}/?$", view, name=name)
