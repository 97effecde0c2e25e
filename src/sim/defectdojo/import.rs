//! The `import-scan` and `reimport-scan` routes: resolving (or auto-creating)
//! the product type, product and engagement, creating the test and its
//! findings, matching, reactivating and closing findings on reimport, and the
//! before/delta/after statistics of the answer.

use std::collections::{BTreeMap, HashMap, HashSet};

use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{Duration as ChronoDuration, Utc};
use serde_json::{json, Map, Value};

use super::objects::new_product;
use super::paging::parse_bool;
use super::scan::{check_upload, read_upload, Parsed, Upload};
use super::seed::{engagement_obj, finding_obj, now, obj, test_obj, test_type_obj};
use super::{one_error, Db, Dojo, Obj, Shared};

fn stats(db: &Db, test: i64) -> Value {
    let findings: Vec<&Obj> = db
        .findings
        .values()
        .filter(|f| f["test"].as_i64() == Some(test))
        .collect();
    delta_stats(&findings)
}

fn severity_stats(by: &BTreeMap<&str, [i64; 8]>) -> Value {
    let one = |c: [i64; 8]| json!({"active": c[0], "verified": c[1], "duplicate": c[2], "false_p": c[3], "out_of_scope": c[4], "is_mitigated": c[5], "risk_accepted": c[6], "total": c[7]});
    let mut m = Map::new();
    for k in ["info", "low", "medium", "high", "critical", "total"] {
        m.insert(k.into(), one(by.get(k).copied().unwrap_or_default()));
    }
    Value::Object(m)
}

/// Per-severity counts of `findings` by flag (a test's statistics, or a reimport delta).
fn delta_stats(findings: &[&Obj]) -> Value {
    let mut by: BTreeMap<&str, [i64; 8]> = BTreeMap::new();
    for f in findings {
        let key = match f["severity"]
            .as_str()
            .unwrap_or("Info")
            .to_ascii_lowercase()
            .as_str()
        {
            "critical" => "critical",
            "high" => "high",
            "medium" => "medium",
            "low" => "low",
            _ => "info",
        };
        let flags = [
            "active",
            "verified",
            "duplicate",
            "false_p",
            "out_of_scope",
            "is_mitigated",
            "risk_accepted",
        ];
        for k in [key, "total"] {
            let e = by.entry(k).or_default();
            for (i, fl) in flags.iter().enumerate() {
                if f[*fl].as_bool().unwrap_or(false) {
                    e[i] += 1;
                }
            }
            e[7] += 1;
        }
    }
    severity_stats(&by)
}

/// Finds (or with `auto_create_context` creates) the engagement named in the upload.
fn resolve_engagement(db: &mut Db, up: &Upload, auto: bool) -> Result<i64, Response> {
    let err = |m: String| one_error("non_field_errors", m);
    let product_name = up.get("product_name").filter(|s| !s.is_empty());
    let engagement_name = up.get("engagement_name").filter(|s| !s.is_empty());
    let (Some(pn), Some(en)) = (product_name, engagement_name) else {
        return Err(err("product_name parameter missing".into()));
    };
    let product = db
        .products
        .iter()
        .find(|(_, p)| p["name"].as_str() == Some(pn))
        .map(|(id, _)| *id);
    let product = match product {
        Some(p) => p,
        None if !auto => return Err(err(format!("Product '{pn}' doesn't exist"))),
        None => {
            let Some(ptn) = up.get("product_type_name").filter(|s| !s.is_empty()) else {
                return Err(err(format!(
                    "Product '{pn}' doesn't exist and product_type_name is not provided to create it"
                )));
            };
            let pt = match db
                .product_types
                .iter()
                .find(|(_, p)| p["name"].as_str() == Some(ptn))
                .map(|(id, _)| *id)
            {
                Some(pt) => pt,
                None => {
                    let id = db.new_id("product_types");
                    let t = now();
                    db.product_types.insert(
                        id,
                        obj(json!({"id": id, "name": ptn, "description": null, "critical_product": false, "key_product": false, "members": [1], "authorization_groups": [], "created": t, "updated": t})),
                    );
                    id
                }
            };
            let id = db.new_id("products");
            let body =
                obj(json!({"name": pn, "description": "Auto-created by import", "prod_type": pt}));
            db.products.insert(id, new_product(id, &body));
            id
        }
    };
    let eng = db
        .engagements
        .iter()
        .find(|(_, e)| e["product"].as_i64() == Some(product) && e["name"].as_str() == Some(en))
        .map(|(id, _)| *id);
    match eng {
        Some(e) => Ok(e),
        None if !auto => Err(err(format!(
            "Engagement '{en}' doesn't exist in product '{pn}'"
        ))),
        None => {
            let id = db.new_id("engagements");
            let today = Utc::now().date_naive();
            let end = up
                .get("engagement_end_date")
                .map(str::to_owned)
                .unwrap_or_else(|| (today + ChronoDuration::days(365)).to_string());
            let mut e = engagement_obj(
                id,
                product,
                en,
                &today.to_string(),
                &end,
                "CI/CD",
                "In Progress",
                &now(),
            );
            for k in [
                "build_id",
                "commit_hash",
                "branch_tag",
                "source_code_management_uri",
            ] {
                if let Some(v) = up.get(k) {
                    e.insert(k.into(), json!(v));
                }
            }
            db.engagements.insert(id, e);
            Ok(id)
        }
    }
}

