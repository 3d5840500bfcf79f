//! Pass 1: spec text -> JSON value (overrides applied) -> the document ([`crate::spec`]).
//!
//! No Rust names are made here.

use crate::json::{Map, Strict, Value, ValueVisitor};

use crate::diagnostics::{Ctxt, Diagnostic, Diagnostics};
use crate::spec::METHODS;

/// An override entry that was applied, for the generated docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedOverride {
    /// JSON pointer into the spec.
    pub pointer: String,
    /// Why the published value is wrong.
    pub reason: String,
    /// What shows it: a recorded answer, the spec's own text elsewhere, the documentation.
    pub evidence: String,
    /// The overrides file it came from.
    pub file: String,
}

/// A parsed spec: the typed document plus the raw value it came from.
#[derive(Debug)]
pub struct Parsed {
    /// The typed document.
    pub doc: crate::spec::OpenAPI,
    /// The raw value after overrides, for pointer look-ups.
    pub raw: Value,
    /// Overrides that were applied.
    pub overrides: Vec<AppliedOverride>,
}

/// Reads any self-describing document (YAML as `serde_yaml` gives it) into a JSON value, as
/// [`read_yaml`] does: scalar keys as their text, tags dropped, a repeated key an error. For
/// measuring other YAML readers against the same output (`peers/src/bin/yaml_readers.rs`).
#[doc(hidden)]
pub fn json_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    d.deserialize_any(ValueVisitor { strict: true })
}

/// The JSON pointer of the innermost key open at `line` (1-based), from indentation alone: the
/// keys of block mappings (plain or quoted, as in JSON text), and the items of block sequences.
/// Lines from `line` on are not read, so an unclosed construct points at where it was opened.
fn pointer_before(text: &str, line: usize) -> String {
    // (indent, token, is an item); an item's counter is kept per (depth, indent).
    let mut stack: Vec<(usize, String, bool)> = Vec::new();
    let mut items: std::collections::HashMap<(usize, usize), usize> =
        std::collections::HashMap::new();
    let key_of = |s: &str| -> Option<String> {
        let s = s.trim_start();
        let (key, rest) = if let Some(q) = s.strip_prefix('"') {
            let end = q.find('"')?;
            (q[..end].to_owned(), &q[end + 1..])
        } else if let Some(q) = s.strip_prefix('\'') {
            let end = q.find('\'')?;
            (q[..end].to_owned(), &q[end + 1..])
        } else {
            let end = s.find(": ").or_else(|| s.strip_suffix(':').map(str::len))?;
            let key = &s[..end];
            if key.is_empty() || key.contains(['{', '[', '#', ',']) {
                return None;
            }
            (key.to_owned(), &s[end..])
        };
        let rest = rest.trim_start();
        (rest.starts_with(": ") || rest == ":" || rest.starts_with(":")).then_some(key)
    };
    for l in text.lines().take(line.saturating_sub(1)) {
        let content = l.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let mut indent = l.len() - content.len();
        // A sequence may sit at its key's own indentation (`key:` then `- item`).
        let item = content.starts_with("- ") || content == "-";
        stack.retain(|(i, _, is_item)| *i < indent || (item && *i == indent && !is_item));
        let mut content = content;
        while let Some(rest) = content
            .strip_prefix("- ")
            .or_else(|| (content == "-").then_some(""))
        {
            let n = items.entry((stack.len(), indent)).or_insert(0);
            stack.push((indent, n.to_string(), true));
            *n += 1;
            let inner = rest.trim_start();
            indent += 2 + (rest.len() - inner.len());
            content = inner;
            items.retain(|(depth, _), _| *depth <= stack.len());
        }
        if let Some(key) = key_of(content) {
            items.retain(|(depth, _), _| *depth <= stack.len());
            stack.push((indent, key, false));
        }
    }
    stack
        .iter()
        .map(|(_, t, _)| format!("/{}", crate::diagnostics::escape_pointer_token(t)))
        .collect()
}

/// Reads YAML text (or JSON text, which is read as JSON first: JSON allows integers beyond 64
/// bits and C1 control characters that YAML refuses), reporting syntax errors with line and
/// column.
pub fn read_yaml(file: &str, text: &str) -> Result<Value, Diagnostic> {
    if text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
    {
        if let Ok(v) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
            return Ok(v);
        }
        // Not valid JSON: YAML's reading (and its error, if any) decides.
    }
    check_flow_depth(file, text)?;
    match serde_yaml::from_str::<Strict>(text) {
        Ok(Strict(v)) => Ok(v),
        Err(e) => {
            let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
            let message = e.to_string();
            // serde_yaml appends " at line L column C"; the location is shown separately.
            let message = match message.find(" at line ") {
                Some(i) => message[..i].to_owned(),
                None => message,
            };
            Err(Diagnostic::InvalidYaml {
                file: file.to_owned(),
                pointer: pointer_before(text, line),
                line,
                column,
                message,
            })
        }
    }
}

