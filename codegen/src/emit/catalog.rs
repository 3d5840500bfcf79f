//! With the operation index, each operation module's `INFO`: what a command line shows of the
//! operation whatever its version (tag, summary, docs URL, and each settable parameter's kind,
//! allowed values, description and example), as the runtime's `OperationInfo`. Spec text is
//! written as string literals only.

use proc_macro2::TokenStream;
use quote::quote;

use super::{opt_str, Emitter};
use crate::model::{OperationDef, ParamDef, TypeKind, TypeRef};

impl Emitter<'_> {
    /// `pub static INFO: OperationInfo` for `op`.
    pub(super) fn emit_info(&self, op: &OperationDef) -> TokenStream {
        let rt = &self.rt;
        let params = op
            .params
            .iter()
            .filter(|p| !p.hidden)
            .map(|p| self.param_info(p));
        let id = &op.id;
        let ov = opt_str(op.override_id.as_deref());
        let tag = op.tags.first().map(String::as_str).unwrap_or_default();
        let (summary, description) = (&op.text.summary, &op.text.description);
        let docs_url = opt_str(op.text.docs_url.as_deref());
        let deprecated = op.text.deprecated;
        quote! {
            /// What a command line shows of this operation, whatever its version.
            pub static INFO: #rt::OperationInfo = #rt::OperationInfo {
                operation_id: #id,
                operation_id_override: #ov,
                tag: #tag,
                summary: #summary,
                description: #description,
                docs_url: #docs_url,
                deprecated: #deprecated,
                parameters: &[#(#params),*],
            };
        }
    }

    fn param_info(&self, p: &ParamDef) -> TokenStream {
        let rt = &self.rt;
        let (kind, repeated, mut allowed) = self.value_kind(&p.ty);
        if allowed.is_empty() {
            allowed.clone_from(&p.allowed);
        }
        let kind = super::ident(kind);
        let loc = super::ident(p.location.variant());
        let (name, required, description) = (&p.wire, p.required, &p.description);
        let default = opt_str(p.default.as_deref());
        let example = opt_str(p.example.as_deref());
        quote! {
            #rt::ParameterInfo {
                name: #name,
                location: #rt::ParameterLocation::#loc,
                required: #required,
                kind: #rt::ValueKind::#kind,
                repeated: #repeated,
                allowed: &[#(#allowed),*],
                description: #description,
                default: #default,
                example: #example,
            }
        }
    }

    /// The `ValueKind` variant of a parameter of type `ty`, whether it is an array, and an enum's
    /// wire values.
    fn value_kind(&self, ty: &TypeRef) -> (&'static str, bool, Vec<String>) {
        let mut ty = ty;
        let mut repeated = false;
        // Alias chains are short; the bound only guards against a cycle.
        for _ in 0..32 {
            match ty {
                TypeRef::String => return ("String", repeated, Vec::new()),
                TypeRef::Bool => return ("Boolean", repeated, Vec::new()),
                TypeRef::I32 | TypeRef::I64 => return ("Integer", repeated, Vec::new()),
                TypeRef::F64 => return ("Number", repeated, Vec::new()),
                TypeRef::Vec(inner) if !repeated => {
                    repeated = true;
                    ty = inner;
                }
                TypeRef::Named(n) => match self.types.get(n.as_str()).map(|t| &t.kind) {
                    Some(TypeKind::StringEnum { values, .. }) => {
                        let wire = values.iter().map(|v| v.wire.clone()).collect();
                        return ("String", repeated, wire);
                    }
                    Some(TypeKind::Alias(next)) => ty = next,
                    _ => return ("Object", repeated, Vec::new()),
                },
                _ => return ("Object", repeated, Vec::new()),
            }
        }
        ("Object", repeated, Vec::new())
    }
}
