//! `generated/` is byte-identical to what the generator writes formatted from `spec/`, and the
//! build script's output (token text) is the same tokens.
//!
//! Re-bless with `cargo run -p atlas-codegen -- generate` (or `UPDATE_GENERATED=1 cargo test --test drift`).
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

#[path = "../codegen/tests/support/mod.rs"]
mod support;

use std::path::Path;

use atlas_codegen::{generate, project, Source};

#[test]
fn generated_matches_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overrides = std::fs::read_to_string(root.join(project::OVERRIDES)).expect("overrides file");
    for (spec, out) in project::SPECS {
        let text = std::fs::read_to_string(root.join(spec)).expect("spec file");
        let settings = project::settings(&overrides).with_formatting(true);
        let generated = generate(&Source::new(spec, &text), &settings)
            .unwrap_or_else(|d| panic!("{spec} does not generate:\n{d}"));
        support::assert_snapshot(
            &root.join("generated").join(out),
            &generated.code,
            "cargo run -p atlas-codegen -- generate",
        );
    }
}

/// What the build script wrote into `OUT_DIR`, by output file name.
const BUILT: [(&str, &str); 2] = [
    ("v2.rs", include_str!(concat!(env!("OUT_DIR"), "/v2.rs"))),
    ("v1.rs", include_str!(concat!(env!("OUT_DIR"), "/v1.rs"))),
];

/// The tokens as a flat list of their texts, groups as their delimiters, up to what prettyplease
/// changes when it lays code out, which means nothing to the compiler:
/// - spacing (text read back sets it by what follows);
/// - a raw string literal (`///` in the generator's source) against the plain one a doc comment
///   reads back as;
/// - a comma that ends a group or comes before a closing `>` (it adds one where it breaks a
///   list over lines);
/// - a match arm's body in braces (it wraps a long `=> expr,` as `=> { expr }`): an arm body that
///   is a brace group without a `;` inside is unwrapped, and one comma follows it.
fn token_texts(tokens: proc_macro2::TokenStream, out: &mut Vec<String>) {
    use proc_macro2::{Delimiter, TokenTree};
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    let is_comma =
        |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ',');
    let mut i = 0;
    while i < trees.len() {
        let arrow = i >= 2
            && matches!(&trees[i - 2], TokenTree::Punct(p) if p.as_char() == '=')
            && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '>');
        match &trees[i] {
            TokenTree::Group(g)
                if arrow
                    && g.delimiter() == Delimiter::Brace
                    && !g
                        .stream()
                        .into_iter()
                        .any(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';')) =>
            {
                token_texts(g.stream(), out);
                if is_comma(trees.get(i + 1)) {
                    i += 1;
                }
                out.push(",".to_owned());
            }
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::None => ("", ""),
                };
                out.push(open.to_owned());
                token_texts(g.stream(), out);
                if out.last().is_some_and(|t| t == ",") {
                    out.pop();
                }
                out.push(close.to_owned());
            }
            TokenTree::Punct(p)
                if p.as_char() == ','
                    && matches!(trees.get(i + 1), Some(TokenTree::Punct(q)) if q.as_char() == '>') =>
                {}
            TokenTree::Punct(p) => out.push(p.as_char().to_string()),
            TokenTree::Literal(l) => {
                let text = l.to_string();
                let raw = text.strip_prefix('r').and_then(|rest| {
                    let hashes = rest.len() - rest.trim_start_matches('#').len();
                    let fence = "#".repeat(hashes);
                    rest.strip_prefix(&format!("{fence}\""))?
                        .strip_suffix(&format!("\"{fence}"))
                });
                out.push(raw.map_or(text.clone(), |v| {
                    proc_macro2::Literal::string(v).to_string()
                }));
            }
            TokenTree::Ident(ident) => out.push(ident.to_string()),
        }
        i += 1;
    }
    trees.clear();
}

