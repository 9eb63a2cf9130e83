"""Indexes for the history endpoint: one per ordering (date, absolute amount; ties by id), for a
user and for one account (the `account` filter). (account, created_at, id) replaces
(account, created_at), which it covers."""

import django.db.models.functions.math
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0002_ledger_guards'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='entry',
            index=models.Index(models.F('user_id'), django.db.models.functions.math.Abs('amount'), models.F('id'), name='entry_user_abs_amount'),
        ),
        migrations.AddIndex(
            model_name='entry',
            index=models.Index(fields=['account', 'created_at', 'id'], name='entry_account_created_id'),
        ),
        migrations.AddIndex(
            model_name='entry',
            index=models.Index(models.F('account'), django.db.models.functions.math.Abs('amount'), models.F('id'), name='entry_account_abs_amount'),
        ),
        migrations.RemoveIndex(
            model_name='entry',
            name='entry_account_created',
        ),
    ]
