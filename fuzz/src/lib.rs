//! The bodies of the fuzz targets, one function per target. `fuzz_targets/*.rs` hand libFuzzer's
//! input to them; the workspace test `tests/fuzz_corpus.rs` includes this file as a module and
//! replays `fuzz/corpus/<target>/` and `fuzz/regressions/<target>/` through the same functions.
//! Each returns normally for any input; a panic is a finding.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `generate`: bytes (lossy UTF-8) as a spec, through `atlas_codegen::generate` with default
/// settings. `Ok` and `Err` are both fine; a panic, a hang or an `Err` without diagnostics is not.
pub fn generate(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let source = atlas_codegen::Source::new("fuzz.yaml", &text);
    match atlas_codegen::generate(&source, &atlas_codegen::Settings::new()) {
        Ok(generated) => assert!(
            generated.code.starts_with("// @generated"),
            "generated code without its header"
        ),
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "Err without any diagnostic");
            // Rendering the diagnostics must not panic either.
            let _ = diagnostics.to_string();
        }
    }
}

/// `generate_shapes`: bytes as a small program that builds an OpenAPI document whose component
/// schemas nest inline (up to [`shapes::MAX_DEPTH`] deep) and refer to one another and to
/// themselves through properties, `items`, `additionalProperties`, `allOf`, `oneOf`, `anyOf` and
/// discriminator mappings, with one operation that sends one of them and receives another. The
/// document goes through `atlas_codegen::generate` strict and lenient; `Ok` must carry the
/// header, `Err` diagnostics, and neither may panic, overflow its stack or hang.
pub fn generate_shapes(data: &[u8]) {
    let text = shapes::document(data).to_string();
    let source = atlas_codegen::Source::new("shapes.json", &text);
    for lenient in [false, true] {
        let settings = atlas_codegen::Settings::new().with_lenient(lenient);
        match atlas_codegen::generate(&source, &settings) {
            Ok(generated) => assert!(
                generated.code.starts_with("// @generated"),
                "generated code without its header (lenient: {lenient})"
            ),
            Err(diagnostics) => {
                assert!(
                    !diagnostics.is_empty(),
                    "Err without any diagnostic (lenient: {lenient})"
                );
                let _ = diagnostics.to_string();
            }
        }
    }
}

/// The program [`generate_shapes`] reads. Each component schema is built by a stack machine:
/// every input byte is an instruction (its low four bits) that pushes a schema or wraps or
/// combines the schemas on top of the stack, and some read one more byte as an argument. An
/// exhausted input reads as zeros, so every input is a program and every program ends.
pub mod shapes {
    use serde_json::{json, Map, Value};

    /// The deepest a schema is nested (in schema levels) before an instruction stops wrapping.
    pub const MAX_DEPTH: usize = 1000;
    /// At most this many component schemas.
    const MAX_COMPONENTS: usize = 8;
    /// At most this many instructions per component.
    const MAX_STEPS: usize = 48;
    /// At most this many schemas on the stack.
    const MAX_STACK: usize = 12;

