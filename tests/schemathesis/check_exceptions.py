"""Checks the conditions of tests/schemathesis/exceptions.toml on hand-made failures: each spec
fault is absorbed by its entry, and the same failure without the fault (a body the fake should
have taken, an error on another field) is absorbed by none. A seeded run may not meet every
fault, so this is what shows that each entry is as narrow as it says.

Run by scripts/schemathesis.sh before the runs, with the virtualenv's python.
"""

from __future__ import annotations

import pathlib
import sys

import jsonschema_rs
import schemathesis
from schemathesis.openapi.checks import JsonSchemaError, RejectedPositiveData, UndefinedStatusCode

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import hooks  # noqa: E402

SPEC = hooks.ROOT / "spec"
V2 = schemathesis.openapi.from_path(SPEC / "export-buckets.v2.yaml")
V1 = schemathesis.openapi.from_path(SPEC / "export-buckets.v1.yaml")
V2_LIST = "/api/atlas/v2/groups/{groupId}/backup/exportBuckets"
V2_ITEM = V2_LIST + "/{exportBucketId}"
V1_LIST = "/api/atlas/v1.0/groups/{groupId}/backup/exportBuckets"
V1_ITEM = V1_LIST + "/{exportBucketId}"
NEW = "application/vnd.atlas.2024-05-30+json"
OLD = "application/vnd.atlas.2023-01-01+json"
ROLE = "668c5f0ed436263134491592"
AZURE_URL = "https://examplestorageaccount.blob.core.windows.net/"  # 52 characters, no container


class Answer:
    """The part of a response the conditions read."""

    def __init__(self, status_code, body):
        self.status_code = status_code
        self._body = body

    def json(self):
        return self._body


def refused(*fields):
    return Answer(
        400,
        {
            "error": 400,
            "errorCode": "VALIDATION_ERROR",
            "badRequestDetail": {"fields": [{"field": f, "description": "invalid"} for f in fields]},
        },
    )


def undeclared(operation, status):
    return UndefinedStatusCode(
        operation=operation.label,
        status_code=status,
        defined_status_codes=[],
        allowed_status_codes=[],
        message="",
    )


def rejected(operation):
    return RejectedPositiveData(operation=operation.label, message="", status_code=400, allowed_statuses=[])


def schema_error(operation, body):
    """The error the published PATCH schema (the AWS-only response) gives for `body`."""
    published = {"$ref": "#/components/schemas/DiskBackupSnapshotAWSExportBucketResponse"}
    validator = jsonschema_rs.Draft4Validator({**published, "components": V2.raw_schema["components"]})
    error = next(iter(validator.iter_errors(body)))
    return JsonSchemaError.from_exception(operation=operation.label, exc=error, root_schema=published)


AZURE_BUCKET = {
    "_id": "32b6e34b3d91647abb20e7b8",
    "bucketName": "examplecontainer",
    "cloudProvider": "AZURE",
    "roleId": ROLE,
    "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/examplecontainer",
    "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87",
}


