"""Schemathesis hooks for scripts/schemathesis.sh (schemathesis 4.32.5).

- `before_call`: sends, for each operation, an `Accept` the spec declares for its success
  response (the API picks the version from it). For a create, the media type of the body that
  was generated (both versions' bodies are generated, and the fake answers a body of one version
  under an `Accept` of the other with 415); otherwise the newest declared. An operation whose
  success response declares no media type (v1.0 DELETE) gets its other responses' type.
- `filter_failure`: absorbs the failures that tests/schemathesis/exceptions.toml lists (faults of
  the spec, each for one operation and one check, under a condition defined below), and counts
  them. The counts are printed when the run ends and written to $ATLAS_ST_COUNTS (JSON) if set.

$ATLAS_ST_SPEC names the spec file under test (e.g. export-buckets.v2.yaml): only its entries
apply. Every entry's pointer is checked against its spec when the hooks load.
tests/schemathesis/check_exceptions.py checks that each condition absorbs what it should, and
nothing else.
"""

from __future__ import annotations

import atexit
import json
import os
import pathlib
import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import jsonschema_rs
import schemathesis
import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXCEPTIONS_FILE = HERE / "exceptions.toml"
SPEC_NAME = os.environ.get("ATLAS_ST_SPEC", "")

# Which check produces each failure class (JsonSchemaError also comes from the headers check; it
# is told apart by its title below).
FAILURE_CHECK = {
    "UndefinedStatusCode": "status_code_conformance",
    "RejectedPositiveData": "positive_data_acceptance",
    "JsonSchemaError": "response_schema_conformance",
}


def _pointer(document, pointer):
    """The value at a JSON pointer (RFC 6901), or KeyError."""
    node = document
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _load_exceptions():
    """Every entry of exceptions.toml, checked: its fields, its condition, its pointer."""
    entries = tomllib.loads(EXCEPTIONS_FILE.read_text(encoding="utf-8"))["exception"]
    specs = {}
    for entry in entries:
        for key in ("id", "spec", "operation", "check", "when", "pointer", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                sys.exit(f"{EXCEPTIONS_FILE}: entry {entry.get('id')!r} has no `{key}`")
        if entry["when"] not in CONDITIONS:
            sys.exit(f"{EXCEPTIONS_FILE}: entry {entry['id']!r}: unknown condition {entry['when']!r}")
        if entry["spec"] not in specs:
            specs[entry["spec"]] = yaml.safe_load((ROOT / "spec" / entry["spec"]).read_text(encoding="utf-8"))
        try:
            _pointer(specs[entry["spec"]], entry["pointer"])
        except (KeyError, IndexError, ValueError, TypeError):
            sys.exit(
                f"{EXCEPTIONS_FILE}: entry {entry['id']!r}: {entry['pointer']} is not in spec/{entry['spec']}; "
                "the spec changed, so the exception may be obsolete"
            )
    if len({entry["id"] for entry in entries}) != len(entries):
        sys.exit(f"{EXCEPTIONS_FILE}: two entries share an id")
    return entries


# ---- schema helpers ---------------------------------------------------------------------------

_VALIDATORS = {}


def _is_valid(raw_schema, ref, instance):
    """Whether `instance` is valid against the component `ref` of the spec (as JSON Schema)."""
    key = (id(raw_schema), ref)
    if key not in _VALIDATORS:
        root = {"$ref": ref, "components": raw_schema.get("components", {})}
        _VALIDATORS[key] = jsonschema_rs.Draft4Validator(root)
    return _VALIDATORS[key].is_valid(instance)


def _discriminator(raw_schema, ref, seen=()):
    """The discriminator of the schema at `ref`, its own or one inherited through `allOf`."""
    if ref in seen:
        return None
    schema = _pointer(raw_schema, ref.lstrip("#"))
    if "discriminator" in schema:
        return schema["discriminator"]
    for part in schema.get("allOf", []):
        if "$ref" in part:
            found = _discriminator(raw_schema, part["$ref"], (*seen, ref))
            if found is not None:
                return found
    return None


def _request_schema_ref(case):
    content = case.operation.definition.raw.get("requestBody", {}).get("content", {})
    return content.get(case.media_type, {}).get("schema", {}).get("$ref")


def _violation_fields(response):
    """The fields a 400 VALIDATION_ERROR names, or None for any other answer."""
    if response.status_code != 400:
        return None
    try:
        body = response.json()
    except Exception:
        return None
    if not isinstance(body, dict) or body.get("errorCode") != "VALIDATION_ERROR":
        return None
    return [f.get("field") for f in body.get("badRequestDetail", {}).get("fields", [])]


# ---- conditions: when an entry absorbs a failure of its operation and check ------------------


def parameter_validation_400(entry, failure, case, response):
    """An undeclared 400 VALIDATION_ERROR naming only parameters the operation declares."""
    if type(failure).__name__ != "UndefinedStatusCode" or failure.status_code != 400:
        return False
    fields = _violation_fields(response)
    declared = {p["name"] for p in _parameters(case.operation)}
    return bool(fields) and all(field in declared for field in fields)


def _parameters(operation):
    raw_schema = operation.schema.raw_schema
    for parameter in operation.definition.raw.get("parameters", []):
        yield _pointer(raw_schema, parameter["$ref"].lstrip("#")) if "$ref" in parameter else parameter


def body_breaks_selected_variant(entry, failure, case, response):
    """A 400 for a body the discriminator's variant refuses: the variant its cloudProvider selects
    is not the operation's own schema (an AZURE body at the AWS-only 2023-01-01), or the body is
    not valid against that variant (a GCP body without roleId)."""
    if type(failure).__name__ != "RejectedPositiveData" or _violation_fields(response) is None:
        return False
    raw_schema = case.operation.schema.raw_schema
    own = _request_schema_ref(case)
    if own is None or not isinstance(case.body, dict):
        return False
    discriminator = _discriminator(raw_schema, own)
    if discriminator is None:
        return False
    selected = discriminator.get("mapping", {}).get(case.body.get(discriminator["propertyName"]))
    if selected is None:
        return False
    own_is_variant = own in discriminator["mapping"].values()
    if own_is_variant and selected != own:
        return True
    return not _is_valid(raw_schema, selected, case.body)


def azure_bucket_name_prose(entry, failure, case, response):
    """A 400 naming only bucketName, for an Azure body that is valid against the Azure variant
    and has no bucketName (so the name had to come from serviceUrl's container)."""
    if type(failure).__name__ != "RejectedPositiveData" or _violation_fields(response) != ["bucketName"]:
        return False
    body = case.body
    if not isinstance(body, dict) or body.get("cloudProvider") != "AZURE" or "bucketName" in body:
        return False
    raw_schema = case.operation.schema.raw_schema
    own = _request_schema_ref(case)
    discriminator = _discriminator(raw_schema, own) if own else None
    if discriminator is None:
        return False
    return _is_valid(raw_schema, discriminator["mapping"]["AZURE"], body)


def v1_provider_not_aws(entry, failure, case, response):
    """A 400 naming only cloudProvider, for a body whose cloudProvider is one of the enum's
    other values."""
    if type(failure).__name__ != "RejectedPositiveData" or _violation_fields(response) != ["cloudProvider"]:
        return False
    return isinstance(case.body, dict) and case.body.get("cloudProvider") in {"AZURE", "GCP"}


def valid_under_override(entry, failure, case, response):
    """A 200 body that breaks the published schema but is valid against the schema that
    spec/overrides.yaml puts at the entry's pointer (the variant its discriminator selects)."""
    if type(failure).__name__ != "JsonSchemaError" or "header" in (failure.title or "").lower():
        return False
    if response.status_code != 200:
        return False
    overrides = yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text(encoding="utf-8"))["overrides"]
    replacement = next(
        (o["replace"] for o in overrides if o["spec"] == entry["spec"] and o["pointer"] == entry["pointer"]),
        None,
    )
    if replacement is None:
        return False
    try:
        body = response.json()
    except Exception:
        return False
    raw_schema = case.operation.schema.raw_schema
    discriminator = _discriminator(raw_schema, replacement)
    target = replacement
    if discriminator is not None and isinstance(body, dict):
        target = discriminator.get("mapping", {}).get(body.get(discriminator["propertyName"]), replacement)
    return _is_valid(raw_schema, replacement, body) and _is_valid(raw_schema, target, body)


