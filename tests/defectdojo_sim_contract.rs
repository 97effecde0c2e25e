//! Simulator / spec agreement for DefectDojo: every response body the simulated
//! DefectDojo produces — successes and errors, for every operation of
//! `specs/defectdojo.yaml` plus the hand-written multipart `import-scan` and
//! `reimport-scan` — validates against the schema the spec declares for that
//! operation and status (`#/components/schemas/...` refs resolved, `nullable`
//! honoured, formats checked).
//!
//! The calls are plain `reqwest` requests, not the client, so that the
//! simulator's answers are checked on their own (the client is lenient by
//! design and would hide a drift).

#![cfg(all(feature = "defectdojo", feature = "sim"))]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use reqwest::{Method, RequestBuilder};
use secops::sim::{SimHandle, Simulator};
use secops::Service;
use serde_json::{json, Value};

/// The operations that are not in `paths` (multipart-only upstream, written by
/// hand in the client) with their response schemas in `components`.
const MULTIPART_OPS: [(&str, &str, &str); 2] = [
    ("import_scan_create", "/api/v2/import-scan/", "ImportScan"),
    (
        "reimport_scan_create",
        "/api/v2/reimport-scan/",
        "ReImportScan",
    ),
];

/// An expected status meaning "any 4xx" (where DefectDojo's choice between 400
/// and 404 is not what is being checked).
const ANY_4XX: u16 = 0;

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/specs/defectdojo.yaml"
    ))
    .expect("spec readable");
    yaml_serde::from_str(&text).expect("spec parses")
}

/// OpenAPI 3.0 schema → JSON Schema: `#/components/schemas/X` becomes
/// `#/$defs/X` and `nullable: true` becomes a `null` alternative.
fn to_json_schema(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, val) in m {
                match k.as_str() {
                    "$ref" => {
                        let r = val
                            .as_str()
                            .expect("$ref is a string")
                            .replace("#/components/schemas/", "#/$defs/");
                        out.insert(k.clone(), Value::String(r));
                    }
                    "nullable" | "example" | "description" => {}
                    _ => {
                        out.insert(k.clone(), to_json_schema(val));
                    }
                }
            }
            if m.get("nullable") == Some(&Value::Bool(true)) {
                return json!({"anyOf": [Value::Object(out), {"type": "null"}]});
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

/// One operation of the spec: its method, path template and responses.
struct Op {
    method: Method,
    path: String,
    /// status key (`"200"`, `"4XX"`, ...) → OpenAPI schema of the JSON body.
    responses: BTreeMap<String, Value>,
}

fn operations(spec: &Value) -> BTreeMap<String, Op> {
    let mut ops = BTreeMap::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let mut responses = BTreeMap::new();
            for (status, resp) in op["responses"].as_object().expect("responses") {
                assert!(
                    resp.get("$ref").is_none(),
                    "{id} {status}: response refs are not used by this spec"
                );
                let schema = &resp["content"]["application/json"]["schema"];
                assert!(!schema.is_null(), "{id} {status}: no JSON schema");
                responses.insert(status.clone(), schema.clone());
            }
            ops.insert(
                id.to_string(),
                Op {
                    method: method.to_uppercase().parse().expect("method"),
                    path: path.clone(),
                    responses,
                },
            );
        }
    }
    for (id, path, schema) in MULTIPART_OPS {
        assert!(
            spec["components"]["schemas"].get(schema).is_some(),
            "{schema} is declared"
        );
        let mut responses = BTreeMap::new();
        responses.insert(
            "201".to_string(),
            json!({"$ref": format!("#/components/schemas/{schema}")}),
        );
        responses.insert(
            "4XX".to_string(),
            json!({"$ref": "#/components/schemas/ErrorBody"}),
        );
        ops.insert(
            id.to_string(),
            Op {
                method: Method::POST,
                path: path.to_string(),
                responses,
            },
        );
    }
    ops
}

/// Drives the simulator and validates each answer.
struct Contract {
    base: String,
    key: String,
    http: reqwest::Client,
    defs: Value,
    ops: BTreeMap<String, Op>,
    validators: HashMap<(String, String), jsonschema::Validator>,
    /// operation → statuses seen (and validated).
    seen: BTreeMap<String, BTreeSet<u16>>,
    validated: usize,
    problems: Vec<String>,
}

