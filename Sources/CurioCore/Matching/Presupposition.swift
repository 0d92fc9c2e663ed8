/// A thing named as already there, by a possessive or a demonstrative, straight after the words
/// of a condition or of a watch: "if *her depression* gets worse, ring the GP", "if *that lump*
/// on his head gets any bigger", "keep an eye on *his bruising*". The condition is about what
/// the thing does next; the thing itself is said to be there (a presupposition), so the
/// hypothetical trigger that reaches it does not drop it.
///
/// Why: a condition's scope runs to the end of its sentence, and it dropped the lump, the
/// depression or the bruise that the sentence takes for granted, a missed injury among them.
/// A condition of something that may or may not be ("if she gets low", "if there's a bruise",
/// "watch out for PND", "if you see her drunk") keeps its reading: the rule needs a determiner
/// (`presupposed.determiners` in context.yaml) right after the trigger's last word (one of
/// `after`: "if", "once", "on" of "keep an eye on" ...) and right before the cue or as its first word, and the word
/// after the determiner must not name a person (`not_before`: "if her partner hits her" is a
/// condition of what he may do).
struct Presupposition: Sendable, Hashable {
    /// "her", "his", "their", "that", "this"...: words that name a thing as known.
    var determiners: [Int32] = []
    /// Last words of the conditions and watches a determiner may follow: "if", "once",
    /// "unless", "on" (keep an eye on); not "about", "for" or "of", after which an enquiry or
    /// a risk takes nothing for granted.
    var after: [Int32] = []
    /// Words after the determiner that make the phrase a person, not a thing: "her mum",
    /// "his partner", "that man".
    var notBefore: [Int32] = []

    /// The index of the determiner that names the cue starting at `cueStart` as already
    /// there, when one does: just before the cue, or the cue's own first word, with a word of
    /// `after` just before it and no person word after it.
    func determiner(forCueAt cueStart: Int, in tokens: [Token]) -> Int? {
        guard !determiners.isEmpty else { return nil }
        // Before the cue, then its own first word (a range: no array to allocate per cue).
        for d in (cueStart - 1)...cueStart where d >= 1 && d + 1 < tokens.count {
            guard determiners.contains(tokens[d].key), after.contains(tokens[d - 1].key), !notBefore.contains(tokens[d + 1].key) else {
                continue
            }
            return d
        }
        return nil
    }
}

extension Presupposition: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(determiners)
        snapshot.write(after)
        snapshot.write(notBefore)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Presupposition {
        Presupposition(determiners: try snapshot.read(), after: try snapshot.read(), notBefore: try snapshot.read())
    }
}
