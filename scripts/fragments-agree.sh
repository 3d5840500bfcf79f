#!/usr/bin/env bash
# The export-bucket fragments (spec/export-buckets.v2.yaml) and the whole spec as published
# (admin-api/spec/atlas-api.yaml) must never disagree: cut the five export-bucket operations out
# of the whole spec with `atlas-codegen extract`, and require `atlas-codegen diff` to find no
# change between the fragment and the cut. Run from anywhere: bash scripts/fragments-agree.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cut=$(mktemp --suffix=.yaml)
trap 'rm -f "$cut"' EXIT
codegen() { cargo run --locked --quiet -p atlas-codegen -- "$@"; }
codegen extract --from admin-api/spec/atlas-api.yaml \
    --operation listGroupBackupExportBuckets --operation createGroupBackupExportBucket \
    --operation getGroupBackupExportBucket --operation updateGroupBackupExportBucket \
    --operation deleteGroupBackupExportBucket --out "$cut" 2>/dev/null
report=$(codegen diff --format json spec/export-buckets.v2.yaml "$cut")
if ! grep -q '"semver": "none"' <<< "$report"; then
    echo "spec/export-buckets.v2.yaml and the export-bucket operations of admin-api/spec/atlas-api.yaml disagree:" >&2
    codegen diff spec/export-buckets.v2.yaml "$cut" >&2
    exit 1
fi
echo "the export-bucket fragment and the whole spec agree (atlas-codegen diff: no change)"
