"""The API docs pages work with no network but the service's own: Debian's Chromium, its proxy a
dead port and every host name but 127.0.0.1 unresolvable, opens Swagger UI and ReDoc against a live
server; both render every operation of the schema, and the browser asked no other host for anything.

Never skipped: without the browser the test fails and says what to install (`make test` installs it).
"""

import json
import os
import socket
from urllib.parse import urlsplit

import pytest
from drf_spectacular.generators import SchemaGenerator
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from ledger.tests.test_admin_browser import CHROMEDRIVER, CHROMIUM, HEADLESS_FLAGS

pytestmark = [pytest.mark.postgres, pytest.mark.browser, pytest.mark.django_db]


def _dead_port() -> int:
    """A loopback port nobody listens on: the browser's proxy, so a request for another host fails."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def offline_browser():
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
    # The network cut off: any host but the loopback's resolves to nothing, and anything that would go
    # out is sent to a proxy on a dead port. The loopback goes direct, never through the proxy.
    options.add_argument(f"--proxy-server=http://127.0.0.1:{_dead_port()}")
    options.add_argument("--proxy-bypass-list=127.0.0.1;localhost")
    options.add_argument("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def requested_urls(driver) -> list[str]:
    """Every URL the browser sent a request for since the last call (Chrome's network log); a
    request the page's Content-Security-Policy blocked never left the browser and is not counted."""
    sent, blocked = {}, set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            sent[message["params"]["requestId"]] = message["params"]["request"]["url"]
        elif message["method"] == "Network.loadingFailed" and message["params"].get("blockedReason") == "csp":
            blocked.add(message["params"]["requestId"])
    return [url for request_id, url in sent.items() if request_id not in blocked]


def summaries() -> list[str]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return [operation["summary"] for item in schema["paths"].values() for operation in item.values()]


def wait_until(driver, condition, timeout: float = 30):
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def test_swagger_ui_and_redoc_render_every_operation_offline(live_server, offline_browser):
    expected = summaries()
    assert len(expected) >= 13
    own = urlsplit(live_server.url).netloc

    offline_browser.get(f"{live_server.url}/api/docs/")
    blocks = wait_until(
        offline_browser,
        lambda d: (
            (found := d.find_elements(By.CSS_SELECTOR, ".opblock-summary")) and len(found) == len(expected) and found
        ),
    )
    shown = " ".join(block.text for block in blocks)
    for summary in expected:
        assert summary in shown, f"Swagger UI does not show {summary!r}"
    swagger_urls = requested_urls(offline_browser)

    offline_browser.get(f"{live_server.url}/api/redoc/")
    sections = wait_until(
        offline_browser,
        lambda d: (
            (found := d.find_elements(By.CSS_SELECTOR, "[data-section-id^='operation/']"))
            and len(found) == len(expected)
            and found
        ),
    )
    shown = " ".join(section.get_attribute("textContent") for section in sections)
    for summary in expected:
        assert summary in shown, f"ReDoc does not show {summary!r}"
    redoc_urls = requested_urls(offline_browser)

    for urls in (swagger_urls, redoc_urls):
        assert any(url.endswith(".js") for url in urls), urls  # the log did record the page's requests
        elsewhere = [
            url for url in urls if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own
        ]
        assert elsewhere == [], f"the docs asked another host: {elsewhere}"
