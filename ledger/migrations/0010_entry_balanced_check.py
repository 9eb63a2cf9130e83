"""The check that a transaction's entries sum to zero, rewritten so its plan cannot turn into a
scan of every entry.

The check runs once per insert statement over the statement's transition table. Written as
`WHERE transaction_id IN (SELECT ... FROM new_entries) GROUP BY ...`, PL/pgSQL plans it once per
connection and keeps the plan until an invalidation (an autoanalyze of ledger_entry) makes it plan
again; planned while a batch of 1,000 transfers is inserting, the transition table is large and
the planner picks a hash join that reads all of ledger_entry, a plan the connection then keeps for
every one-transfer write after it. A bench run caught it: transfers fell from about 250/s to 16/s
on one side only, PostgreSQL busy reading ledger_entry's index (460M index rows read against 29M).

Now each distinct transaction of the statement is summed by a correlated subquery on the
`transaction_id` index, a plan that does not depend on the transition table's size: the same
work as before for a small write, and one index probe per transaction for a batch.
"""

from django.db import migrations

PG_FORWARD = """
CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad bigint;
BEGIN
    SELECT t.transaction_id INTO bad
    FROM (SELECT DISTINCT transaction_id FROM new_entries) t
    WHERE (SELECT sum(e.amount) FROM ledger_entry e WHERE e.transaction_id = t.transaction_id) <> 0
    LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'entries of transaction % do not sum to zero', bad USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
"""

PG_BACKWARD = """
CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad bigint;
BEGIN
    SELECT e.transaction_id INTO bad
    FROM ledger_entry e
    WHERE e.transaction_id IN (SELECT DISTINCT transaction_id FROM new_entries)
    GROUP BY e.transaction_id
    HAVING sum(e.amount) <> 0
    LIMIT 1;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'entries of transaction % do not sum to zero', bad USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
"""


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0009_event")]

    operations = [migrations.RunPython(_run(PG_FORWARD), _run(PG_BACKWARD))]
