import Testing

@testable import CurioCore

/// Classes a round of probes found read falsely as the baby's bruise or neglect, and one lay
/// bruise missed. False: a man's list of injuries going on to a black eye or a bruise (his);
/// marks on "her" told after violence to "her" (the woman's: domestic abuse); a mark or bruise
/// said to be ink, felt tip or biro by the one who saw it, or then come off (no bruise); a referral withdrawn
/// (no mood); a chronology's parent "then 14" on a plan for neglect (the parent's childhood).
/// Missed: a coloured "bit" on the body in lay words, past a denial ended by "although" or
/// "though" (possible). Sentences written for the classes, both ways.
@Suite("Adults' injuries, ink marks, parents' childhood plans")
struct AdultsInjuriesInkMarksAndParentsChildhoodPlansTests {
    /// A man's injuries told as a list: his; the baby named after is the baby's.
    @Test func aMansListOfInjuries() {
        for text in ["Stepdad has a split lip and a black eye, baby fine", "grandad had a swollen hand and a bruise on his arm"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "Dad has a cut lip and a black eye, the baby has a bruise on her cheek") == .present)
    }

    /// Marks on "her" after violence to "her": domestic abuse, not the baby's bruise; the baby
    /// named between keeps the bruise.
    @Test func marksOnHerAfterViolenceToHer() {
        for text in ["her boyfriend's been hitting her, we saw bruises on her arm", "he slaps her, she's got marks on her neck"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "he hit her and the baby has marks on her face") == .present)
    }

    /// A mark said to be ink or the like by the one who saw it, or then come off with a wipe,
    /// or come off: no bruise. A carer's word alone that it was pen, one that did not rub off,
    /// and a bruise "felt to be" non-accidental stay.
    @Test func markFoundToBeInk() {
        for text in ["that bruise we saw was felt tip", "those marks were biro, they came off in the bath",
            "the little bruise on his arm was actually pen", "the mark came off when I wiped it"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
        for text in ["the bruise was felt to be non-accidental", "the mark didn't wash off",
            "mum said the bruise on her leg was pen", "the mark on her leg was food, it would not wipe off"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
    }

    /// A referral withdrawn is no mood; a withdrawn mother is.
    @Test func referralWithdrawn() {
        #expect(MatcherFixture.status(.mentalHealth, in: "referral withdrawn by the school") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum seems very withdrawn") == .possible)
    }

    /// A parent "then" a child on a plan for neglect: the parent's childhood; the baby's plan is
    /// the baby's neglect.
    @Test func parentThenAChildOnAPlan() {
        let text = "father, then 15, on a CP plan under neglect"
        #expect(MatcherFixture.status(.neglect, in: text) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present)
        #expect(MatcherFixture.status(.neglect, in: "baby subject to CP plan under category of neglect") == .present)
    }

    /// A coloured "bit" on the body: a possible bruise, past a denial ended by "though".
    @Test func colouredBitOnTheBody() {
        for text in ["nan says she saw a purple bit behind his ear", "no bruises seen, though mum mentioned a bluish bit on his thigh"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "she ate the purple bits on her plate") == nil)
    }
}
