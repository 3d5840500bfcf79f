//! `Nullable<T>`: a value or an explicit `null`, for the optional, `nullable` properties of
//! request bodies (`Option<Nullable<T>>`: absent, `null`, or a value).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value, or an explicit JSON `null`.
///
/// Generated request types hold an optional, `nullable` property as `Option<Nullable<T>>`: `None`
/// leaves it out of the body, `Some(Nullable::Null)` sends `null` (a `PATCH` that clears the
/// property), `Some(Nullable::Value(v))` sends the value. Setters take a value or
/// `Nullable::Null`:
///
/// ```
/// use atlas_client_runtime::Nullable;
///
/// let cleared: Nullable<String> = Nullable::Null;
/// assert_eq!(serde_json::to_string(&cleared).unwrap(), "null");
/// let named: Nullable<String> = "ops".into();
/// assert_eq!(serde_json::to_string(&named).unwrap(), "\"ops\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// The value, if it is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(v) => Some(v),
        }
    }

    /// Whether it is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl From<&str> for Nullable<String> {
    fn from(value: &str) -> Self {
        Nullable::Value(value.to_owned())
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `None` is `null`.
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// Reads an `Option<Nullable<T>>` field that is present: `null` is `Some(Nullable::Null)`, so
/// that a body read back (by a test double, say) is the body sent. With `#[serde(default)]`, an
/// absent field is `None`.
///
/// # Errors
/// When the value is neither `null` nor a `T`.
pub fn deserialize_present<'de, D, T>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::deserialize(deserializer).map(Some)
}

impl<T: crate::validation::Validate> crate::validation::Validate for Nullable<T> {
    fn collect_violations(&self, at: &str, out: &mut Vec<crate::validation::Violation>) {
        if let Nullable::Value(v) = self {
            v.collect_violations(at, out);
        }
    }
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "deserialize_present"
        )]
        name: Option<Nullable<String>>,
    }

    #[test]
    fn absent_null_and_a_value_are_three_bodies() {
        let body = |name| serde_json::to_string(&Patch { name }).unwrap();
        assert_eq!(body(None), "{}");
        assert_eq!(body(Some(Nullable::Null)), r#"{"name":null}"#);
        assert_eq!(body(Some("x".into())), r#"{"name":"x"}"#);
        // Read back: each body is the value it was made from.
        let read = |s: &str| serde_json::from_str::<Patch>(s).unwrap().name;
        assert_eq!(
            read(r#"{"name":"x"}"#),
            Some(Nullable::Value("x".to_owned()))
        );
        assert_eq!(read("{}"), None);
        assert_eq!(read(r#"{"name":null}"#), Some(Nullable::Null));
        assert!(serde_json::from_str::<Patch>(r#"{"name":1}"#).is_err());
    }
}
