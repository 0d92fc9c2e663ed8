import Testing

@testable import CurioCore

/// Classes the sixth probe found in how far a denial reaches and whose a finding is: a negated
/// list reaches its last item, also after "nor does dad have any history of" or "and any
/// history of"; "nil else" denies only what follows; a time clause of learning ("when she found
/// out she was pregnant") ends a denial; a double denial and surprise are no denial or doubt; a
/// scan that found no pregnancy; only a preterm birth is traumatic; the baby called someone's
/// baby brother or sister has the bruise, while an older sibling's, a grandparent's, mum's own
/// or a pen mark is not the baby's; violence to a partner on record, fear of his temper; a
/// father nobody can name or has seen since the birth. Sentences written for the classes.
@Suite("List reach and whose bruise")
struct ListReachAndWhoseBruiseTests {
    func status(_ id: RiskFactorID, _ text: String) -> FindingStatus? {
        MatcherFixture.status(id, in: text)
    }

    /// A denial reaches the last item of its list, and a history denied ("no known history of",
    /// "nor does dad have any", "and any history of") is denied to its end; a cue made of
    /// "history of" is still denied.
    @Test(arguments: [
        ("Nor does dad have any history of depression, drug use or domestic abuse.", RiskFactorID.domesticAbuse),
        ("Nor does dad have any history of depression, drug use or domestic abuse.", .substanceMisuse),
        ("Denies self-harm and any history of drug use.", .substanceMisuse),
        ("No known history of cannabis use.", .substanceMisuse),
        ("no history of mental health problems", .mentalHealth),
        ("no known history of violence", .domesticAbuse),
    ])
    func aDeniedListReachesItsLastItem(text: String, id: RiskFactorID) {
        #expect(status(id, text) == .absent, "\(text)")
    }

    /// "Nil else", "none other" deny what follows, not the item named before them; an injury
    /// after "nil else of note" is still seen.
    @Test func nilElseDeniesOnlyWhatFollows() {
        #expect(status(.mentalHealth, "PMH: anxiety, nil else.") == .present)
        #expect(status(.mentalHealth, "Meds: sertraline for depression, none other.") == .present)
        #expect(status(.bruising, "nil else of note, bruise on left ear") == .present)
    }

    /// Learning of a pregnancy is a time clause: the "stopped" before it does not deny it.
    @Test func aPregnancyLearnedOfIsNotDenied() {
        #expect(status(.unborn, "she came off her antidepressants when she found out she was pregnant") == .present)
        #expect(status(.unborn, "hasn't had a drink since she learned she was pregnant") == .present)
    }

    /// A scan or test that found no pregnancy is no unborn baby; a scan had is one.
    @Test func aScanThatFoundNoPregnancy() {
        #expect(status(.unborn, "the dating scan confirmed no pregnancy") == .absent)
        #expect(status(.unborn, "pregnancy test came back negative") == .absent)
        #expect(status(.unborn, "she had her 12 week scan today") == .present)
    }

    /// Only a birth before term is traumatic for its gestation; late preterm is a doubt.
    @Test func onlyAPretermBirthIsTraumatic() {
        #expect(status(.traumaticBirth, "born at 40 weeks by normal delivery") != .present)
        #expect(status(.traumaticBirth, "born at 29 weeks") == .present)
        #expect(status(.traumaticBirth, "born at 36 weeks") == .possible)
    }

    /// Two denials assert; surprise at a stage reached is no doubt; a real question still asks.
    @Test func doubleDenialAndSurpriseAreNoDoubt() {
        #expect(status(.preMobile, "nothing to suggest she isn't mobile, she crawls everywhere") == .absent)
        #expect(status(.preMobile, "5 months old and crawling already?!") == .absent)
        #expect(status(.preMobile, "is he crawling?") == nil)
    }

    /// A father nobody can name, that mum does not know, or not seen since the birth; one who
    /// refuses to engage is known; "no dad around" is still denied.
    @Test(arguments: [
        ("no dad around to help", FindingStatus.present),
        ("nil partner details on the booking form", .present),
        ("the father, who mum refuses to name", .present),
        ("the father, who she says she does not know", .present),
        ("dad has not been seen since the birth", .present),
        ("father refused to engage with the parenting course", .absent),
    ])
    func aFatherNobodyKnows(text: String, expected: FindingStatus) {
        #expect(status(.fatherUnknown, text) == expected, "\(text)")
    }

    /// The baby named as a baby brother or sister has the bruise; an older sibling's (with an
    /// age, running about), a grandparent's, mum's own from a procedure, or a pen mark that
    /// came off is no bruise of the baby's. A sibling who hurt the baby leaves the baby's bruise.
    @Test(arguments: [
        ("my baby brother has a bruise on his cheek, he's 8 weeks", FindingStatus?.some(.present)),
        ("our baby sister has a mark on her arm", .present),
        ("her baby brother is black and blue", .present),
        ("her brother who's 3 pushed the baby and now the baby has a bruise on her cheek", .present),
        ("a mark on his chest that has not faded", .present),
        ("a mark on his leg, he came off the sofa", .present),
        ("grandma said the baby has a bruise on his ear", .possible),
        ("her brother has a bruise on his leg from football, baby 6 weeks is fine", nil),
        ("his sister who is 4 has bruises on her shins, baby is 10 weeks", nil),
        ("her brother who's 3 and walks everywhere has a bruise on his forehead", nil),
        ("nan has a black eye after tripping, baby is 7 weeks", nil),
        ("grandma who helps out has a bruise on her hand", nil),
        ("mum has bruising around her caesarean scar", nil),
        ("I thought there were marks on her leg but it was just biro", nil),
        ("the mark on his chest rubbed straight off", nil),
    ])
    func whoseBruise(text: String, expected: FindingStatus?) {
        #expect(status(.bruising, text) == expected, "\(text)")
    }

    /// Violence to a partner on record, and fear of his temper (possible); denied, absent.
    @Test(arguments: [
        ("dad has a conviction, GBH against his ex-partner", FindingStatus.present),
        ("on probation for ABH against mum", .present),
        ("mum says she gets scared when he gets drunk", .possible),
        ("neighbour says he's quick with his fists", .possible),
        ("no ABH against her and no police callouts", .absent),
    ])
    func violenceOnRecordAndFear(text: String, expected: FindingStatus) {
        #expect(status(.domesticAbuse, text) == expected, "\(text)")
    }
}
