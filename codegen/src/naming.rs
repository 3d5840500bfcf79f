//! Every Rust name the generator emits is made here, and only here.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `s` in UpperCamelCase, as heck writes it. ASCII text, nearly all of what specs name, is
/// split here in one pass over its bytes; heck formats char by char through `fmt`, which at
/// opt-level 0 (where build scripts run) cost 5 % of generating the fragment. Other text goes
/// to heck. A property test holds the two to the same output.
pub(crate) fn upper_camel(s: &str) -> String {
    if !s.is_ascii() {
        return s.to_upper_camel_case();
    }
    let mut out = String::with_capacity(s.len());
    ascii_words(s.as_bytes(), |word| {
        for (k, &c) in word.iter().enumerate() {
            let c = if k == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            };
            out.push(char::from(c));
        }
    });
    out
}

/// `s` in snake_case, as heck writes it (see [`upper_camel`]).
pub(crate) fn snake(s: &str) -> String {
    if !s.is_ascii() {
        return s.to_snake_case();
    }
    let mut out = String::with_capacity(s.len() + 4);
    ascii_words(s.as_bytes(), |word| {
        if !out.is_empty() {
            out.push('_');
        }
        for &c in word {
            out.push(char::from(c.to_ascii_lowercase()));
        }
    });
    out
}

/// Calls `word` with each word of the ASCII text `s`, by heck's rules: words are separated by
/// anything not a letter or digit, and inside a run of letters and digits a word ends before
/// an uppercase letter that follows a lowercase one (`diskBackup`), and before the last
/// uppercase letter of a run that a lowercase one follows (`AWSExport`). A word is never empty.
fn ascii_words(s: &[u8], mut word: impl FnMut(&[u8])) {
    #[derive(Clone, Copy, PartialEq)]
    enum Case {
        /// No letter yet in this word.
        None,
        Lower,
        Upper,
    }
    let mut i = 0;
    while i < s.len() {
        if !s[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let mut start = i;
        // The case of the last letter of the current word.
        let mut case = Case::None;
        loop {
            let c = s[i];
            let next = match s.get(i + 1) {
                Some(&n) if n.is_ascii_alphanumeric() => n,
                _ => {
                    word(&s[start..=i]);
                    i += 1;
                    break;
                }
            };
            let with_c = if c.is_ascii_lowercase() {
                Case::Lower
            } else if c.is_ascii_uppercase() {
                Case::Upper
            } else {
                case
            };
            if with_c == Case::Lower && next.is_ascii_uppercase() {
                word(&s[start..=i]);
                start = i + 1;
                case = Case::None;
            } else if case == Case::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                word(&s[start..i]);
                start = i;
                case = Case::None;
            } else {
                case = with_c;
            }
            i += 1;
        }
    }
}

/// Rust keywords (strict, reserved and weak ones that cannot be plain identifiers).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Type names that would shadow prelude items if a schema used them unchanged.
const PRELUDE_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Box",
    "Vec",
    "String",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "ToString",
    "ToOwned",
    "Into",
    "From",
    "PartialEq",
    "Eq",
    "Ord",
    "PartialOrd",
    "Debug",
];

/// Identifiers are ASCII: a non-ASCII letter or digit becomes its transliteration (`é` -> `e`,
/// `名` -> `Ming`), or where there is none, a word of its own, `u` and its code point in hex, so
/// that no identifier needs the `non_ascii_idents` or `uncommon_codepoints` lints. Anything else
/// is a word break. (Names that meet after this are told apart by [`unique`].)
fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c.is_alphanumeric() {
            match deunicode::deunicode_char(c)
                .filter(|t| t.bytes().any(|b| b.is_ascii_alphanumeric()))
            {
                Some(t) => {
                    out.extend(
                        t.chars()
                            .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }),
                    )
                }
                None => out.push_str(&format!(" u{:x} ", u32::from(c))),
            }
        } else {
            out.push(' ');
        }
    }
    out
}

fn fix_start(mut name: String, prefix: &str) -> String {
    if name.is_empty() {
        return prefix.trim_end_matches('_').to_owned();
    }
    if name.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        name.insert_str(0, prefix);
    }
    name
}

/// A `snake_case` field, method, parameter or module name.
pub fn field_name(raw: &str) -> String {
    let name = fix_start(snake(&sanitize(raw)), "n_");
    escape_keyword(name)
}