    /// Reads the input a byte at a time; past its end, zeros.
    struct Bytes<'a> {
        data: &'a [u8],
        at: usize,
    }

    impl Bytes<'_> {
        fn next(&mut self) -> u8 {
            let b = self.data.get(self.at).copied().unwrap_or(0);
            self.at += 1;
            b
        }

        fn done(&self) -> bool {
            self.at >= self.data.len()
        }
    }

    /// A schema on the stack, with how deep it nests.
    struct Node {
        schema: Value,
        depth: usize,
    }

    /// The component names: the plain `C<i>`, or names meant to meet the generator's own
    /// (`<Name>OneOf`, a keyword, a prelude type, names that differ only in case or separators).
    fn names(style: u8, count: usize) -> Vec<String> {
        (0..count)
            .map(|i| match (style % 4, i % 4) {
                (0, _) | (1, 0) => format!("C{i}"),
                (1, 1) => format!("C{}OneOf", i - 1),
                (1, 2) => format!("C{}AnyOf", i - 2),
                (1, _) => format!("c{}_one_of", i - 3),
                (2, 0) => format!("Self{i}"),
                (2, 1) => "Option".to_owned(),
                (2, 2) => format!("C{i}Variant0"),
                (2, _) => format!("C_{i}"),
                (_, n) => format!("{}{i}", ["Box", "one-of", "Unknown", "Params"][n]),
            })
            .collect()
    }

    fn reference(names: &[String], b: u8) -> Value {
        json!({"$ref": format!("#/components/schemas/{}", names[usize::from(b) % names.len()])})
    }

    fn scalar(b: u8) -> Value {
        match b % 6 {
            0 => json!({"type": "string"}),
            1 => json!({"type": "integer", "format": "int32", "minimum": 0}),
            2 => json!({"type": "number"}),
            3 => json!({"type": "boolean"}),
            4 => json!({"type": "string", "enum": ["a", "b", "A"]}),
            _ => json!({"type": "string", "maxLength": 8, "pattern": "^[a-z]+$"}),
        }
    }

    /// One layer around `inner`, of the kind `b` picks (the layers a repeat instruction stacks).
    fn layer(names: &[String], b: u8, inner: Value) -> Value {
        match b % 5 {
            0 => json!({"type": "object", "properties": {"p": inner}, "required": ["p"]}),
            1 => json!({"type": "array", "items": inner}),
            2 => json!({"type": "object", "additionalProperties": inner}),
            3 => {
                json!({"allOf": [reference(names, b / 5), {"type": "object", "properties": {"q": inner}}]})
            }
            _ => json!({"oneOf": [inner, reference(names, b / 5)]}),
        }
    }

    /// Two schemas into one, of the kind `op` says.
    fn combine(names: &[String], op: u8, arg: u8, a: Value, b: Value) -> Value {
        match op {
            5 => json!({"allOf": [a, b]}),
            6 => json!({"oneOf": [a, b]}),
            7 => json!({"anyOf": [a, b]}),
            9 => json!({"type": "object", "properties": {"a": a, "b": b}, "required": ["a"]}),
            // `allOf` of a base and a union: the properties merged beside flattened alternatives.
            11 => json!({"allOf": [reference(names, arg), {"oneOf": [a, b]}]}),
            // Properties beside a union, without `allOf`.
            _ => {
                let keyword = if arg & 1 == 0 { "oneOf" } else { "anyOf" };
                let mut o = json!({"type": "object", "properties": {"own": {"type": "string"}}});
                o[keyword] = json!([a, b]);
                o
            }
        }
    }

    /// A discriminated object around `inner`: its mapping names components (perhaps its own),
    /// with or without a `oneOf` of them, and its tag property declared or not.
    fn discriminated(names: &[String], arg: u8, inner: Value) -> Value {
        let first = reference(names, arg);
        let second = reference(names, arg / 3 + 1);
        let mut mapping = Map::new();
        for (key, r) in [("x", &first), ("y", &second)] {
            mapping.insert(key.to_owned(), r["$ref"].clone());
        }
        let mut o = json!({
            "type": "object",
            "properties": {"inner": inner},
            "discriminator": {"propertyName": "kind", "mapping": mapping},
        });
        if arg & 0x40 == 0 {
            o["properties"]["kind"] = json!({"type": "string", "enum": ["x", "y"]});
            o["required"] = json!(["kind"]);
        }
        if arg & 0x80 == 0 {
            o["oneOf"] = json!([first, second]);
        }
        o
    }

    /// Runs one component's program; the stack that remains becomes one object.
    fn component(bytes: &mut Bytes<'_>, names: &[String]) -> Value {
        let mut stack: Vec<Node> = Vec::new();
        for _ in 0..MAX_STEPS {
            if bytes.done() {
                break;
            }
            step(bytes, names, &mut stack);
        }
        match stack.len() {
            0 => json!({"type": "object", "properties": {"id": {"type": "string"}}}),
            1 => stack.pop().map(|n| n.schema).unwrap_or_default(),
            _ => {
                let props: Map<String, Value> = stack
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| (format!("f{i}"), n.schema))
                    .collect();
                json!({"type": "object", "properties": props})
            }
        }
    }

    /// One instruction.
    fn step(bytes: &mut Bytes<'_>, names: &[String], stack: &mut Vec<Node>) {
        let op = bytes.next() % 16;
        let arg = bytes.next();
        let pushed = match op {
            0 => Some(Node {
                schema: scalar(arg),
                depth: 1,
            }),
            1 => Some(Node {
                schema: reference(names, arg),
                depth: 1,
            }),
            15 => Some(Node {
                schema: json!({}),
                depth: 1,
            }),
            _ => None,
        };
        if let Some(node) = pushed {
            if stack.len() < MAX_STACK {
                stack.push(node);
            }
            return;
        }
        let Some(top) = stack.pop() else {
            stack.push(Node {
                schema: reference(names, arg),
                depth: 1,
            });
            return;
        };
        let node = match op {
            2..=4 | 13 | 14 if top.depth >= MAX_DEPTH => top,
            2..=4 => Node {
                schema: layer(names, op - 2, top.schema),
                depth: top.depth + 1,
            },
            8 => Node {
                schema: discriminated(names, arg, top.schema),
                depth: top.depth + 1,
            },
            10 => repeat(names, arg, bytes.next(), top),
            13 => {
                let key = if arg & 1 == 0 {
                    "readOnly"
                } else {
                    "writeOnly"
                };
                let schema = json!({"type": "object", "properties": {"ro": {"type": "string", key: true}, "v": top.schema}, "required": ["ro", "v"]});
                Node {
                    schema,
                    depth: top.depth + 1,
                }
            }
            14 => Node {
                schema: json!({"allOf": [top.schema, {"description": "annotated"}]}),
                depth: top.depth + 1,
            },
            _ => match stack.pop() {
                Some(other) => Node {
                    depth: top.depth.max(other.depth) + 1,
                    schema: combine(names, op, arg, other.schema, top.schema),
                },
                None => top,
            },
        };
        stack.push(node);
    }

    /// `count` (a byte, times four) layers of the kind `kind` picks around `top`, up to
    /// [`MAX_DEPTH`] in all: how the deep schemas are made.
    fn repeat(names: &[String], kind: u8, count: u8, top: Node) -> Node {
        let count = (usize::from(count) * 4).min(MAX_DEPTH.saturating_sub(top.depth));
        let mut schema = top.schema;
        for _ in 0..count {
            schema = layer(names, kind, schema);
        }
        Node {
            schema,
            depth: top.depth + count,
        }
    }

    /// The whole document: the first byte says how many components and how they are named, the
    /// second which versions of OpenAPI and which components the operation uses, the rest are the
    /// components' programs, one after another.
    pub fn document(data: &[u8]) -> Value {
        let mut bytes = Bytes { data, at: 0 };
        let head = bytes.next();
        let count = 1 + usize::from(head) % MAX_COMPONENTS;
        let names = names(head / 8, count);
        let uses = bytes.next();
        let mut schemas = Map::new();
        for name in &names {
            let schema = component(&mut bytes, &names);
            schemas.insert(name.clone(), schema);
        }
        let version = if uses & 1 == 0 { "3.0.3" } else { "3.1.0" };
        let request = reference(&names, uses / 2);
        let response = reference(&names, uses / 16);
        json!({
            "openapi": version,
            "info": {"title": "shapes", "version": "1"},
            "paths": {"/shapes/{id}": {"post": {
                "operationId": "postShape",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": request}}},
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": response}}},
                    "default": {"description": "error", "content": {"application/json": {"schema": {"type": "object"}}}},
                },
            }}},
            "components": {"schemas": schemas},
        })
    }
}