/// The deepest flow nesting (`[`, `{`) a YAML text may have before the YAML parser reads it.
///
/// The parser refuses more than 128 levels of any nesting, but only after scanning the whole text,
/// and its scan of flow collections takes time in proportion to their depth for every token:
/// 100,000 levels (100 KB) took 45 s. The check below reads the text once, so deep text is refused
/// in linear time; the margin over 128 keeps the parser's own, more precise, message for
/// documents just over its limit.
pub const MAX_FLOW_DEPTH: usize = 256;

/// Refuses YAML text whose flow collections nest deeper than [`MAX_FLOW_DEPTH`], in one pass.
///
/// Brackets count outside comments and quoted scalars. A quote opens a scalar where YAML starts
/// one (at the start of a line or after a space, `[`, `{`, `,` or `:`), and closes it where YAML
/// can end one (followed by spaces and then `,`, `]`, `}`, `:`, a comment or the end of the
/// line); a single quote doubled is kept. Inside what it takes for a quoted scalar, openers still
/// count (closers do not, until the scalar ends and then only as many as it opened), so that a
/// quote the parser reads as text can make the count higher, never lower.
pub fn check_flow_depth(file: &str, text: &str) -> Result<(), Diagnostic> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut line = 1usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    // The quote that opened the scalar being read, and the brackets it opened and closed.
    let mut quote: Option<u8> = None;
    let (mut opened, mut closed) = (0usize, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        let prev = if i > line_start { bytes[i - 1] } else { b'\n' };
        if b == b'\n' {
            line += 1;
            line_start = i + 1;
        }
        match (quote, b) {
            (Some(q), _) if b == q => {
                if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                if ends_scalar(&bytes[i + 1..]) {
                    quote = None;
                    depth -= closed.min(opened);
                }
            }
            (Some(b'"'), b'\\') => {
                // An escape: the next byte is text (a newline escaped still counts as a line).
                if bytes.get(i + 1) == Some(&b'\n') {
                    line += 1;
                    line_start = i + 2;
                }
                i += 2;
                continue;
            }
            (Some(_), b'[' | b'{') => {
                opened += 1;
                depth += 1;
            }
            (Some(_), b']' | b'}') => closed += 1,
            (Some(_), _) => {}
            (None, b'\'' | b'"')
                if matches!(
                    prev,
                    b'\n' | b'\r' | b' ' | b'\t' | b'[' | b'{' | b',' | b':'
                ) =>
            {
                quote = Some(b);
                (opened, closed) = (0, 0);
            }
            (None, b'#') if matches!(prev, b'\n' | b' ' | b'\t') => {
                // A comment, to the end of the line.
                match bytes[i..].iter().position(|&c| c == b'\n') {
                    Some(n) => {
                        i += n;
                        continue;
                    }
                    None => break,
                }
            }
            (None, b'[' | b'{') => depth += 1,
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_FLOW_DEPTH {
            let column = text[line_start..i].chars().count() + 1;
            return Err(Diagnostic::InvalidYaml {
                file: file.to_owned(),
                pointer: pointer_before(text, line),
                line,
                column,
                message: format!(
                    "flow collections ([...], {{...}}) nest deeper than {MAX_FLOW_DEPTH} levels"
                ),
            });
        }
        i += 1;
    }
    Ok(())
}

/// Whether what follows a closing quote can follow a quoted scalar: spaces, then a flow
/// indicator, `:`, a comment or the end of the line.
fn ends_scalar(rest: &[u8]) -> bool {
    let after = rest.iter().position(|&c| c != b' ' && c != b'\t');
    match after.map(|n| rest[n]) {
        None => true,
        Some(c) => matches!(c, b',' | b']' | b'}' | b':' | b'#' | b'\n' | b'\r'),
    }
}

/// One entry of an overrides file.
#[derive(Debug, Default)]
struct OverrideEntry {
    spec: String,
    pointer: String,
    expect: Value,
    replace: Value,
    reason: String,
    /// What shows the published value wrong; every entry needs one.
    evidence: String,
}

