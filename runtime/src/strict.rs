//! Strict decoding, for the requests the fake server receives.
//!
//! The generated types decode leniently, as a client must read what Atlas sends: an optional
//! field that is `null` reads as absent, and a provider struct read on its own accepts a body
//! without its tag (see `tagged.rs`). A server must not be lenient with what it is sent: the
//! spec declares no field nullable and every tag required. Strict decoding uses the same
//! generated types, but
//!
//! - refuses `null` wherever the type reads an optional value (a declared, non-nullable field;
//!   a `null` under a property the type does not declare is ignored, like any unknown property);
//! - refuses a JSON array where the type reads a struct (a derived struct, one with a flattened
//!   field, would fill its fields in order; the others refuse it themselves);
//! - makes the provider structs' tag check require the tag (`tagged::deserialize_tag_checked`).
//!
//! The first two are done by [`Strict`], a deserializer that wraps another and every value
//! below it. The third is a per-thread flag that `scope` sets while its closure runs, which the
//! tag check reads: the generated code calls the same functions either way, so the client's
//! decoding is unchanged unless a caller enters this scope (only the fake does, feature `fake`).

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the current thread is inside `scope`.
pub fn active() -> bool {
    ACTIVE.with(Cell::get)
}

/// Restores the flag on the way out, also when decoding panics.
struct Scope(bool);

impl Drop for Scope {
    fn drop(&mut self) {
        ACTIVE.with(|a| a.set(self.0));
    }
}

/// Runs `decode` (which reads through [`Strict`]) with the tag checks requiring their tag.
pub fn scope<R>(decode: impl FnOnce() -> R) -> R {
    let _scope = Scope(ACTIVE.with(|a| a.replace(true)));
    decode()
}

/// A deserializer that refuses arrays for structs and (with `NULLS`, the default) `null` for
/// optional values, in the value it wraps and in every value below it. The client reads answers
/// with `NULLS` off: Atlas sends `null` for absent optional fields.
pub struct Strict<D, const NULLS: bool = true>(pub D);

/// How a visitor is wrapped: what its deserializer was asked for.
#[derive(Clone, Copy)]
enum Want {
    Any,
    Option,
    Struct,
}

struct Wrap<V, const NULLS: bool> {
    visitor: V,
    want: Want,
}

macro_rules! forward {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Wrap::<V, NULLS> { visitor, want: Want::Any })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>, const NULLS: bool> Deserializer<'de> for Strict<D, NULLS> {
    type Error = D::Error;

    forward! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_unit deserialize_seq deserialize_map deserialize_identifier
        deserialize_ignored_any
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(Wrap::<V, NULLS> {
            visitor,
            want: Want::Option,
        })
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(
            name,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(
            name,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(
            len,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(
            name,
            len,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(
            name,
            fields,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Struct,
            },
        )
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(
            name,
            variants,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! visit {
    ($($method:ident($ty:ty))*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.visitor.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>, const NULLS: bool> Visitor<'de> for Wrap<V, NULLS> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    visit! {
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char) visit_str(&str)
        visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
        visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        match self.want {
            Want::Option if NULLS => Err(E::custom(
                "invalid type: null, expected a value (the field is not nullable)",
            )),
            _ => self.visitor.visit_none(),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        match self.want {
            Want::Option if NULLS => Err(E::custom(
                "invalid type: null, expected a value (the field is not nullable)",
            )),
            _ => self.visitor.visit_unit(),
        }
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Strict::<D, NULLS>(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor
            .visit_newtype_struct(Strict::<D, NULLS>(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        match self.want {
            Want::Struct => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
            _ => self.visitor.visit_seq(StrictAccess::<A, NULLS>(seq)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(StrictAccess::<A, NULLS>(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(StrictAccess::<A, NULLS>(data))
    }
}

/// A seed whose value is decoded strictly.
struct Seed<S, const NULLS: bool>(S);

impl<'de, S: DeserializeSeed<'de>, const NULLS: bool> DeserializeSeed<'de> for Seed<S, NULLS> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict::<D, NULLS>(deserializer))
    }
}

/// A sequence, map, enum or variant whose values are decoded strictly.
struct StrictAccess<A, const NULLS: bool>(A);

impl<'de, A: SeqAccess<'de>, const NULLS: bool> SeqAccess<'de> for StrictAccess<A, NULLS> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed::<T, NULLS>(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>, const NULLS: bool> MapAccess<'de> for StrictAccess<A, NULLS> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed::<K, NULLS>(seed))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.0.next_value_seed(Seed::<V, NULLS>(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>, const NULLS: bool> EnumAccess<'de> for StrictAccess<A, NULLS> {
    type Error = A::Error;
    type Variant = StrictAccess<A::Variant, NULLS>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(Seed::<S, NULLS>(seed))?;
        Ok((value, StrictAccess::<A::Variant, NULLS>(variant)))
    }
}

impl<'de, A: de::VariantAccess<'de>, const NULLS: bool> de::VariantAccess<'de>
    for StrictAccess<A, NULLS>
{
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed::<T, NULLS>(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(
            len,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Any,
            },
        )
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(
            fields,
            Wrap::<V, NULLS> {
                visitor,
                want: Want::Struct,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Inner {
        flag: Option<bool>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Outer {
        name: String,
        #[serde(default)]
        size: Option<u32>,
        #[serde(default)]
        inner: Option<Inner>,
        #[serde(default)]
        list: Vec<Option<u8>>,
    }

    fn decode(json: &str) -> Result<Outer, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        <Outer as serde::Deserialize>::deserialize(Strict::<_, true>(&mut de))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn values_decode_as_without_the_wrapper() {
        let json = r#"{"name":"n","size":3,"inner":{"flag":true},"list":[1,2],"other":null}"#;
        let lenient: Outer = serde_json::from_str(json).unwrap();
        assert_eq!(decode(json), Ok(lenient));
    }

    #[test]
    fn null_is_refused_for_declared_optional_fields_at_any_depth() {
        for json in [
            r#"{"name":"n","size":null}"#,
            r#"{"name":"n","inner":null}"#,
            r#"{"name":"n","inner":{"flag":null}}"#,
            r#"{"name":"n","list":[1,null]}"#,
        ] {
            let err = decode(json).expect_err(json);
            assert!(err.contains("not nullable"), "{json}: {err}");
            assert!(
                serde_json::from_str::<Outer>(json).is_ok(),
                "lenient: {json}"
            );
        }
    }

    #[test]
    fn null_under_an_undeclared_property_is_ignored() {
        assert!(decode(r#"{"name":"n","other":null,"more":{"x":null}}"#).is_ok());
        assert!(decode(r#"{"name":"n","inner":{"flag":false,"x":null}}"#).is_ok());
    }

    #[test]
    fn an_array_is_not_a_struct() {
        assert!(
            serde_json::from_str::<Outer>(r#"["n"]"#).is_ok(),
            "serde takes it"
        );
        let err = decode(r#"["n"]"#).expect_err("an array");
        assert!(err.contains("invalid type: sequence"), "{err}");
    }
}
