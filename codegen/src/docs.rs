//! Spec text -> rustdoc-safe doc lines.

use openapiv3::SchemaData;

/// Turns spec text into rustdoc-safe lines.
pub fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut list_indent: Option<usize> = None;
    // A bare carriage return (old Mac line ends) is a line end too: rustdoc refuses it in a doc
    // comment.
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            out.push(String::new());
            continue;
        }
        if let Some(width) = list_marker(trimmed) {
            list_indent = Some(width);
            out.push(sanitize_line(trimmed));
        } else if let Some(width) = list_indent {
            // A continuation of a list item: indented, so it is not a lazy continuation.
            out.push(format!("{}{}", " ".repeat(width), sanitize_line(trimmed)));
        } else if line.starts_with("    ") || line.starts_with('\t') {
            out.push(sanitize_line(trimmed));
        } else {
            out.push(sanitize_line(line));
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

/// The width of a markdown list marker (`- `, `* `, `+ `, `1. `) at the start of `line`.
fn list_marker(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then_some(digits + 2)
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
        docs.push(format!("{}: <{}>", sanitize_line(label), ext.url));
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
        ];
        for (input, want) in cases {
            assert_eq!(doc_lines(input), *want, "{input:?}");
        }
    }
}
