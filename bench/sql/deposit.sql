-- Captured by bench/bench.py from the service itself (one request through the real view);
-- regenerated on every run. Per-request literals are pgbench variables.
\set dst random(1, :users)
\set dst_acct 2 * :dst + 1
-- Django's connection health check (CONN_HEALTH_CHECKS), once per request:
SELECT 1;
BEGIN;
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:dst) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "service_id", "reservation_id", "comment", "created_at") VALUES ('deposit', 1.00, :dst, NULL, NULL, NULL, '', '2026-11-23 22:59:43.209158+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id,:txn_id}'::int4[])::bigint[], ('{1,:dst_acct}'::int2[])::bigint[], ('{NULL,:dst}'::int8[])::bigint[], ('{-1.00,1.00}'::numeric[])::numeric[], ('{NULL,1000001.01}'::numeric[])::numeric[], ('{"2026-11-23 22:59:43.209158+00:00","2026-11-23 22:59:43.209158+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE ledger_account SET balance = new.balance FROM unnest('{:dst_acct}'::int2[]::bigint[], '{1000001.01}'::numeric[]::numeric[]) AS new(id, balance) WHERE ledger_account.id = new.id;
COMMIT;
