//! What `generate()` reads: the spec [`Source`], and the generator's [`Settings`].

use std::collections::BTreeMap;

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
    pub(crate) tags: Option<TagSelection>,
    pub(crate) overrides: Option<(String, String)>,
    pub(crate) regenerate: String,
    pub(crate) lenient: bool,
    pub(crate) formatted: bool,
    pub(crate) any_of_objects_as_struct: bool,
    pub(crate) operation_index: bool,
    pub(crate) preview: bool,
    pub(crate) max_spec_bytes: usize,
    pub(crate) crate_docs: Option<String>,
}

/// The largest spec (and overrides file) [`Settings::new`] reads: 128 MiB, thirty times the whole
/// Atlas API as published (4 MB) and 2.8 times the largest spec of the APIs.guru directory
/// (Microsoft Graph beta, 47 MB).
pub const DEFAULT_MAX_SPEC_BYTES: usize = 128 << 20;

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
            tags: None,
            overrides: None,
            regenerate: "cargo run -p atlas-codegen -- generate".to_owned(),
            lenient: false,
            formatted: cfg!(feature = "format"),
            any_of_objects_as_struct: true,
            operation_index: false,
            preview: true,
            max_spec_bytes: DEFAULT_MAX_SPEC_BYTES,
            crate_docs: None,
        }
    }
}

impl Settings {
    /// Default settings: runtime at `crate::__codegen`, `ApiError.errorCode` as the `ErrorCode`
    /// enum, and `envelope` known to descriptors but not settable.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the output is formatted by prettyplease (for code people read) or is token text
    /// (what a build script writes: the same tokens, in a fraction of the time, with a line break
    /// after each `;`, brace and attribute so that compiler errors point at a short line).
    /// Formatted is the default with this crate's `format` feature, which the CLI enables.
    #[cfg(feature = "format")]
    pub fn with_formatting(mut self, formatted: bool) -> Self {
        self.formatted = formatted;
        self
    }

