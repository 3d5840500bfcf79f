//! Pass 3: the model -> Rust source, item by item, formatted by prettyplease or as token text
//! (`text.rs`).
//!
//! `types.rs` prints types, `checks.rs` their `validate()` bodies, `operations.rs` the operation
//! modules, `by_tag.rs` what `Settings::with_crate_docs` adds (the `tags` module, each item's
//! features for docs.rs, each operation page's versions and call), `split.rs` the output split
//! across crates (`crate::generate_split`); this file holds the `Emitter` they share and writes
//! the items out one at a time.
//!
//! Emit never looks at the OpenAPI document; every name comes from the model.

use std::collections::HashMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

mod by_tag;
mod catalog;
mod checks;
mod decode;
mod operations;
mod split;
mod text;
mod types;

pub(crate) use split::{emit_split, MAX_GROUPS};
use text::write_tokens;
pub(crate) use text::Layout;

use crate::model::{Derived, Field, Model, OperationDef, PatternDef, TypeDef, TypeKind, TypeRef};

/// Whether a field is held as `Option<Nullable<T>>` (see [`Field::sends_null`]): not when it is
/// boxed (recursive) or flattened.
fn sends_null(f: &Field) -> bool {
    f.sends_null && !f.required && !f.boxed && !f.flatten
}

/// `Some("…")` or `None`, for an optional string of a generated static.
fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::std::option::Option::Some(#s)),
        None => quote!(::std::option::Option::None),
    }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Doc attributes, one a line. Every line is made by `crate::docs`; a control character is
/// escaped here again, so that no line can hold a line break whatever made it.
fn docs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {}", crate::docs::escape_controls(l))
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

struct Emitter<'m> {
    rt: TokenStream,
    /// `rt` as text, for serde's path attributes.
    rt_text: String,
    /// Each type by Rust name, for what the analyses stored on it.
    types: HashMap<&'m str, &'m TypeDef>,
    used_patterns: std::cell::RefCell<std::collections::BTreeSet<String>>,
    /// The model's patterns, of which the emitted items' checks use some.
    patterns: &'m [PatternDef],
    /// Whether `Params` derive `Deserialize` (the operation index is asked for).
    params_deserialize: bool,
    /// The crate the output is documented as ([`crate::Settings::with_crate_docs`]).
    crate_docs: Option<by_tag::CrateDocs>,
    /// Whether the output is split across crates ([`crate::generate_split`]): what one item
    /// reaches of another's private helpers is then public (and hidden).
    split: bool,
}

