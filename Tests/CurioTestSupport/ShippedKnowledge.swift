import CurioCore
import Foundation

/// The repository's own `dialogues/` folder, loaded once for the whole test process.
///
/// Why one module for it: the test targets are linked into one test binary, and each used to
/// load the shipped knowledge itself (the matcher's fixture, the dialogue fixtures, the
/// server's fixtures, the record-and-replay and report tests), so a run compiled the whole
/// lexicon seven times, some thirteen seconds of CPU each in a debug build, on the same two
/// cores as everything else. A `static let` here is shared by every target that imports it.
public enum ShippedKnowledge {
    /// `Tests/CurioTestSupport/ShippedKnowledge.swift` → the repository root.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let dialogues = repository.appendingPathComponent("dialogues")

    /// Loaded at first use, once (a folder that does not load fails each test that asks for
    /// it, with the loader's message).
    private static let loaded = Result { try Knowledge.load(from: dialogues) }

    /// The shipped knowledge: taxonomy, matcher, recommender and dialogues.
    public static var knowledge: Knowledge {
        get throws { try loaded.get() }
    }

    /// The shipped knowledge, for fixtures that cannot go on without it.
    public static var required: Knowledge {
        do { return try loaded.get() } catch { fatalError("dialogues/ does not load: \(error)") }
    }
}
