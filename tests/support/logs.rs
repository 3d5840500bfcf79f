//! Captures what `tracing` writes on the current thread while a test runs.
// Tests report failure by panicking.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The formatted log lines at `level` and above, until this value is dropped.
pub struct Logs {
    buffer: Buffer,
    _guard: tracing::subscriber::DefaultGuard,
}

impl Logs {
    /// Starts capturing on this thread (use a current-thread runtime).
    pub fn capture(level: tracing::Level) -> Self {
        let buffer = Buffer::default();
        let writer = buffer.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(level)
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        // A callsite first hit on another thread, while no subscriber there wanted it, may have
        // cached "never": ask every callsite again now that this thread's subscriber exists.
        tracing::callsite::rebuild_interest_cache();
        Logs {
            buffer,
            _guard: guard,
        }
    }

    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.buffer.0.lock().unwrap().clone()).unwrap()
    }
}
