//! Generates typed Rust for the MongoDB Atlas Snapshot Export Buckets API from its published
//! OpenAPI spec, read as published.
//!
//! Three passes, one module each: [`parse`] (YAML -> `openapiv3`, overrides applied), [`model`]
//! (lowering to a plain intermediate model, where every Rust name is decided) and [`emit`]
//! (`quote` + `prettyplease`). [`generate`] is the one pure entry point shared by build scripts,
//! the `atlas-codegen` CLI and tests: it takes text and returns text or diagnostics, and touches
//! neither the file system nor the environment.

pub mod analysis;
pub mod diagnostics;
#[cfg(feature = "cli")]
pub mod diff;
pub mod docs;
pub mod emit;
#[cfg(feature = "cli")]
pub mod extract;
pub mod lower;
pub mod model;
pub mod naming;
pub mod parse;
mod scopes;

use std::collections::BTreeMap;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use parse::AppliedOverride;

/// The spec text and the file name it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// File name used in diagnostics and in the generated header, e.g. `spec/export-buckets.v2.yaml`.
    pub file: &'a str,
    /// The YAML (or JSON) text.
    pub text: &'a str,
}

impl<'a> Source<'a> {
    /// A spec source.
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Source { file, text }
    }
}

/// Generator settings; build them with the `with_*` setters.
#[derive(Debug, Clone)]
pub struct Settings {
    pub(crate) runtime_path: String,
    pub(crate) example_enums: BTreeMap<String, String>,
    pub(crate) hidden_query: Vec<String>,
    pub(crate) operations: Option<Vec<String>>,
    pub(crate) overrides: Option<(String, String)>,
    pub(crate) regenerate: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            runtime_path: "crate::__codegen".to_owned(),
            example_enums: BTreeMap::from([(
                "ApiError.errorCode".to_owned(),
                "ErrorCode".to_owned(),
            )]),
            hidden_query: vec!["envelope".to_owned()],
            operations: None,
            overrides: None,
            regenerate: "cargo run -p atlas-codegen -- generate".to_owned(),
        }
    }
}

impl Settings {
    /// Default settings: runtime at `crate::__codegen`, `ApiError.errorCode` as the `ErrorCode`
    /// enum, and `envelope` known to descriptors but not settable.
    pub fn new() -> Self {
        Self::default()
    }

    /// The path through which generated code reaches the runtime support items.
    pub fn with_runtime_path(mut self, path: impl Into<String>) -> Self {
        self.runtime_path = path.into();
        self
    }

    /// Makes the string property `property` of schema `schema` an open enum named `name`, whose
    /// known values are those the spec's examples use.
    pub fn with_example_enum(
        mut self,
        schema: &str,
        property: &str,
        name: impl Into<String>,
    ) -> Self {
        self.example_enums
            .insert(format!("{schema}.{property}"), name.into());
        self
    }

    /// Removes every example-derived enum.
    pub fn without_example_enums(mut self) -> Self {
        self.example_enums.clear();
        self
    }

    /// A query parameter that descriptors list but `Params` does not expose.
    pub fn with_hidden_query_parameter(mut self, name: impl Into<String>) -> Self {
        self.hidden_query.push(name.into());
        self
    }

    /// Generates only these operations (by `operationId`); an absent one is a diagnostic.
    pub fn with_operations<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.operations = Some(ids.into_iter().map(Into::into).collect());
        self
    }

    /// Applies the overrides file (`file` name, YAML `text`) before lowering.
    pub fn with_overrides(mut self, file: impl Into<String>, text: impl Into<String>) -> Self {
        self.overrides = Some((file.into(), text.into()));
        self
    }

    /// The command named in the generated header.
    pub fn with_regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate = command.into();
        self
    }
}

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
    let overrides = settings
        .overrides
        .as_ref()
        .map(|(f, t)| (f.as_str(), t.as_str()));
    let parsed = parse::parse(source.file, source.text, overrides)?;
    let model = lower::lower(source.file, &parsed, settings)?;
    let body = emit::emit(&model, &settings.runtime_path).map_err(|message| {
        Diagnostic::InvalidDocument {
            file: source.file.to_owned(),
            pointer: "/".to_owned(),
            message,
        }
    })?;
    let mut code = format!(
        "// @generated from {} by atlas-codegen; do not edit.\n// Regenerate: {}\n",
        source.file, settings.regenerate
    );
    for w in &model.warnings {
        code.push_str(&format!(
            "// Warning: {}\n",
            w.to_string().replace('\n', " ")
        ));
    }
    for o in &model.overrides {
        code.push_str(&format!(
            "// Override applied from {} at {}: {}\n",
            o.file,
            o.pointer,
            o.reason.replace('\n', " ")
        ));
    }
    code.push('\n');
    code.push_str(&body.replace("\r\n", "\n"));
    Ok(Generated {
        code,
        overrides: model.overrides,
        warnings: model.warnings,
    })
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
