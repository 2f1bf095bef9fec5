#!/usr/bin/env bash
# Side-by-side benchmark: one order with its roadmap to PDF, by Prikaz and by its peers, in one run on
# one machine, for 60, 600 and 3,000 rows (scripts/generate-roadmap.sh):
#   prikaz       prikaz render --to pdf of the generated roadmap (native build by default)
#   libreoffice  soffice --headless --convert-to pdf of Prikaz's own DOCX of it (one profile, made beforehand)
#   chromium     chromium --headless --print-to-pdf of Prikaz's own HTML of it
#   weasyprint   weasyprint of that HTML (Debian's package; skipped with a note when it is not installed)
#   typst        the same order and table written as Typst markup (generate-roadmap.sh --typst), compiled by
#                the npm package @myriaddreamin/typst-ts-node-compiler in a new node process
# Every run is a new process with the files in the OS page cache ("cold"); medians of RUNS runs of the wall
# time and of the CPU time (user + system, /usr/bin/time: on a shared, loaded machine the steadier of the
# two), and each peer's medians over Prikaz's. Prints a Markdown table (the README's Performance section shows one).
#
# Usage: scripts/bench-peers.sh [-n RUNS] [--sizes "60 600 3000"] [--build native|jit] [--prikaz PATH]
#   -n RUNS        runs of each command (default 5)
#   --sizes LIST   roadmap rows (default "60 600 3000")
#   --build        which prikaz to build and time (default native: dotnet publish -p:PublishAot=true)
#   --prikaz PATH  time this prikaz executable instead of building one
# Needs the .NET SDK; soffice, chromium and weasyprint where installed (apt-get install
# libreoffice-writer-nogui chromium weasyprint); node and npm for Typst (installed into .artifacts/peers).
set -euo pipefail

runs=5
sizes="60 600 3000"
build=native
prikaz=""
typst_version=0.7.0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --prikaz) prikaz="$(realpath "$2")"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/prikaz-peers.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ -z "$prikaz" ]]; then
  rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
  case "$build" in
    native)
      echo "Publishing native AOT ($rid) …"
      dotnet publish "$root/src/Prikaz.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/prikaz" -nologo -v q >/dev/null ;;
    jit)
      echo "Building Release …"
      dotnet build "$root/src/Prikaz.Cli" -c Release -o "$work/prikaz" -nologo -v q >/dev/null ;;
    *) echo "unknown --build $build (native or jit)" >&2; exit 2 ;;
  esac
  prikaz="$work/prikaz/prikaz"
fi

# The peers; each is either a command line or the reason it is not timed.
have() { command -v "$1" >/dev/null; }
note_libreoffice="" note_chromium="" note_weasyprint="" note_typst=""
have soffice || note_libreoffice="not installed (apt-get install libreoffice-writer-nogui)"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$chromium_bin" ]] || note_chromium="not installed (apt-get install chromium)"
if ! have weasyprint; then
  candidate="$(apt-cache policy weasyprint 2>/dev/null | awk '/Candidate:/ { print $2 }')"
  if [[ -n "$candidate" && "$candidate" != "(none)" ]]; then
    note_weasyprint="not installed; Debian has $candidate (apt-get install weasyprint)"
  else
    note_weasyprint="not installable from this machine's Debian sources (apt-cache policy weasyprint: no candidate)"
  fi
fi
typst_module="$root/.artifacts/peers/node_modules/@myriaddreamin/typst-ts-node-compiler"
if ! have node || ! have npm; then
  note_typst="node and npm are needed"
elif [[ ! -d "$typst_module" ]]; then
  echo "Installing @myriaddreamin/typst-ts-node-compiler@$typst_version into .artifacts/peers …"
  mkdir -p "$root/.artifacts/peers"
  npm install --no-audit --no-fund --prefix "$root/.artifacts/peers" "@myriaddreamin/typst-ts-node-compiler@$typst_version" >/dev/null 2>&1 \
    || note_typst="npm install @myriaddreamin/typst-ts-node-compiler failed"
fi
cat >"$work/typst-pdf.js" <<'EOF'
const { NodeCompiler } = require(process.argv[2]);
const fs = require('fs');
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [process.argv[3]] }] });
fs.writeFileSync(process.argv[5], compiler.pdf({ mainFileContent: fs.readFileSync(process.argv[4], 'utf8') }));
EOF