fn engagement_ids(db: &Db, engagement: i64) -> (i64, i64) {
    let product = db
        .engagements
        .get(&engagement)
        .and_then(|e| e["product"].as_i64())
        .unwrap_or(0);
    let pt = db
        .products
        .get(&product)
        .and_then(|p| p["prod_type"].as_i64())
        .unwrap_or(0);
    (product, pt)
}

fn test_type_id(db: &mut Db, name: &str) -> i64 {
    if let Some(id) = db
        .test_types
        .iter()
        .find(|(_, t)| t["name"].as_str() == Some(name))
        .map(|(id, _)| *id)
    {
        return id;
    }
    let id = db.new_id("test_types");
    db.test_types.insert(id, test_type_obj(id, name));
    id
}

fn insert_parsed(
    db: &mut Db,
    test: i64,
    p: &Parsed,
    active: bool,
    verified: bool,
    tags: &[String],
    scan_date: &str,
) -> i64 {
    let id = db.new_id("findings");
    let mut f = finding_obj(
        id,
        test,
        &p.title,
        &p.severity,
        p.cwe,
        &p.description,
        p.component.as_deref(),
        p.version.as_deref(),
        p.unique.as_deref(),
        scan_date,
        &now(),
    );
    f.insert("hash_code".into(), json!(p.hash()));
    f.insert("active".into(), json!(active));
    f.insert("verified".into(), json!(verified));
    f.insert("file_path".into(), json!(p.file_path));
    f.insert("line".into(), json!(p.line));
    if let Some(m) = &p.mitigation {
        f.insert("mitigation".into(), json!(m));
    }
    f.insert(
        "vulnerability_ids".into(),
        json!(p
            .vulnerability_ids
            .iter()
            .map(|v| json!({"vulnerability_id": v}))
            .collect::<Vec<_>>()),
    );
    f.insert("tags".into(), json!(tags));
    f.insert("found_by".into(), json!([]));
    db.finding_order = None;
    db.findings.insert(id, f);
    id
}

pub(super) fn close(f: &mut Obj) {
    f.insert("active".into(), json!(false));
    f.insert("is_mitigated".into(), json!(true));
    f.insert("mitigated".into(), json!(now()));
    f.insert("mitigated_by".into(), json!(1));
    f.insert("last_status_update".into(), json!(now()));
}

fn echo(up: &Upload, out: &mut Obj) {
    for k in [
        "scan_type",
        "minimum_severity",
        "scan_date",
        "product_type_name",
        "product_name",
        "engagement_name",
        "test_title",
        "version",
        "build_id",
        "branch_tag",
        "commit_hash",
        "service",
        "environment",
    ] {
        if let Some(v) = up.get(k) {
            out.insert(k.into(), json!(v));
        }
    }
    for k in [
        "active",
        "verified",
        "close_old_findings",
        "do_not_reactivate",
        "auto_create_context",
        "push_to_jira",
    ] {
        if let Some(b) = up.get(k).and_then(parse_bool) {
            out.insert(k.into(), json!(b));
        }
    }
    let tags = up.all("tags");
    out.insert("tags".into(), json!(tags));
}

