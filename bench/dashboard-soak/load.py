"""Bounded load on the gateway (4 keep-alive clients, stops by itself) while sampling a process's RSS every 5 s."""
import http.client, sys, threading, time
from urllib.parse import urlparse

base, token, duration, pid = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
url = urlparse(base)
paths = ["/api/catalogue/entries?limit=5", "/api/indicators/organismes/soak-org/active-contracts", "/api/partners/directory?territory=34"]
count = [0]
lock = threading.Lock()
deadline = time.monotonic() + duration

def client():
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    i = 0
    while time.monotonic() < deadline:
        try:
            conn.request("GET", paths[i % len(paths)], headers={"Authorization": "Bearer " + token})
            conn.getresponse().read()
        except Exception:
            conn.close(); conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        i += 1
        with lock:
            count[0] += 1

def rss_kib():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0

threads = [threading.Thread(target=client, daemon=True) for _ in range(4)]
for t in threads: t.start()
start = time.monotonic()
print("seconds,rss_kib,requests")
while time.monotonic() < deadline:
    print(f"{time.monotonic() - start:.0f},{rss_kib()},{count[0]}", flush=True)
    time.sleep(5)
for t in threads: t.join()
print(f"{time.monotonic() - start:.0f},{rss_kib()},{count[0]}", flush=True)
