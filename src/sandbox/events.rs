//! Event streams and [`Sandbox::wait_for`].
//!
//! `GET /v0/samples/{id}/events` streams the sample as NDJSON, one Sample object per
//! status change, and closes when the sample reaches a terminal status (`reported`
//! or `failed`). [`Sandbox::sample_events`] follows that stream and reconnects when
//! the connection drops or a line is cut short (the server sends the current state
//! first on every connection, so nothing is missed; repeats of the last state are
//! skipped). [`Sandbox::wait_for`] does the same with an overall timeout and returns
//! the final sample.
//!
//! ```no_run
//! # async fn demo(sandbox: secops::sandbox::Sandbox) -> secops::Result<()> {
//! use std::time::Duration;
//! use futures::TryStreamExt;
//! let mut events = sandbox.sample_events("240101-abcdef1234")?;
//! while let Some(sample) = events.try_next().await? {
//!     println!("now {}", sample.state());
//! }
//! let done = sandbox.wait_for("240101-abcdef1234").timeout(Duration::from_secs(600)).await?;
//! # Ok(()) }
//! ```

use std::collections::VecDeque;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::BytesMut;
use futures::stream::{BoxStream, Stream, StreamExt};

use super::{check_segment, Sample, Sandbox};
use crate::error::{Error, Result, Service};

/// The default overall timeout of [`Sandbox::wait_for`].
pub const DEFAULT_WAIT: Duration = Duration::from_secs(30 * 60);

/// Splits a byte stream into NDJSON lines; returns what is left at the end.
pub(crate) struct LineSplitter {
    buf: BytesMut,
    /// The longest line accepted (a Sample object is a few KiB); see
    /// [`ClientBuilder::max_line`](crate::ClientBuilder::max_line).
    max_line: usize,
}

impl LineSplitter {
    pub(crate) fn new(max_line: usize) -> Self {
        LineSplitter {
            buf: BytesMut::new(),
            max_line,
        }
    }

    /// Feeds a chunk; returns the complete lines in it (without their newline).
    pub(crate) fn push(&mut self, chunk: &[u8]) -> Result<Vec<BytesMut>> {
        self.buf.extend_from_slice(chunk);
        let mut lines = Vec::new();
        while let Some(nl) = memchr::memchr(b'\n', &self.buf) {
            let mut line = self.buf.split_to(nl + 1);
            line.truncate(nl);
            if line.last() == Some(&b'\r') {
                line.truncate(nl - 1);
            }
            lines.push(line);
        }
        if self.buf.len() > self.max_line {
            self.buf = BytesMut::new();
            return Err(crate::limits::line_too_long(
                Service::Sandbox,
                "an event line",
                self.max_line,
            ));
        }
        Ok(lines)
    }

    /// The bytes after the last newline (a line cut short, or a last line without newline).
    pub(crate) fn rest(&mut self) -> BytesMut {
        std::mem::take(&mut self.buf)
    }
}

/// One connection's outcome, as seen by the follower.
enum Step {
    /// An event.
    Event(Box<Sample>),
    /// The connection failed, or a line was cut short.
    Lost(Error),
    /// The server closed the stream cleanly.
    End,
}

type ConnStream = BoxStream<'static, Step>;

impl Sandbox {
    /// Opens one connection to a sample's event stream.
    fn connect_events(&self, sample_id: String) -> ConnStream {
        let this = self.clone();
        let max_line = self.core.max_line();
        ndjson_steps(max_line, async move {
            this.call(
                this.api
                    .stream_sample_events()
                    .sample_id(sample_id.as_str())
                    .send(),
            )
            .await
        })
    }

    /// The status updates of the account's running samples
    /// (`GET /v0/samples/events`), over one connection: each Sample object as the
    /// service sends it, until the service closes the stream (when the samples it
    /// follows are done). A dropped connection ends the stream with its error; call
    /// again to resume (the service then sends the current states first).
    pub fn account_events(&self) -> AccountEvents {
        let this = self.clone();
        let max_line = self.core.max_line();
        let steps = ndjson_steps(max_line, async move {
            this.call(this.api.stream_events().send()).await
        });
        let inner = steps
            .scan(false, |ended, step| {
                let out = match step {
                    _ if *ended => None,
                    Step::Event(s) => Some(Ok(*s)),
                    Step::Lost(e) => {
                        *ended = true;
                        Some(Err(e))
                    }
                    Step::End => None,
                };
                futures::future::ready(out)
            })
            .boxed();
        AccountEvents { inner }
    }
}

