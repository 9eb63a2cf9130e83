"""Batches of operations (docs/api.md, "Batches"): many movements in one request and one database
transaction, built on the same operations as the single endpoints and on the one service that
posts movements (`ledger.services.movements_post`), which locks and writes.
"""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from balance_service.errors import DomainError
from balance_service.fields import StrictBooleanField
from ledger import services
from ledger.operations import OPERATIONS, Operation, Outcome

MAX_OPERATIONS = 1000

Planned = tuple[Operation, services.Movement]


def _item_schema(op: Operation) -> type[serializers.Serializer]:
    """The schema of one batch item: that endpoint's body plus the required `op` naming it (the
    discriminator alone does not say so, and schema-driven clients and fuzzers leave it out)."""
    return type(f"Batch{op.input.__name__}", (op.input,), {"op": serializers.ChoiceField(choices=[op.name])})


@extend_schema_field(
    PolymorphicProxySerializer(
        component_name="BatchOperation",
        serializers={name: _item_schema(op) for name, op in OPERATIONS.items()},
        resource_type_field_name="op",
    )
)
class OperationField(serializers.Field):
    """One operation of a batch: `{"op": <name>, ...the body of that endpoint...}`, validated by
    that endpoint's input serializer; becomes `(operation, command)`."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._inputs: dict[str, serializers.Serializer] = {}

    def to_internal_value(self, data) -> Planned:
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be an object with an `op` and that operation's fields.")
        op = OPERATIONS.get(data["op"]) if isinstance(data.get("op"), str) else None
        if op is None:
            raise serializers.ValidationError({"op": [f"Must be one of: {', '.join(OPERATIONS)}."]})
        # One input serializer per kind of operation, reused for every item as DRF's own
        # ListSerializer does: building a serializer per item was a third of a big batch's time.
        if op.name not in self._inputs:
            self._inputs[op.name] = op.input()
        args = self._inputs[op.name].run_validation({key: value for key, value in data.items() if key != "op"})
        return op, op.command(**args)


class BatchInputSerializer(serializers.Serializer):
    atomic = StrictBooleanField(help_text="true: all operations happen or none does. false: each stands alone.")
    operations = serializers.ListField(child=OperationField(), min_length=1, max_length=MAX_OPERATIONS)


def batch_scopes(data) -> set[str]:
    """The scopes of the operations a (not yet validated) batch body names."""
    operations = data.get("operations") if isinstance(data, dict) else None
    if not isinstance(operations, list):
        return set()
    names = {item.get("op") for item in operations if isinstance(item, dict) and isinstance(item.get("op"), str)}
    return {OPERATIONS[name].scope for name in names if name in OPERATIONS}


def _named(index: int, error: DomainError) -> DomainError:
    """The same error, saying which operation failed."""
    return type(error)(error.message, errors={f"operations.{index}": [error.message]})


def batch_run(*, operations: list[Planned], atomic: bool) -> Outcome:
    """Run validated operations in order, in one database transaction (`movements_post`'s own,
    or the caller's when it has one: a keyed request's).

    Atomic: 201 with `{"results": [body, ...]}`, or the first refused operation's error (its
    status and code, `errors` naming `operations.N`) raised once everything is rolled back (or,
    inside the caller's transaction, so that the caller rolls everything back).

    Not atomic: 200 with `{"results": [{"status", "body"}, ...]}`; a refused operation leaves the
    others in place.
    """
    movements = [command for _, command in operations]
    if atomic:
        try:
            posted = services.movements_post(movements=movements)
        except services.MovementRefused as exc:
            raise _named(exc.index, exc.error) from None
        return 201, {"results": [op.outcome(result)[1] for (op, _), result in zip(operations, posted, strict=True)]}
    outcomes = []
    for (op, _), result in zip(operations, services.movements_post(movements=movements, atomic=False), strict=True):
        status, body = (result.status, result.body()) if isinstance(result, DomainError) else op.outcome(result)
        outcomes.append({"status": status, "body": body})
    return 200, {"results": outcomes}
