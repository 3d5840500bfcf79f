//! Request validation: every violation of the spec's constraints, with its field path.

use std::fmt;

mod pattern;

pub use pattern::Pattern;

/// Where a violating value sits in a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// The JSON body; the path is a JSON pointer such as `/iamRoleId`.
    Body,
    /// A path parameter; the path is its name.
    Path,
    /// A query parameter; the path is its name.
    Query,
    /// A header parameter; the path is its name.
    Header,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Location::Body => "body",
            Location::Path => "path parameter",
            Location::Query => "query parameter",
            Location::Header => "header parameter",
        })
    }
}

/// What rule a value broke.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// The value does not match `pattern`.
    Pattern {
        /// The spec's pattern.
        pattern: &'static str,
    },
    /// Shorter than `minLength` (counted in characters).
    TooShort {
        /// The minimum.
        min: usize,
        /// The actual length.
        actual: usize,
    },
    /// Longer than `maxLength` (counted in characters).
    TooLong {
        /// The maximum.
        max: usize,
        /// The actual length.
        actual: usize,
    },
    /// Below `minimum`.
    TooSmall {
        /// The minimum.
        min: f64,
        /// The actual value.
        actual: f64,
    },
    /// Above `maximum`.
    TooLarge {
        /// The maximum.
        max: f64,
        /// The actual value.
        actual: f64,
    },
    /// Fewer items than `minItems`.
    TooFewItems {
        /// The minimum.
        min: usize,
        /// The actual count.
        actual: usize,
    },
    /// More items than `maxItems`.
    TooManyItems {
        /// The maximum.
        max: usize,
        /// The actual count.
        actual: usize,
    },
    /// Not a UUID (`format: uuid`).
    NotUuid,
    /// A path parameter that is empty, `.` or `..`: sent, it would change which path is called.
    NotAPathSegment,
    /// A header parameter's value that HTTP cannot carry (a line break, a control or non-ASCII
    /// character).
    NotAHeaderValue,
    /// A header parameter's name that is not an HTTP header name, or names a header the client
    /// sets itself (`Accept`, `Content-Type`, `Authorization`, `User-Agent`).
    NotASendableHeader,
}

impl fmt::Display for ViolationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViolationKind::Pattern { pattern } => write!(f, "must match the pattern {pattern}"),
            ViolationKind::TooShort { min, actual } => {
                write!(f, "must be at least {min} characters long (is {actual})")
            }
            ViolationKind::TooLong { max, actual } => {
                write!(f, "must be at most {max} characters long (is {actual})")
            }
            ViolationKind::TooSmall { min, actual } => {
                write!(f, "must be at least {min} (is {actual})")
            }
            ViolationKind::TooLarge { max, actual } => {
                write!(f, "must be at most {max} (is {actual})")
            }
            ViolationKind::TooFewItems { min, actual } => {
                write!(f, "must have at least {min} items (has {actual})")
            }
            ViolationKind::TooManyItems { max, actual } => {
                write!(f, "must have at most {max} items (has {actual})")
            }
            ViolationKind::NotUuid => f.write_str("must be a UUID"),
            ViolationKind::NotAPathSegment => {
                f.write_str("must not be empty, `.` or `..` (it would change the path called)")
            }
            ViolationKind::NotAHeaderValue => f.write_str(
                "must be visible ASCII, spaces and tabs only (no line breaks) to be sent as a header",
            ),
            ViolationKind::NotASendableHeader => f.write_str(
                "is not a header name this client can send (not a valid name, or a header the client sets itself)",
            ),
        }
    }
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Body, path or query.
    pub location: Location,
    /// JSON pointer for the body (`/iamRoleId`), the parameter name otherwise.
    pub path: String,
    /// What is wrong.
    pub kind: ViolationKind,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.location, self.path, self.kind)
    }
}

/// Every violation found in a request, in field order. Never empty.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// The violations.
    pub violations: Vec<Violation>,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the request breaks {} rule(s) of the spec",
            self.violations.len()
        )?;
        for v in &self.violations {
            write!(f, "; {v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Checks a value against the spec's constraints.
pub trait Validate {
    /// Appends every violation under the JSON pointer prefix `at` to `out`.
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>);

    /// `Ok` when the value meets every constraint; otherwise all violations at once.
    fn validate(&self) -> Result<(), ValidationError> {
        let mut violations = Vec::new();
        self.collect_violations("", &mut violations);
        if violations.is_empty() {
            Ok(())
        } else {
            Err(ValidationError { violations })
        }
    }
}

macro_rules! no_constraints {
    ($($t:ty),*) => {$(
        impl Validate for $t {
            fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
        }
    )*};
}
no_constraints!(String, bool, i32, i64, f64, serde_json::Value);

impl<T: Validate> Validate for Vec<T> {
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>) {
        for (i, item) in self.iter().enumerate() {
            item.collect_violations(&format!("{at}/{i}"), out);
        }
    }
}

impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>) {
        for (k, item) in self {
            let key = k.replace('~', "~0").replace('/', "~1");
            item.collect_violations(&format!("{at}/{key}"), out);
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>) {
        (**self).collect_violations(at, out);
    }
}

impl<T: Validate> Validate for Option<T> {
    fn collect_violations(&self, at: &str, out: &mut Vec<Violation>) {
        if let Some(v) = self {
            v.collect_violations(at, out);
        }
    }
}

/// String rules of one field.
#[derive(Debug, Clone, Copy)]
pub struct StrRule {
    /// `minLength`.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `pattern`.
    pub pattern: Option<&'static Pattern>,
    /// `format: uuid`.
    pub uuid: bool,
}

fn push(out: &mut Vec<Violation>, location: Location, at: &str, field: &str, kind: ViolationKind) {
    out.push(Violation {
        location,
        path: format!("{at}{field}"),
        kind,
    });
}

fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Checks a string.
pub fn check_str(
    out: &mut Vec<Violation>,
    location: Location,
    at: &str,
    field: &str,
    value: &str,
    rule: &StrRule,
) {
    // Lengths count characters; an ASCII string has as many as bytes.
    let len = if value.is_ascii() {
        value.len()
    } else {
        value.chars().count()
    };
    if let Some(min) = rule.min_length {
        if len < min {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooShort { min, actual: len },
            );
        }
    }
    if let Some(max) = rule.max_length {
        if len > max {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooLong { max, actual: len },
            );
        }
    }
    if let Some(p) = rule.pattern {
        if !p.is_match(value) {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::Pattern {
                    pattern: p.as_str(),
                },
            );
        }
    }
    if rule.uuid && !is_uuid(value) {
        push(out, location, at, field, ViolationKind::NotUuid);
    }
}

/// Checks a number.
pub fn check_number(
    out: &mut Vec<Violation>,
    location: Location,
    at: &str,
    field: &str,
    value: f64,
    min: Option<f64>,
    max: Option<f64>,
) {
    if let Some(min) = min {
        if value < min {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooSmall { min, actual: value },
            );
        }
    }
    if let Some(max) = max {
        if value > max {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooLarge { max, actual: value },
            );
        }
    }
}

/// Checks an array length.
pub fn check_items(
    out: &mut Vec<Violation>,
    location: Location,
    at: &str,
    field: &str,
    len: usize,
    min: Option<usize>,
    max: Option<usize>,
) {
    if let Some(min) = min {
        if len < min {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooFewItems { min, actual: len },
            );
        }
    }
    if let Some(max) = max {
        if len > max {
            push(
                out,
                location,
                at,
                field,
                ViolationKind::TooManyItems { max, actual: len },
            );
        }
    }
}
