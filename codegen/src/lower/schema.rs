//! A flattened, read-only view of a schema of any kind: the keywords lowering types a value by,
//! as the schema's [`Kind`] lets them count.

use crate::json::Value;
use crate::spec::{AdditionalProperties, Kind, ReferenceOr, Schema};

use crate::diagnostics::escape_pointer_token as esc;
use crate::model::TypeRef;

#[derive(Clone, Copy)]
pub(crate) enum SRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Inline(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Inline(s),
        }
    }
}

impl<'a> From<&'a Box<ReferenceOr<Schema>>> for SRef<'a> {
    fn from(r: &'a Box<ReferenceOr<Schema>>) -> Self {
        SRef::from(&**r)
    }
}

/// A flattened view of any schema kind.
#[derive(Default)]
pub(crate) struct View<'a> {
    pub(crate) typ: Option<&'a str>,
    pub(crate) properties: Vec<(&'a str, SRef<'a>)>,
    pub(crate) required: Vec<&'a str>,
    pub(crate) additional: Option<Option<SRef<'a>>>,
    pub(crate) items: Option<SRef<'a>>,
    pub(crate) all_of: Vec<SRef<'a>>,
    pub(crate) one_of: Vec<SRef<'a>>,
    pub(crate) any_of: Vec<SRef<'a>>,
    pub(crate) not: bool,
    pub(crate) enumeration: Vec<Value>,
    pub(crate) format: Option<String>,
    pub(crate) pattern: Option<&'a str>,
    pub(crate) min_length: Option<usize>,
    pub(crate) max_length: Option<usize>,
    pub(crate) minimum: Option<f64>,
    pub(crate) maximum: Option<f64>,
    pub(crate) min_items: Option<usize>,
    pub(crate) max_items: Option<usize>,
}

fn additional_of(a: &Option<AdditionalProperties>) -> Option<Option<SRef<'_>>> {
    match a {
        None | Some(AdditionalProperties::Any(false)) => None,
        Some(AdditionalProperties::Any(true)) => Some(None),
        Some(AdditionalProperties::Schema(s)) => Some(Some(SRef::from(&**s))),
    }
}

pub(crate) fn view(s: &Schema) -> View<'_> {
    let k = &s.schema_kind;
    let enumeration = match k.kind {
        // A typed string lists its strings; `null` in the list is left to `nullable`.
        Kind::String => k
            .enumeration
            .iter()
            .filter(|v| !v.is_null())
            .cloned()
            .collect(),
        // A typed number, integer or boolean keeps its `enum` out of the view: such a value is
        // typed as its scalar, not as an enum.
        Kind::Number | Kind::Integer | Kind::Boolean => Vec::new(),
        _ => k.enumeration.clone(),
    };
    View {
        typ: k.typ.as_deref(),
        properties: k
            .properties
            .iter()
            .map(|(name, s)| (name.as_str(), s.into()))
            .collect(),
        required: k.required.iter().map(String::as_str).collect(),
        additional: additional_of(&k.additional_properties),
        items: k.items.as_ref().map(SRef::from),
        all_of: k.all_of.iter().map(SRef::from).collect(),
        one_of: k.one_of.iter().map(SRef::from).collect(),
        any_of: k.any_of.iter().map(SRef::from).collect(),
        not: k.not.is_some(),
        enumeration,
        format: k.format.clone(),
        pattern: k.pattern.as_deref(),
        min_length: k.min_length,
        max_length: k.max_length,
        minimum: k.minimum,
        maximum: k.maximum,
        min_items: k.min_items,
        max_items: k.max_items,
    }
}

impl<'a> View<'a> {
    /// The one scalar mapping: `boolean`, `integer` (`int32` or else 64 bits), `number`,
    /// `string`; `None` for anything else.
    pub(crate) fn scalar(&self) -> Option<TypeRef> {
        match self.typ? {
            "string" => Some(TypeRef::String),
            "boolean" => Some(TypeRef::Bool),
            "integer" => Some(match self.format.as_deref() {
                Some("int32") => TypeRef::I32,
                _ => TypeRef::I64,
            }),
            "number" => Some(TypeRef::F64),
            _ => None,
        }
    }

    /// [`View::scalar`], with an untyped schema as a string (how parameters travel).
    pub(crate) fn scalar_or_string(&self) -> Option<TypeRef> {
        match self.typ {
            None => Some(TypeRef::String),
            Some(_) => self.scalar(),
        }
    }

    /// Whether the schema says nothing about the value's shape: no type, properties, items,
    /// composition, enum or constraint (a `description` or `readOnly` alone).
    pub(crate) fn is_annotation_only(&self) -> bool {
        self.typ.is_none()
            && self.properties.is_empty()
            && self.required.is_empty()
            && self.additional.is_none()
            && self.items.is_none()
            && self.all_of.is_empty()
            && self.one_of.is_empty()
            && self.any_of.is_empty()
            && !self.not
            && self.enumeration.is_empty()
            && self.format.is_none()
            && self.pattern.is_none()
            && self.min_length.is_none()
            && self.max_length.is_none()
            && self.minimum.is_none()
            && self.maximum.is_none()
            && self.min_items.is_none()
            && self.max_items.is_none()
    }

    /// The one `$ref` of `allOf: [{$ref}, {description: ...}]`, the common way to annotate a
    /// reference: such a schema is the referenced type itself, not a new one.
    pub(crate) fn annotated_ref(&self) -> Option<&'a str> {
        let mut only = None;
        for m in &self.all_of {
            match m {
                SRef::Ref(r) if only.is_none() => only = Some(*r),
                SRef::Inline(s) if view(s).is_annotation_only() => {}
                _ => return None,
            }
        }
        let outer_is_plain = self.properties.is_empty()
            && self.one_of.is_empty()
            && self.enumeration.is_empty()
            && matches!(self.typ, None | Some("object"));
        only.filter(|_| outer_is_plain)
    }

    /// The alternatives of an `anyOf` that says which shapes a value may have, as opposed to
    /// one whose members only add `required` lists to the schema's own properties (`anyOf:
    /// [{required: [a]}, {required: [b]}]`, "at least one of"), which types nothing.
    pub(crate) fn alternatives(&self) -> Option<&[SRef<'a>]> {
        let constraint_only = |m: &SRef<'a>| match m {
            SRef::Inline(s) => {
                let v = view(s);
                v.properties.is_empty()
                    && v.items.is_none()
                    && v.additional.is_none()
                    && v.all_of.is_empty()
                    && v.one_of.is_empty()
                    && v.any_of.is_empty()
                    && v.enumeration.is_empty()
                    && matches!(v.typ, None | Some("object"))
            }
            SRef::Ref(_) => false,
        };
        (!self.any_of.is_empty() && !self.any_of.iter().all(constraint_only))
            .then_some(self.any_of.as_slice())
    }

    pub(crate) fn is_object_like(&self) -> bool {
        !self.properties.is_empty() || !self.all_of.is_empty()
    }
    pub(crate) fn string_enum(&self) -> Option<Vec<String>> {
        if self.enumeration.is_empty() || !matches!(self.typ, Some("string") | None) {
            return None;
        }
        self.enumeration
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect()
    }
}

pub(crate) const SCHEMA_PREFIX: &str = "#/components/schemas/";

pub(crate) fn schema_ptr(name: &str) -> String {
    format!("/components/schemas/{}", esc(name))
}
