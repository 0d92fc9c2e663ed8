/// Every reduced word form the lexicon uses, numbered, so that cue matching compares small
/// integers instead of strings.
struct Vocabulary: Sendable {
    static let unknown: Int32 = -1

    private(set) var keys: [String: Int32] = [:]
    private(set) var words: [String] = []

    var count: Int { words.count }

    /// The key of a reduced form, adding it when new (load time only).
    mutating func intern(_ form: String) -> Int32 {
        if let key = keys[form] { return key }
        let key = Int32(words.count)
        keys[form] = key
        words.append(form)
        return key
    }

    func key(_ form: String) -> Int32 { keys[form] ?? Self.unknown }
}
