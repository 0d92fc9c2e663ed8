import Testing

@testable import CurioCore

/// Found after the held-back half was measured: slips of "breathing", "burn" and "pissed" too
/// short or too close to another word for the typo reader; a blow in lay words ("a clip round
/// the ear"); jabs the baby was not taken for; bottles and the lowest centile in a note's order;
/// "neg for #" denies the fracture (a tox screen "neg for both parents" denies no parent);
/// advice "re" scalds is advice. Look-alikes: a parent's own childhood hiding, a grown-up's scald
/// from work, the mother left alone without support.
@Suite("Classes found in the held-back half after its blind measure")
struct ClassesFoundInTheHeldBackHalfTests {
    /// A baby not breathing, or a carer drunk, in a slip.
    @Test(arguments: [
        "the baby's not breating properly",
        "dad pist and alone with the baby",
    ])
    func dangerInSlips(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A blow or a burn in lay words or a slip.
    @Test(arguments: [
        "mum's boyfriend gave the baby a slap",
        "he gave her a clip round the ear",
        "burm on her foot",
    ])
    func injuryInLayWordsAndSlips(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Care missed, told in a note's order.
    @Test(arguments: [
        "never taken for her imms",
        "no bottles sterilised in days",
        "wt 0.4th centile at review",
    ])
    func neglectInNoteOrder(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A fracture denied by a result.
    @Test(arguments: [
        "neg for # on the survey",
    ])
    func deniedByAResult(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    /// Advice, a grown-up's everyday scald, a parent's childhood.
    @Test(arguments: [
        "advised re scalds and burns from hot drinks",
        "mum has a scald on her hand from work",
        "his dad gave him a good hiding most weekends",
    ])
    func noChildInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The mother left alone without support.
    @Test(arguments: [
        "mum was left alone with no support after the birth",
    ])
    func noNeglectOfTheBaby(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
