"""Peer for the SIE normalised-output benchmark: requests `iter_lines` + `orjson`,
mapping every newly-observed-domain record (channels 212/213) to STIX 2.1 or OCSF
1.7.0 exactly as `secops::normalize` does (src/normalize/stix.rs `newdomain`,
src/normalize/ocsf.rs `sie_newdomain`), one JSON object per line.

Usage: sie_normalize.py CHFETCH_URL APIKEY CHANNEL START END stix|ocsf OUT
Prints one JSON line: {"records": N, "objects": M, "bytes": B, "max_rss_kib": K}.

Same objects, properties and ids as ours: STIX ids are UUIDv5 (uuid.uuid5) over the
crate's namespace of `sie|sie.newdomain|<record id>|<type>`, SCO ids UUIDv5 over the
STIX 2.1 SCO namespace of the ID contributing properties' canonical JSON; the OCSF
`metadata.uid` is UUIDv5 over the crate's namespace of `ocsf|sie.newdomain|` and
the record re-serialised in the typed layer's field order. Dicts are built with
their keys in sorted order, as serde_json's (BTreeMap) `Map` writes them, so the
lines are byte for byte ours.

Where it is knowingly narrower than ours (none of it occurs in the service's
records, which the benchmark uses): a field of the wrong JSON type is not
rejected (ours fails the record with a decode error); unmodelled fields are
re-serialised by orjson (ours keeps their raw bytes: differs only for
non-canonical number text); IPv6 text with a zone id, a leap second, or year 0
are treated as Python treats them.
"""
import calendar
import datetime
import ipaddress
import json
import re
import resource
import sys
import uuid

import orjson
import requests

NAMESPACE = uuid.UUID("2b1e3c52-7f0e-5d8a-9c4e-5ec095ec0905")
SCO_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")
uuid5 = uuid.uuid5
NO_TIME = "1970-01-01T00:00:00.000Z"
DUMPS_OPTS = orjson.OPT_APPEND_NEWLINE

# ---------------------------------------------------------------------------
# Times: `YYYY-MM-DD HH:MM:SS[.f]` (the service's form) on a fast path with the
# minute's epoch cached (records come in time order); anything else through
# datetime.
# ---------------------------------------------------------------------------

_TIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):([0-5]\d)(?:\.(\d{1,9}))?")
_MINUTES = {}


def _minute_ms(prefix):
    base = _MINUTES.get(prefix)
    if base is None:
        try:
            dt = datetime.datetime.strptime(prefix, "%Y-%m-%d %H:%M")
            base = calendar.timegm(dt.timetuple()) * 1000
        except ValueError:
            base = False
        if len(_MINUTES) > 100_000:
            _MINUTES.clear()
        _MINUTES[prefix] = base
    return base


