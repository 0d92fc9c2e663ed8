@testable import CurioCore
import Testing

/// The per-token flags packed into bytes (`KeyedTokens.marks`, `TokenMarks`) say what the
/// separate arrays of flags they replaced said.
@Suite("Token marks")
struct TokenMarksTests {
    private static func token(_ kind: Token.Kind, _ text: String, key: Int32, value: Double = 0, attached: Bool = false) -> Token {
        Token(kind: kind, start: 0, end: 0, text: text, value: value, key: key, attachedToNext: attached)
    }

    @Test func numbersAndSentenceMarksAreToldApartPerToken() {
        let stop: Int32 = 7
        let dash: Int32 = 8
        let tokens = [
            Self.token(.number, "6", key: -1, value: 6),
            Self.token(.punctuation, "-", key: dash, attached: true),  // "6-week": glued, no mark
            Self.token(.word, "six", key: 3, value: 6),
            Self.token(.punctuation, ".", key: stop),
            Self.token(.punctuation, "-", key: dash),  // a free dash: a mark
            Self.token(.punctuation, ",", key: 9),  // not a hard mark
            Self.token(.word, "bruise", key: 4),
        ]
        let keyed = KeyedTokens(tokens, hardMarks: [stop, dash])
        #expect((0..<tokens.count).map(keyed.isNumeric) == [true, false, true, false, false, false, false])
        #expect((0..<tokens.count).map(keyed.isBarrier) == [false, false, false, true, true, false, false])
        #expect(keyed.keys == tokens.map(\.key))
        let given = KeyedTokens(tokens, barrier: [true, false, false, false, false, true, true])
        #expect((0..<tokens.count).map(given.isBarrier) == [true, false, false, false, false, true, true])
        #expect((0..<tokens.count).map(given.isNumeric) == (0..<tokens.count).map(keyed.isNumeric))
    }

    @Test func flagsAreIndependent() {
        var marks = TokenMarks()
        marks.flags.insert(.cueStart)
        marks.flags.insert(.otherItemEnd)
        #expect(marks.flags.contains(.cueStart) && marks.flags.contains(.otherItemEnd))
        for flag: TokenMarks.Flags in [.hardStop, .cueEnd, .newItemStart, .parentSubjectStart] { #expect(!marks.flags.contains(flag)) }
    }

    /// On the real lexicon: a hard stop is a sentence mark or a word of a boundary trigger, and
    /// an asserting cue starts and ends where its words do.
    @Test(arguments: [
        "no bruising but a mark on his cheek. mum is low",
        "8 week old with a bruise on his cheek; dad drinks",
        "not rolling yet, grip marks on her arms - seen by GP",
    ])
    func marksFollowTheHits(text: String) {
        let lexicon = MatcherFixture.matcher.lexicon
        let cues = lexicon.cues.map { cue in cue.factors.contains(where: lexicon.newItemFactors.contains) }
        let u = Utterance(text, lexicon: lexicon, newItemCues: cues)
        var boundary = Set<Int>()
        for hit in u.triggerHits where lexicon.triggers[hit.owner].kind == .boundary { boundary.formUnion(hit.start..<hit.end) }
        for i in u.tokens.indices {
            #expect(u.isHardStop(i) == (u.keyed.isBarrier(i) || boundary.contains(i)))
        }
        for hit in u.cueHits where lexicon.cues[hit.owner].reading != .absent && lexicon.cues[hit.owner].reading != .ignore {
            #expect(u.isCueStart(hit.literals.first!))
            #expect(u.isCueEnd(hit.literals.last!))
        }
    }

    @Test func ageWordsIncludeAsTheyContain() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        let words = AgeWords(rules: lexicon.age, forms: lexicon.forms)
        #expect(!words.articles.includes(nil))
        for word in ["a", "an", "on", "the", "weeks", ""] {
            #expect(words.articles.includes(word) == words.articles.contains(word))
            #expect(words.articles.contains(word) == lexicon.age.articles.contains(word))
        }
    }
}
