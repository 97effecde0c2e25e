//! The typed `newdomain` records of channels 212 and 213.
//!
//! A record is one NDJSON line:
//!
//! ```text
//! {"time":"2018-04-03 22:21:55.897547006","vname":"SIE","mname":"newdomain","source":"a1ba02cf",
//!  "message":{"domain":"example.net.","time_seen":"..","bailiwick":"..","rrname":"..",
//!             "rrclass":"IN","rrtype":"A","rdata":["192.0.2.1"],"keys":[],"new_rr":[]}}
//! ```
//!
//! Every field is optional, and fields this crate does not model are kept
//! (in [`NewDomain::extra`] and [`NewDomainMessage::extra`]) and written back by
//! `Serialize`. [`NewDomain<'a>`] borrows its strings from the line it was
//! parsed from (no allocation for the usual record); [`NewDomainRecord`] is the
//! owned form that streams hand out.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// A `newdomain` record, borrowing from the line it was parsed from.
///
/// ```
/// use secops::sie::NewDomain;
/// let line = r#"{"time":"2018-04-03 22:21:55.897547006","vname":"SIE","mname":"newdomain",
///   "message":{"domain":"example.net.","rrtype":"A","rdata":["192.0.2.1"],"x_new":1},"extra":true}"#;
/// let rec = NewDomain::parse(line)?;
/// let msg = rec.message.as_ref().unwrap();
/// assert_eq!(msg.domain.as_deref(), Some("example.net."));
/// assert_eq!(msg.extra.get("x_new").map(|v| v.get()), Some("1"));
/// assert_eq!(rec.extra.get("extra").map(|v| v.get()), Some("true"));
/// assert_eq!(rec.observed_at().unwrap().to_rfc3339(), "2018-04-03T22:21:55.897547006+00:00");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewDomain<'a> {
    /// When SIE saw the message (`YYYY-MM-DD HH:MM:SS.fffffffff`, UTC).
    pub time: Option<Cow<'a, str>>,
    /// The NMSG vendor name (`SIE`).
    pub vname: Option<Cow<'a, str>>,
    /// The NMSG message type (`newdomain`).
    pub mname: Option<Cow<'a, str>>,
    /// The sensor or source id (hex).
    pub source: Option<Cow<'a, str>>,
    /// The newly observed domain.
    pub message: Option<NewDomainMessage<'a>>,
    /// Top-level fields not modelled here, as raw JSON.
    pub extra: Extra<'a>,
}

/// The `message` of a `newdomain` record. Every field is optional; names end with a dot.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NewDomainMessage<'a> {
    /// The newly observed domain (`example.net.`).
    pub domain: Option<Cow<'a, str>>,
    /// When the domain was first seen (UTC).
    pub time_seen: Option<Cow<'a, str>>,
    /// The zone the record was found in.
    pub bailiwick: Option<Cow<'a, str>>,
    /// The owner name of the resource record.
    pub rrname: Option<Cow<'a, str>>,
    /// The record class (`IN`).
    pub rrclass: Option<Cow<'a, str>>,
    /// The record type (`A`, `NS`, ...).
    pub rrtype: Option<Cow<'a, str>>,
    /// The record data.
    pub rdata: Option<Vec<Cow<'a, str>>>,
    /// Keys (inferred to be strings; nobody has confirmed it).
    pub keys: Option<Vec<Cow<'a, str>>>,
    /// New resource records (inferred to be strings; nobody has confirmed it).
    pub new_rr: Option<Vec<Cow<'a, str>>>,
    /// Fields not modelled here, as raw JSON.
    pub extra: Extra<'a>,
}

/// An owned `newdomain` record (what the record streams hand out).
pub type NewDomainRecord = NewDomain<'static>;

/// Fields a record carried that this crate does not model, in the order they came,
/// as raw JSON (kept byte for byte).
#[derive(Debug, Clone, Default)]
pub struct Extra<'a>(Vec<(Cow<'a, str>, Box<RawValue>)>);