def _stamp_dt(dt):
    """A STIX timestamp of an aware datetime (UTC, milliseconds, truncated)."""
    dt = dt.astimezone(datetime.timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _ms_dt(dt):
    dt = dt.astimezone(datetime.timezone.utc)
    return calendar.timegm(dt.timetuple()) * 1000 + dt.microsecond // 1000


def _iso(t):
    """RFC 3339 / `YYYY-MM-DD[ T]HH:MM[:SS[.f]]` as an aware datetime (naive: UTC)."""
    try:
        dt = datetime.datetime.fromisoformat(t.replace("z", "Z"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=datetime.timezone.utc)
    return dt


def sie_time(s):
    """`secops::sie::parse_time` (what `observed_at`/`seen_at` use):
    (STIX stamp, epoch ms) or None."""
    t = s.strip()
    m = _TIME_RE.fullmatch(t)
    if m:
        base = _minute_ms(t[:16])
        if base is not False:
            frac = ((m.group(4) or "") + "000")[:3]
            return (f"{m.group(1)}T{m.group(2)}:{m.group(3)}.{frac}Z",
                    base + int(m.group(3)) * 1000 + int(frac))
    if " " in t or "T" in t or "t" in t:
        dt = _iso(t)
        if dt is not None:
            return _stamp_dt(dt), _ms_dt(dt)
    return None


def ocsf_ms(s):
    """`ocsf::parse_time` as epoch milliseconds, or None."""
    t = s.strip()
    if not t or len(t) > 64:
        return None
    m = _TIME_RE.fullmatch(t)
    if m:
        base = _minute_ms(t[:16])
        if base is not False:
            return base + int(m.group(3)) * 1000 + int(((m.group(4) or "") + "000")[:3])
    if t.isdigit() and t.isascii() and len(t) <= 16:
        n = int(t)
        return n if n >= 100_000_000_000 else n * 1000
    dt = _iso(t)
    return _ms_dt(dt) if dt is not None else None


# ---------------------------------------------------------------------------
# Host names STIX accepts (stix.rs `is_host_name`: IDNA 2008, conservatively)
# ---------------------------------------------------------------------------

_LDH = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _idn_char_ok(c):
    u = ord(c)
    return (("a" <= c <= "z") or ("0" <= c <= "9") or c == "-"
            or (0xDF <= u <= 0xFF and u != 0xF7)
            or (0x0101 <= u <= 0x012F and u % 2 == 1)
            or u in (0x0131, 0x0135, 0x0137, 0x0138, 0x013A, 0x013C, 0x013E, 0x0142, 0x0144,
                     0x0146, 0x0148, 0x017A, 0x017C, 0x017E)
            or (0x014B <= u <= 0x0177 and u % 2 == 1)
            or 0x03AC <= u <= 0x03CE
            or 0x0430 <= u <= 0x045F)


def _u_label_ok(chars):
    if not chars or chars[0] == "-" or chars[-1] == "-" or chars[2:4] == "--":
        return False
    return all(_idn_char_ok(c) for c in chars)


def _label_ascii_len(label):
    if not label or len(label.encode()) > 63 * 4 or len(label) > 63:
        return None
    if label.isascii():
        if label[2:4] != "--" and _LDH.fullmatch(label):
            return len(label)
        if label.startswith("xn--"):
            puny = label[4:]
            try:
                u = puny.encode("ascii").decode("punycode")
                again = u.encode("punycode").decode("ascii")
            except (UnicodeError, ValueError, OverflowError):
                return None
            ok = not u.isascii() and _u_label_ok(u) and again == puny
            return len(label) if ok and len(label) <= 63 else None
        return len(label) if len(label) <= 63 and _u_label_ok(label) else None
    if not _u_label_ok(label):
        return None
    a = 4 + len(label.encode("punycode"))
    return a if a <= 63 else None


def is_host_name(d):
    total = 0
    for label in d.split("."):
        n = _label_ascii_len(label)
        if n is None:
            return False
        total += n + 1
    return total > 1 and total - 1 <= 253


def text(s):
    """A non-blank string, trimmed (stix.rs `text`)."""
    if s is None:
        return None
    s = s.strip()
    return s or None


def pattern_literal(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


# ---------------------------------------------------------------------------
# STIX 2.1: `domain-name` (when a host name) + `indicator`
# ---------------------------------------------------------------------------


def stix(rec):
    msg = rec.get("message")
    mdomain = msg.get("domain") if msg else None
    raw = text(mdomain) or (text(msg.get("rrname")) if msg else None)
    if raw is None:
        return ()
    d = raw.strip()
    if d.endswith("."):
        d = d[:-1]
    domain = d.lower()
    if not domain:
        return ()
    time = rec.get("time")
    seen_raw = msg.get("time_seen") if msg else None
    record_id = f"{mdomain or ''}|{time or ''}"
    seen = sie_time(seen_raw) if seen_raw is not None else None
    at = (sie_time(time) if time is not None else None) or seen
    stamp = at[0] if at else NO_TIME
    out = []
    if is_host_name(domain):
        # The SCO id: UUIDv5 over the SCO namespace of {"value": ...} (canonical;
        # a host name holds nothing JSON escapes).
        out.append({
            "id": "domain-name--" + str(uuid5(SCO_NAMESPACE, '{"value":"' + domain + '"}')),
            "spec_version": "2.1",
            "type": "domain-name",
            "value": domain,
        })
    description = f"The domain {domain} was newly observed in passive DNS (DomainTools SIE)"
    if seen is not None:
        description += f", first seen {seen[0]}"
    description += ". New is not known bad: treat it as a signal, not a verdict."
    source = {"kind": "sie.newdomain", "record_id": record_id, "service": "sie"}
    if time is not None or seen_raw is not None:
        times = {}
        if time is not None:
            times["time"] = time
        if seen_raw is not None:
            times["time_seen"] = seen_raw
        source["times"] = times
    o = {
        "created": stamp,
        "description": description,
        "id": "indicator--" + str(uuid5(NAMESPACE, f"sie|sie.newdomain|{record_id}|indicator")),
        "indicator_types": ["anomalous-activity"],
        "modified": stamp,
        "name": f"Newly observed domain {domain}",
        "pattern": f"[domain-name:value = {pattern_literal(domain)}]",
        "pattern_type": "stix",
        "pattern_version": "2.1",
        "spec_version": "2.1",
        "type": "indicator",
        "valid_from": stamp,
    }
    dns = {}
    if msg:
        for k in ("bailiwick", "rdata", "rrclass", "rrname"):
            v = msg.get(k)
            if v is not None:
                dns[k] = v
        rrtype = msg.get("rrtype")
        if rrtype is not None:
            dns["rrtype"] = rrtype
    src = rec.get("source")
    if src is not None:
        dns["source"] = src
    if dns:
        o["x_secops_dns"] = dns
    o["x_secops_source"] = source
    out.append(o)
    return out


# ---------------------------------------------------------------------------
# OCSF 1.7.0: OSINT Inventory Info (5021), activity Collect
# ---------------------------------------------------------------------------

TOP = ("time", "vname", "mname", "source")
MSG = ("domain", "time_seen", "bailiwick", "rrname", "rrclass", "rrtype", "rdata", "keys", "new_rr")
TOP_ALL = frozenset(TOP + ("message",))
MSG_ALL = frozenset(MSG)
PRODUCT = {"name": "SIE Batch", "vendor_name": "DomainTools"}
TAG_SERVICE = {"name": "secops.service", "value": "sie"}
TAG_KIND = {"name": "secops.kind", "value": "sie.newdomain"}
TAG_NO_TIME = {"name": "secops.time_field", "value": "none"}


def typed_json(rec):
    """The record as the typed layer writes it back (`NewDomain`'s Serialize):
    modelled fields in their order without nulls, then the others in theirs."""
    t = {k: rec[k] for k in TOP if rec.get(k) is not None}
    msg = rec.get("message")
    if msg is not None:
        m = {k: msg[k] for k in MSG if msg.get(k) is not None}
        for k, v in msg.items():
            if k not in MSG_ALL:
                m[k] = v
        t["message"] = m
    for k, v in rec.items():
        if k not in TOP_ALL:
            t[k] = v
    return orjson.dumps(t)


def nonblank(s):
    return s is not None and s.strip() != ""


def undot(s):
    t = s.strip()
    return t[:-1] if t.endswith(".") and len(t) > 1 else t


def canonical_ip(s):
    try:
        a = str(ipaddress.ip_address(s.strip()))
    except ValueError:
        return None
    return a if len(a) <= 40 else None


def ocsf(rec):
    content = str(uuid5(NAMESPACE, "ocsf|sie.newdomain|" + typed_json(rec).decode()))
    msg = rec.get("message")
    time = rec.get("time")
    seen = msg.get("time_seen") if msg else None
    ms, field, orig = None, None, None
    for name, t in (("time", time), ("message.time_seen", seen)):
        if t is None:
            continue
        v = ocsf_ms(t)
        if v is not None:
            ms, field, orig = v, name, t
            break
        if orig is None and t.strip():
            orig = t
    metadata = {"log_name": "sie.newdomain", "log_provider": "secops"}
    if nonblank(orig):
        metadata["original_time"] = orig
    metadata["product"] = PRODUCT
    metadata["tags"] = [
        TAG_SERVICE, TAG_KIND, {"name": "secops.record_id", "value": content},
        {"name": "secops.time_field", "value": field} if field else TAG_NO_TIME,
    ]
    metadata["uid"] = content
    metadata["version"] = "1.7.0"

    obs, seen_obs = [], set()

    def observe(name, type_id, caption, value):
        value = value.strip()
        if value and (type_id, value) not in seen_obs:
            seen_obs.add((type_id, value))
            obs.append({"name": name, "type": caption, "type_id": type_id, "value": value})

    domain = rrname = rrtype = rrclass = None
    rdata = ()
    if msg:
        domain = msg.get("domain")
        domain = undot(domain) if domain is not None else None
        rrname = msg.get("rrname")
        rrname = undot(rrname) if rrname is not None else None
        rrtype = msg.get("rrtype")
        rrtype = rrtype.strip() if rrtype is not None else None
        rrclass = msg.get("rrclass")
        rrclass = rrclass.strip() if rrclass is not None else None
        rdata = msg.get("rdata") or ()
    domain = domain or None
    rrname = rrname or None
    value = domain or rrname
    answers = []
    ip_type = rrtype in ("A", "AAAA")
    for d in rdata:
        if not d.strip():
            continue
        if ip_type:
            a = canonical_ip(d)
            if a is not None:
                observe("osint.answers.rdata", 2, "IP Address", a)
        ans = {}
        if rrclass:
            ans["class"] = rrclass
        ans["rdata"] = d
        if rrtype:
            ans["type"] = rrtype
        answers.append(ans)
    if value is not None:
        observe("osint.value", 1, "Hostname", value)
    o = {}
    if answers:
        o["answers"] = answers
    o["category"] = "Newly Observed Domain"
    created = ocsf_ms(seen) if seen is not None else None
    if created is not None:
        o["created_time"] = created
    if domain and rrname and rrname != domain and rrname.encode().lower() != domain.encode().lower():
        if rrname.strip():
            o["subdomains"] = [rrname]
    if value is not None:
        o["type"], o["type_id"] = "Domain", 2
    else:
        o["type"], o["type_id"] = "Unknown", 0
    o["value"] = value or ""
    o["vendor_name"] = "DomainTools"

    un = {}
    bailiwick = msg.get("bailiwick") if msg else None
    if nonblank(bailiwick):
        un["bailiwick"] = bailiwick
    keys = msg.get("keys") if msg else None
    if keys:
        un["keys"] = keys
    mname = rec.get("mname")
    if nonblank(mname):
        un["mname"] = mname
    new_rr = msg.get("new_rr") if msg else None
    if new_rr:
        un["new_rr"] = new_rr
    src = rec.get("source")
    if nonblank(src):
        un["source"] = src
    vname = rec.get("vname")
    if nonblank(vname):
        un["vname"] = vname

    ev = {
        "activity_id": 2,
        "activity_name": "Collect",
        "category_name": "Discovery",
        "category_uid": 5,
        "class_name": "OSINT Inventory Info",
        "class_uid": 5021,
    }
    if value is not None and value.strip():
        ev["message"] = f"Newly observed domain {value}"
    ev["metadata"] = metadata
    if obs:
        ev["observables"] = obs
    ev["osint"] = [o]
    ev["severity"] = "Informational"
    ev["severity_id"] = 1
    ev["time"] = ms if ms is not None else 0
    ev["type_name"] = "OSINT Inventory Info: Collect"
    ev["type_uid"] = 502102
    ev["unmapped"] = {"sie": un}
    return (ev,)


def main():
    url, apikey, channel, start, end, fmt, out_path = sys.argv[1:8]
    mapper = {"stix": stix, "ocsf": ocsf}[fmt]
    body = {"apikey": apikey, "channel": int(channel), "start_time": start, "end_time": end}
    n = objects = size = 0
    loads, dumps = orjson.loads, orjson.dumps
    with open(out_path, "wb", buffering=1 << 20) as out, \
            requests.post(url, json=body, stream=True) as r:
        r.raise_for_status()
        write = out.write
        for line in r.iter_lines(chunk_size=256 * 1024):
            if not line:
                continue
            n += 1
            size += len(line) + 1
            for obj in mapper(loads(line)):
                write(dumps(obj, option=DUMPS_OPTS))
                objects += 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": n, "objects": objects, "bytes": size, "max_rss_kib": rss}))


if __name__ == "__main__":
    main()
