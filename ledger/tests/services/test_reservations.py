"""Reserve, pay and cancel at the service level."""

from decimal import Decimal

import pytest
from django.db import transaction

from balance_service.errors import (
    AccountNotFound,
    AmountExceedsReservation,
    InsufficientFunds,
    OrderConflict,
    ReservationNotFound,
    ReservationNotPending,
)
from ledger import services
from ledger.models import Reservation, Service, Transaction
from ledger.selectors import balance_get
from ledger.tests.factories import CancelFactory, DepositFactory, PayFactory, ReserveFactory, ServiceFactory

ORDER = {"user_id": 7, "service_id": 3, "order_id": 15}


@pytest.fixture
def funded(db):
    DepositFactory(user_id=7, amount=Decimal("100.00"))


def refused(error: type[Exception], call, **kwargs) -> Exception:
    with pytest.raises(error) as caught, transaction.atomic():
        call(**kwargs)
    return caught.value


def balances(user_id: int = 7) -> tuple[Decimal, Decimal]:
    balance = balance_get(user_id=user_id)
    return balance.available, balance.reserved


def test_a_reservation_holds_available_money(funded):
    reservation, created = services.reservation_create(**ORDER, amount=Decimal("30.00"), service_name="Premium")
    assert created
    assert (reservation.status, reservation.amount, reservation.service.name) == (
        "reserved",
        Decimal("30.00"),
        "Premium",
    )
    assert balances() == (Decimal("70.00"), Decimal("30.00"))


def test_the_same_reservation_again_moves_nothing(funded):
    first, _ = services.reservation_create(**ORDER, amount=Decimal("30.00"))
    again, created = services.reservation_create(**ORDER, amount=Decimal("30.00"))
    assert (again.pk, created) == (first.pk, False)
    assert balances() == (Decimal("70.00"), Decimal("30.00"))
    assert Transaction.objects.filter(type="reservation").count() == 1


def test_an_order_reserved_with_another_amount_or_user_is_a_conflict(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    refused(OrderConflict, services.reservation_create, **ORDER, amount=Decimal("31.00"))
    DepositFactory(user_id=8, amount=Decimal("100.00"))
    refused(OrderConflict, services.reservation_create, **{**ORDER, "user_id": 8}, amount=Decimal("30.00"))


def test_a_reservation_needs_the_money_and_the_accounts(funded):
    refused(InsufficientFunds, services.reservation_create, **ORDER, amount=Decimal("100.01"))
    refused(AccountNotFound, services.reservation_create, **{**ORDER, "user_id": 9}, amount=Decimal("1.00"))
    assert not Reservation.objects.exists()


def test_a_new_service_is_registered_and_an_existing_name_is_kept(funded):
    ReserveFactory(**ORDER, amount=Decimal("1.00"))
    assert Service.objects.get(pk=3).name == "Service 3"
    ServiceFactory(id=4, name="Renamed by accounting")
    ReserveFactory(user_id=7, service_id=4, order_id=1, amount=Decimal("1.00"), service_name="Caller's name")
    assert Service.objects.get(pk=4).name == "Renamed by accounting"


def test_paying_the_whole_reservation_makes_it_revenue(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    reservation = services.reservation_pay(**ORDER, amount=Decimal("30.00"))
    assert (reservation.status, reservation.paid_amount) == ("paid", Decimal("30.00"))
    assert balances() == (Decimal("70.00"), Decimal("0.00"))
    assert list(Transaction.objects.filter(reservation=reservation).values_list("type", flat=True).order_by("pk")) == [
        "reservation",
        "payment",
    ]


def test_paying_less_returns_the_rest_to_available(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    PayFactory(**ORDER, amount=Decimal("25.00"))
    assert balances() == (Decimal("75.00"), Decimal("0.00"))
    release = Transaction.objects.get(type="reservation_release")
    assert release.amount == Decimal("5.00")


def test_paying_again_with_the_same_amount_moves_nothing_and_another_amount_is_refused(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    PayFactory(**ORDER, amount=Decimal("25.00"))
    posted = services.movement_post(movement=services.Pay(**ORDER, amount=Decimal("25.00")))
    assert not posted.moved
    refused(ReservationNotPending, services.reservation_pay, **ORDER, amount=Decimal("20.00"))
    assert Transaction.objects.filter(type="payment").count() == 1


def test_paying_more_than_reserved_or_someone_elses_reservation_is_refused(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    refused(AmountExceedsReservation, services.reservation_pay, **ORDER, amount=Decimal("30.01"))
    DepositFactory(user_id=8, amount=Decimal("1.00"))
    refused(ReservationNotFound, services.reservation_pay, **{**ORDER, "user_id": 8}, amount=Decimal("1.00"))
    refused(ReservationNotFound, services.reservation_pay, **{**ORDER, "order_id": 16}, amount=Decimal("1.00"))
    refused(ReservationNotFound, services.reservation_pay, **{**ORDER, "user_id": 9}, amount=Decimal("1.00"))


def test_cancelling_returns_everything_once(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    reservation = CancelFactory(**ORDER)
    assert reservation.status == "cancelled"
    assert balances() == (Decimal("100.00"), Decimal("0.00"))
    assert not services.movement_post(movement=services.Cancel(**ORDER)).moved
    assert Transaction.objects.filter(type="reservation_release").count() == 1


def test_cancelling_with_another_amount_or_after_payment_is_refused(funded):
    ReserveFactory(**ORDER, amount=Decimal("30.00"))
    refused(OrderConflict, services.reservation_cancel, **ORDER, amount=Decimal("29.00"))
    PayFactory(**ORDER, amount=Decimal("30.00"))
    refused(ReservationNotPending, services.reservation_cancel, **ORDER)


@pytest.mark.postgres  # the ORM twin of SQLite stamps the rows itself, when it writes them
def test_a_reservation_is_stamped_with_the_time_of_its_movements(funded):
    reservation = ReserveFactory(**ORDER, amount=Decimal("10.00"))
    reserved = Transaction.objects.get(type=Transaction.Type.RESERVATION)
    assert reservation.created_at == reservation.updated_at == reserved.created_at
    PayFactory(**ORDER, amount=Decimal("10.00"))
    reservation.refresh_from_db()
    paid = Transaction.objects.get(type=Transaction.Type.PAYMENT)
    assert (reservation.created_at, reservation.updated_at) == (reserved.created_at, paid.created_at)
