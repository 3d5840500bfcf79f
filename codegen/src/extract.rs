//! `atlas-codegen extract`: cut operations and the transitive closure of their `$ref`s out of a
//! full spec, in source order, with a record of where they came from.

use std::collections::BTreeSet;

use crate::json::{Map, Value};

use crate::diagnostics::{escape_pointer_token as esc, Diagnostic, Diagnostics};
use crate::parse::read_yaml;
use crate::spec::METHODS;
use crate::Source;

/// Every operation of a spec: `(operationId, override name, path, method)`.
fn operations(raw: &Value) -> Vec<(String, Option<String>, String, String)> {
    let mut out = Vec::new();
    let Some(paths) = raw.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for m in METHODS {
            if let Some(op) = item.get(m) {
                let id = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let ov = op
                    .get("x-xgen-operation-id-override")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                out.push((id, ov, path.clone(), m.to_owned()));
            }
        }
    }
    out
}

fn close_matches(name: &str, all: &[(String, Option<String>, String, String)]) -> Vec<String> {
    let mut scored: Vec<(f64, String)> = all
        .iter()
        .flat_map(|(id, ov, _, _)| std::iter::once(id.clone()).chain(ov.clone()))
        .map(|candidate| {
            (
                strsim::jaro_winkler(&name.to_lowercase(), &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(score, _)| *score >= 0.85)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(5).map(|(_, c)| c).collect()
}

/// Collects every local `$ref` target under `v`, following them through `root`.
fn collect_refs(root: &Value, v: &Value, seen: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            // Discriminator mappings name schemas without `$ref`.
            let mapped = m
                .get("discriminator")
                .and_then(|d| d.get("mapping"))
                .and_then(Value::as_object)
                .map(|mp| mp.values().filter_map(Value::as_str).collect::<Vec<_>>())
                .unwrap_or_default();
            for r in m
                .get("$ref")
                .and_then(Value::as_str)
                .into_iter()
                .chain(mapped)
            {
                if let Some(ptr) = r.strip_prefix('#') {
                    // Keep the component itself: /components/<section>/<name>.
                    let parts: Vec<&str> = ptr.splitn(5, '/').collect();
                    let key = if parts.len() >= 4 && parts[1] == "components" {
                        format!("/components/{}/{}", parts[2], parts[3])
                    } else {
                        ptr.to_owned()
                    };
                    if seen.insert(key.clone()) {
                        if let Some(target) = root.pointer(&key) {
                            collect_refs(root, target, seen);
                        }
                    }
                }
            }
            for child in m.values() {
                collect_refs(root, child, seen);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| collect_refs(root, c, seen)),
        _ => {}
    }
}

fn security_names(v: Option<&Value>, out: &mut BTreeSet<String>) {
    for req in v.and_then(Value::as_array).into_iter().flatten() {
        if let Some(m) = req.as_object() {
            out.extend(m.keys().cloned());
        }
    }
}

/// Quotes unquoted date-like scalars, which YAML 1.1 readers take for dates.
fn quote_dates(yaml: &str) -> String {
    let is_date = |s: &str| {
        s.len() == 10
            && s.chars().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    let mut out = String::with_capacity(yaml.len());
    for line in yaml.lines() {
        let (head, value) = match line.rfind(": ") {
            Some(i) => (&line[..i + 2], &line[i + 2..]),
            None => match line.trim_start().strip_prefix("- ") {
                Some(v) => (&line[..line.len() - v.len()], v),
                None => (line, ""),
            },
        };
        if is_date(value) {
            out.push_str(head);
            out.push('\'');
            out.push_str(value);
            out.push('\'');
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The `(path, method)` of each name, in the order given; every unknown name is a diagnostic.
fn pick(
    file: &str,
    all: &[(String, Option<String>, String, String)],
    names: &[String],
) -> Result<Vec<(String, String)>, Diagnostics> {
    let mut errors = Vec::new();
    let mut picked: Vec<(String, String)> = Vec::new();
    for name in names {
        match all
            .iter()
            .find(|(id, ov, _, _)| id == name || ov.as_deref() == Some(name.as_str()))
        {
            Some((_, _, path, method)) => {
                if !picked.contains(&(path.clone(), method.clone())) {
                    picked.push((path.clone(), method.clone()));
                }
            }
            None => {
                let near = close_matches(name, all);
                let hint = if near.is_empty() {
                    "no close match".to_owned()
                } else {
                    format!("did you mean {}?", near.join(", "))
                };
                errors.push(Diagnostic::InvalidOperation {
                    file: file.to_owned(),
                    pointer: "/paths".to_owned(),
                    message: format!("no operation named {name:?}: {hint}"),
                });
            }
        }
    }
    if let Some(d) = errors.first().cloned() {
        let mut all_errors = Diagnostics::from(d);
        for e in errors.into_iter().skip(1) {
            all_errors = all_errors.with(e);
        }
        return Err(all_errors);
    }

    Ok(picked)
}

/// The spec's paths, in source order, with only the picked methods; the tags and security
/// schemes those methods use.
fn kept_paths(
    raw: &Value,
    picked: &[(String, String)],
) -> (Value, BTreeSet<String>, BTreeSet<String>) {
    let mut paths = Map::new();
    let mut used_tags = BTreeSet::new();
    let mut schemes = BTreeSet::new();
    security_names(raw.get("security"), &mut schemes);
    if let Some(src) = raw.get("paths").and_then(Value::as_object) {
        for (path, item) in src {
            let Some(item) = item.as_object() else {
                continue;
            };
            if !picked.iter().any(|(p, _)| p == path) {
                continue;
            }
            let mut kept = Map::new();
            for (k, v) in item {
                let is_method = METHODS.contains(&k.as_str());
                if is_method && !picked.contains(&(path.clone(), k.clone())) {
                    continue;
                }
                if is_method {
                    for t in v
                        .get("tags")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        if let Some(t) = t.as_str() {
                            used_tags.insert(t.to_owned());
                        }
                    }
                    security_names(v.get("security"), &mut schemes);
                }
                kept.insert(k.clone(), v.clone());
            }
            paths.insert(path.clone(), Value::Object(kept));
        }
    }
    (Value::Object(paths), used_tags, schemes)
}

/// The components that `refs` reaches, in source order.
fn kept_components(raw: &Value, refs: &BTreeSet<String>) -> Map<String, Value> {
    let mut components = Map::new();
    if let Some(src) = raw.get("components").and_then(Value::as_object) {
        for (section, entries) in src {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            let kept: Map<String, Value> = entries
                .iter()
                .filter(|(name, _)| {
                    refs.contains(&format!("/components/{}/{}", esc(section), esc(name)))
                })
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if !kept.is_empty() {
                components.insert(section.clone(), Value::Object(kept));
            }
        }
    }

    components
}

/// Cuts `names` (operationIds or `x-xgen-operation-id-override` names) out of `source`.
pub fn extract(source: &Source<'_>, names: &[String]) -> Result<String, Diagnostics> {
    let raw = read_yaml(source.file, source.text)?;
    let all = operations(&raw);
    let picked = pick(source.file, &all, names)?;

    let (paths, used_tags, schemes) = kept_paths(&raw, &picked);
    let mut refs = BTreeSet::new();
    collect_refs(&raw, &paths, &mut refs);
    for s in &schemes {
        let key = format!("/components/securitySchemes/{}", esc(s));
        if let Some(target) = raw.pointer(&key) {
            collect_refs(&raw, target, &mut refs);
        }
        refs.insert(key);
    }

    let components = kept_components(&raw, &refs);

    let info = raw.get("info").cloned().unwrap_or(Value::Null);
    let mut record = Map::new();
    record.insert("file".to_owned(), Value::String(source.file.to_owned()));
    if let Some(v) = info.get("version") {
        record.insert("info-version".to_owned(), v.clone());
    }
    if let Some(v) = info.get("x-xgen-sha") {
        record.insert("x-xgen-sha".to_owned(), v.clone());
    }
    record.insert(
        "operations".to_owned(),
        Value::Array(names.iter().cloned().map(Value::String).collect()),
    );

    let mut out = Map::new();
    for (k, v) in raw.as_object().into_iter().flatten() {
        match k.as_str() {
            "paths" => {
                out.insert(k.clone(), paths.clone());
            }
            "components" => {
                out.insert(k.clone(), Value::Object(components.clone()));
            }
            "tags" => {
                let tags: Vec<Value> = v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|t| {
                        t.get("name")
                            .and_then(Value::as_str)
                            .is_some_and(|n| used_tags.contains(n))
                    })
                    .cloned()
                    .collect();
                out.insert(k.clone(), Value::Array(tags));
            }
            "info" => {
                out.insert(k.clone(), v.clone());
                out.insert(
                    "x-fragment-source".to_owned(),
                    Value::Object(record.clone()),
                );
            }
            "x-fragment-source" => {}
            other if other.starts_with("x-") => {}
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    let yaml =
        serde_yaml::to_string(&Value::Object(out)).map_err(|e| Diagnostic::InvalidDocument {
            file: source.file.to_owned(),
            pointer: "/".to_owned(),
            message: format!("cannot write the fragment: {e}"),
        })?;
    Ok(quote_dates(&yaml))
}
