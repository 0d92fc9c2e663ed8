#!/usr/bin/env bash
# Builds and runs Curio's libFuzzer targets. Usage:
#   fuzz/fuzz.sh build                 # build every target into fuzz/out/
#   fuzz/fuzz.sh run TARGET [SECONDS]  # run one (wire, dialogue, matcher) for SECONDS (default 600)
#   fuzz/fuzz.sh all [SECONDS]         # build, then run each in turn
#
# Why this shape: the sanitizer must not touch the normal build, so CurioCore and its
# dependencies are compiled with coverage instrumentation into their own scratch folder
# (.build-fuzz, git-ignored), and each target is then linked with swiftc -sanitize=fuzzer,address
# from that folder's objects. `swift build` and `swift test` never see any of this.
# Crashes land in fuzz/out/TARGET/ (git-ignored); the corpus grows in fuzz/out/corpus-TARGET
# seeded from fuzz/corpus/TARGET.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
scratch="$root/.build-fuzz"
out="$here/out"
targets=(wire dialogue matcher)

build() {
    mkdir -p "$out"
    # SwiftPM does not rebuild when only -Xswiftc flags change: a scratch folder built with
    # other flags is thrown away whole (removing parts of it breaks SwiftPM's bookkeeping).
    local flags="sanitize=fuzzer,address"
    if [ -d "$scratch" ] && [ "$(cat "$scratch/curio-fuzz-flags" 2>/dev/null)" != "$flags" ]; then rm -rf "$scratch"; fi
    mkdir -p "$scratch" && echo "$flags" > "$scratch/curio-fuzz-flags"
    (cd "$root" && swift build -c release --scratch-path "$scratch" --target CurioCore \
        -Xswiftc -sanitize=fuzzer,address \
        -Xcc -fsanitize=fuzzer-no-link,address)
    local bin="$scratch/release"
    local objects=("$bin"/CurioCore.build/*.o "$bin"/Yams.build/*.o "$bin"/CYaml.build/src/*.o)
    local cyaml
    cyaml="$(find "$scratch/checkouts/Yams/Sources/CYaml/include" -maxdepth 0)"
    local common=(-O -sanitize=fuzzer,address -parse-as-library -I "$bin/Modules"
        -Xcc -fmodule-map-file="$cyaml/module.modulemap" -Xcc -I"$cyaml")
    swiftc "${common[@]}" -module-name FuzzWire "$here/Targets/FuzzWire.swift" \
        "$root/Sources/CurioServer/Wire/WireRequestReader.swift" \
        "$root/Sources/CurioServer/Wire/WireInbound.swift" \
        "$root/Sources/CurioServer/Wire/JSONNesting.swift" \
        "$root/Sources/CurioServer/Wire/FlatRequest.swift" \
        "$root/Sources/CurioServer/Desk/DeskRequest.swift" \
        "${objects[@]}" -o "$out/fuzz-wire"
    swiftc "${common[@]}" -module-name FuzzDialogue "$here/Targets/FuzzDialogue.swift" "${objects[@]}" -o "$out/fuzz-dialogue"
    swiftc "${common[@]}" -module-name FuzzMatcher "$here/Targets/FuzzMatcher.swift" "${objects[@]}" -o "$out/fuzz-matcher"
}

run() {
    local target="$1" seconds="${2:-600}"
    local corpus="$out/corpus-$target"
    mkdir -p "$corpus" "$out/$target"
    cp -n "$here/corpus/$target"/* "$corpus/" 2>/dev/null || true
    if [ "$target" = dialogue ]; then cp -n "$root"/dialogues/flows/*.yaml "$corpus/" 2>/dev/null || true; fi
    cd "$root"
    CURIO_DIALOGUES="$root/dialogues" "$out/fuzz-$target" "$corpus" \
        -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/$target/" -print_final_stats=1
}

case "${1:-}" in
build) build ;;
run) run "${2:?target: ${targets[*]}}" "${3:-600}" ;;
all) build; for t in "${targets[@]}"; do run "$t" "${2:-600}"; done ;;
*) sed -n '2,6p' "$0"; exit 64 ;;
esac
