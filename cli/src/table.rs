//! The export buckets as this program prints them: JSON for scripts, an aligned table for
//! people.

use atlas_cli_common::output::{escape_controls, Format};
use atlas_cli_common::setup::Failure;
use atlas_cli_common::{out, outln};
use serde::Serialize;
use serde_json::Value;

type Out = Result<(), Failure>;

fn to_value<T: Serialize>(v: &T) -> Result<Value, Failure> {
    serde_json::to_value(v).map_err(|e| Failure {
        code: 4,
        message: format!("cannot render the response: {e}"),
    })
}

/// Prints one item.
pub fn one<T: Serialize>(format: Format, item: &T) -> Out {
    let v = to_value(item)?;
    match format {
        Format::Json => outln!("{}", serde_json::to_string_pretty(&v).unwrap_or_default()),
        Format::Table => out!("{}", table(&[v])),
    }
    Ok(())
}

/// Prints a list.
pub fn many<T: Serialize>(format: Format, items: &[T]) -> Out {
    let values = items.iter().map(to_value).collect::<Result<Vec<_>, _>>()?;
    match format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&Value::Array(values)).unwrap_or_default()
        ),
        Format::Table => out!("{}", table(&values)),
    }
    Ok(())
}

fn cell(v: &Value, keys: &[&str]) -> String {
    keys.iter()
        .find_map(|k| v.get(*k))
        .map(|x| match x {
            Value::String(s) => escape_controls(s).into_owned(),
            Value::Null => String::new(),
            other => escape_controls(&other.to_string()).into_owned(),
        })
        .unwrap_or_default()
}

/// An aligned table of export buckets.
pub fn table(items: &[Value]) -> String {
    let header = ["ID", "PROVIDER", "BUCKET", "ROLE", "PRIVATE", "LOCATION"];
    let mut rows: Vec<[String; 6]> = vec![header.map(str::to_owned)];
    for v in items {
        rows.push([
            cell(v, &["_id"]),
            cell(v, &["cloudProvider"]),
            cell(v, &["bucketName"]),
            cell(v, &["iamRoleId", "roleId"]),
            cell(v, &["requirePrivateNetworking"]),
            cell(v, &["region", "serviceUrl"]),
        ]);
    }
    let mut out = atlas_cli_common::output::columns(&rows);
    if items.is_empty() {
        out.push_str("(no export buckets)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_cell_is_one_line_of_text() {
        let t = table(&[serde_json::json!({
            "_id": "id\r\nforged",
            "bucketName": "b\u{1b}[2J",
            "requirePrivateNetworking": true,
            "region": {"nested": "\u{1b}"}
        })]);
        assert_eq!(t.lines().count(), 2, "{t}");
        assert!(!t.contains('\u{1b}') && !t.contains('\r'), "{t:?}");
        assert!(
            t.contains(r"id\r\nforged") && t.contains(r"b\u{1b}[2J"),
            "{t}"
        );
    }
}
