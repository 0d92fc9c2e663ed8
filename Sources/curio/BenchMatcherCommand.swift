import ArgumentParser
import CurioCore
import Foundation

/// `curio bench-matcher`: how fast the matcher is on one core, and how long loading takes.
///
/// Build with `swift build -c release` for meaningful figures. Texts come from a JSON Lines
/// file of `{"text": ...}` objects (by default the shared dev set when it is there); the
/// synthetic mix is made from the same texts: two joined, shouted in capitals, with letters
/// swapped (typos), and long multi-sentence answers, so that the slow paths are exercised.
struct BenchMatcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-matcher",
        abstract: "Measure matcher throughput (utterances per second, one core) and load time.")

    @OptionGroup var options: DialoguesOption

    @Option(help: "JSON Lines file with a `text` on each line (default: ../shared/eval/matcher-dev.jsonl if found).")
    var texts: String?

    @Option(help: "Utterances to match per run.")
    var count = 200_000

    /// Several runs in one process, each reported: the machine's other load moves a single
    /// run's figure by a fifth and more (it only ever slows a run), so the median says what to
    /// expect and the best what the matcher does when the core is its own.
    @Option(help: "Runs of each corpus (each run matches `count` utterances).")
    var runs = 5

    /// The server and `curio match` read the compiled lexicon from the cache's snapshot (its
    /// large tables in huge pages, see `TableRegion`), so that is what is measured unless
    /// this is given.
    @Flag(help: "Match with the lexicon as compiled from the files, not as read back from the cached snapshot that `curio match` and the server use.")
    var compiled = false

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let directory = try DialoguesLocator.locate(explicit: options.dialogues)
        let clock = ContinuousClock()
        var knowledge: Knowledge?
        let loadAll = try clock.measure { knowledge = try Knowledge.load(from: directory) }
        var lexicon = Lexicon()
        let factors = knowledge!.riskFactors.ids
        let loadLexicon = try clock.measure { lexicon = try Lexicon.load(from: directory, knownFactors: factors) }
        let summary = lexicon.summary
        print("lexicon: \(summary.cues) cues, \(summary.patterns) patterns, \(summary.triggers) triggers, \(summary.words) word forms")
        print("load: whole dialogues folder \(Self.ms(loadAll)), lexicon alone \(Self.ms(loadLexicon))")
        if !compiled, let cache = LexiconCache.standard() {
            // A missing or stale snapshot is written by the first read, so the second reads it.
            _ = try cache.lexicon(for: directory, knownFactors: factors)
            var origin = LexiconCache.Origin.snapshot
            let read = try clock.measure { (lexicon, origin) = try cache.lexicon(for: directory, knownFactors: factors) }
            print("matching with the lexicon read from the cached snapshot (\(origin == .snapshot ? "read" : "not readable, compiled") in \(Self.ms(read)))")
        } else {
            print("matching with the lexicon as compiled")
        }
        let matcher = Matcher(lexicon: lexicon, laterAbsentStands: knowledge!.riskFactors.laterAbsentStands, presentStands: knowledge!.riskFactors.critical)

        let base = try Self.readTexts(texts)
        guard !base.isEmpty else { throw ValidationError("no texts to match") }
        print("texts: \(base.count) from \(texts ?? "the dev set")")
        let synthetic = Self.syntheticMix(base)
        for (name, corpus) in [("dev texts repeated", base), ("synthetic mix", synthetic)] {
            var findings = 0
            for text in corpus.prefix(200) { findings += matcher.match(text).findings.count }  // warm up
            var rates: [(wall: Double, cpu: Double)] = []
            for _ in 0..<runs {
                let cpuBefore = Self.threadCPUSeconds()
                let elapsed = clock.measure {
                    for i in 0..<count { findings &+= matcher.match(corpus[i % corpus.count]).findings.count }
                }
                let cpu = Self.threadCPUSeconds() - cpuBefore
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                rates.append((Double(count) / seconds, Double(count) / cpu))
            }
            let bytes = corpus.reduce(0) { $0 + $1.utf8.count } / corpus.count
            let each = rates.map { String(format: "%.0f", $0.wall) }.joined(separator: ", ")
            print(String(format: "%@: median %.0f utterances/s, best %.0f (%d runs of %d: %@; mean %d bytes, %d findings); of this thread's CPU time: median %.0f, best %.0f",
                name, Self.median(rates.map(\.wall)), rates.map(\.wall).max()!, runs, count, each, bytes, findings,
                Self.median(rates.map(\.cpu)), rates.map(\.cpu).max()!))
        }
    }

    /// The middle value (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The CPU time this thread has used: unlike the wall clock, it leaves out the time the
    /// thread waited while other work had its core, so another build on the machine moves it
    /// less (what that work does to the shared caches still shows).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func ms(_ duration: Duration) -> String {
        String(format: "%.1f ms", Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15)
    }

    static func readTexts(_ path: String?) throws -> [String] {
        let candidates = path.map { [$0] } ?? ["../shared/eval/matcher-dev.jsonl", "/work/shared/eval/matcher-dev.jsonl", "shared/eval/matcher-dev.jsonl"]
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ValidationError("no texts file found; pass --texts FILE")
        }
        let content = try String(contentsOfFile: file, encoding: .utf8)
        return content.split(separator: "\n").compactMap { line in
            guard let data = line.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return nil }
            return object["text"] as? String
        }
    }

    /// Variations on the texts that exercise the slower paths (typos, case, long answers).
    static func syntheticMix(_ base: [String]) -> [String] {
        var generator = SeededRandom(seed: 42)
        var mix: [String] = []
        for (i, text) in base.enumerated() {
            mix.append(text + " " + base[(i * 7 + 3) % base.count])
            mix.append(text.uppercased())
            var letters = Array(text)
            for _ in 0..<3 where letters.count > 4 {
                let j = Int(generator.next() % UInt64(letters.count - 1))
                letters.swapAt(j, j + 1)
            }
            mix.append(String(letters))
            mix.append((0..<6).map { base[($0 * 13 + i) % base.count] }.joined(separator: " "))
        }
        return mix
    }
}
