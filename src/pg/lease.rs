//! Feeds shared by several agents: leases with heartbeats, expiry, fair
//! shares and fencing generations.
//!
//! Every agent registers in `secops_agents` and renews its row and its
//! leases each [`tick`](Leases::tick) (a third of the lease time). A feed's
//! lease is free when it has no owner or its `expires_at` has passed; an
//! agent claims free leases (`FOR UPDATE SKIP LOCKED`, so agents never wait
//! on each other) up to its fair share of the feeds among the live agents,
//! and gives up what exceeds it when agents join. A claim increments the
//! lease's `generation`: the [`Fence`] a feed runs with. The commit
//! transaction locks the lease row and refuses to commit unless it still
//! names this agent and this generation, so an agent that stalled past its
//! lease (a pause, SIGSTOP, a partition) cannot commit over the new owner.
//! All times are the database server's (`now()`): agents' clocks do not matter.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::Database;
use crate::error::{Error, Result};

/// What a feed's commits are checked against: the lease's owner and the
/// generation it was claimed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    /// The feed.
    pub feed: String,
    /// The agent holding it.
    pub owner: String,
    /// The lease generation it was claimed with.
    pub generation: i64,
}

/// One lease, as `/status` shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeaseRow {
    /// The feed.
    pub feed: String,
    /// The agent holding it (`None`: free).
    pub owner: Option<String>,
    /// Its generation (claims so far).
    pub generation: i64,
    /// Seconds until it expires (negative: expired).
    pub expires_in_s: Option<f64>,
}

/// What one [`tick`](Leases::tick) found.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct TickOutcome {
    /// Feeds claimed now, with their fences.
    pub claimed: Vec<Fence>,
    /// Feeds held until now that another agent took over (their commits
    /// will be refused): stop them.
    pub lost: Vec<String>,
    /// Feeds over this agent's fair share: stop them after their page in
    /// flight, then [`release`](Leases::release) them.
    pub release: Vec<String>,
    /// Agents with a current heartbeat (this one included).
    pub live_agents: Vec<String>,
    /// This agent's fair share.
    pub share: usize,
    /// Every configured feed's lease.
    pub table: Vec<LeaseRow>,
}

/// One agent's leases: heartbeats, renewals, fair-share claims and fencing
/// generations (see the [`pg` module docs](super)).
///
/// Each `Leases` is one process (a fresh `instance` uuid): a second live
/// process under the same agent id is refused ([`Error::InvalidInput`]) —
/// at its first tick when the id is live on another host, or at the older
/// one's next tick when the newer took the id over (a restart on the same
/// host after a crash takes it over at once).
#[derive(Debug, Clone)]
pub struct Leases {
    db: Database,
    agent: String,
    lease: Duration,
    instance: uuid::Uuid,
    registered: Arc<AtomicBool>,
}

impl Leases {
    pub(crate) fn new(db: Database, agent: String, lease: Duration) -> Self {
        Leases {
            db,
            agent,
            lease,
            instance: uuid::Uuid::new_v4(),
            registered: Arc::new(AtomicBool::new(false)),
        }
    }

    /// This agent's id.
    pub fn agent(&self) -> &str {
        &self.agent
    }

    /// The lease time.
    pub fn lease(&self) -> Duration {
        self.lease
    }

    /// How often to tick: a third of the lease.
    pub fn interval(&self) -> Duration {
        (self.lease / 3).max(Duration::from_millis(100))
    }