def cases():
    """(what, failure, case, response, the entry that must absorb it or None)."""
    for spec, base, item, prefix in ((V2, V2_LIST, V2_ITEM, "v2"), (V1, V1_LIST, V1_ITEM, "v1")):
        for path, name in ((base, "list"), (item, "get")):
            op = spec[path]["GET"]
            yield (f"{prefix} {name}: 400 on a parameter", undeclared(op, 400), op.Case(), refused("envelope"), f"{prefix}-{name}-undeclared-400")
            yield (f"{prefix} {name}: 400 on the body", undeclared(op, 400), op.Case(), refused("body"), None)
            yield (f"{prefix} {name}: 415", undeclared(op, 415), op.Case(), Answer(415, {}), None)
    create = V2[V2_LIST]["POST"]
    gcp = {"cloudProvider": "GCP", "bucketName": "export-bucket", "roleId": ROLE}
    aws = {"cloudProvider": "AWS", "bucketName": "export-bucket", "iamRoleId": ROLE}
    azure = {"cloudProvider": "AZURE", "roleId": ROLE, "serviceUrl": AZURE_URL}
    discriminator = "v2-create-discriminator-without-oneof"
    yield ("create: GCP without roleId", rejected(create), create.Case(body={"cloudProvider": "GCP"}, media_type=NEW), refused("body"), discriminator)
    yield ("create: GCP with AWS fields", rejected(create), create.Case(body={**aws, "cloudProvider": "GCP"}, media_type=NEW), refused("body"), discriminator)
    yield ("create: AZURE at 2023-01-01", rejected(create), create.Case(body={**aws, "cloudProvider": "AZURE"}, media_type=OLD), refused("body"), discriminator)
    yield ("create: a valid GCP body refused", rejected(create), create.Case(body=gcp, media_type=NEW), refused("body"), None)
    yield ("create: a valid AWS body refused at 2023-01-01", rejected(create), create.Case(body=aws, media_type=OLD), refused("body"), None)
    yield ("create: Azure without bucketName", rejected(create), create.Case(body=azure, media_type=NEW), refused("bucketName"), "v2-create-azure-bucket-name-prose")
    yield ("create: Azure refused on roleId", rejected(create), create.Case(body=azure, media_type=NEW), refused("roleId"), None)
    yield ("create: Azure with a bucketName", rejected(create), create.Case(body={**azure, "bucketName": "abc"}, media_type=NEW), refused("bucketName"), None)
    create_v1 = V1[V1_LIST]["POST"]
    v1 = {**aws, "cloudProvider": "GCP"}
    yield ("v1 create: GCP", rejected(create_v1), create_v1.Case(body=v1, media_type="application/json"), refused("cloudProvider"), "v1-create-three-value-enum")
    yield ("v1 create: AWS refused", rejected(create_v1), create_v1.Case(body=aws, media_type="application/json"), refused("cloudProvider"), None)
    yield ("v1 create: GCP refused on bucketName", rejected(create_v1), create_v1.Case(body=v1, media_type="application/json"), refused("bucketName"), None)
    patch = V2[V2_ITEM]["PATCH"]
    broken = {key: value for key, value in AZURE_BUCKET.items() if key != "tenantId"}
    body = {"requirePrivateNetworking": True}
    yield ("update: an Azure bucket", schema_error(patch, AZURE_BUCKET), patch.Case(body=body, media_type=NEW), Answer(200, AZURE_BUCKET), "v2-update-response-override")
    yield ("update: an Azure bucket without tenantId", schema_error(patch, broken), patch.Case(body=body, media_type=NEW), Answer(200, broken), None)
    yield ("update: an AWS bucket without iamRoleId", schema_error(patch, {**AZURE_BUCKET, "cloudProvider": "AWS"}), patch.Case(body=body, media_type=NEW), Answer(200, {**AZURE_BUCKET, "cloudProvider": "AWS"}), None)


def main():
    bad = 0
    seen = set()
    for what, failure, case, response, expected in cases():
        entry = hooks.absorbing(hooks.ALL_EXCEPTIONS, failure, case, response)
        got = entry["id"] if entry else None
        seen.add(got)
        if got != expected:
            bad += 1
            print(f"  FAIL  {what}: absorbed by {got}, expected {expected}")
        else:
            print(f"  ok    {what}: {got or 'not absorbed'}")
    untested = {entry["id"] for entry in hooks.ALL_EXCEPTIONS} - seen
    if untested:
        bad += 1
        print(f"  FAIL  entries no case reaches: {', '.join(sorted(untested))}")
    if bad:
        sys.exit(f"{bad} exception check(s) failed")
    print(f"every exception absorbs its fault and nothing else ({len(hooks.ALL_EXCEPTIONS)} entries)")


if __name__ == "__main__":
    main()
