from balance_service.routing import route
from ledger.views import InformationViewSet, TransactionBatchViewSet, TransactionViewSet

urlpatterns = [
    *[
        route(f"transactions/{path}", TransactionViewSet.as_view({"post": action}))
        for path, action in [
            ("deposit", "deposit"),
            ("withdraw", "withdraw"),
            ("transfer", "transfer"),
            ("reserve", "reserve"),
            ("make-payment", "make_payment"),
            ("reserve-refund", "reserve_refund"),
            ("payment-refund", "payment_refund"),
        ]
    ],
    route("transactions/batch", TransactionBatchViewSet.as_view({"post": "batch"})),
    route("information/account-balance/<user_id>", InformationViewSet.as_view({"get": "account_balance"})),
    route("information/account-transactions/<user_id>", InformationViewSet.as_view({"get": "account_transactions"})),
]
