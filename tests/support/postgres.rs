//! A real PostgreSQL server for the tests: its own cluster in a temporary
//! directory, listening on a free loopback port, stopped when dropped.
//!
//! The server comes from Debian's packages (`scripts/peers.sh` installs them;
//! `$SECOPS_PG_BIN` points at another bin directory). `initdb` and `pg_ctl`
//! refuse to run as root, so as root they run as the `postgres` user through
//! `runuser`. Missing PostgreSQL skips the test with a printed reason, or
//! fails it under `SECOPS_REQUIRE_PEERS=1`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::peers::{free_port, required};

/// A running server; stopped (immediately) and removed when dropped.
pub struct PgServer {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    durable: bool,
    tls: bool,
}

fn bin_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SECOPS_PG_BIN").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| {
            let e = e.ok()?;
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, p)| p)
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

impl PgServer {
    /// A server with `fsync=off` (fast; for tests). `None` (after saying
    /// why) when PostgreSQL is missing and peers are not required.
    pub fn start() -> Option<PgServer> {
        Self::launch(false, false)
    }

    /// A server that syncs to disk (for the benchmark).
    pub fn start_durable() -> Option<PgServer> {
        Self::launch(true, false)
    }

    /// A server that speaks TLS with a certificate for 127.0.0.1 from a CA
    /// made with `openssl`; [`ca_file`](Self::ca_file) is that CA.
    pub fn start_tls() -> Option<PgServer> {
        Self::launch(false, true)
    }

    /// The CA of the TLS server's certificate.
    pub fn ca_file(&self) -> PathBuf {
        self.dir.path().join("ca.crt")
    }

    fn launch(durable: bool, tls: bool) -> Option<PgServer> {
        let Some(bin) = bin_dir() else {
            let why = "PostgreSQL not found under /usr/lib/postgresql (run `bash scripts/peers.sh`, or point SECOPS_PG_BIN at its bin directory)";
            assert!(!required(), "SECOPS_REQUIRE_PEERS=1 but {why}");
            println!("skipped: {why}");
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("secops-pg-")
            .tempdir()
            .unwrap();
        if is_root() {
            let st = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .unwrap();
            assert!(st.success(), "chown of {:?} failed", dir.path());
        }
        if tls {
            // A CA, and a server certificate for 127.0.0.1 signed by it.
            let d = dir.path();
            std::fs::write(
                d.join("server.ext"),
                "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
            )
            .unwrap();
            let steps: [Vec<&str>; 3] = [
                vec![
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=secops test CA",
                    "-keyout",
                    "ca.key",
                    "-out",
                    "ca.crt",
                ],
                vec![
                    "req",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-subj",
                    "/CN=127.0.0.1",
                    "-keyout",
                    "server.key",
                    "-out",
                    "server.csr",
                ],
                vec![
                    "x509",
                    "-req",
                    "-in",
                    "server.csr",
                    "-CA",
                    "ca.crt",
                    "-CAkey",
                    "ca.key",
                    "-CAcreateserial",
                    "-days",
                    "2",
                    "-extfile",
                    "server.ext",
                    "-out",
                    "server.crt",
                ],
            ];
            for args in steps {
                let out = Command::new("openssl")
                    .args(&args)
                    .current_dir(d)
                    .output()
                    .expect("openssl");
                assert!(
                    out.status.success(),
                    "openssl {args:?} failed:\n{}",
                    text(&out)
                );
            }
            if is_root() {
                let st = Command::new("chown")
                    .args(["postgres:postgres"])
                    .arg(dir.path().join("server.key"))
                    .arg(dir.path().join("server.crt"))
                    .status()
                    .unwrap();
                assert!(st.success());
            }
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(
                dir.path().join("server.key"),
                std::fs::Permissions::from_mode(0o600),
            )
            .unwrap();
        }
        let mut server = PgServer {
            bin,
            dir,
            port: 0,
            durable,
            tls,
        };
        let out = server
            .admin("initdb")
            .arg("-D")
            .arg(server.data())
            .args(["-A", "trust", "-U", "secops", "--no-sync", "-E", "UTF8"])
            .output()
            .unwrap();
        assert!(out.status.success(), "initdb failed:\n{}", text(&out));
        let mut last = String::new();
        for _ in 0..3 {
            server.port = free_port();
            let out = server.pg_ctl(&["start", "-w", "-t", "60"]);
            if out.status.success() {
                let created = Command::new(server.bin("createdb"))
                    .args([
                        "-h",
                        "127.0.0.1",
                        "-p",
                        &server.port.to_string(),
                        "-U",
                        "secops",
                        "secops",
                    ])
                    .output()
                    .unwrap();
                assert!(
                    created.status.success(),
                    "createdb failed:\n{}",
                    text(&created)
                );
                return Some(server);
            }
            last = format!("{}\n{}", text(&out), server.log());
        }
        panic!("PostgreSQL did not start:\n{last}");
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
    }

    /// A PostgreSQL program.
    pub fn bin(&self, name: &str) -> PathBuf {
        self.bin.join(name)
    }

    /// `initdb` / `pg_ctl`, as `postgres` when this process is root.
    fn admin(&self, name: &str) -> Command {
        if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(self.bin(name));
            c
        } else {
            Command::new(self.bin(name))
        }
    }

