"""Money as people read it on the back office's pages: thousands separated, two decimals
(`1,234,567.80`). CSV files keep plain numbers (`balance_service.csv`)."""

from decimal import Decimal


def money(value: Decimal | int | None, *, decimals: int = 2) -> str:
    if value is None:
        return ""
    return f"{Decimal(value):,.{decimals}f}"
