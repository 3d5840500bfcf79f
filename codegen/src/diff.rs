//! `atlas-codegen diff OLD NEW`: a typed changelog between two specs, classified for semver.

use std::collections::{BTreeMap, BTreeSet};

use crate::json::Value;
use serde::Serialize;

use crate::diagnostics::{escape_pointer_token as esc, Diagnostics};
use crate::lower::reader::{self, Reading};
use crate::model::Dir;
use crate::parse::parse;
use crate::settings::Source;
use crate::spec::METHODS;

/// How a change affects users of the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Existing code may stop compiling or working: a major version.
    Breaking,
    /// New things, nothing taken away: a minor version.
    Additive,
    /// A deprecation or sunset was added, changed or removed.
    Deprecation,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its class.
    pub class: Class,
    /// A stable kebab-case kind, such as `field-now-required`.
    pub kind: &'static str,
    /// JSON pointer into the new spec (or the old one, for removals).
    pub pointer: String,
    /// What changed.
    pub message: String,
}

struct Spec {
    raw: Value,
    /// The generator's reading of its schemas ([`crate::lower::reader`]): directions, and
    /// properties merged through `allOf` with the readOnly/writeOnly rules of the generated types.
    reading: Reading,
}

/// One body of an operation: a media type of its request body (`status` is `None`) or of one of
/// its responses.
struct Body<'a> {
    status: Option<&'a str>,
    media: &'a str,
    /// The media type object (`schema`, `x-sunset`, ...).
    object: &'a Value,
    /// Its `schema`, relative to the operation.
    pointer: String,
}

impl Spec {
    fn read(source: &Source<'_>) -> Result<Spec, Diagnostics> {
        let parsed = parse(source.file, source.text, None)?;
        let reading = reader::read(source.file, &parsed);
        Ok(Spec {
            raw: parsed.raw,
            reading,
        })
    }

    fn ops(&self) -> BTreeMap<String, (String, String, &Value)> {
        let mut out = BTreeMap::new();
        for (path, item) in self
            .raw
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            for m in METHODS {
                if let Some(op) = item.get(m) {
                    let id = op
                        .get("operationId")
                        .and_then(Value::as_str)
                        .map_or_else(|| format!("{} {path}", m.to_uppercase()), str::to_owned);
                    out.insert(id, (path.clone(), m.to_owned(), op));
                }
            }
        }
        out
    }

    /// Every body of an operation: the request body's media types, then each response's.
    fn bodies<'a>(&'a self, op: &'a Value) -> Vec<Body<'a>> {
        let mut out = Vec::new();
        for (media, object) in op
            .pointer("/requestBody/content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            out.push(Body {
                status: None,
                media,
                object,
                pointer: format!("/requestBody/content/{}/schema", esc(media)),
            });
        }
        for (status, r) in op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            for (media, object) in self
                .resolve(r)
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                out.push(Body {
                    status: Some(status),
                    media,
                    object,
                    pointer: format!("/responses/{status}/content/{}/schema", esc(media)),
                });
            }
        }
        out
    }

    fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        let mut cur = v;
        for _ in 0..16 {
            match cur
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
            {
                Some(p) => match self.raw.pointer(p) {
                    Some(t) => cur = t,
                    None => return cur,
                },
                None => return cur,
            }
        }
        cur
    }

    /// Schema names the operations reach in direction `dir`, as the generator reads them.
    fn reachable(&self, dir: Dir) -> BTreeSet<String> {
        self.reading
            .dirs
            .iter()
            .filter(|(_, d)| (dir.request && d.request) || (dir.response && d.response))
            .map(|(name, _)| name.clone())
            .collect()
    }

    fn error_codes(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut stack = vec![&self.raw];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(m) => {
                    if let Some(Value::String(c)) = m.get("errorCode") {
                        out.insert(c.clone());
                    }
                    stack.extend(m.values());
                }
                Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
        out
    }
}

fn num(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

fn type_of(spec: &Spec, v: &Value) -> String {
    if let Some(r) = v.get("$ref").and_then(Value::as_str) {
        return r.to_owned();
    }
    let v = spec.resolve(v);
    let t = v.get("type").and_then(Value::as_str).unwrap_or("any");
    match (t, v.get("format").and_then(Value::as_str)) {
        ("array", _) => format!(
            "array of {}",
            v.get("items")
                .map_or("any".to_owned(), |i| type_of(spec, i))
        ),
        (t, Some(f)) => format!("{t} ({f})"),
        (t, None) => t.to_owned(),
    }
}

struct Diff<'a> {
    old: &'a Spec,
    new: &'a Spec,
    out: Vec<Change>,
}

