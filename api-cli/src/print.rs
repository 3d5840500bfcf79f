//! An answer printed: JSON as Atlas sent it (pretty), or a table for people. A table's rows are a
//! list's items (the answer itself, or its `results`), its columns their scalar members; an object
//! is a table of its members. Every cell is one line, its control characters escaped.

use atlas_cli_common::output::{escape_controls, Format};
use atlas_cli_common::setup::Failure;
use atlas_cli_common::{out, outln};
use serde_json::Value;

/// The most columns a table shows.
const MAX_COLUMNS: usize = 8;

/// Prints `v` in `format`.
pub fn value(format: Format, v: &Value) -> Result<(), Failure> {
    match format {
        Format::Json => {
            let text = serde_json::to_string_pretty(v).map_err(|e| Failure {
                code: 4,
                message: format!("cannot render the answer: {e}"),
            })?;
            outln!("{text}");
        }
        Format::Table => out!("{}", table(v)),
    }
    Ok(())
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(escape_controls(s).into_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// `v` as an aligned table.
pub fn table(v: &Value) -> String {
    let items = match v {
        Value::Array(a) => Some(a.as_slice()),
        Value::Object(o) => match o.get("results") {
            Some(Value::Array(a)) => Some(a.as_slice()),
            _ => None,
        },
        _ => None,
    };
    let rows: Vec<Vec<String>> = match (items, v) {
        (Some(items), _) => {
            let mut columns: Vec<&str> = Vec::new();
            for item in items {
                if let Value::Object(o) = item {
                    for (k, x) in o {
                        if columns.len() < MAX_COLUMNS
                            && scalar(x).is_some()
                            && !columns.contains(&k.as_str())
                        {
                            columns.push(k);
                        }
                    }
                }
            }
            let mut rows = vec![columns
                .iter()
                .map(|c| escape_controls(c).to_uppercase())
                .collect::<Vec<_>>()];
            for item in items {
                rows.push(
                    columns
                        .iter()
                        .map(|c| item.get(*c).and_then(scalar).unwrap_or_default())
                        .collect(),
                );
            }
            if columns.is_empty() {
                rows = vec![vec!["VALUE".to_owned()]];
                rows.extend(
                    items
                        .iter()
                        .map(|i| vec![scalar(i).unwrap_or_else(|| compact(i))]),
                );
            }
            rows
        }
        (None, Value::Object(o)) => {
            let mut rows = vec![vec!["FIELD".to_owned(), "VALUE".to_owned()]];
            for (k, x) in o {
                rows.push(vec![
                    escape_controls(k).into_owned(),
                    scalar(x).unwrap_or_else(|| compact(x)),
                ]);
            }
            rows
        }
        (None, other) => vec![vec![scalar(other).unwrap_or_else(|| compact(other))]],
    };
    atlas_cli_common::output::columns(&rows)
}

/// A nested value as one line of JSON, escaped.
fn compact(v: &Value) -> String {
    escape_controls(&v.to_string()).into_owned()
}
