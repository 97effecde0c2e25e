//! `specs/defectdojo.yaml` against the real upstream schema.
//!
//! Every path, method, parameter (name, location, type) and every schema
//! property of our spec must exist upstream with a compatible type; each
//! mismatch is printed. The upstream schema is read from `SECOPS_DD_SCHEMA`,
//! else `<CARGO_MANIFEST_DIR>/../shared/reference/defectdojo-oas-2.57.2.json`
//! (or `../../shared/...` from a git worktree). To check a new DefectDojo
//! release, point `SECOPS_DD_SCHEMA` at its schema
//! (`<instance>/api/v2/oa3/schema/?format=json`) and run this test.
//!
//! Compatibility rules (ours → upstream):
//! - a parameter has the same name, location and type; a comma-joined string
//!   stands for an upstream array sent with `explode: false`;
//! - enum values are a subset of upstream's; a format we declare is upstream's;
//! - request bodies: every field upstream requires is declared, and we never
//!   declare null where upstream forbids it;
//! - responses may be looser than upstream (no enum, no format, nullable,
//!   optional), never stricter;
//! - components with an upstream namesake are compared field by field; the
//!   others must be used by an operation (and are compared there) or be
//!   `ErrorBody` (upstream declares no error bodies).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

mod support;

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn load() -> (Value, Value) {
    let ours_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/specs/defectdojo.yaml"
    ))
    .unwrap();
    let ours: Value = yaml_serde::from_str(&ours_text).unwrap();
    let up_path = support::peers::upstream_dojo_schema();
    let up_text = std::fs::read_to_string(&up_path).unwrap_or_else(|e| {
        panic!(
            "cannot read the upstream DefectDojo schema at {} ({e}); set SECOPS_DD_SCHEMA to its path",
            up_path.display()
        )
    });
    (ours, serde_json::from_str(&up_text).unwrap())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Request,
    Response,
}

struct Cmp<'a> {
    ours: &'a Value,
    up: &'a Value,
    problems: Vec<String>,
    checked_props: usize,
    checked_params: usize,
    used_components: BTreeSet<String>,
}

/// Follows `$ref`s and single-element `allOf` wrappers; returns the schema and whether it is nullable.
fn resolve<'a>(
    doc: &'a Value,
    mut s: &'a Value,
    used: Option<&mut BTreeSet<String>>,
) -> (&'a Value, bool) {
    let mut nullable = false;
    let mut seen = Vec::new();
    for _ in 0..16 {
        nullable |= s.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap().to_string();
            seen.push(name.clone());
            s = &doc["components"]["schemas"][name.as_str()];
            continue;
        }
        if let Some(all) = s.get("allOf").and_then(Value::as_array) {
            if all.len() == 1 {
                s = &all[0];
                continue;
            }
        }
        break;
    }
    if let Some(used) = used {
        used.extend(seen);
    }
    (s, nullable)
}

fn ty(s: &Value) -> Option<&str> {
    s.get("type")
        .and_then(Value::as_str)
        .or_else(|| s.get("properties").map(|_| "object"))
}

fn enum_set(s: &Value) -> Option<BTreeSet<String>> {
    s.get("enum").and_then(Value::as_array).map(|e| {
        e.iter()
            .filter(|v| !v.is_null())
            .map(|v| v.to_string())
            .collect()
    })
}

impl<'a> Cmp<'a> {
    fn new(ours: &'a Value, up: &'a Value) -> Self {
        Cmp {
            ours,
            up,
            problems: Vec::new(),
            checked_props: 0,
            checked_params: 0,
            used_components: BTreeSet::new(),
        }
    }

    fn problem(&mut self, at: &str, what: String) {
        self.problems.push(format!("{at}: {what}"));
    }

    fn schema(&mut self, at: &str, ours: &'a Value, up: &'a Value, dir: Dir) {
        let (o, o_null) = resolve(self.ours, ours, Some(&mut self.used_components));
        let (u, u_null) = resolve(self.up, up, None);
        if dir == Dir::Request && o_null && !u_null {
            self.problem(at, "we may send null; upstream does not allow it".into());
        }
        let (ot, ut) = (ty(o), ty(u));
        match (ot, ut) {
            (Some(a), Some(b)) if a == b => {}
            (None, _) => {}
            (Some(a), b) => {
                self.problem(
                    at,
                    format!("type {a} here, {} upstream", b.unwrap_or("unspecified")),
                );
                return;
            }
        }
        if let Some(of) = o.get("format").and_then(Value::as_str) {
            let uf = u.get("format").and_then(Value::as_str);
            if uf != Some(of) && !(dir == Dir::Request && uf.is_none()) {
                self.problem(
                    at,
                    format!("format {of} here, {} upstream", uf.unwrap_or("none")),
                );
            }
        }
        match (enum_set(o), enum_set(u)) {
            (Some(oe), Some(ue)) => {
                let extra: Vec<_> = oe.difference(&ue).cloned().collect();
                if !extra.is_empty() {
                    self.problem(
                        at,
                        format!("enum values not upstream: {}", extra.join(", ")),
                    );
                }
            }
            (Some(_), None) if dir == Dir::Response => self.problem(
                at,
                "an enum here, a free value upstream (a response could fail to decode)".into(),
            ),
            _ => {}
        }
        match ot {
            Some("array") => self.schema(&format!("{at}[]"), &o["items"], &u["items"], dir),
            Some("object") => self.object(at, o, u, dir),
            _ => {}
        }
    }