// `RawValue` has no `PartialEq`: compare the raw text.
impl PartialEq for Extra<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((a, x), (b, y))| a == b && x.get() == y.get())
    }
}

impl<'a> Extra<'a> {
    /// The raw JSON of field `name`.
    pub fn get(&self, name: &str) -> Option<&RawValue> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_ref())
    }

    /// Every field, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &RawValue)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }

    /// How many fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields as a JSON map.
    pub fn to_map(&self) -> serde_json::Map<String, serde_json::Value> {
        self.0
            .iter()
            .filter_map(|(k, v)| Some((k.to_string(), serde_json::from_str(v.get()).ok()?)))
            .collect()
    }

    fn push(&mut self, k: Cow<'a, str>, v: Box<RawValue>) {
        self.0.push((k, v));
    }

    fn into_owned(self) -> Extra<'static> {
        Extra(
            self.0
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), v))
                .collect(),
        )
    }
}

/// Values that recur in almost every record: owned copies borrow these
/// instead of allocating.
const COMMON: [&str; 14] = [
    "SIE",
    "newdomain",
    "IN",
    "A",
    "AAAA",
    "NS",
    "MX",
    "TXT",
    "CNAME",
    "SOA",
    "DS",
    "DNSKEY",
    "com.",
    "net.",
];

