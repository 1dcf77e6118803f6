"""The shared request queue with acknowledgements, so that a killed worker's
in-flight requests are crawled by the others in the same crawl.

scrapy-redis' priority queue is a sorted set; its pop removes the first
entry, and a worker killed after a pop takes that request with it. Here a
pop *moves* the entry, atomically (a Lua script), into the worker's own
sorted set ``<prefix>:crawl:<id>:processing:<run id>``, with its score.
The worker removes it from there once the request is done (see
``RedisScheduler``: when the engine has handled its response or failure
completely — spider callback, every item through the pipelines, every
request it led to queued). When a worker's heartbeat lapses, another
worker moves its processing entries back into the queue, all at once and
only once (one script).

So delivery is *at least once*: a request whose worker died after its
record was written but before the acknowledgement is crawled again. That
costs a download, not a duplicate record: the dead run's shard is
remembered and its claims released before its entries are re-queued
(crawler/redis_state.py), so the second fetch finds the article known.
"""

from __future__ import annotations

from scrapy_redis.queue import PriorityQueue

# Move the first entry of the queue into a processing set, keeping its score.
POP = """
local entry = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #entry == 0 then return false end
redis.call('ZREM', KEYS[1], entry[1])
redis.call('ZADD', KEYS[2], entry[2], entry[1])
return entry[1]
"""

# Everything of a processing set back into the queue; the set is deleted.
REQUEUE = """
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do redis.call('ZADD', KEYS[2], entries[i + 1], entries[i]) end
redis.call('DEL', KEYS[1])
return #entries / 2
"""

# Mark a request seen and queue it, in one step: a worker killed in between
# must not leave a URL that no one will ever fetch.
ENQUEUE = """
if ARGV[3] == '1' or redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
  return 1
end
return 0
"""


class ReliableQueue(PriorityQueue):
    """scrapy-redis' priority queue; pop() moves the entry into
    `processing_key` instead of dropping it, and returns (request, entry)
    through :meth:`pop_entry`."""

    def __init__(self, server, spider, key, serializer=None, processing_key: str = ""):
        super().__init__(server, spider, key, serializer=serializer)
        self.processing_key = processing_key
        self._pop = server.register_script(POP)
        self._enqueue = server.register_script(ENQUEUE)

    def pop_entry(self):
        """(request, entry) of the first queued request, or (None, None)."""
        entry = self._pop(keys=[self.key, self.processing_key])
        if not entry:
            return None, None
        return self._decode_request(entry), entry

    def pop(self, timeout=0):
        return self.pop_entry()[0]

    def push_unseen(self, request, fingerprint: str, dupefilter_key: str) -> bool:
        """Queue `request` unless its fingerprint was seen (dont_filter: always)."""
        return bool(self._enqueue(keys=[dupefilter_key, self.key], args=[
            fingerprint, -request.priority, "1" if request.dont_filter else "0",
            self._encode_request(request)]))

    def acknowledge(self, entries: list) -> None:
        if entries:
            self.server.zrem(self.processing_key, *entries)


def requeue(server, processing_key: str, queue_key: str) -> int:
    """Move a processing set back into its queue; how many entries."""
    return int(server.register_script(REQUEUE)(keys=[processing_key, queue_key]))