/// `decode`: bytes as JSON into every generated response type, `ApiError` and the v2 request
/// enum. Whatever decodes must re-serialize, decode again to an equal value, and re-serialize
/// to the same bytes.
pub fn decode(data: &[u8]) {
    use atlas_export_buckets::{v1, v2};
    round_trip::<v2::DiskBackupSnapshotExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotAwsExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotAzureExportBucketResponse>(data);
    round_trip::<v2::DiskBackupSnapshotGcpExportBucketResponse>(data);
    round_trip::<v2::PaginatedBackupSnapshotExportBucketsView>(data);
    round_trip::<v2::PaginatedBackupSnapshotExportBucketView>(data);
    round_trip::<v2::ApiError>(data);
    round_trip::<v2::DiskBackupSnapshotExportBucketRequest>(data);
    round_trip::<v1::DiskBackupSnapshotAwsExportBucketResponse>(data);
    round_trip::<v1::PaginatedBackupSnapshotExportBucketView>(data);
    round_trip::<v1::ApiError>(data);
}

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(data: &[u8]) {
    let name = std::any::type_name::<T>();
    let Ok(first) = serde_json::from_slice::<T>(data) else {
        return;
    };
    let json = match serde_json::to_vec(&first) {
        Ok(json) => json,
        Err(e) => panic!("{name}: a decoded value does not serialize: {e}\nvalue: {first:?}"),
    };
    let second = match serde_json::from_slice::<T>(&json) {
        Ok(second) => second,
        Err(e) => panic!(
            "{name}: its own serialization does not decode: {e}\nserialized: {}",
            String::from_utf8_lossy(&json)
        ),
    };
    assert_eq!(
        first,
        second,
        "{name}: value changed in a round trip; serialized: {}",
        String::from_utf8_lossy(&json)
    );
    let again = match serde_json::to_vec(&second) {
        Ok(again) => again,
        Err(e) => panic!("{name}: a decoded value does not serialize: {e}\nvalue: {second:?}"),
    };
    assert_eq!(
        String::from_utf8_lossy(&json),
        String::from_utf8_lossy(&again),
        "{name}: serialization not stable"
    );
}

