from balances import views
from django.http import HttpResponse
from django.urls import path

urlpatterns = [
    path("readyz", lambda request: HttpResponse("ok")),
    path("api/v1/transactions/transfer", views.TransferView.as_view()),
    path("api/v1/information/account-balance/<int:user_id>", views.BalanceView.as_view()),
]
