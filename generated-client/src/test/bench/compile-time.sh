#!/usr/bin/env bash
# How long corekit-client takes to compile with the annotation processor's work, and without it.
#
#   with processor:    javac over the @CoreResource/@CoreModel declarations, corekit-processor on the processor
#                      path (-Acorekit.facade=dev.corekit.client.Core, as the module's pom has it); the processor
#                      generates the DTOs, clients and facade, and javac compiles them in a second round.
#   without processor: javac -proc:none over the same declarations plus the sources the processor generated in the
#                      normal build (a copy of target/generated-sources/annotations).
#
# Same javac, classpath (the module's compile classpath, jars from ~/.m2), --release 17, -Xlint options and encoding as
# the Maven build; output directories emptied before every run; one untimed warm-up of each, then RUNS timed runs of
# each, interleaved. Prints the median and the spread (min..max) of the wall-clock time, and the median CPU time
# (user + sys: javac runs several threads). Each run waits until the CPUs are idle (see wait_quiet) and is repeated
# when other processes used the CPUs while it ran (see timed), as a shared machine's other builds would otherwise
# decide the figures. Also prints the size of the module's jar and how many
# classes it holds.
#
# Usage, after a normal build (./mvnw -pl sandbox,runtime,processor,generated-client -am install -DskipTests):
#   generated-client/src/test/bench/compile-time.sh [RUNS]        (default 5)
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
MODULE="$ROOT/generated-client"
GENERATED="$MODULE/target/generated-sources/annotations"
JAR="$MODULE/target/corekit-client-0.1.0-SNAPSHOT.jar"
JAVAC="${JAVAC:-javac}"

fail() {
    echo "compile-time.sh: $*" >&2
    exit 1
}

[[ -d "$GENERATED" ]] || fail "no $GENERATED: run the normal build first"
processor_jar="$(ls "$ROOT"/processor/target/corekit-processor-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc' | head -1 || true)"
[[ -n "$processor_jar" ]] || fail "no processor/target/corekit-processor-*.jar: run the normal build first"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The module's compile classpath and the processor's own runtime dependencies, as Maven resolves them (offline).
"$ROOT/mvnw" -o -q -f "$MODULE/pom.xml" dependency:build-classpath -DincludeScope=compile \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null || fail "cannot resolve the module's classpath offline"
"$ROOT/mvnw" -o -q -f "$ROOT/processor/pom.xml" dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$WORK/processorpath.txt" >/dev/null || fail "cannot resolve the processor's path offline"
CLASSPATH_JARS="$(cat "$WORK/classpath.txt")"
PROCESSOR_PATH="$processor_jar:$(cat "$WORK/processorpath.txt")"

# A snapshot of the generated sources, so that nothing below touches target/.
cp -r "$GENERATED" "$WORK/generated"
find "$MODULE/src/main/java" -name '*.java' | sort >"$WORK/declarations.txt"
find "$WORK/generated" -name '*.java' | sort >"$WORK/generated.txt"
cat "$WORK/declarations.txt" "$WORK/generated.txt" >"$WORK/all.txt"

COMMON=(--release 17 -encoding UTF-8 -Xlint:all,-processing,-serial -cp "$CLASSPATH_JARS")

with_processor() {
    rm -rf "$WORK/a" && mkdir -p "$WORK/a/classes" "$WORK/a/gen"
    "$JAVAC" "${COMMON[@]}" -processorpath "$PROCESSOR_PATH" -Acorekit.facade=dev.corekit.client.Core \
        -d "$WORK/a/classes" -s "$WORK/a/gen" @"$WORK/declarations.txt" >"$WORK/a.log" 2>&1 \
        || { cat "$WORK/a.log" >&2; fail "javac with the processor failed"; }
}

without_processor() {
    rm -rf "$WORK/b" && mkdir -p "$WORK/b/classes"
    "$JAVAC" "${COMMON[@]}" -proc:none -d "$WORK/b/classes" @"$WORK/all.txt" >"$WORK/b.log" 2>&1 \
        || { cat "$WORK/b.log" >&2; fail "javac -proc:none failed"; }
}

# Waits (at most QUIET_WAIT seconds, default 300) until the machine's CPUs are at least 85% idle over one second,
# so that a run does not share the CPUs with another build; counts the runs that had to start anyway.
BUSY_STARTS=0
cpu_idle_percent() {
    local a b
    a=($(head -1 /proc/stat))
    sleep 1
    b=($(head -1 /proc/stat))
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    echo $(((100 * (b[4] - a[4] + b[5] - a[5])) / (total > 0 ? total : 1)))
}
wait_quiet() {
    local waited=0
    while (($(cpu_idle_percent) < 85)); do
        waited=$((waited + 1))
        if ((waited >= ${QUIET_WAIT:-300})); then
            BUSY_STARTS=$((BUSY_STARTS + 1))
            return
        fi
    done
}