impl<'m> Emitter<'m> {
    /// The emitter of `model`, generated code reaching the runtime at `runtime_path`.
    fn new(
        model: &'m Model,
        runtime_path: &str,
        operation_index: bool,
        crate_docs: Option<&str>,
    ) -> Result<Self, String> {
        let rt: TokenStream = runtime_path
            .parse()
            .map_err(|e| format!("invalid runtime path {runtime_path:?}: {e}"))?;
        Ok(Emitter {
            rt_text: rt.to_string().replace(' ', ""),
            rt,
            types: model.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            used_patterns: Default::default(),
            patterns: &model.patterns,
            params_deserialize: operation_index,
            crate_docs: crate_docs.map(|k| by_tag::CrateDocs::new(model, k)),
            split: false,
        })
    }

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
            TypeRef::Binary => {
                let rt = &self.rt;
                quote!(#rt::Binary)
            }
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
        let rt = &self.rt;
        let ty = if f.required {
            ty
        } else if sends_null(f) {
            quote!(::std::option::Option<#rt::Nullable<#ty>>)
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

    /// Whether a struct's `Serialize` and `Deserialize` are written out (`emit/decode.rs`) rather
    /// than derived: every struct but those with a flattened field, whose buffering serde's
    /// derive does.
    fn coded_by_hand(&self, name: &str) -> bool {
        matches!(
            self.types.get(name).map(|t| &t.kind),
            Some(TypeKind::Struct { fields, .. }) if !fields.iter().any(|f| f.flatten)
        )
    }

    fn derives(&self, name: &str, default: bool) -> TokenStream {
        let serde = if self.coded_by_hand(name) {
            None
        } else if self.mirror(name).is_some() {
            Some(quote!(::serde::Serialize))
        } else {
            Some(quote!(::serde::Serialize, ::serde::Deserialize))
        };
        let eq = self.traits(name).eq.then(|| quote!(Eq,));
        let default = default.then(|| quote!(Default,));
        quote!(#[derive(Debug, Clone, PartialEq, #eq #default #serde)])
    }
}

/// Emits the whole file body (without the header comment): formatted with the `format` feature,
/// token text without it.
pub fn emit(model: &Model, runtime_path: &str) -> Result<String, String> {
    #[cfg(feature = "format")]
    let layout = Layout::Formatted;
    #[cfg(not(feature = "format"))]
    let layout = Layout::Tokens;
    emit_as(model, runtime_path, false, None, layout)
}

/// The doc line of the `operations` module.
const OPERATIONS_DOC: &str =
    " The spec's operations: one module each, with a marker type per API version.";

/// [`emit`] in the given layout, with the operation index and the docs of crate `crate_docs`
/// when asked for.
pub(crate) fn emit_as(
    model: &Model,
    runtime_path: &str,
    operation_index: bool,
    crate_docs: Option<&str>,
    layout: Layout,
) -> Result<String, String> {
    let e = Emitter::new(model, runtime_path, operation_index, crate_docs)?;
    let types: Vec<&TypeDef> = model.types.iter().collect();
    let ops: Vec<&OperationDef> = model.operations.iter().collect();
    let mut out = emit_items(&e, &types, Some(&ops), layout)?;
    if e.crate_docs.is_some() {
        layout.write(&mut out, by_tag::tags_module(model))?;
    }
    if operation_index {
        layout.write(&mut out, operation_index_fn(model, &e.rt))?;
    }
    Ok(out)
}

/// `types` and, unless `None`, the `operations` module of `ops`, with the pattern statics their
/// checks use first.
fn emit_items(
    e: &Emitter<'_>,
    types: &[&TypeDef],
    ops: Option<&[&OperationDef]>,
    layout: Layout,
) -> Result<String, String> {
    let rt = &e.rt;
    // Each type and operation is written out as soon as it is emitted, so that only one item's
    // tokens (and syntax tree, when formatted) are alive at a time (the whole Atlas API is 8 MB
    // of source).
    let mut types_text = String::new();
    for t in types {
        let cfg = e.crate_docs.as_ref().and_then(|c| c.type_cfg(&t.name));
        match cfg {
            // The attribute goes to the first item, which is the type itself.
            Some(cfg) => {
                let ty = e.emit_type(t);
                layout.write(&mut types_text, quote!(#cfg #ty))?;
            }
            None => layout.write(&mut types_text, e.emit_type(t))?,
        }
    }
    let ops = match (ops, layout) {
        (None, _) => String::new(),
        #[cfg(feature = "format")]
        (Some(ops), Layout::Formatted) => formatted_operations(e, ops)?,
        (Some(ops), Layout::Tokens) => {
            let mut text = String::new();
            write_tokens(
                &mut text,
                quote!(#[doc = #OPERATIONS_DOC] pub mod operations),
            );
            text.push_str("{\n");
            for o in ops {
                write_tokens(&mut text, e.emit_operation(o));
            }
            text.push_str("}\n");
            text
        }
    };
    // Only the patterns that a check uses (response-only fields are not validated).
    let used = e.used_patterns.borrow().clone();
    let patterns = e
        .patterns
        .iter()
        .filter(|p| used.contains(&p.name))
        .map(|p| {
            let (n, pattern) = (ident(&p.name), &p.pattern);
            quote!(static #n: #rt::Pattern = #rt::Pattern::new(#pattern);)
        });
    let mut out = String::new();
    layout.write(&mut out, quote!(#(#patterns)*))?;
    out.reserve(types_text.len() + ops.len());
    out.push_str(&types_text);
    out.push_str(&ops);
    Ok(out)
}

/// The operation index: `__visit_operations`, which shows a visitor every operation (its `INFO`)
/// and each of its versions.
fn operation_index_fn(model: &Model, rt: &TokenStream) -> TokenStream {
    let visits = model.operations.iter().map(|o| {
        let module = ident(&o.module);
        let versions = o.versions.iter().map(|v| {
            let ty = ident(&v.type_name);
            // Every answer but the raw bytes of a `Binary` can be written back as JSON.
            let serializable = (v.response.as_ref() != Some(&crate::model::TypeRef::Binary))
                .then(|| quote!(visitor.visit_serializable::<operations::#module::#ty>();));
            let paginated = v
                .pagination
                .is_some()
                .then(|| quote!(visitor.visit_paginated::<operations::#module::#ty>();));
            quote!(visitor.visit::<operations::#module::#ty>(); #serializable #paginated)
        });
        quote!(visitor.operation(&operations::#module::INFO); #(#versions)*)
    });
    quote! {
        /// Shows `visitor` every operation version of this crate, in spec order.
        #[doc(hidden)]
        // A line per operation version: as long as the spec makes it.
        #[allow(clippy::too_many_lines)]
        pub fn __visit_operations<V: #rt::OperationVisitor>(visitor: &mut V) {
            #(#visits)*
        }
    }
}

/// [`emit`] as token text whatever the features (what `build.rs` writes).
pub fn emit_unformatted(model: &Model, runtime_path: &str) -> Result<String, String> {
    emit_as(model, runtime_path, false, None, Layout::Tokens)
}

/// Builds every item's tokens and drops them, writing nothing; returns how many token trees
/// they hold. For the per-stage profile (`examples/time_generate.rs`): [`emit`] minus this is the
/// cost of writing text.
#[doc(hidden)]
pub fn build_tokens_only(model: &Model, runtime_path: &str) -> Result<usize, String> {
    let e = Emitter::new(model, runtime_path, false, None)?;
    let types = model
        .types
        .iter()
        .map(|t| e.emit_type(t).into_iter().count());
    let ops = model
        .operations
        .iter()
        .map(|o| e.emit_operation(o).into_iter().count());
    Ok(types.chain(ops).sum())
}

/// The `operations` module, formatted one operation at a time.
#[cfg(feature = "format")]
fn formatted_operations(e: &Emitter<'_>, operations: &[&OperationDef]) -> Result<String, String> {
    let format = |items: TokenStream| {
        let mut out = String::new();
        Layout::Formatted.write(&mut out, items).map(|()| out)
    };
    if operations.is_empty() {
        return format(quote! {
            #[doc = #OPERATIONS_DOC]
            pub mod operations {}
        });
    }
    let mut ops = String::new();
    for (i, o) in operations.iter().enumerate() {
        let op = e.emit_operation(o);
        // Formatted inside the module, so that indentation and line breaks are the module's; the
        // module's own lines are cut off again.
        let text = if i == 0 {
            format(quote! {
                #[doc = #OPERATIONS_DOC]
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
    ops.push_str("}\n");
    Ok(ops)
}
