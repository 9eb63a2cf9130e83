"""The back office's admin site: Django's admin plus pages that are not a model's list.

A page (the monthly report, say) is a plain view registered from an app's admin.py:

    admin.site.register_page(route="reports/monthly/", view=monthly_report_view, name="reports_monthly",
                             title="Monthly report", permission="ledger.view_monthly_report")

It is served at /admin/<route> behind the admin login and the permission (GET and HEAD only: a
page shows the books, it never changes them), reversed as
`admin:<name>`, and listed on the admin index (and in the side bar) under its `section`, for the
users who hold the permission.

A dashboard replaces the index's content for the users who hold its permissions:

    admin.site.register_dashboard(context=dashboard_context, template="admin/dashboard.html",
                                  permissions=["ledger.view_account", "ledger.view_transaction"])
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import NoReverseMatch, URLPattern, path, reverse


@dataclass(frozen=True)
class AdminPage:
    route: str
    view: Callable[..., HttpResponse]
    name: str
    title: str
    permission: str
    section: str


@dataclass(frozen=True)
class AdminDashboard:
    context: Callable[[HttpRequest], dict]
    template: str
    permissions: tuple[str, ...]


class BooksAdminSite(admin.AdminSite):
    site_header = "Balance service: back office"
    site_title = "Back office"
    index_title = "The books"
    site_url = None  # no public site to link to

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)
        self._pages: list[AdminPage] = []
        self._dashboard: AdminDashboard | None = None

    def register_dashboard(
        self, *, context: Callable[[HttpRequest], dict], template: str, permissions: Sequence[str]
    ) -> None:
        """Show `template` as the index, with `context(request)` added to the index's context, to
        staff users holding every one of `permissions` (the others get the plain index)."""
        self._dashboard = AdminDashboard(context=context, template=template, permissions=tuple(permissions))

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = super().index(request, extra_context)
        dashboard = self._dashboard
        if dashboard is not None and request.user.has_perms(dashboard.permissions):
            response.template_name = dashboard.template
            response.context_data.update(dashboard.context(request))
        return response

    def register_page(
        self,
        *,
        route: str,
        view: Callable[..., HttpResponse],
        name: str,
        title: str,
        permission: str,
        section: str = "Reports",
    ) -> None:
        """Serve `view` at /admin/<route> for staff users holding `permission` (see the module doc)."""
        self._pages.append(
            AdminPage(route=route, view=view, name=name, title=title, permission=permission, section=section)
        )

    def _guarded(self, page: AdminPage) -> Callable[..., HttpResponse]:
        def view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.has_perm(page.permission):
                raise PermissionDenied
            if request.method not in ("GET", "HEAD"):  # pages show the books; they never change them
                return HttpResponseNotAllowed(["GET", "HEAD"])
            return page.view(request, *args, **kwargs)

        return self.admin_view(view)

    def get_urls(self) -> list[URLPattern]:
        pages = [path(page.route, self._guarded(page), name=page.name) for page in self._pages]
        return pages + super().get_urls()

    def get_app_list(self, request: HttpRequest, app_label: str | None = None) -> list[dict]:
        """The models' apps, then one section per group of pages the user may open."""
        app_list = super().get_app_list(request, app_label)
        if app_label is not None:
            return app_list
        sections: dict[str, dict] = {}
        for page in self._pages:
            if not request.user.has_perm(page.permission):
                continue
            try:
                url = reverse(f"{self.name}:{page.name}", current_app=self.name)
            except NoReverseMatch:  # a page with URL arguments has no index link
                continue
            section = sections.setdefault(
                page.section,
                {
                    "name": page.section,
                    "app_label": f"pages-{page.section.lower()}",
                    "app_url": url,
                    "has_module_perms": True,
                    "models": [],
                },
            )
            section["models"].append(
                {
                    "name": page.title,
                    "object_name": page.name,
                    "admin_url": url,
                    "add_url": None,
                    "view_only": True,
                    "perms": {"view": True},
                }
            )
        return app_list + list(sections.values())


class BooksAdminConfig(AdminConfig):
    """`django.contrib.admin` with `BooksAdminSite` as `admin.site` (listed in INSTALLED_APPS)."""

    default_site = "balance_service.admin_site.BooksAdminSite"
