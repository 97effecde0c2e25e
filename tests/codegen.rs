//! The spec → client code generation (`build.rs`):
//!
//! - the committed `generated/<service>.rs` equals what the build script's
//!   generator makes of `specs/<service>.yaml` (the drift check; refresh with
//!   `SECOPS_REGENERATE=1 cargo build`);
//! - a spec the generator cannot handle gives an error naming the spec, the
//!   operation and the reason, with no panic output;
//! - the generator is a build-dependency of the OpenAPI services only.
//!
//! `build.rs` is compiled into this test as a module, so the test runs the
//! very code the build runs.
#![cfg(feature = "codegen")]

#[allow(dead_code, clippy::all)]
#[path = "../build.rs"]
mod build_script;

use std::path::{Path, PathBuf};
use std::process::Command;

use build_script::codegen;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn enabled(feature: &str) -> bool {
    match feature {
        "defendis" => cfg!(feature = "defendis"),
        "sandbox" => cfg!(feature = "sandbox"),
        "defectdojo" => cfg!(feature = "defectdojo"),
        other => panic!("unknown OpenAPI service {other}: add it here"),
    }
}

/// The first line that differs, for the failure message.
fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  committed: {x}\n  generated: {y}", i + 1);
        }
    }
    format!(
        "one is a prefix of the other ({} vs {} lines)",
        a.lines().count(),
        b.lines().count()
    )
}

fn assert_same(what: &str, committed: &str, generated: &str, spec: &str) {
    assert!(
        committed == generated,
        "generated/{what}.rs is out of date with {spec} ({}).\n\
         Do not edit generated/ by hand: run `SECOPS_REGENERATE=1 cargo build` \
         and commit the refreshed generated/{what}.rs.",
        first_difference(committed, generated)
    );
}

#[test]
fn generated_sources_match_the_build_output() {
    let out_dir = Path::new(env!("OUT_DIR"));
    let mut checked = 0;
    for (feature, spec) in build_script::SERVICES {
        if !enabled(feature) {
            continue;
        }
        let committed_path = manifest_dir()
            .join("generated")
            .join(format!("{feature}.rs"));
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_else(|e| {
            panic!(
                "{} is missing ({e}): run `SECOPS_REGENERATE=1 cargo build` and commit it",
                committed_path.display()
            )
        });
        // What build.rs's generator makes of the spec as it is now: the
        // committed file must be exactly that.
        let fresh = codegen::generate_file(&manifest_dir().join(spec), spec)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_same(feature, &committed, &fresh, spec);
        // What this build compiled ($OUT_DIR/<service>.rs) is the same
        // generator's output for the same spec, re-run by cargo whenever the
        // spec changes. It can only differ when CARGO_TARGET_DIR is shared
        // between checkouts (several worktrees share one build directory, and
        // the last build wins): then say so instead of failing on another
        // checkout's spec.
        let built = std::fs::read_to_string(out_dir.join(format!("{feature}.rs"))).unwrap();
        if built != fresh {
            eprintln!(
                "note: $OUT_DIR/{feature}.rs was generated from another version of {spec} \
                 ({}); is CARGO_TARGET_DIR shared with another checkout? `touch {spec}` and \
                 build again to compile this checkout's client.",
                first_difference(&fresh, &built)
            );
        }
        // The first line says where it comes from and not to edit it.
        let first = committed.lines().next().unwrap();
        assert!(
            first.contains(spec) && first.contains("Do not edit"),
            "{first}"
        );
        checked += 1;
    }
    assert!(checked > 0, "no OpenAPI service enabled");
}

#[test]
fn the_drift_check_catches_a_hand_edit() {
    let (feature, spec) = build_script::SERVICES[0];
    let fresh = codegen::generate_file(&manifest_dir().join(spec), spec).unwrap();
    let edited = fresh.replacen("pub struct Client", "pub struct Client /* edited */", 1);
    assert_ne!(
        edited, fresh,
        "the generated client has a `pub struct Client`"
    );
    let msg = std::panic::catch_unwind(|| assert_same(feature, &edited, &fresh, spec))
        .expect_err("a hand edit must fail the drift check");
    let msg = msg.downcast_ref::<String>().unwrap();
    assert!(msg.contains("SECOPS_REGENERATE=1 cargo build"), "{msg}");
    assert!(
        msg.contains(&format!("generated/{feature}.rs")) && msg.contains(spec),
        "{msg}"
    );
    assert!(msg.contains("/* edited */"), "{msg}");
}

fn fixture(name: &str) -> (PathBuf, String) {
    let rel = format!("tests/fixtures/specs/{name}");
    (manifest_dir().join(&rel), rel)
}

/// Generates a fixture spec; returns the error message.
fn generation_error(name: &str) -> String {
    let (path, rel) = fixture(name);
    match codegen::generate_file(&path, &rel) {
        Ok(_) => panic!("{rel} was accepted"),
        Err(msg) => msg,
    }
}

