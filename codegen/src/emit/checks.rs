//! The checks of `validate()`: string rules, number bounds, item counts, nested items.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{ident, Emitter};
use crate::model::{Constraints, TypeRef};

impl Emitter<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn checks(
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
}
