#!/usr/bin/env python3
"""Load test of the intake API: POST /api/aanmeldingen against a running application.

Each request registers a new asielmigrant (a fresh valid BSN), so every call stores a message, a person
and a case and starts the main process with its schakel 2 subprocess. Loopback only.

    python3 scripts/bench-aanmeldingen.py [--url http://localhost:8080] [--count 500] [--threads 4]
"""
import argparse
import base64
import concurrent.futures
import datetime
import json
import random
import statistics
import time
import urllib.request


def valid_bsn(rng):
    while True:
        digits = [9] + [rng.randrange(10) for _ in range(8)]
        total = sum((9 - i) * d for i, d in enumerate(digits[:8])) - digits[8]
        if total != 0 and total % 11 == 0:
            return "".join(map(str, digits))


def body(bsn):
    today = datetime.date.today()
    return {
        "voornamen": "Bench", "achternaam": "Persoon", "bsn": bsn,
        "geboortedatum": str(today.replace(year=today.year - 30) - datetime.timedelta(days=3)),
        "nationaliteit": "SYR", "doelgroep": "ASIELMIGRANT", "gemeente": "GM0405",
        "huishoudenReferentie": "BENCH-" + bsn, "taal": "Arabisch", "tolkNodig": True,
        "opleidingsniveau": "MBO", "koppeldatum": str(today - datetime.timedelta(days=7)), "azc": "AZC Alkmaar",
    }


def post(url, auth, payload):
    request = urllib.request.Request(url + "/api/aanmeldingen", data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": auth})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--user", default="coa:demo")
    args = parser.parse_args()
    if not args.url.startswith(("http://localhost", "http://127.")):
        raise SystemExit("only loopback targets")
    auth = "Basic " + base64.b64encode(args.user.encode()).decode()
    rng = random.Random()
    payloads = [body(valid_bsn(rng)) for _ in range(args.count)]
    post(args.url, auth, body(valid_bsn(rng)))  # warm-up
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
        results = list(pool.map(lambda p: post(args.url, auth, p), payloads))
    elapsed = time.perf_counter() - started
    latencies = sorted(r[1] * 1000 for r in results)
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(f"{args.count} aanmeldingen, {args.threads} threads: {args.count / elapsed:.1f}/s, "
          f"p50 {statistics.median(latencies):.1f} ms, p95 {latencies[int(len(latencies) * 0.95) - 1]:.1f} ms, "
          f"statuses {statuses}")


if __name__ == "__main__":
    main()