/// The build script writes token text, and generated/ holds the formatted copy of the same
/// tokens (up to trailing commas).
#[test]
fn the_build_output_is_token_text_with_the_same_tokens_as_generated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let header = |text: &str| -> Vec<String> {
        text.lines()
            .take_while(|l| l.starts_with("//"))
            .map(str::to_owned)
            .collect()
    };
    for (out, built) in BUILT {
        let checked_in = std::fs::read_to_string(root.join("generated").join(out)).unwrap();
        assert_eq!(header(built), header(&checked_in), "{out}: headers differ");
        assert!(
            !built.contains("\n    "),
            "{out}: the build output is indented, so it was formatted (the build script must \
             write token text)"
        );
        assert_ne!(built, checked_in);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        token_texts(built.parse().unwrap(), &mut a);
        token_texts(checked_in.parse().unwrap(), &mut b);
        if let Some(i) = (0..a.len().max(b.len())).find(|&i| a.get(i) != b.get(i)) {
            let around = |t: &[String]| t[i.saturating_sub(30)..(i + 10).min(t.len())].join(" ");
            panic!(
                "{out}: the build output and generated/{out} differ at token {i}:\n  built:       \
                 {}\n  generated/: {}",
                around(&a),
                around(&b)
            );
        }
    }
}

#[test]
fn the_patch_override_is_applied_and_reported() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let overrides = std::fs::read_to_string(root.join(project::OVERRIDES)).expect("overrides file");
    let (spec, _) = project::SPECS[0];
    let text = std::fs::read_to_string(root.join(spec)).expect("spec file");
    let generated =
        generate(&Source::new(spec, &text), &project::settings(&overrides)).expect("generates");
    assert_eq!(generated.overrides.len(), 1);
    assert!(generated
        .code
        .contains("// Override applied from spec/overrides.yaml at /paths/"));
    // A fixed upstream spec (the pointer now holds something else) is noticed.
    let fixed = text.replacen(
        "                $ref: '#/components/schemas/DiskBackupSnapshotAWSExportBucketResponse'\n              x-xgen-version: '2024-05-30'\n          description: OK\n          headers:\n            RateLimit-Limit:\n              $ref: '#/components/headers/HeaderRateLimitLimit'\n            RateLimit-Remaining:\n              $ref: '#/components/headers/HeaderRateLimitRemaining'\n        '400':",
        "                $ref: '#/components/schemas/DiskBackupSnapshotExportBucketResponse'\n              x-xgen-version: '2024-05-30'\n          description: OK\n          headers:\n            RateLimit-Limit:\n              $ref: '#/components/headers/HeaderRateLimitLimit'\n            RateLimit-Remaining:\n              $ref: '#/components/headers/HeaderRateLimitRemaining'\n        '400':",
        1,
    );
    assert_ne!(fixed, text, "the test must edit the PATCH response");
    let err = generate(&Source::new(spec, &fixed), &project::settings(&overrides))
        .expect_err("stale override");
    let msg = err.to_string();
    assert!(
        msg.contains("override from spec/overrides.yaml does not apply"),
        "{msg}"
    );
    assert!(msg.contains("/patch/responses/200"), "{msg}");
}

#[test]
fn the_patch_response_decodes_azure_and_gcp_buckets() {
    use atlas_export_buckets::operation::Operation;
    use atlas_export_buckets::v2;
    type Patch = v2::operations::update_group_backup_export_bucket::V2024_05_30;
    let azure = serde_json::json!({
        "_id": "32b6e34b3d91647abb20e7b8", "bucketName": "c", "cloudProvider": "AZURE",
        "roleId": "668c5f0ed436263134491592",
        "serviceUrl": "https://examplestorageaccount.blob.core.windows.net/c",
        "tenantId": "4297fc77-1592-4de8-a6d5-a8c32401df87"
    });
    let decoded: <Patch as Operation>::Response =
        serde_json::from_value(azure).expect("an Azure bucket decodes");
    assert!(matches!(
        decoded,
        v2::DiskBackupSnapshotExportBucketResponse::Azure(_)
    ));
}
