"""Schemathesis against the service's own OpenAPI schema: every endpoint, valid and invalid
inputs, with a key carrying every scope. No answer may be a 5xx or differ from the schema.

Derandomized: every run draws the same cases, so a failure is a property of the code, never of
the run's luck (a random draw once found a path the schema did not document, in one run of many).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from balance_service.wsgi import application

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


schema = schemathesis.openapi.from_wsgi("/api/schema/", application)

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


@pytest.fixture
def key(make_client):
    return make_client()._credentials["HTTP_AUTHORIZATION"]


@schema.parametrize()
@settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_api_answers_conform_to_its_schema(case, key, wsgi_in_test_transaction):
    case.call_and_validate(headers={"Authorization": key}, checks=CHECKS)
