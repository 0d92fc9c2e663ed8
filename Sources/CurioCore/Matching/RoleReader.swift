/// Reads who is speaking when they say so ("I'm the HV", "this is the duty social worker"):
/// a role phrase shortly after a lead-in. A role mentioned otherwise ("the GP said") is not
/// the caller's.
///
/// Built once per matcher, like `AgeReader`: a reader per utterance copied three pattern
/// indexes' tables each time.
struct RoleReader: Sendable {
    let rules: RoleRules

    func read(_ tokens: KeyedTokens) -> String? {
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
}
