@testable import CurioCore
import Testing

/// "'s" after a pronoun or a carer named and before an "-ing" word is "is" (`language.yaml`'s `is_before`): what
/// is going on now ("he's shaking the baby") meets the cues written with "is". Dropping it, as
/// for every other "'s", made "he's shaking the baby" the same words as "he shook the baby"
/// (one stem covers every tense), so the cues for harm now had to leave it out. Sentences
/// written for the class.
@Suite struct PronounIsTests {
    func words(_ text: String) -> [String] { MatcherFixture.words(text) }

    @Test func isBeforeAWordEndingInIng() throws {
        #expect(words("he's shaking the baby") == ["he", "is", "shaking", "the", "baby"])
        #expect(words("she’s still hitting him") == ["she", "is", "still", "hitting", "him"])
        #expect(words("it's happening again") == ["it", "is", "happening", "again"])
        // Any case: the words are compared as lowercased bytes.
        #expect(words("HE'S Still SHAKING him") == ["he", "is", "still", "shaking", "him"])
    }

    /// Elsewhere "'s" is dropped as before: a possessive, "has", or before a short word that
    /// only ends in the letters ("she's king of the castle" is no participle). After a carer
    /// named, an "-ing" word makes it "is" ("dad's drinking" is read so, which gives the same
    /// finding as the possessive would).
    @Test func droppedElsewhere() throws {
        #expect(words("he's got a knife") == ["he", "got", "a", "knife"])
        #expect(words("the baby's bedding") == ["the", "baby", "bedding"])
        #expect(words("dad's drinking") == ["dad", "is", "drinking"])
        #expect(words("she's been crying") == ["she", "been", "crying"])
        #expect(words("she's king") == ["she", "king"])
    }

    /// Harm going on now is danger, said with "'s"; the same verb in the past is an injury for
    /// referral, not 999. Evidence quotes the pronoun with its "'s".
    @Test func harmNowIsDangerAndThePastIsNot() throws {
        let result = MatcherFixture.matcher.match("caller says he's shaking the baby")
        let danger = try #require(result.findings.first { $0.id == .immediateDanger })
        #expect(danger.evidence == "he's shaking the baby")
        #expect(MatcherFixture.status(.immediateDanger, in: "she's still hitting him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he shook the baby last week") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he shook the baby last week") == .present)
        // A carer named: "dad's hitting the baby" is going on now too; a possessive "-ing" noun
        // ("mum's drinking") keeps its finding either way.
        #expect(MatcherFixture.status(.immediateDanger, in: "dad's hitting the baby") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "mum's drinking is getting worse") == .present)
    }
}
