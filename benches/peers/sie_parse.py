"""Peer for the SIE parse benchmark: requests `iter_lines` + `orjson.loads`.

Usage: sie_parse.py CHFETCH_URL APIKEY CHANNEL START END
Prints one JSON line: {"records": N, "bytes": B, "max_rss_kib": K}.
"""
import json
import resource
import sys

import orjson
import requests


def main():
    url, apikey, channel, start, end = sys.argv[1:6]
    body = {"apikey": apikey, "channel": int(channel), "start_time": start, "end_time": end}
    n = 0
    size = 0
    with requests.post(url, json=body, stream=True) as r:
        r.raise_for_status()
        for line in r.iter_lines(chunk_size=256 * 1024):
            if line:
                orjson.loads(line)
                n += 1
                size += len(line) + 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": n, "bytes": size, "max_rss_kib": rss}))


if __name__ == "__main__":
    main()
