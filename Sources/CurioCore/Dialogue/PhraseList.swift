extension AnswerVocabulary {
    /// Phrases in their order, with an index by first byte: an answer is compared with every
    /// lead and every phrase of every option offered (some two hundred on every turn), and
    /// nearly all fail on their first byte; asking each of them cost more than the rest of
    /// choosing an option. Only the phrases that can start the answer are looked at, in the
    /// same order, so the same phrase is found first.
    ///
    /// A class: the vocabulary, held in every copy of the knowledge, keeps one reference per
    /// list (as big as the array of phrases it replaced), and a list looked up is one reference
    /// retained rather than each of its arrays.
    final class PhraseList: Sendable {
        let phrases: [Phrase]
        /// For each ASCII byte `b`, the positions, in order, of the phrases that may start a
        /// text whose first byte is `b`: those starting with `b`, and those whose first byte is
        /// not known (not ASCII, or empty). Empty for short lists, which are read whole.
        private let byFirstByte: [[Int32]]
        /// Every position, in order.
        private let everyPosition: [Int32]

        /// Lists no longer than this are read whole (an option's own word, say).
        static let unindexedCount = 4

        init(_ phrases: [Phrase]) {
            self.phrases = phrases
            everyPosition = phrases.indices.map { Int32($0) }
            guard phrases.count > Self.unindexedCount else {
                byFirstByte = []
                return
            }
            byFirstByte = (UInt8(0)..<128).map { byte in
                phrases.indices.filter { phrases[$0].first == nil || phrases[$0].first == byte }.map { Int32($0) }
            }
        }

        /// The positions, in order, of the phrases that may start a text whose first byte is
        /// `first` (every phrase when there is none, or it is not ASCII).
        func positions(startingWith first: UInt8?) -> [Int32] {
            guard let first, first < 128, !byFirstByte.isEmpty else { return everyPosition }
            return byFirstByte[Int(first)]
        }
    }
}
