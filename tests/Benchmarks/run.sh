#!/usr/bin/env bash
# Load test of the read path: see README.md. Prints a Markdown table per output-cache mode.
#
#   tests/Benchmarks/run.sh [--articles N] [--db PATH] [--port 5106] [--cache off|on|both]
#                           [--duration 10s] [--connections 32] [--threads 2] [--no-build]
#                           [--only ceiling,slug,...]   (scenario keys; the ceiling always runs)
set -euo pipefail

ARTICLES=10000
DB=""
PORT=5106
CACHE=both
DURATION=10s
CONNECTIONS=32
THREADS=2
BUILD=1
ONLY=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --cache) CACHE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --only) ONLY="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB="${DB:-/tmp/contentapi-bench-$ARTICLES.db}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/contentapi-bench.XXXXXX)"
APP="$ROOT/src/ContentApi/bin/Release/net10.0/ContentApi.dll"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

need() {
  command -v "$1" >/dev/null && return
  local sudo=""; [[ "$(id -u)" != 0 ]] && sudo="sudo"
  echo "installing $2 from Debian's packages" >&2
  $sudo apt-get install -y "$2" >/dev/null
}
need wrk wrk
need sqlite3 sqlite3
need curl curl

if [[ $BUILD == 1 ]]; then
  echo "building Release" >&2
  dotnet build "$ROOT/src/ContentApi" -c Release -nologo -v quiet >&2
fi

if [[ ! -f "$DB" ]]; then
  echo "seeding $ARTICLES articles into $DB" >&2
  ConnectionStrings__Content="Data Source=$DB" dotnet "$APP" seed --articles "$ARTICLES" --db "$DB" >&2
fi

start_server() {
  local cache="$1"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Content="Data Source=$DB" \
  Seed__SampleContent=false \
  Benchmark__Ceiling=true \
  Caching__OutputCache__Enabled="$cache" \
  RateLimiting__Enabled=false \
  Logging__LogLevel__Default=Warning \
    dotnet "$APP" --urls "$BASE" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BASE/health/ready" >/dev/null 2>&1 && return
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "server did not become ready" >&2; cat "$WORK/server.log" >&2; exit 1
}

# User + system CPU the server process has used so far, in clock ticks: the cost of a request measured this
# way does not depend on how busy the rest of the machine is, unlike requests/s and latency.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# The inputs each scenario rotates through, read from the database once.
now="$(date -u '+%Y-%m-%d %H:%M:%S')"
sqlite3 "$DB" "SELECT '/api/v1/articles/' || Slug FROM Articles WHERE Status = 'Published' AND PublishedAt <= '$now' ORDER BY Id LIMIT 2000;" >"$WORK/slug"
section="$(sqlite3 "$DB" "SELECT s.Slug FROM Sections s WHERE s.ParentId IS NULL AND EXISTS (SELECT 1 FROM Sections c WHERE c.ParentId = s.Id) ORDER BY (SELECT COUNT(*) FROM Articles a WHERE a.SectionId = s.Id) DESC LIMIT 1;")"
authors="$(sqlite3 "$DB" "SELECT '/api/v1/authors/' || Slug || '/articles?limit=20' FROM Authors ORDER BY Slug LIMIT 50;")"
echo "$authors" >"$WORK/author"
echo "/api/v1/articles?limit=20" >"$WORK/latest"
echo "/api/v1/sections/$section/articles?limit=20" >"$WORK/section"
# Page 500 needs 10,000 published articles: a smaller database is paged as deep as it goes.
published="$(sqlite3 "$DB" "SELECT COUNT(*) FROM Articles WHERE Status = 'Published' AND PublishedAt <= '$now';")"
DEEP=$(( published / 20 < 500 ? published / 20 : 500 ))
echo "/api/v1/articles?limit=20&page=$DEEP" >"$WORK/page500"
echo "/bench/ceiling" >"$WORK/ceiling"
sqlite3 "$DB" "SELECT '/api/v1/articles/' || Slug || '/related?limit=5' FROM Articles WHERE Status = 'Published' AND PublishedAt <= '$now' ORDER BY Id LIMIT 500;" >"$WORK/related"
# Search terms: 50 words spread evenly over the 5,000 commonest of the FTS5 vocabulary (every 100th), from
# words in most articles to words in a few hundred, as readers' queries are; the commonest word, in nearly
# every article, is the worst case and is measured separately.
sqlite3 "$DB" "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, ArticleSearch, 'row');
  SELECT '/api/v1/articles?limit=20&q=' || term FROM (
    SELECT term, ROW_NUMBER() OVER (ORDER BY doc DESC, term) - 1 AS n FROM temp.vocab
    WHERE length(term) >= 4 AND term GLOB '[a-z]*')
  WHERE n % 100 = 0 AND n < 5000;" >"$WORK/search"
