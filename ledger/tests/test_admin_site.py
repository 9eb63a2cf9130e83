"""Pages registered on the back office's site: behind the login and a permission, listed on the index."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import path

from accounts.staff import accountant_create
from balance_service.admin_site import BooksAdminSite

site = BooksAdminSite(name="pages_test")
site.register_page(
    route="reports/monthly/",
    view=lambda request: HttpResponse("the report"),
    name="reports_monthly",
    title="Monthly report",
    permission="ledger.view_monthly_report",
)
urlpatterns = [path("pages-test/", site.urls)]


@pytest.fixture
def pages_urls(settings):
    settings.ROOT_URLCONF = __name__


def test_a_page_is_served_to_users_with_its_permission(client, db, pages_urls, plain_staff):
    accountant = accountant_create(username="anna", password="correct-horse-battery-42")
    assert client.get("/pages-test/reports/monthly/").status_code == 302  # to the login page
    client.force_login(plain_staff)
    assert client.get("/pages-test/reports/monthly/").status_code == 403
    client.force_login(accountant)
    response = client.get("/pages-test/reports/monthly/")
    assert response.status_code == 200
    assert response.content == b"the report"


def test_a_page_is_listed_on_the_index_for_users_with_its_permission(db, pages_urls, plain_staff):
    accountant = accountant_create(username="anna", password="correct-horse-battery-42")
    request = RequestFactory().get("/pages-test/")
    request.user = accountant
    sections = [app for app in site.get_app_list(request) if app["name"] == "Reports"]
    assert [(m["name"], m["admin_url"]) for m in sections[0]["models"]] == [
        ("Monthly report", "/pages-test/reports/monthly/")
    ]
    for user in (plain_staff, AnonymousUser()):
        request.user = user
        assert all(app["name"] != "Reports" for app in site.get_app_list(request))


def test_the_default_site_is_the_back_office():
    from django.contrib import admin

    assert isinstance(admin.site, BooksAdminSite)
