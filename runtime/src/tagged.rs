//! Decoding of the generated provider unions and of their variant structs, for any
//! self-describing serde format.
//!
//! A union (a provider enum with an `Unknown` fallback) is decoded in one pass:
//! [`deserialize_tagged`] reads the object's entries in order and keeps the ones before the tag
//! as `serde_json::Value`s (in Atlas responses, one or two short strings); keys and the tag are
//! borrowed from the input where the format allows. Once the tag is read, the chosen variant's
//! own decoder gets a map that replays the kept entries and then reads the rest straight from the
//! input, so most of the object is decoded once, into its final types. An unknown tag decodes
//! the same map into the `Value` of `Unknown`, unchanged.
//!
//! A variant struct read on its own goes through [`deserialize_tag_checked`], which refuses a
//! tag naming another variant (serde's derived decoder ignores a struct's tag).
//!
//! What is required of the tag depends on who decodes:
//!
//! - **The client, reading Atlas's responses** (lenient): a variant struct read on its own
//!   accepts a body without the tag. These are the AWS-only bodies (2023-01-01, v1.0), whose
//!   type already says which provider they are; a missing tag loses nothing, and a decode error
//!   would lose the whole response. A union always needs its tag, as nothing else says which
//!   variant the body is.
//! - **The fake server, reading requests** (strict, inside `strict::scope`): the tag is
//!   required everywhere, as the spec requires it, and a variant struct is never read from an
//!   array. The generated code is the same; the tag check asks `strict::active()`, a flag of the
//!   current thread that only the fake's request decoding sets.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{
    BorrowedBytesDeserializer, BorrowedStrDeserializer, BytesDeserializer, StrDeserializer,
    StringDeserializer, U64Deserializer,
};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// A union whose variant is named by a string property of a JSON object. Generated code
/// implements it and calls [`deserialize_tagged`] from its `Deserialize` impl.
pub trait Tagged: Sized {
    /// The tag property, such as `cloudProvider`.
    const TAG: &'static str;

    /// Decodes the variant that `tag` names, or the fallback for a tag this version does not
    /// know, from a deserializer that yields the whole object (tag included).
    fn decode_variant<'de, D: Deserializer<'de>>(tag: &str, object: D) -> Result<Self, D::Error>;
}

/// Decodes a [`Tagged`] union in one pass over the object.
pub fn deserialize_tagged<'de, T: Tagged, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object with a `{}` field", T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut seen: Vec<(Str<'de>, Value)> = Vec::new();
        while let Some(key) = map.next_key_seed(StrSeed::Key)? {
            if key.0 == T::TAG {
                let tag = map.next_value_seed(StrSeed::Tag(T::TAG))?;
                return T::decode_variant(
                    &tag.0,
                    Replay {
                        seen: seen.into_iter(),
                        tag: Some((key, tag.clone())),
                        pending: None,
                        rest: map,
                        tag_name: T::TAG,
                    },
                );
            }
            seen.push((key, map.next_value()?));
        }
        Err(de::Error::missing_field(T::TAG))
    }
}

/// A string, borrowed from the input when the format allows it.
#[derive(Clone)]
struct Str<'de>(Cow<'de, str>);

/// Reads a [`Str`]: a map key, or the value of the tag property named here (for the message of
/// an "invalid type" error).
#[derive(Clone, Copy)]
enum StrSeed {
    Key,
    Tag(&'static str),
}

impl<'de> DeserializeSeed<'de> for StrSeed {
    type Value = Str<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Str<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for StrSeed {
    type Value = Str<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StrSeed::Key => f.write_str("a string key"),
            StrSeed::Tag(tag) => write!(f, "the `{tag}` tag, a string"),
        }
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Str<'de>, E> {
        Ok(Str(Cow::Owned(s)))
    }
}

impl<'de> Str<'de> {
    fn replay<S: DeserializeSeed<'de>, E: de::Error>(self, seed: S) -> Result<S::Value, E> {
        match self.0 {
            Cow::Borrowed(s) => seed.deserialize(BorrowedStrDeserializer::new(s)),
            Cow::Owned(s) => seed.deserialize(StringDeserializer::new(s)),
        }
    }
}

/// The object again: the entries read before the tag, the tag, then the rest of the input.
struct Replay<'de, A> {
    seen: std::vec::IntoIter<(Str<'de>, Value)>,
    tag: Option<(Str<'de>, Str<'de>)>,
    pending: Option<Pending<'de>>,
    rest: A,
    /// A second entry with this key in the rest of the object is refused (`duplicate field`),
    /// as serde refuses a repeated struct field: it could disagree with the chosen variant.
    tag_name: &'static str,
}

/// The value of a replayed entry whose key was just handed out.
enum Pending<'de> {
    Value(Value),
    Tag(Str<'de>),
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.seen.next() {
            self.pending = Some(Pending::Value(value));
            return key.replay(seed).map(Some);
        }
        if let Some((key, tag)) = self.tag.take() {
            self.pending = Some(Pending::Tag(tag));
            return key.replay(seed).map(Some);
        }
        self.rest.next_key_seed(KeyProbe {
            seed,
            tag: self.tag_name,
        })
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(Pending::Value(value)) if crate::strict::active() => seed
                .deserialize(crate::strict::Strict::<_, true>(value))
                .map_err(de::Error::custom),
            Some(Pending::Value(value)) => seed.deserialize(value).map_err(de::Error::custom),
            Some(Pending::Tag(tag)) => seed.deserialize(TagValue(tag, PhantomData)),
            None => self.rest.next_value_seed(seed),
        }
    }
}

