"""How a history line says where the money came from or went, and why."""

from ledger.models import Account, Entry, Reservation, Transaction


def entry_comment(entry: Entry) -> str:
    """Where the money of `entry` came from or went, and why, from its user's side, followed
    by the caller's own comment when there is one ("Deposit: salary for May")."""
    txn = entry.transaction
    reservation = txn.reservation
    order = f"order {reservation.order_id}" if reservation else ""
    match txn.type:
        case Transaction.Type.DEPOSIT:
            text = "Deposit"
        case Transaction.Type.WITHDRAWAL:
            text = "Withdrawal"
        case Transaction.Type.TRANSFER if entry.amount < 0:
            text = f"Transfer to user {txn.to_user_id}"
        case Transaction.Type.TRANSFER:
            text = f"Transfer from user {txn.user_id}"
        case Transaction.Type.RESERVATION if entry.account.kind == Account.Kind.AVAILABLE:
            text = f"Reserved for {order} ({reservation.service.name})"
        case Transaction.Type.RESERVATION:
            text = f"Held for {order} ({reservation.service.name})"
        case Transaction.Type.PAYMENT:
            text = f"Payment for {order} ({reservation.service.name})"
        case Transaction.Type.RESERVATION_RELEASE if reservation.status == Reservation.Status.CANCELLED:
            text = f"Order {reservation.order_id} cancelled: reservation returned"
        case Transaction.Type.RESERVATION_RELEASE:
            text = f"Unused part of the reservation for {order} returned"
        case _:
            raise ValueError(f"no wording for transaction type {txn.type!r}")
    return f"{text}: {txn.comment}" if txn.comment else text


def entry_counterparty_user_id(entry: Entry) -> int | None:
    """The other user of a transfer; None for every other type."""
    txn = entry.transaction
    if txn.type != Transaction.Type.TRANSFER:
        return None
    return txn.to_user_id if entry.amount < 0 else txn.user_id
