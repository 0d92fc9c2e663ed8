import Testing

@testable import CurioCore

/// "A shiner" is a black eye (the baby's when placed on it or said to be the baby's); "clarty",
/// "honking", "manky" and "boggin" are a filthy home, before or after the word for it; fag ends
/// or dirty nappies all over the floor and overflowing ashtrays are a home unclean. Look-alikes:
/// a grown-up's shiner, cans told of a drinker, the service's neglect strategy, food allergies
/// denied, a grown-up's fracture clinic.
@Suite("Lay words for a black eye and a squalid home")
struct LayWordsForInjuryAndASqualidHomeTests {
    /// A black eye in lay words, placed or the baby's.
    @Test(arguments: [
        "a shiner under her right eye",
        "bb has got a nasty shiner",
    ])
    func aShinerOnTheBaby(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A grown-up's black eye is not the baby's.
    @Test(arguments: [
        "dad had a shiner at the visit",
        "mum turned up with a shiner",
    ])
    func aGrownUpsShiner(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A filthy home in Northern and Scots words, and litter over the floor.
    @Test(arguments: [
        "clarty flat, bb crawling on the carpet",
        "the kitchen was honking",
        "manky house, nowhere clean for bb",
        "cig ends all over the lounge floor",
        "used nappies strewn across the bedroom",
        "ashtrays overflowing on the table by the moses basket",
    ])
    func aFilthyHomeInRegionalWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A drinker's cans, the service's tools, an allergy denied.
    @Test(arguments: [
        "dad drinks, cans everywhere on the side",
        "neglect toolkit training booked for the team",
        "nil food allergies known",
        "no milk intolerance",
    ])
    func noNeglectInTheseWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A grown-up's fracture clinic.
    @Test(arguments: [
        "fracture clinic appointment for dad on Tuesday",
        "nan's at fracture clinic today",
    ])
    func aGrownUpsFractureClinic(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
