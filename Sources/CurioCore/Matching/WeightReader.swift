/// What the lexicon says about reading the baby's weight (`facts.yaml`'s `weight`).
struct WeightRules: Sendable {
    /// Unit word → grams per unit ("kg" → 1000, "lb" → 453.6), spelled as the reader compares.
    var unitGrams: [String: Double] = [:]
    /// Near a weight, words that make it the weight at birth ("birth", "BW", "born").
    var birth: Set<String> = []
    /// Near a weight, words that make it the latest ("now", "today").
    var now: Set<String> = []
    /// How many words either side of a weight (within its clause) a birth or now word is
    /// looked for.
    var reach = 3
    /// Heavier than this (grams), a weight is no baby's: the mother's at booking, say.
    var mostGrams = 15_000.0
    /// From this age (weeks) a fall in weight is faltering growth; before it, the ordinary loss
    /// of a newborn's first days.
    var fromWeeks = 2.0
    /// A fall smaller than this (grams) is rounding or the scales.
    var leastFall = 10.0

    /// Whether the facts file named any unit: without one nothing is read.
    var isEmpty: Bool { unitGrams.isEmpty }
}

/// Reads the baby's weight said at two times and tells a fall between them: growth faltering,
/// which the taxonomy counts as neglect ("3.1 kg at birth 6 weeks ago and now 3.0 kg", "4.1kg at
/// the 2 week check, 4.0kg today"). A fall is told by numbers, not words, so no cue can read it.
///
/// Which weight is earlier is said by the words near each ("at birth", "BW", "now", "today"),
/// else by the order they are told in; one of the two must be told by its time, so that two
/// babies' weights in one answer ("twin 1 2.1kg, twin 2 1.9kg") are no fall. A newborn loses
/// weight in its first days: a fall counts only from `fromWeeks` of age, present when the age is
/// said in the same answer and possible (to be looked at) when it is not.
struct WeightReader: Sendable {
    let rules: WeightRules
    let forms: WordForms

    /// One weight told: grams, its tokens, and whether words near it place it at birth or now.
    private struct Weight {
        var grams: Double
        var tokens: Range<Int>
        var birth = false
        var now = false
    }

    /// The tokens from the earlier weight to the later, and the status of the faltering they
    /// show; nil when no fall is told.
    func fall(in tokens: [Token], ageWeeks: Double?) -> (tokens: Range<Int>, status: FindingStatus)? {
        guard !rules.isEmpty else { return nil }
        // No pre-count of the numbers: `weights` reads the tokens once and allocates nothing
        // when it finds none, so a second pass (copying each token) only added work.
        let weights = self.weights(in: tokens)
        guard weights.count >= 2, let latest = weights.last(where: \.now) ?? weights.last, !latest.birth,
            let earliest = weights.first(where: \.birth) ?? weights.first(where: { $0.tokens != latest.tokens }),
            earliest.tokens != latest.tokens, earliest.birth || latest.now,
            earliest.grams - latest.grams >= rules.leastFall
        else { return nil }
        let status: FindingStatus
        if let ageWeeks {
            guard ageWeeks >= rules.fromWeeks else { return nil }
            status = .present
        } else {
            status = .possible
        }
        let from = min(earliest.tokens.lowerBound, latest.tokens.lowerBound)
        let to = max(earliest.tokens.upperBound, latest.tokens.upperBound)
        return (from..<to, status)
    }

    /// Every weight told: a number and a unit ("3.1 kg", "3100g"), a smaller unit straight
    /// after adding to it ("6lb 8oz"), up to `mostGrams`.
    private func weights(in tokens: [Token]) -> [Weight] {
        var weights: [Weight] = []
        var i = 0
        while i + 1 < tokens.count {
            guard tokens[i].kind == .number, let per = grams(per: tokens[i + 1]) else {
                i += 1
                continue
            }
            var grams = tokens[i].value * per
            var end = i + 2
            if end + 1 < tokens.count, tokens[end].kind == .number, let smaller = self.grams(per: tokens[end + 1]), smaller < per {
                grams += tokens[end].value * smaller
                end += 2
            }
            if grams > 0, grams <= rules.mostGrams {
                var weight = Weight(grams: grams, tokens: i..<end)
                (weight.birth, weight.now) = placed(i..<end, in: tokens)
                weights.append(weight)
            }
            i = end
        }
        return weights
    }

    /// Grams per unit when the token is a unit word.
    private func grams(per token: Token) -> Double? {
        guard token.kind == .word else { return nil }
        return rules.unitGrams[forms.spelling(token.text)]
    }

    /// Whether a birth word, and a now word, stand within `reach` words of the weight at
    /// `range`, in its clause (a comma, full stop or semicolon ends the search; numbers,
    /// brackets and slashes are passed over: "today (6/52) 3.5kg").
    private func placed(_ range: Range<Int>, in tokens: [Token]) -> (birth: Bool, now: Bool) {
        var birth = false
        var now = false
        for step in [-1, 1] {
            var i = step < 0 ? range.lowerBound - 1 : range.upperBound
            var words = 0
            search: while i >= 0, i < tokens.count, words < rules.reach {
                let token = tokens[i]
                if token.kind == .punctuation {
                    switch token.text {
                    case ",", ".", ";": break search
                    default: break
                    }
                }
                if token.kind == .word {
                    let word = forms.spelling(token.text)
                    if rules.birth.contains(word) { birth = true }
                    if rules.now.contains(word) { now = true }
                    words += 1
                }
                i += step
            }
        }
        return (birth, now)
    }
}
