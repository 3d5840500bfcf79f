//! Output: JSON for scripts, a table for people; errors for stderr.

use atlas_export_buckets::Error;
use serde::Serialize;
use serde_json::Value;

/// Output format.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON (a list is one JSON array of items).
    Json,
    /// An aligned table (the Atlas CLI's `plaintext`).
    #[value(alias = "plaintext")]
    Table,
}

type Out = Result<(), super::Failure>;

/// Writes to standard output. When the reader has gone away (`| head`), the program ends quietly
/// with status 0, as Unix tools do; another write error ends it with status 3.
pub fn write_out(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: cannot write to standard output: {e}");
        std::process::exit(3);
    }
}

/// Like `print!`, through [`write_out`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::write_out(format_args!($($arg)*))
    };
}

/// Like `println!`, through [`write_out`].
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {out, outln};

fn to_value<T: Serialize>(v: &T) -> Result<Value, super::Failure> {
    serde_json::to_value(v).map_err(|e| super::Failure {
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
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
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
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    if items.is_empty() {
        out.push_str("(no export buckets)\n");
    }
    out
}

/// An error as a person reads it: status, errorCode, detail and every field violation.
pub fn describe_error(e: &Error) -> String {
    match e {
        Error::Validation(v) => {
            let mut s = "invalid request; nothing was sent:".to_owned();
            for x in &v.violations {
                s.push_str(&format!(
                    "\n  {}: {}",
                    x.path.trim_start_matches('/'),
                    x.kind
                ));
            }
            s
        }
        Error::Api { status, error, .. } => {
            let mut s = format!("Atlas answered {status} {}", error.error_code);
            if let Some(d) = &error.detail {
                s.push_str(&format!(": {d}"));
            }
            for f in error
                .bad_request_detail
                .iter()
                .flat_map(|b| b.fields.iter().flatten())
            {
                s.push_str(&format!("\n  {}: {}", f.field, f.description));
            }
            s
        }
        other => other.to_string(),
    }
}
