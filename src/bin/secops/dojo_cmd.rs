//! `secops dojo`: scan import/reimport and findings.

use std::path::PathBuf;
use std::time::Instant;

use clap::{Args, Subcommand};
use futures::TryStreamExt;
use secops::defectdojo::{DefectDojo, ImportOptions, ReimportOptions, Severity};
use secops::{Error, Service};

use crate::common::{json_err, secs, Global};
use crate::conn::Conn;

/// `secops dojo ...`
#[derive(Args, Debug)]
pub struct DojoArgs {
    #[command(flatten)]
    conn: Conn,
    #[command(subcommand)]
    command: DojoCommand,
}

#[derive(Subcommand, Debug)]
enum DojoCommand {
    /// Import a scan report (streamed from disk) into an engagement; prints the result as JSON.
    Import(ScanArgs),
    /// Reimport a scan into an existing test (new findings created, fixed ones closed).
    Reimport(ScanArgs),
    /// List findings as NDJSON.
    Findings(FindingArgs),
}

#[derive(Args, Debug)]
struct ScanArgs {
    /// The scan type, as DefectDojo names it (e.g. "Trivy Scan", "ZAP Scan", "SARIF").
    #[arg(long, value_name = "TYPE")]
    scan_type: String,
    /// The report file.
    #[arg(long, value_name = "FILE")]
    file: PathBuf,
    /// The product, by name.
    #[arg(long, value_name = "NAME")]
    product: Option<String>,
    /// The engagement: an id, or a name (with --product).
    #[arg(long, value_name = "ID|NAME")]
    engagement: Option<String>,
    /// The product type, by name (used with --auto-create).
    #[arg(long, value_name = "NAME")]
    product_type: Option<String>,
    /// Create the product type, product and engagement when missing.
    #[arg(long)]
    auto_create: bool,
    /// The test to reimport into (reimport only).
    #[arg(long, value_name = "ID")]
    test: Option<i64>,
    /// The test's title.
    #[arg(long, value_name = "TITLE")]
    test_title: Option<String>,
    /// Ignore findings below this severity (Info, Low, Medium, High, Critical).
    #[arg(long, value_name = "SEVERITY")]
    minimum_severity: Option<String>,
    /// Tags for the test.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
}

#[derive(Args, Debug)]
struct FindingArgs {
    /// Only this severity (Info, Low, Medium, High, Critical).
    #[arg(long, value_name = "SEVERITY")]
    severity: Option<String>,
    /// Only active (or, with --active=false, inactive) findings.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    active: Option<bool>,
    /// Only verified findings (or not).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    verified: Option<bool>,
    /// Only findings of this product id.
    #[arg(long, value_name = "ID")]
    product: Option<i64>,
    /// Only findings of this engagement id.
    #[arg(long, value_name = "ID")]
    engagement: Option<i64>,
    /// Only findings of this test id.
    #[arg(long, value_name = "ID")]
    test: Option<i64>,
    /// Findings per page.
    #[arg(long, value_name = "N")]
    page_size: Option<u32>,
    /// Pages fetched at once (findings still come out in order).
    #[arg(long, value_name = "N", default_value_t = 1)]
    concurrency: usize,
    /// Stop after N findings.
    #[arg(long, value_name = "N")]
    max: Option<u64>,
    #[command(flatten)]
    format: crate::common::FormatArg,
}

/// Applies the options import and reimport share (they have the same setters
/// but no common trait).
macro_rules! with_common {
    ($o:expr, $s:expr) => {{
        let (mut o, s) = ($o, $s);
        if let Some(p) = &s.product {
            o = o.product_name(p);
        }
        if let Some(p) = &s.product_type {
            o = o.product_type_name(p);
        }
        if let Some(t) = &s.test_title {
            o = o.test_title(t);
        }
        if let Some(m) = &s.minimum_severity {
            o = o.minimum_severity(severity(m)?);
        }
        for t in &s.tags {
            o = o.tag(t);
        }
        o.auto_create_context(s.auto_create)
    }};
}

