/// The tokens a finding quotes as its evidence (`from..<to`), kept as a span until the
/// findings are made.
///
/// Why not the words themselves: every cue reading had its words quoted (a string, often
/// allocated, its UTF-8 checked), though many readings give no finding or are merged into
/// another's, and copying the readings and merger entries retained and released each string.
struct EvidenceSpan: Sendable, Equatable {
    var from: Int
    var to: Int
}
