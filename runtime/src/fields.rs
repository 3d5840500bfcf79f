//! The generated structs' `Serialize` and `Deserialize`: [`encode_struct!`](crate::__encode_struct),
//! [`decode_struct!`](crate::__decode_struct) and what they call.
//!
//! The generator derives neither for a struct (but one with a flattened field); its impls call
//! these macros with the struct's fields. `encode_struct!` writes the fields serde's derive
//! would, with the generator's attributes: an optional field only when set, a tagged struct's
//! tag first. `decode_struct!` is one map visitor: its keys are read by [`FieldKey`], which every
//! struct shares, as the index that the struct's own `match` of its wire names gives, and its
//! values are read here, each into its slot. What serde's derive also writes, and a JSON client
//! never uses, is left out: the array form (a JSON array does not read as an object), byte-string
//! and integer keys, and a field-name visitor per struct. An unknown key's value is skipped
//! through [`IgnoredAny`], so `serde_ignored` (which `decode_response` reads through) still names
//! it.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

/// The body of a generated struct's `serialize`: `encode_struct!(serializer, self, Name { field:
/// KIND("wire"), ... })`, then optionally `"tag" = "value"` for a struct that writes its tag.
/// `KIND` is that of [`decode_struct!`](crate::__decode_struct): a `required` field is always
/// written, an `optional` or `nullable` one when it is `Some`.
#[doc(hidden)]
#[macro_export]
macro_rules! __encode_struct {
    ($serializer:expr, $value:expr, $name:ident { $($field:ident: $kind:ident($wire:literal),)* } $($tag:literal = $tag_value:literal)?) => {{
        let __value = $value;
        let __len = 0usize $(+ { let _ = $tag; 1usize })? $(+ $crate::__encode_struct!(@count $kind __value.$field))*;
        let mut __state = ::serde::Serializer::serialize_struct($serializer, ::std::stringify!($name), __len)?;
        $(::serde::ser::SerializeStruct::serialize_field(&mut __state, $tag, $tag_value)?;)?
        $($crate::__encode_struct!(@field $kind __state __value.$field, $wire);)*
        ::serde::ser::SerializeStruct::end(__state)
    }};
    (@count required $field:expr) => { 1usize };
    (@count $kind:ident $field:expr) => { usize::from(::std::option::Option::is_some(&$field)) };
    (@field required $state:ident $field:expr, $wire:literal) => {
        ::serde::ser::SerializeStruct::serialize_field(&mut $state, $wire, &$field)?
    };
    (@field $kind:ident $state:ident $field:expr, $wire:literal) => {
        if ::std::option::Option::is_some(&$field) {
            ::serde::ser::SerializeStruct::serialize_field(&mut $state, $wire, &$field)?
        }
    };
}

