//! Requests built from the spec: each parameter's and body's example, or the smallest value its
//! schema accepts. Shared by `tests/prism_all.rs` and `atlas-api`'s Prism sample.

use std::collections::HashMap;

use atlas_client_runtime::operation::{OperationDescriptor, ParameterLocation};
use serde_json::{json, Map, Value};

/// Values built from the spec: its examples, or the smallest valid value of a schema.
pub struct Values<'a> {
    /// The spec, as JSON.
    pub doc: &'a Value,
}

/// How deep a value is built before the rest is left out (a recursive schema's required
/// property would otherwise never end).
const MAX_DEPTH: usize = 12;

impl<'a> Values<'a> {
    /// `v` with `$ref`s followed (within the document), and the name of the last schema followed.
    pub fn resolve(&self, mut v: &'a Value) -> (&'a Value, Option<&'a str>) {
        let mut name = None;
        for _ in 0..32 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(target) = r.strip_prefix('#').and_then(|p| self.doc.pointer(p)) else {
                break;
            };
            name = r.rsplit('/').next();
            v = target;
        }
        (v, name)
    }

    /// The first example a parameter, media type or schema gives (`example`, then the first of
    /// `examples`).
    pub fn example(&self, v: &'a Value) -> Option<Value> {
        if let Some(e) = v.get("example") {
            return Some(e.clone());
        }
        let examples = v.get("examples")?.as_object()?;
        let first = self.resolve(examples.values().next()?).0;
        first.get("value").cloned()
    }

    /// The smallest valid value of `schema`, taking each schema's own example where it has one.
    pub fn of_schema(&self, schema: &'a Value, depth: usize) -> Value {
        let (s, name) = self.resolve(schema);
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(e) = self.example(s) {
            return e;
        }
        if let Some(first) = s
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
        {
            return first.clone();
        }
        // A discriminator parent is read through its mapping: the first variant, tagged.
        if let Some((key, target)) = self.first_mapping(s) {
            if s.get("oneOf").is_none() {
                let mut v = self.of_schema(target, depth + 1);
                if let (Some(o), Some(p)) = (v.as_object_mut(), self.tag_property(s)) {
                    o.insert(p.to_owned(), Value::String(key.to_owned()));
                }
                return v;
            }
        }
        if let Some(alt) = s
            .get("oneOf")
            .or_else(|| s.get("anyOf"))
            .and_then(Value::as_array)
            .and_then(|a| a.first())
        {
            return self.of_schema(alt, depth + 1);
        }
        let kind = s.get("type").and_then(Value::as_str);
        if s.get("allOf").is_some() || s.get("properties").is_some() || kind == Some("object") {
            let mut out = Map::new();
            self.object_fields(s, name, depth, &mut out);
            return Value::Object(out);
        }
        match kind {
            Some("array") => {
                let n = s.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let item = s.get("items").unwrap_or(&Value::Null);
                Value::Array((0..n).map(|_| self.of_schema(item, depth + 1)).collect())
            }
            Some("string") => Value::String(string_value(s)),
            Some("integer") => json!(number_value(s) as i64),
            Some("number") => json!(number_value(s)),
            Some("boolean") => Value::Bool(false),
            _ => json!({}),
        }
    }

    /// The required, writable properties of an object schema (and of its `allOf` members), with
    /// the discriminator tag of a mapped variant set to its mapping key.
    fn object_fields(
        &self,
        s: &'a Value,
        name: Option<&str>,
        depth: usize,
        out: &mut Map<String, Value>,
    ) {
        for member in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (m, member_name) = self.resolve(member);
            self.object_fields(m, member_name, depth, out);
            // A variant's `allOf` names its discriminator parent: the tag is the variant's key.
            if let (Some(p), Some(variant)) = (self.tag_property(m), name) {
                if let Some(key) = self.mapping_key(m, variant) {
                    out.insert(p.to_owned(), Value::String(key.to_owned()));
                }
            }
        }
        let required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let props = s.get("properties").and_then(Value::as_object);
        for r in required {
            let Some(prop) = props.and_then(|p| p.get(r)) else {
                continue;
            };
            let (resolved, _) = self.resolve(prop);
            if resolved.get("readOnly") == Some(&Value::Bool(true)) {
                continue;
            }
            out.insert(r.to_owned(), self.of_schema(prop, depth + 1));
        }
    }

    fn tag_property(&self, s: &'a Value) -> Option<&'a str> {
        s.get("discriminator")?.get("propertyName")?.as_str()
    }

    fn first_mapping(&self, s: &'a Value) -> Option<(&'a str, &'a Value)> {
        let (key, target) = s
            .get("discriminator")?
            .get("mapping")?
            .as_object()?
            .iter()
            .next()?;
        let r = target.as_str()?;
        let target = self.doc.pointer(r.strip_prefix('#')?)?;
        Some((key.as_str(), target))
    }

    fn mapping_key(&self, parent: &'a Value, variant: &str) -> Option<&'a str> {
        let mapping = parent.get("discriminator")?.get("mapping")?.as_object()?;
        mapping
            .iter()
            .find(|(_, r)| r.as_str().and_then(|r| r.rsplit('/').next()) == Some(variant))
            .map(|(k, _)| k.as_str())
    }

    /// A parameter's value: its example, or its schema's smallest valid value.
    pub fn parameter(&self, p: &'a Value) -> Value {
        if let Some(e) = self.example(p) {
            return e;
        }
        let schema = p.get("schema").unwrap_or(&Value::Null);
        let (resolved, _) = self.resolve(schema);
        match self.of_schema(schema, 0) {
            // A path segment cannot be empty.
            Value::String(s) if s.is_empty() => Value::String("a".to_owned()),
            // An empty array is not sent at all: a required one needs an item.
            Value::Array(a) if a.is_empty() => {
                let item = resolved.get("items").unwrap_or(&Value::Null);
                Value::Array(vec![self.of_schema(item, 1)])
            }
            v => v,
        }
    }
}

fn number_value(s: &Value) -> f64 {
    let min = s.get("minimum").and_then(Value::as_f64);
    let exclusive = s.get("exclusiveMinimum") == Some(&Value::Bool(true));
    match min {
        Some(m) if exclusive => m + 1.0,
        Some(m) => m,
        None => {
            let max = s.get("maximum").and_then(Value::as_f64);
            max.map_or(0.0, |m| m.min(0.0))
        }
    }
}

/// A string the schema accepts: a pattern's shortest match, else one for the format, else
/// `minLength` (at least one) letters.
fn string_value(s: &Value) -> String {
    let min = s
        .get("minLength")
        .and_then(Value::as_u64)
        .unwrap_or(1)
        .max(1);
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        if let Some(m) = shortest_match(p, min as usize) {
            return m;
        }
    }
    let format = s.get("format").and_then(Value::as_str).unwrap_or("");
    match format {
        "date-time" => "2024-01-01T00:00:00Z".to_owned(),
        "date" => "2024-01-01".to_owned(),
        "email" => "user@example.com".to_owned(),
        "uri" | "url" => "https://example.com".to_owned(),
        "uuid" => "00000000-0000-0000-0000-000000000000".to_owned(),
        "ipv4" => "192.0.2.1".to_owned(),
        "ipv6" => "2001:db8::1".to_owned(),
        _ => "a".repeat(min as usize),
    }
}

