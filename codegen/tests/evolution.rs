//! Spec evolution: `extract` reproduces what it cut, and `diff` classifies changes for semver.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use atlas_codegen::diff::{diff, Class};
use atlas_codegen::extract::extract;
use atlas_codegen::{generate, Settings, Source};
use serde_yaml::{Mapping, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn fragment_text() -> String {
    std::fs::read_to_string(root().join("spec/export-buckets.v2.yaml")).unwrap()
}

fn y(text: &str) -> Value {
    serde_yaml::from_str(text).unwrap()
}

fn without_source(mut v: Value) -> Value {
    v.as_mapping_mut().unwrap().remove("x-fragment-source");
    v
}

/// Our fragment plus unrelated operations, schemas and tags, some sharing components with ours.
fn synthetic_full() -> String {
    let mut full = without_source(y(&fragment_text()));
    let m = full.as_mapping_mut().unwrap();
    m.insert("x-topics".into(), y("[{title: Unrelated}]"));
    m.get_mut("tags")
        .unwrap()
        .as_sequence_mut()
        .unwrap()
        .push(y("{name: Clusters, description: Unrelated clusters.}"));
    m.get_mut("paths")
        .unwrap()
        .as_mapping_mut()
        .unwrap()
        .insert(
            "/api/atlas/v2/groups/{groupId}/clusters".into(),
            y(r"
get:
  operationId: listGroupClusters
  x-xgen-operation-id-override: listClusters
  tags: [Clusters]
  parameters:
  - $ref: '#/components/parameters/groupId'
  - $ref: '#/components/parameters/envelope'
  responses:
    '200':
      description: OK
      content:
        application/vnd.atlas.2024-08-05+json:
          schema: {$ref: '#/components/schemas/ClusterList'}
    '401': {$ref: '#/components/responses/unauthorized'}
"),
        );
    let components = m.get_mut("components").unwrap().as_mapping_mut().unwrap();
    components.get_mut("schemas").unwrap().as_mapping_mut().unwrap().insert(
        "ClusterList".into(),
        y("{type: object, properties: {results: {type: array, items: {$ref: '#/components/schemas/Link'}}, name: {type: string}}}"),
    );
    components
        .get_mut("parameters")
        .unwrap()
        .as_mapping_mut()
        .unwrap()
        .insert(
            "clusterName".into(),
            y("{name: clusterName, in: path, required: true, schema: {type: string}}"),
        );
    serde_yaml::to_string(&full).unwrap()
}

#[test]
fn extract_reproduces_the_fragment_it_cut() {
    let full = synthetic_full();
    let names: Vec<String> = [
        "listGroupBackupExportBuckets",
        "createExportBucket", // the override name works too
        "getGroupBackupExportBucket",
        "updateGroupBackupExportBucket",
        "deleteExportBucket",
    ]
    .map(str::to_owned)
    .to_vec();
    let cut = extract(&Source::new("full.yaml", &full), &names).unwrap();
    let again = extract(&Source::new("full.yaml", &full), &names).unwrap();
    assert_eq!(cut, again, "byte-stable");
    let cut_value = y(&cut);
    assert_eq!(
        cut_value["x-fragment-source"]["file"],
        Value::from("full.yaml")
    );
    assert_eq!(
        cut_value["x-fragment-source"]["x-xgen-sha"],
        Value::from("43cd4d93eaa96bf84f85a1a65329f94f5ec74b0e")
    );
    let (got, want) = (
        without_source(cut_value),
        without_source(y(&fragment_text())),
    );
    for (k, v) in want.as_mapping().unwrap() {
        assert_eq!(got.get(k), Some(v), "top-level key {k:?} differs");
    }
    assert_eq!(got, want);
    assert!(cut.contains("'2024-05-30'"), "version dates stay quoted");
    assert!(
        !cut.contains("ClusterList") && !cut.contains("clusterName") && !cut.contains("x-topics")
    );
}

/// The whole Atlas spec, vendored in `admin-api/spec/` (see its README).
fn full_spec() -> String {
    let path = root().join("admin-api/spec/atlas-api-transformed.yaml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_whole_atlas_spec_gives_every_schema_a_type_and_every_operation_a_module() {
    let text = full_spec();
    let generated = generate(
        &Source::new("atlas-api-transformed.yaml", &text),
        &Settings::new(),
    )
    .unwrap();
    let defined: std::collections::BTreeSet<&str> = generated
        .code
        .lines()
        .filter_map(|l| {
            let rest = l
                .strip_prefix("pub struct ")
                .or_else(|| l.strip_prefix("pub enum "))
                .or_else(|| l.strip_prefix("pub type "))?;
            rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
        })
        .collect();
    let spec = y(&text);
    let missing: Vec<&str> = spec["components"]["schemas"]
        .as_mapping()
        .unwrap()
        .keys()
        .filter_map(Value::as_str)
        .filter(|n| !defined.contains(atlas_codegen::naming::type_name(n).as_str()))
        .collect();
    assert!(missing.is_empty(), "schemas without a type: {missing:?}");
    let operations = spec["paths"]
        .as_mapping()
        .unwrap()
        .values()
        .flat_map(|item| item.as_mapping().unwrap().keys())
        .filter(|k| {
            [
                "get", "put", "post", "delete", "patch", "head", "options", "trace",
            ]
            .contains(&k.as_str().unwrap_or(""))
        })
        .count();
    let modules = generated
        .code
        .lines()
        .filter(|l| l.starts_with("    pub mod "))
        .count();
    assert_eq!(modules, operations);
}

#[test]
fn extract_works_on_the_whole_atlas_spec_and_suggests_close_names() {
    let text = full_spec();
    let names: Vec<String> = [
        "listExportBuckets",
        "createExportBucket",
        "getExportBucket",
        "updateBackupExportBucket",
        "deleteExportBucket",
    ]
    .map(str::to_owned)
    .to_vec();
    let cut = extract(&Source::new("atlas-api-transformed.yaml", &text), &names).unwrap();
    let v = y(&cut);
    assert_eq!(v["paths"].as_mapping().unwrap().len(), 2);
    assert!(v["components"]["schemas"].as_mapping().unwrap().len() < 20);
    let generated = generate(&Source::new("cut.yaml", &cut), &Settings::new()).unwrap();
    assert!(generated.code.contains("pub mod create_export_bucket"));

    let err = extract(
        &Source::new("atlas-api-transformed.yaml", &text),
        &["listExportBucket".to_owned()],
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("did you mean listExportBuckets"),
        "{err}"
    );
}

fn edit(f: impl FnOnce(&mut Mapping)) -> String {
    let mut v = y(&fragment_text());
    f(v.as_mapping_mut().unwrap());
    serde_yaml::to_string(&v).unwrap()
}

fn schema<'a>(m: &'a mut Mapping, name: &str) -> &'a mut Value {
    m.get_mut("components")
        .unwrap()
        .get_mut("schemas")
        .unwrap()
        .get_mut(name)
        .unwrap()
}

fn changes(new: &str) -> Vec<(Class, &'static str, String)> {
    diff(
        &Source::new("old.yaml", &fragment_text()),
        &Source::new("new.yaml", new),
    )
    .unwrap()
    .into_iter()
    .map(|c| (c.class, c.kind, c.pointer))
    .collect()
}

#[test]
fn a_new_provider_is_additive() {
    let new = edit(|m| {
        for base in [
            "DiskBackupSnapshotExportBucketRequest",
            "DiskBackupSnapshotExportBucketResponse",
        ] {
            let s = schema(m, base);
            s["properties"]["cloudProvider"]["enum"]
                .as_sequence_mut()
                .unwrap()
                .push("OCI".into());
            s["discriminator"]["mapping"]
                .as_mapping_mut()
                .unwrap()
                .insert(
                    "OCI".into(),
                    format!("#/components/schemas/Oci{base}").into(),
                );
        }
        let schemas = m
            .get_mut("components")
            .unwrap()
            .get_mut("schemas")
            .unwrap()
            .as_mapping_mut()
            .unwrap();
        schemas.insert("OciDiskBackupSnapshotExportBucketRequest".into(), y("{allOf: [{$ref: '#/components/schemas/DiskBackupSnapshotExportBucketRequest'}, {type: object, properties: {compartmentId: {type: string}}}], type: object}"));
        schemas.insert("OciDiskBackupSnapshotExportBucketResponse".into(), y("{allOf: [{$ref: '#/components/schemas/DiskBackupSnapshotExportBucketResponse'}, {type: object, properties: {compartmentId: {type: string}}}], type: object}"));
    });
    let c = changes(&new);
    assert!(
        c.iter().all(|(class, _, _)| *class == Class::Additive),
        "{c:#?}"
    );
    let providers = c.iter().filter(|(_, k, _)| *k == "provider-added").count();
    assert_eq!(providers, 2, "{c:#?}");
    assert!(c
        .iter()
        .any(|(_, k, p)| *k == "enum-value-added" && p.ends_with("cloudProvider")));
}

#[test]
fn a_new_required_request_field_is_breaking() {
    let new = edit(|m| {
        let s = schema(m, "DiskBackupSnapshotGCPExportBucketRequest");
        s["allOf"][1]["properties"]
            .as_mapping_mut()
            .unwrap()
            .insert("projectNumber".into(), y("{type: string}"));
        s["required"]
            .as_sequence_mut()
            .unwrap()
            .push("projectNumber".into());
    });
    let c = changes(&new);
    assert_eq!(
        c,
        vec![(
            Class::Breaking,
            "required-field-added",
            "/components/schemas/DiskBackupSnapshotGCPExportBucketRequest/properties/projectNumber"
                .to_owned()
        )]
    );
}

#[test]
fn a_removed_version_is_breaking() {
    let new = edit(|m| {
        let get = &mut m.get_mut("paths").unwrap()
            ["/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}"]["get"];
        get["responses"]["200"]["content"]
            .as_mapping_mut()
            .unwrap()
            .remove("application/vnd.atlas.2023-01-01+json");
    });
    let c = changes(&new);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!((c[0].0, c[0].1), (Class::Breaking, "version-removed"));
}

#[test]
fn a_tightened_request_max_length_is_breaking_and_a_loosened_one_additive() {
    let tighter = edit(|m| {
        schema(m, "DiskBackupSnapshotAzureExportBucketRequest")["allOf"][1]["properties"]
            ["serviceUrl"]["maxLength"] = 1024.into();
    });
    assert_eq!(
        changes(&tighter),
        vec![(
            Class::Breaking,
            "request-constraint-tightened",
            "/components/schemas/DiskBackupSnapshotAzureExportBucketRequest/properties/serviceUrl"
                .to_owned()
        )]
    );
    let looser = edit(|m| {
        schema(m, "DiskBackupSnapshotAzureExportBucketRequest")["allOf"][1]["properties"]
            ["serviceUrl"]["maxLength"] = 4096.into();
    });
    assert_eq!(changes(&looser)[0].1, "request-constraint-loosened");
    assert_eq!(changes(&looser)[0].0, Class::Additive);
}

#[test]
fn an_added_sunset_is_a_deprecation() {
    let new = edit(|m| {
        let get = &mut m.get_mut("paths").unwrap()
            ["/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}"]["get"];
        get["responses"]["200"]["content"]["application/vnd.atlas.2024-05-30+json"]
            .as_mapping_mut()
            .unwrap()
            .insert("x-sunset".into(), "2028-01-01".into());
    });
    let c = changes(&new);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!((c[0].0, c[0].1), (Class::Deprecation, "sunset-added"));
}

#[test]
fn a_body_or_parameter_that_changes_type_is_breaking() {
    const GET: &str = "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}";
    let new = edit(|m| {
        m.get_mut("paths").unwrap()[GET]["get"]["responses"]["200"]["content"]
            ["application/vnd.atlas.2024-05-30+json"]["schema"]["$ref"] =
            "#/components/schemas/DiskBackupSnapshotAWSExportBucketResponse".into();
    });
    let c = changes(&new);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!((c[0].0, c[0].1), (Class::Breaking, "body-type-changed"));
    assert_eq!(
        c[0].2,
        "/paths/~1api~1atlas~1v2~1groups~1{groupId}~1backup~1exportBuckets~1{exportBucketId}/get/responses/200/content/application~1vnd.atlas.2024-05-30+json/schema"
    );

    let new = edit(|m| {
        m.get_mut("components").unwrap()["parameters"]["itemsPerPage"]["schema"]["type"] =
            "string".into();
    });
    let c = changes(&new);
    assert!(
        c.iter()
            .any(|x| (x.0, x.1) == (Class::Breaking, "parameter-type-changed")),
        "{c:#?}"
    );
    assert!(c.iter().all(|x| x.0 == Class::Breaking), "{c:#?}");
}

#[test]
fn a_provider_added_to_a_flattened_discriminator_is_seen() {
    // The transformed spec's shape: variants flattened, the mapping in `x-xgen-discriminator`.
    let with = |providers: &str| {
        edit(|m| {
            schema(m, "DiskBackupSnapshotExportBucketResponse")
                .as_mapping_mut()
                .unwrap()
                .insert(
                    "x-xgen-discriminator".into(),
                    y(&format!(
                        "{{propertyName: cloudProvider, mapping: {providers}}}"
                    )),
                );
        })
    };
    let old = with("{AWS: {properties: [iamRoleId]}}");
    let new = with("{AWS: {properties: [iamRoleId]}, OCI: {properties: [compartmentId]}}");
    let c: Vec<_> = diff(
        &Source::new("old.yaml", &old),
        &Source::new("new.yaml", &new),
    )
    .unwrap()
    .into_iter()
    .map(|c| (c.class, c.kind, c.pointer))
    .collect();
    assert_eq!(
        c,
        [(
            Class::Additive,
            "provider-added",
            "/components/schemas/DiskBackupSnapshotExportBucketResponse/x-xgen-discriminator/mapping/OCI"
                .to_owned()
        )]
    );
}

#[test]
fn a_new_error_code_and_a_new_optional_response_field_are_additive() {
    let new = edit(|m| {
        m.get_mut("components").unwrap()["responses"]["badRequest"]["content"]
            ["application/json"]["example"]["errorCode"] = "EXPORT_BUCKET_QUOTA_EXCEEDED".into();
    });
    let c = changes(&new);
    assert!(
        c.iter()
            .any(|x| (x.0, x.1) == (Class::Additive, "error-code-added")),
        "{c:#?}"
    );
    // The example's old code is gone from the spec's examples: that is not breaking either,
    // since `ErrorCode` keeps every code it ever had in `Unknown`.
    assert!(c.iter().all(|x| x.0 != Class::Breaking), "{c:#?}");

    let new = edit(|m| {
        schema(m, "DiskBackupSnapshotAWSExportBucketResponse")["properties"]
            .as_mapping_mut()
            .unwrap()
            .insert("kmsKeyId".into(), y("{type: string, readOnly: true}"));
    });
    let c = changes(&new);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!((c[0].0, c[0].1), (Class::Additive, "field-added"));
    assert_eq!(
        c[0].2,
        "/components/schemas/DiskBackupSnapshotAWSExportBucketResponse/properties/kmsKeyId"
    );
}

#[test]
fn the_cli_exit_codes_follow_the_classes() {
    let bin = env!("CARGO_BIN_EXE_atlas-codegen");
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.yaml");
    std::fs::write(
        &new,
        edit(|m| {
            schema(m, "DiskBackupSnapshotAzureExportBucketRequest")["allOf"][1]["properties"]
                ["serviceUrl"]["maxLength"] = 1024.into();
        }),
    )
    .unwrap();
    let old = root().join("spec/export-buckets.v2.yaml");
    let run =
        |args: &[&std::ffi::OsStr]| Command::new(bin).arg("diff").args(args).output().unwrap();
    let out = run(&[old.as_os_str(), new.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Breaking (1)") && text.contains("semver: major"),
        "{text}"
    );
    let out = run(&[
        old.as_os_str(),
        new.as_os_str(),
        "--fail-on".as_ref(),
        "breaking".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["breaking"][0]["kind"], "request-constraint-tightened");
    let out = run(&[
        old.as_os_str(),
        old.as_os_str(),
        "--fail-on".as_ref(),
        "breaking".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("semver: none"));
    let out = run(&[old.as_os_str(), dir.path().join("missing.yaml").as_os_str()]);
    assert_eq!(out.status.code(), Some(2));

    // A reader that goes away early (`| head`) ends the output, not the verdict: still 1.
    let mut child = Command::new(bin)
        .arg("diff")
        .args([old.as_os_str(), new.as_os_str()])
        .args(["--fail-on", "breaking"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A spec whose `Item` is both a request body and a response, with `extra` as given.
fn two_way_spec(extra: &str) -> String {
    format!(
        r#"
openapi: 3.0.1
info: {{title: t, version: '1.0'}}
paths:
  /items:
    put:
      operationId: putItem
      requestBody:
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/Item'}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Item'}}
components:
  schemas:
    Item:
      type: object
      required: [name{required}]
      properties:
        name: {{type: string}}
{extra}"#,
        required = if extra.is_empty() { "" } else { ", secret" },
    )
}

#[test]
fn diff_reads_read_only_and_write_only_as_the_generated_types_do() {
    let old = two_way_spec("");
    let kinds = |new: &str| -> Vec<(Class, &'static str)> {
        diff(
            &Source::new("old.yaml", &old),
            &Source::new("new.yaml", new),
        )
        .unwrap()
        .into_iter()
        .map(|c| (c.class, c.kind))
        .collect()
    };
    // A required writeOnly property of a type used both ways is optional in the generated type
    // (responses never carry it), so adding it breaks nothing.
    let write_only = two_way_spec("        secret: {type: string, writeOnly: true}\n");
    assert_eq!(kinds(&write_only), [(Class::Additive, "field-added")]);
    let read_only = two_way_spec("        secret: {type: string, readOnly: true}\n");
    assert_eq!(kinds(&read_only), [(Class::Additive, "field-added")]);
    // A plain required property is a new required request field.
    let plain = two_way_spec("        secret: {type: string}\n");
    assert_eq!(kinds(&plain), [(Class::Breaking, "required-field-added")]);
    // And generation agrees: the writeOnly field is no constructor argument.
    let code = generate(&Source::new("new.yaml", &write_only), &Settings::new())
        .unwrap()
        .code;
    assert!(
        code.contains("pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self"),
        "{code}"
    );
}

#[test]
fn header_parameters_the_client_sets_itself_are_no_change() {
    const GET: &str = "/api/atlas/v2/groups/{groupId}/backup/exportBuckets/{exportBucketId}";
    let header = |name: &str, required: bool| {
        let mut p = Mapping::new();
        p.insert("name".into(), name.into());
        p.insert("in".into(), "header".into());
        p.insert("required".into(), required.into());
        p.insert(
            "schema".into(),
            serde_yaml::from_str("{type: string}").unwrap(),
        );
        Value::Mapping(p)
    };
    // A required Authorization header parameter: the generated code leaves it out, so nothing
    // changes for users.
    let new = edit(|m| {
        m.get_mut("paths").unwrap()[GET]["get"]["parameters"]
            .as_sequence_mut()
            .unwrap()
            .push(header("Authorization", true));
    });
    assert_eq!(
        changes(&new),
        [],
        "a client-owned header parameter is no change"
    );
    // Any other required header parameter is.
    let new = edit(|m| {
        m.get_mut("paths").unwrap()[GET]["get"]["parameters"]
            .as_sequence_mut()
            .unwrap()
            .push(header("X-Request-Mode", true));
    });
    let c = changes(&new);
    assert!(
        c.iter()
            .any(|x| (x.0, x.1) == (Class::Breaking, "required-parameter-added")),
        "{c:#?}"
    );
}
