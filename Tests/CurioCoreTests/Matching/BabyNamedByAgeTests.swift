@testable import CurioCore
import Testing

/// The baby named by its age ("the 5 week old") or by another name for a baby ("the little
/// one", "their baby girl"): every cue written with "the baby" holds for it, the age is still
/// read, and an age stated or a sibling named by age is not folded. After "a" the baby named by
/// age is a particular baby too, read as "the baby". Cases are written for the class, not taken from the development set.
@Suite struct BabyNamedByAgeTests {
    /// Danger now, however the baby is named: these gave nothing before the names were folded
    /// (the last is a possible danger, which gets the same 999 advice).
    @Test(arguments: [
        "dad has barricaded himself in the flat with the 7 week old",
        "he keeps saying he will smother the 2 month old",
        "she rang to say she feels like throwing her 10-week-old out of the window",
        "dad won't hand the 6wk old back and he's been drinking",
        "his partner is threatening to leave their baby on a doorstep tonight",
        "mum is threatening to jump off the bridge with the little one",
        "she's holding the baby girl and says she wants to end it all",
        "I can hear her 3 month old screaming and nobody is answering the door",
        // A parent's, the possessive dropped: read as "the baby" as after an article.
        "dad is drunk and alone with mum's 6 week old",
    ])
    func dangerWhateverTheBabyIsCalled(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// The age is read from the words as they were, and evidence quotes them.
    @Test func ageAndEvidenceAreTheOwnWords() throws {
        let result = MatcherFixture.matcher.match("mum has gone out and left the 9 week old alone")
        #expect(result.facts[FactName.childAgeWeeks]?.number == 9)
        let danger = try #require(result.findings.first { $0.id == .immediateDanger })
        #expect(danger.evidence.contains("9 week old"))
    }

    /// A gestation read after a folded phrase quotes its own words (the age reader counts the
    /// tokens as they were, the evidence the folded ones).
    @Test func aGestationAfterAFoldedPhraseQuotesItsWords() throws {
        let result = MatcherFixture.matcher.match("the 6 week old is at nan's, mum 28/40")
        let unborn = try #require(result.findings.first { $0.id == .unborn })
        #expect(unborn.evidence == "28/40")
        #expect(result.facts[FactName.gestationWeeks] == .number(28))
    }

    /// Danger with the baby named by age after "a" or "an": each gave nothing while only a
    /// definite determiner folded ("with a 5 week old" was "with a baby", which no cue takes).
    @Test(arguments: [
        "dad has barricaded himself in with a 5 week old",
        "he is threatening to smother a 2 month old in the house",
        "mum says she will jump off the bridge with an 8 week old",
        "there is a man in the flat with a knife and a 6 wk old",
        "caller says dad is shaking a 3 month old baby",
    ])
    func dangerWithAnArticle(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// What is not the baby named by age stays as it was: an age stated after "is", another
    /// child named by age, years (a toddler). After an article the phrase folds and the
    /// article is read as "the", so a question about "a 3 month old" is still a question
    /// about that baby (context.yaml), not the general "a baby".
    @Test func onlyTheNounAfterADeterminerFolds() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        // Without the empty mark that ends every text not ended by one (`Lexicon.tokens`).
        func folded(_ text: String) -> [String]? {
            lexicon.babyNamedByAge.folding(lexicon.tokens(text))?.filter { $0.start < $0.end }.map(\.text)
        }
        #expect(folded("he is 6 weeks old") == nil)
        #expect(folded("her 18 month old sister is walking") == nil)
        #expect(folded("her 2 year old is at nursery") == nil)
        #expect(folded("is a bruise on a 3 month old a concern?") == ["is", "a", "bruise", "on", "the", "baby", "a", "concern", "?"])
        #expect(folded("an 8-week-old infant") == ["the", "baby"])
        #expect(folded("a 2 month old sister") == nil)
        #expect(folded("a 6 week check") == nil)
        #expect(folded("left the 3-month-old baby alone") == ["left", "the", "baby", "alone"])
        #expect(folded("the little one and the 5 wk old") == ["the", "baby", "and", "the", "baby"])
        #expect(MatcherFixture.status(.preMobile, in: "her 18 month old sister is walking") == nil)
        #expect(MatcherFixture.status(.bruising, in: "is a bruise on a 3 month old a concern?") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "should I refer a 10 week old with a bruise on his ear?") == .possible)
        #expect(MatcherFixture.matcher.match("a 10 day old baby with a bruise").facts[FactName.childAgeWeeks] != nil)
    }
}