impl Contract {
    fn new(sim: &SimHandle) -> Self {
        let spec = spec();
        Contract {
            base: sim.url(Service::DefectDojo),
            key: sim.key(Service::DefectDojo).to_string(),
            http: reqwest::Client::new(),
            defs: to_json_schema(&spec["components"]["schemas"]),
            ops: operations(&spec),
            validators: HashMap::new(),
            seen: BTreeMap::new(),
            validated: 0,
            problems: Vec::new(),
        }
    }

    /// A request for `op` with `{id}` filled in and a query string, authorised.
    fn req(&self, op: &str, id: Option<i64>, query: &str) -> RequestBuilder {
        self.req_as(op, id, query, Some(&self.key))
    }

    fn req_as(&self, op: &str, id: Option<i64>, query: &str, key: Option<&str>) -> RequestBuilder {
        let o = self
            .ops
            .get(op)
            .unwrap_or_else(|| panic!("{op} is not an operation of the spec"));
        let mut path = o.path.clone();
        if let Some(id) = id {
            path = path.replace("{id}", &id.to_string());
        }
        assert!(!path.contains('{'), "{op}: path parameter left unfilled");
        let sep = if query.is_empty() { "" } else { "?" };
        let rb = self
            .http
            .request(o.method.clone(), format!("{}{path}{sep}{query}", self.base));
        match key {
            Some(k) => rb.header("Authorization", format!("Token {k}")),
            None => rb,
        }
    }

    /// Sends, checks the status is `expect` and the body matches the schema the
    /// spec declares for `op` and that status; returns the body.
    async fn call(&mut self, op: &str, rb: RequestBuilder, expect: u16) -> Value {
        let resp = rb.send().await.expect("simulator answers");
        let status = resp.status().as_u16();
        let ctype = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = resp.bytes().await.expect("body read");
        let body: Value = match serde_json::from_slice(&bytes) {
            Ok(b) => b,
            Err(e) => {
                self.problems.push(format!(
                    "{op} → {status}: body is not JSON ({e}): {}",
                    String::from_utf8_lossy(&bytes)
                ));
                return Value::Null;
            }
        };
        let expected = if expect == ANY_4XX {
            (400..500).contains(&status)
        } else {
            status == expect
        };
        if !expected {
            self.problems.push(format!(
                "{op} → {status}: expected status {expect}; body {body}"
            ));
        }
        if !ctype.starts_with("application/json") {
            self.problems
                .push(format!("{op} → {status}: content type {ctype:?}"));
        }
        let o = &self.ops[op];
        let key = [status.to_string(), format!("{}XX", status / 100)]
            .into_iter()
            .chain(["default".to_string()])
            .find(|k| o.responses.contains_key(k));
        let Some(key) = key else {
            self.problems
                .push(format!("{op} → {status}: status not declared by the spec"));
            return body;
        };
        let schema = o.responses[&key].clone();
        let defs = self.defs.clone();
        let v = self
            .validators
            .entry((op.to_string(), key.clone()))
            .or_insert_with(|| {
                let mut root = to_json_schema(&schema);
                root.as_object_mut()
                    .expect("schema is an object")
                    .insert("$defs".into(), defs);
                jsonschema::options()
                    .should_validate_formats(true)
                    .build(&root)
                    .unwrap_or_else(|e| panic!("{op} {key}: schema compiles: {e}"))
            });
        let errors: Vec<String> = v
            .iter_errors(&body)
            .map(|e| format!("{e} (at {:?})", e.instance_path().as_str()))
            .collect();
        if !errors.is_empty() {
            self.problems.push(format!(
                "{op} → {status} (schema {key}): {}",
                errors.join("; ")
            ));
        }
        // The error schema is an open object; what the spec's description says
        // it holds is checked here: `{detail}` or `{field: [messages]}`.
        if status >= 400 && !is_error_body(&body) {
            self.problems.push(format!(
                "{op} → {status}: neither {{detail}} nor field errors: {body}"
            ));
        }
        self.validated += 1;
        self.seen.entry(op.to_string()).or_default().insert(status);
        body
    }

    async fn get(&mut self, op: &str, id: Option<i64>, query: &str, expect: u16) -> Value {
        let rb = self.req(op, id, query);
        self.call(op, rb, expect).await
    }

    async fn send_json(&mut self, op: &str, id: Option<i64>, body: Value, expect: u16) -> Value {
        let rb = self.req(op, id, "").json(&body);
        self.call(op, rb, expect).await
    }