fn own_one(c: Cow<'_, str>) -> Cow<'static, str> {
    match COMMON.iter().find(|k| **k == c) {
        Some(k) => Cow::Borrowed(k),
        None => Cow::Owned(c.into_owned()),
    }
}

fn own(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    c.map(own_one)
}

fn own_list(c: Option<Vec<Cow<'_, str>>>) -> Option<Vec<Cow<'static, str>>> {
    c.map(|v| v.into_iter().map(own_one).collect())
}

fn parse_nanos_time(s: &str) -> Option<DateTime<Utc>> {
    super::types::parse_time(s).ok()
}

impl<'a> NewDomain<'a> {
    /// Parses one NDJSON line, borrowing its strings.
    ///
    /// A hand-written scanner reads the usual record shape without the
    /// generic machinery; anything it is not sure of (an unexpected type, an
    /// unmodelled field, malformed JSON) goes through `serde_json`, which then
    /// decides — so both paths accept and reject exactly the same lines.
    #[inline]
    pub fn parse(line: &'a str) -> serde_json::Result<Self> {
        // Built in place and moved once: the record is a few hundred bytes.
        let mut r = NewDomain::default();
        if fast::record_into(line, &mut r) {
            Ok(r)
        } else {
            serde_json::from_str(line)
        }
    }

    /// A copy that owns its strings.
    pub fn into_owned(self) -> NewDomainRecord {
        NewDomain {
            time: own(self.time),
            vname: own(self.vname),
            mname: own(self.mname),
            source: own(self.source),
            message: self.message.map(NewDomainMessage::into_owned),
            extra: self.extra.into_owned(),
        }
    }

    /// [`time`](Self::time) parsed (UTC, nanoseconds kept).
    pub fn observed_at(&self) -> Option<DateTime<Utc>> {
        self.time.as_deref().and_then(parse_nanos_time)
    }

    /// The message's domain, if any.
    pub fn domain(&self) -> Option<&str> {
        self.message.as_ref()?.domain.as_deref()
    }
}

impl<'a> NewDomainMessage<'a> {
    /// A copy that owns its strings.
    pub fn into_owned(self) -> NewDomainMessage<'static> {
        NewDomainMessage {
            domain: own(self.domain),
            time_seen: own(self.time_seen),
            bailiwick: own(self.bailiwick),
            rrname: own(self.rrname),
            rrclass: own(self.rrclass),
            rrtype: own(self.rrtype),
            rdata: own_list(self.rdata),
            keys: own_list(self.keys),
            new_rr: own_list(self.new_rr),
            extra: self.extra.into_owned(),
        }
    }

    /// [`time_seen`](Self::time_seen) parsed (UTC).
    pub fn seen_at(&self) -> Option<DateTime<Utc>> {
        self.time_seen.as_deref().and_then(parse_nanos_time)
    }
}

/// The fast path of [`NewDomain::parse`]: `None` means "let serde_json decide".
mod fast {
    use std::borrow::Cow;

    use serde_json::value::RawValue;

    use super::{NewDomain, NewDomainMessage};

    struct Scan<'a> {
        s: &'a str,
        b: &'a [u8],
        i: usize,
    }

    /// The keys of a record, in the order the service writes them, each with
    /// its quotes and colon: the scanner first tries the key expected next
    /// with one comparison instead of reading it as a string.
    const RECORD_KEYS: [&[u8]; 5] = [
        b"\"time\":",
        b"\"vname\":",
        b"\"mname\":",
        b"\"source\":",
        b"\"message\":",
    ];

    /// The keys of a record's `message`, likewise.
    const MESSAGE_KEYS: [&[u8]; 9] = [
        b"\"domain\":",
        b"\"time_seen\":",
        b"\"bailiwick\":",
        b"\"rrname\":",
        b"\"rrclass\":",
        b"\"rrtype\":",
        b"\"rdata\":",
        b"\"keys\":",
        b"\"new_rr\":",
    ];

    /// A key read by [`Scan::object`]: one of the keys it was given (by index), or another.
    enum Key<'a> {
        Known(usize),
        Other(Cow<'a, str>),
    }

    #[cfg(test)]
    pub(super) fn record(line: &str) -> Option<NewDomain<'_>> {
        let mut r = NewDomain::default();
        record_into(line, &mut r).then_some(r)
    }

    /// Parses `line` into `r` (left default on entry); false means "let serde_json decide".
    pub(super) fn record_into<'a>(line: &'a str, r: &mut NewDomain<'a>) -> bool {
        let mut sc = Scan {
            s: line,
            b: line.as_bytes(),
            i: 0,
        };
        let parsed = sc.object(&RECORD_KEYS, |sc, key| {
            match key {
                Key::Known(0) => r.time = sc.opt_str()?,
                Key::Known(1) => r.vname = sc.opt_str()?,
                Key::Known(2) => r.mname = sc.opt_str()?,
                Key::Known(3) => r.source = sc.opt_str()?,
                Key::Known(_) => {
                    if sc.peek()? == b'n' {
                        sc.null()?;
                        r.message = None;
                    } else {
                        // Parsed in place: the message is big, moving it costs.
                        let m = r.message.insert(NewDomainMessage::default());
                        sc.message(m)?;
                    }
                }
                Key::Other(key) => {
                    let v = sc.raw()?;
                    r.extra.push(key, v);
                }
            }
            Some(())
        });
        if parsed.is_none() {
            return false;
        }
        sc.ws();
        sc.i == sc.b.len()
    }

    impl<'a> Scan<'a> {
        #[inline]
        fn ws(&mut self) {
            while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
                self.i += 1;
            }
        }

        #[inline]
        fn peek(&mut self) -> Option<u8> {
            self.ws();
            self.b.get(self.i).copied()
        }

        /// `{ "key": value, ... }`, calling `field` on each key with the
        /// scanner placed on its value; keys found in `keys` (written with
        /// their quotes and colon) come as [`Key::Known`].
        #[inline]
        fn object(
            &mut self,
            keys: &[&[u8]],
            mut field: impl FnMut(&mut Self, Key<'a>) -> Option<()>,
        ) -> Option<()> {
            if self.peek()? != b'{' {
                return None;
            }
            self.i += 1;
            if self.peek()? == b'}' {
                self.i += 1;
                return Some(());
            }
            let mut next = 0;
            loop {
                if self.peek()? != b'"' {
                    return None;
                }
                // The usual case: the key expected next, written plainly.
                let expected = keys.get(next).filter(|k| self.at(k));
                let key = match expected {
                    Some(k) => {
                        self.i += k.len();
                        Key::Known(next)
                    }
                    None => {
                        let key = self.string()?;
                        if self.peek()? != b':' {
                            return None;
                        }
                        self.i += 1;
                        match keys
                            .iter()
                            .position(|k| &k[1..k.len() - 2] == key.as_bytes())
                        {
                            Some(n) => Key::Known(n),
                            None => Key::Other(key),
                        }
                    }
                };
                if let Key::Known(n) = key {
                    next = n + 1;
                }
                self.ws();
                field(self, key)?;
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => {
                        self.i += 1;
                        return Some(());
                    }
                    _ => return None,
                }
            }
        }

        /// Whether the input continues with `k` (at most 16 bytes: the keys),
        /// compared a word at a time (two overlapping loads) instead of a
        /// `memcmp` call.
        #[inline]
        fn at(&self, k: &[u8]) -> bool {
            let n = k.len();
            let Some(s) = self.b.get(self.i..self.i + n) else {
                return false;
            };
            let w8 = |x: &[u8]| u64::from_le_bytes(x.try_into().expect("eight bytes"));
            let w4 = |x: &[u8]| u32::from_le_bytes(x.try_into().expect("four bytes"));
            match n {
                8..=16 => w8(&s[..8]) == w8(&k[..8]) && w8(&s[n - 8..]) == w8(&k[n - 8..]),
                4..=7 => w4(&s[..4]) == w4(&k[..4]) && w4(&s[n - 4..]) == w4(&k[n - 4..]),
                _ => s == k,
            }
        }

        /// A string, the scanner on its opening quote.
        #[inline]
        fn string(&mut self) -> Option<Cow<'a, str>> {
            self.i += 1;
            let start = self.i;
            // Eight bytes at a time: find the first quote, backslash or control byte.
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGHS: u64 = 0x8080_8080_8080_8080;
            while let Some(chunk) = self.b.get(self.i..self.i + 8) {
                let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                let q = w ^ (ONES * u64::from(b'"'));
                let bs = w ^ (ONES * u64::from(b'\\'));
                let special = (q.wrapping_sub(ONES) & !q)
                    | (bs.wrapping_sub(ONES) & !bs)
                    | (w.wrapping_sub(ONES * 0x20) & !w);
                let special = special & HIGHS;
                if special != 0 {
                    // The lowest flagged byte is exact (borrows only run upwards).
                    self.i += (special.trailing_zeros() / 8) as usize;
                    break;
                }
                self.i += 8;
            }
            loop {
                let c = *self.b.get(self.i)?;
                if c == b'"' {
                    // Both ends are ASCII quotes: always char boundaries.
                    let out = &self.s[start..self.i];
                    self.i += 1;
                    return Some(Cow::Borrowed(out));
                }
                if c == b'\\' {
                    return self.escaped(start);
                }
                if c < 0x20 {
                    return None;
                }
                self.i += 1;
            }
        }

        /// A string with escapes, the scanner on its first backslash: the
        /// usual escapes are undone here; a `\u` escape (surrogate pairs and
        /// all) is left to serde_json.
        fn escaped(&mut self, start: usize) -> Option<Cow<'a, str>> {
            let mut out = String::with_capacity(self.i - start + 16);
            // The plain run not yet copied starts at `from`; runs are cut at
            // ASCII bytes, so they are whole UTF-8.
            let mut from = start;
            let mut j = self.i;
            loop {
                match *self.b.get(j)? {
                    b'"' => {
                        out.push_str(&self.s[from..j]);
                        self.i = j + 1;
                        return Some(Cow::Owned(out));
                    }
                    b'\\' => {
                        out.push_str(&self.s[from..j]);
                        out.push(match *self.b.get(j + 1)? {
                            b'"' => '"',
                            b'\\' => '\\',
                            b'/' => '/',
                            b'b' => '\u{8}',
                            b'f' => '\u{c}',
                            b'n' => '\n',
                            b'r' => '\r',
                            b't' => '\t',
                            b'u' => return self.escaped_by_serde(start),
                            _ => return None,
                        });
                        j += 2;
                        from = j;
                    }
                    c if c < 0x20 => return None,
                    _ => j += 1,
                }
            }
        }

        /// A string with `\u` escapes: find its end, let serde_json unescape it.
        fn escaped_by_serde(&mut self, start: usize) -> Option<Cow<'a, str>> {
            let mut j = start;
            loop {
                match *self.b.get(j)? {
                    b'\\' => j += 2,
                    b'"' => break,
                    c if c < 0x20 => return None,
                    _ => j += 1,
                }
            }
            let v: String = serde_json::from_str(self.s.get(start - 1..=j)?).ok()?;
            self.i = j + 1;
            Some(Cow::Owned(v))
        }

        #[inline]
        fn null(&mut self) -> Option<()> {
            if self.b.get(self.i..self.i + 4)? == b"null" {
                self.i += 4;
                Some(())
            } else {
                None
            }
        }

        #[inline]
        fn opt_str(&mut self) -> Option<Option<Cow<'a, str>>> {
            match self.peek()? {
                b'"' => Some(Some(self.string()?)),
                b'n' => self.null().map(|()| None),
                _ => None,
            }
        }

        fn opt_list(&mut self) -> Option<Option<Vec<Cow<'a, str>>>> {
            match self.peek()? {
                b'n' => return self.null().map(|()| None),
                b'[' => self.i += 1,
                _ => return None,
            }
            let mut out = Vec::new();
            if self.peek()? == b']' {
                self.i += 1;
                return Some(Some(out));
            }
            loop {
                if self.peek()? != b'"' {
                    return None;
                }
                out.push(self.string()?);
                match self.peek()? {
                    b',' => self.i += 1,
                    b']' => {
                        self.i += 1;
                        return Some(Some(out));
                    }
                    _ => return None,
                }
            }
        }

        /// Any JSON value, kept raw (read by serde_json).
        fn raw(&mut self) -> Option<Box<RawValue>> {
            let rest = &self.s[self.i..];
            let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Box<RawValue>>();
            let v = values.next()?.ok()?;
            self.i += values.byte_offset();
            Some(v)
        }

        fn message(&mut self, m: &mut NewDomainMessage<'a>) -> Option<()> {
            self.object(&MESSAGE_KEYS, |sc, key| {
                match key {
                    Key::Known(0) => m.domain = sc.opt_str()?,
                    Key::Known(1) => m.time_seen = sc.opt_str()?,
                    Key::Known(2) => m.bailiwick = sc.opt_str()?,
                    Key::Known(3) => m.rrname = sc.opt_str()?,
                    Key::Known(4) => m.rrclass = sc.opt_str()?,
                    Key::Known(5) => m.rrtype = sc.opt_str()?,
                    Key::Known(6) => m.rdata = sc.opt_list()?,
                    Key::Known(7) => m.keys = sc.opt_list()?,
                    Key::Known(_) => m.new_rr = sc.opt_list()?,
                    Key::Other(key) => {
                        let v = sc.raw()?;
                        m.extra.push(key, v);
                    }
                }
                Some(())
            })
        }
    }
}

