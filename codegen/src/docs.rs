//! Spec text -> rustdoc-safe doc lines.
//!
//! Spec text is untrusted: rustdoc runs every Rust code block of a doc comment as a test, so no
//! spec text may make one. [`doc_lines`] gives markdown whose only code blocks are its own
//! `text` fences: a spec's code block of any kind (backtick or tilde fence, indented, inside a
//! list item) becomes one, and every other line starts at its block's margin with nothing that
//! opens a block (a list marker is normalised, a nested one escaped; `>` and `<` are entities).
//! [`code`], [`text`] and [`url`] render spec text inside a line the generator writes itself.
//! Every line is one line: control characters are shown escaped (`\u{1b}`).

use std::borrow::Cow;

use crate::spec::SchemaData;

/// `text` with every control character (C0 but tab, DEL, C1), line or paragraph separator and
/// bidirectional override shown as a Rust escape (`\n`, `\u{1b}`): safe on one line of a doc
/// comment, a cargo directive or a terminal.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Spec text (a name, a value, a media type) as an inline code span on one line. A backtick in
/// it shows as `'`: a longer delimiter could read as a fence at the start of a line.
pub fn code(text: &str) -> String {
    let text = escape_controls(text);
    format!("`{}`", text.replace('`', "'"))
}

/// Spec text inside a line the generator writes: one line, links and brackets made safe, and
/// nothing at its start that would open a block were it to start the line.
pub fn text(text: &str) -> String {
    block_safe(escape_controls(text).trim())
}

/// A spec URL as an autolink when it is a plain `http(s)` URL, else as code.
pub fn url(url: &str) -> String {
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || needs_escape(c) || matches!(c, '<' | '>' | '`'));
    if plain {
        format!("<{url}>")
    } else {
        code(url)
    }
}

