//! Generates typed Rust for the MongoDB Atlas Snapshot Export Buckets API from its published
//! OpenAPI spec, read as published.
//!
//! Three passes, one module each: [`parse`] (YAML -> [`spec`], overrides applied), [`model`]
//! (lowering to a plain intermediate model, where every Rust name is decided) and [`emit`]
//! (`quote`, then `prettyplease` with the `format` feature, or token text for build scripts). [`generate`] is the one pure entry point shared by build scripts,
//! the `atlas-codegen` CLI and tests: it takes text and returns text or diagnostics, and touches
//! neither the file system nor the environment.

#![deny(clippy::too_many_lines)]

pub mod analysis;
pub mod diagnostics;
#[cfg(feature = "cli")]
pub mod diff;
pub mod docs;
pub mod emit;
#[cfg(feature = "cli")]
pub mod extract;
pub mod json;
pub mod lower;
pub mod model;
pub mod naming;
pub mod parse;
mod scopes;
pub mod settings;
pub mod spec;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use parse::AppliedOverride;
pub use settings::{Settings, Source, DEFAULT_MAX_SPEC_BYTES};

/// Generated source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The Rust source, header included.
    pub code: String,
    /// Overrides that were applied.
    pub overrides: Vec<AppliedOverride>,
    /// Warnings: nothing fatal, but worth a look (for example a pattern not checked locally).
    pub warnings: Vec<Diagnostic>,
}

/// Spec text in, Rust source or every diagnostic out. Pure and deterministic.
pub fn generate(source: &Source<'_>, settings: &Settings) -> Result<Generated, Diagnostics> {
    let (model, layout) = lowered(source, settings)?;
    let body = emit::emit_as(
        &model,
        &settings.runtime_path,
        settings.operation_index,
        settings.crate_docs.as_deref(),
        layout,
    )
    .map_err(|message| emit_failed(source, message))?;
    let mut code = header(source, settings, &model);
    push_body(&mut code, &body, layout);
    Ok(Generated {
        code,
        overrides: model.overrides,
        warnings: model.warnings,
    })
}

/// [`generate`]'s output split across crates, so that no one compiler run holds it all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedSplit {
    /// The types that the operations of several groups reach (and what those types reach): the
    /// crate every group's crate depends on. Header included, as in each part.
    pub shared: String,
    /// Per group of tags, in the order given: the types only its operations reach, and its
    /// operations in an `operations` module. The crate of a group sees the shared crate's items
    /// at its root (`use shared::*;`).
    pub groups: Vec<String>,
    /// What sits above the parts, in the crate that re-exports them all at its root and
    /// gathers their `operations` modules in its own: the `tags` module
    /// ([`Settings::with_crate_docs`]) and the operation index
    /// ([`Settings::with_operation_index`]).
    pub top: String,
    /// Overrides that were applied.
    pub overrides: Vec<AppliedOverride>,
    /// Warnings, as in [`Generated::warnings`].
    pub warnings: Vec<Diagnostic>,
}

/// The most groups [`generate_split`] takes.
pub const MAX_SPLIT_GROUPS: usize = emit::MAX_GROUPS;

/// [`generate`], split into a shared part and one part per group of tags (`groups`, each a list
/// of tag feature names as [`feature_name`] makes them; an operation whose first tag no group
/// names goes to the last group). Every part compiles in its own crate, a group's crate
/// depending on the shared one, each reaching the runtime at [`Settings::with_runtime_path`] (a
/// private `__codegen` module by default) as [`generate`]'s output does. For a group, that
/// module also holds `PRODUCT: &str`, the `name/version` its operations give the `User-Agent`
/// (in [`generate`]'s output, the compiling crate's own). Pure and deterministic, as
/// [`generate`] is.
pub fn generate_split(
    source: &Source<'_>,
    settings: &Settings,
    groups: &[Vec<String>],
) -> Result<GeneratedSplit, Diagnostics> {
    let (model, layout) = lowered(source, settings)?;
    let split = emit::emit_split(
        &model,
        &settings.runtime_path,
        settings.operation_index,
        settings.crate_docs.as_deref(),
        layout,
        groups,
    )
    .map_err(|message| emit_failed(source, message))?;
    let head = header(source, settings, &model);
    let with_header = |body: &str| {
        let mut code = head.clone();
        push_body(&mut code, body, layout);
        code
    };
    Ok(GeneratedSplit {
        shared: with_header(&split.shared),
        groups: split.groups.iter().map(|g| with_header(g)).collect(),
        top: with_header(&split.top),
        overrides: model.overrides,
        warnings: model.warnings,
    })
}

