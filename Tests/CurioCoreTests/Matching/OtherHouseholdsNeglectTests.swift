import Testing

@testable import CurioCore

/// Another household's children or home ("her sister's kids are neglected", "grandads flat is
/// filthy", "the toddler next door was left alone all night") are not the baby's neglect or danger;
/// a grandparent's harm to the parent as a child ("nan neglected mum when she was little") is the
/// parent's adverse childhood. The baby left or staying there, or told of after, keeps its neglect.
@Suite("Another household's neglect")
struct OtherHouseholdsNeglectTests {
    @Test(arguments: ["her sister's kids are neglected, always dirty", "grandads flat is filthy and he doesnt eat",
        "the neighbours kids are left on their own all the time", "nans place is a tip",
        "nan neglected mum when she was little"])
    func anotherHouseholdsStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func anotherHouseholdsChildAloneIsNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the toddler next door was left alone all night") == nil)
    }

    @Test(arguments: ["the baby is left at nans house on his own", "nans house is filthy and the baby stays there every night",
        "her sisters kids are always hungry, and the baby is underweight", "dads flat is a tip",
        "her brothers kids are neglected and so is the baby", "her sisters kids are always hungry, and the baby is too"])
    func theBabysStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby is left at nans house on his own", "the toddler next door was home alone, the baby was too"])
    func theBabyAloneIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["nan neglected mum when she was little", "grandad hit nan when mum was little",
        "grandad used to beat nan while dad was growing up"])
    func aGrandparentsHarmIsTheParentsChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
}