# CPU seconds all processes of the machine have used so far (user, nice, system, irq, softirq, steal).
machine_busy() {
    local f
    f=($(head -1 /proc/stat))
    awk -v t="$(getconf CLK_TCK)" -v b="$((f[1] + f[2] + f[3] + f[6] + f[7] + f[8]))" 'BEGIN { printf "%.3f", b / t }'
}

# Runs "$1" once and appends "wall cpu" (seconds) to the file "$2". A run during which other processes used more than
# a tenth of a CPU on average is thrown away and repeated (at most 5 times), and counted in DISTURBED.
DISTURBED=0
timed() {
    local TIMEFORMAT='%3R %3U %3S' line before after attempt
    for attempt in 1 2 3 4 5 6; do
        wait_quiet
        before="$(machine_busy)"
        line="$({ time "$1"; } 2>&1)"
        after="$(machine_busy)"
        if awk -v l="$line" -v b="$before" -v a="$after" \
            'BEGIN { split(l, t, " "); exit !((a - b) - (t[2] + t[3]) > 0.1 * t[1]) }' && ((attempt < 6)); then
            DISTURBED=$((DISTURBED + 1))
            continue
        fi
        break
    done
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$line" >>"$2"
}

# "median min max" of column $2 of file $1.
stats() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '
        { v[NR] = $c }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'
}

with_processor
without_processor # warm-ups; also check that both compile the same classes and the output is the build's
classes_a="$(find "$WORK/a/classes" -name '*.class' | wc -l)"
classes_b="$(find "$WORK/b/classes" -name '*.class' | wc -l)"
[[ "$classes_a" == "$classes_b" ]] || fail "with the processor $classes_a classes, without $classes_b"
diff -r -q "$WORK/a/gen" "$WORK/generated" >/dev/null || fail "the processor's output differs from target/ (stale build?)"

: >"$WORK/a.times"
: >"$WORK/b.times"
for ((i = 1; i <= RUNS; i++)); do
    timed with_processor "$WORK/a.times"
    timed without_processor "$WORK/b.times"
done

read -r a_med a_min a_max <<<"$(stats "$WORK/a.times" 1)"
read -r b_med b_min b_max <<<"$(stats "$WORK/b.times" 1)"
read -r a_cpu _ _ <<<"$(stats "$WORK/a.times" 2)"
read -r b_cpu _ _ <<<"$(stats "$WORK/b.times" 2)"

echo "corekit-client compile time, $RUNS runs each, $(nproc) CPUs, $("$JAVAC" -version 2>&1)"
echo "  sources: $(wc -l <"$WORK/declarations.txt") declaration files, $(wc -l <"$WORK/generated.txt") generated files; $classes_a classes"
printf '  with processor      median %ss (%s..%s)  cpu %ss\n' "$a_med" "$a_min" "$a_max" "$a_cpu"
printf '  without (-proc:none) median %ss (%s..%s)  cpu %ss\n' "$b_med" "$b_min" "$b_max" "$b_cpu"
awk -v a="$a_med" -v b="$b_med" 'BEGIN { printf "  processor work      +%.2fs wall (+%.0f%%)\n", a - b, (a - b) * 100 / b }'
echo "  runs, wall/cpu s, with:    $(awk '{ printf "%s/%s ", $1, $2 }' "$WORK/a.times")"
echo "  runs, wall/cpu s, without: $(awk '{ printf "%s/%s ", $1, $2 }' "$WORK/b.times")"
((BUSY_STARTS == 0)) || echo "  note: $BUSY_STARTS runs started while other processes kept the CPUs busy"
((DISTURBED == 0)) || echo "  ($DISTURBED runs thrown away and repeated: other processes used the CPUs meanwhile)"

if [[ -f "$JAR" ]]; then
    bytes="$(stat -c %s "$JAR")"
    jar_classes="$(unzip -Z1 "$JAR" | grep -c '\.class$')"
    awk -v b="$bytes" -v c="$jar_classes" -v n="$(basename "$JAR")" \
        'BEGIN { printf "%s: %d bytes (%.0f KiB), %d classes\n", n, b, b / 1024, c }'
else
    echo "no $JAR (run the normal build to measure it)"
fi