    async fn upload(&mut self, op: &str, form: reqwest::multipart::Form, expect: u16) -> Value {
        let rb = self.req(op, None, "").multipart(form);
        self.call(op, rb, expect).await
    }
}

fn is_error_body(body: &Value) -> bool {
    let Some(m) = body.as_object() else {
        return false;
    };
    if !m.is_empty() && m.values().all(Value::is_string) && m.contains_key("detail") {
        return m.len() == 1;
    }
    !m.is_empty()
        && m.values().all(|v| {
            v.as_array()
                .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string))
        })
}

fn id_of(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or_else(|| panic!("no id in {v}"))
}

fn trivy(vulns: &[(&str, &str, &str, &str)]) -> Vec<u8> {
    let v: Vec<Value> = vulns
        .iter()
        .map(|(id, pkg, ver, sev)| {
            json!({"VulnerabilityID": id, "PkgName": pkg, "InstalledVersion": ver,
                   "FixedVersion": "9.9.9", "Severity": sev, "CweIDs": ["CWE-787"],
                   "Title": format!("{id} in {pkg}"), "Description": "A flaw."})
        })
        .collect();
    serde_json::to_vec(&json!({"SchemaVersion": 2, "ArtifactName": "app:1.0",
        "Results": [{"Target": "app:1.0 (debian 12)", "Class": "os-pkgs", "Type": "debian",
                     "Vulnerabilities": v}]}))
    .expect("serialisable")
}

fn form(fields: &[(&str, &str)], file: Option<Vec<u8>>) -> reqwest::multipart::Form {
    let mut f = reqwest::multipart::Form::new();
    for (k, v) in fields {
        f = f.text(k.to_string(), v.to_string());
    }
    if let Some(bytes) = file {
        f = f.part(
            "file",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("trivy.json")
                .mime_str("application/json")
                .expect("mime"),
        );
    }
    f
}

