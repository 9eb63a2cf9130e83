"""Each account's time of its last movement, set by the writers with its balance: the movement
written by one statement (`ledger.sql.posting_alone`) reads it on the locked row and is never
stamped before it. A column without a default: no table rewrite."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0012_user_balance_names'),
    ]

    operations = [
        migrations.AddField(
            model_name='account',
            name='moved_at',
            field=models.DateTimeField(blank=True, editable=False, help_text="The time of the account's last movement, set with its balance (empty before the first); a movement is never stamped before it.", null=True),
        ),
    ]
