//! Unit tests of the paged TAXII requests: re-read points, delivered keys,
//! tokens, the one-pass and careful page parsers, read-ahead, boundaries in
//! checkpoints, and the filter query.

use std::sync::Arc;

use bytes::Bytes;

use super::book::{later, reread_from, Boundary, Delivered};
use super::envelope::{careful_page, next_before_items, EnvelopeItem};
use super::request::{check_version_filter, Filter};
use super::source::split_token;
use crate::taxii::stix::{Malformed, StixObject};

#[test]
fn reread_steps_back_one_unit_of_the_last_written_digit() {
    assert_eq!(
        reread_from("2026-01-01T00:00:00.123456Z"),
        "2026-01-01T00:00:00.123455Z"
    );
    assert_eq!(
        reread_from("2026-01-01T00:00:00.000Z"),
        "2025-12-31T23:59:59.999Z"
    );
    assert_eq!(reread_from("2026-01-01T00:00:00Z"), "2025-12-31T23:59:59Z");
    assert_eq!(
        reread_from("2026-01-01T01:00:00.5+01:00"),
        "2026-01-01T00:00:00.4Z"
    );
    assert_eq!(reread_from("not a time"), "not a time");
}

#[test]
fn delivered_keys_cover_a_group_across_pages() {
    let obj = |n: u32| {
        StixObject::from_json(&format!(
            "{{\"type\":\"tool\",\"id\":\"tool--8e2e2d2b-17d4-4cbf-938f-{n:012x}\",\"modified\":\"2026-01-01T00:00:00Z\"}}"
        ))
        .unwrap()
    };
    let mut d = Delivered::default();
    d.add_page(Some("2026-01-01T00:00:01.000000Z"), &[obj(1), obj(2)]);
    // The next page ends at the same time: both pages are kept.
    d.add_page(Some("2026-01-01T00:00:01.000000Z"), &[obj(3)]);
    assert_eq!(d.boundary.0.lines().count(), 3);
    // One microsecond later still reaches the group: kept.
    d.add_page(Some("2026-01-01T00:00:01.000001Z"), &[obj(4)]);
    assert_eq!(d.boundary.0.lines().count(), 4);
    // Later: only the new page can be re-read.
    d.add_page(Some("2026-01-01T00:00:02.000000Z"), &[obj(5)]);
    assert_eq!(d.boundary.0.lines().count(), 1);
    assert_eq!(
        d.boundary_at.as_deref(),
        Some("2026-01-01T00:00:02.000000Z")
    );
    // A page without the header: its times are unknown, so it is added.
    d.add_page(None, &[obj(6)]);
    assert_eq!(d.boundary.0.lines().count(), 2);
    let mut again = vec![obj(5), obj(6), obj(7)];
    assert_eq!(d.retain(&mut again), 2);
    assert_eq!(again.len(), 1);
}

#[test]
fn tokens_marks_and_times() {
    assert_eq!(split_token("abc"), ("abc", 0));
    assert_eq!(split_token("abc\u{1f}3"), ("abc", 3));
    assert!(later("2026-01-01T00:00:01Z", "2026-01-01T00:00:00.999999Z"));
    assert!(!later("2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00Z"));
    assert!(check_version_filter("first,last,all,2026-01-01T00:00:00Z").is_ok());
    assert!(check_version_filter("latest").is_err());
}

/// One element of a generated page: an object made of head properties
/// (usually valid, sometimes not) and others, or something else.
fn element() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let value = prop_oneof![
        6 => Just("\"indicator\"".to_string()),
        6 => any::<u64>().prop_map(|n| format!("\"indicator--8e2e2d2b-17d4-4cbf-938f-{:012x}\"", n & 0xffff_ffff_ffff)),
        3 => "[a-z0-9:. -]{0,12}".prop_map(|s| format!("{s:?}")),
        1 => Just("\"2026-05-16T08:21:30\\u002e1Z\"".to_string()),
        1 => Just("null".to_string()),
        1 => Just("17".to_string()),
        1 => Just("{\"a\": [1, \"}\"]}".to_string()),
    ];
    let key = prop_oneof![
        8 => prop::sample::select(vec!["type", "id", "spec_version", "created", "modified", "name", "pattern", "labels"]).prop_map(|k| format!("{k:?}")),
        1 => Just("\"i\\u0064\"".to_string()),
    ];
    let object =
        (prop::collection::vec((key, value), 0..9), any::<bool>()).prop_map(|(pairs, spaced)| {
            let sep = if spaced { " ,\n " } else { "," };
            let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            if spaced {
                format!("{{ {} }}", body.join(sep))
            } else {
                format!("{{{}}}", body.join(sep))
            }
        });
    prop_oneof![
        12 => object,
        1 => Just("42".to_string()),
        1 => Just("[\"x\"]".to_string()),
        1 => Just("\"text\"".to_string()),
    ]
}

