//! Types: aliases, string enums, tagged and untagged unions, structs.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident, Emitter};
use crate::docs::code;
use std::collections::HashMap;

use crate::model::{
    EnumValue, Field, StructTag, TagVariant, TypeDef, TypeKind, TypeRef, UntaggedVariant,
};

impl Emitter<'_> {
    pub(super) fn emit_type(&self, t: &TypeDef) -> TokenStream {
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let rt = &self.rt;
        match &t.kind {
            TypeKind::Alias(target) if t.traits.newtype => self.emit_newtype(t, target),
            TypeKind::Alias(target) => {
                let target = self.ty(target, &quote!());
                quote! { #d pub type #name = #target; }
            }
            TypeKind::Struct { fields, tag } => self.emit_struct(t, fields, tag.as_ref()),
            TypeKind::StringEnum { values, unknown } => {
                let unknown = ident(unknown);
                let variants = values.iter().map(|EnumValue { wire, rust }| {
                    let v = ident(rust);
                    let doc = format!(" {}", code(wire));
                    quote!(#[doc = #doc] #v,)
                });
                let as_str = values.iter().map(|EnumValue { wire, rust }| {
                    let v = ident(rust);
                    quote!(Self::#v => #wire,)
                });
                let from = values.iter().map(|EnumValue { wire, rust }| {
                    let v = ident(rust);
                    quote!(#wire => Self::#v,)
                });
                let from_body = if values.is_empty() {
                    quote!(Self::#unknown(value.to_owned()))
                } else {
                    quote!(match value { #(#from)* _ => Self::#unknown(value.to_owned()), })
                };
                quote! {
                    #d
                    #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
                    #[non_exhaustive]
                    pub enum #name {
                        #(#variants)*
                        /// A value this version of the crate does not know, kept as received.
                        #unknown(::std::string::String),
                    }
                    impl #name {
                        /// The value as it appears on the wire.
                        pub fn as_str(&self) -> &str {
                            match self {
                                #(#as_str)*
                                Self::#unknown(value) => value.as_str(),
                            }
                        }
                    }
                    impl ::std::convert::From<&str> for #name {
                        fn from(value: &str) -> Self {
                            #from_body
                        }
                    }
                    impl ::std::fmt::Display for #name {
                        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                            f.write_str(self.as_str())
                        }
                    }
                    impl ::serde::Serialize for #name {
                        fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                            serializer.serialize_str(self.as_str())
                        }
                    }
                    impl<'de> ::serde::Deserialize<'de> for #name {
                        fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                            let value = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(deserializer)?;
                            ::std::result::Result::Ok(Self::from(&*value))
                        }
                    }
                    impl #rt::Validate for #name {
                        fn collect_violations(&self, _at: &str, _out: &mut ::std::vec::Vec<#rt::Violation>) {}
                    }
                }
            }
            TypeKind::Tagged {
                property,
                accessor,
                variants,
                unknown,
            } => self.emit_tagged(t, property, accessor, variants, unknown.as_deref()),
            TypeKind::Untagged { variants } => {
                let vs = variants.iter().map(
                    |UntaggedVariant {
                         rust, ty, boxed, ..
                     }| {
                        let v = ident(rust);
                        let ty = self.ty(ty, &quote!());
                        let ty = if *boxed {
                            quote!(::std::boxed::Box<#ty>)
                        } else {
                            ty
                        };
                        let doc = format!(" The `{v}` form.");
                        quote!(#[doc = #doc] #v(#ty),)
                    },
                );
                let derives = self.derives(&t.name, false);
                let scrutinee = if variants.is_empty() {
                    quote!(*self)
                } else {
                    quote!(self)
                };
                let validate = if t.dir.request {
                    let arms = variants.iter().map(|UntaggedVariant { rust, ty, .. }| {
                        let v = ident(rust);
                        if self.validates(ty) {
                            quote!(Self::#v(value) => #rt::Validate::collect_violations(value, at, out),)
                        } else {
                            quote!(Self::#v(_) => {})
                        }
                    });
                    quote! {
                        impl #rt::Validate for #name {
                            fn collect_violations(&self, at: &str, out: &mut ::std::vec::Vec<#rt::Violation>) {
                                let _ = (at, &out);
                                match #scrutinee { #(#arms)* }
                            }
                        }
                    }
                } else {
                    quote!()
                };
                quote! {
                    #d
                    #derives
                    #[serde(untagged)]
                    pub enum #name { #(#vs)* }
                    #validate
                }
            }
        }
    }

    /// An alias that names itself, as a transparent newtype.
    fn emit_newtype(&self, t: &TypeDef, target: &TypeRef) -> TokenStream {
        let rt = &self.rt;
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let inner = self.ty(target, &quote!());
        let derives = self.derives(&t.name, false);
        let validate = t.dir.request.then(|| {
            let body = if self.validates(target) {
                quote!(#rt::Validate::collect_violations(&self.0, at, out);)
            } else {
                quote!(let _ = (at, out);)
            };
            quote! {
                impl #rt::Validate for #name {
                    fn collect_violations(&self, at: &str, out: &mut ::std::vec::Vec<#rt::Violation>) {
                        #body
                    }
                }
            }
        });
        quote! {
            #d
            #derives
            #[serde(transparent)]
            pub struct #name(pub #inner);
            #validate
        }
    }

    pub(super) fn emit_tagged(
        &self,
        t: &TypeDef,
        property: &str,
        accessor: &str,
        variants: &[TagVariant],
        unknown: Option<&str>,
    ) -> TokenStream {
        let rt = &self.rt;
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let accessor = ident(accessor);
        let open = unknown.is_some();
        // An enum with no variant at all (lenient output of a discriminator with none): `&E` is
        // not an empty type, `E` is, so an empty match reads `*self`.
        let scrutinee = if variants.is_empty() && !open {
            quote!(*self)
        } else {
            quote!(self)
        };
        let eq = t.traits.eq.then(|| quote!(Eq,));
        // serde's derived internally tagged decoder hides the tag from the variant, which a
        // shared struct reads as its field: such a closed union decodes by hand too.
        let shared = variants.iter().any(|v| self.mirror(&v.target).is_none());
        let vs = variants.iter().map(
            |TagVariant {
                 tag, rust, target, ..
             }| {
                let v = ident(rust);
                let s = ident(target);
                let doc = format!(" {}.", code(&format!("{property}: {tag}")));
                let rename = (!open && !shared).then(|| quote!(#[serde(rename = #tag)]));
                quote!(#[doc = #doc] #rename #v(#s),)
            },
        );
        // A variant struct writes its own tag; a struct several tags share writes none, so the
        // union writes the variant's.
        let ser_arms = variants.iter().map(|TagVariant { rust, tag, target, .. }| {
            let v = ident(rust);
            if self.mirror(target).is_some() {
                quote!(Self::#v(value) => ::serde::Serialize::serialize(value, serializer),)
            } else {
                quote!(Self::#v(value) => #rt::serialize_with_tag(#property, #tag, value, serializer),)
            }
        });
        let tag_arms = variants.iter().map(|TagVariant { tag, rust, .. }| {
            let v = ident(rust);
            quote!(Self::#v(_) => #tag,)
        });
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for v in variants {
            *counts.entry(v.target.as_str()).or_default() += 1;
        }
        let froms = variants
            .iter()
            .filter(|v| counts[v.target.as_str()] == 1)
            .map(|TagVariant { rust, target, .. }| {
                let v = ident(rust);
                let s = ident(target);
                quote! {
                    impl ::std::convert::From<#s> for #name {
                        fn from(value: #s) -> Self { Self::#v(value) }
                    }
                }
            });
        let validate = self.tagged_validate(t, variants, unknown, &scrutinee);
        let accessor_doc = format!(" The {} of this value.", code(property));
        let de_arms = variants.iter().map(
            |TagVariant {
                 tag, rust, target, ..
             }| {
                let v = ident(rust);
                // The tag was read to get here (and several tags may share one struct), so the
                // struct's own tag check is skipped.
                if let Some(mirror) = self.mirror(target) {
                    let mirror = ident(mirror);
                    quote!(#tag => #mirror::deserialize(object).map(Self::#v),)
                } else {
                    let s = ident(target);
                    quote!(#tag => <#s as ::serde::Deserialize>::deserialize(object).map(Self::#v),)
                }
            },
        );
        if open || shared {
            // Decoded by hand: an open union keeps an unknown tag's JSON, a closed one names it
            // in its error.
            let [unknown_decl, unknown_tag, unknown_ser, fallback] =
                unknown_parts(property, variants, unknown);
            quote! {
                #d
                #[derive(Debug, Clone, PartialEq, #eq)]
                #[non_exhaustive]
                pub enum #name {
                    #(#vs)*
                    #unknown_decl
                }
                impl #name {
                    #[doc = #accessor_doc]
                    pub fn #accessor(&self) -> &str {
                        match self {
                            #(#tag_arms)*
                            #unknown_tag
                        }
                    }
                }
                #(#froms)*
                impl ::serde::Serialize for #name {
                    fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                        match self {
                            #(#ser_arms)*
                            #unknown_ser
                        }
                    }
                }
                impl #rt::Tagged for #name {
                    const TAG: &'static str = #property;
                    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(tag: &str, object: __D) -> ::std::result::Result<Self, __D::Error> {
                        match tag {
                            #(#de_arms)*
                            #fallback
                        }
                    }
                }
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                        #rt::deserialize_tagged(deserializer)
                    }
                }
                #validate
            }
        } else {
            quote! {
                #d
                #[derive(Debug, Clone, PartialEq, #eq ::serde::Deserialize)]
                #[serde(tag = #property)]
                #[non_exhaustive]
                pub enum #name {
                    #(#vs)*
                }
                impl #name {
                    #[doc = #accessor_doc]
                    pub fn #accessor(&self) -> &str {
                        match #scrutinee { #(#tag_arms)* }
                    }
                }
                #(#froms)*
                impl ::serde::Serialize for #name {
                    fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                        match #scrutinee { #(#ser_arms)* }
                    }
                }
                #validate
            }
        }
    }

    /// The `Validate` impl of a request union: each variant's checks.
    fn tagged_validate(
        &self,
        t: &TypeDef,
        variants: &[TagVariant],
        unknown: Option<&str>,
        scrutinee: &TokenStream,
    ) -> Option<TokenStream> {
        let rt = &self.rt;
        let name = ident(&t.name);
        t.dir.request.then(|| {
            let arms = variants.iter().map(|TagVariant { rust, target, .. }| {
                let v = ident(rust);
                if self.traits(target).validates {
                    quote!(Self::#v(value) => #rt::Validate::collect_violations(value, at, out),)
                } else {
                    quote!(Self::#v(_) => {})
                }
            });
            let unknown = unknown.map(|u| {
                let u = ident(u);
                quote!(Self::#u(_) => {})
            });
            quote! {
                impl #rt::Validate for #name {
                    fn collect_violations(&self, at: &str, out: &mut ::std::vec::Vec<#rt::Violation>) {
                        let _ = (at, &out);
                        match #scrutinee { #(#arms)* #unknown }
                    }
                }
            }
        })
    }

    /// The `Validate` impl of a request struct: each field's checks, and the nested values'
    /// own (a flattened union's at the object's own level).
    fn struct_validate(
        &self,
        t: &TypeDef,
        fields: &[Field],
        allow_dep: Option<&TokenStream>,
    ) -> Option<TokenStream> {
        let rt = &self.rt;
        let name = ident(&t.name);
        t.dir.request.then(|| {
            let loc = quote!(#rt::Location::Body);
            let mut body = TokenStream::new();
            for f in fields.iter().filter(|f| !f.read_only) {
                let rust = ident(&f.rust);
                // A flattened union's properties are the object's own: no pointer token of its own.
                let field = if f.flatten {
                    String::new()
                } else {
                    format!("/{}", crate::diagnostics::escape_pointer_token(&f.wire))
                };
                let checks = self.checks(&quote!(), &loc, quote!(at), &field, quote!(value), &f.ty, &f.constraints);
                let nested = self.validates(&f.ty).then(|| {
                    if f.flatten {
                        quote!(#rt::Validate::collect_violations(value, at, out);)
                    } else {
                        quote!(#rt::Validate::collect_violations(value, &::std::format!("{}{}", at, #field), out);)
                    }
                });
                if checks.is_empty() && nested.is_none() {
                    continue;
                }
                if f.required {
                    body.extend(quote!({ let value = &self.#rust; #checks #nested }));
                } else if super::sends_null(f) {
                    body.extend(quote!(if let ::std::option::Option::Some(#rt::Nullable::Value(value)) = &self.#rust { #checks #nested }));
                } else {
                    body.extend(quote!(if let ::std::option::Option::Some(value) = &self.#rust { #checks #nested }));
                }
            }
            let (at, out) = if body.is_empty() { (quote!(_at), quote!(_out)) } else { (quote!(at), quote!(out)) };
            quote! {
                impl #rt::Validate for #name {
                    #allow_dep
                    fn collect_violations(&self, #at: &str, #out: &mut ::std::vec::Vec<#rt::Violation>) {
                        #body
                    }
                }
            }
        })
    }

    pub(super) fn emit_struct(
        &self,
        t: &TypeDef,
        fields: &[Field],
        tag: Option<&StructTag>,
    ) -> TokenStream {
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let all_optional = fields.iter().all(|f| !f.required);
        let derives = self.derives(&t.name, all_optional);
        let by_hand = self.coded_by_hand(&t.name);
        let tag_attr = tag.filter(|_| !by_hand).map(
            |StructTag {
                 property, value, ..
             }| { quote!(#[serde(tag = #property, rename = #value)]) },
        );
        let any_deprecated = fields.iter().any(|f| f.deprecated);
        let allow_dep = any_deprecated.then(|| quote!(#[allow(deprecated)]));
        let decl = fields.iter().map(|f| {
            let fd = docs(&f.docs);
            let (rust, ty, rename) = self.field_parts(f);
            let dep = f.deprecated.then(|| quote!(#[deprecated]));
            if by_hand {
                // The wire names and the rest are in the impls' macro calls.
                quote!(#fd #dep pub #rust: #ty,)
            } else if f.flatten {
                quote!(#fd #[serde(flatten)] pub #rust: #ty,)
            } else if f.required {
                let attr = rename.map(|r| quote!(#[serde(#r)]));
                quote!(#fd #dep #attr pub #rust: #ty,)
            } else if super::sends_null(f) {
                // `null` reads back as `Some(Nullable::Null)`, not as absent.
                let with = format!("{}::deserialize_present", self.rt_text);
                quote! {
                    #fd #dep
                    #[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = #with)]
                    pub #rust: #ty,
                }
            } else {
                quote! {
                    #fd #dep
                    #[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none")]
                    pub #rust: #ty,
                }
            }
        });
        // Constructor: required fields, in spec order.
        let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
        let args = required.iter().map(|f| {
            let rust = ident(&f.rust);
            let ty = self.arg_ty(&f.ty, &quote!());
            quote!(#rust: #ty)
        });
        let inits = fields.iter().map(|f| {
            let rust = ident(&f.rust);
            if f.required {
                if f.ty == TypeRef::String {
                    quote!(#rust: #rust.into(),)
                } else if f.boxed {
                    quote!(#rust: ::std::boxed::Box::new(#rust),)
                } else {
                    quote!(#rust,)
                }
            } else {
                quote!(#rust: ::std::option::Option::None,)
            }
        });
        let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
        let new_doc = if required.is_empty() {
            " Creates a value with every optional field unset.".to_owned()
        } else {
            let names: Vec<String> = required.iter().map(|f| code(&f.wire)).collect();
            format!(
                " Creates a value from its required fields ({}); optional fields start unset.",
                names.join(", ")
            )
        };
        let setters = fields
            .iter()
            .filter(|f| !f.required && !f.read_only)
            .map(|f| {
                let rust = ident(&f.rust);
                let setter = ident(&f.setter);
                let dep = f
                    .deprecated
                    .then(|| quote!(#[deprecated] #[allow(deprecated)]));
                let (doc, arg, conv) = if super::sends_null(f) {
                    let rt = &self.rt;
                    let stored = self.ty(&f.ty, &quote!());
                    (
                        format!(
                            " Sets {}: a value, or `Nullable::Null` to send an explicit `null`.",
                            code(&f.wire)
                        ),
                        quote!(impl ::std::convert::Into<#rt::Nullable<#stored>>),
                        quote!(value.into()),
                    )
                } else {
                    let (arg, conv) = self.setter_arg(&f.ty, f.boxed, &quote!());
                    (format!(" Sets {}.", code(&f.wire)), arg, conv)
                };
                quote! {
                #[doc = #doc]
                #dep
                #[must_use]
                    pub fn #setter(mut self, value: #arg) -> Self {
                        self.#rust = ::std::option::Option::Some(#conv);
                        self
                    }
                }
            });
        let validate = self.struct_validate(t, fields, allow_dep.as_ref());
        let serde = self.struct_serde(t, fields, tag, by_hand);
        quote! {
            #d
            #derives
            #tag_attr
            #[non_exhaustive]
            pub struct #name { #(#decl)* }
            #serde
            impl #name {
                #[doc = #new_doc]
                #many
                #allow_dep
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits)* }
                }
                #(#setters)*
            }
            #validate
        }
    }
}

/// The parts of a hand-decoded union that its fallback makes: the `Unknown` variant, its tag and
/// serialize arms, and the decoder's arm for an unknown tag (kept as JSON when open, an error
/// naming the known tags when closed).
fn unknown_parts(
    property: &str,
    variants: &[TagVariant],
    unknown: Option<&str>,
) -> [TokenStream; 4] {
    match unknown {
        Some(unknown) => {
            let unknown = ident(unknown);
            [
                quote! {
                    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
                    #unknown(::serde_json::Value),
                },
                quote!(Self::#unknown(value) => value.get(#property).and_then(::serde_json::Value::as_str).unwrap_or_default(),),
                quote!(Self::#unknown(value) => ::serde::Serialize::serialize(value, serializer),),
                quote!(_ => <::serde_json::Value as ::serde::Deserialize>::deserialize(object).map(Self::#unknown),),
            ]
        }
        None => {
            let tags = variants.iter().map(|v| v.tag.as_str());
            [
                quote!(),
                quote!(),
                quote!(),
                quote!(_ => ::std::result::Result::Err(<__D::Error as ::serde::de::Error>::unknown_variant(tag, &[#(#tags),*])),),
            ]
        }
    }
}
