import CurioCore
import Testing

/// Lost negations and false findings from the s19 status probes: a test "-ve", a checklist's
/// cross, a denial over a list after a skin word, two denials, "not impossible", a mark ruled
/// out as a bruise, the mother's bruises beside domestic abuse, services and job titles, a noise
/// explained away, Scots and Northern words, a childhood heading across a dash, "Pregnant: N/A".
/// Each class with the un-negated forms that must still count. Sentences written for the classes.
@Suite("Negations: tests, checklists, lists, double denials and look-alike titles")
struct NegatedResultsChecklistsAndTitlesTests {
    /// A test's result written "-ve" denies it, before or after what was tested for; "+ve" is still a positive result.
    @Test(arguments: [
        ("Hair strand drug test -ve", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("UDS -ve for cocaine and opiates", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("Pregnancy test came back -ve", RiskFactorID.unborn, FindingStatus?.some(.absent)),
        ("Tox screen +ve for cannabis", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Urine drug screen +ve for opiates", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Pregnancy test +ve last week", RiskFactorID.unborn, FindingStatus?.some(.present)),
    ])
    func aTestSaidNegativeIsDenied(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A checklist's cross after an item ("✗", or "x" after the item's colon or dash) is a no; a
    /// count, an unnamed person, a ticked box or a bare "x" (as often a kiss ending a message
    /// passed on) is not.
    @Test(arguments: [
        ("Alcohol ✗ Drugs ✗", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("DV: x", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
        ("MH - x  LD - x", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("nan texted, he has a bruise on his cheek x", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Bruises x 2 on his shins", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("bruise on Baby X's forearm", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Mr X punched her", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("[x] DA [ ] MH", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func aChecklistCrossIsNo(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A denied skin finding that is no bruise, first in a list, or the skin heading's "no", reaches the marks later in the list; a bruise placed after a comma is still said.
    @Test(arguments: [
        ("Skin: no spots, bruises or marks", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("nil rashes, bruising or marks", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Skin inspection: no bruising, marks or swelling", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("no rash, bruise behind his left ear", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Skin: no rashes, a bruise on her thigh", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aDenialReachesTheRestOfASkinList(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Two denials ("wouldn't say ... not safe", "not as if ... no friends") say the opposite; one denial is still a denial, and a plain statement still stands.
    @Test(arguments: [
        ("I wouldn't say the baby's not safe with her", RiskFactorID.immediateDanger, FindingStatus?.some(.absent)),
        ("It's not as if she's got no friends, they visit", RiskFactorID.isolation, FindingStatus?.some(.absent)),
        ("I don't think he's safe with dad tonight", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("She has no family here", RiskFactorID.isolation, FindingStatus?.some(.present)),
    ])
    func twoDenialsAreNoFinding(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Not impossible", "not out of the question": a doubt, not a denial; it does not reach back over a comma.
    @Test(arguments: [
        ("It's not impossible that she's using again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Not out of the question that he hits her", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("He hits her, it's not impossible he'd do it again", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func notImpossibleIsADoubt(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A mark ruled out as a bruise, or called a birthmark by a professional after "but", is no bruise; a carer's word that it is a birthmark leaves the mark.
    @Test(arguments: [
        ("The patch was ruled out as bruising, it's a birthmark", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Purple mark on her back but the GP said it's a birthmark, not a bruise", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Purple mark on her back but dad said it's a birthmark", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Dark patch on her thigh but it's been ruled out", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Blue mark on his back but it hasn't been ruled out", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aMarkRuledOutAsABruiseIsNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Bruises plainly the mother's (finger marks on "mum", or one she won't talk about after DA is named) are domestic abuse, not the baby's bruise; the baby's bruise beside DA, and "her" bruise that she couldn't explain, stay the baby's.
    @Test(arguments: [
        ("Mum had fingertip bruises on her upper arm", RiskFactorID.bruising, FindingStatus?.none),
        ("Mum had fingertip bruises on her upper arm", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("DV disclosed, bruising on her forearm she wouldn't talk about", RiskFactorID.bruising, FindingStatus?.none),
        ("Her partner hit her and the baby has a bruise on his cheek", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("DA concerns, bruising on her arm", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("DA concerns, bruise on her cheek she couldn't explain", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func theMothersBruisesAreNotTheBabys(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Not known to a service denies what it deals with; the caller's own team or job tells nothing; known to the service, a worker of her own, and a bruise before "dad not known to us" still count.
    @Test(arguments: [
        ("Not known to substance misuse services", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("Never known to the perinatal mental health team", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("PC from the domestic violence unit", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("I'm the drugs worker for a different family", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("Known to the drug and alcohol service", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("She has a DA worker", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("a bruise on his cheek dad not known to us", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aServiceOrJobTitleIsNoProblem(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A noise heard and then said to be the TV is nothing; a noise left unexplained is still possible abuse.
    @Test(arguments: [
        ("Next door heard arguing, it was just the TV", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("Neighbour heard shouting and banging last night", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
    ])
    func aNoiseExplainedAwayIsNoAbuse(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Scots and Northern words: "nae" denies, "cannae roll" is not rolling, "skriking" is crying, "nae family" is isolation.
    @Test(arguments: [
        ("nae bruises on her", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("she cannae roll yet", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("the bairn's been skriking all day", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("nae family round here", RiskFactorID.isolation, FindingStatus?.some(.present)),
    ])
    func scotsAndNorthernWords(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A childhood heading and its answer across a dash is the parent's childhood, not the baby's neglect; the baby's neglect in the next sentence still counts.
    @Test(arguments: [
        ("Upbringing - neglected by both parents", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Upbringing - neglected by both parents", RiskFactorID.neglect, FindingStatus?.none),
        ("Mum's childhood unremarkable. Baby neglected, nappy soaked through", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func aChildhoodHeadingAndItsAnswer(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Pregnant" answered no on a form is not pregnant; answered yes, or said, it is.
    @Test(arguments: [
        ("Currently pregnant - no", RiskFactorID.unborn, FindingStatus?.some(.absent)),
        ("Pregnant Y/N: N", RiskFactorID.unborn, FindingStatus?.some(.absent)),
        ("Pregnant: yes, 24 weeks", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("Pregnant - no concerns raised by the midwife", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("she is expecting again", RiskFactorID.unborn, FindingStatus?.some(.present)),
    ])
    func aPregnancyAnsweredNo(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