fn emit_failed(source: &Source<'_>, message: String) -> Diagnostics {
    Diagnostic::InvalidDocument {
        file: source.file.to_owned(),
        pointer: "/".to_owned(),
        message,
    }
    .into()
}

/// The size limits checked, the spec parsed and lowered; and the layout the settings ask for.
fn lowered(
    source: &Source<'_>,
    settings: &Settings,
) -> Result<(model::Model, emit::Layout), Diagnostics> {
    let overrides = settings
        .overrides
        .as_ref()
        .map(|(f, t)| (f.as_str(), t.as_str()));
    for (file, text) in std::iter::once((source.file, source.text)).chain(overrides) {
        if text.len() > settings.max_spec_bytes {
            return Err(Diagnostic::TooLarge {
                file: file.to_owned(),
                pointer: String::new(),
                bytes: text.len(),
                limit: settings.max_spec_bytes,
            }
            .into());
        }
    }
    let parsed = parse::parse_selected(
        source.file,
        source.text,
        overrides,
        settings.preview,
        settings.lenient,
    )?;
    let model = lower::lower(source.file, &parsed, settings)?;
    #[cfg(feature = "format")]
    let layout = if settings.formatted {
        emit::Layout::Formatted
    } else {
        emit::Layout::Tokens
    };
    #[cfg(not(feature = "format"))]
    let layout = emit::Layout::Tokens;
    Ok((model, layout))
}

/// The header comment: where the code comes from, how to regenerate it, warnings and overrides.
fn header(source: &Source<'_>, settings: &Settings, model: &model::Model) -> String {
    // Each comment line holds one line: everything in it is escaped (a diagnostic escapes itself).
    let one_line = |s: &str| docs::escape_controls(s).into_owned();
    let mut code = format!(
        "// @generated from {} by atlas-codegen; do not edit.\n// Regenerate: {}\n",
        one_line(source.file),
        one_line(&settings.regenerate)
    );
    for w in &model.warnings {
        code.push_str(&format!("// Warning: {w}\n"));
    }
    for o in &model.overrides {
        code.push_str(&format!(
            "// Override applied from {} at {}: {}\n",
            one_line(&o.file),
            one_line(&o.pointer),
            one_line(&o.reason.replace('\n', " "))
        ));
    }
    code.push('\n');
    code
}

fn push_body(code: &mut String, body: &str, layout: emit::Layout) {
    // Token text holds no raw line break but its own `\n`s (literals are escaped).
    if layout == emit::Layout::Tokens {
        code.push_str(body);
    } else {
        code.push_str(&body.replace("\r\n", "\n"));
    }
}

/// The tags of the spec's operations, each once, in the order the operations use them first: what
/// [`Settings::with_tags`] selects from.
pub fn operation_tags(source: &Source<'_>) -> Result<Vec<String>, Diagnostics> {
    let parsed = parse::parse(source.file, source.text, None)?;
    let mut tags: Vec<String> = Vec::new();
    for (_, item) in parsed.doc.paths.iter() {
        let crate::spec::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (_, op) in item.iter() {
            for tag in &op.tags {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
        }
    }
    Ok(tags)
}

/// The cargo feature name of a tag: lower-cased, every run of characters other than ASCII letters
/// and digits replaced by one `-`, none at either end (`X.509 Authentication` →
/// `x-509-authentication`).
pub fn feature_name(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    for c in tag.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// This repository's generation jobs, shared by `build.rs`, the CLI and the drift test.
pub mod project {
    /// The overrides file, relative to the repository root.
    pub const OVERRIDES: &str = "spec/overrides.yaml";

    /// `(spec file, output file name)`, relative to the repository root; outputs go to
    /// `OUT_DIR` (build script) or `generated/` (checked-in copy).
    pub const SPECS: [(&str, &str); 2] = [
        ("spec/export-buckets.v2.yaml", "v2.rs"),
        ("spec/export-buckets.v1.yaml", "v1.rs"),
    ];

    /// The settings every job uses, with the overrides text.
    pub fn settings(overrides_text: &str) -> crate::Settings {
        crate::Settings::new().with_overrides(OVERRIDES, overrides_text)
    }
}
