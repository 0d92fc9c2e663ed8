import Testing

@testable import CurioCore

/// Classes probe AN's whole consultations found. Missed danger now: a carer lying still and not
/// responding with the baby put down beside them (and "not moving" said of that adult read as
/// the baby's mobility); a carer drunk or high who has locked the other parent out with the baby
/// inside. False urgent: a drunk carer alone with the baby told as last night or yesterday (in
/// the sentence or just before it); a minor injuries unit read as an injury; an adult's own injury
/// told across a clause between commas or with a size word; a relative's report after a
/// semicolon or full stop read as seen; a one-word "Possibly." not doubting the sentence after it;
/// a parent taking the baby after an argument read as danger before any threat (and taking it to
/// A&E read as a snatch). Also: "this is her first pregnancy" not read as a pregnancy, and "she'll
/// never see the baby alive again" not read as a threat. Sentences written for the classes.
@Suite("Probe AN: collapsed carers, locked out, danger over, others' injuries, reports and hedges")
struct ProbeANConsultationClassesTests {
    // MARK: A carer lying still, the baby beside them

    /// A carer lying still and not responding, the baby beside them or in their care: danger now.
    @Test(arguments: [
        "mum's on the bathroom floor and won't wake up, the baby is next to her",
        "dad is lying face down on the floor, not responding, the baby's crawling about",
        "nan is lying on the sofa not responding, she was minding the baby",
        "the neighbour saw dad slumped in the chair, unresponsive, with the baby crying beside him",
    ])
    func aCarerLyingStillWithTheBabyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// "Not moving" said of an adult lying down is no baby's mobility; said of the baby with
    /// "yet" or "much" it still is.
    @Test func notMovingOfAnAdultIsNoMobility() {
        for text in ["her sister found mum lying on the landing not moving", "gran was lying on the kitchen floor and isn't moving"] {
            #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
        }
        for text in ["he just lies on his playmat not moving yet, he's 7 months", "she is lying on her back not moving much, 8 months old"] {
            #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    // MARK: Locked out, the baby inside

    /// A carer drunk or high who has locked the other out with the baby inside: danger now.
    @Test(arguments: [
        "dad's absolutely wasted, he has shut mum out of the house and the baby is still in there",
        "she's high on spice and has locked him out, the twins are inside",
        "dad has locked mum out with the baby inside, he is off his face",
    ])
    func lockedOutWithTheBabyInsideIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The one locked out is not the one with the baby; an old lock-out is not now.
    @Test(arguments: [
        "dad is drunk and mum locked him out, the baby is inside with her",
        "dad locked mum out last week with the baby inside",
    ])
    func lockedOutNotWithTheBabyIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    // MARK: Danger over

    /// A carer drunk with the baby last night or yesterday: the drinking, no danger now.
    @Test(arguments: [
        "It was last night. Mum was really drunk and on her own with the twins, but dad got home at midnight",
        "That happened yesterday - dad was off his face and had the baby by himself; he's at his mum's now",
        "Dad was drunk and alone with the baby last night, he's sober today",
        "Last night dad was drunk and looking after the baby on his own",
    ])
    func drunkWithTheBabyLastNightIsOver(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Drunk now, or "was" drunk at a visit just made, with the baby: still danger.
    @Test(arguments: [
        "Dad was drunk and alone with the baby when I visited, I left at six",
        "Dad is drunk and alone with the baby, he was drunk last night too",
        "Last night she was fine, but now she's drunk and alone with the baby",
    ])
    func drunkWithTheBabyNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    // MARK: Others' injuries and places

    /// A minor injuries unit is a place; an adult's own injury is theirs.
    @Test(arguments: [
        "her cousin fell off the trampoline and they took her to minor injuries",
        "Dad, who was cooking, has a burn on his wrist from the oven",
        "Mum, who was cooking, has a nasty scald from the kettle",
        "Nan, who babysits on Fridays, has a small cut on her finger",
        "Dad has a nasty burn on his arm from work",
    ])
    func anAdultsInjuryOrAPlaceIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The baby's injury beside them is still found.
    @Test(arguments: [
        "they took him to minor injuries, the baby has a burn on his hand",
        "Dad, who was holding her, has a burn on her arm",
        "Grandad, who was looking after him, noticed a burn on his hand",
        "the baby has minor injuries to his face",
    ])
    func theBabysInjuryIsFound(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }

    // MARK: Reports and hedges

    /// A relative's call, then "she says" after a semicolon or a full stop: what follows is hers.
    @Test func aRelativesReportAfterAMark() {
        #expect(MatcherFixture.status(.neglect, in: "His aunt phoned; she says the baby is left in the pram all day and the flat is filthy") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Nan phoned me. She thinks the baby has a bruise on his cheek") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Grandma called us. She said mum is drinking again") == .possible)
        // Seen by the speaker, it is present.
        #expect(MatcherFixture.status(.bruising, in: "Nan rang. I saw the baby myself today, he has a bruise on his cheek") == .present)
    }

    /// A one-word doubt before a sentence doubts it; a doubt before a colon in a clause keeps
    /// what is seen.
    @Test func aOneWordDoubt() {
        #expect(MatcherFixture.status(.neglect, in: "Maybe. His weight has fallen from the 75th to the 25th centile") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "I'd say possibly. The baby is underweight") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "I'd say possibly: the baby is underweight") == .present)
        #expect(DialogueFixtures.recommendationIDs("Perhaps. The house was filthy").contains("neglect-look-closer"))
    }

    // MARK: Taking the baby

    /// Taking the baby after an argument, the sentence ending there, or to a place of care: no
    /// danger yet.
    @Test(arguments: [
        "Dad has taken the kids after a row. He's at his mum's with them",
        "her partner took the baby from her last night after an argument",
        "they took the baby to A&E last night",
        "dad took the baby to hospital",
    ])
    func takingTheBabyIsNoDangerYet(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Told on with more, or with a threat, it is danger.
    @Test(arguments: [
        "he took the baby after a row last night and nobody knows where they are",
        "dad took the baby after an argument and drove off drunk",
        "dad has taken the baby",
        "he said she won't see her alive again",
        "her ex took the baby after a row and texted that she'll never see him alive",
    ])
    func takingTheBabyWithMoreIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    // MARK: A pregnancy counted

    /// "This is her first pregnancy" is a pregnancy now; told as a time or in the past it is not.
    @Test func aPregnancyCounted() {
        for text in ["It's her first pregnancy and she hasn't booked", "Mum's 19, it is their first pregnancy"] {
            #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        }
        for text in ["this was her first pregnancy, the baby is 6 weeks", "she had PND in her first pregnancy, this is her second baby, he's 3 months"] {
            #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        }
    }
}
