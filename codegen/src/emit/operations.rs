//! Operation modules: `Params`, a marker type per version with its descriptor (and `Paginated`
//! for a list), `Latest`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{by_tag, docs, ident, opt_str, Emitter};
use crate::docs::{code, text};
use crate::model::{
    param_struct_fields, Field, OperationDef, PageSlot, Pagination, ParamDef, ParamLocation,
    ParamStyle, TypeRef, VersionDef,
};

/// A parameter value (or an item or field of one) as the string sent: a string as is, anything
/// else by its `Display` (a string enum's is its wire value).
fn sent(ty: &TypeRef, value: &TokenStream) -> TokenStream {
    if *ty == TypeRef::String {
        quote!(#value.clone())
    } else {
        quote!(#value.to_string())
    }
}

/// Pushes `(wire, the items of the array `value` joined by `sep`)` onto `out`; an empty array is
/// not sent.
fn joined_items(out: &TokenStream, wire: &str, inner: &TypeRef, sep: char) -> TokenStream {
    let item = if *inner == TypeRef::String {
        quote!(item.as_str())
    } else {
        quote!(item.to_string().as_str())
    };
    quote! {
        if !value.is_empty() {
            let mut joined = ::std::string::String::new();
            for (i, item) in value.iter().enumerate() {
                if i > 0 {
                    joined.push(#sep);
                }
                joined.push_str(#item);
            }
            #out.push((#wire, joined));
        }
    }
}

/// How the operation index names a parameter location (`path.id`, `query.id`).
fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
    }
}

/// The separator between the items of an array in `style`.
fn separator(style: ParamStyle) -> char {
    match style {
        ParamStyle::SpaceDelimited => ' ',
        ParamStyle::PipeDelimited => '|',
        _ => ',',
    }
}

impl Emitter<'_> {
    /// Code that pushes the set parameter `value` of `p` onto `out` (`query` or `headers`) as
    /// `(name, value)` pairs, written in the parameter's style; `None` when nothing is ever sent
    /// (an object without fields).
    fn push_param(&self, p: &ParamDef, out: &TokenStream) -> Option<TokenStream> {
        let wire = &p.wire;
        let lookup = |n: &str| self.types.get(n).copied();
        Some(match &p.ty {
            TypeRef::String => quote!(#out.push((#wire, value.clone()));),
            // `form` with `explode`: one pair per item.
            TypeRef::Vec(inner) if p.style == ParamStyle::FormExploded => {
                let item = sent(inner, &quote!(item));
                quote!(for item in value { #out.push((#wire, #item)); })
            }
            TypeRef::Vec(inner) => joined_items(out, wire, inner, separator(p.style)),
            ty => match param_struct_fields(&lookup, ty) {
                Some(fields) => self.push_object(p, fields, out)?,
                None => quote!(#out.push((#wire, value.to_string()));),
            },
        })
    }

    /// [`Self::push_param`] of an object: each set field as its own pair (`form` exploded, and
    /// `deepObject` as `name[field]`), or all of them as one value (`name,value,...`, or
    /// `name=value,...` for `simple` exploded).
    fn push_object(
        &self,
        p: &ParamDef,
        fields: &[Field],
        out: &TokenStream,
    ) -> Option<TokenStream> {
        if fields.is_empty() {
            return None;
        }
        let (pairs, one_value) = match p.style {
            ParamStyle::FormExploded | ParamStyle::DeepObject => (out.clone(), false),
            _ => (quote!(pairs), true),
        };
        let pushes = fields.iter().map(|f| {
            let rust = ident(&f.rust);
            let key = match p.style {
                ParamStyle::DeepObject => format!("{}[{}]", p.wire, f.wire),
                _ => f.wire.clone(),
            };
            let item = sent(&f.ty, &quote!(item));
            if f.required {
                quote!({ let item = &value.#rust; #pairs.push((#key, #item)); })
            } else if super::sends_null(f) {
                // An explicit `null` has no query form: left out, as an absent value is.
                let rt = &self.rt;
                quote!(if let ::std::option::Option::Some(#rt::Nullable::Value(item)) = &value.#rust { #pairs.push((#key, #item)); })
            } else {
                quote!(if let ::std::option::Option::Some(item) = &value.#rust { #pairs.push((#key, #item)); })
            }
        });
        if !one_value {
            return Some(quote!(#(#pushes)*));
        }
        let wire = &p.wire;
        let between = if p.style == ParamStyle::SimpleExploded {
            '='
        } else {
            ','
        };
        Some(quote! {
            let mut pairs: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
            #(#pushes)*
            if !pairs.is_empty() {
                let mut joined = ::std::string::String::new();
                for (i, (name, item)) in pairs.iter().enumerate() {
                    if i > 0 {
                        joined.push(',');
                    }
                    joined.push_str(name);
                    joined.push(#between);
                    joined.push_str(item);
                }
                #out.push((#wire, joined));
            }
        })
    }

    /// `Params::header_values`: each set header parameter as `(name, value)`; an array is one
    /// comma-separated value (the `simple` style), an empty one is not sent; an object is
    /// `name,value,...` (`name=value,...` exploded).
    fn header_values_fn(&self, visible: &[&ParamDef]) -> TokenStream {
        let header_values = self.pushes(visible, ParamLocation::Header, &quote!(headers));
        if header_values.is_empty() {
            return quote! {
                fn header_values(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                    ::std::vec::Vec::new()
                }
            };
        }
        quote! {
            fn header_values(&self) -> ::std::vec::Vec<(&'static str, ::std::string::String)> {
                let mut headers = ::std::vec::Vec::new();
                #(#header_values)*
                headers
            }
        }
    }

    /// For each parameter in `location`, the code that pushes its pairs onto `out` when it is
    /// set.
    fn pushes(
        &self,
        visible: &[&ParamDef],
        location: ParamLocation,
        out: &TokenStream,
    ) -> Vec<TokenStream> {
        visible
            .iter()
            .filter(|p| p.location == location)
            .filter_map(|p| {
                let rust = ident(&p.rust);
                let push = self.push_param(p, out)?;
                Some(if p.required {
                    quote!({ let value = &self.#rust; #push })
                } else {
                    quote!(if let ::std::option::Option::Some(value) = &self.#rust { #push })
                })
            })
            .collect()
    }

    /// Whether a parameter of type `t` allows `Eq`.
    fn param_eq(&self, t: &TypeRef) -> bool {
        match t {
            TypeRef::F64 => false,
            TypeRef::Named(n) => self.traits(n).eq,
            TypeRef::Vec(i) | TypeRef::Map(i) => self.param_eq(i),
            _ => true,
        }
    }
}

impl Emitter<'_> {
    pub(super) fn emit_params(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let visible: Vec<&ParamDef> = op.params.iter().filter(|p| !p.hidden).collect();
        let has_headers = visible.iter().any(|p| p.location == ParamLocation::Header);
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
        // With the operation index, `Params` read from JSON by the names `read_name` gives, and
        // a name they do not have is an error.
        let decoded = self.params_deserialize.then(|| {
            let entries = visible.iter().map(|p| {
                let kind = if p.required { quote!(required) } else { quote!(optional) };
                (ident(&p.rust), kind, read_name(&visible, p))
            });
            let body = self.decode_struct_call("Params", entries, true);
            quote! {
                impl<'de> ::serde::Deserialize<'de> for Params {
                    fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                        #body
                    }
                }
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
            let kind = match p.location {
                ParamLocation::Header => "header",
                _ => "query",
            };
            let doc = format!(" Sets the {} {kind} parameter.", code(&p.wire));
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
        let query_fn = self.query_values_fn(&visible);
        // Only where there are header parameters: elsewhere the trait's default (none) stands.
        let header_fn = has_headers.then(|| self.header_values_fn(&visible));
        let (vbody, out_name) = self.params_checks(&visible, &prefix);
        let default = required.is_empty().then(|| quote!(Default,));
        let eq = visible
            .iter()
            .all(|p| self.param_eq(&p.ty))
            .then(|| quote!(Eq,));
        let doc = if has_headers {
            format!(" Path, query and header parameters of {}.", code(&op.id))
        } else {
            format!(" Path and query parameters of {}.", code(&op.id))
        };
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq, #eq #default)]
            #[non_exhaustive]
            pub struct Params { #(#decl)* }
            #decoded
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
                #header_fn
            }
        }
    }

    /// `Params::query_values`: each set query parameter as `(name, value)` pairs, in its style.
    fn query_values_fn(&self, visible: &[&ParamDef]) -> TokenStream {
        let query_values = self.pushes(visible, ParamLocation::Query, &quote!(query));
        if !query_values.is_empty() {
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
        }
    }

    /// The body of `Params`' `validate()`, and the name of its output argument (`_out` when the
    /// body is empty).
    fn params_checks(
        &self,
        visible: &[&ParamDef],
        prefix: &TokenStream,
    ) -> (TokenStream, TokenStream) {
        let rt = &self.rt;
        let mut vbody = TokenStream::new();
        for p in visible {
            let rust = ident(&p.rust);
            let variant = ident(p.location.variant());
            let loc = quote!(#rt::Location::#variant);
            let mut checks = self.checks(
                prefix,
                &loc,
                quote!(""),
                &p.wire,
                quote!(value),
                &p.ty,
                &p.constraints,
            );
            if matches!(p.ty, TypeRef::Named(_)) && self.validates(&p.ty) {
                // An object parameter's own checks, reported under the parameter:
                // `filter/name`, in the query or a header.
                let wire = &p.wire;
                checks.extend(quote! {
                    let mut nested = ::std::vec::Vec::new();
                    #rt::Validate::collect_violations(value, "", &mut nested);
                    for mut violation in nested {
                        violation.location = #loc;
                        violation.path = ::std::format!("{}{}", #wire, violation.path);
                        out.push(violation);
                    }
                });
            }
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
        (vbody, out_name)
    }

    pub(super) fn emit_version(&self, op: &OperationDef, v: &VersionDef) -> TokenStream {
        let rt = &self.rt;
        let prefix = quote!(super::super::);
        let name = ident(&v.type_name);
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
            let loc = ident(p.location.variant());
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
        // The crate users depend on, for the `User-Agent`: the compiling crate's own name, but in
        // a split output (`crate::generate_split`), whose parts are compiled in crates of their
        // own, the name their crate's `__codegen` module gives as `PRODUCT`.
        let product = if self.split {
            quote!(#rt::PRODUCT)
        } else {
            quote!(::std::concat!(
                ::std::env!("CARGO_PKG_NAME"),
                "/",
                ::std::env!("CARGO_PKG_VERSION")
            ))
        };
        let status = v.success_status;
        let mut doc = format!(" {} at ", code(&op.id));
        match &v.version {
            Some(ver) => doc.push_str(&format!("API version {} ({}).", text(ver), code(&v.accept))),
            None => doc.push_str(&format!("{}.", code(&v.accept))),
        }
        let alternative_doc = v.alternative.then(|| {
            let s = " The same version's body in another media type than JSON, as sent.";
            quote!(#[doc = ""] #[doc = #s])
        });
        let sunset_doc = v.sunset.as_ref().map(|s| {
            let s = format!(
                " Sunset: the server stops serving this version on {}.",
                text(s)
            );
            quote!(#[doc = ""] #[doc = #s])
        });
        let pagination = v
            .pagination
            .as_ref()
            .map(|p| self.emit_pagination(&name, p, &prefix));
        let cfg = match self.crate_docs {
            Some(_) => by_tag::version_cfg(v),
            None => None,
        };
        quote! {
            #[doc = #doc]
            #alternative_doc
            #sunset_doc
            #cfg
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
                const PRODUCT: ::std::option::Option<&'static str> = ::std::option::Option::Some(#product);
            }
            #pagination
        }
    }

    /// `Paginated` for a list operation's version.
    fn emit_pagination(
        &self,
        name: &proc_macro2::Ident,
        p: &Pagination,
        prefix: &TokenStream,
    ) -> TokenStream {
        let rt = &self.rt;
        let item = self.ty(&p.results.ty, prefix);
        let size = p.page_size;
        let set = |slot: &PageSlot, arg: TokenStream| {
            let field = ident(&slot.rust);
            let value = match slot.ty {
                TypeRef::I32 => {
                    quote!(::std::convert::TryFrom::try_from(#arg).unwrap_or(i32::MAX))
                }
                _ => arg,
            };
            if slot.required {
                quote!(params.#field = #value;)
            } else {
                quote!(params.#field = ::std::option::Option::Some(#value);)
            }
        };
        let set_page = set(&p.page_num, quote!(page_num));
        let set_size = set(&p.items_per_page, quote!(items_per_page));
        let results = ident(&p.results.rust);
        let items = if p.results.required {
            quote!(response.#results)
        } else {
            quote!(response.#results.unwrap_or_default())
        };
        let total = ident(&p.total_count.rust);
        let count = if p.total_count.required {
            quote!(::std::option::Option::Some(
                ::std::convert::TryFrom::try_from(response.#total).unwrap_or(0u64)
            ))
        } else {
            quote!(response.#total.map(|t| ::std::convert::TryFrom::try_from(t).unwrap_or(0u64)))
        };
        quote! {
            impl #rt::Paginated for #name {
                type Item = #item;
                const ITEMS_PER_PAGE: i64 = #size;
                fn set_page(params: &mut Params, page_num: i64, items_per_page: i64) {
                    #set_page
                    #set_size
                }
                fn into_items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
                    #items
                }
                fn total_count(response: &Self::Response) -> ::std::option::Option<u64> {
                    #count
                }
            }
        }
    }

    pub(super) fn emit_operation(&self, op: &OperationDef) -> TokenStream {
        let latest = latest_version(op);
        let (d, cfg) = match &self.crate_docs {
            Some(c) => {
                let mut lines = op.docs.clone();
                lines.extend(by_tag::page_docs(op, latest, &c.krate));
                (docs(&lines), by_tag::operation_cfg(op))
            }
            None => (docs(&op.docs), None),
        };
        let module = ident(&op.module);
        let params = self.emit_params(op);
        let versions = op.versions.iter().map(|v| self.emit_version(op, v));
        let latest = latest.map(|v| {
            let n = ident(&v.type_name);
            quote! {
                /// The newest version the spec declares for this operation.
                pub type Latest = #n;
            }
        });
        let alias = op.alias.as_ref().map(|a| {
            let a = ident(a);
            let doc = format!(
                " {}: the operation's legacy name for [`{}`].",
                code(op.override_id.as_deref().unwrap_or_default()),
                op.module
            );
            quote!(#[doc = #doc] #cfg pub use #module as #a;)
        });
        let info = self.params_deserialize.then(|| self.emit_info(op));
        quote! {
            #d
            #cfg
            pub mod #module {
                #params
                #info
                #(#versions)*
                #latest
            }
            #alias
        }
    }
}

/// The name a parameter is read by from JSON (with the operation index): its wire name, or
/// `path.id` and `query.id` for a name that two locations share.
fn read_name(visible: &[&ParamDef], p: &ParamDef) -> String {
    if visible.iter().filter(|q| q.wire == p.wire).count() > 1 {
        format!("{}.{}", location_name(p.location), p.wire)
    } else {
        p.wire.clone()
    }
}

/// The newest stable version of `op`, a dated one before the unversioned; the preview only where
/// there is nothing else. Alternatives (a CSV beside the JSON) are never `Latest`.
fn latest_version(op: &OperationDef) -> Option<&VersionDef> {
    op.versions
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.alternative)
        .max_by_key(|(i, v)| {
            (
                v.version.as_deref() != Some("preview"),
                v.version.is_some(),
                *i,
            )
        })
        .map(|(_, v)| v)
}
