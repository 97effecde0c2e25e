//! Unit tests of the simulated TAXII servers' own checks.

use super::data::is_stix_id;
use super::MULTI_VERSION_ID;

#[test]
fn stix_ids_are_type_then_uuid() {
    for ok in [
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "x-acme-thing--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F",
        "abc--00000000-0000-0000-0000-000000000000",
        MULTI_VERSION_ID,
    ] {
        assert!(is_stix_id(ok), "{ok}");
    }
    for bad in [
        "",
        "indicator",
        "indicator--",
        "indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "indicator---8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "-indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "in--dicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "ab--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "indicator--8e2e2d2b17d4-4cbf-938f-98ee46b3cd3f0",
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3g",
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3",
        "indicatör--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    ] {
        assert!(!is_stix_id(bad), "{bad}");
    }
    let long = format!("{}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "a".repeat(250));
    assert!(is_stix_id(&long));
    let too_long = format!("{}--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "a".repeat(251));
    assert!(!is_stix_id(&too_long));
}
