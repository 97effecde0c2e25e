//! Channels, UTC time windows and the typed answers of `validate` and `chdetails`.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, TimeZone, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// An SIE channel number (1–255).
///
/// ```
/// use secops::sie::Channel;
/// let ch = Channel::new(213)?;
/// assert_eq!(ch, Channel::NEWLY_OBSERVED_FQDNS);
/// assert_eq!(ch.to_string(), "ch213");
/// assert!(Channel::new(0).is_err() && Channel::new(256).is_err());
/// assert_eq!("ch212".parse::<Channel>()?, Channel::NEWLY_OBSERVED_DOMAINS);
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Channel(u8);

impl Channel {
    /// Channel 212: newly observed domains (NDJSON `newdomain` records).
    pub const NEWLY_OBSERVED_DOMAINS: Channel = Channel(212);
    /// Channel 213: newly observed fully qualified domain names (NDJSON `newdomain` records).
    pub const NEWLY_OBSERVED_FQDNS: Channel = Channel(213);

    /// A channel from its number; anything outside 1–255 is an [`Error::InvalidInput`].
    pub fn new(number: impl Into<i64>) -> Result<Self> {
        let n = number.into();
        if (1..=255).contains(&n) {
            Ok(Channel(n as u8))
        } else {
            Err(Error::invalid_input(format!(
                "SIE channel {n} is out of range: channels are numbered 1 to 255"
            )))
        }
    }

    /// The channel number.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The name the service uses as a key (`ch212`).
    pub fn name(self) -> String {
        format!("ch{}", self.0)
    }

    /// Whether the channel carries `newdomain` records (212 and 213), which
    /// [`FetchChannel::records`](super::FetchChannel::records) can type.
    pub fn is_newdomain(self) -> bool {
        self == Self::NEWLY_OBSERVED_DOMAINS || self == Self::NEWLY_OBSERVED_FQDNS
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ch{}", self.0)
    }
}

impl FromStr for Channel {
    type Err = Error;
    /// Parses `212` or `ch212`.
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        let digits = t.strip_prefix("ch").unwrap_or(t);
        let n: i64 = digits.parse().map_err(|_| {
            Error::invalid_input(format!(
                "{s:?} is not an SIE channel: give a number from 1 to 255 (or ch212)"
            ))
        })?;
        Channel::new(n)
    }
}

impl TryFrom<u32> for Channel {
    type Error = Error;
    fn try_from(n: u32) -> Result<Self> {
        Channel::new(n)
    }
}

impl TryFrom<i32> for Channel {
    type Error = Error;
    fn try_from(n: i32) -> Result<Self> {
        Channel::new(n)
    }
}

impl<'de> Deserialize<'de> for Channel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let n = i64::deserialize(d)?;
        Channel::new(n).map_err(serde::de::Error::custom)
    }
}

/// The service's time format, `YYYY-MM-DD HH:MM:SS` in UTC.
pub const TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// Parses an SIE time: `YYYY-MM-DD HH:MM:SS` (UTC, optionally with fractional
/// seconds), or RFC 3339 with any offset (converted to UTC).
///
/// ```
/// let t = secops::sie::parse_time("2020-01-28 20:06:01")?;
/// assert_eq!(t.to_rfc3339(), "2020-01-28T20:06:01+00:00");
/// assert!(secops::sie::parse_time("28/01/2020").is_err());
/// # Ok::<(), secops::Error>(())
/// ```
pub fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    let t = s.trim();
    if let Ok(n) = NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M:%S%.f") {
        return Ok(Utc.from_utc_datetime(&n));
    }
    if let Ok(n) = NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M") {
        return Ok(Utc.from_utc_datetime(&n));
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Ok(d.with_timezone(&Utc));
    }
    Err(Error::invalid_input(format!(
        "{s:?} is not a time: use \"YYYY-MM-DD HH:MM:SS\" (UTC) or RFC 3339"
    )))
}

/// Formats a time the way the service wants it (`YYYY-MM-DD HH:MM:SS`, UTC).
pub fn format_time(t: DateTime<Utc>) -> String {
    t.format(TIME_FORMAT).to_string()
}

/// Drops the seconds (and anything smaller) of a time.
pub fn truncate_to_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    t.with_nanosecond(0)
        .and_then(|t| t.with_second(0))
        .expect("zero seconds are always valid")
}

fn ceil_to_minute(t: DateTime<Utc>) -> DateTime<Utc> {
    let floor = truncate_to_minute(t);
    if floor == t {
        t
    } else {
        floor + chrono::Duration::minutes(1)
    }
}

