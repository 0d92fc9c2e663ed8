/// The words by which shorthand closes one denied item, so that an injury said straight after
/// it is a new statement, not one more thing denied. Notes run items together without
/// punctuation: in "nil else of note bruise L ear", "no concerns re feeding bruise noted" or
/// "no other injuries bruise on cheek" the bruise is seen, and reading it as denied would
/// drop the bruising protocol, the worst miss there is. What a negation then stops before is
/// a cue of one of `Lexicon.newItemFactors`; lists ("no concerns about bruising or marks",
/// "no other injuries or bruises") still go on, since a list word opens the item again.
///
/// All the lists are data (`marks` in context.yaml), as keys of the lexicon's vocabulary,
/// sorted: the short ones are scanned, the long ones (modifiers, sites) searched by halves.
struct ItemEnds: Sendable, Hashable {
    /// Words that finish what they deny: "nil else of *note*", "no *concerns*", "*NAD*".
    var closers: [Int32] = []
    /// Words that attach one more word to the item ("no concerns *re* feeding", "*about* the
    /// bruise"): the word after the link completes it, unless that word is the injury itself
    /// ("no concerns about bruising" is denied).
    var links: [Int32] = []
    /// Words that say the item is *other than* something already seen ("no *other* injuries",
    /// "no *further* marks"): the item ends with its first cue.
    var others: [Int32] = []
    /// First words of the negations that deny a noun phrase ("no", "nil", "denies"), not a
    /// verb ("not seen", "didn't notice"): after one, a word that is neither a cue nor one of
    /// `modifiers` is the head of the item denied ("no *rash* bruise on ear", "no *PMH*
    /// bruise L arm"), so an injury after it is a new item.
    var nominal: [Int32] = []
    /// Words that may stand between a nominal negation and what it denies: determiners and
    /// adjectives ("no *obvious recent* bruising", "nil *new* marks").
    var modifiers: [Int32] = []
    /// Where on the body ("{body}" in classes.yaml), and the words that may lead to it ("on his
    /// left", "L", "behind the"): the head rule above frees only an injury placed on the body
    /// ("no rash bruise on ear"), since "no rib fractures" or "no nasty bruises" are denials
    /// whose adjectives no list can hold.
    var sites: [Int32] = []
    var siteLeads: [Int32] = []

    func isCloser(_ key: Int32) -> Bool { key >= 0 && closers.contains(key) }
    func isLink(_ key: Int32) -> Bool { key >= 0 && links.contains(key) }
    func isOther(_ key: Int32) -> Bool { key >= 0 && others.contains(key) }
    func isNominal(_ key: Int32) -> Bool { key >= 0 && nominal.contains(key) }
    func isModifier(_ key: Int32) -> Bool { key >= 0 && Self.sortedContains(modifiers, key) }
    func isSite(_ key: Int32) -> Bool { key >= 0 && Self.sortedContains(sites, key) }

    private static func sortedContains(_ keys: [Int32], _ key: Int32) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
    func isSiteLead(_ key: Int32) -> Bool { key >= 0 && siteLeads.contains(key) }
}

extension ItemEnds: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(closers)
        snapshot.write(links)
        snapshot.write(others)
        snapshot.write(nominal)
        snapshot.write(modifiers)
        snapshot.write(sites)
        snapshot.write(siteLeads)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> ItemEnds {
        ItemEnds(
            closers: try snapshot.read(), links: try snapshot.read(), others: try snapshot.read(),
            nominal: try snapshot.read(), modifiers: try snapshot.read(), sites: try snapshot.read(),
            siteLeads: try snapshot.read())
    }
}