#[tokio::test]
async fn every_simulator_response_matches_the_spec() {
    let sim = Simulator::builder()
        .seed(7)
        .size(60)
        .start()
        .await
        .expect("simulator starts");
    let mut c = Contract::new(&sim);

    // ------------------------------------------------------------ product types
    c.get("product_types_list", None, "", 200).await;
    c.get(
        "product_types_list",
        None,
        "limit=1&offset=1&name=Mobile&critical_product=false&key_product=false",
        200,
    )
    .await;
    c.get("product_types_list", None, "id=1", 200).await;
    let pt = c
        .send_json(
            "product_types_create",
            None,
            json!({"name": "Contract PT", "description": "d", "critical_product": true}),
            201,
        )
        .await;
    let pt = id_of(&pt);
    c.get("product_types_retrieve", Some(pt), "", 200).await;
    c.get("product_types_retrieve", Some(99_999), "", 404).await;
    c.send_json("product_types_create", None, json!({}), 400)
        .await;
    c.send_json(
        "product_types_create",
        None,
        json!({"name": "Contract PT"}),
        400,
    )
    .await;
    c.get("product_types_list", None, "critical_product=maybe", 400)
        .await;

    // ------------------------------------------------------------ products
    c.get("products_list", None, "", 200).await;
    c.get(
        "products_list",
        None,
        "limit=2&offset=1&name=app&prod_type=2,3&tags=pci&o=-name,id",
        200,
    )
    .await;
    c.get("products_list", None, "id=1,2&name_exact=Shop", 200)
        .await;
    let p = c
        .send_json(
            "products_create",
            None,
            json!({"name": "Contract Product", "description": "d", "prod_type": pt,
                   "tags": ["contract"], "business_criticality": "high", "platform": "web",
                   "lifecycle": "construction", "origin": "internal", "user_records": 5,
                   "external_audience": true, "internet_accessible": false}),
            201,
        )
        .await;
    let p = id_of(&p);
    c.get("products_retrieve", Some(p), "", 200).await;
    c.send_json(
        "products_partial_update",
        Some(p),
        json!({"description": "patched", "tags": ["a", "b"], "business_criticality": null}),
        200,
    )
    .await;
    c.get("products_retrieve", Some(p), "", 200).await;
    c.get("products_retrieve", Some(99_999), "", 404).await;
    c.send_json(
        "products_partial_update",
        Some(99_999),
        json!({"description": "x"}),
        404,
    )
    .await;
    c.send_json(
        "products_create",
        None,
        json!({"name": "Shop", "description": "dup", "prod_type": 99}),
        400,
    )
    .await;
    c.send_json(
        "products_partial_update",
        Some(p),
        json!({"platform": "mainframe"}),
        400,
    )
    .await;
    // DRF ignores a bad `limit` (default page size); a bad filter value is a 400
    c.get("products_list", None, "limit=abc", 200).await;
    c.get("products_list", None, "id=1,abc", 400).await;

    // ------------------------------------------------------------ engagements
    c.get("engagements_list", None, "", 200).await;
    c.get(
        "engagements_list",
        None,
        "limit=3&offset=2&product=1&product__prod_type=1,2&status=Completed&active=false&o=-id",
        200,
    )
    .await;
    c.get("engagements_list", None, "id=1&name=CI%20main&tags=x", 200)
        .await;
    let e = c
        .send_json(
            "engagements_create",
            None,
            json!({"name": "Contract Eng", "product": p, "target_start": "2024-05-01",
                   "target_end": "2024-05-31", "engagement_type": "CI/CD",
                   "status": "In Progress", "tags": ["contract"], "version": "1.0"}),
            201,
        )
        .await;
    let e = id_of(&e);
    c.get("engagements_retrieve", Some(e), "", 200).await;
    c.send_json(
        "engagements_partial_update",
        Some(e),
        json!({"status": "Completed", "description": "done", "branch_tag": "main"}),
        200,
    )
    .await;
    c.get("engagements_retrieve", Some(99_999), "", 404).await;
    c.send_json(
        "engagements_partial_update",
        Some(99_999),
        json!({"status": "Completed"}),
        404,
    )
    .await;
    c.send_json("engagements_create", None, json!({"name": "x"}), 400)
        .await;
    c.send_json(
        "engagements_partial_update",
        Some(e),
        json!({"target_start": "yesterday"}),
        400,
    )
    .await;
    c.get("engagements_list", None, "status=Sleeping", 400)
        .await;

    // ------------------------------------------------------------ test types, tests
    c.get("test_types_list", None, "", 200).await;
    c.get("test_types_list", None, "limit=2&offset=1&name=Trivy", 200)
        .await;
    c.get("tests_list", None, "", 200).await;
    c.get(
        "tests_list",
        None,
        "limit=4&offset=1&engagement=1&test_type=1&title=x&scan_type=Trivy%20Scan&tags=x&o=-id",
        200,
    )
    .await;
    c.get("tests_list", None, "id=1", 200).await;
    let t = c
        .send_json(
            "tests_create",
            None,
            json!({"engagement": e, "test_type": 1, "title": "Contract Test",
                   "target_start": "2024-05-01T00:00:00Z", "target_end": "2024-05-02T00:00:00Z",
                   "tags": ["contract"], "version": "1.0"}),
            201,
        )
        .await;
    let t = id_of(&t);
    c.get("tests_retrieve", Some(t), "", 200).await;
    c.get("tests_retrieve", Some(99_999), "", 404).await;
    c.get("tests_list", None, "engagement=first", 400).await;
    c.send_json("tests_create", None, json!({"engagement": e}), 400)
        .await;
    c.send_json(
        "tests_create",
        None,
        json!({"engagement": 99_999, "test_type": 99_999,
               "target_start": "2024-05-01T00:00:00Z", "target_end": "2024-05-02T00:00:00Z"}),
        400,
    )
    .await;

    // ------------------------------------------------------------ findings
    c.get("findings_list", None, "", 200).await;
    c.get("findings_list", None, "limit=5&offset=5", 200).await;
    c.get(
        "findings_list",
        None,
        "active=true&verified=false&duplicate=false&false_p=false&is_mitigated=false\
         &out_of_scope=false&risk_accepted=false&under_review=false&severity=High,Medium\
         &test__engagement__product__prod_type=1,2,3&o=-date,title",
        200,
    )
    .await;
    c.get(
        "findings_list",
        None,
        "is_mitigated=true&mitigated_after=2024-01-01&mitigated_before=2030-01-01\
         &discovered_after=2024-01-01&discovered_before=2030-01-01&tags=pci&not_tags=x",
        200,
    )
    .await;
    c.get(
        "findings_list",
        None,
        "id=1,2,3&cwe=79,89&title=in&test=1&test__engagement=1&test__engagement__product=1\
         &component_name=a&vulnerability_id=CVE&unique_id_from_tool=TOOL&hash_code=x",
        200,
    )
    .await;
    let f = c
        .send_json(
            "findings_create",
            None,
            json!({"test": t, "title": "Contract finding", "severity": "High",
                   "numerical_severity": "S1", "description": "d", "active": true,
                   "verified": false, "found_by": [1], "cwe": 79, "date": "2024-05-03",
                   "component_name": "libfoo", "component_version": "1.2.3",
                   "vulnerability_ids": [{"vulnerability_id": "CVE-2024-12345"}],
                   "tags": ["contract"], "file_path": "src/main.rs", "line": 10}),
            201,
        )
        .await;
    let f = id_of(&f);
    c.get("findings_retrieve", Some(f), "", 200).await;
    c.send_json(
        "findings_partial_update",
        Some(f),
        json!({"severity": "Low", "verified": true, "tags": ["triaged"], "cvssv3_score": 3.1,
               "mitigation": null, "under_review": true}),
        200,
    )
    .await;
    c.get("findings_notes_retrieve", Some(f), "", 200).await;
    c.send_json(
        "findings_notes_create",
        Some(f),
        json!({"entry": "Looked at it.", "private": true}),
        201,
    )
    .await;
    c.get("findings_notes_retrieve", Some(f), "", 200).await;
    c.send_json("findings_close_create", Some(f), json!({}), 200)
        .await;
    let f2 = id_of(
        &c.get("findings_list", None, "limit=1&active=true", 200)
            .await["results"][0],
    );
    c.send_json(
        "findings_close_create",
        Some(f2),
        json!({"is_mitigated": true, "mitigated": "2024-06-01T12:00:00Z", "false_p": false,
               "out_of_scope": false, "duplicate": false, "mitigated_by": 2,
               "note": "Fixed in 1.2.4", "note_type": null}),
        200,
    )
    .await;
    c.get("findings_retrieve", Some(f2), "", 200).await;
    c.get("findings_notes_retrieve", Some(f2), "", 200).await;
    c.get("findings_list", None, "is_mitigated=true&limit=50", 200)
        .await;
    // errors
    c.get("findings_retrieve", Some(99_999), "", 404).await;
    c.get("findings_notes_retrieve", Some(99_999), "", 404)
        .await;
    c.send_json(
        "findings_notes_create",
        Some(99_999),
        json!({"entry": "x"}),
        404,
    )
    .await;
    c.send_json("findings_notes_create", Some(f), json!({}), 400)
        .await;
    c.send_json("findings_close_create", Some(99_999), json!({}), 404)
        .await;
    c.send_json(
        "findings_close_create",
        Some(f),
        json!({"mitigated": "not a time"}),
        400,
    )
    .await;
    c.send_json(
        "findings_partial_update",
        Some(99_999),
        json!({"severity": "Low"}),
        404,
    )
    .await;
    c.send_json(
        "findings_partial_update",
        Some(f),
        json!({"severity": "Severe"}),
        400,
    )
    .await;
    c.send_json("findings_create", None, json!({"title": "x"}), 400)
        .await;
    c.get("findings_list", None, "discovered_after=someday", 400)
        .await;
    c.get("findings_list", None, "cwe=79,abc", 400).await;
    c.get("findings_list", None, "mitigated_before=someday", 400)
        .await;
    c.get("findings_list", None, "o=nonsense", 400).await;
    // a malformed JSON body
    let rb = c
        .req("findings_create", None, "")
        .header("Content-Type", "application/json")
        .body("{not json");
    c.call("findings_create", rb, 400).await;

    // ------------------------------------------------------------ endpoints, users
    c.get("endpoints_list", None, "", 200).await;
    c.get(
        "endpoints_list",
        None,
        "limit=2&offset=1&host=app1.example.com&protocol=https&port=443&path=/api\
         &product=1&tags=x&o=-host",
        200,
    )
    .await;
    c.get("endpoints_list", None, "id=2", 200).await;
    c.send_json(
        "endpoints_create",
        None,
        json!({"protocol": "https", "host": "contract.example.com", "port": 8443,
               "path": "/v1", "product": p, "tags": ["contract"]}),
        201,
    )
    .await;
    c.get("endpoints_list", None, "port=https", 400).await;
    c.send_json("endpoints_create", None, json!({"product": 99_999}), 400)
        .await;
    c.get("users_list", None, "", 200).await;
    c.get(
        "users_list",
        None,
        "limit=1&offset=1&id=2&username=alice&email=alice@example.com\
         &is_active=true&is_superuser=false&o=-username",
        200,
    )
    .await;
    c.get("users_list", None, "is_superuser=perhaps", 400).await;

    // ------------------------------------------------------------ import / reimport
    let scan = trivy(&[
        ("CVE-2024-0001", "openssl", "3.0.1", "CRITICAL"),
        ("CVE-2024-0002", "zlib", "1.2.11", "MEDIUM"),
        ("CVE-2024-0003", "bash", "5.1", "LOW"),
    ]);
    let eng = e.to_string();
    let imported = c
        .upload(
            "import_scan_create",
            form(
                &[
                    ("scan_type", "Trivy Scan"),
                    ("engagement", &eng),
                    ("active", "true"),
                    ("verified", "false"),
                    ("minimum_severity", "Info"),
                    ("scan_date", "2024-06-02"),
                    ("test_title", "Trivy nightly"),
                    ("tags", "nightly"),
                    ("tags", "trivy"),
                    ("version", "1.0"),
                    ("build_id", "42"),
                    ("branch_tag", "main"),
                    ("commit_hash", "abc123"),
                    ("close_old_findings", "false"),
                ],
                Some(scan.clone()),
            ),
            201,
        )
        .await;
    let test_id = imported["test_id"]
        .as_i64()
        .or_else(|| imported["test"].as_i64())
        .unwrap_or_else(|| panic!("import names its test: {imported}"));
    c.get("tests_retrieve", Some(test_id), "", 200).await;
    c.get("findings_list", None, &format!("test={test_id}"), 200)
        .await;
    c.upload(
        "import_scan_create",
        form(
            &[
                ("scan_type", "Trivy Scan"),
                ("product_type_name", "Contract PT 2"),
                ("product_name", "Auto Product"),
                ("engagement_name", "auto"),
                ("auto_create_context", "true"),
                ("minimum_severity", "High"),
            ],
            Some(scan.clone()),
        ),
        201,
    )
    .await;
    // reimport: one finding gone, one new, one unchanged
    let rescan = trivy(&[
        ("CVE-2024-0001", "openssl", "3.0.1", "CRITICAL"),
        ("CVE-2024-0004", "curl", "8.0", "HIGH"),
    ]);
    let tid = test_id.to_string();
    c.upload(
        "reimport_scan_create",
        form(
            &[
                ("scan_type", "Trivy Scan"),
                ("test", &tid),
                ("scan_date", "2024-06-03"),
                ("do_not_reactivate", "false"),
                ("close_old_findings", "true"),
            ],
            Some(rescan.clone()),
        ),
        201,
    )
    .await;
    c.upload(
        "reimport_scan_create",
        form(
            &[
                ("scan_type", "Trivy Scan"),
                ("product_name", "Reimport Product"),
                ("product_type_name", "Contract PT"),
                ("engagement_name", "reimports"),
                ("test_title", "Trivy via reimport"),
                ("auto_create_context", "true"),
            ],
            Some(rescan.clone()),
        ),
        201,
    )
    .await;
    c.get("findings_list", None, &format!("test={test_id}&o=id"), 200)
        .await;
    // import / reimport errors
    c.upload(
        "import_scan_create",
        form(&[("engagement", &eng)], None),
        400,
    )
    .await;
    c.upload(
        "import_scan_create",
        form(
            &[("scan_type", "Not A Parser"), ("engagement", &eng)],
            Some(scan.clone()),
        ),
        400,
    )
    .await;
    c.upload(
        "import_scan_create",
        form(
            &[("scan_type", "Trivy Scan"), ("engagement", &eng)],
            Some(b"not json".to_vec()),
        ),
        400,
    )
    .await;
    c.upload(
        "import_scan_create",
        form(
            &[
                ("scan_type", "Trivy Scan"),
                ("engagement", &eng),
                ("scan_date", "June"),
                ("minimum_severity", "Severe"),
            ],
            Some(scan.clone()),
        ),
        400,
    )
    .await;
    let import_missing_engagement = c
        .upload(
            "import_scan_create",
            form(
                &[("scan_type", "Trivy Scan"), ("engagement", "99999")],
                Some(scan.clone()),
            ),
            ANY_4XX,
        )
        .await;
    c.upload(
        "reimport_scan_create",
        form(&[("scan_type", "Trivy Scan")], Some(rescan.clone())),
        400,
    )
    .await;
    c.upload(
        "reimport_scan_create",
        form(
            &[("scan_type", "Trivy Scan"), ("test", "99999")],
            Some(rescan),
        ),
        ANY_4XX,
    )
    .await;
    assert!(
        import_missing_engagement.is_object(),
        "{import_missing_engagement}"
    );

    // ------------------------------------------------------------ 401 for every operation
    let all: Vec<String> = c.ops.keys().cloned().collect();
    for op in &all {
        let needs_id = c.ops[op].path.contains("{id}");
        let id = needs_id.then_some(1);
        let rb = c.req_as(op, id, "", None);
        c.call(op, rb, 401).await;
        let rb = c.req_as(op, id, "", Some("wrong-key"));
        c.call(op, rb, 401).await;
    }
    // unknown routes answer like Django's 404 page (JSON `{detail}`)
    let r = c
        .http
        .get(format!("{}/api/v2/nothing-here/", c.base))
        .header("Authorization", format!("Token {}", c.key))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let body: Value = r.json().await.unwrap();
    assert!(is_error_body(&body), "{body}");

    // ------------------------------------------------------------ coverage and verdict
    let mut missing = Vec::new();
    for op in &all {
        let seen = c.seen.get(op).cloned().unwrap_or_default();
        if !seen.iter().any(|s| (200..300).contains(s)) {
            missing.push(format!("{op}: no success response validated"));
        }
        // test_types_list has no parameter a client can get wrong (`name` is
        // free text, a bad `limit` is ignored): its 4XX is the 401 alone.
        if op != "test_types_list" && !seen.iter().any(|s| *s != 401 && (400..500).contains(s)) {
            missing.push(format!("{op}: no 400/404 response validated"));
        }
    }
    let statuses: BTreeSet<u16> = c.seen.values().flatten().copied().collect();
    println!(
        "validated {} responses over {} operations; statuses {statuses:?}",
        c.validated,
        c.seen.len()
    );
    for (op, s) in &c.seen {
        println!("  {op}: {s:?}");
    }
    for p in &c.problems {
        println!("MISMATCH {p}");
    }
    assert!(missing.is_empty(), "coverage gaps: {missing:#?}");
    assert!(
        c.problems.is_empty(),
        "{} simulator responses disagree with specs/defectdojo.yaml:\n{}",
        c.problems.len(),
        c.problems.join("\n")
    );
}

