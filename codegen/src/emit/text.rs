//! Items as text: formatted by prettyplease (feature `format`, for code people read: the CLI,
//! `generated/`, snapshots), or written straight from the tokens (what a build script writes:
//! the compiler reads it, nobody else).
//!
//! Token text breaks its lines after every `;`, `{`, `}` and attribute, without indentation, so
//! that rustc's `file:line:column` for an error in generated code points at one short line of the
//! `OUT_DIR` file, inside the item it belongs to. The formatted equivalent of the same spec,
//! for reading, is `atlas-codegen generate --spec F --out O`; both are the same tokens.

use std::fmt::Write as _;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// How generated items become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// prettyplease, item by item.
    #[cfg(feature = "format")]
    Formatted,
    /// Token text with line breaks (see the module docs).
    Tokens,
}

impl Layout {
    /// Appends `items` to `out`.
    pub(crate) fn write(self, out: &mut String, items: TokenStream) -> Result<(), String> {
        match self {
            #[cfg(feature = "format")]
            Layout::Formatted => {
                let parsed: syn::File = syn::parse2(items)
                    .map_err(|err| format!("generated code does not parse: {err}"))?;
                out.push_str(&prettyplease::unparse(&parsed));
            }
            Layout::Tokens => write_tokens(out, items),
        }
        Ok(())
    }
}

/// Appends the tokens as text, each followed by the separator Rust needs: nothing after a
/// joint punctuation mark (`::`, `->`, `'a`), a line break after `;`, braces, attributes and
/// the commas directly inside braces (fields, match arms), a space otherwise.
pub(crate) fn write_tokens(out: &mut String, tokens: TokenStream) {
    write_inside(out, tokens, false);
}

/// [`write_tokens`] for the contents of a group; `braces` when the group is `{ ... }`.
fn write_inside(out: &mut String, tokens: TokenStream, braces: bool) {
    // The previous token was an `#` (or `#!`) that opens an attribute.
    let mut hash = false;
    for tree in tokens {
        match tree {
            TokenTree::Group(g) => {
                let delimiter = g.delimiter();
                let attribute = hash && delimiter == Delimiter::Bracket;
                hash = false;
                // The group is dropped before its stream is read: a stream still shared with
                // its group is copied whole, token by token, when iterated.
                let stream = g.stream();
                drop(g);
                match delimiter {
                    Delimiter::Brace => {
                        out.push_str("{\n");
                        write_inside(out, stream, true);
                        out.push_str("}\n");
                    }
                    Delimiter::Parenthesis => {
                        out.push('(');
                        write_inside(out, stream, false);
                        out.push_str(") ");
                    }
                    Delimiter::Bracket => {
                        out.push('[');
                        write_inside(out, stream, false);
                        out.push_str(if attribute { "]\n" } else { "] " });
                    }
                    Delimiter::None => write_inside(out, stream, braces),
                }
            }
            TokenTree::Ident(i) => {
                hash = false;
                // Written in place: `to_string` would allocate a copy of each.
                let _ = write!(out, "{i} ");
            }
            TokenTree::Literal(l) => {
                hash = false;
                let _ = write!(out, "{l} ");
            }
            TokenTree::Punct(p) => {
                let c = p.as_char();
                out.push(c);
                hash = c == '#' || (hash && c == '!');
                if p.spacing() == Spacing::Alone {
                    let ends_line = c == ';' || (c == ',' && braces);
                    out.push(if ends_line { '\n' } else { ' ' });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::write_tokens;

    fn text(tokens: proc_macro2::TokenStream) -> String {
        let mut out = String::new();
        write_tokens(&mut out, tokens);
        out
    }

    #[test]
    fn items_attributes_and_statements_end_lines() {
        let got = text(quote! {
            #[doc = " A."]
            pub struct A<'a> { pub x: &'a ::std::string::String, pub y: u8, }
            fn f() -> i32 { let y = 1; y }
        });
        assert_eq!(
            got,
            "# [doc = \" A.\" ]\npub struct A < 'a > {\npub x : & 'a :: std :: string :: String ,\n\
             pub y : u8 ,\n}\nfn f () -> i32 {\nlet y = 1 ;\ny }\n"
        );
    }

    #[test]
    fn the_text_reads_back_as_the_same_tokens() {
        let tokens = quote! {
            #![allow(dead_code)]
            impl<T: ::std::fmt::Debug> S<T> { const N: usize = 3; fn g(&self) -> [u8; 2] { [0, 1] } }
            match x { A::B(ref v) if v.len() > 0 => {}, _ => () }
            let s = r#"raw"#; let c = 'c'; let l = 'a';
        };
        let back: proc_macro2::TokenStream = text(tokens.clone()).parse().unwrap();
        assert_eq!(back.to_string(), tokens.to_string());
    }
}