/// An `UpperCamelCase` type or variant name.
pub fn type_name(raw: &str) -> String {
    let name = fix_start(upper_camel(&sanitize(raw)), "T");
    let name = escape_keyword(name);
    if PRELUDE_TYPES.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// An enum variant name for a string value.
pub fn variant_name(raw: &str) -> String {
    let name = fix_start(upper_camel(&sanitize(raw)), "V");
    if name.is_empty() {
        "Empty".to_owned()
    } else {
        escape_keyword(name)
    }
}

/// A `SCREAMING_SNAKE_CASE` name for a static.
pub fn const_name(raw: &str) -> String {
    field_name(raw).trim_end_matches('_').to_uppercase()
}

/// The one keyword policy: a trailing `_`. The caller adds the serde rename.
pub fn escape_keyword(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A version date such as `2024-05-30` as a type name: `V2024_05_30`.
pub fn version_type_name(version: &str) -> String {
    if version == "preview" {
        return "Preview".to_owned();
    }
    let cleaned: String = version
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("V{cleaned}")
}

/// The marker of a version's other media type (`application/vnd.atlas.2023-01-01+csv` beside
/// the JSON one): the version's marker and the media type's format, `V2023_01_01Csv`. The
/// format is the structured suffix (`+csv`), else the subtype (`text/csv`).
pub fn alternative_type_name(version: &str, media_type: &str) -> String {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let subtype = essence.rsplit('/').next().unwrap_or(essence);
    let format = subtype.rsplit('+').next().unwrap_or(subtype);
    let format: String = format
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("{}{}", version_type_name(version), upper_camel(&format))
}

/// The name of the fallback variant of an open enum, before de-duplication against the spec's
/// own variants (which keep their names: the generator's name yields).
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// The `with_*` setter of a field or parameter with Rust name `rust`.
pub fn setter_name(rust: &str) -> String {
    format!("with_{}", rust.trim_end_matches('_'))
}

/// The private decoder of a discriminator variant struct's fields (its tag left to the
/// struct's own impl).
pub fn mirror_name(type_name: &str) -> String {
    format!("__{type_name}Fields")
}

/// The tag accessor of a tagged enum: the property's field name, kept clear of the methods that
/// the enum's derives and impls bring into scope.
pub fn tag_accessor(property: &str) -> String {
    let mut accessor = field_name(property);
    if ["from", "clone", "fmt", "eq"].contains(&accessor.as_str()) {
        accessor.push('_');
    }
    accessor
}

/// The `static` that holds a compiled pattern: `PATTERN_` and at most 32 characters of the
/// pattern's own words, unique among `taken`.
pub fn pattern_name(pattern: &str, taken: &[&str]) -> String {
    let short: String = const_name(pattern).chars().take(32).collect();
    let base = format!("PATTERN_{}", short.trim_end_matches('_'));
    unique(base.trim_end_matches('_'), taken)
}

/// Picks `base`, or `base` with a numeric suffix, so that it is not in `taken`.
pub fn unique(base: &str, taken: &[&str]) -> String {
    unique_by(base, |c| taken.contains(&c))
}

/// [`unique`], with the taken names known to `is_taken` (a map's `contains_key`, say).
pub fn unique_by(base: &str, is_taken: impl Fn(&str) -> bool) -> String {
    if !is_taken(base) {
        return base.to_owned();
    }
    (1..)
        .map(|i| format!("{base}{i}"))
        .find(|c| !is_taken(c))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversion_splits_words_as_heck_does() {
        let table = [
            (
                "DiskBackupSnapshotAWSExportBucketResponse",
                "DiskBackupSnapshotAwsExportBucketResponse",
                "disk_backup_snapshot_aws_export_bucket_response",
            ),
            ("exportBucketId", "ExportBucketId", "export_bucket_id"),
            ("_id", "Id", "id"),
            ("v2 -- x.y/z", "V2XYZ", "v2_x_y_z"),
            ("ABC", "Abc", "abc"),
            ("a1B2c3", "A1B2c3", "a1_b2c3"),
            ("HTTPServer2Go", "HttpServer2Go", "http_server2_go"),
            ("", "", ""),
            ("--", "", ""),
        ];
        for (raw, camel, snake_case) in table {
            assert_eq!(upper_camel(raw), camel, "UpperCamelCase of {raw:?}");
            assert_eq!(snake(raw), snake_case, "snake_case of {raw:?}");
        }
    }

    #[test]
    fn case_conversion_of_any_ascii_text_is_hecks() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let mut runner = TestRunner::new(Config {
            cases: 4096,
            ..Config::default()
        });
        // Letters of both cases, digits and separators, where the word rules differ.
        let text = proptest::string::string_regex("[a-cA-CxyXY0-9_ .$/-]{0,24}").unwrap();
        runner
            .run(&text, |s| {
                prop_assert_eq!(upper_camel(&s), s.to_upper_camel_case());
                prop_assert_eq!(snake(&s), s.to_snake_case());
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn keywords_get_a_trailing_underscore() {
        let table = [
            ("type", "type_"),
            ("self", "self_"),
            ("Self", "self_"),
            ("super", "super_"),
            ("crate", "crate_"),
            ("match", "match_"),
            ("async", "async_"),
            ("fn", "fn_"),
            ("move", "move_"),
            ("yield", "yield_"),
            ("gen", "gen_"),
            ("try", "try_"),
            ("dyn", "dyn_"),
        ];
        for (raw, want) in table {
            assert_eq!(field_name(raw), want, "field name for {raw:?}");
        }
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name("Result"), "Result_");
        assert_eq!(type_name("Option"), "Option_");
    }

    #[test]
    fn odd_wire_names_become_identifiers() {
        assert_eq!(field_name("_id"), "id");
        assert_eq!(field_name("bucketName"), "bucket_name");
        assert_eq!(field_name("kebab-name"), "kebab_name");
        assert_eq!(field_name("with space"), "with_space");
        assert_eq!(field_name("1stPlace"), "n_1st_place");
        assert_eq!(field_name("RateLimit-Limit"), "rate_limit_limit");
        assert_eq!(
            type_name("DiskBackupSnapshotAWSExportBucketRequest"),
            "DiskBackupSnapshotAwsExportBucketRequest"
        );
        assert_eq!(type_name("1x"), "T1x");
        assert_eq!(variant_name("in-progress"), "InProgress");
        assert_eq!(variant_name("AZURE"), "Azure");
        assert_eq!(variant_name("1x"), "V1x");
        assert_eq!(version_type_name("2024-05-30"), "V2024_05_30");
        assert_eq!(
            alternative_type_name("2023-01-01", "application/vnd.atlas.2023-01-01+csv"),
            "V2023_01_01Csv"
        );
        assert_eq!(
            alternative_type_name("2023-01-01", "text/csv; charset=utf-8"),
            "V2023_01_01Csv"
        );
        assert_eq!(
            alternative_type_name("2023-02-01", "application/vnd.atlas.2023-02-01+gzip"),
            "V2023_02_01Gzip"
        );
        assert_eq!(const_name("^([a-f0-9]{24})$"), "A_F0_9_24");
    }

    #[test]
    fn non_ascii_names_become_ascii_identifiers() {
        assert_eq!(field_name("région"), "region");
        assert_eq!(field_name("größe"), "grosse");
        assert_eq!(field_name("名称"), "ming_cheng");
        assert_eq!(type_name("créerVille"), "CreerVille");
        assert_eq!(variant_name("大"), "Da");
        // Not a letter or digit: a word break.
        assert_eq!(field_name("\u{10fffd}x"), "x");
        assert_eq!(variant_name("\u{2460}"), "V1");
        for raw in ["é", "ß", "Ω", "名称", "\u{1F600}", "ǅ", "²"] {
            for name in [
                field_name(raw),
                type_name(raw),
                variant_name(raw),
                const_name(raw),
            ] {
                assert!(name.is_ascii() && !name.is_empty(), "{raw:?} -> {name:?}");
            }
        }
    }

    #[test]
    fn pattern_names_are_cut_on_characters_not_bytes() {
        let p = "^ééééééééééééééééééééééééééééééééééé$";
        assert_eq!(pattern_name(p, &[]), format!("PATTERN_{}", "E".repeat(32)));
        assert_eq!(
            pattern_name(p, &[&format!("PATTERN_{}", "E".repeat(32))]),
            format!("PATTERN_{}1", "E".repeat(32))
        );
    }

    #[test]
    fn unique_adds_a_suffix() {
        assert_eq!(unique("url", &["url", "url1"]), "url2");
        assert_eq!(unique("path", &["url"]), "path");
    }
}
