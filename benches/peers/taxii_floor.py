"""Serving floor of the TAXII pull benchmark: every page fetched in order over one
keep-alive connection with http.client, bodies read and dropped (no JSON parsing,
no output). No client can pull the collection faster than the server serves it, so
taxii2-client's time divided by this time bounds the ratio any client can reach.

Usage: taxii_floor.py COLLECTION_URL USER PASSWORD PER_REQUEST
Prints one JSON line: {"objects": N, "pages": P, "bytes": B}.
"""
import base64
import http.client
import json
import re
import sys
from urllib.parse import urlsplit

NEXT = re.compile(rb'"next"\s*:\s*"([^"]*)"')
MORE = re.compile(rb'"more"\s*:\s*true')


def main():
    url, user, password, per_request = sys.argv[1:5]
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port)
    headers = {
        "Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode(),
        "Accept": "application/taxii+json;version=2.1",
    }
    base = f"{parts.path}objects/?limit={per_request}"
    token, pages, size, objects = None, 0, 0, 0
    while True:
        conn.request("GET", base + (f"&next={token}" if token else ""), headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            sys.exit(f"HTTP {resp.status}: {body[:200]!r}")
        pages += 1
        size += len(body)
        # Objects are counted by their "spec_version" keys: cheap, and exact for
        # the simulator's generated indicators.
        objects += body.count(b'"spec_version"')
        head = body[:256]
        m = NEXT.search(head)
        if not (MORE.search(head) and m):
            break
        token = m.group(1).decode()
    print(json.dumps({"objects": objects, "pages": pages, "bytes": size}))


if __name__ == "__main__":
    main()
