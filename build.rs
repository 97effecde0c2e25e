//! Generates the typed clients of the OpenAPI services from `specs/`.
//!
//! For each enabled service in [`SERVICES`] this reads `specs/<name>.yaml`,
//! checks it against what progenitor accepts, generates a builder-style client
//! with progenitor, formats it with prettyplease and writes `$OUT_DIR/<name>.rs`.
//! With `SECOPS_REGENERATE=1` it also refreshes the committed copy in
//! `generated/<name>.rs` (a test fails when the two drift).
//!
//! A spec the generator cannot handle stops the build with a message naming the
//! spec, the operation and the reason — never a bare panic.
//!
//! The same file is included by `tests/codegen.rs` to test those messages.

#![allow(dead_code)]

use std::path::Path;

/// The OpenAPI services: (cargo feature, spec file). Adding a service is one line here.
pub const SERVICES: &[(&str, &str)] = &[
    ("defendis", "specs/defendis.yaml"),
    ("sandbox", "specs/sandbox.yaml"),
    ("defectdojo", "specs/defectdojo.yaml"),
];

/// The first line of every generated file.
pub fn header(spec_rel: &str) -> String {
    format!(
        "// @generated from {spec_rel} by build.rs (progenitor + prettyplease). Do not edit: \
         change the spec and run `SECOPS_REGENERATE=1 cargo build`.\n"
    )
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SECOPS_REGENERATE");
    // Worktrees sharing one CARGO_TARGET_DIR get the same build-script unit
    // (cargo hashes the package path relative to the workspace root), and
    // `rerun-if-changed` only compares mtimes: without this, a build in one
    // worktree silently reuses the code generated from another worktree's specs.
    println!("cargo:rerun-if-env-changed=PWD");
    #[cfg(feature = "codegen")]
    {
        let manifest = std::path::PathBuf::from(
            std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
        );
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
        let regenerate = std::env::var("SECOPS_REGENERATE")
            .map(|v| v == "1")
            .unwrap_or(false);
        let mut failed = false;
        for (feature, spec) in SERVICES {
            let var = format!("CARGO_FEATURE_{}", feature.to_uppercase());
            if std::env::var_os(&var).is_none() {
                continue;
            }
            println!("cargo:rerun-if-changed={spec}");
            match codegen::generate_file(&manifest.join(spec), spec) {
                Ok(code) => {
                    let name = format!("{feature}.rs");
                    write_if_changed(&out.join(&name), &code);
                    if regenerate {
                        std::fs::create_dir_all(manifest.join("generated"))
                            .expect("create generated/");
                        write_if_changed(&manifest.join("generated").join(&name), &code);
                    }
                }
                Err(msg) => {
                    failed = true;
                    eprintln!("error: the `{feature}` feature: {msg}\n");
                }
            }
        }
        if failed {
            // A readable message above, no panic backtrace.
            std::process::exit(1);
        }
    }
}

fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return;
    }
    std::fs::write(path, contents).unwrap_or_else(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1)
    });
}

#[cfg(feature = "codegen")]
pub mod codegen {
    use std::collections::BTreeMap;
    use std::path::Path;

    use openapiv3::{OpenAPI, Operation, ReferenceOr, StatusCode};
    use progenitor::{GenerationSettings, Generator, InterfaceStyle};