/// The tag's value, replayed to the variant: a string, also where the variant reads it as an
/// optional field (a struct that several tags share keeps its tag property as a field).
struct TagValue<'de, E>(Str<'de>, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for TagValue<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.0 .0 {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// Hands a key from the rest of the object on to the variant's seed, refusing a repeated tag.
struct KeyProbe<K> {
    seed: K,
    tag: &'static str,
}

impl<K> KeyProbe<K> {
    fn check<E: de::Error>(&self, key: &str) -> Result<(), E> {
        if key == self.tag {
            Err(E::duplicate_field(self.tag))
        } else {
            Ok(())
        }
    }
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeyProbe<K> {
    type Value = K::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for KeyProbe<K> {
    type Value = K::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<K::Value, E> {
        self.check(key)?;
        self.seed.deserialize(BorrowedStrDeserializer::new(key))
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<K::Value, E> {
        self.check(key)?;
        self.seed.deserialize(StrDeserializer::new(key))
    }
    fn visit_string<E: de::Error>(self, key: String) -> Result<K::Value, E> {
        self.check(&key)?;
        self.seed.deserialize(StringDeserializer::new(key))
    }
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<K::Value, E> {
        self.seed.deserialize(U64Deserializer::new(index))
    }
    fn visit_borrowed_bytes<E: de::Error>(self, key: &'de [u8]) -> Result<K::Value, E> {
        self.seed.deserialize(BorrowedBytesDeserializer::new(key))
    }
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<K::Value, E> {
        self.seed.deserialize(BytesDeserializer::new(key))
    }
}

/// Decodes a variant struct on its own (not through its union), checking its tag: the struct's
/// derived decoder ignores the tag, so without this a bucket of another provider could decode
/// as this one. `derived` is the struct's derived decoder (a private serde `remote` mirror);
/// the tag entry is checked, then hidden from it. An absent tag is accepted, except in the fake's
/// strict request decoding (see the module docs), where it is a `missing field` error.
pub fn deserialize_tag_checked<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    tag: &'static str,
    expected: &'static str,
    derived: fn(TagChecked<D>) -> Result<T, D::Error>,
) -> Result<T, D::Error> {
    derived(TagChecked {
        inner: deserializer,
        check: Check {
            tag,
            expected,
            required: crate::strict::active(),
        },
    })
}

/// What [`TagChecked`] checks: the tag's name, the one value it may have, and whether it must
/// be present.
#[derive(Clone, Copy)]
struct Check {
    tag: &'static str,
    expected: &'static str,
    required: bool,
}

/// A deserializer that checks, then hides, a struct's tag entry (see [`deserialize_tag_checked`]).
pub struct TagChecked<D> {
    inner: D,
    check: Check,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for TagChecked<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let visitor = CheckVisitor {
            visitor,
            check: self.check,
        };
        self.inner.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let visitor = CheckVisitor {
            visitor,
            check: self.check,
        };
        self.inner.deserialize_struct(name, fields, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

struct CheckVisitor<V> {
    visitor: V,
    check: Check,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for CheckVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(CheckMap {
            map,
            check: self.check,
            seen: false,
        })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.check.required {
            // An array has no tag.
            return Err(de::Error::missing_field(self.check.tag));
        }
        self.visitor.visit_seq(seq)
    }
}

struct CheckMap<A> {
    map: A,
    check: Check,
    /// Whether the tag entry was read.
    seen: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for CheckMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Check {
            tag,
            expected,
            required,
        } = self.check;
        while let Some(key) = self.map.next_key_seed(StrSeed::Key)? {
            if key.0 != tag {
                return key.replay(seed).map(Some);
            }
            let value = self.map.next_value_seed(StrSeed::Tag(tag))?;
            if value.0 != expected {
                return Err(de::Error::custom(format_args!(
                    "`{tag}` is `{}`, but this type holds only `{expected}`",
                    value.0
                )));
            }
            self.seen = true;
        }
        if required && !self.seen {
            return Err(de::Error::missing_field(tag));
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// Serializes `value`, a variant of a [`Tagged`] union whose struct several tags share (so it
/// writes no tag of its own), as one JSON object with `property: tag` first. An entry
/// `property` of the value itself is replaced: the variant's tag is what is sent.
///
/// The value is first written as a `serde_json::Value` (these structs are small: one alert
/// threshold, say), so any serializer gets one plain map.
pub fn serialize_with_tag<T: serde::Serialize + ?Sized, S: serde::Serializer>(
    property: &'static str,
    tag: &'static str,
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::{Error as _, SerializeMap};
    let fields = match serde_json::to_value(value).map_err(S::Error::custom)? {
        Value::Object(fields) => fields,
        _ => {
            return Err(S::Error::custom(format_args!(
                "the `{property}: {tag}` variant is not a JSON object"
            )))
        }
    };
    let mut map = serializer.serialize_map(Some(
        fields.len() + usize::from(!fields.contains_key(property)),
    ))?;
    map.serialize_entry(property, tag)?;
    for (key, value) in fields.iter().filter(|(key, _)| *key != property) {
        map.serialize_entry(key, value)?;
    }
    map.end()
}
