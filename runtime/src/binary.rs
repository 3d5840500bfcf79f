//! Bodies that are not JSON: a gzip log download, a CSV invoice. [`Binary`] holds the bytes as
//! they came, with their media type; [`ByteStream`] hands them over chunk by chunk.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::error::Error;

/// A response body that is not JSON, as the server sent it: the success body of an operation
/// whose declared media type is not JSON (`application/vnd.atlas.2023-02-01+gzip`,
/// `application/vnd.atlas.2023-01-01+csv`). Nothing is decoded or decompressed.
///
/// [`Client::execute`](crate::Client::execute) reads the whole body (up to the client's
/// `max_response_bytes`); [`Client::execute_stream`](crate::Client::execute_stream) hands a
/// large one over chunk by chunk instead.
///
/// It deserializes from bytes or a string (with no media type); the client builds it from the
/// raw body with the media type it received.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Binary {
    bytes: Bytes,
    media_type: Option<String>,
}

impl Binary {
    /// A body and its media type.
    pub fn new(bytes: impl Into<Bytes>, media_type: impl Into<String>) -> Self {
        Binary {
            bytes: bytes.into(),
            media_type: Some(media_type.into()),
        }
    }

    /// The bytes, as received.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// The bytes, taken out.
    pub fn into_bytes(self) -> Bytes {
        self.bytes
    }

    /// The media type: the `Content-Type` the server sent, or the declared one when it sent
    /// none. `None` for a value deserialized from bytes alone.
    pub fn media_type(&self) -> Option<&str> {
        self.media_type.as_deref()
    }

    /// Number of bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the body is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

impl AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Binary")
            .field("len", &self.bytes.len())
            .field("media_type", &self.media_type)
            .finish()
    }
}

impl<'de> serde::Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BinaryVisitor)
    }
}

struct BinaryVisitor;

impl<'de> Visitor<'de> for BinaryVisitor {
    type Value = Binary;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bytes or a string")
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Binary, E> {
        Ok(Binary {
            bytes: Bytes::copy_from_slice(v),
            media_type: None,
        })
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Binary, E> {
        Ok(Binary {
            bytes: Bytes::from(v),
            media_type: None,
        })
    }

    /// An empty body declared as no content (`null`): no bytes.
    fn visit_unit<E: de::Error>(self) -> Result<Binary, E> {
        Ok(Binary {
            bytes: Bytes::new(),
            media_type: None,
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Binary, E> {
        self.visit_bytes(v.as_bytes())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Binary, E> {
        self.visit_byte_buf(v.into_bytes())
    }

    /// `(media type, bytes)`, as [`BodyDeserializer`] gives them; an empty media type is none.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Binary, A::Error> {
        let media_type: String = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let body: Binary = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        Ok(Binary {
            bytes: body.bytes,
            media_type: (!media_type.is_empty()).then_some(media_type),
        })
    }
}

/// Presents a raw body to a response type. [`Binary`] takes the media type and the bytes; a
/// `String` takes the body as text when it is UTF-8; bytes-accepting types take the bytes.
pub(crate) struct BodyDeserializer<'a> {
    pub(crate) media_type: Option<&'a str>,
    pub(crate) bytes: &'a [u8],
}

impl<'de> Deserializer<'de> for BodyDeserializer<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_seq(BodyParts {
            media_type: Some(self.media_type.unwrap_or_default()),
            bytes: Some(self.bytes),
        })
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_bytes(self.bytes)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_bytes(self.bytes)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match std::str::from_utf8(self.bytes) {
            Ok(text) => visitor.visit_str(text),
            Err(_) => visitor.visit_bytes(self.bytes),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.deserialize_str(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// The two parts [`BodyDeserializer`] gives: the media type (empty when unknown), then the
/// bytes.
struct BodyParts<'a> {
    media_type: Option<&'a str>,
    bytes: Option<&'a [u8]>,
}

impl<'de> SeqAccess<'de> for BodyParts<'_> {
    type Error = de::value::Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        if let Some(media_type) = self.media_type.take() {
            return seed
                .deserialize(de::value::StrDeserializer::new(media_type))
                .map(Some);
        }
        match self.bytes.take() {
            Some(b) => seed
                .deserialize(de::value::BytesDeserializer::new(b))
                .map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(usize::from(self.media_type.is_some()) + usize::from(self.bytes.is_some()))
    }
}

/// A response body as a stream of chunks, from
/// [`Client::execute_stream`](crate::Client::execute_stream). Each item is the next chunk as it
/// arrived; an error (the client's `max_response_bytes` reached, no chunk for the request
/// timeout, the connection lost) is the last item. Once ended it stays ended: polling it again
/// yields `None`.
pub struct ByteStream {
    inner: Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>,
}

impl ByteStream {
    pub(crate) fn new(inner: impl Stream<Item = Result<Bytes, Error>> + Send + 'static) -> Self {
        ByteStream {
            inner: Box::pin(futures_util::StreamExt::fuse(inner)),
        }
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use serde::Deserialize;

    use super::*;

    #[test]
    fn a_body_gives_its_bytes_and_media_type() {
        let raw = [0x1f, 0x8b, 0x08, 0x00, 0xff];
        let de = BodyDeserializer {
            media_type: Some("application/vnd.atlas.2023-02-01+gzip"),
            bytes: &raw,
        };
        let b = Binary::deserialize(de).unwrap();
        assert_eq!(b.bytes().as_ref(), raw);
        assert_eq!(
            b.media_type(),
            Some("application/vnd.atlas.2023-02-01+gzip")
        );
        let none = BodyDeserializer {
            media_type: None,
            bytes: b"",
        };
        let b = Binary::deserialize(none).unwrap();
        assert!(b.is_empty());
        assert_eq!(b.media_type(), None);
    }

    #[test]
    fn plain_bytes_and_strings_deserialize_without_a_media_type() {
        let b = Binary::deserialize(de::value::BytesDeserializer::<de::value::Error>::new(
            b"a,b\n1,2\n",
        ))
        .unwrap();
        assert_eq!(b.as_ref(), b"a,b\n1,2\n");
        assert_eq!(b.media_type(), None);
        let s: Binary = serde_json::from_str("\"x\"").unwrap();
        assert_eq!(s.as_ref(), b"x");
    }

    #[test]
    fn a_string_response_type_takes_a_utf8_body_as_text() {
        let de = BodyDeserializer {
            media_type: Some("text/csv"),
            bytes: b"a,b\n",
        };
        assert_eq!(String::deserialize(de).unwrap(), "a,b\n");
    }
}