    /// One round: heartbeat, renew what `held` lists (feed → generation),
    /// find what was lost, claim free leases among `feeds` up to the fair
    /// share (`all`: every feed it can get, for `--once`), and list what
    /// exceeds the share. `register_only`: heartbeat and renew, claim
    /// nothing (an agent's first tick, so that agents started together see
    /// each other before they claim).
    pub async fn tick(
        &self,
        feeds: &[String],
        held: &BTreeMap<String, i64>,
        all: bool,
        register_only: bool,
    ) -> Result<TickOutcome> {
        let agent = self.agent.clone();
        let host = hostname();
        let secs = self.lease.as_secs_f64();
        let feeds = feeds.to_vec();
        let held = held.clone();
        let instance = self.instance;
        let first = !self.registered.load(Ordering::SeqCst);
        let outcome = self
            .db
            .with_client("renewing and claiming leases", move |mut c| {
                let (agent, host, feeds, held) =
                    (agent.clone(), host.clone(), feeds.clone(), held.clone());
                async move {
                    if let Some(other) = register(&mut c, &agent, &host, instance, secs, first).await? {
                        return Ok(Err(other));
                    }
                    c.execute(
                        "INSERT INTO secops_leases (feed) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING",
                        &[&feeds],
                    )
                    .await?;
                    let held_names: Vec<&String> = held.keys().collect();
                    let renewed: BTreeMap<String, i64> = c
                        .query(
                            "UPDATE secops_leases SET expires_at = now() + make_interval(secs => $3) \
                             WHERE owner = $1 AND feed = ANY($2) RETURNING feed, generation",
                            &[&agent, &held_names, &secs],
                        )
                        .await?
                        .into_iter()
                        .map(|r| (r.get(0), r.get(1)))
                        .collect();
                    let mut out = TickOutcome::default();
                    for (feed, generation) in &held {
                        if renewed.get(feed) != Some(generation) {
                            out.lost.push(feed.clone());
                        }
                    }
                    let holding = held.len() - out.lost.len();
                    out.live_agents = c
                        .query(
                            "SELECT agent FROM secops_agents WHERE expires_at > now() ORDER BY agent",
                            &[],
                        )
                        .await?
                        .into_iter()
                        .map(|r| r.get(0))
                        .collect();
                    let n = out.live_agents.len().max(1);
                    let rank = out
                        .live_agents
                        .iter()
                        .position(|a| *a == agent)
                        .unwrap_or(n - 1);
                    out.share = if all {
                        feeds.len()
                    } else {
                        feeds.len() / n + usize::from(rank < feeds.len() % n)
                    };
                    if register_only {
                        // The first tick only registers: agents started
                        // together see each other before claiming.
                    } else if holding < out.share {
                        let want = (out.share - holding) as i64;
                        let tx = c.transaction().await?;
                        // Free, expired, or held under this agent's id by a
                        // process that is gone (a restart with the same
                        // agent_id): the new generation fences the old one.
                        let free: Vec<String> = tx
                            .query(
                                "SELECT feed FROM secops_leases WHERE feed = ANY($1) AND NOT (feed = ANY($4)) \
                                 AND (owner IS NULL OR expires_at < now() OR owner = $2) \
                                 ORDER BY expires_at NULLS FIRST, feed LIMIT $3 FOR UPDATE SKIP LOCKED",
                                &[&feeds, &agent, &want, &held_names],
                            )
                            .await?
                            .into_iter()
                            .map(|r| r.get(0))
                            .collect();
                        if !free.is_empty() {
                            out.claimed = tx
                                .query(
                                    "UPDATE secops_leases SET owner = $1, generation = generation + 1, \
                                     acquired_at = now(), expires_at = now() + make_interval(secs => $3) \
                                     WHERE feed = ANY($2) RETURNING feed, generation",
                                    &[&agent, &free, &secs],
                                )
                                .await?
                                .into_iter()
                                .map(|r| Fence {
                                    feed: r.get(0),
                                    owner: agent.clone(),
                                    generation: r.get(1),
                                })
                                .collect();
                            out.claimed.sort_by(|a, b| a.feed.cmp(&b.feed));
                        }
                        tx.commit().await?;
                    } else if holding > out.share {
                        let keep: Vec<&String> =
                            held.keys().filter(|f| !out.lost.contains(f)).collect();
                        out.release = keep[out.share..].iter().map(|s| (*s).clone()).collect();
                    }
                    out.table = lease_rows(&c, Some(&feeds)).await?;
                    Ok(Ok(out))
                }
            })
            .await?;
        match outcome {
            Ok(out) => {
                self.registered.store(true, Ordering::SeqCst);
                Ok(out)
            }
            Err(other_host) => Err(Error::invalid_input(format!(
                "agent_id {} is in use by another running agent (on host {other_host}): give each agent its own agent_id, or leave it unset (<host>-<pid>)",
                self.agent
            ))),
        }
    }