    fn object(&mut self, at: &str, o: &'a Value, u: &'a Value, dir: Dir) {
        static EMPTY: std::sync::OnceLock<serde_json::Map<String, Value>> =
            std::sync::OnceLock::new();
        let empty = EMPTY.get_or_init(serde_json::Map::new);
        let oprops = o
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(empty);
        let uprops = u
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(empty);
        for (name, os) in oprops {
            self.checked_props += 1;
            match uprops.get(name) {
                Some(us) => self.schema(&format!("{at}.{name}"), os, us, dir),
                None => self.problem(at, format!("property `{name}` does not exist upstream")),
            }
        }
        if dir == Dir::Request {
            for r in u
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let r = r.as_str().unwrap_or_default();
                if !oprops.contains_key(r) {
                    self.problem(
                        at,
                        format!("upstream requires `{r}`, which is not declared here"),
                    );
                }
            }
        }
    }

    fn params(
        &mut self,
        at: &str,
        oitem: &'a Value,
        oop: &'a Value,
        uitem: &'a Value,
        uop: &'a Value,
    ) {
        let collect = |item: &'a Value, op: &'a Value| -> Vec<&'a Value> {
            item.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .chain(
                    op.get("parameters")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten(),
                )
                .collect()
        };
        let ups = collect(uitem, uop);
        for p in collect(oitem, oop) {
            self.checked_params += 1;
            let (name, loc) = (p["name"].as_str().unwrap(), p["in"].as_str().unwrap());
            let here = format!("{at} {loc} parameter `{name}`");
            let Some(up) = ups.iter().find(|u| u["name"] == name && u["in"] == loc) else {
                self.problem(&here, "does not exist upstream".into());
                continue;
            };
            let (os, _) = resolve(self.ours, &p["schema"], Some(&mut self.used_components));
            let (us, _) = resolve(self.up, &up["schema"], None);
            if ty(os) == Some("string") && ty(us) == Some("array") {
                if up.get("explode").and_then(Value::as_bool) != Some(false) {
                    self.problem(&here, "a comma-joined string here, but upstream repeats the parameter (explode is not false)".into());
                }
                if let Some(items) = us.get("items") {
                    if let (Some(oe), Some(ue)) = (enum_set(os), enum_set(items)) {
                        if !oe.is_subset(&ue) {
                            self.problem(&here, "enum values not upstream".into());
                        }
                    }
                }
                continue;
            }
            self.schema(&here, &p["schema"], &up["schema"], Dir::Request);
        }
    }

    fn body(v: &'a Value) -> Option<&'a Value> {
        v.get("content")?.get("application/json")?.get("schema")
    }

    fn success(op: &'a Value) -> Option<&'a Value> {
        op["responses"]
            .as_object()?
            .iter()
            .find(|(code, _)| code.starts_with('2'))
            .and_then(|(_, r)| Self::body(r))
    }

    fn run(&mut self) -> (usize, usize) {
        let mut n_paths = 0;
        let mut n_ops = 0;
        let opaths = self.ours["paths"].as_object().unwrap();
        for (path, oitem) in opaths {
            n_paths += 1;
            let Some(uitem) = self.up["paths"].get(path) else {
                self.problem(path, "path does not exist upstream".into());
                continue;
            };
            for m in METHODS {
                let Some(oop) = oitem.get(m) else { continue };
                n_ops += 1;
                let at = format!("{} {path}", m.to_uppercase());
                let Some(uop) = uitem.get(m) else {
                    self.problem(&at, "method does not exist upstream".into());
                    continue;
                };
                if oop["operationId"] != uop["operationId"] {
                    println!(
                        "note: {at}: operationId {} here, {} upstream",
                        oop["operationId"], uop["operationId"]
                    );
                }
                self.params(&at, oitem, oop, uitem, uop);
                match (
                    oop.get("requestBody").and_then(Self::body),
                    uop.get("requestBody").and_then(Self::body),
                ) {
                    (Some(o), Some(u)) => self.schema(&format!("{at} body"), o, u, Dir::Request),
                    (Some(_), None) => {
                        self.problem(&at, "a JSON request body here, none upstream".into())
                    }
                    _ => {}
                }
                match (Self::success(oop), Self::success(uop)) {
                    (Some(o), Some(u)) => {
                        self.schema(&format!("{at} response"), o, u, Dir::Response)
                    }
                    (Some(_), None) => {
                        self.problem(&at, "a JSON success body here, none upstream".into())
                    }
                    _ => {}
                }
            }
        }
        // Components: namesakes field by field; the rest must have been reached above.
        let ours_schemas = self.ours["components"]["schemas"].as_object().unwrap();
        for (name, os) in ours_schemas {
            if let Some(us) = self.up["components"]["schemas"].get(name) {
                let dir = if name.ends_with("Request") {
                    Dir::Request
                } else {
                    Dir::Response
                };
                self.schema(&format!("components.{name}"), os, us, dir);
            }
        }
        for name in ours_schemas.keys() {
            let namesake = self.up["components"]["schemas"].get(name).is_some();
            if !namesake && name != "ErrorBody" && !self.used_components.contains(name) {
                self.problem(
                    &format!("components.{name}"),
                    "no upstream namesake and used by no operation: nothing checks it".into(),
                );
            }
        }
        (n_paths, n_ops)
    }
}

fn compare(ours: &Value, up: &Value) -> (Vec<String>, String) {
    let mut c = Cmp::new(ours, up);
    let (paths, ops) = c.run();
    let summary = format!(
        "{paths} paths, {ops} operations, {} parameters, {} schema properties checked against upstream {}",
        c.checked_params,
        c.checked_props,
        up["info"]["version"].as_str().unwrap_or("?")
    );
    (c.problems, summary)
}

#[test]
fn our_spec_matches_the_upstream_schema() {
    let (ours, up) = load();
    assert!(ours["openapi"].as_str().unwrap().starts_with("3.0"));
    let (problems, summary) = compare(&ours, &up);
    println!("{summary}");
    for p in &problems {
        println!("MISMATCH {p}");
    }
    assert!(
        problems.is_empty(),
        "{} mismatch(es) with the upstream schema (listed above)",
        problems.len()
    );
    assert_eq!(ours["paths"].as_object().unwrap().len(), 15);
}

#[test]
fn the_comparison_catches_each_kind_of_drift() {
    let (ours, up) = load();
    let mut bad = ours.clone();
    let s = &mut bad["components"]["schemas"];
    s["Finding"]["properties"]["titel"] = serde_json::json!({"type": "string"});
    s["Finding"]["properties"]["cwe"] = serde_json::json!({"type": "string"});
    s["Severity"]["enum"]
        .as_array_mut()
        .unwrap()
        .push("Severe".into());
    s["FindingCreateRequest"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("numerical_severity");
    s["Finding"]["properties"]["severity"] =
        serde_json::json!({"type": "string", "enum": ["High"]});
    s["Orphan"] = serde_json::json!({"type": "object", "properties": {"x": {"type": "string"}}});
    let p = &mut bad["paths"];
    p["/api/v2/findings/"]["get"]["parameters"]
        .as_array_mut()
        .unwrap()
        .push(
            serde_json::json!({"name": "severity_in", "in": "query", "schema": {"type": "string"}}),
        );
    p["/api/v2/tests/"]["get"]["parameters"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"name": "notes", "in": "query", "schema": {"type": "string"}}));
    p["/api/v2/findings/{id}/close/"]["put"] =
        serde_json::json!({"operationId": "x", "responses": {}});
    p["/api/v2/nothing/"] = serde_json::json!({"get": {"operationId": "y", "responses": {}}});
    let (problems, _) = compare(&bad, &up);
    let expect = [
        "property `titel` does not exist upstream",
        "Finding.cwe: type string here, integer upstream",
        "enum values not upstream: \"Severe\"",
        "upstream requires `numerical_severity`",
        "Finding.severity: an enum here, a free value upstream",
        "components.Orphan: no upstream namesake",
        "query parameter `severity_in`: does not exist upstream",
        "query parameter `notes`: a comma-joined string here, but upstream repeats",
        "PUT /api/v2/findings/{id}/close/: method does not exist upstream",
        "/api/v2/nothing/: path does not exist upstream",
    ];
    for e in expect {
        assert!(
            problems.iter().any(|p| p.contains(e)),
            "not reported: {e}\n{problems:#?}"
        );
    }
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for e in expect {
        *by_kind.entry(e).or_default() += problems.iter().filter(|p| p.contains(e)).count();
    }
    assert!(by_kind.values().all(|n| *n >= 1));
}

/// `redocly lint` with the repo's `redocly.yaml` (recommended rules; for this
/// API trailing slashes and the multipart-only components are allowed).
#[test]
fn the_spec_passes_redocly_lint() {
    let Some(redocly) =
        support::peers::peer("SECOPS_REDOCLY", "node_modules/.bin/redocly", "Redocly CLI")
    else {
        return;
    };
    let out = std::process::Command::new(redocly)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lint", "specs/defectdojo.yaml", "--format=json"])
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .output()
        .expect("run redocly");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let start = stdout
        .find('{')
        .unwrap_or_else(|| panic!("no JSON from redocly: {stdout}"));
    let report: Value = serde_json::from_str(&stdout[start..]).unwrap();
    for p in report["problems"].as_array().into_iter().flatten() {
        println!("{} {}: {}", p["severity"], p["ruleId"], p["message"]);
    }
    assert!(out.status.success(), "{stdout}");
    assert_eq!(report["totals"]["errors"], 0, "{stdout}");
    assert_eq!(report["totals"]["warnings"], 0, "{stdout}");
}
