//! SIE fetch benchmark: peak memory and throughput of the client for a large
//! channel body, against the simulator running in a separate process.
//!
//! ```text
//! cargo run --profile bench --no-default-features --features sie,sim --example sie_memory
//! cargo run ... --example sie_memory -- --sizes 128,1024 --modes raw,records --runs 3
//! ```
//!
//! With no sub-command it orchestrates: starts `sie_memory serve` (the
//! simulator, its own process), then for each size and mode runs
//! `sie_memory client ...` in a fresh process (so each peak RSS is that of
//! one fetch alone), alternating the tools run after run, and prints a table
//! of medians. When `curl` is on the PATH it is run on the same request
//! (`curl -o FILE`), and when `python3` has `requests` and `orjson` the peer
//! `benches/peers/sie_parse.py` is run too; ratios are ours ÷ peer.
//!
//! Modes: `raw` (`write_to` a file), `lines` (raw lines, each checked to be
//! JSON), `records` (typed `newdomain` records, borrowed), `owned` (typed
//! records through `Stream`), `sync` (`sync_channel` to an NDJSON file with a
//! file checkpoint), `url` (`fetch_via_url` to a file).
//!
//! Peak RSS is `VmHWM` from `/proc/self/status` (Linux). Nothing here asserts
//! on times; the one check is that peak memory stays flat, i.e. that the
//! 1 GiB fetch does not need more than a few MiB over the 128 MiB one.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use futures::TryStreamExt;
use secops::sie::{Channel, SieBatch, Window};
use secops::{FileCheckpoints, NdjsonFile, Service};

const CHANNEL: Channel = Channel::NEWLY_OBSERVED_DOMAINS;
const RPM: u32 = 4000;
/// Average bytes per channel-212 record in the simulator.
const AVG_RECORD: f64 = 296.0;

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("serve") => serve(),
        Some("client") => client(&args[2..]),
        _ => orchestrate(&args[1..]),
    }
}

/// Runs the simulator until stdin closes; prints `URL KEY NOW` on the first line.
fn serve() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let sim = secops::sim::Simulator::builder()
            .size(RPM as usize * 50)
            .start()
            .await
            .unwrap();
        let st = secops::sim::sie::control(&sim, &Default::default())
            .await
            .unwrap();
        println!(
            "{} {} {}",
            sim.url(Service::Sie),
            sim.key(Service::Sie),
            st.now().timestamp()
        );
        std::io::stdout().flush().unwrap();
        // Serve until the orchestrator closes our stdin.
        tokio::task::spawn_blocking(|| {
            let mut s = String::new();
            while std::io::stdin()
                .read_line(&mut s)
                .map(|n| n > 0)
                .unwrap_or(false)
            {}
        })
        .await
        .unwrap();
    });
}

fn client(args: &[String]) {
    let (url, key, mode) = (&args[0], &args[1], args[2].as_str());
    let start: i64 = args[3].parse().unwrap();
    let minutes: u32 = args[4].parse().unwrap();
    let out_dir = std::env::temp_dir().join(format!("sie_bench_{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = rt.block_on(async {
        let sie = SieBatch::builder()
            .api_key(key.as_str())
            .base_url(url.as_str())
            .build()?;
        let window =
            Window::starting_at(chrono::DateTime::from_timestamp(start, 0).unwrap(), minutes)?;
        let t = Instant::now();
        let (bytes, records) = match mode {
            "raw" => {
                let f = std::fs::File::create(out_dir.join("raw.ndjson")).unwrap();
                let n = sie
                    .fetch_channel(CHANNEL, window)
                    .write_to(std::io::BufWriter::with_capacity(1 << 20, f))
                    .await?;
                (n, 0)
            }
            "lines" => {
                let mut l = sie.fetch_channel(CHANNEL, window).lines().await?;
                let mut sum = 0usize;
                while let Some(line) = l.next_line().await? {
                    sum += line.len() & 1;
                }
                std::hint::black_box(sum);
                (l.bytes(), l.records())
            }
            "records" => {
                let mut r = sie.fetch_channel(CHANNEL, window).records().await?;
                let mut sum = 0usize;
                while let Some(rec) = r.next_record().await? {
                    sum += rec.domain().map_or(0, str::len);
                }
                std::hint::black_box(sum);
                (r.bytes(), r.records())
            }
            "owned" => {
                let mut r = sie.fetch_channel(CHANNEL, window).records().await?;
                let mut sum = 0usize;
                while let Some(rec) = r.try_next().await? {
                    sum += rec.domain().map_or(0, str::len);
                }
                std::hint::black_box(sum);
                (r.bytes(), r.records())
            }
            "sync" => {
                let store = FileCheckpoints::new(out_dir.join("state"))?;
                let rep = sie
                    .sync_channel(
                        CHANNEL,
                        window,
                        NdjsonFile::create(out_dir.join("sync.ndjson"))?,
                        &store,
                    )
                    .chunk(std::time::Duration::from_secs(60 * 60))
                    .await?;
                (rep.bytes, rep.records)
            }
            "url" => {
                let f = std::fs::File::create(out_dir.join("url.ndjson")).unwrap();
                let rep = sie
                    .fetch_via_url(
                        CHANNEL,
                        window,
                        std::io::BufWriter::with_capacity(1 << 20, f),
                    )
                    .await?;
                (rep.bytes, 0)
            }
            other => panic!("unknown mode {other}"),
        };
        Ok::<_, secops::Error>((bytes, records, t.elapsed().as_secs_f64()))
    });
    let _ = std::fs::remove_dir_all(&out_dir);
    match result {
        Ok((bytes, records, secs)) => println!(
            "{}",
            serde_json::json!({"mode": mode, "bytes": bytes, "records": records, "secs": secs,
                "mb_per_s": bytes as f64 / 1e6 / secs, "peak_rss_kib": peak_rss_kib()})
        ),
        Err(e) => {
            eprintln!("client {mode}: {e}");
            std::process::exit(1);
        }
    }
}

