"""Signed, expiring links to a monthly report: anyone holding one may download that month's CSV
without an API key until it expires (`settings.REPORT_LINK_MAX_AGE` seconds)."""

from django.conf import settings
from django.core import signing

from balance_service.errors import PermissionDenied
from reports.periods import Period

_SALT = "reports.consolidated-monthly-csv"  # a signature made for anything else never verifies here


class ReportLinkInvalid(PermissionDenied):
    """A tampered, expired or other month's link."""


def _signer() -> signing.TimestampSigner:
    return signing.TimestampSigner(salt=_SALT)


def report_link_sign(*, period: Period) -> str:
    """The `signature` query parameter of the link to `period`'s CSV: a timestamp and a MAC over
    the period and the timestamp (the period itself is in the path, so it is not repeated)."""
    value = str(period)
    return _signer().sign(value).removeprefix(f"{value}{signing.Signer().sep}")


def report_link_verify(*, period: Period, signature: str) -> None:
    """Raise ReportLinkInvalid unless `signature` was made by `report_link_sign` for this very
    period less than REPORT_LINK_MAX_AGE seconds ago."""
    try:
        _signer().unsign(f"{period}{signing.Signer().sep}{signature}", max_age=settings.REPORT_LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise ReportLinkInvalid("This report link has expired; ask the API for a new one.") from None
    except signing.BadSignature:
        raise ReportLinkInvalid("This report link is not valid for this period.") from None
