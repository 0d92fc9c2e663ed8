@testable import CurioCore
import Testing

/// `AgeWords` (the age rules' words looked up on bytes) gives the answers of the sets and
/// dictionaries it stands for.
@Suite("Age words looked up by bytes")
struct AgeWordsTests {
    @Test func answersAsTheRulesSetsDo() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        let rules = lexicon.age
        let words = AgeWords(rules: rules, forms: lexicon.forms)
        let sets: [(Set<String>, AgeWords.Set)] = [
            (rules.notAgeBefore, words.notAgeBefore), (rules.notAgeAfter, words.notAgeAfter),
            (rules.gestationAfter, words.gestationAfter), (rules.bornAt, words.bornAt), (rules.born, words.born),
            (rules.antenatal, words.antenatal), (rules.dayBefore, words.dayBefore), (rules.dayAfter, words.dayAfter),
            (rules.points, words.points), (rules.current, words.current), (rules.birthEvents, words.birthEvents),
            (rules.checks, words.checks), (rules.postnatal, words.postnatal), (rules.sober, words.sober),
            (rules.mother, words.mother), (rules.linking, words.linking), (rules.articles, words.articles),
            (rules.old, words.old), (rules.needsOld, words.needsOld), (rules.aged, words.aged),
            (rules.corrections, words.corrections), (rules.correctionBetween, words.correctionBetween),
            (rules.otherChild, words.otherChild), (rules.otherChildBetween, words.otherChildBetween),
            (rules.checkLead, words.checkLead), (rules.checkDone, words.checkDone), (rules.ageDays, words.ageDays),
            (rules.gestationUnits, words.gestationUnits), (rules.vagueLinks, words.vagueLinks),
        ]
        // Every word any rule or spelling names, a few others, and near misses of each.
        var probes: Set<String> = ["", "a", "the", "weeks", "week", "wks", "bruise", "café", "x", "-", "+"]
        for (set, _) in sets { probes.formUnion(set) }
        probes.formUnion(rules.unitWeeks.keys)
        probes.formUnion(rules.vague.keys)
        probes.formUnion(lexicon.forms.spellings.keys)
        probes.formUnion(lexicon.forms.spellings.values)
        for word in Array(probes) where !word.isEmpty {
            probes.insert(word + "s")
            probes.insert(String(word.dropLast()))
        }
        for (set, fast) in sets {
            #expect(!set.isEmpty)
            for word in probes { #expect(fast.contains(word) == set.contains(word), "\(word)") }
        }
        // A mistyped unit is spelled as the unit (`AgeWords.unitTypos`), unless the spellings
        // name the word; every other word as the spellings spell it.
        let typos = Dictionary(uniqueKeysWithValues: AgeWords.unitTypos(Array(rules.unitWeeks.keys)).map { ($0.typo, $0.unit) })
        for word in probes {
            #expect(words.unitWeeks[word] == rules.unitWeeks[word], "\(word)")
            let expected = lexicon.forms.spellings[word] == nil ? typos[word] ?? lexicon.forms.spelling(word) : lexicon.forms.spelling(word)
            #expect(words.spelling(word) == expected, "\(word)")
        }
    }

    @Test func anEmptyWordIsInASetOnlyWhenListed() {
        #expect(!AgeWords.Set(["week"]).contains(""))
        #expect(AgeWords.Set(["", "week"]).contains(""))
        #expect(AgeWords.Values(["": 2]) [""] == 2)
        #expect(AgeWords.Values(["week": 1])["weeks"] == nil)
    }
}
