//! What a registered operation answers, and the builders that register it: [`On`] starts an
//! operation's sequence of answers, [`Answers`] extends it.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use crate::error::{ApiError, ErrorBody};
use crate::operation::{Operation, OperationDescriptor};

use super::server::{Key, State};

/// One answer, as it goes on the wire.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) body: Bytes,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) delay: Duration,
}

impl Answer {
    /// An answer with `status`, `body` and its media type, sent at once.
    fn new(status: u16, content_type: Option<&str>, body: Bytes) -> Self {
        Answer {
            status,
            content_type: content_type.map(str::to_owned),
            body,
            headers: Vec::new(),
            delay: Duration::ZERO,
        }
    }

    /// The operation's success answer carrying `value`: its declared success status and media
    /// type, and no body when the operation declares none. A value that does not serialize is
    /// a `500` whose body says so.
    fn value<T: serde::Serialize>(d: &OperationDescriptor, value: &T) -> Self {
        let declared = d.response(d.success_status);
        if declared.is_some_and(|r| r.body.is_none()) {
            return Answer::new(d.success_status, None, Bytes::new());
        }
        let media_type = declared.and_then(|r| r.media_type).unwrap_or(d.accept);
        match serde_json::to_vec(value) {
            Ok(body) => Answer::new(d.success_status, Some(media_type), Bytes::from(body)),
            Err(e) => Answer::error(
                &ApiError::new(500, "MOCK_ATLAS_UNSERIALIZABLE_ANSWER").with_detail(format!(
                    "the answer registered for {} does not serialize: {e}",
                    d.operation_id
                )),
            ),
        }
    }

    /// An error answer: `error` as the body, its `error` member as the status (`500` when that
    /// is not an HTTP status).
    fn error(error: &ApiError) -> Self {
        let status = u16::try_from(error.error)
            .ok()
            .filter(|s| (100..=599).contains(s))
            .unwrap_or(500);
        let body = serde_json::to_vec(error).unwrap_or_default();
        Answer::new(status, Some("application/json"), Bytes::from(body))
    }
}

/// The answers registered for one operation version, answered in order; the last one repeats.
#[derive(Debug)]
pub(crate) struct Sequence {
    answers: Vec<Answer>,
    next: usize,
}

impl Sequence {
    /// A sequence of one answer.
    pub(crate) fn of(answer: Answer) -> Self {
        Sequence {
            answers: vec![answer],
            next: 0,
        }
    }

    /// The answer to the next call.
    pub(crate) fn take(&mut self) -> Option<Answer> {
        let last = self.answers.len().checked_sub(1)?;
        let answer = self.answers.get(self.next.min(last)).cloned();
        self.next = self.next.saturating_add(1);
        answer
    }

    fn push(&mut self, answer: Answer) {
        self.answers.push(answer);
    }

    fn last_mut(&mut self) -> Option<&mut Answer> {
        self.answers.last_mut()
    }
}

/// Registers the answers of operation `O` (one operation at one API version); made by
/// [`MockAtlas::on`](super::MockAtlas::on).
///
/// Each `respond*` method replaces whatever `O` answered before with one answer, and returns
/// [`Answers`] to add more.
#[must_use = "the operation answers nothing until a `respond*` method is called"]
pub struct On<'a, O> {
    state: &'a Arc<State>,
    operation: PhantomData<fn() -> O>,
}

impl<'a, O: Operation> On<'a, O> {
    pub(crate) fn new(state: &'a Arc<State>) -> Self {
        On {
            state,
            operation: PhantomData,
        }
    }

    /// Answers `value` with the operation's declared success status and media type (no body
    /// when the operation declares none).
    pub fn respond(self, value: O::Response) -> Answers<'a, O>
    where
        O::Response: serde::Serialize,
    {
        self.register(Answer::value(O::DESCRIPTOR, &value))
    }

    /// Answers `error` (the runtime's [`ApiError`], or an operation's declared error body) as
    /// Atlas's error body, with its `error` member as the HTTP status.
    pub fn respond_error(self, error: impl ErrorBody) -> Answers<'a, O> {
        self.register(Answer::error(&error.to_api_error()))
    }

    /// Answers `status` with an empty body.
    pub fn respond_status(self, status: u16) -> Answers<'a, O> {
        self.register(Answer::new(status, None, Bytes::new()))
    }

    /// Answers `status` with `body` as given, of media type `content_type`: for what the typed
    /// answers cannot say (a body that is not JSON, a malformed one).
    pub fn respond_raw(
        self,
        status: u16,
        content_type: &str,
        body: impl Into<Bytes>,
    ) -> Answers<'a, O> {
        self.register(Answer::new(status, Some(content_type), body.into()))
    }

    fn register(self, answer: Answer) -> Answers<'a, O> {
        let key = Key::of(O::DESCRIPTOR);
        self.state.register(O::DESCRIPTOR, Sequence::of(answer));
        Answers {
            state: self.state,
            key,
            operation: PhantomData,
        }
    }
}

/// The answers of operation `O` registered so far, in order: each `then_*` method adds one,
/// [`after`](Answers::after) and [`with_header`](Answers::with_header) change the last one. Once
/// every answer was given, the last one repeats.
pub struct Answers<'a, O> {
    state: &'a Arc<State>,
    key: Key,
    operation: PhantomData<fn() -> O>,
}

impl<O: Operation> Answers<'_, O> {
    /// Then answers `value`, as [`On::respond`] does.
    pub fn then_respond(self, value: O::Response) -> Self
    where
        O::Response: serde::Serialize,
    {
        self.push(Answer::value(O::DESCRIPTOR, &value))
    }

    /// Then answers `error`, as [`On::respond_error`] does.
    pub fn then_respond_error(self, error: impl ErrorBody) -> Self {
        self.push(Answer::error(&error.to_api_error()))
    }

    /// Then answers `status` with an empty body.
    pub fn then_respond_status(self, status: u16) -> Self {
        self.push(Answer::new(status, None, Bytes::new()))
    }

    /// Then answers `status` with `body` as given, as [`On::respond_raw`] does.
    pub fn then_respond_raw(self, status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        self.push(Answer::new(status, Some(content_type), body.into()))
    }

    /// Sends the last answer only after `delay` (a client whose request timeout is shorter
    /// gives up first).
    pub fn after(self, delay: Duration) -> Self {
        self.edit_last(|a| a.delay = delay)
    }

    /// Adds a header to the last answer (`Retry-After`, `Deprecation`, ...).
    pub fn with_header(self, name: &str, value: &str) -> Self {
        self.edit_last(|a| a.headers.push((name.to_owned(), value.to_owned())))
    }

    fn push(self, answer: Answer) -> Self {
        self.state.edit(&self.key, |s| s.push(answer));
        self
    }

    fn edit_last(self, edit: impl FnOnce(&mut Answer)) -> Self {
        self.state.edit(&self.key, |s| {
            if let Some(last) = s.last_mut() {
                edit(last);
            }
        });
        self
    }
}

impl<O> std::fmt::Debug for On<'_, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("On")
            .field("operation", &std::any::type_name::<O>())
            .finish()
    }
}

impl<O> std::fmt::Debug for Answers<'_, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Answers")
            .field("operation", &std::any::type_name::<O>())
            .finish()
    }
}