/// A string that borrows from the input when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// A list of strings (borrowing when it can).
struct StrList<'a>(Vec<Cow<'a, str>>);

impl<'de> Deserialize<'de> for StrList<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StrList<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of strings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(Str(s)) = seq.next_element()? {
                    out.push(s);
                }
                Ok(StrList(out))
            }
        }
        d.deserialize_seq(V)
    }
}

fn opt_str<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    Ok(map.next_value::<Option<Str<'de>>>()?.map(|s| s.0))
}

fn opt_list<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Vec<Cow<'de, str>>>, A::Error> {
    Ok(map.next_value::<Option<StrList<'de>>>()?.map(|s| s.0))
}

impl<'de: 'a, 'a> Deserialize<'de> for NewDomain<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = NewDomain<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a newdomain record (a JSON object)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut r = NewDomain::default();
                while let Some(Str(k)) = map.next_key::<Str<'de>>()? {
                    match k.as_ref() {
                        "time" => r.time = opt_str(&mut map)?,
                        "vname" => r.vname = opt_str(&mut map)?,
                        "mname" => r.mname = opt_str(&mut map)?,
                        "source" => r.source = opt_str(&mut map)?,
                        "message" => r.message = map.next_value()?,
                        _ => {
                            let v: Box<RawValue> = map.next_value()?;
                            r.extra.push(k, v);
                        }
                    }
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for NewDomainMessage<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = NewDomainMessage<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a newdomain message (a JSON object)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut m = NewDomainMessage::default();
                while let Some(Str(k)) = map.next_key::<Str<'de>>()? {
                    match k.as_ref() {
                        "domain" => m.domain = opt_str(&mut map)?,
                        "time_seen" => m.time_seen = opt_str(&mut map)?,
                        "bailiwick" => m.bailiwick = opt_str(&mut map)?,
                        "rrname" => m.rrname = opt_str(&mut map)?,
                        "rrclass" => m.rrclass = opt_str(&mut map)?,
                        "rrtype" => m.rrtype = opt_str(&mut map)?,
                        "rdata" => m.rdata = opt_list(&mut map)?,
                        "keys" => m.keys = opt_list(&mut map)?,
                        "new_rr" => m.new_rr = opt_list(&mut map)?,
                        _ => {
                            let v: Box<RawValue> = map.next_value()?;
                            m.extra.push(k, v);
                        }
                    }
                }
                Ok(m)
            }
        }
        d.deserialize_map(V)
    }
}