/// Parses an NDJSON response into steps: each event, then `Lost` (a failure or a
/// cut line) or `End` (a clean close).
fn ndjson_steps<F>(max_line: usize, opened: F) -> ConnStream
where
    F: Future<Output = Result<progenitor_client::ByteStream>> + Send + 'static,
{
    {
        futures::stream::once(opened)
            .flat_map(move |resp| -> ConnStream {
                let body = match resp {
                    Ok(body) => body.into_inner(),
                    Err(e) => return futures::stream::iter([Step::Lost(e)]).boxed(),
                };
                let state = (
                    body,
                    LineSplitter::new(max_line),
                    VecDeque::<Step>::new(),
                    false,
                );
                futures::stream::unfold(
                    state,
                    |(mut body, mut split, mut queue, mut done)| async move {
                        loop {
                            if let Some(step) = queue.pop_front() {
                                return Some((step, (body, split, queue, done)));
                            }
                            if done {
                                return None;
                            }
                            match body.next().await {
                                Some(Ok(chunk)) => match split.push(&chunk) {
                                    Ok(lines) => {
                                        for line in lines {
                                            if line.iter().all(|b| b.is_ascii_whitespace()) {
                                                continue;
                                            }
                                            queue.push_back(parse_line(&line));
                                        }
                                    }
                                    Err(e) => {
                                        queue.push_back(Step::Lost(e));
                                        done = true;
                                    }
                                },
                                Some(Err(e)) => {
                                    queue.push_back(Step::Lost(Error::from_reqwest(
                                        Service::Sandbox,
                                        e,
                                    )));
                                    done = true;
                                }
                                None => {
                                    let rest = split.rest();
                                    if !rest.iter().all(|b| b.is_ascii_whitespace()) {
                                        // A last line without newline counts if it parses whole.
                                        queue.push_back(parse_line(&rest));
                                    }
                                    queue.push_back(Step::End);
                                    done = true;
                                }
                            }
                        }
                    },
                )
                .boxed()
            })
            .boxed()
    }
}

impl Sandbox {
    /// Follows a sample's event stream until it reaches `reported` or `failed`,
    /// reconnecting through dropped connections and cut lines.
    ///
    /// Yields each new state (the current one first); ends after the terminal one.
    /// Gives up with the last error after the retry policy's `max_attempts`
    /// consecutive connections that brought nothing new.
    pub fn sample_events(&self, sample_id: &str) -> Result<SampleEvents> {
        check_segment("sample id", sample_id)?;
        Ok(SampleEvents::new(self.clone(), sample_id.to_string()))
    }

    /// Waits until a sample reaches a terminal status and returns it, following the
    /// event stream (see [`sample_events`](Sandbox::sample_events)). The overall
    /// timeout defaults to [`DEFAULT_WAIT`]; set it with [`WaitFor::timeout`].
    pub fn wait_for(&self, sample_id: &str) -> WaitFor<'_> {
        WaitFor {
            sandbox: self,
            sample_id: sample_id.to_string(),
            timeout: DEFAULT_WAIT,
            on_event: None,
        }
    }
}

fn parse_line(line: &[u8]) -> Step {
    match serde_json::from_slice::<Sample>(line) {
        Ok(s) => Step::Event(Box::new(s)),
        // A cut line (a dropped or truncated connection) is a lost connection.
        Err(e) => Step::Lost(Error::decode(Service::Sandbox, e, line)),
    }
}

/// The states of one sample, following its event stream with reconnects; see
/// [`Sandbox::sample_events`].
pub struct SampleEvents {
    inner: BoxStream<'static, Result<Sample>>,
    reconnects: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl std::fmt::Debug for SampleEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SampleEvents")
            .field("reconnects", &self.reconnects())
            .finish_non_exhaustive()
    }
}

