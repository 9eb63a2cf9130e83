"""An accountant's day in the back office, in a real browser: Debian's Chromium driven by
Selenium through Debian's chromedriver, against a live server on PostgreSQL.

Never skipped: without the browser the test fails and says what to install (`make test` installs
it through scripts/ensure-chromium). The screenshot goes to pytest's temporary directory.
"""

import datetime as dt
import os
import time
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from ledger import services
from ledger.balances_at import balances_at
from ledger.models import Transaction
from ledger.totals import end_of_day
from reports.monthly import monthly_report_csv
from reports.periods import period_parse
from reports.tests.helpers import clock_at, payment_make

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
HEADLESS_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,900",
]

pytestmark = [pytest.mark.postgres, pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def downloads(tmp_path) -> Path:
    path = tmp_path / "downloads"
    path.mkdir()
    return path


@pytest.fixture
def browser(downloads):
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    if missing:
        pytest.fail(
            f"The browser test needs {' and '.join(missing)}: run `make test` as root (scripts/ensure-chromium "
            "installs them) or `apt-get install -y chromium chromium-driver`.",
            pytrace=False,
        )
    options = Options()
    options.binary_location = CHROMIUM
    for flag in HEADLESS_FLAGS:
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait_for(driver, by: str, value: str, timeout: float = 10):
    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located((by, value)))


def wait_for_file(directory: Path, pattern: str, timeout: float = 15) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in directory.glob(pattern) if not p.name.endswith(".crdownload")]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {pattern} in {directory} after {timeout}s: {list(directory.iterdir())}")