/// The checker itself catches drift: a body the spec forbids is reported.
#[test]
fn the_schema_check_rejects_a_wrong_body() {
    let spec = spec();
    let defs = to_json_schema(&spec["components"]["schemas"]);
    let ops = operations(&spec);
    let check = |op: &str, status: &str, body: Value| -> usize {
        let mut root = to_json_schema(&ops[op].responses[status]);
        root.as_object_mut()
            .unwrap()
            .insert("$defs".into(), defs.clone());
        let v = jsonschema::options()
            .should_validate_formats(true)
            .build(&root)
            .unwrap();
        v.iter_errors(&body).count()
    };
    // a page whose results carry a string id, a finding with a bad date
    assert!(
        check(
            "findings_list",
            "200",
            json!({"count": 1, "results": [{"id": "1"}]})
        ) > 0
    );
    assert!(
        check(
            "findings_retrieve",
            "200",
            json!({"id": 1, "date": "yesterday"})
        ) > 0
    );
    assert!(check("findings_list", "200", json!({"results": []})) > 0);
    // nullable fields accept null, ids do not
    assert_eq!(
        check("findings_retrieve", "200", json!({"id": 1, "cwe": null})),
        0
    );
    assert!(check("findings_retrieve", "200", json!({"id": null})) > 0);
    assert!(check("import_scan_create", "201", json!({"test_id": "7"})) > 0);
    assert!(check("products_list", "4XX", json!("text")) > 0);
    assert!(!is_error_body(&json!({"detail": 1})));
    assert!(!is_error_body(&json!({"name": "x"})));
    assert!(is_error_body(&json!({"name": ["x"]})));
    assert!(is_error_body(&json!({"detail": "Not found."})));
}