impl Diff<'_> {
    fn push(&mut self, class: Class, kind: &'static str, pointer: String, message: String) {
        self.out.push(Change {
            class,
            kind,
            pointer,
            message,
        });
    }

    /// A change of `deprecated` on one schema or operation; `subject` prefixes the message.
    fn deprecation(&mut self, old: &Value, new: &Value, ptr: &str, subject: &str) {
        if old.get("deprecated") != new.get("deprecated") {
            let now = new.get("deprecated") == Some(&Value::Bool(true));
            self.push(
                Class::Deprecation,
                if now { "deprecated" } else { "undeprecated" },
                ptr.to_owned(),
                format!("{subject}deprecated: {now}"),
            );
        }
    }

    /// Constraint changes on one schema, classified by direction.
    fn constraints(&mut self, ptr: &str, old: &Value, new: &Value, dir: Dir) {
        let (o, n) = (self.old.resolve(old), self.new.resolve(new));
        // (keyword, a larger value is looser)
        for (k, larger_is_looser) in [
            ("maxLength", true),
            ("maximum", true),
            ("maxItems", true),
            ("minLength", false),
            ("minimum", false),
            ("minItems", false),
        ] {
            let (a, b) = (num(o, k), num(n, k));
            if a == b {
                continue;
            }
            let looser = match (a, b) {
                (Some(a), Some(b)) => (b > a) == larger_is_looser,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => continue,
            };
            let show = |x: Option<f64>| x.map_or("none".to_owned(), |x| x.to_string());
            let what = format!("{k} {} -> {}", show(a), show(b));
            self.constraint_change(ptr, looser, what, dir);
        }
        let (pa, pb) = (
            o.get("pattern").and_then(Value::as_str),
            n.get("pattern").and_then(Value::as_str),
        );
        if pa != pb {
            let looser = pb.is_none();
            self.constraint_change(ptr, looser, format!("pattern {pa:?} -> {pb:?}"), dir);
        }
        let ea: BTreeSet<&str> = o
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let eb: BTreeSet<&str> = n
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for gone in ea.difference(&eb) {
            self.push(
                Class::Breaking,
                "enum-value-removed",
                ptr.to_owned(),
                format!("enum value {gone:?} removed"),
            );
        }
        for added in eb.difference(&ea) {
            if !ea.is_empty() {
                self.push(
                    Class::Additive,
                    "enum-value-added",
                    ptr.to_owned(),
                    format!("enum value {added:?} added"),
                );
            }
        }
        self.deprecation(o, n, ptr, "");
    }

    fn constraint_change(&mut self, ptr: &str, looser: bool, what: String, dir: Dir) {
        let (class, kind) = match (dir.request, looser) {
            (true, false) => (Class::Breaking, "request-constraint-tightened"),
            (true, true) => (Class::Additive, "request-constraint-loosened"),
            (false, true) => (Class::Breaking, "response-constraint-loosened"),
            (false, false) => (Class::Additive, "response-constraint-tightened"),
        };
        self.push(class, kind, ptr.to_owned(), what);
    }

    fn schemas(&mut self) {
        let (req, resp) = (
            self.new.reachable(Dir::REQUEST),
            self.new.reachable(Dir::RESPONSE),
        );
        let (old_req, old_resp) = (
            self.old.reachable(Dir::REQUEST),
            self.old.reachable(Dir::RESPONSE),
        );
        let olds = self
            .old
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let news = self
            .new
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (name, o) in &olds {
            let ptr = format!("/components/schemas/{}", esc(name));
            let Some(n) = news.get(name) else {
                if old_req.contains(name) || old_resp.contains(name) {
                    self.push(
                        Class::Breaking,
                        "schema-removed",
                        ptr,
                        format!("schema {name} removed"),
                    );
                }
                continue;
            };
            let dirs: Vec<Dir> = [
                (Dir::REQUEST, req.contains(name)),
                (Dir::RESPONSE, resp.contains(name)),
            ]
            .into_iter()
            .filter_map(|(d, yes)| yes.then_some(d))
            .collect();
            self.providers(name, &ptr, o, n);
            self.fields(name, &dirs);
            // Constraints on the schema itself (enums, scalar aliases).
            for d in &dirs {
                self.constraints(&ptr, o, n, *d);
            }
        }
        for name in news.keys().filter(|n| !olds.contains_key(*n)) {
            if req.contains(name) || resp.contains(name) {
                self.push(
                    Class::Additive,
                    "schema-added",
                    format!("/components/schemas/{}", esc(name)),
                    format!("schema {name} added"),
                );
            }
        }
    }

    /// Discriminator mappings: providers. The transformed spec flattens variants and keeps their
    /// mapping in `x-xgen-discriminator` (each value lists the variant's properties instead of
    /// naming a schema).
    fn providers(&mut self, name: &str, ptr: &str, o: &Value, n: &Value) {
        let map = |v: &Value| -> BTreeMap<String, (&'static str, String)> {
            let mut out = BTreeMap::new();
            for key in ["discriminator", "x-xgen-discriminator"] {
                for (k, target) in v
                    .pointer(&format!("/{key}/mapping"))
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let shown = target
                        .as_str()
                        .map_or_else(|| "flattened properties".to_owned(), str::to_owned);
                    out.entry(k.clone()).or_insert((key, shown));
                }
            }
            out
        };
        let (mo, mn) = (map(o), map(n));
        for (k, (key, _)) in mo.iter().filter(|(k, _)| !mn.contains_key(*k)) {
            self.push(
                Class::Breaking,
                "provider-removed",
                format!("{ptr}/{key}/mapping/{}", esc(k)),
                format!("{name}: variant {k:?} removed"),
            );
        }
        for (k, (key, target)) in mn.iter().filter(|(k, _)| !mo.contains_key(*k)) {
            self.push(
                Class::Additive,
                "provider-added",
                format!("{ptr}/{key}/mapping/{}", esc(k)),
                format!("{name}: new variant {k:?} ({target})"),
            );
        }
    }

    /// The properties of schema `name` (merged through `allOf`), in the directions it travels:
    /// a property a direction does not carry (a `readOnly` one in requests, a `writeOnly` one in
    /// responses) is not compared there.
    fn fields(&mut self, name: &str, dirs: &[Dir]) {
        let empty = reader::Object::default();
        let (old, new) = (self.old, self.new);
        let ob = old.reading.objects.get(name).unwrap_or(&empty);
        let nb = new.reading.objects.get(name).unwrap_or(&empty);
        let ptr = format!("/components/schemas/{}", esc(name));
        // The generated type's own direction: a readOnly or writeOnly property of a type used
        // both ways is never required there (`Dir::requires`), so no change of it breaks.
        let dir = dirs.iter().fold(Dir::default(), |a, d| a.union(*d));
        let required_in = |d: Dir, q: &reader::Property| {
            (dir.request && d.request || dir.response && d.response)
                && d.carries(q.read_only, q.write_only)
                && dir.requires(true, q.read_only, q.write_only)
        };
        for p in &ob.properties {
            let pptr = format!("{ptr}/properties/{}", esc(&p.name));
            let Some(q) = nb.properties.iter().find(|q| q.name == p.name) else {
                self.push(
                    Class::Breaking,
                    "field-removed",
                    pptr,
                    format!("{name}.{} removed", p.name),
                );
                continue;
            };
            let (Some(pv), Some(nv)) = (old.raw.pointer(&p.pointer), new.raw.pointer(&q.pointer))
            else {
                continue;
            };
            let (to, tn) = (type_of(old, pv), type_of(new, nv));
            if to != tn {
                self.push(
                    Class::Breaking,
                    "type-changed",
                    pptr.clone(),
                    format!("{name}.{}: {to} -> {tn}", p.name),
                );
            }
            for d in dirs {
                if d.carries(q.read_only, q.write_only) {
                    self.constraints(&pptr, pv, nv, *d);
                }
            }
            let in_requests = required_in(Dir::REQUEST, q);
            let in_responses = required_in(Dir::RESPONSE, q);
            match (ob.required.contains(&p.name), nb.required.contains(&q.name)) {
                (false, true) if in_requests => self.push(
                    Class::Breaking,
                    "field-now-required",
                    pptr,
                    format!("{name}.{} is now required in requests", p.name),
                ),
                (true, false) if in_responses => self.push(
                    Class::Breaking,
                    "field-now-optional",
                    pptr,
                    format!("{name}.{} may now be absent in responses", p.name),
                ),
                _ => {}
            }
        }
        for q in nb
            .properties
            .iter()
            .filter(|q| !ob.properties.iter().any(|p| p.name == q.name))
        {
            let pptr = format!("{ptr}/properties/{}", esc(&q.name));
            let in_requests = required_in(Dir::REQUEST, q);
            if nb.required.contains(&q.name) && in_requests {
                self.push(
                    Class::Breaking,
                    "required-field-added",
                    pptr,
                    format!("{name}.{} is a new required request field", q.name),
                );
            } else {
                self.push(
                    Class::Additive,
                    "field-added",
                    pptr,
                    format!("{name}.{} added", q.name),
                );
            }
        }
    }

    fn operations(&mut self) {
        let (oo, no) = (self.old.ops(), self.new.ops());
        for (id, (path, m, _)) in &oo {
            if !no.contains_key(id) {
                self.push(
                    Class::Breaking,
                    "operation-removed",
                    format!("/paths/{}/{m}", esc(path)),
                    format!("operation {id} ({} {path}) removed", m.to_uppercase()),
                );
            }
        }
        for (id, (path, m, nop)) in &no {
            let ptr = format!("/paths/{}/{m}", esc(path));
            let Some((_, _, oop)) = oo.get(id) else {
                self.push(
                    Class::Additive,
                    "operation-added",
                    ptr,
                    format!("operation {id} ({} {path}) added", m.to_uppercase()),
                );
                continue;
            };
            self.media_changes(id, &ptr, oop, nop);
            self.body_changes(id, &ptr, oop, nop);
            self.deprecation(oop, nop, &ptr, &format!("{id}: "));
            self.parameter_changes(id, &ptr, oop, nop);
        }
    }

    /// Media types (versions) added or removed, and sunsets of success responses.
    fn media_changes(&mut self, id: &str, ptr: &str, oop: &Value, nop: &Value) {
        let medias = |spec: &Spec, op: &Value| -> BTreeMap<String, Option<String>> {
            let mut out = BTreeMap::new();
            for body in spec.bodies(op) {
                match body.status {
                    None => {
                        out.entry(body.media.to_owned()).or_insert(None);
                    }
                    Some(status) if status.starts_with('2') => {
                        let sunset = body
                            .object
                            .get("x-sunset")
                            .and_then(Value::as_str)
                            .map(str::to_owned);
                        let e = out.entry(body.media.to_owned()).or_insert(None);
                        if sunset.is_some() {
                            *e = sunset;
                        }
                    }
                    Some(_) => {}
                }
            }
            out
        };
        let (mo, mn) = (medias(self.old, oop), medias(self.new, nop));
        for (media, sunset) in &mo {
            match mn.get(media) {
                None => self.push(
                    Class::Breaking,
                    "version-removed",
                    ptr.to_owned(),
                    format!("{id}: media type {media} removed"),
                ),
                Some(ns) if ns != sunset => {
                    let kind = match (sunset, ns) {
                        (None, Some(_)) => "sunset-added",
                        (Some(_), None) => "sunset-removed",
                        _ => "sunset-changed",
                    };
                    self.push(
                        Class::Deprecation,
                        kind,
                        ptr.to_owned(),
                        format!("{id}: {media} x-sunset {sunset:?} -> {ns:?}"),
                    );
                }
                _ => {}
            }
        }
        for media in mn.keys().filter(|m| !mo.contains_key(*m)) {
            self.push(
                Class::Additive,
                "version-added",
                ptr.to_owned(),
                format!("{id}: media type {media} added"),
            );
        }
    }

    /// The schema behind each body, per media type.
    fn body_changes(&mut self, id: &str, ptr: &str, oop: &Value, nop: &Value) {
        let bodies = |spec: &Spec, op: &Value| -> BTreeMap<String, String> {
            spec.bodies(op)
                .into_iter()
                .filter_map(|b| Some((b.pointer, type_of(spec, b.object.get("schema")?))))
                .collect()
        };
        let (bo, bn) = (bodies(self.old, oop), bodies(self.new, nop));
        for (at, to) in &bo {
            if let Some(tn) = bn.get(at).filter(|tn| *tn != to) {
                self.push(
                    Class::Breaking,
                    "body-type-changed",
                    format!("{ptr}{at}"),
                    format!("{id}: the body at {at} changed type: {to} -> {tn}"),
                );
            }
        }
    }

    /// Parameters by (name, in): removed, added, now required, retyped, constraints.
    fn parameter_changes(&mut self, id: &str, ptr: &str, oop: &Value, nop: &Value) {
        let params = |spec: &Spec, op: &Value| -> BTreeMap<(String, String), Value> {
            op.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|p| spec.resolve(p).clone())
                // Header parameters the generated code leaves out (the client sets them).
                .filter(|p| {
                    !(p.get("in") == Some(&Value::from("header"))
                        && p.get("name")
                            .and_then(Value::as_str)
                            .is_some_and(crate::lower::is_client_header))
                })
                .filter_map(|p| {
                    Some((
                        (
                            p.get("name")?.as_str()?.to_owned(),
                            p.get("in")?.as_str()?.to_owned(),
                        ),
                        p,
                    ))
                })
                .collect()
        };
        let (po, pn) = (params(self.old, oop), params(self.new, nop));
        for ((name, loc), p) in &po {
            let pptr = format!("{ptr}/parameters/{name}");
            match pn.get(&(name.clone(), loc.clone())) {
                None => self.push(
                    Class::Breaking,
                    "parameter-removed",
                    pptr,
                    format!("{id}: {loc} parameter {name} removed"),
                ),
                Some(q) => {
                    let req = |v: &Value| v.get("required") == Some(&Value::Bool(true));
                    if !req(p) && req(q) {
                        self.push(
                            Class::Breaking,
                            "parameter-now-required",
                            pptr.clone(),
                            format!("{id}: {loc} parameter {name} is now required"),
                        );
                    }
                    if let (Some(a), Some(b)) = (p.get("schema"), q.get("schema")) {
                        let (ta, tb) = (type_of(self.old, a), type_of(self.new, b));
                        if ta != tb {
                            self.push(
                                Class::Breaking,
                                "parameter-type-changed",
                                pptr.clone(),
                                format!("{id}: {loc} parameter {name}: {ta} -> {tb}"),
                            );
                        }
                        self.constraints(&pptr, a, b, Dir::REQUEST);
                    }
                }
            }
        }
        for ((name, loc), q) in &pn {
            if !po.contains_key(&(name.clone(), loc.clone())) {
                let required = q.get("required") == Some(&Value::Bool(true));
                let (class, kind) = if required {
                    (Class::Breaking, "required-parameter-added")
                } else {
                    (Class::Additive, "parameter-added")
                };
                self.push(
                    class,
                    kind,
                    format!("{ptr}/parameters/{name}"),
                    format!("{id}: {loc} parameter {name} added"),
                );
            }
        }
    }
}

