//! What [`crate::Settings::with_crate_docs`] adds: the `tags` module, the `doc(cfg)` attributes
//! that name the cargo features enabling an item, and each operation page's versions and call.
//!
//! Every line here is made from Rust names of the model, or from spec text through
//! `crate::docs`; the only code block is the generator's own `ignore` block of a call.

use std::collections::{BTreeSet, HashMap};

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::docs::{code, text};
use crate::model::{Model, OperationDef, TypeDef, TypeKind, TypeRef, VersionDef};

/// The crate the output is documented as, and the `doc(cfg)` attribute of each type.
pub(super) struct CrateDocs {
    /// The crate's name as a path (`atlas_admin_api`).
    pub(super) krate: String,
    /// Each type's attribute, by Rust name; a type that every tag reaches has none.
    types: HashMap<String, TokenStream>,
}

impl CrateDocs {
    pub(super) fn new(model: &Model, krate: &str) -> Self {
        CrateDocs {
            krate: krate.to_owned(),
            types: type_cfgs(model),
        }
    }

    /// The `doc(cfg)` attribute of type `name`, if it has one.
    pub(super) fn type_cfg(&self, name: &str) -> Option<&TokenStream> {
        self.types.get(name)
    }
}

/// `#[cfg_attr(docsrs, doc(cfg(pred)))]`.
fn cfg_attr(pred: TokenStream) -> TokenStream {
    quote!(#[cfg_attr(docsrs, doc(cfg(#pred)))])
}

/// `feature = "a"`, or `any(feature = "a", ...)`; `None` for no feature.
fn any_feature<S: AsRef<str>>(features: &[S]) -> Option<TokenStream> {
    let preds: Vec<TokenStream> = features
        .iter()
        .map(|f| {
            let f = f.as_ref();
            quote!(feature = #f)
        })
        .collect();
    match preds.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(quote!(any(#(#many),*))),
    }
}

/// Whether `v` is the preview API's version.
fn is_preview(v: &VersionDef) -> bool {
    v.version.as_deref() == Some("preview")
}

/// Whether every version of `op` is the preview's: the operation exists only with `preview`.
fn preview_only(op: &OperationDef) -> bool {
    !op.versions.is_empty() && op.versions.iter().all(is_preview)
}

/// The cargo features of `op`'s tags, each once, in the operation's order.
fn op_features(op: &OperationDef) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &op.tags {
        let f = crate::feature_name(t);
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// The attribute of an operation module (and its alias): any of its tags' features, and
/// `preview` too when it has no other version.
pub(super) fn operation_cfg(op: &OperationDef) -> Option<TokenStream> {
    let tags = any_feature(&op_features(op))?;
    Some(if preview_only(op) {
        cfg_attr(quote!(all(#tags, feature = "preview")))
    } else {
        cfg_attr(tags)
    })
}

/// The attribute of a version marker: `preview` for the preview's.
pub(super) fn version_cfg(v: &VersionDef) -> Option<TokenStream> {
    is_preview(v).then(|| cfg_attr(quote!(feature = "preview")))
}

/// The named types `t` holds.
fn named<'t>(t: &'t TypeRef, out: &mut Vec<&'t str>) {
    match t {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Vec(inner) | TypeRef::Map(inner) => named(inner, out),
        _ => {}
    }
}

/// The named types a type's fields, variants or target hold.
fn children(t: &TypeDef) -> Vec<&str> {
    let mut out = Vec::new();
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields.iter().for_each(|f| named(&f.ty, &mut out)),
        TypeKind::Tagged { variants, .. } => out.extend(variants.iter().map(|v| v.target.as_str())),
        TypeKind::Untagged { variants } => variants.iter().for_each(|v| named(&v.ty, &mut out)),
        TypeKind::Alias(target) => named(target, &mut out),
        TypeKind::StringEnum { .. } => {}
    }
    out
}

/// Every type reachable from `roots`.
fn reach<'m>(types: &HashMap<&str, &'m TypeDef>, roots: Vec<&'m str>) -> BTreeSet<&'m str> {
    let mut seen = BTreeSet::new();
    let mut stack = roots;
    while let Some(n) = stack.pop() {
        let Some(t) = types.get(n) else { continue };
        if seen.insert(t.name.as_str()) {
            stack.extend(children(t));
        }
    }
    seen
}

/// Each type's attribute: the features of the tags whose operations reach it, and `preview` with
/// those that reach it through the preview API alone. A type every tag reaches through a stable
/// version (the error body) has none.
fn type_cfgs(model: &Model) -> HashMap<String, TokenStream> {
    let types: HashMap<&str, &TypeDef> = model.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut stable: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut preview: HashMap<&str, Vec<&str>> = HashMap::new();
    for tag in &model.tags {
        let (mut roots, mut preview_roots) = (Vec::new(), Vec::new());
        for op in model
            .operations
            .iter()
            .filter(|o| o.tags.contains(&tag.name))
        {
            let only = preview_only(op);
            let shared = if only { &mut preview_roots } else { &mut roots };
            op.params.iter().for_each(|p| named(&p.ty, shared));
            if let Some(e) = &op.error {
                named(e, shared);
            }
            for v in &op.versions {
                let to = if only || is_preview(v) {
                    &mut preview_roots
                } else {
                    &mut roots
                };
                for t in v.request.iter().chain(&v.response) {
                    named(t, to);
                }
            }
        }
        let reached = reach(&types, roots);
        for &n in &reached {
            stable.entry(n).or_default().push(&tag.feature);
        }
        for n in reach(&types, preview_roots) {
            if !reached.contains(n) {
                preview.entry(n).or_default().push(&tag.feature);
            }
        }
    }
    let mut out = HashMap::new();
    for t in &model.types {
        let name = t.name.as_str();
        let stable = stable.get(name).map(Vec::as_slice).unwrap_or_default();
        if stable.len() == model.tags.len() {
            continue;
        }
        let mut preds: Vec<TokenStream> = stable.iter().map(|f| quote!(feature = #f)).collect();
        if let Some(p) = preview.get(name).and_then(|p| any_feature(p)) {
            preds.push(quote!(all(#p, feature = "preview")));
        }
        let pred = match preds.as_slice() {
            [] => continue,
            [one] => one.clone(),
            many => quote!(any(#(#many),*)),
        };
        out.insert(name.to_owned(), cfg_attr(pred));
    }
    out
}

/// The `tags` module: one module per tag, re-exporting the tag's operation modules.
pub(super) fn tags_module(model: &Model) -> TokenStream {
    let modules = model.tags.iter().map(|tag| {
        let ops: Vec<&OperationDef> = model
            .operations
            .iter()
            .filter(|o| o.tags.contains(&tag.name))
            .collect();
        let mut lines = tag.docs.clone();
        lines.push(String::new());
        lines.push(format!(
            "Enabled by the {} feature. Its operations:",
            code(&tag.feature)
        ));
        lines.push(String::new());
        for o in &ops {
            let link = format!("[`{0}`](crate::operations::{0})", o.module);
            lines.push(match &o.summary {
                Some(s) => format!("- {link}: {s}"),
                None => format!("- {link}"),
            });
        }
        let d = docs(&lines);
        let cfg = any_feature(std::slice::from_ref(&tag.feature)).map(cfg_attr);
        let module = ident(&tag.module);
        let uses = ops.iter().map(|o| ident(&o.module));
        quote! {
            #d
            #cfg
            pub mod #module {
                #(pub use crate::operations::#uses;)*
            }
        }
    });
    quote! {
        /// The operations by tag: one module per tag of the spec, documented with the tag's
        /// description, which re-exports the modules of [`operations`] that have the tag.
        pub mod tags {
            #(#modules)*
        }
    }
}

/// A type as a reader writes it, under `krate`.
fn doc_type(t: &TypeRef, krate: &str) -> String {
    match t {
        TypeRef::String => "String".to_owned(),
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::F64 => "f64".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::Binary => format!("{krate}::Binary"),
        TypeRef::Named(n) => format!("{krate}::{n}"),
        TypeRef::Vec(inner) => format!("Vec<{}>", doc_type(inner, krate)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", doc_type(inner, krate)),
    }
}

/// The lines an operation's module page gets: its versions, with their media types and sunset
/// dates, and a call of `latest` (the `Latest` version; the first one when it has none).
pub(super) fn page_docs(
    op: &OperationDef,
    latest: Option<&VersionDef>,
    krate: &str,
) -> Vec<String> {
    let m = &op.module;
    let mut lines = vec![String::new(), "# Versions".to_owned(), String::new()];
    for v in &op.versions {
        let mut line = format!("- [`{0}`](crate::operations::{m}::{0}): ", v.type_name);
        match &v.version {
            Some(ver) if is_preview(v) => line.push_str(&format!(
                "the preview API ({}), with the {} feature",
                code(ver),
                code("preview")
            )),
            Some(ver) => line.push_str(&format!("API version {}", code(ver))),
            None => line.push_str("unversioned"),
        }
        line.push_str(&format!(", {}", code(&v.accept)));
        if v.alternative {
            line.push_str(", the same version's body in another media type than JSON");
        }
        if let Some(s) = &v.sunset {
            line.push_str(&format!(
                "; sunset: the server stops serving it on {}",
                text(s)
            ));
        }
        if latest.is_some_and(|l| std::ptr::eq(l, v)) {
            line.push_str(&format!(
                "; the [`Latest`](crate::operations::{m}::Latest) version"
            ));
        }
        line.push('.');
        lines.push(line);
    }
    let Some(v) = latest.or(op.versions.first()) else {
        return lines;
    };
    let marker = if latest.is_some() {
        "Latest"
    } else {
        v.type_name.as_str()
    };
    lines.extend([
        String::new(),
        "# Calling it".to_owned(),
        String::new(),
        format!(
            "With a [`Client`](crate::Client) `client`, in an `async` function that returns \
             `Result<_, {krate}::Error>`:"
        ),
        String::new(),
        "```ignore".to_owned(),
    ]);
    lines.push(format!("use {krate}::operations::{m} as op;"));
    if v.request.is_none() {
        lines.push(format!("use {krate}::NoBody;"));
    }
    if v.pagination.is_some() {
        lines.push("use futures_util::TryStreamExt;".to_owned());
    }
    lines.push(String::new());
    let args: Vec<&str> = op
        .params
        .iter()
        .filter(|p| !p.hidden && p.required)
        .map(|p| p.rust.as_str())
        .collect();
    lines.push(format!(
        "let params = op::Params::new({});",
        args.join(", ")
    ));
    let body = match &v.request {
        Some(t) => {
            lines.push(format!(
                "// `body`: the request body, a `{}`.",
                doc_type(t, krate)
            ));
            "&body"
        }
        None => "&NoBody",
    };
    lines.push(format!(
        "let answer = client.execute::<op::{marker}>(&params, {body}).await?;"
    ));
    match &v.response {
        Some(TypeRef::Binary) => {
            lines.push("let bytes = answer.body.bytes();".to_owned());
            lines.push(format!(
                "// Or chunk by chunk: client.execute_stream::<op::{marker}>(&params, {body})"
            ));
        }
        Some(t) => lines.push(format!("let body: {} = answer.body;", doc_type(t, krate))),
        None => {}
    }
    if v.pagination.is_some() {
        lines.push(String::new());
        lines.push(
            "// Every item of every page, a page fetched when the items before it are taken:"
                .to_owned(),
        );
        lines.push(format!(
            "let items: Vec<_> = client.paginate::<op::{marker}>(params).try_collect().await?;"
        ));
    }
    lines.push("```".to_owned());
    lines
}
