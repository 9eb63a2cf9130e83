"""JSON parsing that keeps money exact."""

import json
from decimal import Decimal

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


class DecimalJSONParser(JSONParser):
    """JSON numbers with a fraction or an exponent become `Decimal`, never `float`.

    `NaN` and `Infinity` are refused; integers stay `int` (Python caps their length).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", "utf-8")
        try:
            return json.loads(stream.read().decode(encoding), parse_float=Decimal, parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(f"Malformed JSON: {exc}") from None