    /// Token text instead of formatted code, whatever the features (see `with_formatting` under
    /// the `format` feature). The choice of build scripts.
    pub fn unformatted(mut self) -> Self {
        self.formatted = false;
        self
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

    /// Generates only the operations tagged with at least one of these tags (as the spec spells
    /// them), and the types they reach; a tag that no generated operation has is a diagnostic.
    /// With [`Settings::with_operations`] too, an operation must pass both.
    pub fn with_tags<I: IntoIterator<Item = S>, S: Into<String>>(mut self, tags: I) -> Self {
        self.tags = Some(TagSelection {
            wanted: tags.into_iter().map(Into::into).collect(),
            by_feature: false,
        });
        self
    }

    /// [`Settings::with_tags`] with each tag named by its cargo feature name
    /// ([`crate::feature_name`]): what a build script reads from `CARGO_FEATURE_*`, without
    /// parsing the spec a second time to learn the tags' spelling.
    pub fn with_tag_features<I: IntoIterator<Item = S>, S: Into<String>>(
        mut self,
        features: I,
    ) -> Self {
        self.tags = Some(TagSelection {
            wanted: features.into_iter().map(Into::into).collect(),
            by_feature: true,
        });
        self
    }

    /// Applies the overrides file (`file` name, YAML `text`) before lowering.
    pub fn with_overrides(mut self, file: impl Into<String>, text: impl Into<String>) -> Self {
        self.overrides = Some((file.into(), text.into()));
        self
    }

    /// Lenient generation: each construct the generator cannot type becomes
    /// `serde_json::Value` (or is left out, for a parameter or an operation it cannot express),
    /// with a warning naming its pointer, and the rest is generated. Strict (the default) refuses
    /// such a spec with every diagnostic.
    pub fn with_lenient(mut self, lenient: bool) -> Self {
        self.lenient = lenient;
        self
    }

    /// How an `anyOf` whose alternatives are all objects is typed. `true` (the default): one
    /// struct whose fields are the union of the alternatives' properties, each optional, so that
    /// a value matching several alternatives keeps the fields of all of them (a property two
    /// alternatives declare with different schemas is a `serde_json::Value` field). `false`: an
    /// untagged enum, as for `oneOf` without a discriminator, whose first alternative that
    /// decodes wins, dropping the others' fields. An `anyOf` with any alternative that is not an
    /// object is always the untagged enum.
    pub fn with_any_of_objects_as_struct(mut self, as_struct: bool) -> Self {
        self.any_of_objects_as_struct = as_struct;
        self
    }

    /// Whether the output also has an operation index (off by default): a hidden
    /// `__visit_operations(visitor)` that shows the runtime's `OperationVisitor` every operation
    /// version, and `serde::Deserialize` on each operation's `Params` (fields by wire name,
    /// unknown ones refused). For code that drives every operation from data, such as a
    /// contract test of the whole API; it costs build time that a client does not need.
    pub fn with_operation_index(mut self, index: bool) -> Self {
        self.operation_index = index;
        self
    }

    /// Whether the preview API is generated (on by default): the media types whose
    /// `x-xgen-version` is `preview` (`application/vnd.atlas.preview+json`), each a `Preview`
    /// version. Off, they are left out, and so is an operation that has no other version.
    pub fn with_preview(mut self, preview: bool) -> Self {
        self.preview = preview;
        self
    }

    /// The largest spec text (and overrides text) read, in bytes; a larger one is refused with
    /// [`crate::Diagnostic::TooLarge`] before it is parsed. Default [`DEFAULT_MAX_SPEC_BYTES`].
    /// Reading takes about ten times the text in memory.
    pub fn with_max_spec_bytes(mut self, bytes: usize) -> Self {
        self.max_spec_bytes = bytes;
        self
    }

    /// Documents the output as the root module of the crate `crate_name` (a Rust path such as
    /// `atlas_admin_api`), with one cargo feature per tag ([`crate::feature_name`]) (off by
    /// default). The output then also has:
    ///
    /// - a `tags` module with one module per tag, which re-exports the tag's operation modules
    ///   and is documented with the tag's description;
    /// - on each operation's module page, its versions with their media types and sunset dates,
    ///   and an `ignore` code block that calls it;
    /// - `#[cfg_attr(docsrs, doc(cfg(...)))]` on each operation module, its alias, each tag
    ///   module, each `Preview` version and each type that not every tag reaches, naming the
    ///   features that enable it, so that docs built with every feature and `--cfg docsrs` (as
    ///   docs.rs builds them) show which feature each item needs. The crate enables `doc_cfg`
    ///   under `docsrs` itself.
    pub fn with_crate_docs(mut self, crate_name: impl Into<String>) -> Self {
        self.crate_docs = Some(crate_name.into());
        self
    }

    /// The command named in the generated header.
    pub fn with_regenerate_command(mut self, command: impl Into<String>) -> Self {
        self.regenerate = command.into();
        self
    }
}

/// The tags [`Settings::with_tags`] or [`Settings::with_tag_features`] select.
#[derive(Debug, Clone)]
pub(crate) struct TagSelection {
    /// Tag names, or their feature names.
    pub(crate) wanted: Vec<String>,
    /// `wanted` holds feature names.
    pub(crate) by_feature: bool,
}

impl TagSelection {
    /// Whether `wanted` (one of [`TagSelection::wanted`]) names the spec's `tag`.
    pub(crate) fn names(&self, wanted: &str, tag: &str) -> bool {
        if self.by_feature {
            crate::feature_name(tag) == wanted
        } else {
            tag == wanted
        }
    }

    /// Whether any wanted name selects one of `tags`.
    pub(crate) fn selects(&self, tags: &[String]) -> bool {
        self.wanted
            .iter()
            .any(|w| tags.iter().any(|t| self.names(w, t)))
    }
}