proptest::proptest! {
    /// The one-pass page parser reads exactly what the careful,
    /// element-by-element one reads (objects, heads, skips and errors).
    #[test]
    fn one_pass_pages_match_the_careful_path(
        elements in proptest::collection::vec(element(), 0..6),
        bundle in proptest::prelude::any::<bool>(),
        skip in proptest::prelude::any::<bool>(),
    ) {
        let objects = elements.join(", ");
        let text = if bundle {
            format!("{{\"type\":\"bundle\",\"id\":\"bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"objects\":[{objects}]}}")
        } else {
            format!("{{\"more\":true,\"next\":\"t1\",\"objects\":[ {objects} ]}}")
        };
        let policy = if skip { Malformed::Skip } else { Malformed::Fail };
        let fast = StixObject::parse_page(Bytes::from(text.clone()), policy, "t");
        let careful = careful_page(&Arc::new(text.clone()), policy, "t");
        match (fast, careful) {
            (Ok(f), Ok(c)) => {
                proptest::prop_assert_eq!((f.more, &f.next, f.bundle, f.received), (c.more, &c.next, c.bundle, c.received));
                proptest::prop_assert_eq!(&f.skipped, &c.skipped);
                let view = |o: &StixObject| (o.json().to_string(), o.object_type().to_string(), o.id().to_string(),
                    o.spec_version().map(str::to_string), o.created().map(str::to_string), o.modified().map(str::to_string));
                let fv: Vec<_> = f.items.iter().map(view).collect();
                let cv: Vec<_> = c.items.iter().map(view).collect();
                proptest::prop_assert_eq!(fv, cv, "{}", text);
            }
            (Err(f), Err(c)) => proptest::prop_assert_eq!(f.to_string(), c.to_string()),
            (f, c) => proptest::prop_assert!(false, "{text}: one pass {:?}, careful {:?}", f.map(|p| p.items.len()), c.map(|p| p.items.len())),
        }
    }
}

