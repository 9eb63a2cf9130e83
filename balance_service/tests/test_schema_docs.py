"""The published schema is worth reading: every operation described, an example for every request
body, every success and every error code, each example valid against its schema; error codes are
enums derived from the error classes; docs/api.md stays in step with it."""

import copy
import re
from pathlib import Path

import jsonschema
import pytest
from drf_spectacular.generators import SchemaGenerator

from balance_service import errors

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def schema() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def error_codes(operation) -> dict[str, list[str]]:
    """Status -> the `code` enum of that error response."""
    found = {}
    for status, response in operation["responses"].items():
        if status >= "400":
            media = next(iter(response["content"].values()))
            found[status] = media["schema"]["properties"]["code"]["enum"]
    return found


def _json_schema(node):
    """OpenAPI 3.0's `nullable` as JSON Schema's null type, so jsonschema can check examples."""
    if isinstance(node, dict):
        node = {key: _json_schema(value) for key, value in node.items()}
        if node.pop("nullable", False):
            node = {"anyOf": [node, {"type": "null"}]}
        return node
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    return node


def check_examples(schema, where: str, media_type: str, media: dict) -> list:
    examples = media.get("examples") or {}
    assert examples, f"{where} {media_type}: no example"
    if media_type != "application/json":
        return list(examples.values())
    wrapped = _json_schema({**copy.deepcopy(media["schema"]), "components": schema["components"]})
    for name, example in examples.items():
        try:
            jsonschema.validate(example["value"], wrapped)
        except jsonschema.ValidationError as exc:
            pytest.fail(f"{where}, example {name!r} does not match its schema: {exc.message}")
    return list(examples.values())


def test_every_operation_is_described_with_examples_that_match_its_schema(schema):
    descriptions = []
    for path, method, operation in operations(schema):
        where = f"{method.upper()} {path}"
        assert operation.get("description"), f"{where}: no description"
        descriptions.append(operation["description"])
        for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
            check_examples(schema, f"{where} request", media_type, media)
        for status, response in operation["responses"].items():
            for media_type, media in response.get("content", {}).items():
                examples = check_examples(schema, f"{where} {status}", media_type, media)
                if status >= "400":
                    shown = sorted(example["value"]["code"] for example in examples)
                    assert shown == sorted(media["schema"]["properties"]["code"]["enum"]), f"{where} {status}"
    assert len(set(descriptions)) == len(descriptions), "two operations share a description"


def test_error_codes_are_enums_of_the_codes_each_endpoint_can_return(schema):
    paths = schema["paths"]
    transfer = error_codes(paths["/api/v1/transactions/transfer"]["post"])
    assert transfer["404"] == ["account_not_found"]  # never reservation_not_found
    assert sorted(transfer["422"]) == ["balance_limit_exceeded", "idempotency_key_reused", "insufficient_funds"]
    assert error_codes(paths["/api/v1/transactions/deposit"]["post"]).keys() == {
        "400", "401", "403", "409", "413", "422", "429", "503"
    }  # fmt: skip
    assert error_codes(paths["/api/v1/transactions/make-payment"]["post"])["404"] == ["reservation_not_found"]
    batch = error_codes(paths["/api/v1/transactions/batch"]["post"])
    for name in ("deposit", "withdraw", "transfer", "reserve", "make-payment", "reserve-refund"):
        for status, codes in error_codes(paths[f"/api/v1/transactions/{name}"]["post"]).items():
            assert set(codes) <= set(batch[status]), (name, status)
    # Every code in the schema is the code of an error class, with that class's status.
    classes = {cls.code: cls.status for cls in _subclasses(errors.DomainError)}
    for path, method, operation in operations(schema):
        for status, codes in error_codes(operation).items():
            for code in codes:
                assert classes.get(code) == int(status), (method, path, status, code)


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_probes_are_documented_without_a_key(schema):
    for path in ("/healthz", "/readyz"):
        assert schema["paths"][path]["get"]["security"] == []
    assert error_codes(schema["paths"]["/readyz"]["get"]) == {"503": ["service_unavailable"]}


def test_docs_api_md_names_every_path_and_code_of_the_schema_and_no_other_code(schema):
    text = (ROOT / "docs" / "api.md").read_text()
    for path in schema["paths"]:
        shown = path.removeprefix("/api/v1")
        assert f"`{shown}" in text or f"`GET {shown}" in text, f"docs/api.md does not name {path}"
    published = {code for _, _, op in operations(schema) for codes in error_codes(op).values() for code in codes}
    for code in published:
        assert f"`{code}`" in text, f"docs/api.md does not name the error code {code}"
    known = {cls.code for cls in _subclasses(errors.DomainError)} | {"not_acceptable", "unsupported_media_type"}
    named = set(re.findall(r"`([a-z_]+)`", text)) & known
    named |= set(re.findall(r"^\| *[45][0-9][0-9] *\| *`([a-z_]+)`", text, re.MULTILINE))  # the table of codes
    assert named <= published, f"docs/api.md names codes the schema lacks: {sorted(named - published)}"