common="$(sqlite3 "$DB" "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, ArticleSearch, 'row');
  SELECT term FROM temp.vocab WHERE length(term) >= 4 ORDER BY doc DESC LIMIT 1;")"
echo "/api/v1/articles?limit=20&q=$common" >"$WORK/searchcommon"

cursor_path() {
  # nextCursor of numbered page N-1 is the keyset cursor of page N.
  local page="$1"
  local cursor
  cursor="$(curl -fs "$BASE/api/v1/articles?limit=20&page=$((page - 1))" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')"
  [[ -n "$cursor" ]] || { echo "no cursor for page $page" >&2; exit 1; }
  echo "/api/v1/articles?limit=20&cursor=$cursor"
}

SCENARIOS=(
  "ceiling|fixed JSON, article-sized (the machine's ceiling)"
  "slug|article by slug (2000 slugs)"
  "latest|latest 20"
  "section|latest 20 in a section (with sub-sections)"
  "cursor2|page 2 via cursor"
  "cursor500|page $DEEP via cursor"
  "page500|page $DEEP via page="
  "author|an author's articles (50 authors)"
  "related|related posts of an article (500 articles)"
  "search|search q= (50 words, common to rare), relevance"
  "searchcommon|search q=<the commonest word>, relevance (worst case)"
)

run_mode() {
  local cache="$1"
  start_server "$cache"
  cursor_path 2 >"$WORK/cursor2"
  cursor_path "$DEEP" >"$WORK/cursor500"

  local ceiling=""
  printf '\n### Output cache %s — %s articles, %s connections, %s threads, %s per scenario\n\n' "$cache" "$ARTICLES" "$CONNECTIONS" "$THREADS" "$DURATION"
  printf '| scenario | req/s | p50 | p99 | of ceiling | server CPU per request | errors |\n|---|---:|---:|---:|---:|---:|---:|\n'
  for entry in "${SCENARIOS[@]}"; do
    local key="${entry%%|*}" label="${entry#*|}"
    [[ -z "$ONLY" || "$key" == ceiling || ",$ONLY," == *",$key,"* ]] || continue
    # Warm-up: JIT, connection pools, SQLite page cache and (when on) the output cache.
    PATHS="$WORK/$key" wrk -t"$THREADS" -c"$CONNECTIONS" -d3s --timeout 5s -s "$HERE/paths.lua" "$BASE" >/dev/null
    local line cpu_before cpu_after
    cpu_before="$(cpu_ticks)"
    line="$(PATHS="$WORK/$key" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s "$HERE/paths.lua" "$BASE" | grep '^RESULT')"
    cpu_after="$(cpu_ticks)"
    local rps requests cpu_ms p50 p99 non2xx socket
    rps="$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$line")"
    p50="$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$line")"
    p99="$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")"
    requests="$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")"
    cpu_ms="$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f ms", (n > 0 ? (b - a) * 1000 / hz / n : 0) }')"
    non2xx="$(sed -n 's/.*non2xx=\([0-9]*\).*/\1/p' <<<"$line")"
    socket="$(sed -n 's/.*socket_errors=\([0-9]*\).*/\1/p' <<<"$line")"
    [[ "$key" == ceiling ]] && ceiling="$rps"
    local ratio
    ratio="$(awk -v r="$rps" -v c="$ceiling" 'BEGIN { printf "%.0f%%", 100 * r / c }')"
    printf '| %s | %s | %s ms | %s ms | %s | %s | %s |\n' "$label" "$(printf '%.0f' "$rps")" "$p50" "$p99" "$ratio" "$cpu_ms" "$((non2xx + socket))"
  done
  stop_server
}

echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database: $DB ($(du -h "$DB" | cut -f1)), $(sqlite3 "$DB" 'SELECT COUNT(*) FROM Articles;') articles"
case "$CACHE" in
  both) run_mode false; run_mode true ;;
  on|true) run_mode true ;;
  off|false) run_mode false ;;
  *) echo "--cache must be off, on or both" >&2; exit 2 ;;
esac