/// `digest_challenge`: bytes (lossy UTF-8) as `WWW-Authenticate` values, one per line, through
/// `strongest_digest_challenge`; a chosen challenge is then answered as the client would.
pub fn digest_challenge(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Some(mut challenge) =
        atlas_export_buckets::auth::strongest_digest_challenge(text.split('\n'))
    else {
        return;
    };
    let _ = challenge.to_string();
    let mut context = digest_auth::AuthContext::new_with_method(
        "public-key",
        "private-key",
        "/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/backup/exportBuckets",
        Some(b"{}".as_slice()),
        digest_auth::HttpMethod::from("POST"),
    );
    // A fixed client nonce keeps the run deterministic.
    context.set_custom_cnonce("0a4f113b");
    if let Ok(answer) = challenge.respond(&context) {
        let _ = answer.to_header_string();
    }
}

/// `fake_http`: bytes as what a client writes on one connection to the fake Atlas server
/// (`atlas_export_buckets::fake`), served in memory through `FakeAtlas::serve_connection`; the
/// client's side is closed after the last byte. A fresh fake per input, with a bearer token
/// ([`fake::TOKEN`]) accepted, a cluster with a snapshot, and small limits. The fake must close
/// the connection within [`fake::DEADLINE`], write nothing but HTTP/1.x responses, keep at most
/// [`fake::MAX_LOGGED`] requests, and answer no request with a `500` (its "cannot happen") or by
/// dropping the connection.
#[cfg(feature = "fake")]
pub fn fake_http(data: &[u8]) {
    fake::exchange(data);
}

/// The set-up and the checks of [`fake_http`].
#[cfg(feature = "fake")]
pub mod fake {
    use std::net::SocketAddr;
    use std::time::Duration;

    use atlas_export_buckets::fake::{FakeAtlas, FakeCluster, FakeConfig};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A bearer token every fake accepts (the seeds use it to reach past authentication).
    pub const TOKEN: &str = "fuzz-token";
    /// The project of the seeded cluster.
    pub const GROUP: &str = "32b6e34b3d91647abb20e7b8";
    /// How many requests the fake keeps.
    pub const MAX_LOGGED: usize = 16;
    /// The largest body the fake reads.
    pub const MAX_BODY: usize = 2048;
    /// The most one input may take: the fake must have closed the connection by then.
    pub const DEADLINE: Duration = Duration::from_secs(10);

    thread_local! {
        static RUNTIME: Option<tokio::runtime::Runtime> = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok();
    }

    fn config() -> FakeConfig {
        FakeConfig::new()
            .with_cluster(
                FakeCluster::new(GROUP, "Cluster0")
                    .with_snapshot("6654a1b2c3d4e5f6a7b8c9d0", "2026-01-31T02:00:00Z"),
            )
            .with_max_body_bytes(MAX_BODY)
            .with_max_logged_requests(MAX_LOGGED)
            .with_header_read_timeout(Duration::from_secs(2))
            .with_max_connections(1)
            .with_export_job_reads(1)
    }

    /// Writes `data` to a fresh fake, closes the writing side, reads everything it answers, and
    /// checks the answer and what the fake kept.
    pub fn exchange(data: &[u8]) {
        RUNTIME.with(|runtime| {
            let runtime = runtime.as_ref().expect("a tokio runtime");
            runtime.block_on(exchange_with_fresh_fake(data));
        });
    }

    async fn exchange_with_fresh_fake(data: &[u8]) {
        let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
        // Not a finding: the machine is out of ports or descriptors.
        let Ok(fake) = FakeAtlas::start_with(config(), loopback).await else {
            return;
        };
        fake.accept_bearer_token(TOKEN, Duration::from_secs(3600));
        let (client, server) = tokio::io::duplex(16 * 1024);
        let (mut read, mut write) = tokio::io::split(client);
        let writing = async {
            // The fake may close first (after a refusal, say): then the rest goes unsent.
            let _ = write.write_all(data).await;
            let _ = write.shutdown().await;
        };
        let reading = async {
            let mut out = Vec::new();
            let _ = read.read_to_end(&mut out).await;
            out
        };
        let served = tokio::time::timeout(DEADLINE, async {
            tokio::join!(fake.serve_connection(server), writing, reading)
        })
        .await;
        let Ok(((), (), out)) = served else {
            panic!("the fake did not close the connection within {DEADLINE:?}");
        };
        assert!(
            out.is_empty() || out.starts_with(b"HTTP/1."),
            "the fake wrote something other than a response: {:?}",
            String::from_utf8_lossy(&out[..out.len().min(200)])
        );
        let log = fake.requests();
        assert!(
            log.len() <= MAX_LOGGED,
            "the log holds {} requests, over its {MAX_LOGGED}",
            log.len()
        );
        for r in &log {
            assert!(
                r.status != 500 && r.status != 0,
                "{} {} was answered {}",
                r.method,
                r.uri,
                r.status
            );
        }
    }
}
