//! The service-account token request against misbehaving token endpoints: an endless or huge
//! body, absurd lifetimes, redirects, and cached entries that cannot be used.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use atlas_client_runtime::__codegen::NoBody;
use atlas_client_runtime::auth::{MAX_TOKEN_LIFETIME, MAX_TOKEN_RESPONSE_BYTES};
use atlas_client_runtime::token_cache::{FileTokenCache, StoredToken, TokenCache, TokenKey};
use atlas_client_runtime::{Client, Credentials, Error, RetryPolicy};
use secrecy::{ExposeSecret, SecretString};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

mod support;

use support::{NoParams, Ping};

const SECRET: &str = "mdb_sa_sk_very_secret";

fn builder(base: &str) -> atlas_client_runtime::ClientBuilder {
    Client::builder()
        .base_url(base)
        .credentials(Credentials::service_account("mdb_sa_id_x", SECRET))
        .retry_policy(RetryPolicy::new().with_base_delay(Duration::from_millis(5)))
        .request_timeout(Duration::from_secs(60))
}

async fn ping(client: &Client) -> Result<serde_json::Value, Error> {
    client
        .execute::<Ping>(&NoParams, &NoBody)
        .await
        .map(|r| r.body)
}

/// A server on loopback that answers every connection with `head`, then streams chunks of JSON
/// whitespace until `stop_after` bytes are written or the client goes away, and then holds the
/// connection open without ending the body. Returns its base URL and the bytes written.
fn streaming_server(head: &'static str, stop_after: u64) -> (String, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicU64::new(0));
    let count = written.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let count = count.clone();
            std::thread::spawn(move || {
                let mut got = Vec::new();
                let mut buf = [0u8; 4096];
                while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => got.extend_from_slice(&buf[..n]),
                    }
                }
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                // One chunk of the chunked encoding: 64 KiB of spaces.
                let mut chunk = format!("{:x}\r\n", 64 * 1024).into_bytes();
                chunk.extend(std::iter::repeat_n(b' ', 64 * 1024));
                chunk.extend_from_slice(b"\r\n");
                while count.load(Ordering::SeqCst) < stop_after {
                    if stream.write_all(&chunk).is_err() {
                        return;
                    }
                    count.fetch_add(chunk.len() as u64, Ordering::SeqCst);
                }
                // Never ends the body: a reader that waits for its end waits forever.
                std::thread::sleep(Duration::from_secs(600));
            });
        }
    });
    (base, written)
}

#[tokio::test]
async fn an_endless_token_response_is_refused_at_the_cap_without_reading_it_all() {
    // 256 MiB at most, so that a reader without a cap ends up waiting rather than exhausting
    // the machine.
    let (base, written) = streaming_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
        256 * 1024 * 1024,
    );
    let client = builder(&base).build().unwrap();
    let err = tokio::time::timeout(Duration::from_secs(20), ping(&client))
        .await
        .expect("the token request stopped reading at the cap")
        .unwrap_err();
    let Error::Auth {
        status: Some(200),
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(
        message.contains("token response")
            && message.contains(&format!("{MAX_TOKEN_RESPONSE_BYTES}-byte limit")),
        "{message}"
    );
    assert!(!err.to_string().contains(SECRET), "{err}");
    // Not retried: a body too large is no transient failure.
    assert_eq!(client.tokens_fetched(), 1);
    // The server wrote what the socket buffers take beyond the cap, not the whole body.
    let sent = written.load(Ordering::SeqCst);
    assert!(sent < 32 * 1024 * 1024, "{sent} bytes were written");
}

#[tokio::test]
async fn a_token_response_declared_too_large_is_refused_before_its_body_is_read() {
    let (base, _) = streaming_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2147483648\r\n\r\n",
        1024 * 1024,
    );
    let client = builder(&base).build().unwrap();
    let err = tokio::time::timeout(Duration::from_secs(20), ping(&client))
        .await
        .expect("the token request did not wait for the body")
        .unwrap_err();
    let Error::Auth {
        status: Some(200),
        message,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert!(message.contains("larger than"), "{message}");
}

async fn endpoint_with_lifetime(expires_in: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/oauth/token"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            format!(r#"{{"access_token":"tok-1","expires_in":{expires_in}}}"#),
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/ping"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_huge_token_lifetime_is_capped_instead_of_panicking() {
    for expires_in in ["18446744073709551615", "9223372036854775807"] {
        let server = endpoint_with_lifetime(expires_in).await;
        let dir = tempfile::tempdir().unwrap();
        let cache = FileTokenCache::new(dir.path().join("cache"));
        let client = builder(&server.uri())
            .token_cache(cache.clone())
            .build()
            .unwrap();
        ping(&client).await.unwrap();
        // The token is reused, and kept no longer than the cap.
        ping(&client).await.unwrap();
        assert_eq!(client.tokens_fetched(), 1, "expires_in {expires_in}");
        let key = TokenKey::new("mdb_sa_id_x", client.base_url().as_str());
        let stored = cache.load(&key).unwrap();
        let left = stored.use_until.duration_since(SystemTime::now()).unwrap();
        assert!(left <= MAX_TOKEN_LIFETIME, "{left:?} for {expires_in}");
        assert!(left > MAX_TOKEN_LIFETIME / 2, "{left:?} for {expires_in}");
    }
}