    /// Reads, checks and generates one spec; returns the formatted file, or a
    /// readable message that names the spec, then each failing operation and
    /// the reason (one per line).
    pub fn generate_file(path: &Path, spec_rel: &str) -> Result<String, String> {
        let run = || -> Result<String, String> {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("  cannot read the spec: {e}"))?;
            let spec = parse(&text)?;
            check(&spec)?;
            generate(&spec)
        };
        match run() {
            Ok(code) => Ok(format!("{}{}", super::header(spec_rel), code)),
            Err(problems) => Err(format!(
                "cannot generate a client from {spec_rel}:\n{problems}"
            )),
        }
    }

    /// Parses a YAML or JSON OpenAPI 3.0 document.
    pub fn parse(text: &str) -> Result<OpenAPI, String> {
        let value: serde_json::Value = yaml_serde::from_str(text)
            .map_err(|e| format!("  the spec is not valid YAML/JSON: {e}"))?;
        if let Some(v) = value.get("openapi").and_then(|v| v.as_str()) {
            if !v.starts_with("3.0") {
                return Err(format!(
                    "  openapi {v}: only OpenAPI 3.0.x is supported by the generator"
                ));
            }
        }
        serde_json::from_value(value)
            .map_err(|e| format!("  the spec is not a valid OpenAPI 3.0 document: {e}"))
    }

    fn operations(spec: &OpenAPI) -> Vec<(String, String, &Operation)> {
        let mut out = Vec::new();
        for (path, item) in spec.paths.iter() {
            if let ReferenceOr::Item(item) = item {
                for (method, op) in item.iter() {
                    out.push((method.to_uppercase(), path.clone(), op));
                }
            }
        }
        out
    }

    fn op_name(method: &str, path: &str, op: &Operation) -> String {
        match &op.operation_id {
            Some(id) => format!("operation `{id}` ({method} {path})"),
            None => format!("operation {method} {path}"),
        }
    }

    /// A key naming a response's schema (a `$ref`, an inline schema, or "no body").
    fn response_key(spec: &OpenAPI, r: &ReferenceOr<openapiv3::Response>) -> String {
        let resp = match r {
            ReferenceOr::Reference { reference } => {
                let name = reference.rsplit('/').next().unwrap_or_default();
                match spec.components.as_ref().and_then(|c| c.responses.get(name)) {
                    Some(ReferenceOr::Item(resp)) => resp,
                    _ => return reference.clone(),
                }
            }
            ReferenceOr::Item(resp) => resp,
        };
        if resp.content.is_empty() {
            return "<no body>".into();
        }
        let mut keys: Vec<String> = resp
            .content
            .iter()
            .map(|(ct, mt)| {
                let schema = match &mt.schema {
                    Some(ReferenceOr::Reference { reference }) => reference.clone(),
                    Some(ReferenceOr::Item(s)) => serde_json::to_string(s).unwrap_or_default(),
                    None => "<any>".into(),
                };
                if ct.contains("json") && !ct.contains("ndjson") {
                    schema
                } else {
                    format!("<bytes:{ct}>")
                }
            })
            .collect();
        keys.sort();
        keys.dedup();
        keys.join(" | ")
    }

    /// Checks the constraints progenitor asserts on, so that a bad spec gets a
    /// message naming the operation instead of a panic deep in the generator.
    pub fn check(spec: &OpenAPI) -> Result<(), String> {
        let mut problems = Vec::new();
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (method, path, op) in operations(spec) {
            let name = op_name(&method, &path, op);
            match &op.operation_id {
                None => problems.push(format!(
                    "  {name}: missing operationId (every operation needs a unique one)"
                )),
                Some(id) => {
                    if let Some(prev) = ids.insert(id.clone(), format!("{method} {path}")) {
                        problems.push(format!(
                            "  {name}: operationId `{id}` is also used by {prev}"
                        ));
                    }
                }
            }
            let mut success = BTreeMap::new();
            let mut errors = BTreeMap::new();
            for (code, r) in op.responses.responses.iter() {
                let key = response_key(spec, r);
                match code {
                    StatusCode::Code(c) if (200..300).contains(c) => {
                        success.insert(key, c.to_string());
                    }
                    StatusCode::Range(2) => {
                        success.insert(key, "2XX".into());
                    }
                    StatusCode::Code(c) => {
                        errors.insert(key, c.to_string());
                    }
                    StatusCode::Range(r) => {
                        errors.insert(key, format!("{r}XX"));
                    }
                }
            }
            if let Some(d) = &op.responses.default {
                let key = response_key(spec, d);
                errors.insert(key.clone(), "default".into());
                if !success.contains_key(&key)
                    && !op
                        .responses
                        .responses
                        .keys()
                        .any(|c| matches!(c, StatusCode::Range(2)))
                {
                    success.insert(key, "default".into());
                }
            }
            if success.len() > 1 {
                let list: Vec<String> = success.iter().map(|(k, c)| format!("{c} → {k}")).collect();
                problems.push(format!(
                    "  {name}: success responses have different schemas ({}); the generator needs exactly one success schema per operation",
                    list.join("; ")
                ));
            }
            if errors.len() > 1 {
                let list: Vec<String> = errors.iter().map(|(k, c)| format!("{c} → {k}")).collect();
                problems.push(format!(
                    "  {name}: error responses have different schemas ({}); the generator needs exactly one error schema per operation",
                    list.join("; ")
                ));
            }
            if let Some(ReferenceOr::Item(body)) = &op.request_body {
                if body.content.len() > 1 {
                    problems.push(format!("  {name}: the request body offers {} content types; the generator takes one", body.content.len()));
                }
                if body.content.keys().any(|ct| ct.starts_with("multipart/")) {
                    problems.push(format!("  {name}: multipart request bodies are not generated; write this call by hand"));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }

    fn settings() -> GenerationSettings {
        let mut s = GenerationSettings::default();
        s.with_interface(InterfaceStyle::Builder)
            .with_inner_type(quote_inner())
            .with_derive("PartialEq");
        s
    }

    fn quote_inner() -> proc_macro2::TokenStream {
        "crate::hooks::Hooks".parse().expect("valid path")
    }

    /// Runs the generator, turning any panic into an error naming the operation.
    pub fn generate(spec: &OpenAPI) -> Result<String, String> {
        match run_generator(spec) {
            Ok(code) => Ok(code),
            Err(whole) => {
                // Find which operations fail by generating each one alone.
                let mut culprits = Vec::new();
                for (method, path, op) in operations(spec) {
                    let mut single = spec.clone();
                    single.paths.paths.retain(|p, _| p == &path);
                    if let Some(ReferenceOr::Item(item)) = single.paths.paths.get_mut(&path) {
                        let keep = method.to_lowercase();
                        for (m, slot) in [
                            ("get", &mut item.get),
                            ("put", &mut item.put),
                            ("post", &mut item.post),
                            ("delete", &mut item.delete),
                            ("options", &mut item.options),
                            ("head", &mut item.head),
                            ("patch", &mut item.patch),
                            ("trace", &mut item.trace),
                        ] {
                            if m != keep {
                                *slot = None;
                            }
                        }
                    }
                    if let Err(e) = run_generator(&single) {
                        culprits.push(format!("  {}: {e}", op_name(&method, &path, op)));
                    }
                }
                if culprits.is_empty() {
                    Err(format!("  the generator failed: {whole}"))
                } else {
                    Err(culprits.join("\n"))
                }
            }
        }
    }

    thread_local! {
        /// Set while this thread runs the generator: its panics are caught and
        /// reported as errors, so the panic hook must not print them.
        static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Installs (once per process) a panic hook that stays silent for the
    /// threads running the generator and defers to the previous hook for every
    /// other panic. A per-thread flag rather than swapping the global hook
    /// around each run, so that concurrent callers (tests) cannot restore
    /// each other's hook at the wrong time.
    fn install_quiet_hook() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let prev = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                if !QUIET.with(|q| q.get()) {
                    prev(info);
                }
            }));
        });
    }

    fn run_generator(spec: &OpenAPI) -> Result<String, String> {
        install_quiet_hook();
        let was_quiet = QUIET.with(|q| q.replace(true));
        let result = std::panic::catch_unwind(|| {
            let mut generator = Generator::new(&settings());
            generator.generate_tokens(spec).map_err(|e| e.to_string())
        });
        QUIET.with(|q| q.set(was_quiet));
        let tokens = match result {
            Ok(Ok(t)) => t,
            Ok(Err(e)) => return Err(e),
            Err(panic) => {
                let msg = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown generator failure".into());
                return Err(format!(
                    "the generator rejected it ({})",
                    msg.lines().next().unwrap_or_default()
                ));
            }
        };
        let file: syn::File =
            syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
        Ok(prettyplease::unparse(&file))
    }
}
