#!/usr/bin/env python3
"""Validates OCSF 1.7.0 events: one JSON object per line on stdin.

Each event is checked twice, fully offline:

1. by the pydantic-ocsf 3.0 model of its class (``ocsf.v1_7_0.events.<Class>``,
   found by ``class_uid``): it must validate without raising;
2. against the schema pydantic-ocsf bundles (``ocsf/schemas/v1_7_0.json``),
   more strictly than the models do:
   - every attribute present is declared for the class, and, recursively, every
     key of an object is declared for that object type (inheritance resolved;
     only the generic ``object`` type, e.g. ``unmapped``, takes any key);
   - no deprecated attribute, no ``null``;
   - required attributes present; the ``at_least_one`` / ``just_one``
     constraints of classes and objects hold;
   - values have their declared type (string, integer in 32 bits, long, float,
     boolean, object, array), the patterns, lengths and ranges of the
     dictionary's types (hashes in hex, IP and e-mail addresses, ports...);
   - every enum attribute (``*_id``, ``*_ids`` and string enums) holds a
     declared value, and a sibling label (``severity`` beside ``severity_id``)
     matches its id's caption unless the id is 99 (Other);
   - ``class_uid`` names a class, ``category_uid`` is its category,
     ``type_uid == class_uid * 100 + activity_id``, and the ``*_name`` labels of
     the three match the schema's captions.

Prints one line per failure, ``event <index>: <path>: <message>`` (the index
of the event among the non-blank input lines, from 0), then a summary line on stderr; exits 1 when any event
failed, 2 on a usage error, 0 otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import ocsf

VERSION = "1.7.0"
SCHEMA_PATH = Path(ocsf.__file__).parent / "schemas" / "v1_7_0.json"

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# The class-level placeholders of base_event (`class_uid` 0 "Base Event"...)
# are not the values an event carries: these three are checked by formula.
COMPUTED = {"class_uid", "category_uid", "type_uid", "class_name", "category_name", "type_name"}


class Schema:
    def __init__(self, raw: dict):
        self.raw = raw
        self.objects = raw["objects"]
        self.events = raw["events"]
        self.dictionary = raw["dictionary"]["attributes"]
        self.types = raw["dictionary"]["types"]["attributes"]
        cats = raw["categories_meta"]["attributes"]
        self.category_uids = {name: c["uid"] for name, c in cats.items()}
        self.category_captions = {c["uid"]: c["caption"] for c in cats.values()}
        self._attrs: dict[tuple[str, str], dict] = {}
        self._constraints: dict[tuple[str, str], dict] = {}
        # class_uid -> (event name, category uid)
        self.classes: dict[int, tuple[str, int]] = {}
        for name, spec in self.events.items():
            if spec.get("uid") is None:
                continue
            cat = self.category_of(name)
            if cat is None:
                continue
            self.classes[cat * 1000 + spec["uid"]] = (name, cat)
        from ocsf._utils import extract_observable_type_ids

        self.observable_types = extract_observable_type_ids(raw)

    def category_of(self, event: str) -> int | None:
        spec = self.events.get(event)
        while spec is not None:
            if spec.get("category") in self.category_uids:
                return self.category_uids[spec["category"]]
            spec = self.events.get(spec.get("extends", ""))
        return None

    def chain(self, kind: str, name: str) -> list[dict]:
        table = self.events if kind == "events" else self.objects
        out = []
        spec = table.get(name)
        while spec is not None:
            out.append(spec)
            spec = table.get(spec.get("extends", ""))
        return list(reversed(out))

    def attributes(self, kind: str, name: str) -> dict[str, dict]:
        """The attributes of an event class or object: the dictionary's
        definitions deep-merged with every level of the inheritance chain
        (enums are the union of all levels)."""
        key = (kind, name)
        if key in self._attrs:
            return self._attrs[key]
        merged: dict[str, dict] = {}
        for level in self.chain(kind, name):
            for attr, spec in level.get("attributes", {}).items():
                if attr.startswith("$") or not isinstance(spec, dict):
                    continue
                if attr not in merged:
                    merged[attr] = json.loads(json.dumps(self.dictionary.get(attr, {})))
                cur = merged[attr]
                for k, v in spec.items():
                    if k == "enum" and isinstance(v, dict):
                        cur.setdefault("enum", {}).update(v)
                    else:
                        cur[k] = v
        self._attrs[key] = merged
        return merged

    def constraints(self, kind: str, name: str) -> dict:
        key = (kind, name)
        if key not in self._constraints:
            merged: dict = {}
            for level in self.chain(kind, name):
                merged.update(level.get("constraints") or {})
            self._constraints[key] = merged
        return self._constraints[key]

    def type_of(self, spec: dict) -> tuple[str, str]:
        """("object", name) or ("primitive", type name)."""
        t = spec.get("object_type") or spec.get("type") or "string_t"
        if t in self.objects:
            return "object", t
        return "primitive", t

    def base_type(self, t: str) -> str:
        seen = set()
        while t in self.types and self.types[t].get("type") and t not in seen:
            seen.add(t)
            t = self.types[t]["type"]
        return t


class Checker:
    def __init__(self, schema: Schema):
        self.s = schema
        self.failures: list[str] = []
        self.index = 0

    def fail(self, path: str, msg: str) -> None:
        self.failures.append(f"event {self.index}: {path or '<event>'}: {msg}")

    # -- whole event ---------------------------------------------------------
    def check_event(self, ev) -> None:
        if not isinstance(ev, dict):
            self.fail("", "not a JSON object")
            return
        cls = ev.get("class_uid")
        if not isinstance(cls, int) or isinstance(cls, bool) or cls not in self.s.classes:
            self.fail("class_uid", f"{cls!r} is not a class of OCSF {VERSION}")
            return
        name, cat = self.s.classes[cls]
        if ev.get("category_uid") != cat:
            self.fail("category_uid", f"{ev.get('category_uid')!r} is not {cat}, the category of class {cls}")
        act = ev.get("activity_id")
        if isinstance(act, int) and not isinstance(act, bool):
            if ev.get("type_uid") != cls * 100 + act:
                self.fail("type_uid", f"{ev.get('type_uid')!r} is not class_uid*100+activity_id = {cls * 100 + act}")
        caption = self.s.events[name].get("caption")
        if "class_name" in ev and str(ev["class_name"]).lower() != str(caption).lower():
            self.fail("class_name", f"{ev['class_name']!r} is not {caption!r}")
        cat_caption = self.s.category_captions.get(cat)
        if "category_name" in ev and str(ev["category_name"]).lower() != str(cat_caption).lower():
            self.fail("category_name", f"{ev['category_name']!r} is not {cat_caption!r}")
        if "type_name" in ev and isinstance(act, int):
            acts = self.s.attributes("events", name).get("activity_id", {}).get("enum", {})
            act_caption = acts.get(str(act), {}).get("caption")
            want = f"{caption}: {act_caption}"
            if act != 99 and str(ev["type_name"]).lower() != want.lower():
                self.fail("type_name", f"{ev['type_name']!r} is not {want!r}")
        meta = ev.get("metadata")
        if isinstance(meta, dict) and meta.get("version") != VERSION:
            self.fail("metadata.version", f"{meta.get('version')!r} is not {VERSION!r}")
        self.check_members(ev, "events", name, "")
        self.check_model(ev, name)

    def check_model(self, ev: dict, name: str) -> None:
        from ocsf._utils import snake_to_pascal
        from ocsf.v1_7_0 import events

        try:
            model = getattr(events, snake_to_pascal(name))
        except AttributeError as e:  # pragma: no cover - a schema/package mismatch
            self.fail("", f"pydantic-ocsf has no model for {name}: {e}")
            return
        try:
            model.model_validate(json.loads(json.dumps(ev)))
        except Exception as e:  # pydantic.ValidationError or a validator's ValueError
            errors = getattr(e, "errors", None)
            if callable(errors):
                for err in errors():
                    loc = ".".join(str(p) for p in err.get("loc", ()))
                    self.fail(loc, f"pydantic-ocsf: {err.get('msg')}")
            else:
                self.fail("", f"pydantic-ocsf: {e}")

    # -- objects -------------------------------------------------------------
    def check_members(self, obj: dict, kind: str, name: str, path: str) -> None:
        attrs = self.s.attributes(kind, name)
        for key, value in obj.items():
            p = f"{path}.{key}" if path else key
            spec = attrs.get(key)
            if spec is None:
                self.fail(p, f"not an attribute of {name}")
                continue
            if "@deprecated" in spec:
                self.fail(p, f"deprecated: {spec['@deprecated'].get('message', '')}")
            if kind == "events" and key in COMPUTED:
                if not isinstance(value, (int, str)) or isinstance(value, bool):
                    self.fail(p, f"{value!r} has the wrong type")
                continue
            self.check_value(value, spec, key, p, obj, name)
        for key, spec in attrs.items():
            if spec.get("requirement") == "required" and key not in obj:
                self.fail(f"{path}.{key}" if path else key, f"required by {name}, missing")
        cons = self.s.constraints(kind, name)
        if cons.get("at_least_one") and not any(k in obj for k in cons["at_least_one"]):
            self.fail(path, f"{name} needs at least one of {cons['at_least_one']}")
        if cons.get("just_one"):
            n = sum(1 for k in cons["just_one"] if k in obj)
            if n != 1:
                self.fail(path, f"{name} needs exactly one of {cons['just_one']}, has {n}")

    def check_value(self, value, spec: dict, key: str, path: str, parent: dict, owner: str) -> None:
        if value is None:
            self.fail(path, "null")
            return
        if spec.get("is_array"):
            if not isinstance(value, list):
                self.fail(path, f"must be an array, is {type(value).__name__}")
                return
            for i, item in enumerate(value):
                self.check_scalar(item, spec, key, f"{path}[{i}]", None, owner)
            return
        self.check_scalar(value, spec, key, path, parent, owner)

    def check_scalar(
        self, value, spec: dict, key: str, path: str, parent: dict | None, owner: str
    ) -> None:
        if value is None:
            self.fail(path, "null")
            return
        kind, t = self.s.type_of(spec)
        if kind == "object":
            if not isinstance(value, dict):
                self.fail(path, f"must be a {t} object, is {type(value).__name__}")
                return
            if t == "object":
                return  # the generic object: any content
            self.check_members(value, "objects", t, path)
            return
        base = self.s.base_type(t)
        if base in ("string_t",):
            if not isinstance(value, str):
                self.fail(path, f"must be a string ({t}), is {type(value).__name__}")
                return
            tdef = self.s.types.get(t, {})
            if "regex" in tdef and not re.search(tdef["regex"], value):
                self.fail(path, f"{value[:80]!r} does not match {t}")
            if "max_len" in tdef and len(value) > tdef["max_len"]:
                self.fail(path, f"longer than {tdef['max_len']} ({t})")
        elif base in ("integer_t", "long_t"):
            if not isinstance(value, int) or isinstance(value, bool):
                self.fail(path, f"must be an integer ({t}), is {type(value).__name__}")
                return
            lo, hi = INT32 if base == "integer_t" else INT64
            rng = self.s.types.get(t, {}).get("range")
            if rng:
                lo, hi = rng
            if not lo <= value <= hi:
                self.fail(path, f"{value} is out of range for {t}")
        elif base == "float_t":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                self.fail(path, f"must be a number ({t}), is {type(value).__name__}")
                return
        elif base == "boolean_t":
            if not isinstance(value, bool):
                self.fail(path, f"must be a boolean, is {type(value).__name__}")
                return
        elif base == "json_t":
            return
        else:
            self.fail(path, f"unknown type {t}")
            return
        enum = spec.get("enum")
        if owner == "observable" and key == "type_id":
            # A derived enum: every observable type the schema defines.
            enum = {str(k): {"caption": v} for k, v in self.s.observable_types.items()}
        if enum:
            if str(value) not in enum:
                self.fail(path, f"{value!r} is not a declared value of {key} ({sorted(enum, key=_num)[:30]})")
                return
            sibling = self.s.dictionary.get(key, {}).get("sibling")
            if parent is not None and sibling and sibling in parent and value != 99:
                caption = enum[str(value)].get("caption", "")
                label = parent[sibling]
                if not isinstance(label, str) or label.strip().lower() != caption.lower():
                    self.fail(path, f"{sibling} {label!r} does not match {key} {value} ({caption!r})")


def _num(k: str):
    try:
        return (0, int(k))
    except ValueError:
        return (1, k)


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    schema = Schema(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    checker = Checker(schema)
    count = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        checker.index = count
        count += 1
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as e:
            checker.fail("", f"not JSON: {e}")
            continue
        checker.check_event(ev)
    for f in checker.failures:
        print(f)
    failed = len({f.split(":", 1)[0] for f in checker.failures})
    print(
        f"validate_ocsf: {count} events, {failed} failed, {len(checker.failures)} failures",
        file=sys.stderr,
    )
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
