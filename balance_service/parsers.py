"""JSON parsing that keeps money exact and refuses what no request of the API needs.

See docs/decisions.md, "Input parsing and hardening".
"""

import json
from decimal import Decimal

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# The deepest body of the API is a batch: {"operations": [{...}]}, three levels.
MAX_DEPTH = 32


class JSONNumber(Decimal):
    """A JSON number written with a fraction or an exponent: its exact value as a `Decimal`, and
    `literal`, the text as written, so that a field can judge the form (`10e-1` is not `1.0`) and
    the idempotency fingerprint can tell the number `1.5` from the string `"1.5"`."""

    literal: str

    def __new__(cls, literal: str):
        number = super().__new__(cls, literal)
        number.literal = literal
        return number


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


def _object(pairs: list[tuple[str, object]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"duplicate key {duplicate!r}")
    return obj


def _depth_exceeds(value, limit: int) -> bool:
    """True when `value` nests objects and arrays deeper than `limit` (walked level by level,
    without recursion)."""
    level, depth = [value], 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [
            child
            for node in level
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, (dict, list))
        ]
    return False


def json_loads(text: str):
    """Parse a request body: numbers with a fraction or an exponent become `JSONNumber`, integers
    stay `int` (Python caps their length), `NaN` and `Infinity` are refused, and so are duplicate
    keys and nesting deeper than MAX_DEPTH. Raises ValueError (RecursionError included) with a
    message."""
    try:
        data = json.loads(text, parse_float=JSONNumber, parse_constant=_reject_constant, object_pairs_hook=_object)
    except RecursionError:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels") from None
    # Only a body with more openers than MAX_DEPTH can nest deeper (str.count is cheap; the walk is not).
    if text.count("[") + text.count("{") > MAX_DEPTH and _depth_exceeds(data, MAX_DEPTH):
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    return data


_quote = json.encoder.encode_basestring_ascii  # json.dumps's own string encoder (C)


def canonical_json(value) -> str:
    """A parsed body as JSON with sorted keys and no spaces, each number as it was written: the
    same text as `json.dumps(value, sort_keys=True, separators=(",", ":"))` for a body without
    fractions, while `1.5`, `1.50` and `"1.5"` stay three different bodies. (The parser bounds the
    depth, so the recursion is bounded.)"""
    kind = type(value)  # exact types: a parsed body holds nothing else, and `is` is cheapest
    if kind is str:
        return _quote(value)
    if kind is int:
        return int.__repr__(value)
    if kind is dict:
        return "{" + ",".join([f"{_quote(key)}:{canonical_json(item)}" for key, item in sorted(value.items())]) + "}"
    if kind is list:
        return "[" + ",".join([canonical_json(item) for item in value]) + "]"
    if kind is JSONNumber:
        return value.literal
    return json.dumps(value, default=str)  # true, false, null


class DecimalJSONParser(JSONParser):
    """DRF's JSON parser for every endpoint, with `json_loads`'s rules: malformed JSON is a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", "utf-8")
        try:
            return json_loads(stream.read().decode(encoding))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(f"Malformed JSON: {exc}") from None