/// The body of a generated struct's `deserialize`: `decode_struct!(deserializer, Name { field:
/// KIND(INDEX, "wire"), ... })`, one entry a field in declaration order, `INDEX` counting from 0 and
/// `KIND` one of `required` (absent is a `missing field` error), `optional` (absent or `null` is
/// `None`) and `nullable` (absent is `None`, `null` is `Some(Nullable::Null)`). It reads what
/// serde's derive reads with the generator's attributes, except a JSON array.
#[doc(hidden)]
#[macro_export]
macro_rules! __decode_struct {
    ($deserializer:expr, $name:ident { $($field:ident: $kind:ident($index:literal, $wire:literal),)* } $($deny:ident)?) => {{
        const __FIELDS: &[&str] = &[$($wire),*];
        // Not generic: compiled once a struct, whatever reads it.
        fn __index(key: &str) -> ::std::option::Option<usize> {
            match key {
                $($wire => ::std::option::Option::Some($index),)*
                _ => ::std::option::Option::None,
            }
        }
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = $name;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(::std::concat!("struct ", ::std::stringify!($name)))
            }
            #[allow(deprecated)]
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::std::result::Result<$name, __A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                while let ::std::option::Option::Some(__key) =
                    ::serde::de::MapAccess::next_key_seed(
                        &mut __map,
                        $crate::__codegen::FieldKey {
                            names: __FIELDS,
                            index: __index,
                            deny_unknown: $crate::__decode_struct!(@deny $($deny)?),
                        },
                    )?
                {
                    match __key {
                        $(::std::option::Option::Some($index) =>
                            $crate::__codegen::next_field(&mut __map, &mut $field, $wire)?,)*
                        _ => $crate::__codegen::skip_field(&mut __map)?,
                    }
                }
                ::std::result::Result::Ok($name {
                    $($field: $crate::__decode_struct!(@take $kind $field $wire __A),)*
                })
            }
        }
        ::serde::Deserializer::deserialize_struct(
            $deserializer,
            ::std::stringify!($name),
            __FIELDS,
            __Visitor,
        )
    }};
    (@deny) => { false };
    (@deny deny_unknown_fields) => { true };
    (@take required $slot:ident $wire:literal $a:ident) => {
        $crate::__codegen::required::<$a::Error, _>($slot, $wire)?
    };
    (@take optional $slot:ident $wire:literal $a:ident) => {
        $crate::__codegen::optional($slot)
    };
    (@take nullable $slot:ident $wire:literal $a:ident) => {
        $slot
    };
}

/// A struct's key, read as the index of its wire name among the struct's fields (`None`: a key
/// the struct does not declare, or serde's `unknown field` error with `deny_unknown`).
#[derive(Clone, Copy)]
pub struct FieldKey {
    /// The struct's wire names, in declaration order (for the `unknown field` error).
    pub names: &'static [&'static str],
    /// The index of a wire name in `names`: a `match` of the struct's own, which the compiler
    /// specializes to the names' lengths and bytes (a scan of `names` measured 1.09 × a derived
    /// struct's decoding, this 1.03–1.05 ×: BENCHMARKS row 3f).
    pub index: fn(&str) -> Option<usize>,
    /// Whether a key not among `names` is an error.
    pub deny_unknown: bool,
}

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldKey {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        match (self.index)(v) {
            None if self.deny_unknown => Err(E::unknown_field(v, self.names)),
            found => Ok(found),
        }
    }
}