# Wall and CPU seconds (user + system, its children included) of one command, its output discarded.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # label, then the command; prints the runs, leaves the medians in $result (wall) and $cpu
  local label="$1"; shift
  local walls=() cpus=() run
  for ((i = 1; i <= runs; i++)); do
    run="$(timed "$@")"
    walls+=("${run% *}"); cpus+=("${run#* }")
  done
  result="$(printf '%s\n' "${walls[@]}" | median)"
  cpu="$(printf '%s\n' "${cpus[@]}" | median)"
  printf '  %-12s median %7.3f s wall, %7.3f s CPU   runs (wall): %s\n' "$label" "$result" "$cpu" "$(printf '%.3f ' "${walls[@]}")" >&2
}

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true; }

# A fresh profile for every print, as a first print on a server or in CI has (a script: /usr/bin/time runs it).
cat >"$work/chromium-print.sh" <<EOF
#!/usr/bin/env bash
rm -rf "$work/chromium-profile"
exec "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \\
  --disable-component-update --disable-sync --user-data-dir="$work/chromium-profile" --no-pdf-header-footer \\
  --print-to-pdf="\$2" "file://\$1"
EOF
chmod +x "$work/chromium-print.sh"

if [[ -z "$note_libreoffice" ]]; then
  # One profile made beforehand and reused: the cheaper of the ways to run LibreOffice (bench-cold.sh times both).
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --terminate_after_init >/dev/null 2>&1 || true
fi

echo "prikaz: $prikaz; $runs runs each; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rows_table=()
for rows in $sizes; do
  dir="$work/$rows"
  mkdir -p "$dir"
  "$root/scripts/generate-roadmap.sh" "$rows" >"$dir/roadmap.yaml"
  "$root/scripts/generate-roadmap.sh" --typst "$rows" >"$dir/roadmap.typ"
  "$prikaz" render "$dir/roadmap.yaml" --templates "$root/templates" --to docx,html -o "$dir/inputs" >/dev/null
  echo "$rows rows:" >&2

  measure prikaz "$prikaz" render "$dir/roadmap.yaml" --templates "$root/templates" --to pdf -o "$dir/prikaz"
  base=$result base_cpu=$cpu
  line="| $rows | $base s / $base_cpu s ($(pages "$dir/prikaz/roadmap.pdf") p.)"

  cell() { # pdf → table cell of the last measure: wall / CPU, and the ratios to Prikaz's
    printf '%s s / %s s, %s× / %s× (%s p.)' "$result" "$cpu" \
      "$(awk -v a="$result" -v b="$base" 'BEGIN { printf "%.1f", a / b }')" \
      "$(awk -v a="$cpu" -v b="$base_cpu" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')" "$(pages "$1")"
  }
  if [[ -z "$note_libreoffice" ]]; then
    measure libreoffice soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$dir/lo" "$dir/inputs/roadmap.docx"
    line+=" | $(cell "$dir/lo/roadmap.pdf")"
  else
    line+=" | —"
  fi
  if [[ -z "$note_chromium" ]]; then
    measure chromium "$work/chromium-print.sh" "$dir/inputs/roadmap.html" "$dir/chromium.pdf"
    line+=" | $(cell "$dir/chromium.pdf")"
  else
    line+=" | —"
  fi
  if [[ -z "$note_weasyprint" ]]; then
    measure weasyprint weasyprint "$dir/inputs/roadmap.html" "$dir/weasyprint.pdf"
    line+=" | $(cell "$dir/weasyprint.pdf")"
  else
    line+=" | —"
  fi
  if [[ -z "$note_typst" ]]; then
    measure typst node "$work/typst-pdf.js" "$typst_module" "$root/templates/fonts" "$dir/roadmap.typ" "$dir/typst.pdf"
    line+=" | $(cell "$dir/typst.pdf")"
  else
    line+=" | —"
  fi
  rows_table+=("$line |")
done

echo
echo "Cold runs, medians of $runs: wall / CPU time (user + system); a peer's as a multiple of Prikaz's (p. = pages)."
echo
echo "| rows | prikaz | LibreOffice (our DOCX) | Chromium print (our HTML) | WeasyPrint (our HTML) | Typst (npm compiler) |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows_table[@]}"
for peer in libreoffice chromium weasyprint typst; do
  note="note_$peer"
  [[ -z "${!note}" ]] || echo "$peer: ${!note}"
done
