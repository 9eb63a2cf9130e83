-- Captured by bench/bench.py from the service itself (one request through the real view);
-- regenerated on every run. Per-request literals are pgbench variables.
\set src random(1, :users)
\set dst random(1, :users - 1)
\if :dst >= :src
\set dst :dst + 1
\endif
\set src_acct 2 * :src + 1
\set dst_acct 2 * :dst + 1
-- Django's connection health check (CONN_HEALTH_CHECKS), once per request:
SELECT 1;
BEGIN;
SELECT "ledger_account"."id", "ledger_account"."user_id", "ledger_account"."kind", "ledger_account"."balance", "ledger_account"."created_at" FROM "ledger_account" WHERE "ledger_account"."user_id" IN (:src, :dst) ORDER BY "ledger_account"."id" ASC FOR NO KEY UPDATE;
INSERT INTO "ledger_transaction" ("type", "amount", "user_id", "to_user_id", "service_id", "reservation_id", "comment", "created_at") VALUES ('transfer', 0.01, :src, :dst, NULL, NULL, '', '2026-11-23 22:59:43.201731+00:00'::timestamptz) RETURNING "ledger_transaction"."id" \gset txn_
INSERT INTO "ledger_entry" ("transaction_id", "account_id", "user_id", "amount", "balance_after", "created_at") SELECT * FROM UNNEST(('{:txn_id,:txn_id}'::int4[])::bigint[], ('{:src_acct,:dst_acct}'::int2[])::bigint[], ('{:src,:dst}'::int8[])::bigint[], ('{-0.01,0.01}'::numeric[])::numeric[], ('{999999.99,1000000.01}'::numeric[])::numeric[], ('{"2026-11-23 22:59:43.201731+00:00","2026-11-23 22:59:43.201731+00:00"}'::timestamptz[])::timestamp with time zone[]) RETURNING "ledger_entry"."id";
UPDATE ledger_account SET balance = new.balance FROM unnest('{:src_acct,:dst_acct}'::int2[]::bigint[], '{999999.99,1000000.01}'::numeric[]::numeric[]) AS new(id, balance) WHERE ledger_account.id = new.id;
COMMIT;
