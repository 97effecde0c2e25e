//! Finding writes: create and partial update (with the status-field rules),
//! `close`, and the notes routes.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use serde_json::{json, Value};

use super::check::{json_body, merge, Check};
use super::seed::{finding_obj, now, numerical, obj, user_stub};
use super::{not_found_model, Db, Obj, Shared, SEVERITIES};

const FINDING_WRITE: [&str; 60] = [
    "title",
    "date",
    "cwe",
    "epss_score",
    "epss_percentile",
    "known_exploited",
    "ransomware_used",
    "kev_date",
    "cvssv3",
    "cvssv3_score",
    "cvssv4",
    "cvssv4_score",
    "severity",
    "description",
    "mitigation",
    "fix_available",
    "fix_version",
    "impact",
    "steps_to_reproduce",
    "severity_justification",
    "references",
    "active",
    "verified",
    "false_p",
    "duplicate",
    "out_of_scope",
    "risk_accepted",
    "under_review",
    "is_mitigated",
    "mitigated",
    "mitigated_by",
    "numerical_severity",
    "line",
    "file_path",
    "component_name",
    "component_version",
    "static_finding",
    "dynamic_finding",
    "unique_id_from_tool",
    "vuln_id_from_tool",
    "sast_source_object",
    "sast_sink_object",
    "sast_source_line",
    "sast_source_file_path",
    "nb_occurences",
    "publish_date",
    "service",
    "planned_remediation_date",
    "planned_remediation_version",
    "effort_for_fixing",
    "tags",
    "found_by",
    "reporter",
    "reviewers",
    "vulnerability_ids",
    "push_to_jira",
    "endpoints",
    "test",
    "under_defect_review",
    "url",
];

fn check_finding(c: &mut Check<'_>, db: &Db) {
    c.required(&[
        "test",
        "title",
        "severity",
        "description",
        "active",
        "verified",
        "numerical_severity",
        "found_by",
    ]);
    c.pk("test", |id| db.tests.contains_key(&id));
    c.string("title", 511, false);
    c.string("description", usize::MAX, false);
    if let Some(v) = c.body.get("severity").filter(|v| !v.is_null()) {
        if !v.as_str().is_some_and(|s| SEVERITIES.contains(&s)) {
            c.err("severity", "Severity must be one of the following: ['Info', 'Low', 'Medium', 'High', 'Critical']");
        }
    }
    for b in [
        "active",
        "verified",
        "false_p",
        "duplicate",
        "out_of_scope",
        "risk_accepted",
        "is_mitigated",
        "under_review",
    ] {
        c.boolean(b);
    }
    c.date("date");
    c.datetime("mitigated");
    c.tags("tags");
    if let Some(v) = c.body.get("cwe").filter(|v| !v.is_null()) {
        if v.as_i64().is_none() {
            c.err("cwe", "A valid integer is required.");
        }
    }
    if let Some(v) = c.body.get("vulnerability_ids") {
        let ok = v.as_array().is_some_and(|a| {
            a.iter().all(|i| {
                i.get("vulnerability_id")
                    .and_then(Value::as_str)
                    .is_some_and(|s| !s.is_empty() && s.len() <= 50)
            })
        });
        if !ok {
            c.err(
                "vulnerability_ids",
                "Expected a list of {\"vulnerability_id\": \"...\"} (at most 50 characters).",
            );
        }
    }
}

fn status_changed(body: &Obj) -> bool {
    [
        "active",
        "verified",
        "false_p",
        "duplicate",
        "out_of_scope",
        "risk_accepted",
        "is_mitigated",
        "under_review",
    ]
    .iter()
    .any(|f| body.contains_key(*f))
}

pub(super) async fn create_finding(State(st): State<Shared>, body: axum::body::Bytes) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let mut c = Check::new(&body, false);
    check_finding(&mut c, &db);
    if let Err(r) = c.done() {
        return r;
    }
    let id = db.new_id("findings");
    let sev = body["severity"].as_str().unwrap_or("Info").to_string();
    let t = now();
    let mut f = finding_obj(
        id,
        body["test"].as_i64().unwrap_or(0),
        body["title"].as_str().unwrap_or(""),
        &sev,
        None,
        "",
        None,
        None,
        None,
        &Utc::now().date_naive().to_string(),
        &t,
    );
    merge(&mut f, &body, &FINDING_WRITE);
    f.insert("numerical_severity".into(), json!(numerical(&sev)));
    db.finding_order = None;
    db.findings.insert(id, f.clone());
    // The create serializer answers with note ids, not note objects.
    f.insert("notes".into(), json!([]));
    for k in [
        "request_response",
        "accepted_risks",
        "age",
        "sla_days_remaining",
        "finding_meta",
        "related_fields",
        "jira_creation",
        "jira_change",
        "display_status",
        "finding_groups",
    ] {
        f.remove(k);
    }
    (StatusCode::CREATED, Json(Value::Object(f))).into_response()
}

