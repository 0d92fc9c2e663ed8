/// Reads who is speaking when they say so ("I'm the HV", "this is the duty social worker"):
/// a role phrase shortly after a lead-in. A role mentioned otherwise ("the GP said") is not
/// the caller's.
///
/// Built once per matcher, like `AgeReader`: a reader per utterance copied three pattern
/// indexes' tables each time.
struct RoleReader: Sendable {
    let rules: RoleRules
    /// The keys a lead-in or lead-out may start at, as bits, and whether one may start at a
    /// number; the same for the role phrases. Most utterances have no token that starts
    /// both a lead and a role, and a pass over the keys says so where searching the indexes
    /// cost a walk of the tokens each.
    private let leadKeys: [UInt64]
    private let leadAtNumber: Bool
    private let roleKeys: [UInt64]
    private let roleAtNumber: Bool

    init(rules: RoleRules) {
        self.rules = rules
        let ins = rules.leadIns.startingKeys()
        let outs = rules.leadOuts.startingKeys()
        var keys = [UInt64](repeating: 0, count: max(ins.keys.count, outs.keys.count))
        for (k, word) in ins.keys.enumerated() { keys[k] |= word }
        for (k, word) in outs.keys.enumerated() { keys[k] |= word }
        leadKeys = keys
        leadAtNumber = ins.number || outs.number
        (roleKeys, roleAtNumber) = rules.roles.startingKeys()
    }

    func read(_ tokens: KeyedTokens) -> String? {
        // Without a token that may start a lead-in or lead-out, or one that may start a role,
        // the searches below find nothing to return.
        guard Self.mayStart(tokens, leadKeys, leadAtNumber), Self.mayStart(tokens, roleKeys, roleAtNumber) else { return nil }
        let leads = rules.leadIns.longestMatches(tokens)
        let outs = rules.leadOuts.longestMatches(tokens)
        guard !leads.isEmpty || !outs.isEmpty else { return nil }
        for role in rules.roles.longestMatches(tokens) {
            if leads.contains(where: { $0.end <= role.start && role.start - $0.end <= rules.reach })
                || outs.contains(where: { $0.start == role.end && (role.start == 0 || tokens.isBarrier(role.start - 1)) })
            {
                return rules.names[role.owner]
            }
        }
        return nil
    }

    /// Some token's key is one of `keys` (bits), or it is a number and `atNumber`.
    /// Read through pointers: asked of every token of every utterance, where indexing the
    /// arrays checked bounds (and reached through the tokens' struct) at each.
    private static func mayStart(_ tokens: KeyedTokens, _ keys: [UInt64], _ atNumber: Bool) -> Bool {
        tokens.keys.withUnsafeBufferPointer { tokenKeys in
            tokens.marks.withUnsafeBufferPointer { marks in
                keys.withUnsafeBufferPointer { keys in
                    for i in 0..<tokenKeys.count {
                        let key = Int(tokenKeys[i])
                        if key >= 0, key / 64 < keys.count, keys[key / 64] & (1 << UInt64(key % 64)) != 0 { return true }
                        if atNumber, marks[i] & KeyedTokens.numericMark != 0 { return true }
                    }
                    return false
                }
            }
        }
    }
}
