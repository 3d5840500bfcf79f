//! Typed, located diagnostics, collected in one pass and reported together.

use std::fmt;

/// One problem found in a spec (or in the overrides applied to it).
///
/// Every variant names the spec file and a JSON pointer into the spec, so the
/// problem can be found without guessing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Diagnostic {
    /// The text is not valid YAML.
    InvalidYaml {
        /// Spec file name.
        file: String,
        /// Where the error is, as far as the text before it tells (a syntax error leaves no
        /// document to point into): the innermost key open at that line, `""` for the root.
        pointer: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// The document declares an OpenAPI version this generator does not read.
    UnsupportedVersion {
        /// Spec file name.
        file: String,
        /// Where the version is (or should be).
        pointer: String,
        /// The version found, or `"(missing)"`.
        found: String,
    },
    /// The document does not have the structure of an OpenAPI 3.0 document.
    InvalidDocument {
        /// Spec file name.
        file: String,
        /// Where the structure is wrong.
        pointer: String,
        /// What was expected.
        message: String,
    },
    /// A `$ref` points at nothing.
    DanglingRef {
        /// Spec file name.
        file: String,
        /// Where the `$ref` is.
        pointer: String,
        /// The reference.
        target: String,
    },
    /// A discriminator mapping names a schema that does not exist.
    MappingToMissingSchema {
        /// Spec file name.
        file: String,
        /// Where the mapping entry is.
        pointer: String,
        /// The mapping key.
        key: String,
        /// The reference it maps to.
        target: String,
    },
    /// A warning: a discriminator mapping key is not one of the tag property's enum values. The
    /// mapping wins: the key is a variant of the union.
    MappingKeyNotInEnum {
        /// Spec file name.
        file: String,
        /// Where the mapping entry is.
        pointer: String,
        /// The mapping key.
        key: String,
        /// The discriminator property.
        property: String,
        /// The enum values, comma separated.
        allowed: String,
    },
    /// A schema construct the generator does not support.
    Unsupported {
        /// Spec file name.
        file: String,
        /// Where the construct is.
        pointer: String,
        /// What it is.
        construct: String,
    },
    /// A warning (lenient mode): a construct the generator cannot type, and what it did instead.
    Untyped {
        /// Spec file name.
        file: String,
        /// Where the construct is.
        pointer: String,
        /// What it is.
        construct: String,
        /// What the generated code has instead.
        fallback: String,
    },
    /// A warning: `required` lists a property the schema does not declare.
    UndeclaredRequired {
        /// Spec file name.
        file: String,
        /// Where the `required` list is.
        pointer: String,
        /// The property.
        property: String,
        /// What the generated code has for it (lenient mode), after `; `.
        fallback: String,
    },
    /// A warning: an operation without an `operationId` is named from its method and path.
    DerivedOperationId {
        /// Spec file name.
        file: String,
        /// Where the operation is.
        pointer: String,
        /// The name given.
        name: String,
    },
    /// A warning: a header parameter names a header the client sets itself (`Accept`,
    /// `Content-Type`, `Authorization`, `User-Agent`), so `Params` leaves it out.
    IgnoredHeaderParameter {
        /// Spec file name.
        file: String,
        /// Where the parameter is.
        pointer: String,
        /// The header name, as the spec spells it.
        name: String,
    },
    /// Two spec items map to the same generated Rust name.
    DuplicateName {
        /// Spec file name.
        file: String,
        /// Where the second item is.
        pointer: String,
        /// The Rust name.
        name: String,
        /// Pointer of the first item.
        other: String,
    },
    /// A media type that needs a schema has none.
    MissingSchema {
        /// Spec file name.
        file: String,
        /// Where the media type is.
        pointer: String,
        /// The media type.
        media_type: String,
    },
    /// A constraint that can never be met, or cannot be checked.
    InvalidConstraint {
        /// Spec file name.
        file: String,
        /// Where the constraint is.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// An operation is malformed (missing operationId, undeclared path parameter, ...).
    InvalidOperation {
        /// Spec file name.
        file: String,
        /// Where the operation is.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// An override entry could not be applied.
    OverrideMismatch {
        /// Spec file name.
        file: String,
        /// The override's pointer into the spec.
        pointer: String,
        /// Overrides file name.
        overrides_file: String,
        /// What did not match.
        message: String,
    },
    /// A warning: a `pattern` uses a regex feature the runtime's matcher lacks (look-around,
    /// Unicode classes), so it is documented but not checked locally; the server still checks it.
    UnenforcedPattern {
        /// Spec file name.
        file: String,
        /// Where the pattern is.
        pointer: String,
        /// The pattern.
        pattern: String,
        /// The unsupported feature.
        reason: String,
    },
    /// A warning: a media type's `x-xgen-version` is no version (a date or `preview`); the
    /// version is read from the media type instead.
    MalformedVersion {
        /// Spec file name.
        file: String,
        /// Where the `x-xgen-version` is.
        pointer: String,
        /// The value found, as JSON.
        found: String,
        /// The version read from the media type, if any.
        used: Option<String>,
    },
    /// The overrides file itself is malformed.
    InvalidOverrides {
        /// Overrides file name.
        overrides_file: String,
        /// Where in the overrides file.
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// The spec (or the overrides file) is larger than [`crate::Settings::with_max_spec_bytes`]
    /// allows; it is not read.
    TooLarge {
        /// File name.
        file: String,
        /// `""`: the whole document.
        pointer: String,
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

/// One line, whatever the spec holds: a JSON pointer carries spec keys verbatim, and build
/// scripts print diagnostics as cargo directives (`cargo::error=...`), where a line break would
/// start a directive of the spec's choosing. Every control character, line separator and
/// bidirectional override is shown escaped (`\n`, `\u{1b}`).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let raw = Unescaped(self).to_string();
        f.write_str(&crate::docs::escape_controls(&raw))
    }
}

/// A diagnostic's text as written, before [`Diagnostic`]'s `Display` escapes it.
struct Unescaped<'a>(&'a Diagnostic);

// Written out rather than derived: the derive's crate was a whole second of every consumer's
// cold build, for this one type.
impl fmt::Display for Unescaped<'_> {
    // One arm per variant, each a single `write!`.
    #[allow(clippy::too_many_lines)]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Diagnostic::InvalidYaml {
                file,
                line,
                column,
                pointer,
                message,
                ..
            } => {
                write!(
                    f,
                    "{file}:{line}:{column}: {pointer}: invalid YAML: {message}"
                )
            }
            Diagnostic::UnsupportedVersion {
                file,
                pointer,
                found,
                ..
            } => {
                write!(f, "{file}: {pointer}: unsupported OpenAPI version {found:?}; expected 3.0.x or 3.1.x")
            }
            Diagnostic::InvalidDocument {
                file,
                pointer,
                message,
                ..
            } => {
                write!(f, "{file}: {pointer}: invalid OpenAPI document: {message}")
            }
            Diagnostic::DanglingRef {
                file,
                pointer,
                target,
                ..
            } => {
                write!(f, "{file}: {pointer}: dangling $ref {target:?}")
            }
            Diagnostic::MappingToMissingSchema {
                file,
                pointer,
                key,
                target,
                ..
            } => {
                write!(f, "{file}: {pointer}: discriminator mapping {key:?} points at missing schema {target:?}")
            }
            Diagnostic::MalformedVersion {
                file,
                pointer,
                found,
                used,
            } => match used {
                Some(v) => write!(f, "{file}: {pointer}: warning: x-xgen-version {found} is no version; the media type's {v:?} is used"),
                None => write!(f, "{file}: {pointer}: warning: x-xgen-version {found} is no version, and the media type names none: the media type is unversioned"),
            },
            Diagnostic::MappingKeyNotInEnum {
                file,
                pointer,
                key,
                property,
                allowed,
                ..
            } => {
                write!(f, "{file}: {pointer}: warning: discriminator mapping key {key:?} is not in the enum of property {property:?} ({allowed}); the mapping wins, and the key is a variant")
            }
            Diagnostic::Unsupported {
                file,
                pointer,
                construct,
                ..
            } => {
                write!(
                    f,
                    "{file}: {pointer}: unsupported schema construct: {construct}"
                )
            }
            Diagnostic::Untyped {
                file,
                pointer,
                construct,
                fallback,
                ..
            } => {
                write!(
                    f,
                    "{file}: {pointer}: warning: unsupported {construct}: {fallback}"
                )
            }
            Diagnostic::UndeclaredRequired {
                file,
                pointer,
                property,
                fallback,
                ..
            } => {
                write!(f, "{file}: {pointer}: warning: required property {property:?} is not declared by the schema or its allOf members{fallback}")
            }
            Diagnostic::DerivedOperationId {
                file,
                pointer,
                name,
                ..
            } => {
                write!(f, "{file}: {pointer}: warning: no operationId; the operation is named `{name}` from its method and path")
            }
            Diagnostic::IgnoredHeaderParameter {
                file,
                pointer,
                name,
                ..
            } => {
                write!(f, "{file}: {pointer}: warning: header parameter {name:?} is left out: the client sets this header itself")
            }
            Diagnostic::DuplicateName {
                file,
                pointer,
                name,
                other,
                ..
            } => {
                write!(
                    f,
                    "{file}: {pointer}: generated name `{name}` is already used by {other}"
                )
            }
            Diagnostic::MissingSchema {
                file,
                pointer,
                media_type,
                ..
            } => {
                write!(f, "{file}: {pointer}: media type {media_type:?} has no schema, but a body is required here")
            }
            Diagnostic::InvalidConstraint {
                file,
                pointer,
                message,
                ..
            } => {
                write!(f, "{file}: {pointer}: invalid constraint: {message}")
            }
            Diagnostic::InvalidOperation {
                file,
                pointer,
                message,
                ..
            } => {
                write!(f, "{file}: {pointer}: invalid operation: {message}")
            }
            Diagnostic::OverrideMismatch {
                file,
                pointer,
                overrides_file,
                message,
                ..
            } => {
                write!(
                    f,
                    "{file}: {pointer}: override from {overrides_file} does not apply: {message}"
                )
            }
            Diagnostic::UnenforcedPattern {
                file,
                pointer,
                pattern,
                reason,
                ..
            } => {
                write!(f, "{file}: {pointer}: warning: pattern {pattern:?} is not checked locally: {reason}")
            }
            Diagnostic::InvalidOverrides {
                overrides_file,
                pointer,
                message,
                ..
            } => {
                write!(
                    f,
                    "{overrides_file}: {pointer}: invalid overrides file: {message}"
                )
            }
            Diagnostic::TooLarge {
                file, bytes, limit, ..
            } => {
                write!(f, "{file}: the document is {bytes} bytes, over the limit of {limit} bytes; not read (Settings::with_max_spec_bytes, `--max-spec-bytes` in the CLI)")
            }
        }
    }
}

