"""Keyset (cursor) pagination: a page is the `limit` rows after (or before) the last row seen,
in an order made total by the primary key. With an index on (…, sort field, id) a page deep in
a long list costs what the first page costs, unlike OFFSET.

A cursor names the boundary row by its sort value and id. It is signed with SECRET_KEY, so a
client can only send back cursors this service made (`cursor_decode` refuses anything else).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.db.models import Model, Q, QuerySet

_SALT = "ledger.pagination.cursor"


@dataclass(frozen=True)
class KeysetOrder:
    """An ordering by `field` (a model field or an annotation), then by id, in one direction.
    `parse` turns the text of a sort value in a cursor back into a value for the query."""

    name: str
    field: str
    descending: bool
    parse: Callable[[str], Any]


@dataclass(frozen=True)
class Cursor:
    ordering: str  # the KeysetOrder.name it was made for
    value: str  # the boundary row's sort value, as text
    id: int  # the boundary row's id
    backwards: bool  # True: the rows before the boundary (a "previous" link)


@dataclass(frozen=True)
class Page:
    items: list
    next: Cursor | None
    previous: Cursor | None


def cursor_encode(cursor: Cursor) -> str:
    return signing.dumps([cursor.ordering, cursor.value, cursor.id, cursor.backwards], salt=_SALT)


def cursor_decode(token: str) -> Cursor:
    """The cursor `cursor_encode` made; ValueError for anything else (tampered, truncated, foreign)."""
    try:
        ordering, value, id_, backwards = signing.loads(token, salt=_SALT)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise ValueError("not a cursor of this service") from exc
    if not (isinstance(ordering, str) and isinstance(value, str) and type(id_) is int and type(backwards) is bool):
        raise ValueError("not a cursor of this service")
    return Cursor(ordering=ordering, value=value, id=id_, backwards=backwards)


def keyset_page(queryset: QuerySet, *, order: KeysetOrder, cursor: Cursor | None, limit: int) -> Page:
    """One page of `queryset` in `order`: the first `limit` rows, or the `limit` rows after
    (before, for a backwards cursor) the cursor's row. One query.

    `cursor.ordering` must be `order.name` and `cursor.value` parseable by `order.parse`
    (the caller checks; a signed cursor of the same ordering always is)."""
    backwards = cursor is not None and cursor.backwards
    descending = order.descending != backwards  # reading backwards = the reversed order, forwards
    sign = "-" if descending else ""
    rows = queryset.order_by(f"{sign}{order.field}", f"{sign}id")
    if cursor is not None:
        value = order.parse(cursor.value)
        past, up_to = ("lt", "lte") if descending else ("gt", "gte")
        # (field, id) past (value, id), written so that `field <= value` bounds the index scan.
        rows = rows.filter(Q(**{f"{order.field}__{up_to}": value})).filter(
            Q(**{f"{order.field}__{past}": value}) | Q(**{f"id__{past}": cursor.id})
        )
    items = list(rows[: limit + 1])
    more = len(items) > limit
    items = items[:limit]
    if backwards:
        items.reverse()
    if not items:
        return Page(items=[], next=None, previous=None)
    has_next = True if backwards else more
    has_previous = more if backwards else cursor is not None
    return Page(
        items=items,
        next=_boundary(items[-1], order, backwards=False) if has_next else None,
        previous=_boundary(items[0], order, backwards=True) if has_previous else None,
    )


def _boundary(row: Model, order: KeysetOrder, *, backwards: bool) -> Cursor:
    return Cursor(ordering=order.name, value=str(getattr(row, order.field)), id=row.pk, backwards=backwards)