    /// Gives a lease up at once (the feed's task has ended): another agent
    /// may claim it at its next tick.
    pub async fn release(&self, fence: &Fence) -> Result<()> {
        release(&self.db, fence).await
    }

    /// Leaves: every lease this agent still holds is released and its row
    /// removed, so that the others take its feeds at their next tick. Does
    /// nothing when another process has taken this agent id over.
    pub async fn leave(&self) -> Result<()> {
        let agent = self.agent.clone();
        let instance = self.instance;
        self.db
            .with_client("leaving", move |mut c| {
                let agent = agent.clone();
                async move {
                    let tx = c.transaction().await?;
                    let mine = tx
                        .execute(
                            "DELETE FROM secops_agents WHERE agent = $1 AND instance = $2",
                            &[&agent, &instance],
                        )
                        .await?;
                    if mine > 0 {
                        tx.execute(
                            "UPDATE secops_leases SET owner = NULL, expires_at = now() WHERE owner = $1",
                            &[&agent],
                        )
                        .await?;
                    }
                    tx.commit().await
                }
            })
            .await
    }
}

/// Gives `fence`'s lease up (only while it still names that owner and
/// generation).
pub(crate) async fn release(db: &Database, fence: &Fence) -> Result<()> {
    let f = fence.clone();
    db.with_client("releasing a lease", move |c| {
        let f = f.clone();
        async move {
            c.execute(
                "UPDATE secops_leases SET owner = NULL, expires_at = now() \
                 WHERE feed = $1 AND owner = $2 AND generation = $3",
                &[&f.feed, &f.owner, &f.generation],
            )
            .await
        }
    })
    .await
    .map(drop)
}

/// Heartbeat: registers or renews `agent` as this process (`instance`).
/// `Some(host)` when another live process holds the agent id: on another
/// host at the first registration (a restart on the same host takes the id
/// over), or at all later (a newer process took it over).
async fn register(
    c: &mut tokio_postgres::Client,
    agent: &str,
    host: &str,
    instance: uuid::Uuid,
    secs: f64,
    first: bool,
) -> std::result::Result<Option<String>, tokio_postgres::Error> {
    let tx = c.transaction().await?;
    let row = tx
        .query_opt(
            "SELECT host, instance, expires_at > now() FROM secops_agents WHERE agent = $1 FOR UPDATE",
            &[&agent],
        )
        .await?;
    if let Some(r) = row {
        let (other_host, other, live): (String, Option<uuid::Uuid>, bool) =
            (r.get(0), r.get(1), r.get(2));
        let someone_else = other.is_some_and(|o| o != instance);
        if someone_else && (!first || (live && other_host != host)) {
            return Ok(Some(other_host));
        }
    }
    tx.execute(
        "INSERT INTO secops_agents (agent, host, instance, expires_at) \
         VALUES ($1, $2, $3, now() + make_interval(secs => $4)) \
         ON CONFLICT (agent) DO UPDATE SET heartbeat_at = now(), expires_at = EXCLUDED.expires_at, host = EXCLUDED.host, \
         started_at = CASE WHEN secops_agents.instance IS DISTINCT FROM EXCLUDED.instance THEN now() ELSE secops_agents.started_at END, \
         instance = EXCLUDED.instance",
        &[&agent, &host, &instance, &secs],
    )
    .await?;
    tx.commit().await?;
    Ok(None)
}

/// The leases of `feeds` (all when `None`), by feed name.
pub(crate) async fn lease_rows(
    c: &tokio_postgres::Client,
    feeds: Option<&[String]>,
) -> std::result::Result<Vec<LeaseRow>, tokio_postgres::Error> {
    Ok(c.query(
        "SELECT feed, owner, generation, extract(epoch FROM (expires_at - now()))::float8 \
             FROM secops_leases WHERE $1::text[] IS NULL OR feed = ANY($1) ORDER BY feed",
        &[&feeds],
    )
    .await?
    .into_iter()
    .map(|r| LeaseRow {
        feed: r.get(0),
        owner: r.get(1),
        generation: r.get(2),
        expires_in_s: r.get(3),
    })
    .collect())
}

/// This machine's name (for `secops_agents.host` and default agent ids).
pub fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}
