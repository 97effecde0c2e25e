//! Peak memory of Sandbox uploads and downloads (its own test binary, so that no
//! other test shares the process whose peak resident size is measured).
//!
//! A 64 MiB file is submitted (multipart, streamed from disk), downloaded back to a
//! path, and compared; the process's peak resident set (`VmHWM`) may grow by at most
//! 16 MiB over the whole round trip — a quarter of the file — so neither the client
//! nor the simulator may hold the file in memory.

use std::io::{Read, Write};
use std::time::Duration;

use secops::sandbox::{Artifact, Sandbox, SubmitOptions};
use secops::sim::Simulator;
use secops::{RetryPolicy, Service};

const FILE_LEN: u64 = 64 * 1024 * 1024;
const MAX_GROWTH_KIB: u64 = 16 * 1024;

/// Peak resident set size of this process, KiB (Linux).
fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn fnv_file(path: &std::path::Path) -> (u64, u64) {
    let mut f = std::fs::File::open(path).unwrap();
    let mut buf = vec![0u8; 1 << 16];
    let (mut h, mut n) = (0xcbf2_9ce4_8422_2325u64, 0u64);
    loop {
        let k = f.read(&mut buf).unwrap();
        if k == 0 {
            return (h, n);
        }
        n += k as u64;
        for b in &buf[..k] {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_upload_and_download_run_in_constant_memory() {
    let Some(_) = vm_hwm_kib() else {
        eprintln!("note: /proc/self/status has no VmHWM here; skipping the memory measurement");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("big.bin");
    {
        // Written 1 MiB at a time: the test itself never holds the file either.
        let mut f = std::io::BufWriter::new(std::fs::File::create(&src).unwrap());
        let mut chunk = vec![0u8; 1 << 20];
        for i in 0..(FILE_LEN >> 20) {
            for (j, b) in chunk.iter_mut().enumerate() {
                *b = ((i as usize * 7919 + j * 31) % 251) as u8;
            }
            f.write_all(&chunk).unwrap();
        }
        f.flush().unwrap();
    }
    let sim = Simulator::builder().seed(3).size(10).start().await.unwrap();
    let sb = Sandbox::builder()
        .base_url(sim.url(Service::Sandbox))
        .api_key(sim.key(Service::Sandbox))
        .retry(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(5)),
        )
        .build()
        .unwrap();

    // Warm up (connection pool, runtime, simulator state) with a small round trip.
    let small = dir.path().join("small.bin");
    std::fs::write(&small, vec![7u8; 200_000]).unwrap();
    let s = sb.submit_file(&small, SubmitOptions::new()).await.unwrap();
    sb.download(Artifact::Sample(s.id.clone()))
        .to_path(dir.path().join("small.back"))
        .await
        .unwrap();

    let before = vm_hwm_kib().unwrap();
    let sample = sb.submit_file(&src, SubmitOptions::new()).await.unwrap();
    let after_upload = vm_hwm_kib().unwrap();
    let back = dir.path().join("big.back");
    let summary = sb
        .download(Artifact::Sample(sample.id.clone()))
        .to_path(&back)
        .await
        .unwrap();
    let after_download = vm_hwm_kib().unwrap();
    assert_eq!(summary.bytes, FILE_LEN);
    assert_eq!(fnv_file(&back), fnv_file(&src), "the file came back intact");

    let up = after_upload.saturating_sub(before);
    let down = after_download.saturating_sub(after_upload);
    eprintln!(
        "VmHWM: {before} KiB before, +{up} KiB after a 64 MiB upload, +{down} KiB after a 64 MiB download"
    );
    assert!(up < MAX_GROWTH_KIB, "upload grew the peak by {up} KiB");
    assert!(
        after_download - before < MAX_GROWTH_KIB,
        "upload + download grew the peak by {} KiB",
        after_download - before
    );
}