fn put<M: SerializeMap>(m: &mut M, k: &str, v: &Option<Cow<'_, str>>) -> Result<(), M::Error> {
    match v {
        Some(v) => m.serialize_entry(k, v.as_ref()),
        None => Ok(()),
    }
}

fn put_list<M: SerializeMap>(
    m: &mut M,
    k: &str,
    v: &Option<Vec<Cow<'_, str>>>,
) -> Result<(), M::Error> {
    match v {
        Some(v) => m.serialize_entry(k, v),
        None => Ok(()),
    }
}

impl Serialize for NewDomain<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        put(&mut m, "time", &self.time)?;
        put(&mut m, "vname", &self.vname)?;
        put(&mut m, "mname", &self.mname)?;
        put(&mut m, "source", &self.source)?;
        if let Some(msg) = &self.message {
            m.serialize_entry("message", msg)?;
        }
        for (k, v) in self.extra.iter() {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl Serialize for NewDomainMessage<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        put(&mut m, "domain", &self.domain)?;
        put(&mut m, "time_seen", &self.time_seen)?;
        put(&mut m, "bailiwick", &self.bailiwick)?;
        put(&mut m, "rrname", &self.rrname)?;
        put(&mut m, "rrclass", &self.rrclass)?;
        put(&mut m, "rrtype", &self.rrtype)?;
        put_list(&mut m, "rdata", &self.rdata)?;
        put_list(&mut m, "keys", &self.keys)?;
        put_list(&mut m, "new_rr", &self.new_rr)?;
        for (k, v) in self.extra.iter() {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = r#"{"time":"2018-04-03 22:21:55.897547006","vname":"SIE","mname":"newdomain","source":"a1ba02cf","message":{"domain":"example.net.","time_seen":"2018-04-03 22:21:54","bailiwick":"net.","rrname":"example.net.","rrclass":"IN","rrtype":"A","rdata":["192.0.2.1"],"keys":[],"new_rr":[]}}"#;

    #[test]
    fn borrows_and_round_trips() {
        let r = NewDomain::parse(LINE).unwrap();
        assert!(matches!(r.time, Some(Cow::Borrowed(_))));
        let m = r.message.as_ref().unwrap();
        assert_eq!(m.rdata.as_deref().unwrap()[0], "192.0.2.1");
        assert_eq!(m.keys.as_deref(), Some(&[][..]));
        assert_eq!(serde_json::to_string(&r).unwrap(), LINE);
        let owned: NewDomainRecord = r.clone().into_owned();
        assert_eq!(owned, r);
    }

    #[test]
    fn every_field_optional_and_unknown_kept() {
        let r = NewDomain::parse(r#"{}"#).unwrap();
        assert_eq!(r, NewDomain::default());
        let line = r#"{"message":{"domain":"a\u00e9.example.","rdata":null,"weird":{"n":[1,2]}},"later":"x"}"#;
        let r = NewDomain::parse(line).unwrap();
        let m = r.message.as_ref().unwrap();
        assert_eq!(m.domain.as_deref(), Some("aé.example."));
        assert!(matches!(m.domain, Some(Cow::Owned(_))), "escapes own");
        assert_eq!(m.rdata, None);
        assert_eq!(m.extra.get("weird").unwrap().get(), r#"{"n":[1,2]}"#);
        assert_eq!(r.extra.to_map()["later"], "x");
        let back: serde_json::Value = serde_json::to_value(&r).unwrap();
        assert_eq!(back["message"]["weird"]["n"][1], 2);
        assert_eq!(back["later"], "x");
        let owned: NewDomainRecord = NewDomain::parse(line).unwrap().into_owned();
        assert_eq!(owned, r);
    }

    #[test]
    fn wrong_shapes_are_errors() {
        for bad in [
            "[]",
            "1",
            r#"{"time":1}"#,
            r#"{"message":[]}"#,
            r#"{"message":{"rdata":"x"}}"#,
            r#"{"time":"x""#,
        ] {
            assert!(NewDomain::parse(bad).is_err(), "{bad}");
        }
    }

    /// The fast path never accepts what serde_json rejects, and agrees with it
    /// on what both accept, whatever is done to a record line.
    mod fast_path_agrees {
        use super::*;
        use proptest::prelude::*;

        const BASES: [&str; 4] = [
            LINE,
            r#"{"message":{"domain":"a\u00e9.example.","rdata":null,"weird":{"n":[1,2]}},"later":"x"}"#,
            r#" { "time" : "t" , "message" : { "rdata" : [ "\"v=spf1 -all\"" , "b" ] , "keys":[] } } "#,
            r#"{"time":null,"message":null,"x":[true,false,null,-1.5e3]}"#,
        ];

        fn check(line: &str) {
            let slow = serde_json::from_str::<NewDomain<'_>>(line);
            match (fast::record(line), &slow) {
                (Some(f), Ok(s)) => assert_eq!(&f, s, "{line}"),
                (Some(f), Err(e)) => panic!("fast accepted {line:?} as {f:?}; serde says {e}"),
                (None, _) => {}
            }
            assert_eq!(NewDomain::parse(line).ok(), slow.ok());
        }

        #[test]
        fn bases_take_the_fast_path() {
            for b in BASES {
                assert!(fast::record(b).is_some(), "{b}");
                check(b);
            }
        }

        #[test]
        fn specials_at_every_offset() {
            for len in 0..24 {
                for pos in 0..=len {
                    for special in [
                        "\\n",
                        "\\\"",
                        "\u{1}",
                        "\"",
                        "é",
                        "\\u00e9",
                        "\\x",
                        "\\\\",
                        "\\/",
                        "\\t\\b\\f\\r",
                        "\\\"é\\ud83d\\ude00",
                        "\\",
                    ] {
                        let mut v: String =
                            "abcdefghijklmnopqrstuvwxyz".chars().take(len).collect();
                        v.insert_str(pos, special);
                        let line = format!(r#"{{"time":"{v}","message":{{"domain":"{v}"}}}}"#);
                        check(&line);
                        let ok = serde_json::from_str::<NewDomain<'_>>(&line).is_ok();
                        assert_eq!(fast::record(&line).is_some(), ok, "{line}");
                    }
                }
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn mutated_lines(base in 0usize..4, edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..4, prop::sample::select(vec!['"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'n', 'u', '1', 'a', '\u{1}', 'é'])), 1..4)) {
                let mut line: Vec<char> = BASES[base].chars().collect();
                for (at, op, c) in edits {
                    if line.is_empty() { break; }
                    let i = at.index(line.len());
                    match op {
                        0 => { line.remove(i); }
                        1 => line.insert(i, c),
                        2 => line[i] = c,
                        _ => line.truncate(i),
                    }
                }
                let line: String = line.into_iter().collect();
                check(&line);
            }
        }
    }
}
