//! A struct's `Serialize` and `Deserialize`, not derived: calls of the runtime's
//! `encode_struct!` and `decode_struct!` with each field's Rust name, kind and wire name. They
//! write and read what serde's derive does with the generator's attributes (renames, optional
//! fields left out when unset and read as `None` when absent or `null`, `null` kept as
//! `Nullable::Null` where the field sends `null`, a tagged struct's tag written first), less
//! what a JSON client never uses: the array form, byte-string and integer keys. A struct with a
//! flattened field keeps the derives.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ident, sends_null, Emitter};
use crate::model::{Field, StructTag, TypeDef};

/// A field's kind, as the runtime's macros name it.
fn kind(f: &Field) -> TokenStream {
    if f.required {
        quote!(required)
    } else if sends_null(f) {
        quote!(nullable)
    } else {
        quote!(optional)
    }
}

impl Emitter<'_> {
    /// A `decode_struct!` call reading the struct `name` from `deserializer`: one entry a field
    /// (Rust name, kind, wire name), in declaration order; with `deny_unknown`, a key the struct
    /// does not declare is an error.
    pub(super) fn decode_struct_call(
        &self,
        name: &str,
        fields: impl Iterator<Item = (Ident, TokenStream, String)>,
        deny_unknown: bool,
    ) -> TokenStream {
        let rt = &self.rt;
        let name = ident(name);
        let entries = fields.enumerate().map(|(index, (rust, kind, wire))| {
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            quote!(#rust: #kind(#index, #wire),)
        });
        let deny = deny_unknown.then(|| quote!(deny_unknown_fields));
        quote!(#rt::decode_struct!(deserializer, #name { #(#entries)* } #deny))
    }

    /// The body of a `deserialize` function returning `t` from `deserializer`.
    fn struct_decoder(&self, t: &TypeDef, fields: &[Field]) -> TokenStream {
        let entries = fields
            .iter()
            .map(|f| (ident(&f.rust), kind(f), f.wire.clone()));
        self.decode_struct_call(&t.name, entries, false)
    }

    /// The `Serialize` impl of `t`, which writes its tag first if it has one.
    pub(super) fn struct_encoder(
        &self,
        t: &TypeDef,
        fields: &[Field],
        tag: Option<&StructTag>,
    ) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&t.name);
        let entries = fields.iter().map(|f| {
            let rust = ident(&f.rust);
            let kind = kind(f);
            let wire = &f.wire;
            quote!(#rust: #kind(#wire),)
        });
        let tag = tag.map(
            |StructTag {
                 property, value, ..
             }| quote!(#property = #value),
        );
        let allow_dep = fields
            .iter()
            .any(|f| f.deprecated)
            .then(|| quote!(#[allow(deprecated)]));
        quote! {
            impl ::serde::Serialize for #name {
                #allow_dep
                fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                    #rt::encode_struct!(serializer, self, #name { #(#entries)* } #tag)
                }
            }
        }
    }

    /// The serde impls a struct does not derive: both for one coded by hand, and the
    /// tag-checking `Deserialize` of a variant struct (whose fields a private mirror decodes, a
    /// serde `remote` derive where the struct keeps the derives).
    pub(super) fn struct_serde(
        &self,
        t: &TypeDef,
        fields: &[Field],
        tag: Option<&StructTag>,
        by_hand: bool,
    ) -> TokenStream {
        let rt = &self.rt;
        let name = ident(&t.name);
        // `'de` is the impl's in the trait's impl, the function's own in the mirror's.
        let de_fn = |vis: Option<TokenStream>, lifetime: TokenStream, ret: TokenStream| {
            let body = self.struct_decoder(t, fields);
            quote! {
                #vis fn deserialize<#lifetime __D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<#ret, __D::Error> {
                    #body
                }
            }
        };
        // A variant struct's decoder of its fields ignores its tag, so the public impl checks
        // the tag and then runs the fields' decoder, a private mirror's (a serde `remote` derive
        // where the struct keeps the derive).
        // Split across crates (`Emitter::split`), a union may sit in another crate than its
        // variant, so the mirror is public there, and hidden.
        let vis = self.split.then(|| quote!(#[doc(hidden)] pub));
        let fn_vis = self.split.then(|| quote!(pub));
        let checked = tag.map(|StructTag { property: p, value: v, mirror }| {
            let mirror = ident(mirror);
            let decl = if by_hand {
                let de = de_fn(fn_vis.clone(), quote!('de,), quote!(#name));
                quote! {
                    #[allow(dead_code, non_camel_case_types)]
                    #vis struct #mirror;
                    impl #mirror { #de }
                }
            } else {
                let mirror_fields = fields.iter().map(|f| {
                    let (rust, ty, rename) = self.field_parts(f);
                    if f.flatten {
                        quote!(#[serde(flatten)] #rust: #ty,)
                    } else if f.required {
                        let attr = rename.map(|r| quote!(#[serde(#r)]));
                        quote!(#attr #rust: #ty,)
                    } else {
                        quote!(#[serde(#rename default)] #rust: #ty,)
                    }
                });
                let remote = t.name.as_str();
                quote! {
                    #[derive(::serde::Deserialize)]
                    #[serde(remote = #remote, rename = #v)]
                    #[allow(dead_code, deprecated, non_camel_case_types)]
                    #vis struct #mirror { #(#mirror_fields)* }
                }
            };
            quote! {
                #decl
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                        #rt::deserialize_tag_checked(deserializer, #p, #v, #mirror::deserialize)
                    }
                }
            }
        });
        let decoded = (by_hand && tag.is_none()).then(|| {
            let de = de_fn(None, quote!(), quote!(Self));
            quote!(impl<'de> ::serde::Deserialize<'de> for #name { #de })
        });
        let encoded = by_hand.then(|| self.struct_encoder(t, fields, tag));
        quote!(#encoded #checked #decoded)
    }
}