#[test]
fn next_token_read_ahead_of_the_envelope() {
    let t = |body: &str| next_before_items(body.as_bytes());
    assert_eq!(
        t(r#"{"more":true,"next":"abc","objects":[1]}"#).as_deref(),
        Some("abc")
    );
    assert_eq!(
        t(r#" { "next" : "abc" , "more" : true , "objects" : [] }"#).as_deref(),
        Some("abc")
    );
    assert_eq!(
        t(r#"{"more":true,"next":17,"objects":[]}"#).as_deref(),
        Some("17")
    );
    assert_eq!(t(r#"{"more":true,"next":"abc"}"#).as_deref(), Some("abc"));
    // Nothing to read ahead, or not read safely without a full parse.
    for body in [
        r#"{"more":false,"next":"abc","objects":[]}"#,
        r#"{"next":"abc","objects":[],"more":true}"#,
        r#"{"objects":[],"more":true,"next":"abc"}"#,
        r#"{"more":true,"next":"a\"b","objects":[]}"#,
        r#"{"more":true,"next":"","objects":[]}"#,
        r#"{"more":true,"next":1.5e3,"objects":[]}"#,
        r#"{"more":true,"next":null}"#,
        r#"{"m\u006fre":true,"next":"abc"}"#,
        r#"{"more":true,"objects":[]}"#,
        r#"{"more":true,"next":"abc"#,
        r#"{"more":tru"#,
        "[]",
        "",
    ] {
        assert_eq!(t(body), None, "{body}");
    }
}

#[test]
fn boundaries_keep_exact_keys_and_read_the_earlier_form() {
    let obj = |id: &str, modified: Option<&str>| {
        let m = modified.map_or(String::new(), |m| format!(",\"modified\":{m:?}"));
        StixObject::from_json(&format!("{{\"type\":\"tool\",\"id\":\"tool--{id}\"{m}}}")).unwrap()
    };
    const A: &str = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
    const B: &str = "8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40";
    // Versions with the characters the text form escapes, and none.
    let page = vec![
        obj(A, Some("2026-01-01T00:00:00Z")),
        obj(A, Some("tab\there\\n")),
        obj(B, None),
    ];
    let b = Boundary::of(&page);
    assert_eq!(b.0.lines().count(), 3);
    // It survives a checkpoint, as one string.
    let text = serde_json::to_value(&b).unwrap();
    assert!(text.is_string());
    assert_eq!(serde_json::from_value::<Boundary>(text).unwrap(), b);
    // Only the same (id, version) pairs are dropped.
    let mut next = vec![
        obj(A, Some("2026-01-01T00:00:00Z")),
        obj(A, Some("tab\there\\n")),
        obj(A, Some("tab\there\n")),
        obj(A, Some("tab")),
        obj(A, None),
        obj(B, None),
        obj(B, Some("2026-01-01T00:00:00Z")),
    ];
    b.retain(&mut next);
    let left: Vec<_> = next.iter().map(|o| o.key()).collect();
    assert_eq!(
        left,
        vec![
            (format!("tool--{A}"), Some("tab\there\n".to_string())),
            (format!("tool--{A}"), Some("tab".to_string())),
            (format!("tool--{A}"), None),
            (
                format!("tool--{B}"),
                Some("2026-01-01T00:00:00Z".to_string())
            ),
        ]
    );
    // Checkpoints written before kept an array of pairs.
    let earlier = serde_json::json!([
        [format!("tool--{A}"), "2026-01-01T00:00:00Z"],
        [format!("tool--{B}"), null]
    ]);
    let e: Boundary = serde_json::from_value(earlier).unwrap();
    assert_eq!(e, Boundary::of(&[page[0].clone(), page[2].clone()]));
}

#[test]
fn page_objects_read_their_own_part_and_detach() {
    let env = br#"{"objects":[{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","modified":"2026-01-01T00:00:00Z"}, {"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40","name":"x"}]}"#;
    let p = StixObject::parse_page(Bytes::from_static(env), Malformed::Fail, "t").unwrap();
    let [a, b] = &p.items[..] else { panic!() };
    assert_eq!(
        b.json(),
        r#"{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd40","name":"x"}"#
    );
    assert_eq!(a.modified(), Some("2026-01-01T00:00:00Z"));
    let d = a.detach();
    assert_eq!(
        (d.json(), d.id(), d.modified()),
        (a.json(), a.id(), a.modified())
    );
    drop(p);
    assert_eq!(d.object_type(), "tool");
}

#[test]
fn envelopes_bundles_and_empty_bodies() {
    let p = StixObject::parse_page(Bytes::from_static(b"{}"), Malformed::Fail, "t").unwrap();
    assert_eq!((p.more, p.items.len(), p.bundle), (None, 0, false));
    let p = StixObject::parse_page(Bytes::from_static(b""), Malformed::Fail, "t").unwrap();
    assert!(p.items.is_empty());
    let env = br#"{"more":true,"next":17,"objects":[{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}]}"#;
    let p = StixObject::parse_page(Bytes::from_static(env), Malformed::Fail, "t").unwrap();
    assert_eq!(
        (p.more, p.next.as_deref(), p.items.len()),
        (Some(true), Some("17"), 1)
    );
    let b =
        br#"{"type":"bundle","id":"bundle--12345678-1234-1234-1234-123456789abc","objects":[]}"#;
    assert!(
        StixObject::parse_page(Bytes::from_static(b), Malformed::Fail, "t")
            .unwrap()
            .bundle
    );
    let wrong = br#"{"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#;
    assert!(StixObject::parse_page(Bytes::from_static(wrong), Malformed::Fail, "t").is_err());
    assert!(StixObject::parse_page(Bytes::from_static(b"[1]"), Malformed::Skip, "t").is_err());
    let mixed = br#"{"objects":[1,{"type":"tool","id":"tool--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"},{"id":"x"}]}"#;
    let p = StixObject::parse_page(Bytes::from_static(mixed), Malformed::Skip, "t").unwrap();
    assert_eq!(p.items.len(), 1);
    assert_eq!(
        p.skipped.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![0, 2]
    );
    let v = String::parse_page(
        Bytes::from_static(br#"{"more":false,"versions":["a","b"]}"#),
        Malformed::Fail,
        "t",
    )
    .unwrap();
    assert_eq!(v.items, vec!["a", "b"]);
}

#[test]
fn filter_query_order() {
    let f = Filter {
        added_after: Some("x".into()),
        limit: Some(5),
        match_id: vec!["a".into(), "b".into()],
        match_type: vec!["indicator".into()],
        match_version: vec!["all".into()],
        match_spec_version: vec!["2.1".into()],
        type_param: Some("indicator".into()),
    };
    let q = f.query(Some("2026-01-01T00:00:00Z"));
    let keys: Vec<&str> = q.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "added_after",
            "match[id]",
            "match[type]",
            "match[version]",
            "match[spec_version]",
            "type"
        ]
    );
    assert_eq!(q[1].1, "a,b");
    assert_eq!(q[0].1, "2026-01-01T00:00:00Z");
}
