"""The write side of the books: every money movement (see `movements.py` for the road they all
travel, `commands.py` for the movements themselves)."""

from ledger.services.commands import Cancel, Deposit, Movement, Pay, Posted, Reserve, Transfer, Withdrawal
from ledger.services.movements import (
    MovementRefused,
    deposit_create,
    movement_post,
    movements_post,
    reservation_cancel,
    reservation_create,
    reservation_pay,
    transfer_create,
    withdrawal_create,
)

__all__ = [
    "Cancel",
    "Deposit",
    "Movement",
    "MovementRefused",
    "Pay",
    "Posted",
    "Reserve",
    "Transfer",
    "Withdrawal",
    "deposit_create",
    "movement_post",
    "movements_post",
    "reservation_cancel",
    "reservation_create",
    "reservation_pay",
    "transfer_create",
    "withdrawal_create",
]
