/// Reads who is speaking when they say so ("I'm the HV", "this is the duty social worker"):
/// a role phrase shortly after a lead-in. A role mentioned otherwise ("the GP said") is not
/// the caller's.
///
/// Built once per matcher, like `AgeReader`: a reader per utterance copied three pattern
/// indexes' tables each time.
struct RoleReader: Sendable {
    let rules: RoleRules
    /// The keys a lead-in or lead-out may start at, as bits, and whether one may start at a
    /// number. Most utterances have no such token, and one pass over the keys says so where
    /// searching both indexes cost a walk of the tokens each.
    private let leadKeys: [UInt64]
    private let leadAtNumber: Bool

    init(rules: RoleRules) {
        self.rules = rules
        let ins = rules.leadIns.startingKeys()
        let outs = rules.leadOuts.startingKeys()
        var keys = [UInt64](repeating: 0, count: max(ins.keys.count, outs.keys.count))
        for (k, word) in ins.keys.enumerated() { keys[k] |= word }
        for (k, word) in outs.keys.enumerated() { keys[k] |= word }
        leadKeys = keys
        leadAtNumber = ins.number || outs.number
    }

    func read(_ tokens: KeyedTokens) -> String? {
        guard mayLead(tokens) else { return nil }
        let leads = rules.leadIns.longestMatches(tokens)
        let outs = rules.leadOuts.longestMatches(tokens)
        guard !leads.isEmpty || !outs.isEmpty else { return nil }
        for role in rules.roles.longestMatches(tokens) {
            if leads.contains(where: { $0.end <= role.start && role.start - $0.end <= rules.reach })
                || outs.contains(where: { $0.start == role.end && (role.start == 0 || tokens.barrier[role.start - 1]) })
            {
                return rules.names[role.owner]
            }
        }
        return nil
    }

    /// Some token may start a lead-in or lead-out.
    private func mayLead(_ tokens: KeyedTokens) -> Bool {
        for i in 0..<tokens.count {
            let key = Int(tokens.keys[i])
            if key >= 0, key / 64 < leadKeys.count, leadKeys[key / 64] & (1 << UInt64(key % 64)) != 0 { return true }
            if leadAtNumber, tokens.numeric[i] { return true }
        }
        return false
    }
}
