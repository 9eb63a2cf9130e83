# The back office's dashboard: transactions by date carry their type and amount, so the movements of
# a range of months are an index-only scan (the covering index replaces the plain one, which it
# serves too: it is built before the old one goes); open reservations get a small partial index.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0010_entry_balanced_check'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='transaction',
            index=models.Index(fields=['created_at'], include=('type', 'amount'), name='transaction_created_covering'),
        ),
        migrations.RemoveIndex(
            model_name='transaction',
            name='transaction_created',
        ),
        migrations.AddIndex(
            model_name='reservation',
            index=models.Index(condition=models.Q(('status', 'reserved')), fields=['created_at'], include=('amount',), name='reservation_open'),
        ),
    ]
