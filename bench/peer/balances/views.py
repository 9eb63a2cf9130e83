from decimal import Decimal

from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from balances.models import Account, Transaction


class TransferSerializer(serializers.Serializer):
    from_user_id = serializers.IntegerField(min_value=1)
    to_user_id = serializers.IntegerField(min_value=1)
    amount = serializers.DecimalField(max_digits=20, decimal_places=2, min_value=Decimal("0.01"))
    comment = serializers.CharField(required=False, allow_blank=True, default="")


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = Account
        fields = ["user_id", "balance"]


class TransferView(APIView):
    def post(self, request):
        serializer = TransferSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        with transaction.atomic():
            source = get_object_or_404(Account, user_id=data["from_user_id"])  # no row lock
            target, _ = Account.objects.get_or_create(user_id=data["to_user_id"])
            if source.balance < data["amount"]:
                return Response({"error": "insufficient funds"}, status=status.HTTP_400_BAD_REQUEST)
            source.balance -= data["amount"]
            target.balance += data["amount"]
            source.save(update_fields=["balance"])
            target.save(update_fields=["balance"])
            Transaction.objects.create(user_id=source.user_id, amount=-data["amount"], type="transfer_out")
            Transaction.objects.create(user_id=target.user_id, amount=data["amount"], type="transfer_in")
        return Response(
            {"from": AccountSerializer(source).data, "to": AccountSerializer(target).data},
            status=status.HTTP_201_CREATED,
        )


class BalanceView(APIView):
    def get(self, request, user_id):
        return Response(AccountSerializer(get_object_or_404(Account, user_id=user_id)).data)
