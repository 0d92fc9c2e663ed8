import Testing

@testable import CurioCore

/// Classes a probe of whose condition it is and when found (sentences written for the classes, not
/// the probe's): after a denial or a claim and "but", what the practitioner saw had no cue (pinned
/// pupils, stopped eating, never at a visit, nobody there when I call, a mobility never seen, a
/// routine expected by weeks, unopened tablets); mobility denied after another's ("but she isn't"),
/// or denied twice before a shuffle; "I wouldn't say she has no help"; an older child's traumatic
/// birth taken for this one, a birth planned ahead missed; crying that has settled read as none;
/// fathers, partners and families missed (not sure he's the dad, deployed, cut her off); a source
/// named after what it told.
@Suite("Contrasts, double negatives, other births, past crying, fathers")
struct ContrastsDoubleNegativesBirthsAndFathersTests {
    /// Signs seen after a denial or a claim are possible, whatever was said before the "but".
    @Test func signsAfterADenialAreADoubt() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Denies drugs, but her pupils were pinned at the visit") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Says she isn't depressed, but she's stopped eating.") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "She says her family help, but there's never anyone there when I call") == .possible)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She says she takes her citalopram but the tablets haven't been touched") == .possible)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "the packets of formula haven't been opened") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she's using the steriliser") == nil)
    }

    /// A father said to be involved but never at a visit is unknown; one not sure to be the father
    /// too.
    @Test func aFatherNeverAtAVisit() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad says he's around a lot, but he's never been at a visit") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "not sure if he's the dad") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "we know nothing about the baby's biological father") == .present)
    }

    /// A mobility the practitioner has never seen is possible; mobility denied short after
    /// another's ("but she isn't") or said to come soon is pre-mobile; a crawler not yet walking is
    /// mobile.
    @Test func mobilityClaimedOrDeniedShort() {
        #expect(MatcherFixture.status(.preMobile, in: "Dad says she's walking, but I've never seen her move") == .possible)
        #expect(MatcherFixture.status(.preMobile, in: "He'll be crawling soon but he isn't yet") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "Her twin brother is crawling, but she isn't.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He's crawling but he isn't walking yet.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "not crawling, not walking") == .present)
    }

    /// A routine expected by a few weeks is naive, "should" and all.
    @Test func aRoutineExpectedByWeeks() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "she thinks the baby should be in a routine by three weeks") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He thinks the baby will just slot into their lives") == .present)
    }

    /// Two denials are an assertion: support, and a shuffler.
    @Test func doubleNegatives() {
        #expect(MatcherFixture.status(.isolation, in: "I wouldn't say she has no help, her sister is round most days") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "she's got no support") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "Not crawling, not standing, but she does bottom-shuffle") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her eldest is in long-term foster care. She was never in care herself.") == .absent)
    }

    /// An older child's traumatic birth is not this baby's; this birth named is.
    @Test func anotherBirthThanThisOne() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "She had an emergency section with her first; this time it was a straightforward delivery") != .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Emergency section this time, PND after her first") == .present)
    }

    /// A birth planned ahead is a pregnancy; one told in the past is not.
    @Test func aBirthPlannedAhead() {
        #expect(MatcherFixture.status(.unborn, in: "She's booked for an elective section next week") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She wants a water birth") == .present)
        #expect(MatcherFixture.status(.unborn, in: "she had a home birth last month") == nil)
    }

    /// Crying in the past counts, though it has settled.
    @Test func cryingThatHasSettledCounts() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "The screaming was awful at 5 weeks but it has settled now") == .present)
    }

    /// A partner deployed, a family who cut her off, are isolation; a holiday abroad is not.
    @Test func partnersAwayAndFamiliesGone() {
        #expect(MatcherFixture.status(.isolation, in: "her partner is deployed until June") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Her family have cut her off") == .present)
        #expect(MatcherFixture.status(.isolation, in: "she went abroad on holiday") == nil)
    }

    /// Not the same since something, or flashbacks since, is possible mental ill health; the baby's
    /// is not.
    @Test func notTheSameSince() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad has had flashbacks ever since") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's not been right since the birth") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "The baby hasn't been right since the fall") == nil)
    }

    /// A source named after what it told makes it second-hand; bottles seen are a sign.
    @Test func aSourceNamedAfter() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "She's drinking again, according to her sister") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "bruise on his cheek, noticed by nursery") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "There were empty cans everywhere") == .possible)
    }
}