fn assert_mentions(msg: &str, needles: &[&str]) {
    for n in needles {
        assert!(
            msg.contains(n),
            "the message does not mention {n:?}:\n{msg}"
        );
    }
    assert!(!msg.contains("panicked"), "{msg}");
}

#[test]
fn a_missing_operation_id_names_the_spec_and_the_operation() {
    let msg = generation_error("missing_operation_id.yaml");
    assert_mentions(
        &msg,
        &[
            "tests/fixtures/specs/missing_operation_id.yaml",
            "GET /alerts",
            "missing operationId",
        ],
    );
    // The valid operation beside it is not blamed.
    assert!(!msg.contains("/health"), "{msg}");
}

#[test]
fn differently_typed_success_responses_name_the_operation() {
    let msg = generation_error("two_success_schemas.yaml");
    assert_mentions(
        &msg,
        &[
            "tests/fixtures/specs/two_success_schemas.yaml",
            "createReport",
            "POST /reports",
            "success responses have different schemas",
            "#/components/schemas/Report",
            "#/components/schemas/Job",
        ],
    );
}

#[test]
fn a_multipart_body_names_the_operation() {
    let msg = generation_error("multipart_body.yaml");
    assert_mentions(
        &msg,
        &[
            "tests/fixtures/specs/multipart_body.yaml",
            "uploadSample",
            "multipart",
        ],
    );
}

#[test]
fn openapi_31_and_unreadable_specs_are_refused_with_a_reason() {
    let msg = generation_error("openapi_31.yaml");
    assert_mentions(&msg, &["openapi_31.yaml", "3.1.0", "only OpenAPI 3.0"]);
    let msg = generation_error("no_such_spec.yaml");
    assert_mentions(&msg, &["no_such_spec.yaml", "cannot read the spec"]);
}

#[test]
fn a_good_fixture_generates_a_client() {
    let (path, rel) = fixture("good.yaml");
    let code = codegen::generate_file(&path, &rel).unwrap();
    assert!(code.starts_with(&build_script::header(&rel)));
    assert!(
        code.contains("pub struct Client") && code.contains("fn get_item"),
        "{code}"
    );
}

/// When the pre-checks are bypassed, a generator panic still becomes an
/// error naming the operation (this is the safety net behind `check`).
#[test]
fn a_generator_panic_becomes_an_error_naming_the_operation() {
    let (path, _) = fixture("two_success_schemas.yaml");
    let spec = codegen::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    let msg = codegen::generate(&spec).unwrap_err();
    assert_mentions(
        &msg,
        &["createReport", "POST /reports", "the generator rejected it"],
    );
}

/// Run in a child process by `generator_panics_are_not_printed`.
#[test]
#[ignore = "run in a child process by generator_panics_are_not_printed"]
fn child_generator_panic() {
    let (path, _) = fixture("two_success_schemas.yaml");
    let spec = codegen::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(codegen::generate(&spec).is_err());
    // Panics outside the generator still reach the previous hook.
    let _ = std::panic::catch_unwind(|| panic!("visible-marker-7f3a"));
}

/// The build script turns generator panics into messages; the panic itself
/// (message, location, backtrace note) must not be printed.
#[test]
fn generator_panics_are_not_printed() {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_generator_panic",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "{stdout}");
    // The only panic printed is the marker outside the generator.
    assert!(stderr.contains("visible-marker-7f3a"), "{stderr}");
    assert_eq!(stderr.matches("panicked at").count(), 1, "{stderr}");
    assert!(!stderr.contains("method.rs"), "{stderr}");
}

/// The generator's crates must be build-dependencies of the OpenAPI services
/// only: a user of `sie` or `taxii` alone compiles no generator.
#[test]
fn the_generator_is_only_built_for_openapi_services() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let tree = |features: &str| -> String {
        let out = Command::new(&cargo)
            .current_dir(manifest_dir())
            .args([
                "tree",
                "--offline",
                "--locked",
                "--no-default-features",
                "--features",
                features,
                "-e",
                "normal,build",
                "--prefix",
                "none",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let generator = [
        "progenitor ",
        "progenitor-impl ",
        "openapiv3 ",
        "prettyplease ",
        "typify",
        "yaml_serde ",
    ];
    for features in ["sie", "taxii", "sie,taxii,sim,cli"] {
        let t = tree(features);
        for g in generator {
            assert!(
                !t.lines().any(|l| l.starts_with(g)),
                "--features {features} pulls in {g}:\n{t}"
            );
        }
    }
    // ...while an OpenAPI service does pull it in (so the check above can fail).
    for features in ["defendis", "sandbox", "defectdojo"] {
        let t = tree(features);
        assert!(
            t.lines().any(|l| l.starts_with("progenitor ")),
            "--features {features}:\n{t}"
        );
    }
}