struct Follow {
    sandbox: Sandbox,
    sample_id: String,
    conn: Option<ConnStream>,
    last: Option<Sample>,
    failures: u32,
    /// When the current run of failed connections began (for the retry deadline).
    lost_since: Option<tokio::time::Instant>,
    finished: bool,
    reconnects: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl SampleEvents {
    fn new(sandbox: Sandbox, sample_id: String) -> Self {
        let reconnects = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let st = Follow {
            sandbox,
            sample_id,
            conn: None,
            last: None,
            failures: 0,
            lost_since: None,
            finished: false,
            reconnects: reconnects.clone(),
        };
        let inner = futures::stream::unfold(st, |mut st| async move {
            loop {
                if st.finished {
                    return None;
                }
                if st.conn.is_none() {
                    st.conn = Some(st.sandbox.connect_events(st.sample_id.clone()));
                }
                let step = st.conn.as_mut().expect("connected").next().await;
                match step {
                    Some(Step::Event(sample)) => {
                        if st.last.as_ref() == Some(&*sample) {
                            continue;
                        }
                        st.failures = 0;
                        st.lost_since = None;
                        if sample.is_terminal() {
                            st.finished = true;
                        }
                        st.last = Some((*sample).clone());
                        return Some((Ok(*sample), st));
                    }
                    other => {
                        let err = match other {
                            Some(Step::Lost(e)) => e,
                            _ => Error::protocol(
                                Service::Sandbox,
                                "the event stream closed before a terminal status",
                            ),
                        };
                        st.conn = None;
                        // Not worth reconnecting: bad input, auth, a sample that is gone.
                        let permanent = matches!(err, Error::InvalidInput { .. })
                            || err.api().is_some_and(|a| !a.is_retryable());
                        st.failures += 1;
                        let policy = st.sandbox.core.retry_policy().clone();
                        if permanent || st.failures >= policy.get_max_attempts() {
                            st.finished = true;
                            return Some((Err(err), st));
                        }
                        // A server's `Retry-After` is bounded like every
                        // other wait: past the policy's deadline, give up.
                        let since = *st.lost_since.get_or_insert_with(tokio::time::Instant::now);
                        let Some(delay) =
                            policy.wait_before(st.failures, err.retry_after(), since.elapsed())
                        else {
                            tracing::warn!(
                                service = "sandbox",
                                operation = "stream_sample_events",
                                attempt = st.failures,
                                retry_after_s = err.retry_after().unwrap_or_default().as_secs(),
                                "not reconnecting: the wait would cross the retry deadline"
                            );
                            st.finished = true;
                            return Some((Err(err), st));
                        };
                        tracing::warn!(
                            service = "sandbox",
                            operation = "stream_sample_events",
                            attempt = st.failures,
                            delay_ms = delay.as_millis() as u64,
                            "event stream lost; reconnecting"
                        );
                        st.reconnects
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        tokio::time::sleep(delay).await;
                    }
                }
            }
        })
        .boxed();
        SampleEvents { inner, reconnects }
    }

    /// Connections re-opened so far.
    pub fn reconnects(&self) -> u64 {
        self.reconnects.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Stream for SampleEvents {
    type Item = Result<Sample>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// The account's status updates; see [`Sandbox::account_events`].
pub struct AccountEvents {
    inner: BoxStream<'static, Result<Sample>>,
}

impl std::fmt::Debug for AccountEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountEvents").finish_non_exhaustive()
    }
}

impl Stream for AccountEvents {
    type Item = Result<Sample>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// Callback for each state seen by [`WaitFor`].
type OnEvent<'a> = Box<dyn FnMut(&Sample) + Send + 'a>;

/// A pending [`Sandbox::wait_for`]; `.await` it.
#[must_use = "a WaitFor does nothing until awaited"]
pub struct WaitFor<'a> {
    sandbox: &'a Sandbox,
    sample_id: String,
    timeout: Duration,
    on_event: Option<OnEvent<'a>>,
}

impl std::fmt::Debug for WaitFor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WaitFor")
            .field("sample_id", &self.sample_id)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl<'a> WaitFor<'a> {
    /// The overall timeout, reconnects included (default [`DEFAULT_WAIT`]).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Calls `f` with each state seen (progress reporting).
    pub fn on_event(mut self, f: impl FnMut(&Sample) + Send + 'a) -> Self {
        self.on_event = Some(Box::new(f));
        self
    }

    async fn run(self) -> Result<Sample> {
        let WaitFor {
            sandbox,
            sample_id,
            timeout,
            mut on_event,
        } = self;
        let mut events = sandbox.sample_events(&sample_id)?;
        let mut last: Option<Sample> = None;
        let follow = async {
            while let Some(sample) = events.next().await {
                let sample = sample?;
                if let Some(f) = on_event.as_mut() {
                    f(&sample);
                }
                let terminal = sample.is_terminal();
                last = Some(sample);
                if terminal {
                    return Ok(());
                }
            }
            Err(Error::protocol(
                Service::Sandbox,
                format!("the events of sample {sample_id} ended without a terminal status"),
            ))
        };
        match tokio::time::timeout(timeout, follow).await {
            Ok(Ok(())) => Ok(last.expect("a terminal sample was seen")),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(Error::Timeout {
                service: Service::Sandbox,
                message: format!(
                    "sample {sample_id} did not reach a terminal status within {} s (last status: {})",
                    timeout.as_secs(),
                    last.as_ref()
                        .map(|s| s.state().to_string())
                        .unwrap_or_else(|| "unknown".into())
                ),
            }),
        }
    }
}

impl<'a> IntoFuture for WaitFor<'a> {
    type Output = Result<Sample>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<Sample>> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitter_handles_chunk_boundaries() {
        let mut s = LineSplitter::new(1024);
        assert!(s.push(b"{\"a\":").unwrap().is_empty());
        let lines = s.push(b"1}\r\n{\"b\":2}\n{\"c\"").unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(&lines[0][..], b"{\"a\":1}");
        assert_eq!(&lines[1][..], b"{\"b\":2}");
        assert_eq!(&s.rest()[..], b"{\"c\"");
    }
}