def test_an_accountants_day(live_server, browser, downloads, accountant, staff_password, books, tmp_path):
    base = live_server.url

    # Log in.
    browser.get(f"{base}/admin/")
    wait_for(browser, By.ID, "id_username").send_keys(accountant.username)
    browser.find_element(By.ID, "id_password").send_keys(staff_password)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait_for(browser, By.ID, "site-name")
    index = browser.find_element(By.ID, "content-main").text.lower()
    assert "books" in index
    assert "transactions" in index
    assert "api clients" not in index

    # Find user 7 among the balances.
    browser.find_element(By.CSS_SELECTOR, "#content-main a[href='/admin/ledger/account/']").click()
    search = wait_for(browser, By.ID, "searchbar")
    search.send_keys("7")
    search.submit()
    wait_for(browser, By.CSS_SELECTOR, "#result_list tbody tr")
    rows = browser.find_elements(By.CSS_SELECTOR, "#result_list tbody tr")
    assert [row.text.split()[:3] for row in rows] == [["7", "65.00", "0.00"]]

    # Their history, then one transaction: the payment of order 15.
    rows[0].find_element(By.LINK_TEXT, "history").click()
    wait_for(browser, By.CSS_SELECTOR, "#result_list tbody tr")
    assert browser.current_url.endswith("/admin/ledger/account/7/history/")
    history = browser.find_element(By.ID, "result_list").text
    assert "Payment for order 15 (@SUM(A1) Premium listing)" in history
    assert "Transfer to user 8: rent" in history
    payment = Transaction.objects.get(type="payment")
    browser.find_element(By.LINK_TEXT, f"#{payment.pk}").click()
    wait_for(browser, By.CSS_SELECTOR, ".field-amount .readonly")
    assert browser.find_element(By.CSS_SELECTOR, ".field-amount .readonly").text == "25.00"
    page = browser.find_element(By.ID, "content-main").text.lower()
    assert "entries" in page
    assert "company revenue" in page  # the inline legs of the payment

    # Try to edit the amount: there is no field and no save button, and a forged POST is refused.
    assert browser.find_elements(By.NAME, "amount") == []
    assert browser.find_elements(By.NAME, "_save") == []
    status = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const token = document.cookie.split('; ').find(c => c.startsWith('csrftoken=')).split('=')[1];
        fetch(window.location.pathname, {method: 'POST', credentials: 'same-origin',
              headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRFToken': token},
              body: 'amount=1.00&type=payment'}).then(r => done(r.status));
        """
    )
    assert status == 403
    payment.refresh_from_db()
    assert str(payment.amount) == "25.00"

    # The balances list, photographed, then exported to CSV.
    browser.get(f"{base}/admin/ledger/account/")
    wait_for(browser, By.ID, "action-toggle")
    screenshot = tmp_path / "balances.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000
    print(f"screenshot: {screenshot}")

    browser.find_element(By.ID, "action-toggle").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("export_csv")
    browser.find_element(By.CSS_SELECTOR, "button[name=index]").click()
    exported = wait_for_file(downloads, "balances-*.csv")
    assert exported.read_text(encoding="utf-8") == "user_id;available;reserved\n7;65.00;0.00\n8;10.00;0.00\n"

    # Last month's revenue report, from the "Monthly report" page.
    today = timezone.localdate()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    payment_make(
        at=timezone.make_aware(dt.datetime.combine(last_month, dt.time(12))),
        service_id=3,
        order_id=99,
        amount="40.00",
        user_id=9,
    )
    browser.get(f"{base}/admin/")
    browser.find_element(By.LINK_TEXT, "Monthly report").click()
    period = wait_for(browser, By.ID, "period")
    assert period.get_attribute("value") == last_month.strftime("%Y-%m")
    browser.find_element(By.ID, "download-csv").click()
    report = wait_for_file(downloads, f"consolidated-monthly-{last_month:%Y-%m}.csv")
    assert report.read_bytes() == b"service_name;revenue\r\n'@SUM(A1) Premium listing;40.00\r\n"


def money_text(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def shot(browser, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    browser.set_window_size(1400, max(900, browser.execute_script("return document.body.scrollHeight") + 100))
    assert browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    print(f"screenshot: {path}")
    return path


def bars(browser, chart_id: str, series: str = "") -> list[tuple[Decimal, float]]:
    """(value, drawn height in pixels) of each bar of a chart (of one series: "bar-revenue")."""
    kind = f".{series}" if series else ""
    return [
        (Decimal(rect.get_attribute("data-value")), rect.size["height"])
        for rect in browser.find_elements(By.CSS_SELECTOR, f"#{chart_id} rect.point{kind}")
    ]


def test_an_accountant_reads_the_dashboard_and_the_reports(
    live_server, browser, downloads, accountant, staff_password, books, api, tmp_path
):
    base = live_server.url
    today = timezone.localdate()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    two_months_ago = (last_month.replace(day=1) - dt.timedelta(days=1)).replace(day=10)
    for day, order_id, amount in ((two_months_ago, 98, "1250.00"), (last_month, 99, "40.00")):
        with clock_at(timezone.make_aware(dt.datetime.combine(day, dt.time(12)))):
            services.deposit_create(user_id=9, amount=Decimal(amount) + 10)
            services.reservation_create(
                user_id=9, service_id=4, order_id=order_id, amount=Decimal(amount), service_name="Listing"
            )
            services.reservation_pay(user_id=9, service_id=4, order_id=order_id, amount=Decimal(amount))
    with clock_at(timezone.make_aware(dt.datetime.combine(last_month.replace(day=20), dt.time(12)))):
        services.payment_refund_create(user_id=9, service_id=4, order_id=99, amount=Decimal("5.00"))

    # Log in: the dashboard is the index.
    browser.get(f"{base}/admin/")
    wait_for(browser, By.ID, "id_username").send_keys(accountant.username)
    browser.find_element(By.ID, "id_password").send_keys(staff_password)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait_for(browser, By.ID, "dashboard")
    shot(browser, tmp_path, "dashboard")
    figures = {
        figure.find_element(By.CLASS_NAME, "label").text: money_text(figure.find_element(By.CLASS_NAME, "value").text)
        for figure in browser.find_elements(By.CSS_SELECTOR, "#dashboard .figure")
    }
    held = [api.get(f"/api/v1/information/account-balance/{user_id}").json() for user_id in (7, 8, 9)]
    assert figures["Money users hold: available"] == sum(Decimal(b["available"]) for b in held)
    assert figures["Money users hold: reserved"] == sum(Decimal(b["reserved"]) for b in held)
    assert figures["Payments last month"] == Decimal("40.00")
    assert figures["Refunds last month"] == Decimal("5.00")
    assert figures["Revenue last month"] == Decimal("35.00")  # net: payments less refunds

    revenue_bars, held_bars = bars(browser, "revenue-chart", "bar-revenue"), bars(browser, "held-chart")
    assert len(bars(browser, "revenue-chart")) == 36  # payments, refunds and net revenue each month
    assert [value for value, _ in bars(browser, "revenue-chart", "bar-refunds")[-2:]] == [Decimal("5.00"), 0]
    assert len(revenue_bars) == 12
    assert len(held_bars) == 24  # available and reserved at each of 12 month ends
    assert [value for value, _ in revenue_bars[-3:]] == [Decimal("1250.00"), Decimal("35.00"), Decimal("25.00")]
    # Drawn, not just listed: every bar with money is visible, and taller for more money.
    assert all(height > 1 for value, height in revenue_bars + held_bars if value), (revenue_bars, held_bars)
    assert revenue_bars[-3][1] > revenue_bars[-2][1] > revenue_bars[-1][1]
    assert sum(1 for value, height in held_bars if value and height > 20) >= 3, held_bars

    # Last month's revenue figure opens last month's report on screen; its total is the figure.
    browser.find_element(By.XPATH, "//div[@class='label'][.='Revenue last month']/../div[@class='value']/a").click()
    wait_for(browser, By.ID, "report")
    assert browser.find_element(By.ID, "period").get_attribute("value") == last_month.strftime("%Y-%m")
    assert money_text(browser.find_element(By.ID, "report-total").text) == figures["Revenue last month"]
    assert "Europe/Moscow time" in browser.find_element(By.ID, "content-main").text
    rows = [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#report tbody tr")]
    assert rows == ["4 Listing 40.00 5.00 35.00"]  # payments, refunds, net revenue
    shot(browser, tmp_path, "monthly-report")

    # Another month through the form, then its CSV: the bytes of the API and the command.
    period = browser.find_element(By.ID, "period")
    browser.execute_script("arguments[0].value = arguments[1]", period, two_months_ago.strftime("%Y-%m"))
    browser.find_element(By.CSS_SELECTOR, "#monthly-report input[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda b: "1,250.00" in b.find_element(By.ID, "report-total").text)
    browser.find_element(By.ID, "download-csv").click()
    report = wait_for_file(downloads, f"consolidated-monthly-{two_months_ago:%Y-%m}.csv")
    month = period_parse(text=f"{two_months_ago:%Y-%m}")
    assert (
        report.read_bytes()
        == b"".join(monthly_report_csv(period=month))
        == b"service_name;revenue\r\nListing;1250.00\r\n"
    )

    # Balances at the end of yesterday, from the side bar's link; the trial balance is even.
    browser.find_element(By.LINK_TEXT, "Balances at a date").click()
    day = wait_for(browser, By.ID, "date")
    yesterday = today - dt.timedelta(days=1)
    browser.execute_script("arguments[0].value = arguments[1]", day, yesterday.isoformat())
    browser.find_element(By.CSS_SELECTOR, "#balances-at input[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda b: yesterday.isoformat() in b.current_url)
    wait_for(browser, By.ID, "trial-difference")
    assert browser.find_element(By.ID, "trial-difference").text == "0.00"
    expected = list(balances_at(at=end_of_day(yesterday)))
    rows = [row.text.split()[:3] for row in browser.find_elements(By.CSS_SELECTOR, "#result_list tbody tr")]
    assert rows == [[str(b.user_id), f"{b.available:,}", f"{b.reserved:,}"] for b in expected]
    shot(browser, tmp_path, "balances-at")
    browser.find_element(By.ID, "export-csv").click()
    exported = wait_for_file(downloads, f"balances-at-{yesterday}.csv")
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert lines == ["user_id;available;reserved"] + [f"{b.user_id};{b.available};{b.reserved}" for b in expected]

    # The user balances list: one name for it everywhere, amounts right-aligned.
    browser.get(f"{base}/admin/ledger/account/")
    wait_for(browser, By.ID, "result_list")
    assert browser.find_element(By.CSS_SELECTOR, ".breadcrumbs").text.endswith("User balances")
    assert browser.find_element(By.CSS_SELECTOR, "#content h1").text == "User balances"
    assert browser.find_element(By.CSS_SELECTOR, "#nav-sidebar .current-model").text.startswith("User balances")
    cell = browser.find_element(By.CSS_SELECTOR, "#result_list td.field-available")
    assert cell.value_of_css_property("text-align") == "right"
    shot(browser, tmp_path, "user-balances")
