"""Peer for the TAXII pull benchmark: OASIS taxii2-client `as_pages` writing NDJSON.

Usage: taxii_pull.py COLLECTION_URL USER PASSWORD PER_REQUEST OUT_FILE
Prints one JSON line: {"objects": N, "max_rss_kib": K}.
"""
import json
import resource
import sys

from taxii2client.v21 import Collection, as_pages


def main():
    url, user, password, per_request, out = sys.argv[1:6]
    collection = Collection(url, user=user, password=password)
    n = 0
    with open(out, "w") as f:
        for envelope in as_pages(collection.get_objects, per_request=int(per_request)):
            for obj in envelope.get("objects", []):
                f.write(json.dumps(obj))
                f.write("\n")
                n += 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"objects": n, "max_rss_kib": rss}))


if __name__ == "__main__":
    main()