/// The entries of an overrides file: `{overrides: [entry...]}`, each entry with exactly the
/// keys of [`OverrideEntry`].
fn read_overrides(v: &Value) -> Result<Vec<OverrideEntry>, crate::spec::ReadError> {
    use crate::spec::{any, seq, string, Fields};
    let f = Fields::of(v, "struct OverridesFile")?;
    f.deny_unknown(&["overrides"]);
    let overrides = f.req("overrides", |v| {
        seq(v, |e| {
            let f = Fields::of(e, "struct OverrideEntry")?;
            f.deny_unknown(&["spec", "pointer", "expect", "replace", "reason", "evidence"]);
            f.done(OverrideEntry {
                spec: f.req("spec", string),
                pointer: f.req("pointer", string),
                expect: f.req("expect", any),
                replace: f.req("replace", any),
                reason: f.req("reason", string),
                evidence: f.req("evidence", string),
            })
        })
    });
    f.done(overrides)
}

/// Applies the entries of an overrides file that target `spec_file`.
fn apply_overrides(
    cx: &mut Ctxt,
    spec_file: &str,
    raw: &mut Value,
    overrides_file: &str,
    overrides_text: &str,
) -> Vec<AppliedOverride> {
    let value = match read_yaml(overrides_file, overrides_text) {
        Ok(v) => v,
        Err(d) => {
            cx.push(d);
            return Vec::new();
        }
    };
    let entries = match read_overrides(&value) {
        Ok(entries) => entries,
        Err(e) => {
            cx.push(Diagnostic::InvalidOverrides {
                overrides_file: overrides_file.to_owned(),
                pointer: e.pointer(),
                message: e.message,
            });
            return Vec::new();
        }
    };
    let base = spec_file.rsplit('/').next().unwrap_or(spec_file);
    let mut applied = Vec::new();
    for entry in entries {
        if entry.spec != base && entry.spec != spec_file {
            continue;
        }
        match raw.pointer_mut(&entry.pointer) {
            None => cx.push(Diagnostic::OverrideMismatch {
                file: cx.file(),
                pointer: entry.pointer.clone(),
                overrides_file: overrides_file.to_owned(),
                message: "the pointer no longer exists in the spec".to_owned(),
            }),
            Some(slot) if *slot != entry.expect => cx.push(Diagnostic::OverrideMismatch {
                file: cx.file(),
                pointer: entry.pointer.clone(),
                overrides_file: overrides_file.to_owned(),
                message: format!(
                    "the spec now has {} where {} was expected; the upstream spec may be fixed, so review and remove this override",
                    slot, entry.expect
                ),
            }),
            Some(slot) => {
                *slot = entry.replace;
                applied.push(AppliedOverride {
                    pointer: entry.pointer,
                    reason: entry.reason,
                    evidence: entry.evidence,
                    file: overrides_file.to_owned(),
                });
            }
        }
    }
    applied
}

/// Whether media type `media` (with its object `mt`) is of the preview API.
fn is_preview(media: &str, mt: &Value) -> bool {
    mt.get("x-xgen-version").and_then(Value::as_str) == Some("preview")
        || media.contains("vnd.atlas.preview")
}

/// Whether media type `media` names an API version (an Atlas vendor type, or one with
/// `x-xgen-version`).
fn is_versioned(media: &str, mt: &Value) -> bool {
    mt.get("x-xgen-version").is_some() || media.contains("/vnd.atlas.")
}

/// Runs `keep` on each operation object of `raw`'s paths, removing those it answers `false` for.
/// Only object entries change, so every JSON pointer to what stays is unchanged.
fn retain_operations(raw: &mut Value, mut keep: impl FnMut(&mut Map<String, Value>) -> bool) {
    let Some(paths) = raw.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        item.retain(|method, op| match op.as_object_mut() {
            Some(op) if METHODS.contains(&method.as_str()) => keep(op),
            _ => true,
        });
    }
}