/// The shortest string of at least `min_len` characters that a regular expression matches
/// (anchors ignored, the first alternative and each class's first character taken; the first
/// open-ended repetitions repeat until the string is long enough), or `None` when the syntax is
/// not supported.
fn shortest_match(pattern: &str, min_len: usize) -> Option<String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    /// `wanted`: characters still missing, taken by open-ended repetitions.
    fn walk(h: &Hir, out: &mut String, wanted: &mut usize) -> Option<()> {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(l) => out.push_str(std::str::from_utf8(&l.0).ok()?),
            HirKind::Class(Class::Unicode(c)) => out.push(c.ranges().first()?.start()),
            HirKind::Class(Class::Bytes(c)) => out.push(char::from(c.ranges().first()?.start())),
            HirKind::Repetition(r) => {
                for _ in 0..r.min {
                    walk(&r.sub, out, wanted)?;
                }
                let mut n = r.min;
                while *wanted > 0 && r.max.is_none_or(|max| n < max) {
                    let before = out.chars().count();
                    walk(&r.sub, out, &mut 0)?;
                    let added = out.chars().count() - before;
                    if added == 0 {
                        break;
                    }
                    *wanted = wanted.saturating_sub(added);
                    n += 1;
                }
            }
            HirKind::Capture(c) => walk(&c.sub, out, wanted)?,
            HirKind::Concat(items) => {
                for i in items {
                    walk(i, out, wanted)?;
                }
            }
            HirKind::Alternation(alts) => walk(alts.first()?, out, wanted)?,
        }
        Some(())
    }
    let hir = regex_syntax::parse(pattern).ok()?;
    let mut out = String::new();
    // The shortest match first: only what it lacks is asked of the repetitions.
    walk(&hir, &mut out, &mut 0)?;
    let short = out.chars().count();
    if short < min_len {
        out.clear();
        walk(&hir, &mut out, &mut (min_len - short))?;
    }
    Some(out)
}