impl std::error::Error for Diagnostic {}

/// Every diagnostic found in one run. Never empty when returned as an error.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// The diagnostics, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Collects diagnostics across a pass; [`Ctxt::check`] consumes it and fails once with all of them.
#[derive(Debug)]
pub(crate) struct Ctxt {
    file: String,
    found: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Lenient mode: an unsupported construct is a warning, and the caller's fallback is used.
    lenient: bool,
}

impl Ctxt {
    pub(crate) fn new(file: &str) -> Self {
        Ctxt {
            file: file.to_owned(),
            found: Vec::new(),
            warnings: Vec::new(),
            lenient: false,
        }
    }

    /// A context for lenient (`true`) or strict generation.
    pub(crate) fn with_lenient(mut self, lenient: bool) -> Self {
        self.lenient = lenient;
        self
    }

    /// Whether generation is lenient.
    pub(crate) fn lenient(&self) -> bool {
        self.lenient
    }

    pub(crate) fn file(&self) -> String {
        self.file.clone()
    }

    pub(crate) fn push(&mut self, d: Diagnostic) {
        if !self.found.contains(&d) {
            self.found.push(d);
        }
    }

    /// A construct the generator cannot type, where the caller falls back to
    /// `serde_json::Value`: an error when strict, a warning when lenient.
    pub(crate) fn unsupported(&mut self, pointer: &str, construct: impl Into<String>) {
        self.unsupported_as(pointer, construct, "typed as `serde_json::Value`");
    }