    fn pg_ctl(&self, args: &[&str]) -> Output {
        let mut opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            self.port,
            self.dir.path().display()
        );
        if !self.durable {
            opts.push_str(" -c fsync=off -c synchronous_commit=off");
        }
        if self.tls {
            let d = self.dir.path().display();
            opts.push_str(&format!(
                " -c ssl=on -c ssl_cert_file={d}/server.crt -c ssl_key_file={d}/server.key"
            ));
        }
        self.admin("pg_ctl")
            .arg("-D")
            .arg(self.data())
            .arg("-l")
            .arg(self.dir.path().join("log"))
            .arg("-o")
            .arg(opts)
            .args(args)
            .output()
            .unwrap()
    }

    /// `postgres://secops@127.0.0.1:PORT/secops` (trust authentication).
    pub fn url(&self) -> String {
        format!("postgres://secops@127.0.0.1:{}/secops", self.port)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs `sql` with psql; its output (unaligned, tuples only), trimmed.
    pub fn psql(&self, sql: &str) -> String {
        self.try_psql(sql)
            .unwrap_or_else(|e| panic!("psql {sql:?} failed: {e}"))
    }

    /// Runs `sql` with psql.
    pub fn try_psql(&self, sql: &str) -> Result<String, String> {
        let out = Command::new(self.bin("psql"))
            .args([
                "-X",
                "-A",
                "-t",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
            ])
            .args([
                "-p",
                &self.port.to_string(),
                "-U",
                "secops",
                "-d",
                "secops",
                "-c",
                sql,
            ])
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(text(&out))
        }
    }

    /// Restarts the server (fast shutdown: connections are cut), same port.
    pub fn restart(&self) {
        let out = self.pg_ctl(&["restart", "-m", "fast", "-w", "-t", "60"]);
        assert!(
            out.status.success(),
            "pg_ctl restart failed:\n{}\n{}",
            text(&out),
            self.log()
        );
    }

    /// Stops the server (fast shutdown).
    pub fn stop_fast(&self) {
        let out = self.pg_ctl(&["stop", "-m", "fast", "-w", "-t", "60"]);
        assert!(out.status.success(), "pg_ctl stop failed:\n{}", text(&out));
    }

    /// Starts it again after [`stop_fast`](Self::stop_fast).
    pub fn start_again(&self) {
        let out = self.pg_ctl(&["start", "-w", "-t", "60"]);
        assert!(
            out.status.success(),
            "pg_ctl start failed:\n{}\n{}",
            text(&out),
            self.log()
        );
    }

    /// Makes `role` log in over TCP with its password (SCRAM) instead of the
    /// harness's trust authentication; takes effect at once (reload).
    pub fn require_password(&self, role: &str) {
        let hba = self.data().join("pg_hba.conf");
        let rest = std::fs::read_to_string(&hba).unwrap();
        std::fs::write(
            &hba,
            format!("host all {role} 127.0.0.1/32 scram-sha-256\n{rest}"),
        )
        .unwrap();
        assert_eq!(self.psql("SELECT pg_reload_conf()"), "t");
    }

    /// The data directory's parent (for tests that want a file beside it).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let _ = self.pg_ctl(&["stop", "-m", "immediate", "-w", "-t", "30"]);
    }
}