/// Reads the value of a known key into its slot; a key given twice is an error, as serde's
/// derive makes it.
pub fn next_field<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a key the struct does not declare.
pub fn skip_field<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required field's value, or serde's `missing field` error naming it.
pub fn required<E: de::Error, T>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// An optional field's value: absent and `null` both read as `None`.
pub fn optional<T>(slot: Option<Option<T>>) -> Option<T> {
    slot.flatten()
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::unwrap_used)]

    use super::*;

    use crate::nullable::Nullable;

    /// A struct coded as the generator writes it: `name` required, `size` optional, `note`
    /// sending `null`, and the tag `"provider": "AWS"` written first.
    #[derive(Debug, PartialEq)]
    struct Bucket {
        name: String,
        size: Option<i64>,
        note: Option<Nullable<String>>,
    }

    impl serde::Serialize for Bucket {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            crate::__encode_struct!(serializer, self, Bucket {
                name: required("name"), size: optional("size"), note: nullable("note"),
            } "provider" = "AWS")
        }
    }

    impl<'de> Deserialize<'de> for Bucket {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::__decode_struct!(
                deserializer,
                Bucket {
                    name: required(0, "name"),
                    size: optional(1, "size"),
                    note: nullable(2, "note"),
                }
            )
        }
    }

    fn bucket(size: Option<i64>, note: Option<Nullable<String>>) -> Bucket {
        Bucket {
            name: "b".into(),
            size,
            note,
        }
    }

    #[test]
    fn the_tag_comes_first_unset_optional_fields_are_left_out_and_null_is_sent_when_asked() {
        let json = |b: &Bucket| serde_json::to_string(b).unwrap();
        assert_eq!(
            json(&bucket(None, None)),
            r#"{"provider":"AWS","name":"b"}"#
        );
        assert_eq!(
            json(&bucket(Some(3), Some(Nullable::Null))),
            r#"{"provider":"AWS","name":"b","size":3,"note":null}"#
        );
        let value = serde_json::to_value(bucket(Some(3), Some("n".into()))).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"provider": "AWS", "name": "b", "size": 3, "note": "n"})
        );
        let back: Bucket = serde_json::from_value(value).unwrap();
        assert_eq!(back, bucket(Some(3), Some("n".into())));
    }

    #[test]
    fn null_reads_as_null_where_the_field_sends_it_and_as_absent_elsewhere() {
        let b: Bucket =
            serde_json::from_str(r#"{"name": "b", "size": null, "note": null}"#).unwrap();
        assert_eq!(b, bucket(None, Some(Nullable::Null)));
        let b: Bucket = serde_json::from_str(r#"{"name": "b"}"#).unwrap();
        assert_eq!(b, bucket(None, None));
    }

    #[test]
    fn known_keys_fill_their_fields_and_null_or_absent_optional_ones_are_none() {
        let b: Bucket = serde_json::from_str(r#"{"size": 3, "name": "b"}"#).unwrap();
        assert_eq!(b, bucket(Some(3), None));
        let b: Bucket = serde_json::from_str(r#"{"name": "b", "size": null}"#).unwrap();
        assert_eq!(b.size, None);
        let b: Bucket = serde_json::from_str(r#"{"name": "b"}"#).unwrap();
        assert_eq!(b.size, None);
    }

    #[test]
    fn a_missing_required_field_a_repeated_key_and_an_array_are_errors_naming_them() {
        let e = serde_json::from_str::<Bucket>(r#"{"size": 3}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `name`"), "{e}");
        let e = serde_json::from_str::<Bucket>(r#"{"name": "a", "name": "b"}"#).unwrap_err();
        assert!(e.to_string().contains("duplicate field `name`"), "{e}");
        let e = serde_json::from_str::<Bucket>(r#"["b", 3]"#).unwrap_err();
        assert!(e.to_string().contains("expected struct Bucket"), "{e}");
        let e = serde_json::from_str::<Bucket>(r#"{"name": 1}"#).unwrap_err();
        assert!(e.to_string().contains("invalid type: integer `1`"), "{e}");
    }

    /// Parameters read from JSON, where an unknown name is an error.
    #[derive(Debug)]
    struct Params {
        group_id: String,
    }

    impl<'de> Deserialize<'de> for Params {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            crate::__decode_struct!(deserializer, Params {
                group_id: required(0, "groupId"),
            } deny_unknown_fields)
        }
    }

    #[test]
    fn with_deny_unknown_fields_an_unknown_key_is_an_error_naming_it_and_the_known_ones() {
        let p: Params = serde_json::from_str(r#"{"groupId": "g"}"#).unwrap();
        assert_eq!(p.group_id, "g");
        let e = serde_json::from_str::<Params>(r#"{"groupId": "g", "grupId": 1}"#).unwrap_err();
        assert!(
            e.to_string()
                .contains("unknown field `grupId`, expected `groupId`"),
            "{e}"
        );
    }

    #[test]
    fn unknown_keys_are_skipped_and_serde_ignored_names_them() {
        let text = r#"{"name": "b", "extra": {"deep": [1, 2]}, "more": null}"#;
        let mut ignored = Vec::new();
        let mut de = serde_json::Deserializer::from_str(text);
        let b: Bucket =
            serde_ignored::deserialize(&mut de, |path| ignored.push(path.to_string())).unwrap();
        assert_eq!(b.name, "b");
        assert_eq!(ignored, ["extra", "more"]);
    }
}