/// The `content` maps of an operation's inline request body and responses.
fn contents(op: &mut Map<String, Value>) -> Vec<&mut Map<String, Value>> {
    let mut out = Vec::new();
    for (key, value) in op.iter_mut() {
        match key.as_str() {
            "requestBody" => out.extend(value.get_mut("content").and_then(Value::as_object_mut)),
            "responses" => {
                if let Some(responses) = value.as_object_mut() {
                    for r in responses.values_mut() {
                        out.extend(r.get_mut("content").and_then(Value::as_object_mut));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Gives each operation that has no `responses` an empty one.
fn add_missing_responses(raw: &mut Value) {
    retain_operations(raw, |op| {
        op.entry("responses".to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        true
    });
}

/// Leaves the preview API out of `raw`: each media type of the preview version, and each
/// operation whose versioned media types are all preview ones.
fn drop_preview(raw: &mut Value) {
    retain_operations(raw, |op| {
        let mut preview = false;
        let mut stable = false;
        for content in contents(op) {
            for (media, mt) in content.iter() {
                if is_preview(media, mt) {
                    preview = true;
                } else if is_versioned(media, mt) {
                    stable = true;
                }
            }
        }
        if preview && !stable {
            return false;
        }
        for content in contents(op) {
            content.retain(|media, mt| !is_preview(media, mt));
        }
        true
    });
}

/// Reads an OpenAPI 3.1 document in the 3.0 forms this generator types, in place: a type list
/// with `"null"` is the type and `nullable: true` (a list of several types is no type: untyped
/// JSON); a schema's `examples` list is its first `example`; `const` is a one-value `enum`;
/// numeric `exclusiveMinimum`/`exclusiveMaximum` are the bound with the boolean flag; `webhooks`
/// (requests the API sends, not serves) are left out. Every JSON pointer stays valid. Iterative,
/// so no depth of nesting can overflow the stack.
fn read_31_as_30(raw: &mut Value) {
    if let Some(root) = raw.as_object_mut() {
        root.shift_remove("webhooks");
        root.insert("openapi".to_owned(), Value::String("3.0.3".to_owned()));
    }
    let mut stack: Vec<&mut Value> = vec![raw];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                let is_schema = m.contains_key("type")
                    || m.contains_key("properties")
                    || m.contains_key("items")
                    || m.contains_key("const");
                if let Some(Value::Array(types)) = m.get("type").cloned() {
                    let nullable = types.iter().any(|t| t == "null");
                    let rest: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
                    match rest.as_slice() {
                        [one] => {
                            m.insert("type".to_owned(), one.clone());
                        }
                        _ => {
                            m.shift_remove("type");
                        }
                    }
                    if nullable {
                        m.insert("nullable".to_owned(), Value::Bool(true));
                    }
                }
                if is_schema {
                    if let Some(Value::Array(examples)) = m.get("examples").cloned() {
                        m.shift_remove("examples");
                        if let Some(first) = examples.into_iter().next() {
                            m.entry("example".to_owned()).or_insert(first);
                        }
                    }
                }
                if let Some(c) = m.shift_remove("const") {
                    m.insert("enum".to_owned(), Value::Array(vec![c]));
                }
                for (key, bound) in [
                    ("exclusiveMinimum", "minimum"),
                    ("exclusiveMaximum", "maximum"),
                ] {
                    if let Some(n @ Value::Number(_)) = m.get(key).cloned() {
                        m.insert(bound.to_owned(), n);
                        m.insert(key.to_owned(), Value::Bool(true));
                    }
                }
                stack.extend(m.values_mut());
            }
            Value::Array(a) => stack.extend(a.iter_mut()),
            _ => {}
        }
    }
}

/// Parses spec text into a typed document, applying overrides first.
pub fn parse(
    file: &str,
    text: &str,
    overrides: Option<(&str, &str)>,
) -> Result<Parsed, Diagnostics> {
    parse_selected(file, text, overrides, true, false)
}

/// [`parse`], with the preview API left out unless `preview` (see
/// [`crate::Settings::with_preview`]); `lenient`, an operation without `responses` gets an
/// empty map (which lowering then reports).
pub(crate) fn parse_selected(
    file: &str,
    text: &str,
    overrides: Option<(&str, &str)>,
    preview: bool,
    lenient: bool,
) -> Result<Parsed, Diagnostics> {
    let mut raw = read_yaml(file, text)?;
    let mut cx = Ctxt::new(file);
    if !raw.is_object() {
        let what = match &raw {
            Value::Null => "empty",
            Value::Array(_) => "a list",
            _ => "a scalar",
        };
        return Err(Diagnostic::InvalidDocument {
            file: file.to_owned(),
            pointer: "/".to_owned(),
            message: format!("the document is {what}; an OpenAPI document is a mapping with `openapi`, `info` and `paths`"),
        }
        .into());
    }
    match raw.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") || v == "3.0" => {}
        Some(Value::String(v)) if v.starts_with("3.1.") => read_31_as_30(&mut raw),
        other => {
            let found = match other {
                Some(Value::String(s)) => s.clone(),
                Some(v @ Value::Number(_)) => {
                    format!("{v} (a YAML number: quote it, e.g. openapi: \"3.0.3\")")
                }
                Some(v) => v.to_string(),
                None => "(missing)".to_owned(),
            };
            return Err(Diagnostic::UnsupportedVersion {
                file: file.to_owned(),
                pointer: "/openapi".to_owned(),
                found,
            }
            .into());
        }
    }
    let applied = match overrides {
        Some((ofile, otext)) => apply_overrides(&mut cx, file, &mut raw, ofile, otext),
        None => Vec::new(),
    };
    if cx.has_errors() {
        return Err(cx.check().err().unwrap_or_default());
    }
    if !preview {
        drop_preview(&mut raw);
    }
    if lenient {
        add_missing_responses(&mut raw);
    }
    let doc = match crate::spec::read(&raw) {
        Ok(d) => d,
        Err(e) => {
            return Err(Diagnostic::InvalidDocument {
                file: file.to_owned(),
                pointer: e.pointer(),
                message: e.message,
            }
            .into())
        }
    };
    cx.check()?;
    Ok(Parsed {
        doc,
        raw,
        overrides: applied,
    })
}

#[cfg(test)]
mod pointer_tests {
    use super::pointer_before;

    #[test]
    fn the_pointer_is_the_innermost_key_open_before_the_error_line() {
        let text = "openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters:\n      - name: x\n        in: query\n      - name: y\n        in: [bad\n      responses: {}\n";
        assert_eq!(pointer_before(text, 10), "/paths/~1a/get/parameters/1/in");
        assert_eq!(pointer_before(text, 7), "/paths/~1a/get/parameters/0/name");
        assert_eq!(pointer_before(text, 1), "");
        // Sibling keys restart item numbers; comments and blank lines are skipped.
        let text = "a:\n  - 1\n  - 2\n# note\n\nb:\n  - x: [\n";
        assert_eq!(pointer_before(text, 8), "/b/0/x");
        // JSON text: quoted keys.
        let text = "{\n  \"components\": {\n    \"schemas\": {\n      \"A/B\": {\"type\": \"object\"\n    }\n";
        assert_eq!(pointer_before(text, 5), "/components/schemas/A~1B");
    }
}

#[cfg(test)]
mod overrides_tests {
    use super::{read_overrides, read_yaml};

    #[test]
    fn an_overrides_file_keeps_the_order_of_its_values_and_names_a_fault_in_serde_words() {
        let text = "overrides:\n- {spec: a, pointer: /x, expect: 1, replace: {b: 1, a: 2}, reason: r, evidence: e}\n";
        let entries = read_overrides(&read_yaml("o.yaml", text).unwrap()).unwrap();
        assert_eq!(entries[0].replace.to_string(), r#"{"b":1,"a":2}"#);

        let text =
            "overrides:\n- {spec: a, pointer: /x, expect: 1, replace: 2, reason: r, extra: 1}\n";
        let e = read_overrides(&read_yaml("o.yaml", text).unwrap()).unwrap_err();
        assert_eq!(e.pointer(), "/overrides/0/extra");
        assert_eq!(
            e.message,
            "unknown field `extra`, expected one of `spec`, `pointer`, `expect`, `replace`, `reason`, `evidence`"
        );
    }
}

#[cfg(test)]
mod yaml_tests {
    use super::read_yaml;

    #[test]
    fn yaml_reads_as_json_with_scalar_keys_as_text() {
        let text = "responses:\n  200: {description: ok}\n  true: 1\n  ~: 2\n  1.5: 3\nn: [1, -2, 2.5, .nan, !tagged x]\n";
        let v = read_yaml("f.yaml", text).unwrap();
        assert_eq!(
            v.to_string(),
            r#"{"responses":{"200":{"description":"ok"},"true":1,"null":2,"1.5":3},"n":[1,-2,2.5,null,"x"]}"#
        );
    }

    #[test]
    fn a_key_given_twice_is_an_error_at_its_mapping() {
        let e = read_yaml("f.yaml", "a: 1\nb:\n  c: 1\n  c: 2\n").unwrap_err();
        let text = e.to_string();
        assert!(text.contains("duplicate entry with key \"c\""), "{text}");
        assert!(text.contains("f.yaml:3:3: /b: "), "{text}");
    }
}
