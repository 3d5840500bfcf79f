//! The one retry loop: every request the client sends, a call's attempts and a token request's
//! alike, is tried, waited on and tried again here.

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::{is_transient, Failure, RetryEvent, RetryKind, RetryPolicy};
use crate::error::Error;

/// What the client calls before each retry ([`ClientBuilder::on_retry`]).
///
/// [`ClientBuilder::on_retry`]: crate::client::ClientBuilder::on_retry
pub(crate) type RetryHook = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

/// One attempt, as the retry loop hands it to the code that makes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Try {
    /// The attempt's number, from 1.
    pub(crate) number: u32,
    /// Whether another attempt may follow this one.
    more: bool,
    idempotent: bool,
}

impl Try {
    /// Whether an attempt that ended so is tried again: it is transient, and another attempt
    /// is left.
    pub(crate) fn retries(self, failure: Failure<'_>) -> bool {
        self.more && is_transient(failure, self.idempotent)
    }
}

/// Why an attempt did not give the answer the loop hands back.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The request ends with this error.
    Fail(Error),
    /// The attempt failed transiently ([`Try::retries`] said so): wait, then try again.
    Retry(Wait),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Fail(e)
    }
}

/// What a retried attempt tells about the wait before the next one.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Wait {
    /// The status the server answered, if it answered.
    pub(crate) status: Option<u16>,
    /// The server's `Retry-After`, if it sent one.
    pub(crate) retry_after: Option<Duration>,
}

/// The retry loop of one request: how many attempts it may make, who is told of each retry, and
/// how many attempts it made so far.
pub(crate) struct Retrier<'a> {
    policy: &'a RetryPolicy,
    max_attempts: u32,
    hook: Option<&'a RetryHook>,
    operation: &'static str,
    kind: RetryKind,
    idempotent: bool,
    /// Counted here, beside the loop rather than in it, so that a deadline that ends the loop
    /// can still tell how many attempts it made. Atomic: a call's future is `Send`.
    attempts: AtomicU32,
}

impl<'a> Retrier<'a> {
    /// The loop for a request of `operation` (the call's, or the call's a token is fetched
    /// for), under `policy`.
    pub(crate) fn new(policy: &'a RetryPolicy, operation: &'static str, kind: RetryKind) -> Self {
        Retrier {
            policy,
            max_attempts: policy.max_attempts,
            hook: None,
            operation,
            kind,
            idempotent: true,
            attempts: AtomicU32::new(0),
        }
    }

    /// Makes at most `n` attempts (at least 1), whatever the policy says.
    #[must_use]
    pub(crate) fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Tells `hook` of each retry.
    #[must_use]
    pub(crate) fn hook(mut self, hook: Option<&'a RetryHook>) -> Self {
        self.hook = hook;
        self
    }

    /// Whether the request may be processed twice without harm (see [`is_transient`]).
    #[must_use]
    pub(crate) fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// How many attempts were started so far.
    pub(crate) fn attempts(&self) -> u32 {
        self.attempts.load(Ordering::Relaxed)
    }

    /// Makes attempts until one does not ask for another: its answer or its error is the
    /// request's. Between two attempts it waits (the server's `Retry-After`, else the policy's
    /// backoff, at most the policy's longest wait), and tells the hook first.
    pub(crate) async fn run<T, F, Fut>(&self, mut attempt: F) -> Result<T, Error>
    where
        F: FnMut(Try) -> Fut,
        Fut: Future<Output = Result<T, Stop>>,
    {
        // Made at the first retry: most requests never wait.
        let mut backoff = None;
        loop {
            let number = self.attempts.load(Ordering::Relaxed) + 1;
            self.attempts.store(number, Ordering::Relaxed);
            let this = Try {
                number,
                more: number < self.max_attempts,
                idempotent: self.idempotent,
            };
            match attempt(this).await {
                Ok(answer) => return Ok(answer),
                Err(Stop::Fail(e)) => return Err(e),
                Err(Stop::Retry(wait)) => {
                    let backoff = backoff.get_or_insert_with(|| self.policy.backoff());
                    let delay = self.policy.delay(wait.retry_after, backoff);
                    self.announce(number, wait.status, delay);
                    pause(delay).await;
                }
            }
        }
    }

    /// Logs a retry and tells the hook.
    fn announce(&self, attempt: u32, status: Option<u16>, delay: Duration) {
        tracing::info!(
            operation = self.operation,
            kind = self.kind.as_str(),
            attempt,
            status,
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        if let Some(hook) = self.hook {
            hook(&RetryEvent {
                operation: self.operation,
                attempt,
                status,
                delay,
                kind: self.kind,
            });
        }
    }
}

/// The wait before a retry. Boxed: the timer is large, and keeping it out of the request's state
/// keeps that state small for the common request, which never waits.
async fn pause(delay: Duration) {
    Box::pin(tokio::time::sleep(delay)).await;
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use std::sync::Mutex;

    use super::*;

    fn quick(attempts: u32) -> RetryPolicy {
        RetryPolicy::new()
            .with_max_attempts(attempts)
            .with_base_delay(Duration::from_millis(1))
    }

    #[tokio::test]
    async fn a_transient_failure_is_tried_again_until_the_attempts_run_out() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let hook: RetryHook = Arc::new(move |e: &RetryEvent| sink.lock().unwrap().push(e.clone()));
        let policy = quick(3);
        let retrier = Retrier::new(&policy, "op", RetryKind::Call).hook(Some(&hook));
        let got: Result<(), Error> = retrier
            .run(|t| async move {
                if t.retries(Failure::Status(503)) {
                    Err(Stop::Retry(Wait {
                        status: Some(503),
                        retry_after: None,
                    }))
                } else {
                    Err(Stop::Fail(Error::Config {
                        message: format!("gave up at {}", t.number),
                    }))
                }
            })
            .await;
        assert!(matches!(got, Err(Error::Config { message }) if message == "gave up at 3"));
        assert_eq!(retrier.attempts(), 3);
        let seen = seen.lock().unwrap();
        assert_eq!(
            seen.iter().map(|e| e.attempt).collect::<Vec<_>>(),
            [1, 2],
            "the hook hears of each retry, not of the last failure"
        );
    }

    #[tokio::test]
    async fn a_post_is_not_tried_again_after_a_503() {
        let policy = quick(3);
        let retrier = Retrier::new(&policy, "op", RetryKind::Call).idempotent(false);
        let got = retrier
            .run(|t| async move { Ok::<bool, Stop>(t.retries(Failure::Status(503))) })
            .await;
        assert!(!got.unwrap());
    }
}
