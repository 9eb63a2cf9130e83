"""The scopes an API key can carry (docs/api.md, "Authentication")."""

BALANCE_READ = "balance:read"
HISTORY_READ = "history:read"
FUNDS_DEPOSIT = "funds:deposit"
FUNDS_WITHDRAW = "funds:withdraw"
FUNDS_TRANSFER = "funds:transfer"
ORDERS_WRITE = "orders:write"
REPORTS_READ = "reports:read"
METRICS_READ = "metrics:read"
EVENTS_READ = "events:read"

ALL_SCOPES = (
    BALANCE_READ,
    HISTORY_READ,
    FUNDS_DEPOSIT,
    FUNDS_WITHDRAW,
    FUNDS_TRANSFER,
    ORDERS_WRITE,
    REPORTS_READ,
    METRICS_READ,
    EVENTS_READ,
)
