#!/usr/bin/env python3
"""Serves N local RSS feeds for a soak test of `vigil watch`: every feed gains one new item per
minute (distinct text, a stable guid), honours If-None-Match with an ETag, and logs how many items
it has published so far to PUBLISHED_FILE; once PUBLISHED_FILE.stop exists, no feed gains another
item. A minute stands for a week: item n is published n weeks after the first, as a real feed's news
moves on, so that linking's window (62 days either side of a new report) holds a bounded number of
stored reports after about 18 minutes (dated all on one day, every item would stay in every window).
Usage: soak_feeds.py PORT FEEDS PUBLISHED_FILE"""
import datetime
import hashlib
import os
import http.server
import random
import sys
import threading
import time

PORT, FEEDS, PUBLISHED = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
START = time.time()
ACTORS = ["militiamen", "soldiers", "rebels", "gunmen", "police", "protesters", "insurgents", "armed herders"]
VERBS = ["attacked", "shelled", "raided", "clashed with residents of", "marched through", "set fire to houses in"]
PLACES = ["the northern district", "a border village", "the market town", "the river crossing", "the old quarter",
          "a farming settlement", "the provincial capital", "a displacement camp"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday"]
stopped = None


def items_of(feed):
    """The items feed `feed` has published so far: one at start, one more each minute."""
    global stopped
    if stopped is None and os.path.exists(PUBLISHED + ".stop"):
        stopped = time.time()
    count = 1 + int(((stopped or time.time()) - START) // 60)
    out = []
    for n in range(count):
        rng = random.Random(f"{feed}-{n}")
        words = [rng.choice(ACTORS), rng.choice(VERBS), rng.choice(PLACES), rng.choice(DAYS)]
        detail = " ".join(rng.choice(["witnesses", "officials", "a spokesman", "residents", "medics", "aid workers"])
                          for _ in range(3))
        number = rng.randint(2, 90)
        text = (f"Feed {feed} report {n}: {words[0].capitalize()} {words[1]} {words[2]} {words[3]}, "
                f"and {number} people were counted afterwards by {detail}, according to report number {feed * 10000 + n}. "
                f"The account could not be verified independently, the desk of feed {feed} said in item {n}.")
        published = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(weeks=n)
        out.append((f"soak-{feed}-{n}", f"Report {n} of feed {feed}", text, published.strftime("%a, %d %b %Y %H:%M:%S +0000")))
    return out


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.path.startswith("/feed/"):
            self.send_response(404)
            self.end_headers()
            return
        feed = int(self.path.split("/")[2].split(".")[0])
        items = items_of(feed)
        body = "".join(f"<item><guid>{g}</guid><title>{t}</title><pubDate>{d}</pubDate>"
                       f"<description>{x}</description></item>" for g, t, x, d in items)
        xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Soak feed {feed}</title>{body}</channel></rss>'
        etag = '"' + hashlib.sha1(xml.encode()).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        data = xml.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def record():
    while True:
        with open(PUBLISHED + ".new", "w") as f:
            f.write(str(sum(len(items_of(feed)) for feed in range(FEEDS))))
        os.replace(PUBLISHED + ".new", PUBLISHED)
        time.sleep(5)


threading.Thread(target=record, daemon=True).start()
http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