    /// A problem lenient mode works around: `d` when strict; when lenient, a warning at
    /// `pointer` saying `what` and what the generated code has instead (`fallback`).
    pub(crate) fn refuse_or_warn(
        &mut self,
        d: Diagnostic,
        pointer: &str,
        what: String,
        fallback: &str,
    ) {
        if self.lenient {
            let w = Diagnostic::Untyped {
                file: self.file(),
                pointer: pointer.to_owned(),
                construct: what,
                fallback: fallback.to_owned(),
            };
            self.warn(w);
        } else {
            self.push(d);
        }
    }

    /// A construct the generator cannot type, and what the caller does instead (`fallback`):
    /// an error when strict, a warning naming the fallback when lenient.
    pub(crate) fn unsupported_as(
        &mut self,
        pointer: &str,
        construct: impl Into<String>,
        fallback: &str,
    ) {
        if self.lenient {
            let d = Diagnostic::Untyped {
                file: self.file(),
                pointer: pointer.to_owned(),
                construct: construct.into(),
                fallback: fallback.to_owned(),
            };
            self.warn(d);
        } else {
            let d = Diagnostic::Unsupported {
                file: self.file(),
                pointer: pointer.to_owned(),
                construct: construct.into(),
            };
            self.push(d);
        }
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.found.is_empty()
    }

    pub(crate) fn warn(&mut self, d: Diagnostic) {
        if !self.warnings.contains(&d) {
            self.warnings.push(d);
        }
    }

    /// All errors, or the warnings when there are none.
    pub(crate) fn check(self) -> Result<Vec<Diagnostic>, Diagnostics> {
        if self.found.is_empty() {
            Ok(self.warnings)
        } else {
            Err(Diagnostics(self.found))
        }
    }
}

impl Diagnostics {
    /// These diagnostics and one more.
    pub fn with(mut self, d: Diagnostic) -> Self {
        self.0.push(d);
        self
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

/// Escapes one JSON pointer token (RFC 6901).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_is_one_line_whatever_the_spec_holds() {
        let d = Diagnostic::DanglingRef {
            file: "spec.yaml".to_owned(),
            pointer: "/components/schemas/Evil\ncargo::rustc-cfg=injected\r\u{1b}]0;t\u{7}\u{2028}\u{202e}"
                .to_owned(),
            target: "#/x".to_owned(),
        };
        let shown = d.to_string();
        assert_eq!(
            shown,
            "spec.yaml: /components/schemas/Evil\\ncargo::rustc-cfg=injected\\r\\u{1b}]0;t\\u{7}\\u{2028}\\u{202e}: dangling $ref \"#/x\""
        );
        assert!(!shown.chars().any(char::is_control));
    }
}
