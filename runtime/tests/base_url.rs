//! What the builder refuses in a base URL, and what it says about it.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_client_runtime::{Client, Credentials, Error};

fn refused(base: &str) -> String {
    let builder = Client::builder()
        .base_url(base)
        .credentials(Credentials::service_account("id", "sa-secret"));
    match builder.build() {
        Err(e @ Error::Config { .. }) => e.to_string(),
        other => panic!("{base} gave {other:?}"),
    }
}

#[test]
fn a_base_url_with_a_user_name_or_password_is_refused_without_echoing_them() {
    for base in [
        "http://alice:secret@127.0.0.1:8080",
        "https://alice:secret@cloud.mongodb.com/",
        "https://alice@cloud.mongodb.com",
        "https://:secret@cloud.mongodb.com",
        // Refused for http:// on a public host too, without naming them there either.
        "http://alice:secret@example.com",
        // Not a URL at all (a port that is no number): the message does not echo them.
        "https://alice:secret@cloud.mongodb.com:port/",
    ] {
        let message = refused(base);
        assert!(
            !message.contains("alice") && !message.contains("secret"),
            "{base}: {message}"
        );
        if !base.ends_with(":port/") {
            assert!(
                message.contains("user name or password"),
                "{base}: {message}"
            );
        }
    }
}

#[test]
fn a_builders_debug_output_hides_the_base_urls_user_info() {
    let builder = Client::builder().base_url("https://alice:secret@cloud.mongodb.com/x");
    let shown = format!("{builder:?}");
    assert!(
        !shown.contains("alice") && !shown.contains("secret"),
        "{shown}"
    );
    assert!(shown.contains("cloud.mongodb.com/x"), "{shown}");
}

#[test]
fn a_base_url_with_a_query_or_a_fragment_is_refused_for_what_it_has() {
    let message = refused("https://cloud.mongodb.com/api?token=abc");
    assert!(message.contains("cannot take a query"), "{message}");
    assert!(!message.contains("cannot take a path"), "{message}");
    assert!(!message.contains("token=abc"), "{message}");
    let message = refused("https://cloud.mongodb.com/api#part");
    assert!(message.contains("cannot take a fragment"), "{message}");
    assert!(!message.contains("cannot take a path"), "{message}");
}
