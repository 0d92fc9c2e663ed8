/// A compiled phrase pattern: the sequence of slots a cue or trigger must fill, token by token.
///
/// Written by trainers as plain words with a little syntax (see `lexicon/README.md`):
/// `a|b` alternatives, `(word)` optional, `...` a gap of up to 3 tokens (`...6` up to 6),
/// `{class}` any word of a named class, `<number>` a number in digits or words.
/// Optional parts and multi-word alternatives are expanded into separate variants at load
/// time, so matching is a simple walk with no backtracking except over gaps.
struct Pattern: Sendable {
    enum Slot: Sendable, Hashable {
        case words(Set<Int32>)
        case gap(Int)
        case number
    }

    var slots: [Slot]
    /// What the pattern belongs to (an index into the lexicon's cues or triggers).
    var owner: Int
    /// The first-slot keys, for the index.
    var firstKeys: Set<Int32> {
        if case .words(let keys) = slots.first { return keys }
        return []
    }
    var startsWithNumber: Bool { slots.first == .number }
}
