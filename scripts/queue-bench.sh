#!/usr/bin/env bash
# queue-bench.sh BINARY N PATH...: a queued ingest of PATH with N worker
# processes (one page at a time each) on this machine's NATS JetStream
# (127.0.0.1:4222) and PostgreSQL (127.0.0.1:5432, database test); prints
# articles per second. Each run uses a fresh stream and schema and drops the
# schema afterwards.
set -u
bin=$1 n=$2
shift 2
tag=qb$$_$RANDOM
db="postgres://postgres@127.0.0.1:5432/test?search_path=$tag"
pids=()
for _ in $(seq "$n"); do
	"$bin" worker --queue nats://127.0.0.1:4222 --stream "$tag" --db "$db" --workers 1 --metrics '' 2>/dev/null &
	pids+=($!)
done
sleep 2
start=$(date +%s.%N)
"$bin" ingest --quiet --queue nats://127.0.0.1:4222 --stream "$tag" --db "$db" --wait "$@" 2>/dev/null
end=$(date +%s.%N)
kill -TERM "${pids[@]}"
wait
articles=$("$bin" export --db "$db" articles | wc -l)
awk -v n="$n" -v a="$articles" -v s="$start" -v e="$end" 'BEGIN { printf "workers=%d articles=%d seconds=%.1f articles/s=%.1f\n", n, a, e - s, a / (e - s) }'
psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA $tag CASCADE" >/dev/null 2>&1
