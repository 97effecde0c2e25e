//! Property tests: every parser that reads service data never panics on
//! arbitrary input, and rejects malformed input with an error.
#![cfg(all(
    feature = "defendis",
    feature = "sandbox",
    feature = "defectdojo",
    feature = "sie",
    feature = "taxii"
))]

use std::time::{Duration, SystemTime};

use proptest::prelude::*;
use secops::retry::parse_retry_after;
use secops::sie::{parse_time, Channel, NewDomain, Window};
use secops::taxii::{Bundle, StixObject};

/// Arbitrary JSON values, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        ".{0,20}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("type".to_string()),
                    Just("id".to_string()),
                    Just("data".to_string()),
                    Just("paging".to_string()),
                    Just("results".to_string()),
                    Just("next".to_string()),
                    Just("count".to_string()),
                    Just("objects".to_string()),
                    Just("more".to_string()),
                    "[a-z_]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid indicator id, as JSON text.
fn valid_id() -> impl Strategy<Value = String> {
    any::<u128>().prop_map(|n| format!("\"indicator--{}\"", uuid::Uuid::from_u128(n)))
}

/// A value for a head property, as JSON text: mostly strings (some with
/// escapes, some a valid id), sometimes another kind.
fn head_value() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just("\"indicator\"".to_string()),
        2 => valid_id(),
        2 => ".{0,12}".prop_map(|s| serde_json::Value::String(s).to_string()),
        1 => Just("\"2026-05-16T08:21:30\\u002e123Z\"".to_string()),
        1 => Just("\"indic\\u0061tor\"".to_string()),
        1 => Just("null".to_string()),
        1 => any::<i32>().prop_map(|n| n.to_string()),
        1 => Just("[\"a\", {\"b\": \"}\"}]".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn retry_after_never_panics(s in ".{0,40}") {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let _ = parse_retry_after(&s, now);
    }

    #[test]
    fn retry_after_reads_delta_seconds(n in 0u64..1_000_000) {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        prop_assert_eq!(parse_retry_after(&n.to_string(), now), Some(Duration::from_secs(n)));
        // Junk around the digits is not a delay.
        let junk = format!("{n}s");
        prop_assert_eq!(parse_retry_after(&junk, now), None);
    }

    #[test]
    fn sie_times_never_panic_and_junk_is_rejected(s in ".{0,30}") {
        let r = parse_time(&s);
        if !s.chars().any(|c| c.is_ascii_digit()) {
            prop_assert!(r.is_err());
        }
    }

    #[test]
    fn sie_windows_in_the_wrong_order_are_rejected(a in 0i64..10_000_000, b in 0i64..10_000_000) {
        let t = |m: i64| chrono::DateTime::from_timestamp(1_700_000_000 + m * 60, 0).unwrap();
        let w = Window::new(t(a), t(b));
        prop_assert_eq!(w.is_ok(), b > a);
    }

    #[test]
    fn sie_channels_are_1_to_255(n in any::<i64>()) {
        prop_assert_eq!(Channel::new(n).is_ok(), (1..=255).contains(&n));
    }

    #[test]
    fn sie_ndjson_lines_never_panic(s in ".{0,200}") {
        let _ = NewDomain::parse(&s);
    }

    #[test]
    fn sie_ndjson_json_lines_never_panic(v in json_value()) {
        let line = v.to_string();
        let r = NewDomain::parse(&line);
        if !v.is_object() {
            prop_assert!(r.is_err(), "a non-object line is not a record: {line}");
        }
    }

    #[test]
    fn stix_objects_never_panic(s in ".{0,200}") {
        let _ = StixObject::from_json(&s);
        let _ = Bundle::from_json(&s);
    }

    #[test]
    fn stix_json_values_never_panic(v in json_value()) {
        let text = v.to_string();
        let obj = StixObject::from_json(&text);
        if let Ok(o) = &obj {
            // What parses keeps its bytes and exposes a type and an id.
            prop_assert_eq!(o.json(), text.as_str());
            prop_assert!(!o.object_type().is_empty());
            let _ = o.typed();
        }
        if !v.is_object() {
            prop_assert!(obj.is_err());
        }
        let _ = Bundle::from_json(&text);
    }

    /// The head of an object (`type`, `id`, `spec_version`, `created`,
    /// `modified`) is read the same as a full JSON parse reads it, whatever the
    /// order, spacing, escapes and other properties around it.
    #[test]
    fn stix_head_matches_a_full_parse(
        head in (
            proptest::option::weighted(0.9, prop_oneof![4 => Just("\"indicator\"".to_string()), 1 => head_value()]),
            proptest::option::weighted(0.9, prop_oneof![4 => valid_id(), 1 => head_value()]),
            proptest::option::weighted(0.6, head_value()),
            proptest::option::weighted(0.6, head_value()),
            proptest::option::weighted(0.6, head_value()),
        ),
        extra in proptest::collection::vec(("[a-z_]{1,8}", json_value()), 0..5),
        order in any::<u64>(),
        spaced in any::<bool>(),
        escape_key in any::<bool>(),
    ) {
        const KEYS: [&str; 5] = ["type", "id", "spec_version", "created", "modified"];
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let (t, i, sv, c, m) = head;
        for (k, v) in [t, i, sv, c, m].into_iter().enumerate().filter_map(|(k, v)| Some((k, v?))) {
            if seen.insert(k) {
                let key = if escape_key && k == 1 { "\"i\\u0064\"".to_string() } else { format!("{:?}", KEYS[k]) };
                pairs.push((key, v));
            }
        }
        for (k, v) in extra {
            if !KEYS.contains(&k.as_str()) && seen.insert(1000 + k.len() * 31 + k.as_bytes()[0] as usize) {
                pairs.push((format!("{k:?}"), v.to_string()));
            }
        }
        let n = pairs.len().max(1) as u64;
        pairs.rotate_left((order % n) as usize);
        let sep = if spaced { " , " } else { "," };
        let colon = if spaced { " : " } else { ":" };
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}{colon}{v}")).collect();
        let text = if spaced { format!("{{ {} }}", body.join(sep)) } else { format!("{{{}}}", body.join(sep)) };

        let full: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
        let field = |k: &str| full.get(k).filter(|v| !v.is_null());
        let strings = KEYS.iter().all(|k| field(k).is_none_or(|v| v.is_string()));
        let s = |k: &str| field(k).and_then(|v| v.as_str());
        let expect_ok = strings
            && s("type").is_some()
            && s("id").is_some_and(|id| {
                secops::taxii::stix::check_id(id).is_ok()
                    && id.split_once("--").map(|(t, _)| t) == s("type")
            });
        match StixObject::from_json(&text) {
            Ok(o) => {
                prop_assert!(expect_ok, "accepted {text}");
                prop_assert_eq!(o.json(), text.as_str());
                prop_assert_eq!(Some(o.object_type()), s("type"));
                prop_assert_eq!(Some(o.id()), s("id"));
                prop_assert_eq!(o.spec_version(), s("spec_version"));
                prop_assert_eq!(o.created(), s("created"));
                prop_assert_eq!(o.modified(), s("modified"));
                prop_assert_eq!(o.detach(), o.clone());
            }
            Err(e) => prop_assert!(!expect_ok, "rejected {text}: {e}"),
        }
    }

    #[test]
    fn service_envelopes_never_panic(v in json_value()) {
        let text = v.to_string();
        let _ = serde_json::from_str::<secops::defendis::types::Watchlist>(&text);
        let _ = serde_json::from_str::<secops::defectdojo::types::Finding>(&text);
        let _ = serde_json::from_str::<secops::defectdojo::types::PaginatedFindingList>(&text);
        let _ = serde_json::from_str::<secops::sandbox::Sample>(&text);
        let _ = serde_json::from_str::<secops::taxii::Status>(&text);
    }
}

#[test]
fn malformed_records_are_rejected_with_errors() {
    assert!(
        NewDomain::parse("{\"domain\": \"example.com\"").is_err(),
        "truncated line"
    );
    assert!(NewDomain::parse("not json").is_err());
    assert!(
        StixObject::from_json("{\"id\": \"indicator--x\"}").is_err(),
        "no type"
    );
    assert!(StixObject::from_json("[1,2]").is_err());
    // The head is fine, a value after it is not JSON: the whole text is checked.
    let bad_tail = r#"{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","x":tru}"#;
    let e = StixObject::from_json(bad_tail).unwrap_err().to_string();
    assert!(e.contains("malformed STIX object"), "{e}");
    assert!(Bundle::from_json("{\"type\": \"bundle\"").is_err());
    assert!(parse_time("2026-13-01 00:00:00").is_err());
    assert!(parse_time("").is_err());
    assert!(parse_retry_after("-5", SystemTime::now()).is_none());
    assert!(
        serde_json::from_str::<secops::defectdojo::types::PaginatedFindingList>(
            "{\"count\": \"many\", \"results\": 3}"
        )
        .is_err()
    );
}