fn new_test(db: &mut Db, engagement: i64, scan_type: &str, up: &Upload) -> i64 {
    let tt = test_type_id(db, scan_type);
    let id = db.new_id("tests");
    let tags = up.all("tags");
    let mut t = test_obj(
        id,
        engagement,
        tt,
        scan_type,
        up.get("test_title"),
        &now(),
        &tags,
    );
    for k in ["version", "build_id", "commit_hash", "branch_tag"] {
        if let Some(v) = up.get(k) {
            t.insert(k.into(), json!(v));
        }
    }
    db.tests.insert(id, t);
    id
}

pub(super) async fn import_scan(State(st): State<Shared>, mp: Multipart) -> Response {
    let up = match read_upload(mp).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    match do_import(&st, &up) {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(r) => r,
    }
}

fn do_import(st: &Dojo, up: &Upload) -> Result<Value, Response> {
    let (scan_type, parsed) = check_upload(up)?;
    let auto = up.flag("auto_create_context", false)?;
    let active = up.opt_flag("active")?.unwrap_or(true);
    let verified = up.opt_flag("verified")?.unwrap_or(false);
    let close_old = up.flag("close_old_findings", false)?;
    let product_scope = up.flag("close_old_findings_product_scope", false)?;
    let apply_tags = up.flag("apply_tags_to_findings", false)?;
    let engagement_id = up.int("engagement")?;
    let mut db = st.db.lock().expect("db lock");
    let engagement = match engagement_id {
        Some(e) if db.engagements.contains_key(&e) => e,
        Some(e) => {
            return Err(one_error(
                "engagement",
                format!("Invalid pk \"{e}\" - object does not exist."),
            ))
        }
        None => resolve_engagement(&mut db, up, auto)?,
    };
    let test = new_test(&mut db, engagement, &scan_type, up);
    let tags = if apply_tags {
        up.all("tags")
    } else {
        Vec::new()
    };
    let scan_date = up
        .get("scan_date")
        .map(str::to_owned)
        .unwrap_or_else(|| Utc::now().date_naive().to_string());
    let mut hashes = HashSet::new();
    for p in &parsed {
        hashes.insert(p.hash());
        insert_parsed(&mut db, test, p, active, verified, &tags, &scan_date);
    }
    let (product, product_type) = engagement_ids(&db, engagement);
    if close_old {
        // Earlier tests of the same scan type, in the engagement (or the whole product).
        let tt = db.tests[&test]["test_type"].as_i64();
        let scope: HashSet<i64> = db
            .tests
            .iter()
            .filter(|(id, t)| **id != test && t["test_type"].as_i64() == tt)
            .filter(|(_, t)| {
                let e = t["engagement"].as_i64().unwrap_or(0);
                if product_scope {
                    engagement_ids(&db, e).0 == product
                } else {
                    e == engagement
                }
            })
            .map(|(id, _)| *id)
            .collect();
        db.finding_order = None;
        for f in db.findings.values_mut() {
            let in_scope = f["test"].as_i64().is_some_and(|t| scope.contains(&t));
            if in_scope
                && f["active"].as_bool() == Some(true)
                && !f["hash_code"].as_str().is_some_and(|h| hashes.contains(h))
            {
                close(f);
            }
        }
    }
    let mut out = Obj::new();
    echo(up, &mut out);
    out.insert("engagement".into(), json!(engagement));
    out.insert("test".into(), json!(test));
    out.insert("test_id".into(), json!(test));
    out.insert("engagement_id".into(), json!(engagement));
    out.insert("product_id".into(), json!(product));
    out.insert("product_type_id".into(), json!(product_type));
    out.insert("statistics".into(), json!({"after": stats(&db, test)}));
    Ok(Value::Object(out))
}

pub(super) async fn reimport_scan(State(st): State<Shared>, mp: Multipart) -> Response {
    let up = match read_upload(mp).await {
        Ok(u) => u,
        Err(r) => return r,
    };
    match do_reimport(&st, &up) {
        Ok(v) => (StatusCode::CREATED, Json(v)).into_response(),
        Err(r) => r,
    }
}