fn severity(s: &str) -> secops::Result<Severity> {
    let mut c = s.trim().chars();
    let norm: String = match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    };
    norm.parse::<Severity>().map_err(|_| {
        Error::invalid_input(format!(
            "unknown severity {s:?}: use Info, Low, Medium, High or Critical"
        ))
    })
}

/// Runs `secops dojo ...`.
pub async fn run(global: &Global, args: DojoArgs) -> secops::Result<()> {
    let started = Instant::now();
    // Validate input before connecting.
    match &args.command {
        DojoCommand::Import(s) | DojoCommand::Reimport(s) => {
            if !s.file.is_file() {
                return Err(Error::invalid_input(format!(
                    "{}: no such file",
                    s.file.display()
                )));
            }
            if let Some(m) = &s.minimum_severity {
                severity(m)?;
            }
        }
        DojoCommand::Findings(f) => {
            if let Some(s) = &f.severity {
                severity(s)?;
            }
        }
    }
    let target = args.conn.resolve(Service::DefectDojo).await?;
    let dd = target.apply(DefectDojo::builder()).build()?;
    match args.command {
        DojoCommand::Import(s) => {
            let mut o = ImportOptions::new(s.scan_type.as_str(), &s.file);
            match s.engagement.as_deref().map(|e| (e, e.parse::<i64>())) {
                Some((_, Ok(id))) => o = o.engagement(id),
                Some((name, Err(_))) => o = o.engagement_name(name),
                None => {}
            }
            let o = with_common!(o, s);
            let r = dd.import_scan(o).await?;
            println!("{}", serde_json::to_string(&r).map_err(json_err)?);
            global.summary(
                "dojo import",
                &[
                    ("test", r.test_id.or(r.test).into()),
                    ("engagement", r.engagement_id.or(r.engagement).into()),
                    ("seconds", secs(started)),
                ],
            );
        }
        DojoCommand::Reimport(s) => {
            let mut o = ReimportOptions::new(s.scan_type.as_str(), &s.file);
            if let Some(t) = s.test {
                o = o.test(t);
            }
            if let Some(e) = &s.engagement {
                o = o.engagement_name(e);
            }
            let o = with_common!(o, s);
            let r = dd.reimport_scan(o).await?;
            println!("{}", serde_json::to_string(&r).map_err(json_err)?);
            global.summary(
                "dojo reimport",
                &[
                    ("test", r.test_id.or(r.test).into()),
                    ("seconds", secs(started)),
                ],
            );
        }
        DojoCommand::Findings(f) => {
            let mut list = dd.findings().concurrency(f.concurrency);
            if let Some(s) = &f.severity {
                list = list.severity(severity(s)?);
            }
            if let Some(a) = f.active {
                list = list.active(a);
            }
            if let Some(v) = f.verified {
                list = list.verified(v);
            }
            if let Some(p) = f.product {
                list = list.product(p);
            }
            if let Some(e) = f.engagement {
                list = list.engagement(e);
            }
            if let Some(t) = f.test {
                list = list.test(t);
            }
            if let Some(n) = f.page_size {
                list = list.page_size(n);
            }
            if let Some(n) = f.max {
                list = list.max_items(n);
            }
            use std::io::Write;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut items = list.items();
            let mut n = 0u64;
            while let Some(item) = items.try_next().await? {
                let record = serde_json::to_vec(&item).map_err(json_err)?;
                f.format.write(
                    &mut out,
                    secops::normalize::RecordKind::DefectDojoFinding,
                    &record,
                )?;
                n += 1;
            }
            out.flush().map_err(|e| Error::io("writing to stdout", e))?;
            global.summary(
                "dojo findings",
                &[
                    ("findings", n.into()),
                    ("seconds", secs(started)),
                    ("retries", target.retries().into()),
                ],
            );
        }
    }
    Ok(())
}
