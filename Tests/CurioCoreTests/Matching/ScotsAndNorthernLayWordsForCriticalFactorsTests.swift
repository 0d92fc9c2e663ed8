import Testing

@testable import CurioCore

/// The baby as a "bairn", the house as a "hoose", the head as a "noggin"; a carer who has "had a
/// skinful" and text-speak's "n got the baby" (a carer drunk or high and in charge: danger); a
/// "fat lip", a "cracked rib", carpet burns on the body (injuries); a baby "mucky", "no been
/// fed" (neglect). Look-alikes: a grown-up's fat lip or cracked rib, a skinful long ago, burn
/// marks on a carpet.
@Suite("Scots and Northern lay words for the critical factors")
struct ScotsAndNorthernLayWordsForCriticalFactorsTests {
    /// A carer drunk or high and in charge of the baby, in lay or text words.
    @Test(arguments: [
        "she's had a right skinful n got the bairn",
        "dad's off his tits n has the baby",
    ])
    func dangerInLayWords(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// An injury in lay words.
    @Test(arguments: [
        "the bairn's got a fat lip",
        "a cracked skull on the CT",
        "carpet burns on her elbows",
        "a lump on his noggin",
    ])
    func injuryInLayWords(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A grown-up's own, or a carpet's.
    @Test(arguments: [
        "her boyfriend has a fat lip",
        "grandad has a cracked rib",
        "the carpet has burn marks",
    ])
    func aGrownUpsOwnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A baby left unfed or dirty, in Scots and Northern words.
    @Test(arguments: [
        "the wean's no been fed since last night",
        "bb is always mucky",
        "the bairn is always manky",
    ])
    func neglectInLayWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A bruise on the bairn.
    @Test(arguments: [
        "the bairn has a bruise on her cheek",
    ])
    func aBruiseOnTheBairn(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