/// Writes a cache file for `key` as `FileTokenCache` would, with `use_until` as given.
#[cfg(unix)]
fn write_cache_file(cache: &FileTokenCache, key: &TokenKey<'_>, use_until: u64) {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(cache.dir())
        .unwrap();
    let text = serde_json::json!({
        "client_id": key.client_id,
        "base_url": key.base_url,
        "access_token": "tok-cached",
        "use_until": use_until,
    });
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(cache.path_for(key))
        .unwrap();
    f.write_all(text.to_string().as_bytes()).unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn a_cache_file_with_an_expiry_out_of_range_is_ignored_and_a_token_fetched() {
    let ten_years = SystemTime::now() + Duration::from_secs(10 * 365 * 24 * 3600);
    let cases = [
        (u64::MAX, "has an expiry time out of range"),
        (
            ten_years.duration_since(UNIX_EPOCH).unwrap().as_secs(),
            "more than 24 hours away",
        ),
    ];
    for (use_until, why) in cases {
        let server = endpoint_with_lifetime("3600").await;
        let dir = tempfile::tempdir().unwrap();
        let warnings = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = warnings.clone();
        let cache = FileTokenCache::new(dir.path().join("cache"))
            .on_warning(move |m| sink.lock().unwrap().push(m.to_owned()));
        let base = format!("{}/", server.uri());
        write_cache_file(&cache, &TokenKey::new("mdb_sa_id_x", &base), use_until);
        let client = builder(&server.uri())
            .token_cache(cache.clone())
            .build()
            .unwrap();
        assert_eq!(client.base_url().as_str(), base);
        ping(&client).await.unwrap();
        assert_eq!(client.tokens_fetched(), 1);
        let w = warnings.lock().unwrap().clone();
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("ignoring the token cache file") && w[0].contains(why),
            "{w:?}"
        );
        assert!(!w[0].contains("tok-cached"), "{w:?}");
        // The fresh token replaced it.
        let key = TokenKey::new("mdb_sa_id_x", &base);
        assert_eq!(
            cache.load(&key).unwrap().access_token.expose_secret(),
            "tok-1"
        );
    }
}

/// A cache that answers one token, usable until a given time.
#[derive(Debug)]
struct Answering(SystemTime);

impl TokenCache for Answering {
    fn load(&self, _key: &TokenKey<'_>) -> Option<StoredToken> {
        Some(StoredToken::new(
            SecretString::from("tok-cached".to_owned()),
            self.0,
        ))
    }
    fn store(&self, _key: &TokenKey<'_>, _token: &StoredToken) {}
    fn remove(&self, _key: &TokenKey<'_>) {}
}

#[tokio::test]
async fn a_cached_token_claiming_a_lifetime_beyond_the_cap_is_not_used() {
    let far = [
        // As far as the system's time goes.
        UNIX_EPOCH
            .checked_add(Duration::from_secs(i64::MAX as u64 / 2))
            .unwrap(),
        // Ten years: no token lives that long.
        SystemTime::now() + Duration::from_secs(10 * 365 * 24 * 3600),
    ];
    for until in far {
        let server = endpoint_with_lifetime("3600").await;
        let client = builder(&server.uri())
            .token_cache(Answering(until))
            .build()
            .unwrap();
        ping(&client).await.unwrap();
        assert_eq!(client.tokens_fetched(), 1, "{until:?}");
    }
}

#[tokio::test]
async fn a_redirect_from_the_token_endpoint_is_reported_as_one_not_as_a_refusal() {
    for status in [301u16, 307] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/api/oauth/token"))
            .respond_with(ResponseTemplate::new(status).insert_header(
                "location",
                "https://user:pw-in-location@elsewhere.example/oauth/token?code=sekrit",
            ))
            .mount(&server)
            .await;
        let client = builder(&server.uri()).build().unwrap();
        let err = ping(&client).await.unwrap_err();
        let text = err.to_string();
        let Error::Auth {
            status: Some(got), ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(*got, status);
        assert!(
            text.contains("redirect")
                && text.contains("not followed")
                && text.contains("elsewhere.example"),
            "{text}"
        );
        assert!(!text.contains("refused the client credentials"), "{text}");
        for secret in ["pw-in-location", "sekrit", "user:", SECRET] {
            assert!(!text.contains(secret), "{text}");
        }
    }
}
