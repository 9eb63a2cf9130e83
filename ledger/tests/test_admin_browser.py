"""An accountant's day in the back office, in a real browser: Debian's Chromium driven by
Selenium through Debian's chromedriver, against a live server on PostgreSQL.

Never skipped: without the browser the test fails and says what to install (`make test` installs
it through scripts/ensure-chromium). The screenshot goes to pytest's temporary directory.
"""

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from django.utils import timezone
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from ledger.models import Transaction
from reports.tests.helpers import payment_make

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
    browser.find_element(By.CSS_SELECTOR, "#monthly-report input[type=submit]").click()
    report = wait_for_file(downloads, f"consolidated-monthly-{last_month:%Y-%m}.csv")
    assert report.read_bytes() == b"service_name;revenue\r\n'@SUM(A1) Premium listing;40.00\r\n"
