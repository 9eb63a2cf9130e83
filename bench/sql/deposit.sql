-- Captured by bench/bench.py from the service itself (one request through the real view);
-- regenerated on every run. Per-request user and account ids are pgbench variables.
\set dst random(1, :users)
\set dst_acct 2 * :dst + 1
-- Django's connection health check (CONN_HEALTH_CHECKS), once per request:
SELECT 1;
BEGIN;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:dst) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 1::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{deposit}'::varchar[], '{1.00}'::numeric[]::numeric[], '{:dst}'::int8[]::bigint[], '{NULL}'::bigint[],
                '{NULL}'::bigint[], '{NULL}'::bigint[], '{""}'::varchar[],
                '{"2026-11-24 00:10:20.489607+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1}'::int8[]::bigint[], '{1,:dst_acct}'::int8[]::bigint[], '{NULL,:dst}'::int8[]::bigint[],
                '{-1.00,1.00}'::numeric[]::numeric[], '{NULL,1000001.01}'::numeric[]::numeric[], '{"2026-11-24 00:10:20.489607+00:00","2026-11-24 00:10:20.489607+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:dst_acct}'::int8[]::bigint[], '{1000001.01}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
COMMIT;
