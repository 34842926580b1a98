#!/bin/sh
# The checks that CI runs after the test suite (build-aux/dev.sh test): the
# tests under sanitizers and valgrind, static analysis and fuzzing. Any
# finding fails the run. README.md, "Quality", says what each one covers.
#
#   build-aux/quality.sh [STEP...]     all steps when none is given
#
#   sanitizers  the unit, widget and bad-input suites built with
#               AddressSanitizer and UndefinedBehaviorSanitizer (_build-asan)
#   valgrind    the widget tests under valgrind's memcheck (_build-valgrind)
#   tidy        clang-tidy over src/, tools/ and fuzz/, as .clang-tidy says
#   cppcheck    cppcheck over src/, tools/ and fuzz/
#   scan-build  clang's static analyzer over a fresh build (_build-scan)
#   fuzz        each libFuzzer target for MG_FUZZ_SECONDS seconds, 60 unless
#               set (_build-fuzz)
set -eu

cd "$(dirname "$0")/.."
fuzz_seconds=${MG_FUZZ_SECONDS:-60}
fuzz_targets="content intake-store diary-store dose catalog"

heading () {
  printf '\n=== %s\n' "$*"
}

# Configures a build directory the first time, then brings it up to date.
build () {
  dir=$1
  shift
  [ -f "$dir/build.ninja" ] || meson setup "$dir" "$@"
  meson compile -C "$dir"
}

build_clang () {
  (CC=clang; export CC; build "$@")
}

# Also the compilation database that clang-tidy and cppcheck read.
build_sanitized () {
  build_clang _build-asan -Db_sanitize=address,undefined -Db_lundef=false
}

run_sanitizers () {
  heading "AddressSanitizer and UndefinedBehaviorSanitizer: unit, widget and bad-input suites"
  build_sanitized
  meson test -C _build-asan --setup sanitizers --print-errorlogs \
    --suite unit --suite widgets --suite bad-input
}

run_valgrind () {
  heading "valgrind memcheck: the widget tests"
  build _build-valgrind
  # The screenshots (their own suite) draw the windows the widget tests
  # check, at many more sizes; under valgrind they would take an hour.
  tests=$(meson test -C _build-valgrind --list --suite widgets 2>/dev/null |
          sed -n 's|^.* / ||p')
  # shellcheck disable=SC2086 # one test name a word
  meson test -C _build-valgrind --setup valgrind --print-errorlogs $tests
}

run_tidy () {
  heading "clang-tidy: src/, tools/ and fuzz/"
  build_sanitized
  status=0
  # clang-tidy defines __clang_analyzer__, for which GLib declares g_error ()
  # as a function that passes on a format that is not a literal.
  find src tools fuzz -name "*.c" | sort |
    xargs -P "$(nproc)" -n 1 clang-tidy -p _build-asan --quiet --extra-arg=-Wno-format-nonliteral \
    >_build-asan/clang-tidy.log 2>&1 || status=$?
  grep -v 'warnings\{0,1\} generated\.$' _build-asan/clang-tidy.log || echo "clang-tidy: no findings"
  return "$status"
}

run_cppcheck () {
  heading "cppcheck: src/, tools/ and fuzz/"
  build_sanitized
  # Exhaustive: the default level stops following branches in the larger
  # parsers (mg-content-parser.c, mg-catalog.c, mg-date.c) and says so.
  cppcheck --enable=warning,style,performance,portability --std=c11 --check-level=exhaustive \
    --library=build-aux/cppcheck.cfg --library=gtk \
    --suppressions-list=build-aux/cppcheck.supp --inline-suppr \
    --error-exitcode=1 --quiet -I src -I src/article -I src/dose -I src/food -I src/i18n \
    -I src/store -I tools -I _build-asan src tools fuzz
  echo "cppcheck: no findings"
}

run_scan_build () {
  heading "scan-build: clang's static analyzer over a fresh build"
  rm -rf _build-scan
  scan-build meson setup _build-scan >/dev/null
  # Not the code meson generates there (gdbus-codegen's, the resources):
  # its dead stores are the generator's.
  scan-build --status-bugs --exclude "$PWD/_build-scan" -o _build-scan/report ninja -C _build-scan
}

# Fuzzes in a copy of the seed corpus, which the new inputs libFuzzer finds
# join; a crash leaves its input in _build-fuzz/fuzz/work/NAME/crashes/.
fuzz_one () {
  name=$1
  work=_build-fuzz/fuzz/work/$name
  dict=""
  regressions=""
  mkdir -p "$work/corpus" "$work/crashes" "$work/tmp"
  cp fuzz/corpus/"$name"/* "$work/corpus/"
  [ "$name" != content ] || cp data/content/magnesium-guide.guide.xml "$work/corpus/"
  [ ! -f "fuzz/$name.dict" ] || dict="-dict=fuzz/$name.dict"
  [ ! -d "fuzz/regressions/$name" ] || regressions="fuzz/regressions/$name"
  # shellcheck disable=SC2086 # an empty option is no word
  if ! TMPDIR="$PWD/$work/tmp" \
       ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
       "_build-fuzz/fuzz/fuzz-$name" -max_total_time="$fuzz_seconds" -timeout=10 \
       -artifact_prefix="$work/crashes/" $dict "$work/corpus" $regressions \
       >"$work/log" 2>&1; then
    tail -n 80 "$work/log"
    echo "fuzz-$name failed; its input is in $work/crashes/. Once fixed, add that" \
         "file to fuzz/regressions/$name/ so that every build replays it." >&2
    return 1
  fi
  echo "fuzz-$name: $(grep '^Done' "$work/log")"
}

run_fuzz () {
  heading "libFuzzer: each target for $fuzz_seconds s"
  build_clang _build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized
  for name in $fuzz_targets; do
    fuzz_one "$name"
  done
}

steps=${*:-sanitizers valgrind tidy cppcheck scan-build fuzz}
for step in $steps; do
  case $step in
    sanitizers|valgrind|tidy|cppcheck|scan-build|fuzz) ;;
    *)
      echo "usage: $0 [sanitizers|valgrind|tidy|cppcheck|scan-build|fuzz]..." >&2
      exit 2
      ;;
  esac
done

# Every step runs, in a subshell of its own, so that one finding does not
# hide the next; the run fails at the end if any step did.
# (Not as an if's condition: that would turn set -e off inside the step.)
failed=""
for step in $steps; do
  start=$(date +%s)
  set +e
  (set -e; "run_$(echo "$step" | tr - _)")
  status=$?
  set -e
  if [ "$status" = 0 ]; then
    echo "--- $step: passed in $(( $(date +%s) - start )) s"
  else
    echo "--- $step: FAILED after $(( $(date +%s) - start )) s"
    failed="$failed $step"
  fi
done

if [ -n "$failed" ]; then
  echo "quality checks that failed:$failed" >&2
  exit 1
fi