fn do_reimport(st: &Dojo, up: &Upload) -> Result<Value, Response> {
    let (scan_type, parsed) = check_upload(up)?;
    let auto = up.flag("auto_create_context", false)?;
    let active = up.opt_flag("active")?.unwrap_or(true);
    let verified = up.opt_flag("verified")?.unwrap_or(false);
    let close_old = up.flag("close_old_findings", true)?;
    let do_not_reactivate = up.flag("do_not_reactivate", false)?;
    let apply_tags = up.flag("apply_tags_to_findings", false)?;
    let test_id = up.int("test")?;
    let mut db = st.db.lock().expect("db lock");
    let test = match test_id {
        Some(t) if db.tests.contains_key(&t) => Some(t),
        Some(t) => {
            return Err(one_error(
                "test",
                format!("Invalid pk \"{t}\" - object does not exist."),
            ))
        }
        None => {
            let engagement = resolve_engagement(&mut db, up, auto)?;
            let title = up.get("test_title");
            db.tests
                .iter()
                .rev()
                .find(|(_, t)| {
                    t["engagement"].as_i64() == Some(engagement)
                        && t["test_type_name"].as_str() == Some(scan_type.as_str())
                        && title.is_none_or(|want| t["title"].as_str() == Some(want))
                })
                .map(|(id, _)| *id)
                .or_else(|| auto.then(|| new_test(&mut db, engagement, &scan_type, up)))
        }
    };
    let Some(test) = test else {
        return Err(one_error(
            "non_field_errors",
            format!("Test with scan type '{scan_type}' not found in the engagement; use auto_create_context to create it"),
        ));
    };
    let before = stats(&db, test);
    let tags = if apply_tags {
        up.all("tags")
    } else {
        Vec::new()
    };
    let scan_date = up
        .get("scan_date")
        .map(str::to_owned)
        .unwrap_or_else(|| Utc::now().date_naive().to_string());
    let existing: HashMap<String, i64> = db
        .findings
        .iter()
        .filter(|(_, f)| f["test"].as_i64() == Some(test))
        .filter_map(|(id, f)| f["hash_code"].as_str().map(|h| (h.to_string(), *id)))
        .collect();
    let (mut created, mut reactivated, mut untouched, mut closed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut seen = HashSet::new();
    for p in &parsed {
        let h = p.hash();
        if !seen.insert(h.clone()) {
            continue;
        }
        match existing.get(&h) {
            Some(id) => {
                db.finding_order = None;
                let f = db.findings.get_mut(id).expect("listed");
                let is_closed = f["is_mitigated"].as_bool() == Some(true)
                    || f["active"].as_bool() == Some(false);
                if is_closed && !do_not_reactivate && f["false_p"].as_bool() != Some(true) {
                    f.insert("active".into(), json!(true));
                    f.insert("is_mitigated".into(), json!(false));
                    f.insert("mitigated".into(), Value::Null);
                    f.insert("mitigated_by".into(), Value::Null);
                    f.insert("last_status_update".into(), json!(now()));
                    reactivated.push(*id);
                } else {
                    untouched.push(*id);
                }
            }
            None => created.push(insert_parsed(
                &mut db, test, p, active, verified, &tags, &scan_date,
            )),
        }
    }
    if close_old {
        for (h, id) in &existing {
            if seen.contains(h) {
                continue;
            }
            db.finding_order = None;
            let f = db.findings.get_mut(id).expect("listed");
            if f["active"].as_bool() == Some(true) {
                close(f);
                closed.push(*id);
            }
        }
    }
    let pick = |ids: &[i64]| -> Vec<Obj> {
        ids.iter()
            .filter_map(|id| db.findings.get(id).cloned())
            .collect()
    };
    let (c, r, u, x) = (
        pick(&created),
        pick(&reactivated),
        pick(&untouched),
        pick(&closed),
    );
    let refs = |v: &Vec<Obj>| -> Value { delta_stats(&v.iter().collect::<Vec<_>>()) };
    let delta = json!({"created": refs(&c), "closed": refs(&x), "reactivated": refs(&r), "untouched": refs(&u)});
    let engagement = db.tests[&test]["engagement"].as_i64().unwrap_or(0);
    let (product, product_type) = engagement_ids(&db, engagement);
    let mut out = Obj::new();
    echo(up, &mut out);
    out.insert("test".into(), json!(test));
    out.insert("test_id".into(), json!(test));
    out.insert("engagement_id".into(), json!(engagement));
    out.insert("product_id".into(), json!(product));
    out.insert("product_type_id".into(), json!(product_type));
    out.insert(
        "statistics".into(),
        json!({"before": before, "delta": delta, "after": stats(&db, test)}),
    );
    Ok(Value::Object(out))
}