pub(super) async fn patch_finding(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, true);
    check_finding(&mut c, &db);
    if let Err(r) = c.done() {
        return r;
    }
    db.finding_order = None;
    let f = db.findings.get_mut(&id).expect("checked");
    merge(f, &body, &FINDING_WRITE);
    if let Some(sev) = body.get("severity").and_then(Value::as_str) {
        f.insert("numerical_severity".into(), json!(numerical(sev)));
    }
    let t = now();
    f.insert("updated".into(), json!(t));
    if status_changed(&body) {
        f.insert("last_status_update".into(), json!(t));
    }
    Json(Value::Object(f.clone())).into_response()
}

fn new_note(db: &mut Db, entry: &str, private: bool) -> Obj {
    let id = db.new_id("notes");
    let note = obj(json!({
        "id": id, "author": user_stub(db, 1), "editor": null, "history": [], "note_type": null,
        "entry": entry, "date": now(), "private": private, "edited": false, "edit_time": null,
    }));
    db.notes.insert(id, note.clone());
    note
}

pub(super) async fn close_finding(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = if body.is_empty() {
        Obj::new()
    } else {
        match json_body(&body) {
            Ok(b) => b,
            Err(r) => return r,
        }
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, true);
    for b in ["is_mitigated", "false_p", "out_of_scope", "duplicate"] {
        c.boolean(b);
    }
    c.datetime("mitigated");
    if let Err(r) = c.done() {
        return r;
    }
    let flag = |k: &str, d: bool| body.get(k).and_then(Value::as_bool).unwrap_or(d);
    let mitigated = body
        .get("mitigated")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(now);
    let note = body
        .get("note")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(|s| new_note(&mut db, s, false));
    db.finding_order = None;
    let f = db.findings.get_mut(&id).expect("checked");
    f.insert("active".into(), json!(false));
    f.insert("is_mitigated".into(), json!(flag("is_mitigated", true)));
    f.insert("mitigated".into(), json!(mitigated));
    f.insert(
        "mitigated_by".into(),
        body.get("mitigated_by").cloned().unwrap_or(json!(1)),
    );
    for k in ["false_p", "out_of_scope", "duplicate"] {
        f.insert(k.into(), json!(flag(k, false)));
    }
    f.insert("last_status_update".into(), json!(now()));
    if let Some(n) = note {
        if let Some(Value::Array(notes)) = f.get_mut("notes") {
            notes.push(Value::Object(n));
        }
    }
    let out = json!({
        "is_mitigated": f["is_mitigated"], "mitigated": f["mitigated"], "false_p": f["false_p"],
        "out_of_scope": f["out_of_scope"], "duplicate": f["duplicate"], "mitigated_by": f["mitigated_by"],
        "note": body.get("note").cloned().unwrap_or(json!("")), "note_type": body.get("note_type").cloned().unwrap_or(Value::Null),
    });
    Json(out).into_response()
}

pub(super) async fn get_notes(State(st): State<Shared>, Path(id): Path<String>) -> Response {
    let db = st.db.lock().expect("db lock");
    match id
        .parse::<i64>()
        .ok()
        .and_then(|id| db.findings.get(&id).map(|f| (id, f)))
    {
        Some((id, f)) => Json(json!({"finding_id": id, "notes": f["notes"]})).into_response(),
        None => not_found_model("Finding"),
    }
}

pub(super) async fn add_note(
    State(st): State<Shared>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let body = match json_body(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut db = st.db.lock().expect("db lock");
    let Some(id) = id
        .parse::<i64>()
        .ok()
        .filter(|id| db.findings.contains_key(id))
    else {
        return not_found_model("Finding");
    };
    let mut c = Check::new(&body, false);
    c.required(&["entry"]);
    c.string("entry", usize::MAX, false);
    c.boolean("private");
    if let Err(r) = c.done() {
        return r;
    }
    let note = new_note(
        &mut db,
        body["entry"].as_str().unwrap_or(""),
        body.get("private")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    );
    db.finding_order = None;
    if let Some(Value::Array(notes)) = db.findings.get_mut(&id).and_then(|f| f.get_mut("notes")) {
        notes.push(Value::Object(note.clone()));
    }
    (StatusCode::CREATED, Json(Value::Object(note))).into_response()
}