CONDITIONS = {
    "parameter-validation-400": parameter_validation_400,
    "body-breaks-selected-variant": body_breaks_selected_variant,
    "azure-bucket-name-prose": azure_bucket_name_prose,
    "v1-provider-not-aws": v1_provider_not_aws,
    "valid-under-override": valid_under_override,
}

ALL_EXCEPTIONS = _load_exceptions()
EXCEPTIONS = [entry for entry in ALL_EXCEPTIONS if entry["spec"] == SPEC_NAME]
COUNTS = {entry["id"]: 0 for entry in EXCEPTIONS}


def absorbing(entries, failure, case, response):
    """The entry that absorbs this failure, or None: one for the failure's operation and check
    whose condition holds."""
    check = FAILURE_CHECK.get(type(failure).__name__)
    if check is None:
        return None
    for entry in entries:
        if entry["operation"] != case.operation.label or entry["check"] != check:
            continue
        if CONDITIONS[entry["when"]](entry, failure, case, response):
            return entry
    return None


# ---- hooks ------------------------------------------------------------------------------------


def _success_media_types(operation):
    responses = operation.definition.raw.get("responses", {})
    for status in sorted(responses):
        if status.startswith("2"):
            content = responses[status].get("content") or {}
            if content:
                return sorted(content)
    declared = set()
    for response in responses.values():
        if "$ref" in response:
            response = _pointer(operation.schema.raw_schema, response["$ref"].lstrip("#"))
        declared.update(response.get("content") or {})
    return sorted(declared)


@schemathesis.hook
def before_call(context, case, kwargs):
    declared = _success_media_types(case.operation)
    if declared:
        case.headers["Accept"] = case.media_type if case.media_type in declared else declared[-1]


@schemathesis.hook
def filter_failure(context, failure, case, response):
    entry = absorbing(EXCEPTIONS, failure, case, response)
    if entry is None:
        return True
    COUNTS[entry["id"]] += 1
    return False


@atexit.register
def _report():
    if not EXCEPTIONS:
        return
    print(f"\nSpec exceptions ({EXCEPTIONS_FILE.relative_to(ROOT)}), results absorbed in {SPEC_NAME}:")
    for entry in EXCEPTIONS:
        print(f"  {COUNTS[entry['id']]:6d}  {entry['id']}  ({entry['check']}, {entry['operation']})")
    path = os.environ.get("ATLAS_ST_COUNTS")
    if path:
        pathlib.Path(path).write_text(json.dumps(COUNTS, indent=2) + "\n", encoding="utf-8")
