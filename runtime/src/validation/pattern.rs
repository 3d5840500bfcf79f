//! [`Pattern`]: a spec `pattern`, checked by a byte loop when it is one repeated character class,
//! by regex-lite otherwise.

use std::sync::OnceLock;

/// A spec `pattern`, compiled on first use.
#[derive(Debug)]
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Matcher>,
}

/// How a pattern is checked: most of this API's patterns are one character class repeated a
/// fixed number of times (`^([a-f0-9]{24})$`), which a byte loop checks several times faster
/// than a regex engine; anything else goes to regex-lite.
#[derive(Debug)]
enum Matcher {
    Class {
        allowed: [bool; 128],
        min: usize,
        max: usize,
    },
    Regex(regex_lite::Regex),
    Invalid,
}

impl Matcher {
    fn new(source: &str) -> Matcher {
        Self::simple(source).unwrap_or_else(|| match regex_lite::Regex::new(source) {
            Ok(re) => Matcher::Regex(re),
            Err(_) => Matcher::Invalid,
        })
    }

    /// `^[class]{n}$`, `^([class]{m,n})$`, `^[class]+$` with literal ASCII characters and ranges.
    fn simple(source: &str) -> Option<Matcher> {
        let body = source.strip_prefix('^')?.strip_suffix('$')?;
        let body = match body.strip_prefix('(') {
            Some(inner) => inner.strip_suffix(')')?,
            None => body,
        };
        let body = body.strip_prefix('[')?;
        let close = body.find(']')?;
        let (class, count) = (&body[..close], &body[close + 1..]);
        if class.is_empty() || class.starts_with('^') || class.contains('\\') || class.contains('[')
        {
            return None;
        }
        let mut allowed = [false; 128];
        let chars: Vec<char> = class.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if !c.is_ascii() {
                return None;
            }
            if i + 2 < chars.len() && chars[i + 1] == '-' {
                let end = chars[i + 2];
                if !end.is_ascii() || end < c {
                    return None;
                }
                for b in c as u8..=end as u8 {
                    allowed[b as usize] = true;
                }
                i += 3;
            } else {
                allowed[c as usize] = true;
                i += 1;
            }
        }
        let (min, max) = match count {
            "+" => (1, usize::MAX),
            "*" => (0, usize::MAX),
            _ => {
                let inner = count.strip_prefix('{')?.strip_suffix('}')?;
                match inner.split_once(',') {
                    Some((a, "")) => (a.parse().ok()?, usize::MAX),
                    Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
                    None => {
                        let n = inner.parse().ok()?;
                        (n, n)
                    }
                }
            }
        };
        Some(Matcher::Class { allowed, min, max })
    }

    fn is_match(&self, value: &str) -> bool {
        match self {
            Matcher::Class { allowed, min, max } => {
                let n = value.len();
                n >= *min
                    && n <= *max
                    && value
                        .bytes()
                        .all(|b| (b as usize) < 128 && allowed[b as usize])
            }
            Matcher::Regex(re) => re.is_match(value),
            Matcher::Invalid => false,
        }
    }
}

impl Pattern {
    /// A pattern from its spec text. The generator checks that it compiles.
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The spec text.
    pub fn as_str(&self) -> &'static str {
        self.source
    }

    /// Whether `value` matches. A pattern that cannot compile matches nothing.
    pub fn is_match(&self, value: &str) -> bool {
        self.compiled
            .get_or_init(|| Matcher::new(self.source))
            .is_match(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Pattern;

    #[test]
    fn simple_patterns_agree_with_the_regex_engine() {
        let cases = [
            "^([a-f0-9]{24})$",
            "^[a-f0-9]{24}$",
            "^([a-z0-9-]{3,63})$",
            "^[A-Za-z_]+$",
            "^[0-9]{2,}$",
            "^(\\d{3})$",
            "^[a-z]{2}-[0-9]$",
        ];
        let inputs = [
            "",
            "32b6e34b3d91647abb20e7b8",
            "32B6E34B3D91647ABB20E7B8",
            "32b6e34b3d91647abb20e7b",
            "abc",
            "a-1",
            "123",
            "12",
            "é",
            "ab-1",
            "x_Y",
            "a b",
        ];
        for src in cases {
            let ours = Pattern::new(src);
            let re = regex_lite::Regex::new(src).unwrap();
            for input in inputs {
                assert_eq!(
                    ours.is_match(input),
                    re.is_match(input),
                    "{src} on {input:?}"
                );
            }
        }
    }
}