/// A half-open UTC time window `[start, end)` with minute precision.
///
/// The service ignores seconds ("12:10:30" means "12:10:00"), so the client
/// truncates both ends to the minute itself when the window is made, and the
/// window you read back is the one that is fetched. A window whose end is not
/// after its start (once truncated) is an [`Error::InvalidInput`].
///
/// ```
/// use secops::sie::Window;
/// let w = Window::parse("2020-01-28 12:10:30", "2020-01-28 12:45:30")?;
/// assert_eq!(w.to_string(), "2020-01-28 12:10:00 → 2020-01-28 12:45:00 UTC");
/// assert_eq!(w.minutes(), 35);
/// assert!(Window::parse("2020-01-28 12:10:10", "2020-01-28 12:10:50").is_err());
/// # Ok::<(), secops::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Window {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

impl Window {
    /// A window from `start` (inclusive) to `end` (exclusive), both truncated to the minute.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<Self> {
        let (s, e) = (truncate_to_minute(start), truncate_to_minute(end));
        if e <= s {
            let why = if end <= start {
                "its end is not after its start"
            } else {
                "it is shorter than a minute once the seconds are dropped (the service ignores seconds)"
            };
            return Err(Error::invalid_input(format!(
                "SIE window {} → {} is empty: {why}",
                format_time(start),
                format_time(end)
            )));
        }
        Ok(Window { start: s, end: e })
    }

    /// A window from two times in the service's format (or RFC 3339); see [`parse_time`].
    pub fn parse(start: &str, end: &str) -> Result<Self> {
        Window::new(parse_time(start)?, parse_time(end)?)
    }

    /// `minutes` minutes from `start`.
    pub fn starting_at(start: DateTime<Utc>, minutes: u32) -> Result<Self> {
        let s = truncate_to_minute(start);
        Window::new(s, s + chrono::Duration::minutes(i64::from(minutes)))
    }

    /// The first minute of the window.
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    /// The end of the window (exclusive).
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }

    /// The length in minutes.
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes()
    }

    /// `start_time` as the service wants it.
    pub fn start_param(&self) -> String {
        format_time(self.start)
    }

    /// `end_time` as the service wants it.
    pub fn end_param(&self) -> String {
        format_time(self.end)
    }

    /// Whether `t` falls inside the window.
    pub fn contains(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }

    /// Splits the window into consecutive chunks of `minutes` minutes (the last may be shorter).
    pub fn chunks(&self, minutes: u32) -> Vec<Window> {
        let step = chrono::Duration::minutes(i64::from(minutes.max(1)));
        let mut out = Vec::new();
        let mut s = self.start;
        while s < self.end {
            let e = (s + step).min(self.end);
            out.push(Window { start: s, end: e });
            s = e;
        }
        out
    }

    /// The part of the window that lies in `[earliest, latest]` (latest rounded
    /// up to the minute), or `None` when they do not overlap.
    pub fn clamp(&self, earliest: DateTime<Utc>, latest: DateTime<Utc>) -> Option<Window> {
        let lo = truncate_to_minute(earliest);
        let hi = ceil_to_minute(latest);
        let s = self.start.max(lo);
        let e = self.end.min(hi);
        (e > s).then_some(Window { start: s, end: e })
    }

    /// Whether the window lies inside `[earliest, latest]` (latest rounded up to the minute).
    pub fn within(&self, earliest: DateTime<Utc>, latest: DateTime<Utc>) -> bool {
        self.start >= truncate_to_minute(earliest) && self.end <= ceil_to_minute(latest)
    }

    /// The window that starts at `start` (truncated) and ends where this one ends.
    pub(crate) fn rest_from(&self, start: DateTime<Utc>) -> Option<Window> {
        let s = truncate_to_minute(start).max(self.start);
        (s < self.end).then_some(Window {
            start: s,
            end: self.end,
        })
    }
}

impl fmt::Display for Window {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} → {} UTC",
            format_time(self.start),
            format_time(self.end)
        )
    }
}

/// What `validate` says of the key: the user and the provisioned channels.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Profile {
    /// The user name of the key.
    pub username: Option<String>,
    /// The channels the key may fetch, with their descriptions.
    pub channels: BTreeMap<Channel, ProvisionedChannel>,
    /// The profile's other fields, as the service sent them.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Profile {
    /// Whether the key may fetch `channel`.
    pub fn has_channel(&self, channel: Channel) -> bool {
        self.channels.contains_key(&channel)
    }
}