#[test]
fn shortest_matches() {
    assert_eq!(
        shortest_match("^([a-f0-9]{24})$", 1).unwrap(),
        "0".repeat(24)
    );
    assert_eq!(
        shortest_match("^[a-zA-Z0-9][a-zA-Z0-9-]*$", 1).unwrap(),
        "0"
    );
    assert_eq!(shortest_match("^[a-z ]*$", 3).unwrap(), "   ");
    assert_eq!(
        shortest_match("^vpce-[0-9a-f]{17}|^x", 1).unwrap(),
        "vpce-00000000000000000"
    );
    assert_eq!(shortest_match("(?!a)b", 1), None);
}

/// The spec's operation objects, by `operationId`.
pub fn spec_operations(doc: &Value) -> HashMap<&str, &Value> {
    doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| item.iter())
        .filter(|(method, _)| *method != "parameters")
        .filter_map(|(_, op)| Some((op["operationId"].as_str()?, op)))
        .collect()
}

/// The required settable parameters of `d`, by wire name, and the body, built from the spec.
pub fn request_of(values: &Values<'_>, op: &Value, d: &OperationDescriptor) -> (Value, Value) {
    let mut params = Map::new();
    let all: Vec<&Value> = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| values.resolve(p).0)
        .collect();
    for p in all.iter().copied() {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            continue;
        };
        let location = match p.get("in").and_then(Value::as_str) {
            Some("path") => ParameterLocation::Path,
            Some("query") => ParameterLocation::Query,
            Some("header") => ParameterLocation::Header,
            _ => continue,
        };
        let declared = d
            .parameters
            .iter()
            .find(|x| x.name == name && x.location == location);
        if !declared.is_some_and(|x| x.settable && x.required) {
            continue;
        }
        // A name two locations share is read as `path.id`, `query.id` (see the operation index).
        let shared = all
            .iter()
            .filter(|q| q.get("name") == p.get("name"))
            .count()
            > 1;
        let key = if shared {
            format!("{}.{name}", p["in"].as_str().unwrap_or_default())
        } else {
            name.to_owned()
        };
        params.insert(key, values.parameter(p));
    }
    let body = match d.content_type {
        None => Value::Null,
        Some(media) => {
            let (rb, _) = values.resolve(op.get("requestBody").unwrap_or(&Value::Null));
            let content = &rb["content"][media];
            values
                .example(content)
                .unwrap_or_else(|| values.of_schema(&content["schema"], 0))
        }
    };
    (Value::Object(params), body)
}
