"""drf-spectacular hooks."""


def strip_optional_slash(endpoints, **kwargs):
    """Paths match with and without a trailing slash (`route()`); document them without it."""
    return [(path.rstrip("/"), path_regex, method, callback) for path, path_regex, method, callback in endpoints]
