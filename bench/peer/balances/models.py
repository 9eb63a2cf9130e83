from django.db import models


class Account(models.Model):
    user_id = models.BigIntegerField(unique=True)
    balance = models.DecimalField(max_digits=20, decimal_places=2, default=0)

    def __str__(self) -> str:
        return f"{self.user_id}: {self.balance}"


class Transaction(models.Model):
    user_id = models.BigIntegerField(db_index=True)
    amount = models.DecimalField(max_digits=20, decimal_places=2)
    type = models.CharField(max_length=20)
    comment = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.type} {self.amount} for {self.user_id}"
