//! A builder gives the client type it is set to build: the runtime's, or one made from it.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_client_runtime::{Client, ClientBuilder};

/// A client type made from the runtime's, as a generated crate's is.
struct Wrapped(Client);

impl From<Client> for Wrapped {
    fn from(client: Client) -> Self {
        Wrapped(client)
    }
}

#[test]
fn a_builder_keeps_its_settings_when_set_to_build_another_client_type() {
    let builder: ClientBuilder<Wrapped> = Client::builder()
        .base_url("http://127.0.0.1:1/proxy")
        .user_agent("probe/1")
        .builds();
    let Wrapped(client) = builder.build().unwrap();
    assert_eq!(client.base_url().as_str(), "http://127.0.0.1:1/proxy");
    assert!(format!("{client:?}").contains("probe/1"));
    // And back: the default builder builds the runtime's client.
    let plain: Client = ClientBuilder::<Wrapped>::default()
        .builds::<Client>()
        .build()
        .unwrap();
    assert_eq!(plain.base_url().as_str(), "https://cloud.mongodb.com/");
}