/// One run of one tool.
struct Run {
    /// Bytes per wall-clock second.
    wall: f64,
    /// Bytes per CPU second of the tool's process (user + system).
    cpu: f64,
    rss_kib: u64,
    bytes: u64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// CPU seconds used by the children this process has waited for
/// (`cutime + cstime` of `/proc/self/stat`).
fn children_cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 16 and 17 (1-based) of the whole line are the 14th and 15th after the ")".
    let ticks: f64 = [13, 14]
        .iter()
        .filter_map(|&i| fields.get(i).and_then(|v| v.parse::<f64>().ok()))
        .sum();
    ticks / 100.0
}

/// Runs a child to completion: (stdout, wall seconds, CPU seconds).
fn timed(cmd: &mut Command) -> Option<(Vec<u8>, f64, f64)> {
    let cpu0 = children_cpu();
    let t = Instant::now();
    let out = cmd.output().ok()?;
    let wall = t.elapsed().as_secs_f64();
    let cpu = children_cpu() - cpu0;
    if !out.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    Some((out.stdout, wall, cpu.max(0.01)))
}

fn run_client(
    exe: &std::path::Path,
    url: &str,
    key: &str,
    mode: &str,
    start: i64,
    minutes: u32,
) -> Run {
    let (out, wall, cpu) = timed(Command::new(exe).args([
        "client",
        url,
        key,
        mode,
        &start.to_string(),
        &minutes.to_string(),
    ]))
    .expect("the client run failed");
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let bytes = v["bytes"].as_u64().unwrap();
    let _ = wall; // process start-up is not part of the fetch: use the client's own clock
    Run {
        wall: v["mb_per_s"].as_f64().unwrap(),
        cpu: bytes as f64 / 1e6 / cpu,
        rss_kib: v["peak_rss_kib"].as_u64().unwrap(),
        bytes,
    }
}

/// `curl -o FILE` on the same chfetch request.
fn run_curl(url: &str, key: &str, start: i64, minutes: u32) -> Option<Run> {
    let w = Window::starting_at(chrono::DateTime::from_timestamp(start, 0)?, minutes).ok()?;
    let body = serde_json::json!({"apikey": key, "channel": CHANNEL.number(),
        "start_time": w.start_param(), "end_time": w.end_param()});
    let file = std::env::temp_dir().join(format!("sie_bench_curl_{}", std::process::id()));
    let (_, wall, cpu) = timed(
        Command::new("curl")
            .args(["-s", "-f", "-o"])
            .arg(&file)
            .args([
                "-H",
                "Content-Type: application/json",
                "-d",
                &body.to_string(),
            ])
            .arg(format!("{url}siebatch/chfetch")),
    )?;
    let len = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let _ = std::fs::remove_file(&file);
    Some(Run {
        wall: len as f64 / 1e6 / wall,
        cpu: len as f64 / 1e6 / cpu,
        rss_kib: 0,
        bytes: len,
    })
}

/// The Python peer (`requests.iter_lines` + `orjson.loads`).
fn run_python(url: &str, key: &str, start: i64, minutes: u32) -> Option<Run> {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peers/sie_parse.py");
    let w = Window::starting_at(chrono::DateTime::from_timestamp(start, 0)?, minutes).ok()?;
    let (out, wall, cpu) = timed(Command::new("python3").arg(script).args([
        &format!("{url}siebatch/chfetch"),
        key,
        &CHANNEL.number().to_string(),
        &w.start_param(),
        &w.end_param(),
    ]))?;
    let v: serde_json::Value = serde_json::from_slice(&out).ok()?;
    let bytes = v["bytes"].as_u64()?;
    Some(Run {
        wall: bytes as f64 / 1e6 / wall,
        cpu: bytes as f64 / 1e6 / cpu,
        rss_kib: v["max_rss_kib"].as_u64()?,
        bytes,
    })
}

