#!/usr/bin/env bash
# Cold-start benchmark: `prikaz render --to pdf` against LibreOffice converting our own DOCX of the
# same seed, measured in the same run on the same machine. Downloads nothing; needs the .NET SDK,
# and soffice (libreoffice-writer-nogui) for the comparison.
#
# Usage: scripts/bench-cold.sh [-n RUNS] [--build native|r2r|jit] [SEED]
#   SEED      a file under roadmaps/ without .yaml (default: amur-2020-shnor)
#   -n RUNS   runs of each command (default 5); medians are reported
#   --build   which prikaz to time (default native):
#               native  dotnet publish -p:PublishAot=true: one native executable (needs gcc or clang)
#               r2r     dotnet publish -p:PublishReadyToRun=true: the managed tool, precompiled
#               jit     the plain Release build, compiled just in time
#
# What "cold" means here: every run is a new process (the .NET runtime, JIT/ReadyToRun code,
# fonts and templates all loaded afresh). The files stay in the OS page cache, as they do for a
# clerk running the tool twice; dropping the cache needs root and is not done. LibreOffice is timed
# two ways: with a fresh user profile per run (-env:UserInstallation pointing at a new folder: what
# a first conversion on a server or in CI costs) and with one profile created beforehand and reused
# (a new soffice process, but its profile already exists). The ratio uses the reused profile, the
# smaller LibreOffice figure, so it is not flattered.
set -euo pipefail

runs=5
build=native
seed=amur-2020-shnor
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) seed="$1"; shift ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
yaml="$root/roadmaps/$seed.yaml"
[[ -f "$yaml" ]] || { echo "no such seed: $yaml" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/prikaz-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
case "$build" in
  native)
    echo "Publishing native AOT ($rid) …"
    dotnet publish "$root/src/Prikaz.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/prikaz" -nologo -v q >/dev/null ;;
  r2r)
    echo "Publishing ReadyToRun ($rid) …"
    dotnet publish "$root/src/Prikaz.Cli" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -o "$work/prikaz" -nologo -v q >/dev/null ;;
  jit)
    echo "Building Release …"
    dotnet build "$root/src/Prikaz.Cli" -c Release -o "$work/prikaz" -nologo -v q >/dev/null ;;
  *) echo "unknown --build $build (native, r2r or jit)" >&2; exit 2 ;;
esac
prikaz="$work/prikaz/prikaz"

# Elapsed seconds of one command, its output discarded.
elapsed() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f\n", b - a }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # label, then the command; prints the runs and the median, leaves the median in $result
  local label="$1"; shift
  local times=()
  for ((i = 1; i <= runs; i++)); do times+=("$(elapsed "$@")"); done
  result="$(printf '%s\n' "${times[@]}" | median)"
  printf '%-44s median %6.3f s   runs: %s\n' "$label" "$result" "$(printf '%.3f ' "${times[@]}")"
}

cd "$root"
echo "Seed: $seed, build: $build, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "prikaz render --to pdf" "$prikaz" render "$yaml" --to pdf -o "$work/out"
pdf_median=$result
ls -l "$work/out/$seed.pdf" | awk '{ printf "  PDF: %d bytes\n", $5 }'

if ! command -v soffice >/dev/null; then
  echo "soffice not found: install libreoffice-writer-nogui to compare." >&2
  exit 0
fi

"$prikaz" render "$yaml" --to docx -o "$work/docx" >/dev/null 2>&1
docx="$work/docx/$seed.docx"
profile_run=0
fresh_profile() { profile_run=$((profile_run + 1)); echo "file://$work/lo-profile-$profile_run"; }
soffice_fresh() { soffice "-env:UserInstallation=$(fresh_profile)" --headless --convert-to pdf --outdir "$work/lo" "$docx"; }
soffice_reused() { soffice "-env:UserInstallation=file://$work/lo-profile-reused" --headless --convert-to pdf --outdir "$work/lo" "$docx"; }

measure "soffice --convert-to pdf (fresh profile)" soffice_fresh
fresh_median=$result
soffice_reused >/dev/null 2>&1   # creates the reused profile, untimed
measure "soffice --convert-to pdf (reused profile)" soffice_reused
reused_median=$result

awk -v p="$pdf_median" -v f="$fresh_median" -v r="$reused_median" 'BEGIN {
  printf "Ratio LibreOffice / prikaz: %.1fx (reused profile), %.1fx (fresh profile); the target is 20x\n", r / p, f / p }'