/// A channel entry of the profile.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ProvisionedChannel {
    /// The channel's description ("Newly Observed Domains").
    #[serde(default)]
    pub description: Option<String>,
    /// Fields not modelled here.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// What `chdetails` says of one channel: the moving window of data available.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ChannelDetails {
    /// The channel.
    pub channel: Channel,
    /// The earliest data available (UTC).
    pub earliest: DateTime<Utc>,
    /// The latest data available (UTC).
    pub latest: DateTime<Utc>,
    /// Bytes of data available.
    pub size: u64,
    /// The body's media type (`application/x-ndjson`, or an NMSG octet-stream).
    pub mimetype: String,
    /// Fields not modelled here.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl ChannelDetails {
    /// Whether the channel's body is NDJSON (one JSON record a line).
    pub fn is_ndjson(&self) -> bool {
        let m = self.mimetype.to_ascii_lowercase();
        m.contains("ndjson") || m.contains("jsonl") || m.contains("json-seq")
    }

    /// The whole window of data available now, in whole minutes.
    pub fn available(&self) -> Option<Window> {
        Window::new(
            truncate_to_minute(self.earliest),
            ceil_to_minute(self.latest),
        )
        .ok()
    }

    /// The last `minutes` minutes available now (fewer if the channel holds less).
    pub fn last_minutes(&self, minutes: u32) -> Result<Window> {
        let all = self
            .available()
            .ok_or_else(|| Error::invalid_input(format!("{} holds no data now", self.channel)))?;
        let start = (all.end() - chrono::Duration::minutes(i64::from(minutes))).max(all.start());
        Window::new(start, all.end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_bounds() {
        assert!(Channel::new(1).is_ok() && Channel::new(255).is_ok());
        for bad in [0i64, 256, -1, 1000] {
            let e = Channel::new(bad).unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{e}");
            assert!(e.to_string().contains("1 to 255"), "{e}");
        }
        assert!("ch0".parse::<Channel>().is_err());
        assert!("chx".parse::<Channel>().is_err());
        assert_eq!(" 204 ".parse::<Channel>().unwrap().number(), 204);
        let ch: Channel = serde_json::from_str("212").unwrap();
        assert_eq!(ch, Channel::NEWLY_OBSERVED_DOMAINS);
        assert!(serde_json::from_str::<Channel>("256").is_err());
    }

    #[test]
    fn windows_truncate_and_check_order() {
        let w = Window::parse("2020-01-28 12:10:30", "2020-01-28 12:45:59").unwrap();
        assert_eq!(w.start_param(), "2020-01-28 12:10:00");
        assert_eq!(w.end_param(), "2020-01-28 12:45:00");
        let e = Window::parse("2020-01-28 12:45:00", "2020-01-28 12:10:00").unwrap_err();
        assert!(e.to_string().contains("not after its start"), "{e}");
        let e = Window::parse("2020-01-28 12:45:00", "2020-01-28 12:45:00").unwrap_err();
        assert!(e.to_string().contains("not after its start"), "{e}");
        let e = Window::parse("2020-01-28 12:45:01", "2020-01-28 12:45:59").unwrap_err();
        assert!(e.to_string().contains("seconds"), "{e}");
        for bad in [
            "2020-13-01 00:00:00",
            "yesterday",
            "",
            "2020-01-28T25:00:00Z",
        ] {
            let e = Window::parse(bad, "2020-01-28 12:00:00").unwrap_err();
            assert!(matches!(e, Error::InvalidInput { .. }), "{bad}: {e}");
        }
        let rfc = Window::parse("2020-01-28T13:10:00+01:00", "2020-01-28 12:20:00").unwrap();
        assert_eq!(rfc.start_param(), "2020-01-28 12:10:00");
    }

    #[test]
    fn chunks_and_clamp() {
        let w = Window::parse("2020-01-28 12:00:00", "2020-01-28 12:25:00").unwrap();
        let c = w.chunks(10);
        assert_eq!(c.len(), 3);
        assert_eq!(
            c[2].to_string(),
            "2020-01-28 12:20:00 → 2020-01-28 12:25:00 UTC"
        );
        let earliest = parse_time("2020-01-28 12:05:30").unwrap();
        let latest = parse_time("2020-01-28 12:20:01").unwrap();
        assert!(!w.within(earliest, latest));
        let k = w.clamp(earliest, latest).unwrap();
        assert_eq!(k.start_param(), "2020-01-28 12:05:00");
        assert_eq!(k.end_param(), "2020-01-28 12:21:00");
        assert!(k.within(earliest, latest));
        let before = Window::parse("2020-01-28 10:00:00", "2020-01-28 11:00:00").unwrap();
        assert_eq!(before.clamp(earliest, latest), None);
    }
}
