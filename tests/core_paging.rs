//! The shared pagination mechanism (`secops::paging`) against fake page
//! sources: every cursor kind, the guards, concurrency, failures and resume.
//!
//! The fakes serve items `0..total` so that "every item exactly once, in
//! order" is a plain equality.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt};
use http::HeaderMap;
use secops::paging::{PageSource, RawPage};
use secops::{
    Checkpoint, CheckpointStore, Cursor, Error, FileCheckpoints, Paginator, Position, RetryPolicy,
    Service,
};

/// A fast policy: a few attempts, millisecond backoffs (time is paused anyway).
fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(4)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Style {
    /// Defendis: `page` numbers, `hasMore`.
    PageNumber,
    /// Sandbox: an opaque `next` token passed back as `offset`.
    OpaqueOffset,
    /// DefectDojo: numeric offsets read from the `next` URL, with a `count`.
    NextUrlWithCount,
    /// TAXII with `next` tokens.
    TaxiiNext,
    /// TAXII without `next`: `added_after` = `X-TAXII-Date-Added-Last`.
    TaxiiAddedAfter,
}

/// What the fake records: every fetch (cursor), in the order started.
#[derive(Default)]
struct Log {
    fetches: Mutex<Vec<Cursor>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

impl Log {
    fn fetches(&self) -> Vec<Cursor> {
        self.fetches.lock().unwrap().clone()
    }
}

/// A well-behaved fake of each cursor style, with optional injected failures.
#[derive(Clone)]
struct Fake {
    style: Style,
    total: u64,
    per: u64,
    log: Arc<Log>,
    /// Cursor → number of attempts that fail (with a retryable transport error) before success.
    flaky: Arc<Mutex<HashMap<Cursor, u32>>>,
    /// Per-page delay (by page index), to make later pages finish first.
    delay: Option<fn(u64) -> Duration>,
    /// Replace the (correct) plan with this one.
    plan_override: Option<Vec<Cursor>>,
}

fn opaque(i: u64) -> String {
    // Not a number, not monotonic as a string: the paginator must treat it as opaque.
    format!("tok-{:x}-{}", i.wrapping_mul(0x9E37_79B9), i)
}

fn unopaque(s: &str) -> u64 {
    s.rsplit('-').next().unwrap().parse().unwrap()
}

fn stamp(i: u64) -> String {
    // Item i was added at 2026-01-01T00:00:00Z + i seconds.
    let t = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z").unwrap()
        + chrono::Duration::seconds(i as i64);
    t.with_timezone(&chrono::Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Fake {
    fn new(style: Style, total: u64, per: u64) -> Self {
        Fake {
            style,
            total,
            per,
            log: Arc::new(Log::default()),
            flaky: Arc::new(Mutex::new(HashMap::new())),
            delay: None,
            plan_override: None,
        }
    }

    /// The index of the first item of the page at `cursor`.
    fn start_of(&self, cursor: &Cursor) -> u64 {
        match cursor {
            Cursor::Start => 0,
            Cursor::Page { page } => (page - 1) * self.per,
            Cursor::Offset { offset } => match self.style {
                Style::OpaqueOffset => unopaque(offset),
                _ => offset.parse().unwrap(),
            },
            Cursor::Taxii { next: Some(n), .. } => unopaque(n),
            Cursor::Taxii {
                next: None,
                added_after: Some(a),
            } => {
                // First item added strictly after `a`.
                (0..self.total)
                    .find(|i| stamp(*i) > *a)
                    .unwrap_or(self.total)
            }
            other => panic!("unexpected cursor {other:?}"),
        }
    }

    fn cursor_at(&self, start: u64, page_no: u64) -> Cursor {
        match self.style {
            Style::PageNumber => Cursor::Page { page: page_no },
            Style::OpaqueOffset => Cursor::Offset {
                offset: opaque(start),
            },
            Style::NextUrlWithCount => Cursor::Offset {
                offset: start.to_string(),
            },
            Style::TaxiiNext => Cursor::Taxii {
                next: Some(opaque(start)),
                added_after: None,
            },
            Style::TaxiiAddedAfter => Cursor::Taxii {
                next: None,
                added_after: Some(stamp(start - 1)),
            },
        }
    }

    fn page(&self, cursor: &Cursor) -> RawPage<u64> {
        let start = self.start_of(cursor);
        let end = (start + self.per).min(self.total);
        let items: Vec<u64> = (start..end).collect();
        let mut headers = HeaderMap::new();
        if let Some(last) = items.last() {
            headers.insert("x-taxii-date-added-last", stamp(*last).parse().unwrap());
        }
        let next = if end >= self.total {
            Cursor::Done
        } else {
            self.cursor_at(end, end / self.per + 1)
        };
        let total =
            matches!(self.style, Style::NextUrlWithCount | Style::PageNumber).then_some(self.total);
        RawPage {
            items,
            next,
            headers,
            total,
        }
    }
}

impl PageSource for Fake {
    type Item = u64;

    fn service(&self) -> Service {
        match self.style {
            Style::PageNumber => Service::Defendis,
            Style::OpaqueOffset => Service::Sandbox,
            Style::NextUrlWithCount => Service::DefectDojo,
            _ => Service::Taxii,
        }
    }

    fn endpoint(&self) -> String {
        format!("fake/{:?}", self.style)
    }

    fn fetch(
        &self,
        cursor: Cursor,
        _page_size: Option<u32>,
    ) -> BoxFuture<'static, secops::Result<RawPage<u64>>> {
        let this = self.clone();
        self.log.fetches.lock().unwrap().push(cursor.clone());
        async move {
            let now = this.log.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            this.log.max_in_flight.fetch_max(now, Ordering::SeqCst);
            if let Some(delay) = this.delay {
                tokio::time::sleep(delay(this.start_of(&cursor) / this.per)).await;
            }
            this.log.in_flight.fetch_sub(1, Ordering::SeqCst);
            {
                let mut flaky = this.flaky.lock().unwrap();
                if let Some(n) = flaky.get_mut(&cursor) {
                    if *n > 0 {
                        *n -= 1;
                        return Err(Error::Transport {
                            service: this.service(),
                            message: format!("connection reset at {cursor}"),
                            source: None,
                        });
                    }
                }
            }
            Ok(this.page(&cursor))
        }
        .boxed()
    }

    fn plan(
        &self,
        first: &RawPage<u64>,
        _first_cursor: &Cursor,
        _page_size: Option<u32>,
    ) -> Option<Vec<Cursor>> {
        if let Some(p) = &self.plan_override {
            return Some(p.clone());
        }
        let total = first.total?;
        let mut out = Vec::new();
        let mut start = self.per;
        while start < total {
            out.push(self.cursor_at(start, start / self.per + 1));
            start += self.per;
        }
        Some(out)
    }
}

const STYLES: [Style; 5] = [
    Style::PageNumber,
    Style::OpaqueOffset,
    Style::NextUrlWithCount,
    Style::TaxiiNext,
    Style::TaxiiAddedAfter,
];

async fn collect_items(p: Paginator<Fake>) -> secops::Result<Vec<u64>> {
    let mut s = p.items();
    let mut out = Vec::new();
    while let Some(item) = s.next().await {
        out.push(item?);
    }
    Ok(out)
}

#[tokio::test(start_paused = true)]
async fn nothing_is_fetched_before_the_first_poll() {
    for style in STYLES {
        let fake = Fake::new(style, 30, 10);
        let log = fake.log.clone();
        let mut pages = Paginator::new(fake.clone(), fast_retry()).pages();
        let items = Paginator::new(fake, fast_retry()).items();
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(
            log.fetches().is_empty(),
            "{style:?}: fetched before polling"
        );
        let first = pages.next().await.unwrap().unwrap();
        assert_eq!(first.items, (0..10).collect::<Vec<_>>());
        // One poll, one page: no read-ahead in sequential mode.
        assert_eq!(log.fetches(), vec![Cursor::Start], "{style:?}");
        drop(items);
        assert_eq!(log.fetches().len(), 1);
    }
}

#[tokio::test(start_paused = true)]
async fn every_cursor_kind_yields_every_item_once_in_order() {
    for style in STYLES {
        for (total, per) in [(0, 10), (1, 10), (10, 10), (95, 10), (100, 7)] {
            let fake = Fake::new(style, total, per);
            let log = fake.log.clone();
            let got = collect_items(Paginator::new(fake, fast_retry()))
                .await
                .unwrap();
            assert_eq!(
                got,
                (0..total).collect::<Vec<_>>(),
                "{style:?} {total}/{per}"
            );
            let pages = total.div_ceil(per).max(1) as usize;
            assert_eq!(log.fetches().len(), pages, "{style:?} {total}/{per}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn pages_carry_cursor_next_headers_and_total() {
    let fake = Fake::new(Style::TaxiiAddedAfter, 25, 10);
    let pages: Vec<_> = Paginator::new(fake, fast_retry())
        .pages()
        .map(|p| p.unwrap())
        .collect()
        .await;
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].cursor, Cursor::Start);
    assert_eq!(pages[1].cursor, pages[0].next);
    assert_eq!(pages[2].next, Cursor::Done);
    // added_after for page 2 is the X-TAXII-Date-Added-Last of page 1.
    let last = pages[0].headers["x-taxii-date-added-last"]
        .to_str()
        .unwrap();
    assert_eq!(
        pages[1].cursor,
        Cursor::Taxii {
            next: None,
            added_after: Some(last.to_string())
        }
    );

    let fake = Fake::new(Style::NextUrlWithCount, 25, 10);
    let page = Paginator::new(fake, fast_retry())
        .pages()
        .next()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(page.total, Some(25));
    assert_eq!(
        page.next,
        Cursor::Offset {
            offset: "10".into()
        }
    );
}

/// A source that answers from a script: cursor → page. Anything else is a bug in the test.
#[derive(Clone)]
struct Scripted {
    pages: Arc<HashMap<Cursor, RawPage<u64>>>,
    fetches: Arc<AtomicUsize>,
}

fn raw(items: std::ops::Range<u64>, next: Cursor) -> RawPage<u64> {
    RawPage {
        items: items.collect(),
        next,
        headers: HeaderMap::new(),
        total: None,
    }
}

impl Scripted {
    fn new(script: Vec<(Cursor, RawPage<u64>)>) -> Self {
        Scripted {
            pages: Arc::new(script.into_iter().collect()),
            fetches: Arc::new(AtomicUsize::new(0)),
        }
    }
}

impl PageSource for Scripted {
    type Item = u64;
    fn service(&self) -> Service {
        Service::Sandbox
    }
    fn endpoint(&self) -> String {
        "samples".into()
    }
    fn fetch(
        &self,
        cursor: Cursor,
        _: Option<u32>,
    ) -> BoxFuture<'static, secops::Result<RawPage<u64>>> {
        let n = self.fetches.fetch_add(1, Ordering::SeqCst);
        assert!(n < 100, "the paginator loops");
        let page = self
            .pages
            .get(&cursor)
            .cloned()
            .unwrap_or_else(|| panic!("no page at {cursor}"));
        async move { Ok(page) }.boxed()
    }
}

fn off(s: &str) -> Cursor {
    Cursor::Offset { offset: s.into() }
}

/// Runs a misbehaving script and returns (items before the error, the error,
/// whether the stream ended after it).
async fn run_guard(script: Vec<(Cursor, RawPage<u64>)>) -> (Vec<u64>, Error, bool, usize) {
    let src = Scripted::new(script);
    let fetches = src.fetches.clone();
    let mut s = Paginator::new(src, fast_retry()).items();
    let mut items = Vec::new();
    let err = loop {
        match s.next().await {
            Some(Ok(i)) => items.push(i),
            Some(Err(e)) => break e,
            None => panic!("the stream ended without the protocol error"),
        }
    };
    let ended = s.next().await.is_none();
    (items, err, ended, fetches.load(Ordering::SeqCst))
}

fn assert_protocol(err: &Error, service: &str, needles: &[&str]) {
    let msg = err.to_string();
    assert!(
        matches!(err, Error::Protocol { .. }),
        "not a protocol error: {msg}"
    );
    assert!(msg.contains(service), "{msg}");
    for n in needles {
        assert!(msg.contains(n), "{msg} lacks {n}");
    }
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_repeated_cursor_is_a_protocol_error_not_a_loop() {
    // a → b → a: each step "advances" (opaque offsets only have to differ) but it cycles.
    let (items, err, ended, fetches) = run_guard(vec![
        (Cursor::Start, raw(0..2, off("a"))),
        (off("a"), raw(2..4, off("b"))),
        (off("b"), raw(4..6, off("a"))),
    ])
    .await;
    assert_eq!(items, vec![0, 1, 2, 3]);
    assert_protocol(
        &err,
        "Sandbox",
        &["samples", "offset b", "offset a", "repeats"],
    );
    assert!(ended);
    assert_eq!(fetches, 3);
}

#[tokio::test]
async fn a_cursor_that_does_not_advance_is_a_protocol_error() {
    // The same cursor again.
    let (items, err, ended, _) = run_guard(vec![
        (Cursor::Start, raw(0..2, off("a"))),
        (off("a"), raw(2..4, off("a"))),
    ])
    .await;
    assert_eq!(items, vec![0, 1]);
    assert_protocol(&err, "Sandbox", &["offset a", "does not advance"]);
    assert!(ended);

    // A page number going backwards.
    let (_, err, ended, _) = run_guard(vec![
        (Cursor::Start, raw(0..2, Cursor::Page { page: 2 })),
        (
            Cursor::Page { page: 2 },
            raw(2..4, Cursor::Page { page: 3 }),
        ),
        (
            Cursor::Page { page: 3 },
            raw(4..6, Cursor::Page { page: 2 }),
        ),
    ])
    .await;
    assert_protocol(&err, "Sandbox", &["page 3", "page 2"]);
    assert!(ended);

    // TAXII added_after that does not move forward.
    let t = |s: &str| Cursor::Taxii {
        next: None,
        added_after: Some(s.into()),
    };
    let (items, err, ended, _) = run_guard(vec![
        (Cursor::Start, raw(0..2, t("2026-01-01T00:00:05.000Z"))),
        (
            t("2026-01-01T00:00:05.000Z"),
            raw(2..4, t("2026-01-01T00:00:05Z")),
        ),
    ])
    .await;
    assert_eq!(items, vec![0, 1]);
    assert_protocol(
        &err,
        "Sandbox",
        &["added_after 2026-01-01T00:00:05", "does not advance"],
    );
    assert!(ended);
}

#[tokio::test]
async fn an_empty_page_claiming_more_is_a_protocol_error() {
    let (items, err, ended, fetches) = run_guard(vec![
        (Cursor::Start, raw(0..3, off("x"))),
        (off("x"), raw(3..3, off("y"))),
    ])
    .await;
    assert_eq!(items, vec![0, 1, 2]);
    assert_protocol(&err, "Sandbox", &["empty page", "offset x", "offset y"]);
    assert!(ended);
    assert_eq!(fetches, 2);
}

#[tokio::test]
async fn an_empty_last_page_ends_cleanly() {
    let src = Scripted::new(vec![
        (Cursor::Start, raw(0..3, off("x"))),
        (off("x"), raw(3..3, Cursor::Done)),
    ]);
    let got = Paginator::new(src, fast_retry())
        .items()
        .map(|r| r.unwrap())
        .collect::<Vec<_>>()
        .await;
    assert_eq!(got, vec![0, 1, 2]);
}

fn reverse_delay(page: u64) -> Duration {
    // Later pages answer sooner, so completion order is the reverse of page order.
    Duration::from_millis(1000 - page.min(999))
}

#[tokio::test(start_paused = true)]
async fn concurrency_fetches_planned_pages_in_parallel_and_yields_in_order() {
    for n in [2usize, 4, 8] {
        let mut fake = Fake::new(Style::NextUrlWithCount, 1000, 10);
        fake.delay = Some(reverse_delay);
        let log = fake.log.clone();
        let got = collect_items(Paginator::new(fake, fast_retry()).concurrency(n))
            .await
            .unwrap();
        assert_eq!(got, (0..1000).collect::<Vec<_>>(), "concurrency {n}");
        assert_eq!(
            log.max_in_flight.load(Ordering::SeqCst),
            n,
            "concurrency {n}"
        );
        // Each page fetched exactly once.
        let fetches = log.fetches();
        assert_eq!(fetches.len(), 100);
        assert_eq!(fetches.iter().collect::<HashSet<_>>().len(), 100);
    }
    // Page numbers plan too (Defendis knows its page count).
    let mut fake = Fake::new(Style::PageNumber, 95, 10);
    fake.delay = Some(reverse_delay);
    let log = fake.log.clone();
    let got = collect_items(Paginator::new(fake, fast_retry()).concurrency(3))
        .await
        .unwrap();
    assert_eq!(got, (0..95).collect::<Vec<_>>());
    assert_eq!(log.max_in_flight.load(Ordering::SeqCst), 3);
}

#[tokio::test(start_paused = true)]
async fn concurrency_without_a_plan_falls_back_to_one_page_at_a_time() {
    let mut fake = Fake::new(Style::OpaqueOffset, 100, 10);
    fake.delay = Some(reverse_delay);
    let log = fake.log.clone();
    let got = collect_items(Paginator::new(fake, fast_retry()).concurrency(4))
        .await
        .unwrap();
    assert_eq!(got, (0..100).collect::<Vec<_>>());
    assert_eq!(log.max_in_flight.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn a_wrong_plan_is_a_protocol_error_not_a_gap() {
    // The plan skips offset 20: the page at 30 is not what page 20 announced.
    let mut fake = Fake::new(Style::NextUrlWithCount, 50, 10);
    fake.plan_override = Some(vec![off("10"), off("30"), off("40")]);
    let mut s = Paginator::new(fake, fast_retry()).concurrency(2).items();
    let mut items = Vec::new();
    let err = loop {
        match s.next().await.expect("the stream must report the bad plan") {
            Ok(i) => items.push(i),
            Err(e) => break e,
        }
    };
    assert_eq!(items, (0..20).collect::<Vec<_>>());
    assert_protocol(
        &err,
        "DefectDojo",
        &["planned page at offset 30", "offset 20"],
    );
    assert!(s.next().await.is_none());
    // The last good position is right after item 19.
    assert_eq!(
        s.position(),
        Position {
            cursor: off("20"),
            skip: 0
        }
    );
}

#[tokio::test(start_paused = true)]
async fn a_plan_that_falls_short_continues_sequentially() {
    // The listing grew after the count was read: the plan covers 3 pages, there are 5.
    let mut fake = Fake::new(Style::NextUrlWithCount, 50, 10);
    fake.plan_override = Some(vec![off("10"), off("20")]);
    let got = collect_items(Paginator::new(fake, fast_retry()).concurrency(4))
        .await
        .unwrap();
    assert_eq!(got, (0..50).collect::<Vec<_>>());
}

#[tokio::test(start_paused = true)]
async fn max_items_trims_and_does_not_fetch_beyond() {
    for n in [1usize, 4] {
        for (max, pages) in [
            (0u64, 0usize),
            (1, 1),
            (10, 1),
            (25, 3),
            (30, 3),
            (1000, 10),
        ] {
            let fake = Fake::new(Style::NextUrlWithCount, 100, 10);
            let log = fake.log.clone();
            let p = Paginator::new(fake, fast_retry())
                .concurrency(n)
                .max_items(max);
            let got = collect_items(p).await.unwrap();
            assert_eq!(
                got,
                (0..max.min(100)).collect::<Vec<_>>(),
                "n={n} max={max}"
            );
            assert_eq!(
                log.fetches().len(),
                pages,
                "n={n} max={max}: {:?}",
                log.fetches()
            );
        }
    }
}

#[tokio::test(start_paused = true)]
async fn max_items_position_points_inside_the_cut_page() {
    let fake = Fake::new(Style::PageNumber, 100, 10);
    let mut s = Paginator::new(fake.clone(), fast_retry())
        .max_items(25)
        .items();
    let mut got = Vec::new();
    while let Some(i) = s.next().await {
        got.push(i.unwrap());
    }
    assert_eq!(got.len(), 25);
    let pos = s.position();
    assert_eq!(
        pos,
        Position {
            cursor: Cursor::Page { page: 3 },
            skip: 5
        }
    );
    let rest = collect_items(Paginator::new(fake, fast_retry()).resume_from(pos))
        .await
        .unwrap();
    assert_eq!(rest, (25..100).collect::<Vec<_>>());
}

#[tokio::test(start_paused = true)]
async fn transient_failures_are_retried_per_page() {
    for n in [1usize, 3] {
        let fake = Fake::new(Style::NextUrlWithCount, 60, 10);
        fake.flaky.lock().unwrap().insert(off("20"), 2);
        fake.flaky.lock().unwrap().insert(off("50"), 3);
        let log = fake.log.clone();
        let policy = fast_retry();
        let stats = policy.stats().clone();
        let got = collect_items(Paginator::new(fake, policy).concurrency(n))
            .await
            .unwrap();
        assert_eq!(got, (0..60).collect::<Vec<_>>());
        assert_eq!(stats.retries(), 5, "n={n}");
        assert_eq!(log.fetches().len(), 6 + 5);
    }
}

#[tokio::test(start_paused = true)]
async fn a_page_that_keeps_failing_ends_the_stream_and_keeps_the_last_good_position() {
    for n in [1usize, 4] {
        let fake = Fake::new(Style::NextUrlWithCount, 100, 10);
        fake.flaky.lock().unwrap().insert(off("30"), 100);
        let log = fake.log.clone();

        // Page stream.
        let mut pages = Paginator::new(fake.clone(), fast_retry())
            .concurrency(n)
            .pages();
        let mut seen = Vec::new();
        let err = loop {
            match pages.next().await.unwrap() {
                Ok(p) => seen.push(p.cursor),
                Err(e) => break e,
            }
        };
        assert!(matches!(err, Error::Transport { .. }), "{err}");
        assert!(err.to_string().contains("offset 30"), "{err}");
        assert_eq!(seen, vec![Cursor::Start, off("10"), off("20")]);
        assert!(
            pages.next().await.is_none(),
            "the stream ends after the error"
        );
        assert_eq!(
            pages.position(),
            Position {
                cursor: off("30"),
                skip: 0
            }
        );
        // The failing page was tried max_attempts times.
        let tries = log.fetches().iter().filter(|c| **c == off("30")).count();
        assert_eq!(tries, 4, "n={n}");

        // Item stream: same, and resuming from its position after a fix yields the rest.
        let mut items = Paginator::new(fake.clone(), fast_retry())
            .concurrency(n)
            .items();
        let mut got = Vec::new();
        let err = loop {
            match items.next().await.unwrap() {
                Ok(i) => got.push(i),
                Err(e) => break e,
            }
        };
        assert!(err.is_retryable());
        assert_eq!(got, (0..30).collect::<Vec<_>>());
        let pos = items.position();
        assert_eq!(
            pos,
            Position {
                cursor: off("30"),
                skip: 0
            }
        );
        fake.flaky.lock().unwrap().clear();
        let rest = collect_items(
            Paginator::new(fake, fast_retry())
                .concurrency(n)
                .resume_from(pos),
        )
        .await
        .unwrap();
        assert_eq!(rest, (30..100).collect::<Vec<_>>());
    }
}

#[tokio::test(start_paused = true)]
async fn resume_continues_exactly_after_the_last_item_handed_out() {
    for style in STYLES {
        for n in [1usize, 3] {
            for stop in [0usize, 1, 9, 10, 11, 37, 94, 95] {
                let fake = Fake::new(style, 95, 10);
                let mut s = Paginator::new(fake.clone(), fast_retry())
                    .concurrency(n)
                    .items();
                let mut first = Vec::new();
                for _ in 0..stop {
                    first.push(s.next().await.unwrap().unwrap());
                }
                let pos = s.position();
                drop(s);
                // Positions survive a JSON round trip (they are stored in checkpoints).
                let pos: Position =
                    serde_json::from_str(&serde_json::to_string(&pos).unwrap()).unwrap();
                let rest = collect_items(
                    Paginator::new(fake, fast_retry())
                        .concurrency(n)
                        .resume_from(pos),
                )
                .await
                .unwrap();
                first.extend(rest);
                assert_eq!(
                    first,
                    (0..95).collect::<Vec<_>>(),
                    "{style:?} n={n} stop={stop}"
                );
            }
        }
    }
}

/// The kill-and-resume test: a sync task writes each page to a sink and then
/// saves a checkpoint (file store), and is aborted half-way; a second run
/// resumes from the stored checkpoint. The union is the full dataset in order.
#[tokio::test(start_paused = true)]
async fn killed_sync_resumes_from_the_stored_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(FileCheckpoints::new(dir.path()).unwrap());
    let sink: Arc<Mutex<Vec<u64>>> = Arc::default();
    let filter = serde_json::json!({"severity": "high"});
    let mut fake = Fake::new(Style::PageNumber, 1000, 10);
    // A little latency per page so that the abort lands mid-sync.
    fake.delay = Some(|_| Duration::from_millis(10));

    async fn sync(
        fake: Fake,
        store: Arc<FileCheckpoints>,
        sink: Arc<Mutex<Vec<u64>>>,
        filter: serde_json::Value,
    ) -> secops::Result<()> {
        let mut cp = match store.load("findings")? {
            Some(cp) => {
                cp.ensure_matches(
                    &store.location("findings"),
                    Service::Defendis,
                    "findings",
                    &filter,
                )?;
                cp
            }
            None => Checkpoint::new(Service::Defendis, "findings", filter),
        };
        let mut pages = Paginator::new(fake, fast_retry())
            .resume_from(cp.position.clone())
            .pages();
        while let Some(page) = pages.next().await {
            let page = page?;
            let n = page.items.len() as u64;
            // Write, then checkpoint: no await in between, so an abort lands
            // either before the page was written or after it was checkpointed.
            sink.lock().unwrap().extend(page.items);
            cp.advance(pages.position(), n);
            store.save("findings", &cp)?;
        }
        Ok(())
    }

    let task = tokio::spawn(sync(
        fake.clone(),
        store.clone(),
        sink.clone(),
        filter.clone(),
    ));
    // Let it run about half-way (10 ms per page, 100 pages).
    tokio::time::sleep(Duration::from_millis(505)).await;
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    let half = sink.lock().unwrap().len();
    assert!(half > 100 && half < 900, "aborted after {half} items");
    let cp = store.load("findings").unwrap().unwrap();
    assert_eq!(cp.items, half as u64);
    assert!(!cp.complete);

    sync(fake, store.clone(), sink.clone(), filter)
        .await
        .unwrap();
    assert_eq!(*sink.lock().unwrap(), (0..1000).collect::<Vec<_>>());
    let cp = store.load("findings").unwrap().unwrap();
    assert!(cp.complete && cp.items == 1000);
}

#[tokio::test(start_paused = true)]
async fn prefetch_fetches_the_next_page_while_the_current_one_is_used() {
    for style in STYLES {
        let fake = Fake::new(style, 95, 10);
        let log = fake.log.clone();
        let mut pages = Paginator::new(fake.clone(), fast_retry())
            .prefetch(true)
            .pages();
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert!(
            log.fetches().is_empty(),
            "{style:?}: fetched before polling"
        );
        let first = pages.next().await.unwrap().unwrap();
        // The caller has not asked for page 2 yet; it is already on its way.
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert_eq!(log.fetches().len(), 2, "{style:?}: page 2 prefetched");
        assert_eq!(log.fetches()[1], first.next, "{style:?}");
        // Same items, same order, same positions as without prefetch.
        let mut got = first.items.clone();
        while let Some(p) = pages.next().await {
            got.extend(p.unwrap().items);
        }
        assert_eq!(got, (0..95).collect::<Vec<_>>(), "{style:?}");
        assert_eq!(log.fetches().len(), 10, "{style:?}: nothing fetched twice");
        assert_eq!(pages.position().cursor, Cursor::Done, "{style:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn prefetch_keeps_failures_retries_and_max_items_exact() {
    // A flaky page is retried in the background and still arrives in order.
    let fake = Fake::new(Style::NextUrlWithCount, 60, 10);
    fake.flaky.lock().unwrap().insert(off("30"), 2);
    let got = collect_items(Paginator::new(fake, fast_retry()).prefetch(true))
        .await
        .unwrap();
    assert_eq!(got, (0..60).collect::<Vec<_>>());

    // A page that keeps failing ends the stream at the last good position.
    let fake = Fake::new(Style::TaxiiNext, 60, 10);
    let bad = fake.cursor_at(30, 4);
    fake.flaky.lock().unwrap().insert(bad.clone(), 100);
    let mut items = Paginator::new(fake, fast_retry()).prefetch(true).items();
    let mut got = Vec::new();
    let err = loop {
        match items.next().await.unwrap() {
            Ok(i) => got.push(i),
            Err(e) => break e,
        }
    };
    assert!(err.is_retryable(), "{err}");
    assert_eq!(got, (0..30).collect::<Vec<_>>());
    assert_eq!(items.position().cursor, bad);

    // max_items: the page after the cut is never requested.
    let fake = Fake::new(Style::PageNumber, 100, 10);
    let log = fake.log.clone();
    let got = collect_items(
        Paginator::new(fake, fast_retry())
            .prefetch(true)
            .max_items(20),
    )
    .await
    .unwrap();
    assert_eq!(got, (0..20).collect::<Vec<_>>());
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert_eq!(log.fetches().len(), 2);
}

#[tokio::test(start_paused = true)]
async fn dropping_a_prefetching_stream_cancels_the_fetch_in_flight() {
    let mut fake = Fake::new(Style::OpaqueOffset, 50, 10);
    // Every page after the first takes a second to arrive.
    fake.delay = Some(|page| Duration::from_secs(u64::from(page > 0)));
    let log = fake.log.clone();
    let mut pages = Paginator::new(fake, fast_retry()).prefetch(true).pages();
    pages.next().await.unwrap().unwrap();
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert_eq!(log.fetches().len(), 2, "page 2 started");
    assert_eq!(log.in_flight.load(Ordering::SeqCst), 1, "and is in flight");
    drop(pages);
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(log.fetches().len(), 2, "nothing more was started");
    // A fetch that ran on would have finished after a second and counted
    // itself out; the cancelled one never did.
    assert_eq!(
        log.in_flight.load(Ordering::SeqCst),
        1,
        "the fetch in flight was cancelled, not finished"
    );
}
