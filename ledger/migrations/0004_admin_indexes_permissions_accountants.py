# The back office: permissions for the CSV export and the monthly report, indexes for the admin's
# date drill-down, and the Accountants group.

from django.db import migrations, models


def create_accountants_group(apps, schema_editor):
    from accounts.staff import accountants_group_ensure

    accountants_group_ensure(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('ledger', '0003_history_indexes'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='transaction',
            options={'permissions': [('export_csv', 'Can export the books to CSV'), ('view_monthly_report', 'Can view the monthly revenue report')]},
        ),
        migrations.AddIndex(
            model_name='reservation',
            index=models.Index(fields=['created_at'], name='reservation_created'),
        ),
        migrations.AddIndex(
            model_name='transaction',
            index=models.Index(fields=['created_at'], name='transaction_created'),
        ),
        migrations.RunPython(create_accountants_group, migrations.RunPython.noop),
    ]