/// Turns spec text into rustdoc-safe lines (see the module's docs).
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut list_indent: Option<usize> = None;
    // A bare carriage return (old Mac line ends) is a line end too: rustdoc refuses it in a doc
    // comment.
    let text = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    for line in text.lines() {
        let line = escape_controls(line);
        let trimmed = line.trim_start();
        // Any line that starts like a fence opens or closes one of this text's own: more than
        // CommonMark counts, so a spec fence can never close it early.
        if fence(trimmed) {
            out.push(if in_fence { "```" } else { "```text" }.to_owned());
            in_fence = !in_fence;
            list_indent = None;
            continue;
        }
        if in_fence {
            out.push(line.into_owned());
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            out.push(String::new());
            continue;
        }
        if let Some((marker, rest)) = list_marker(trimmed) {
            // One space after the marker: more would make the item's content a code block.
            list_indent = Some(marker.len() + 1);
            let rest = rest.trim_start();
            if fence(rest) {
                // A fence in the item: the item is left empty and the block follows it as this
                // text's own.
                out.push(marker.to_owned());
                out.push("```text".to_owned());
                in_fence = true;
                list_indent = None;
            } else if rest.is_empty() {
                out.push(marker.to_owned());
            } else {
                out.push(format!("{marker} {}", block_safe(rest)));
            }
        } else if let Some(width) = list_indent {
            // A continuation of a list item: indented to its content, so it is not a lazy
            // continuation, and no further, so it is no code block.
            out.push(format!("{}{}", " ".repeat(width), block_safe(trimmed)));
        } else {
            out.push(block_safe(trimmed));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out
}

/// Whether a line (without its indentation) starts like a code fence: three backticks or tildes.
fn fence(line: &str) -> bool {
    line.starts_with("```") || line.starts_with("~~~")
}

/// The CommonMark list marker at the start of `line` (`-`, `*`, `+`, or up to 9 digits and `.`
/// or `)`, then a space, a tab or the end), and the text after it.
fn list_marker(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let width = match bytes.first()? {
        b'-' | b'*' | b'+' => 1,
        _ => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if !(1..=9).contains(&digits) || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
    };
    match bytes.get(width) {
        None | Some(b' ' | b'\t') => Some((&line[..width], &line[width..])),
        _ => None,
    }
}

/// A line without indentation, made safe to start a block with: a fence or a list marker at its
/// start is escaped (so that nested markers and the text after an item's marker open nothing),
/// then [`sanitize_line`].
fn block_safe(line: &str) -> String {
    if fence(line) {
        // An entity is no fence character.
        let entity = if line.starts_with('`') {
            "&#96;"
        } else {
            "&#126;"
        };
        return format!("{entity}{}", sanitize_line(&line[1..]));
    }
    if let Some((marker, rest)) = list_marker(line) {
        let (body, delimiter) = marker.split_at(marker.len() - 1);
        return format!("{body}\\{delimiter}{}", sanitize_line(rest));
    }
    sanitize_line(line)
}

/// Whether `chars` starts with `prefix`.
fn starts(chars: &[char], prefix: &str) -> bool {
    let mut at = chars.iter();
    prefix.chars().all(|p| at.next() == Some(&p))
}

/// One line made rustdoc-safe: brackets that are no link escaped, `<` and `>` as entities,
/// bare URLs in `<>`; code spans untouched.
pub(crate) fn sanitize_line(line: &str) -> String {
    // Most lines have nothing to escape or link: they are kept as they are, without the walk
    // below, which at opt-level 0 (where build scripts run) cost 3 % of generating the whole
    // spec.
    let special = line
        .bytes()
        .any(|b| matches!(b, b'`' | b'[' | b']' | b'<' | b'>'));
    if !special && !line.contains("http://") && !line.contains("https://") {
        return line.to_owned();
    }
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    let mut in_code = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                // Keep a markdown link `[text](url)`; escape anything else.
                let close = chars[i..].iter().position(|&c| c == ']').map(|p| p + i);
                match close {
                    Some(j) if chars.get(j + 1) == Some(&'(') => {
                        let end = chars[j..].iter().position(|&c| c == ')').map(|p| p + j);
                        let end = end.unwrap_or(chars.len() - 1);
                        out.extend(&chars[i..=end]);
                        i = end + 1;
                        continue;
                    }
                    _ => out.push_str("\\["),
                }
            }
            ']' => out.push_str("\\]"),
            '<' => {
                if starts(&chars[i..], "<http://") || starts(&chars[i..], "<https://") {
                    let end = chars[i..].iter().position(|&c| c == '>').map(|p| p + i);
                    let end = end.unwrap_or(chars.len() - 1);
                    out.extend(&chars[i..=end]);
                    i = end + 1;
                    continue;
                }
                out.push_str("&lt;");
            }
            '>' => out.push_str("&gt;"),
            'h' => {
                if starts(&chars[i..], "http://") || starts(&chars[i..], "https://") {
                    let mut end = chars[i..]
                        .iter()
                        .position(|c| c.is_whitespace())
                        .map_or(chars.len(), |p| p + i);
                    while end > i
                        && matches!(chars[end - 1], '.' | ',' | ';' | ':' | ')' | '\'' | '"')
                    {
                        end -= 1;
                    }
                    out.push('<');
                    out.extend(&chars[i..end]);
                    out.push('>');
                    i = end;
                    continue;
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

pub(crate) fn schema_docs(data: &SchemaData, fallback: &str) -> Vec<String> {
    let mut docs = Vec::new();
    if let Some(t) = &data.title {
        docs.extend(doc_lines(t));
    }
    if let Some(d) = &data.description {
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.extend(doc_lines(d));
    }
    if docs.is_empty() {
        docs.push(fallback.to_owned());
    }
    if let Some(ext) = &data.external_docs {
        docs.push(String::new());
        let label = ext
            .description
            .as_deref()
            .unwrap_or("External documentation");
        let label = escape_controls(label);
        docs.push(format!("{}: {}", block_safe(label.trim()), url(&ext.url)));
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_made_rustdoc_safe() {
        let cases: &[(&str, &str)] = &[
            ("plain text", "plain text"),
            ("see https://example.com/a.", "see <https://example.com/a>."),
            (
                "already <https://example.com>",
                "already <https://example.com>",
            ),
            ("a [link](https://x.y) stays", "a [link](https://x.y) stays"),
            ("an [index] is escaped", "an \\[index\\] is escaped"),
            ("a < b > c", "a &lt; b &gt; c"),
            ("code `a[0] <b>` untouched", "code `a[0] <b>` untouched"),
            ("hhttp not a url", "hhttp not a url"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(sanitize_line(input), *want, "{input:?}");
        }
    }

    #[test]
    fn blocks_become_rustdoc_blocks() {
        let cases: &[(&str, &[&str])] = &[
            ("one\r\ntwo", &["one", "two"]),
            ("old\rmac", &["old", "mac"]),
            ("```\ncode\n```", &["```text", "code", "```"]),
            ("```\nunclosed", &["```text", "unclosed", "```"]),
            ("    indented", &["indented"]),
            ("- item\n  more", &["- item", "  more"]),
            ("1. first\ncontinued", &["1. first", "   continued"]),
            ("text\n\n\n", &["text"]),
            ("~~~\ncode\n~~~", &["```text", "code", "```"]),
            (
                "- a\n  ```\n  code\n  ```",
                &["- a", "```text", "  code", "```"],
            ),
            (
                "- ```rust\n  code\n  ```",
                &["-", "```text", "  code", "```"],
            ),
            ("  \tcode", &["code"]),
            ("1)     code", &["1) code"]),
            ("-\tcode", &["- code"]),
            ("- - ~~~", &["- \\- ~~~"]),
            ("- ~~~", &["-", "```text", "```"]),
            ("> ```", &["&gt; ```"]),
            ("1234567890. not a list", &["1234567890. not a list"]),
            ("a\u{1b}[2Jb", &["a\\u{1b}\\[2Jb"]),
        ];
        for (input, want) in cases {
            assert_eq!(doc_lines(input), *want, "{input:?}");
        }
    }
}
