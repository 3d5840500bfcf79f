//! Pass 3: the model -> Rust source, formatted by prettyplease.
//!
//! Emit never looks at the OpenAPI document; every name comes from the model.

use std::collections::HashMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use crate::model::{
    Constraints, Derived, EnumValue, Field, Model, OperationDef, ParamDef, ParamLocation,
    StructTag, TagVariant, TypeDef, TypeKind, TypeRef, UntaggedVariant, VersionDef,
};

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn docs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

struct Emitter<'m> {
    rt: TokenStream,
    /// Each type by Rust name, for what the analyses stored on it.
    types: HashMap<&'m str, &'m TypeDef>,
    used_patterns: std::cell::RefCell<std::collections::BTreeSet<String>>,
}

impl Emitter<'_> {
    fn traits(&self, name: &str) -> Derived {
        self.types.get(name).map(|t| t.traits).unwrap_or_default()
    }

    /// The private mirror of a discriminator variant struct, if `name` is one.
    fn mirror(&self, name: &str) -> Option<&str> {
        match &self.types.get(name)?.kind {
            TypeKind::Struct { tag: Some(tag), .. } => Some(&tag.mirror),
            _ => None,
        }
    }

    fn ty(&self, t: &TypeRef, prefix: &TokenStream) -> TokenStream {
        match t {
            TypeRef::String => quote!(::std::string::String),
            TypeRef::Bool => quote!(bool),
            TypeRef::I32 => quote!(i32),
            TypeRef::I64 => quote!(i64),
            TypeRef::F64 => quote!(f64),
            TypeRef::Json => quote!(::serde_json::Value),
            TypeRef::Named(n) => {
                let n = ident(n);
                quote!(#prefix #n)
            }
            TypeRef::Vec(inner) => {
                let inner = self.ty(inner, prefix);
                quote!(::std::vec::Vec<#inner>)
            }
            TypeRef::Map(inner) => {
                let inner = self.ty(inner, prefix);
                quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
            }
        }
    }

    fn validates(&self, t: &TypeRef) -> bool {
        match t {
            TypeRef::Named(n) => self.traits(n).validates,
            TypeRef::Vec(i) | TypeRef::Map(i) => self.validates(i),
            _ => false,
        }
    }

    /// A struct field's name, its stored type (boxed if so, `Option` when optional) and its serde
    /// `rename = "wire",` argument; shared by the public struct and its decoding mirror.
    fn field_parts(&self, f: &Field) -> (proc_macro2::Ident, TokenStream, Option<TokenStream>) {
        let ty = self.ty(&f.ty, &quote!());
        let ty = if f.boxed {
            quote!(::std::boxed::Box<#ty>)
        } else {
            ty
        };
        let ty = if f.required {
            ty
        } else {
            quote!(::std::option::Option<#ty>)
        };
        let wire = &f.wire;
        let rename = (f.rust != f.wire).then(|| quote!(rename = #wire,));
        (ident(&f.rust), ty, rename)
    }

    /// The type of a constructor argument: strings are taken as `impl Into<String>`.
    fn arg_ty(&self, t: &TypeRef, prefix: &TokenStream) -> TokenStream {
        match t {
            TypeRef::String => quote!(impl ::std::convert::Into<::std::string::String>),
            other => self.ty(other, prefix),
        }
    }

    /// A setter's argument type, and how the argument becomes the stored value.
    fn setter_arg(
        &self,
        t: &TypeRef,
        boxed: bool,
        prefix: &TokenStream,
    ) -> (TokenStream, TokenStream) {
        match t {
            TypeRef::String => (self.arg_ty(t, prefix), quote!(value.into())),
            other if boxed => (
                self.ty(other, prefix),
                quote!(::std::boxed::Box::new(value)),
            ),
            other => (self.ty(other, prefix), quote!(value)),
        }
    }

    fn derives(&self, name: &str, default: bool) -> TokenStream {
        let de = self
            .mirror(name)
            .is_none()
            .then(|| quote!(::serde::Deserialize));
        let eq = self.traits(name).eq.then(|| quote!(Eq,));
        let default = default.then(|| quote!(Default,));
        quote!(#[derive(Debug, Clone, PartialEq, #eq #default ::serde::Serialize, #de)])
    }

    fn emit_type(&self, t: &TypeDef) -> TokenStream {
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let rt = &self.rt;
        match &t.kind {
            TypeKind::Alias(target) => {
                let target = self.ty(target, &quote!());
                quote! { #d pub type #name = #target; }
            }
            TypeKind::Struct { fields, tag } => self.emit_struct(t, fields, tag.as_ref()),
            TypeKind::StringEnum { values, unknown } => {
                let unknown = ident(unknown);
                let variants = values.iter().map(|EnumValue { wire, rust }| {
                    let v = ident(rust);
                    let doc = format!(" `{wire}`");
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
                let vs = variants.iter().map(|UntaggedVariant { rust, ty, .. }| {
                    let v = ident(rust);
                    let ty = self.ty(ty, &quote!());
                    let doc = format!(" The `{v}` form.");
                    quote!(#[doc = #doc] #v(#ty),)
                });
                let derives = self.derives(&t.name, false);
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
                                match self { #(#arms)* }
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

    fn emit_tagged(
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
        let eq = t.traits.eq.then(|| quote!(Eq,));
        let vs = variants.iter().map(
            |TagVariant {
                 tag, rust, target, ..
             }| {
                let v = ident(rust);
                let s = ident(target);
                let doc = format!(" `{property}: {tag}`.");
                let rename = (!open).then(|| quote!(#[serde(rename = #tag)]));
                quote!(#[doc = #doc] #rename #v(#s),)
            },
        );
        let ser_arms = variants.iter().map(|TagVariant { rust, .. }| {
            let v = ident(rust);
            quote!(Self::#v(value) => ::serde::Serialize::serialize(value, serializer),)
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
        let validate = t.dir.request.then(|| {
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
                        match self { #(#arms)* #unknown }
                    }
                }
            }
        });
        let accessor_doc = format!(" The `{property}` of this value.");
        if let Some(unknown) = unknown {
            let unknown = ident(unknown);
            let de_arms = variants.iter().map(|TagVariant { tag, rust, target, .. }| {
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
            });
            quote! {
                #d
                #[derive(Debug, Clone, PartialEq, #eq)]
                #[non_exhaustive]
                pub enum #name {
                    #(#vs)*
                    /// A value whose tag this version of the crate does not know; the JSON is kept as received and re-serialized unchanged.
                    #unknown(::serde_json::Value),
                }
                impl #name {
                    #[doc = #accessor_doc]
                    pub fn #accessor(&self) -> &str {
                        match self {
                            #(#tag_arms)*
                            Self::#unknown(value) => value.get(#property).and_then(::serde_json::Value::as_str).unwrap_or_default(),
                        }
                    }
                }
                #(#froms)*
                impl ::serde::Serialize for #name {
                    fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                        match self {
                            #(#ser_arms)*
                            Self::#unknown(value) => ::serde::Serialize::serialize(value, serializer),
                        }
                    }
                }
                impl #rt::Tagged for #name {
                    const TAG: &'static str = #property;
                    fn decode_variant<'de, __D: ::serde::Deserializer<'de>>(tag: &str, object: __D) -> ::std::result::Result<Self, __D::Error> {
                        match tag {
                            #(#de_arms)*
                            _ => <::serde_json::Value as ::serde::Deserialize>::deserialize(object).map(Self::#unknown),
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
                        match self { #(#tag_arms)* }
                    }
                }
                #(#froms)*
                impl ::serde::Serialize for #name {
                    fn serialize<__S: ::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                        match self { #(#ser_arms)* }
                    }
                }
                #validate
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn checks(
        &self,
        pat_prefix: &TokenStream,
        loc: &TokenStream,
        at: TokenStream,
        field: &str,
        value: TokenStream,
        ty: &TypeRef,
        c: &Constraints,
    ) -> TokenStream {
        let rt = &self.rt;
        let opt_usize = |v: Option<usize>| match v {
            Some(v) => quote!(::std::option::Option::Some(#v)),
            None => quote!(::std::option::Option::None),
        };
        let opt_f64 = |v: Option<f64>| match v {
            Some(v) => {
                let l = Literal::f64_suffixed(v);
                quote!(::std::option::Option::Some(#l))
            }
            None => quote!(::std::option::Option::None),
        };
        let mut out = TokenStream::new();
        match ty {
            TypeRef::String
                if c.pattern.is_some()
                    || c.min_length.is_some()
                    || c.max_length.is_some()
                    || c.uuid =>
            {
                let pattern = match &c.pattern {
                    Some(p) => {
                        self.used_patterns.borrow_mut().insert(p.clone());
                        let p = ident(p);
                        quote!(::std::option::Option::Some(&#pat_prefix #p))
                    }
                    None => quote!(::std::option::Option::None),
                };
                let (min, max, uuid) = (opt_usize(c.min_length), opt_usize(c.max_length), c.uuid);
                out.extend(quote! {
                        #rt::check_str(out, #loc, #at, #field, #value, &#rt::StrRule { min_length: #min, max_length: #max, pattern: #pattern, uuid: #uuid });
                    });
            }
            TypeRef::I32 | TypeRef::I64 | TypeRef::F64
                if c.minimum.is_some() || c.maximum.is_some() =>
            {
                let (min, max) = (opt_f64(c.minimum), opt_f64(c.maximum));
                let as_f64 = if *ty == TypeRef::F64 {
                    quote!(*#value)
                } else {
                    quote!(*#value as f64)
                };
                out.extend(quote! {
                                            #rt::check_number(out, #loc, #at, #field, #as_f64, #min, #max);
                });
            }
            TypeRef::Vec(inner) => {
                if c.min_items.is_some() || c.max_items.is_some() {
                    let (min, max) = (opt_usize(c.min_items), opt_usize(c.max_items));
                    out.extend(quote! {
                        #rt::check_items(out, #loc, #at, #field, #value.len(), #min, #max);
                    });
                }
                if let Some(ic) = &c.items {
                    let inner_checks = self.checks(
                        pat_prefix,
                        loc,
                        quote!(&item_at),
                        "",
                        quote!(item),
                        inner,
                        ic,
                    );
                    if !inner_checks.is_empty() {
                        out.extend(quote! {
                            for (index, item) in #value.iter().enumerate() {
                                let item_at = ::std::format!("{}{}/{}", #at, #field, index);
                                #inner_checks
                            }
                        });
                    }
                }
            }
            _ => {}
        }
        out
    }

    fn emit_struct(&self, t: &TypeDef, fields: &[Field], tag: Option<&StructTag>) -> TokenStream {
        let rt = &self.rt;
        let d = docs(&t.docs);
        let name = ident(&t.name);
        let all_optional = fields.iter().all(|f| !f.required);
        let derives = self.derives(&t.name, all_optional);
        let tag_attr = tag.map(
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
            if f.required {
                let attr = rename.map(|r| quote!(#[serde(#r)]));
                quote!(#fd #dep #attr pub #rust: #ty,)
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
            let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.wire)).collect();
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
                let doc = format!(" Sets `{}`.", f.wire);
                let dep = f
                    .deprecated
                    .then(|| quote!(#[deprecated] #[allow(deprecated)]));
                let (arg, conv) = self.setter_arg(&f.ty, f.boxed, &quote!());
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
        let validate = t.dir.request.then(|| {
            let loc = quote!(#rt::Location::Body);
            let mut body = TokenStream::new();
            for f in fields.iter().filter(|f| !f.read_only) {
                let rust = ident(&f.rust);
                let field = format!("/{}", crate::diagnostics::escape_pointer_token(&f.wire));
                let checks = self.checks(&quote!(), &loc, quote!(at), &field, quote!(value), &f.ty, &f.constraints);
                let nested = self.validates(&f.ty).then(|| {
                    quote!(#rt::Validate::collect_violations(value, &::std::format!("{}{}", at, #field), out);)
                });
                if checks.is_empty() && nested.is_none() {
                    continue;
                }
                if f.required {
                    body.extend(quote!({ let value = &self.#rust; #checks #nested }));
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
        });
        // A variant struct's derived decoder ignores its tag, so the public impl checks the tag
        // and then runs the derived decoder of a private serde `remote` mirror.
        let checked = tag.map(|StructTag { property: p, value: v, mirror }| {
            let mirror = ident(mirror);
            let mirror_fields = fields.iter().map(|f| {
                let (rust, ty, rename) = self.field_parts(f);
                if f.required {
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
                struct #mirror { #(#mirror_fields)* }
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                        #rt::deserialize_tag_checked(deserializer, #p, #v, #mirror::deserialize)
                    }
                }
            }
        });
        quote! {
            #d
            #derives
            #tag_attr
            #[non_exhaustive]
            pub struct #name { #(#decl)* }
            #checked
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

    fn emit_params(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let visible: Vec<&ParamDef> = op
            .params
            .iter()
            .filter(|p| !p.hidden && p.location != ParamLocation::Header)
            .collect();
        let prefix = quote!(super::super::);
        let decl = visible.iter().map(|p| {
            let d = docs(&p.docs);
            let rust = ident(&p.rust);
            let ty = self.ty(&p.ty, &prefix);
            if p.required {
                quote!(#d pub #rust: #ty,)
            } else {
                quote!(#d pub #rust: ::std::option::Option<#ty>,)
            }
        });
        let required: Vec<&&ParamDef> = visible.iter().filter(|p| p.required).collect();
        let args = required.iter().map(|p| {
            let rust = ident(&p.rust);
            let ty = self.arg_ty(&p.ty, &prefix);
            quote!(#rust: #ty)
        });
        let inits = visible.iter().map(|p| {
            let rust = ident(&p.rust);
            match (p.required, &p.ty) {
                (true, TypeRef::String) => quote!(#rust: #rust.into(),),
                (true, _) => quote!(#rust,),
                (false, _) => quote!(#rust: ::std::option::Option::None,),
            }
        });
        let setters = visible.iter().filter(|p| !p.required).map(|p| {
            let rust = ident(&p.rust);
            let setter = ident(&p.setter);
            let doc = format!(" Sets the `{}` query parameter.", p.wire);
            let (arg, conv) = self.setter_arg(&p.ty, false, &prefix);
            quote! {
                #[doc = #doc]
                #[must_use]
                pub fn #setter(mut self, value: #arg) -> Self {
                    self.#rust = ::std::option::Option::Some(#conv);
                    self
                }
            }
        });
        let path_values = visible
            .iter()
            .filter(|p| p.location == ParamLocation::Path)
            .map(|p| {
                let rust = ident(&p.rust);
                let wire = &p.wire;
                match p.ty {
                    TypeRef::String => {
                        quote!((#wire, ::std::borrow::Cow::Borrowed(self.#rust.as_str())),)
                    }
                    _ => quote!((#wire, ::std::borrow::Cow::Owned(self.#rust.to_string())),),
                }
            });
        let query_values = visible
            .iter()
            .filter(|p| p.location == ParamLocation::Query)
            .map(|p| {
                let rust = ident(&p.rust);
                let wire = &p.wire;
                let push = match &p.ty {
                    TypeRef::String => quote!(query.push((#wire, value.clone()));),
                    // Arrays use the default `form` style with `explode`: one pair per item.
                    TypeRef::Vec(inner) if **inner == TypeRef::String => {
                        quote!(for item in value { query.push((#wire, item.clone())); })
                    }
                    TypeRef::Vec(_) => {
                        quote!(for item in value { query.push((#wire, item.to_string())); })
                    }
                    _ => quote!(query.push((#wire, value.to_string()));),
                };
                if p.required {
                    quote!({ let value = &self.#rust; #push })
                } else {
                    quote!(if let ::std::option::Option::Some(value) = &self.#rust { #push })
                }
            });
        let has_query = visible.iter().any(|p| p.location == ParamLocation::Query);
        let query_fn = if has_query {
            quote! {
                fn query_values(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                    let mut query = ::std::vec::Vec::new();
                    #(#query_values)*
                    query
                }
            }
        } else {
            quote! {
                fn query_values(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                    ::std::vec::Vec::new()
                }
            }
        };
        let mut vbody = TokenStream::new();
        for p in &visible {
            let rust = ident(&p.rust);
            let loc = match p.location {
                ParamLocation::Path => quote!(#rt::Location::Path),
                _ => quote!(#rt::Location::Query),
            };
            let checks = self.checks(
                &prefix,
                &loc,
                quote!(""),
                &p.wire,
                quote!(value),
                &p.ty,
                &p.constraints,
            );
            if checks.is_empty() {
                continue;
            }
            if p.required {
                vbody.extend(quote!({ let value = &self.#rust; #checks }));
            } else {
                vbody.extend(
                    quote!(if let ::std::option::Option::Some(value) = &self.#rust { #checks }),
                );
            }
        }
        let out_name = if vbody.is_empty() {
            quote!(_out)
        } else {
            quote!(out)
        };
        let default = required.is_empty().then(|| quote!(Default,));
        let eq = visible
            .iter()
            .all(|p| p.ty != TypeRef::F64)
            .then(|| quote!(Eq,));
        let doc = format!(" Path and query parameters of `{}`.", op.id);
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq, #eq #default)]
            #[non_exhaustive]
            pub struct Params { #(#decl)* }
            impl Params {
                /// Creates the parameters from the required ones; optional ones start unset.
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits)* }
                }
                #(#setters)*
            }
            impl #rt::Validate for Params {
                fn collect_violations(&self, _at: &str, #out_name: &mut ::std::vec::Vec<#rt::Violation>) {
                    #vbody
                }
            }
            impl #rt::Params for Params {
                fn path_values(&self) -> ::std::vec::Vec<(&'static str, ::std::borrow::Cow<'_, str>)> {
                    ::std::vec![#(#path_values)*]
                }
                #query_fn
            }
        }
    }

    fn emit_version(&self, op: &OperationDef, v: &VersionDef) -> TokenStream {
        let rt = &self.rt;
        let prefix = quote!(super::super::);
        let name = ident(&v.type_name);
        let opt_str = |s: Option<&str>| match s {
            Some(s) => quote!(::std::option::Option::Some(#s)),
            None => quote!(::std::option::Option::None),
        };
        let request = match &v.request {
            Some(t) => self.ty(t, &prefix),
            None => quote!(#rt::NoBody),
        };
        let response = match &v.response {
            Some(t) => self.ty(t, &prefix),
            None => quote!(#rt::NoContent),
        };
        let error = match &op.error {
            Some(t) => self.ty(t, &prefix),
            None => quote!(::serde_json::Value),
        };
        let method = ident(op.method.variant());
        let params = op.params.iter().map(|p| {
            let n = &p.wire;
            let loc = ident(match p.location {
                ParamLocation::Path => "Path",
                ParamLocation::Query => "Query",
                ParamLocation::Header => "Header",
            });
            let required = p.required;
            let settable = !p.hidden;
            let default = opt_str(p.default.as_deref());
            quote!(#rt::ParameterDescriptor { name: #n, location: #rt::ParameterLocation::#loc, required: #required, settable: #settable, default: #default },)
        });
        let responses = v.responses.iter().map(|r| {
            let status = &r.status;
            let desc = &r.description;
            let media = opt_str(r.media_type.as_deref());
            let body = r.body.as_ref().map(|b| self.ty(b, &quote!()).to_string().replace(' ', ""));
            let body = opt_str(body.as_deref());
            let headers = r.headers.iter().map(|h| {
                let (n, d) = (&h.name, &h.description);
                quote!(#rt::HeaderDescriptor { name: #n, description: #d },)
            });
            quote!(#rt::ResponseDescriptor { status: #status, description: #desc, media_type: #media, body: #body, headers: &[#(#headers)*] },)
        });
        let (oid, path, accept) = (&op.id, &op.path, &v.accept);
        let ov = opt_str(op.override_id.as_deref());
        let version = opt_str(v.version.as_deref());
        let ct = opt_str(v.content_type.as_deref());
        let sunset = opt_str(v.sunset.as_deref());
        let roles = &op.roles;
        let rbr = v.request_required;
        let status = v.success_status;
        let mut doc = format!(" `{}` at ", op.id);
        match &v.version {
            Some(ver) => doc.push_str(&format!("API version {ver} (`{}`).", v.accept)),
            None => doc.push_str(&format!("`{}`.", v.accept)),
        }
        let sunset_doc = v.sunset.as_ref().map(|s| {
            let s = format!(" Sunset: the server stops serving this version on {s}.");
            quote!(#[doc = ""] #[doc = #s])
        });
        quote! {
            #[doc = #doc]
            #sunset_doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub struct #name;
            impl #rt::Operation for #name {
                type Params = Params;
                type Request = #request;
                type Response = #response;
                type Error = #error;
                const DESCRIPTOR: &'static #rt::OperationDescriptor = &#rt::OperationDescriptor {
                    operation_id: #oid,
                    operation_id_override: #ov,
                    method: #rt::Method::#method,
                    path: #path,
                    version: #version,
                    accept: #accept,
                    content_type: #ct,
                    request_body_required: #rbr,
                    success_status: #status,
                    sunset: #sunset,
                    required_roles: &[#(#roles),*],
                    parameters: &[#(#params)*],
                    responses: &[#(#responses)*],
                };
            }
        }
    }

    fn emit_operation(&self, op: &OperationDef) -> TokenStream {
        let d = docs(&op.docs);
        let module = ident(&op.module);
        let params = self.emit_params(op);
        let versions = op.versions.iter().map(|v| self.emit_version(op, v));
        let latest = op
            .versions
            .iter()
            .rev()
            .find(|v| v.version.is_some())
            .or(op.versions.last())
            .map(|v| {
                let n = ident(&v.type_name);
                quote! {
                    /// The newest version the spec declares for this operation.
                    pub type Latest = #n;
                }
            });
        let alias = op.alias.as_ref().map(|a| {
            let a = ident(a);
            let doc = format!(
                " `{}`: the operation's legacy name for [`{}`].",
                op.override_id.as_deref().unwrap_or_default(),
                op.module
            );
            quote!(#[doc = #doc] pub use #module as #a;)
        });
        quote! {
            #d
            pub mod #module {
                #params
                #(#versions)*
                #latest
            }
            #alias
        }
    }
}

/// Emits the whole file body (without the header comment).
pub fn emit(model: &Model, runtime_path: &str) -> Result<String, String> {
    let rt: TokenStream = runtime_path
        .parse()
        .map_err(|e| format!("invalid runtime path {runtime_path:?}: {e}"))?;
    let e = Emitter {
        rt: rt.clone(),
        types: model.types.iter().map(|t| (t.name.as_str(), t)).collect(),
        used_patterns: Default::default(),
    };

    // Each type and operation is formatted as soon as it is emitted, so that only one item's
    // tokens and syntax tree are alive at a time (the whole Atlas API is 8 MB of source).
    let mut types = String::new();
    for t in &model.types {
        types.push_str(&format(e.emit_type(t))?);
    }
    let mut ops = String::new();
    for (i, o) in model.operations.iter().enumerate() {
        let op = e.emit_operation(o);
        // Formatted inside the module, so that indentation and line breaks are the module's; the
        // module's own lines are cut off again.
        let text = if i == 0 {
            format(quote! {
                /// The spec's operations: one module each, with a marker type per API version.
                pub mod operations { #op }
            })?
        } else {
            format(quote!(pub mod operations { #op }))?
        };
        let text = text
            .strip_suffix("}\n")
            .ok_or("formatted operations module does not end with `}`")?;
        let text = if i == 0 {
            text
        } else {
            text.strip_prefix("pub mod operations {\n")
                .ok_or("formatted operations module does not start as expected")?
        };
        ops.push_str(text);
    }
    if model.operations.is_empty() {
        ops = format(quote! {
            /// The spec's operations: one module each, with a marker type per API version.
            pub mod operations {}
        })?;
    } else {
        ops.push_str("}\n");
    }
    // Only the patterns that a check uses (response-only fields are not validated).
    let used = e.used_patterns.borrow().clone();
    let patterns = model
        .patterns
        .iter()
        .filter(|p| used.contains(&p.name))
        .map(|p| {
            let (n, pattern) = (ident(&p.name), &p.pattern);
            quote!(static #n: #rt::Pattern = #rt::Pattern::new(#pattern);)
        });
    let mut out = format(quote!(#(#patterns)*))?;
    out.reserve(types.len() + ops.len());
    out.push_str(&types);
    out.push_str(&ops);
    Ok(out)
}

/// Formats a sequence of items with prettyplease.
fn format(items: TokenStream) -> Result<String, String> {
    let parsed: syn::File =
        syn::parse2(items).map_err(|err| format!("generated code does not parse: {err}"))?;
    Ok(prettyplease::unparse(&parsed))
}