/// The changes from `old` to `new`, breaking first.
pub fn diff(old: &Source<'_>, new: &Source<'_>) -> Result<Vec<Change>, Diagnostics> {
    let o = Spec::read(old)?;
    let n = Spec::read(new)?;
    let mut d = Diff {
        old: &o,
        new: &n,
        out: Vec::new(),
    };
    d.operations();
    d.schemas();
    let (eo, en) = (o.error_codes(), n.error_codes());
    for code in en.difference(&eo) {
        d.push(
            Class::Additive,
            "error-code-added",
            "/".to_owned(),
            format!("errorCode {code} appears in the examples"),
        );
    }
    let mut out = d.out;
    out.sort_by(|a, b| {
        a.class
            .cmp(&b.class)
            .then_with(|| a.pointer.cmp(&b.pointer))
            .then_with(|| a.message.cmp(&b.message))
    });
    out.dedup();
    Ok(out)
}

/// The semver bump the changes call for.
pub fn semver(changes: &[Change]) -> &'static str {
    if changes.iter().any(|c| c.class == Class::Breaking) {
        "major"
    } else if changes.iter().any(|c| c.class == Class::Additive) {
        "minor"
    } else if changes.is_empty() {
        "none"
    } else {
        "patch"
    }
}

/// A human-readable changelog.
pub fn render_text(changes: &[Change]) -> String {
    let mut s = String::new();
    for (class, title) in [
        (Class::Breaking, "Breaking"),
        (Class::Additive, "Additive"),
        (Class::Deprecation, "Deprecation and sunset"),
    ] {
        let items: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
        if items.is_empty() {
            continue;
        }
        s.push_str(&format!("{title} ({}):\n", items.len()));
        for c in items {
            s.push_str(&format!(
                "  - [{}] {}\n      at {}\n",
                c.kind, c.message, c.pointer
            ));
        }
    }
    s.push_str(&format!("semver: {}\n", semver(changes)));
    s
}

/// The changelog as JSON.
pub fn render_json(changes: &[Change]) -> String {
    let pick = |class| {
        changes
            .iter()
            .filter(|c| c.class == class)
            .collect::<Vec<_>>()
    };
    // Serialized straight from a struct, so the keys keep this order.
    #[derive(serde::Serialize)]
    struct Changelog<'a> {
        semver: &'a str,
        breaking: Vec<&'a Change>,
        additive: Vec<&'a Change>,
        deprecation: Vec<&'a Change>,
    }
    let v = Changelog {
        semver: semver(changes),
        breaking: pick(Class::Breaking),
        additive: pick(Class::Additive),
        deprecation: pick(Class::Deprecation),
    };
    serde_json::to_string_pretty(&v).unwrap_or_default()
}
