//! A `secops` child process whose stderr is followed line by line: the
//! process tests wait for log lines (events), never for time.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// A guard against a hung child, never a delay: lines normally come at once.
pub const GUARD: Duration = Duration::from_secs(60);

/// A running `secops`, its stderr followed line by line; killed when dropped.
pub struct Agent {
    pub child: Child,
    lines: Receiver<String>,
    /// Every stderr line read so far.
    pub log: Vec<String>,
}

impl Agent {
    pub fn spawn(cmd: &mut Command) -> Agent {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Agent {
            child,
            lines,
            log: Vec::new(),
        }
    }

    /// The next stderr line, `None` once the child closed stderr (exited).
    pub fn next_line(&mut self) -> Option<String> {
        match self.lines.recv_timeout(GUARD) {
            Ok(line) => {
                self.log.push(line.clone());
                Some(line)
            }
            Err(RecvTimeoutError::Disconnected) => None,
            Err(RecvTimeoutError::Timeout) => panic!(
                "no line from the agent in {GUARD:?}; so far:\n{}",
                self.log.join("\n")
            ),
        }
    }

    /// Reads stderr up to the first line matching `pred`.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        while let Some(line) = self.next_line() {
            if pred(&line) {
                return line;
            }
        }
        panic!("the agent exited before {what}:\n{}", self.log.join("\n"));
    }

    pub fn signal(&self, sig: libc::c_int) {
        let pid = libc::pid_t::try_from(self.child.id()).unwrap();
        // SAFETY: kill(2) with our own child's pid (not yet waited for, so
        // not reused) and a valid signal number.
        let rc = unsafe { libc::kill(pid, sig) };
        assert_eq!(rc, 0, "kill({pid}, {sig})");
    }

    /// Reads stderr to its end, then waits for the exit.
    pub fn finish(&mut self) -> ExitStatus {
        while self.next_line().is_some() {}
        self.child.wait().unwrap()
    }

    /// SIGKILL, and the exit.
    pub fn kill(&mut self) -> ExitStatus {
        self.child.kill().unwrap();
        self.child.wait().unwrap()
    }

    pub fn text(&self) -> String {
        self.log.join("\n")
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The value of `name=` in a text log line.
pub fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!(" {name}=");
    let at = line.find(&pat)? + pat.len();
    let rest = &line[at..];
    Some(rest.split(' ').next().unwrap_or(rest))
}

pub fn is(line: &str, message: &str, feed: &str) -> bool {
    line.contains(message) && field(line, "feed") == Some(feed)
}

/// Follows `agent` (run with `-v`: a line per committed page) up to its
/// `k`-th committed page and SIGKILLs it there: `true`. `false` when the run
/// ended before that (its exit is asserted to be a success).
pub fn kill_at_page(agent: &mut Agent, k: usize) -> bool {
    let mut seen = 0;
    while let Some(line) = agent.next_line() {
        if line.contains("page committed") {
            seen += 1;
            if seen == k {
                agent.kill();
                return true;
            }
        }
    }
    let status = agent.finish();
    assert!(status.success(), "{status:?}:\n{}", agent.text());
    false
}
