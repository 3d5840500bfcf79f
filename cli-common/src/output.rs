//! Output: standard output that ends quietly when its reader goes, text escaped for the
//! terminal, warnings and errors for stderr.
//!
//! Text meant for people (messages on stderr, table cells) passes through [`escape_controls`]
//! where it is printed, so that text from a server or a file cannot drive the terminal. JSON is
//! left as `serde_json` writes it.

use std::borrow::Cow;
use std::fmt::Write as _;

use atlas_client_runtime::Error;

/// Output format.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JSON (a list is one JSON array of items).
    Json,
    /// An aligned table (the Atlas CLI's `plaintext`).
    #[value(alias = "plaintext")]
    Table,
}

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

/// Like `print!`, through [`write_out`](crate::output::write_out).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::write_out(format_args!($($arg)*))
    };
}

/// Like `println!`, through [`write_out`](crate::output::write_out).
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Whether a terminal may act on `c`: a C0 control, DEL, a C1 control (U+0080-U+009F), or a
/// bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), which reorder
/// the text shown around them.
fn is_terminal_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let acts = |c: char| is_terminal_control(c) && !(keep_newlines && c == '\n');
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !acts(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

/// One line of text for a terminal: every character a terminal acts on (C0 controls, line
/// breaks and tabs included, DEL, C1 controls, bidirectional overrides and isolates) is shown as
/// an escape instead: `\n`, `\r`, `\t`, or `\u{1b}` (the code point in hexadecimal). Other
/// text, backslashes included, is unchanged.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Like [`escape_controls`], but its line feeds are kept: for a message of several lines whose
/// parts from elsewhere were each made one line by [`escape_controls`].
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// Prints `warning: <message>` on stderr, the message made one line.
pub fn warn(message: &str) {
    eprintln!("warning: {}", escape_controls(message));
}

/// An error as a person reads it: status, errorCode, detail and every field violation, one to a
/// line. Each part is one line (its control characters escaped), so that only this function's
/// own line breaks start a line.
pub fn describe_error(e: &Error) -> String {
    let one = |x: &dyn std::fmt::Display| escape_controls(&x.to_string()).into_owned();
    match e {
        Error::Validation(v) => {
            let mut s = "invalid request; nothing was sent:".to_owned();
            for x in &v.violations {
                let _ = write!(
                    s,
                    "\n  {}: {}",
                    one(&x.path.trim_start_matches('/')),
                    one(&x.kind)
                );
            }
            s
        }
        Error::Api { status, error, .. } => {
            let mut s = format!("Atlas answered {status} {}", one(&error.error_code));
            if let Some(d) = &error.detail {
                let _ = write!(s, ": {}", one(d));
            }
            for f in error
                .bad_request_detail
                .iter()
                .flat_map(|b| b.fields.iter().flatten())
            {
                let _ = write!(s, "\n  {}: {}", one(&f.field), one(&f.description));
            }
            s
        }
        other => one(other),
    }
}

/// Rows as aligned columns: each cell padded to its column's widest (in characters), two spaces
/// between columns, no trailing spaces, one line a row. A shorter row leaves its last columns
/// empty.
pub fn columns<R: AsRef<[String]>>(rows: &[R]) -> String {
    let width = rows.iter().map(|r| r.as_ref().len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..width)
        .map(|i| {
            rows.iter()
                .map(|r| r.as_ref().get(i).map_or(0, |c| c.chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let line: Vec<String> = r
            .as_ref()
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_as_escapes_and_other_text_is_kept() {
        assert!(matches!(
            escape_controls("plain text, ünïcödé, C:\\dir"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_controls("\u{1b}]0;x\u{7}\r\n\tend\u{0}\u{7f}\u{85}\u{9b}"),
            r"\u{1b}]0;x\u{7}\r\n\tend\u{0}\u{7f}\u{85}\u{9b}"
        );
        assert_eq!(
            escape_controls("a\u{202a}\u{202e}\u{2066}\u{2069}b\u{200d}"),
            "a\\u{202a}\\u{202e}\\u{2066}\\u{2069}b\u{200d}"
        );
        assert_eq!(escape_lines("one\r\ntwo\u{1b}\n"), "one\\r\ntwo\\u{1b}\n");
        // Escaping twice changes nothing more.
        let once = escape_controls("\u{1b}[2J").into_owned();
        assert_eq!(escape_controls(&once), once);
    }
}