fn orchestrate(args: &[String]) {
    let sizes: Vec<u64> = arg(args, "--sizes")
        .unwrap_or_else(|| "128,1024".into())
        .split(',')
        .map(|s| s.trim().parse().expect("sizes in MiB"))
        .collect();
    let modes: Vec<String> = arg(args, "--modes")
        .unwrap_or_else(|| "raw,lines,records,owned,sync,url".into())
        .split(',')
        .map(str::to_owned)
        .collect();
    let runs: usize = arg(args, "--runs")
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let peers = !args.iter().any(|a| a == "--no-peers");

    let exe = std::env::current_exe().unwrap();
    let mut server = Command::new(&exe)
        .arg("serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let parts: Vec<&str> = first.split_whitespace().collect();
    let (url, key, now) = (
        parts[0].to_string(),
        parts[1].to_string(),
        parts[2].parse::<i64>().unwrap(),
    );

    println!("SIE fetch benchmark: channel {CHANNEL}, {RPM} records/minute, {runs} runs of each tool, medians");
    println!(
        "cores: {}, date: {}, load average: {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        chrono::Utc::now().format("%Y-%m-%d"),
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("MB/s wall: bytes / the fetch's wall-clock time; MB/s CPU: bytes / the process's CPU time (steadier on a busy machine)");
    println!(
        "{:<6} {:<8} {:>8} {:>10} {:>10} {:>9}  vs peer (wall, CPU)",
        "size", "tool", "MB", "MB/s wall", "MB/s CPU", "peak MiB"
    );
    let mut peaks: Vec<(String, u64, u64)> = Vec::new();
    for &mib in &sizes {
        let minutes = ((mib as f64 * 1048576.0) / (f64::from(RPM) * AVG_RECORD)).ceil() as u32;
        let start = now - i64::from(minutes) * 60 - 60;
        let mut results: Vec<(String, Vec<Run>)> =
            modes.iter().map(|m| (m.clone(), Vec::new())).collect();
        let mut curl = Vec::new();
        let mut python = Vec::new();
        // Warm-up: the simulator generates (and caches) the window once.
        run_client(&exe, &url, &key, "raw", start, minutes);
        for _ in 0..runs {
            // Alternate the tools within each round.
            for (mode, rs) in results.iter_mut() {
                rs.push(run_client(&exe, &url, &key, mode, start, minutes));
            }
            if peers {
                curl.extend(run_curl(&url, &key, start, minutes));
                python.extend(run_python(&url, &key, start, minutes));
            }
        }
        let med = |rs: &[Run]| {
            (
                median(rs.iter().map(|r| r.wall).collect()),
                median(rs.iter().map(|r| r.cpu).collect()),
            )
        };
        let curl_m = (!curl.is_empty()).then(|| med(&curl));
        let py_m = (!python.is_empty()).then(|| med(&python));
        let row = |tool: &str, rs: &[Run], peer: String| {
            let (w, c) = med(rs);
            let rss = rs.iter().map(|r| r.rss_kib).max().unwrap_or(0);
            println!(
                "{:<6} {:<8} {:>8.1} {:>10.0} {:>10.0} {:>9}  {peer}",
                format!("{mib}M"),
                tool,
                rs[0].bytes as f64 / 1e6,
                w,
                c,
                if rss == 0 {
                    "-".to_string()
                } else {
                    format!("{:.1}", rss as f64 / 1024.0)
                },
            );
        };
        for (mode, rs) in &results {
            let (w, c) = med(rs);
            let peer = match (mode.as_str(), curl_m, py_m) {
                ("raw" | "url", Some((pw, pc)), _) => {
                    format!("curl ×{:.2}, ×{:.2}", w / pw, c / pc)
                }
                ("records" | "owned" | "lines", _, Some((pw, pc))) => {
                    format!("python ×{:.2}, ×{:.2}", w / pw, c / pc)
                }
                _ => String::new(),
            };
            row(mode, rs, peer);
            peaks.push((
                mode.clone(),
                mib,
                rs.iter().map(|r| r.rss_kib).max().unwrap_or(0),
            ));
        }
        if !curl.is_empty() {
            row("curl", &curl, "curl -s -o FILE".into());
        }
        if !python.is_empty() {
            row(
                "python",
                &python,
                "requests.iter_lines + orjson.loads".into(),
            );
        }
    }
    drop(server.stdin.take());
    let _ = server.wait();

    // The bench-style check: memory stays flat as the body grows.
    let mut flat = true;
    for (mode, mib, rss) in &peaks {
        let smallest = peaks
            .iter()
            .filter(|(m, s, _)| m == mode && s < mib)
            .min_by_key(|p| p.1);
        if let Some((_, small, base)) = smallest {
            if *rss > base + 4 * 1024 {
                flat = false;
                println!("NOT FLAT: {mode} peaks at {rss} KiB for {mib} MiB but {base} KiB for {small} MiB");
            }
        }
    }
    if flat {
        println!("peak memory is flat across sizes (within 4 MiB)");
    } else {
        std::process::exit(1);
    }
}
