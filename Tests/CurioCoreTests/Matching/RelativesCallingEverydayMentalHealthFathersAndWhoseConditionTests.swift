import Testing

@testable import CurioCore

/// Soft-factor classes from two probes of phone calls by relatives and of written notes. Missed:
/// a relative or the other parent saying who they are in a call's words ("<kin> here", "It's his
/// grandad.", "Baby's gran:", "I'm the great-gran", "he's my grandson", "my son's girlfriend", "my
/// daughter-in-law"), and one with no worry read as a concern; mental ill health in everyday words
/// (a delusion about the baby, bingeing and purging, a psych ward, "better off dead", her own
/// crying) and left untreated (kept from everyone, a referral not wanted); the father written
/// down as unknown or nowhere to be found; rehab; a partner who keeps her from seeing anyone;
/// a pregnancy said by its booking or the birth to come; whose condition it is ("not on her own,
/// dad's there every evening", "grandma, not mum, is the one with..."). Sentences written for the
/// classes, each checked with `curio match` against the dialogues.
@Suite("Relatives calling, everyday mental ill health, fathers unknown, whose condition")
struct RelativesCallingEverydayMentalHealthFathersAndWhoseConditionTests {
    /// A relative or the other parent saying who they are in a call's words: a family concern.
    @Test func aRelativeSaysWhoTheyAreOnThePhone() {
        for text in [
            "His nan here - I'm worried he's not being fed properly.",
            "The baby's grandad here, I think she's drinking again.",
            "Baby's aunt: mum keeps leaving him with strangers.",
            "It's his nan. He's got marks on his legs.",
            "This is her grandad speaking, I'm worried about her.",
            "She's my granddaughter and she's covered in nappy rash.",
            "My son's partner is using again and he won't do anything about it.",
            "My daughter-in-law is shouting at the baby all the time.",
            "I'm the great-gran, she's only 15.",
            "My nephew, he's the baby's dad, has been off his head all week.",
        ] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        }
    }

    /// A relative who says who they are and has no worry: absent.
    @Test func aRelativeWithNoWorry() {
        for text in [
            "I'm his nan and I've got no concerns, just need the clinic number.",
            "I'm the grandmother and I've no worries at all.",
        ] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
        }
    }

    /// A professional introducing themselves, a relative as help or as the answer to a question, a
    /// parent's own baby: no family concern.
    @Test func noCallerNoFamilyConcern() {
        for text in [
            "It's the health visitor here, calling about the baby.",
            "The baby isn't hers, it's her sister's, she's just minding him.",
            "Who has the baby at weekends? It's the dad, every other week.",
            "The baby's dad is here with her today.",
            "Grandma is here, very supportive.",
            "Her mum helps daily and the baby is thriving.",
            "my daughter is 6 weeks old and has a rash",
            "My sister has the baby while I work.",
        ] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        }
    }

    /// Mental ill health in everyday words: a delusion about the baby, an eating disorder in its
    /// acts, a psychiatric ward, a wish to be dead, her own crying.
    @Test func mentalIllHealthInEverydayWords() {
        for text in [
            "She's convinced the baby isn't hers.",
            "She thinks the nurses swapped her baby at the hospital.",
            "She keeps making herself sick after meals.",
            "She's bingeing and purging most days.",
            "He spent three weeks on the psych ward last year.",
            "I'd be better off dead.",
            "I've been crying every day, I can't stop.",
        ] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        for text in [
            "I've been crying every day, I can't stop.",
            "Mum's been crying all the time since the birth.",
        ] {
            #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She's been crying all the time, she won't settle.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "The baby isn't hers, it's her sister's, she's just minding him.") == nil)
    }

    /// Low mood kept from everyone, a referral not wanted: untreated; a referral to something else,
    /// a pregnancy kept quiet: not.
    @Test func untreatedInEverydayWords() {
        for text in [
            "She's felt low for months and hasn't told anyone.",
            "EPDS 21, very low; she doesn't want a referral.",
            "She didn't want any help, says she'll cope.",
        ] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        }
        for text in [
            "She doesn't want a referral to the dietician.",
            "Mum doesn't want a referral to early help.",
            "She hasn't told anyone she's pregnant.",
        ] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        }
    }

    /// The father written down as unknown, a man whose identity nobody knows, nobody knowing where
    /// he lives: father unknown; a father named: not.
    @Test func fatherUnknownOnAFormOrUnfound() {
        for text in [
            "Father recorded as not known on the birth notification.",
            "Dad listed as unknown on the referral.",
            "New boyfriend staying most nights, identity unknown to services.",
            "I don't even know where he lives now.",
        ] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad listed as next of kin, lives with them.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Father's name recorded as Tom Green.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "Mum's partner (not baby's father) moved in last month.") == nil)
    }

    /// A stay in rehab is misuse, past or now; a body's rehab is not.
    @Test func rehabIsSubstanceMisuse() {
        for text in [
            "Dad did a stint in rehab a few years back.",
            "She's just out of rehab.",
        ] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        }
        for text in [
            "Mum is in rehab after her knee op.",
            "Grandad is doing cardiac rehab.",
        ] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        }
    }

    /// A partner who keeps her from seeing anyone: abuse and isolation; from going out, or from the
    /// baby: no isolation.
    @Test func keptFromSeeingAnyone() {
        for text in [
            "He won't let her see anyone, takes her phone.",
            "Her partner doesn't let mum see her family.",
        ] {
            #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        }
        for text in [
            "He won't let her see anyone, takes her phone.",
            "He takes her phone and won't let her go out without him.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        for text in [
            "He takes her phone and won't let her go out without him.",
            "He won't let her see the baby.",
        ] {
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
    }

    /// A pregnancy said by its booking or the birth to come; a baby coming home: no pregnancy.
    @Test func pregnancySaidIndirectly() {
        for text in [
            "Booking: history of anxiety.",
            "He'll move in once the baby arrives.",
            "She says she'll stop when the baby comes.",
            "She wants the flat sorted before the baby is born.",
        ] {
            #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.unborn, in: "When the baby comes home from NICU she'll need support.") == nil)
    }

    /// Not alone with support named: isolation absent; another relative, not the parent, with the
    /// condition: absent.
    @Test func whoseConditionIsIt() {
        for text in [
            "She's not alone - her mum comes round daily.",
            "She isn't on her own, her sister stays there every night.",
        ] {
            #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "She's on her own, nobody comes round.") == .present)
        for text in [
            "It's her sister, not her, who has learning difficulties.",
            "Grandad, not dad, is the one with the learning difficulties.",
        ] {
            #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.learningDifficulty, in: "Mum has learning difficulties, not dad.") == .present)
    }

    /// A caller who says she is a neighbour or a friend: what she tells of the parents is second-
    /// hand, possible, not someone else's; a relative's condition is still nobody's.
    @Test func aNeighbourOrFriendCalling() {
        for text in [
            "I'm a neighbour, her mum's been taken in after an overdose.",
            "I'm her friend, she's been cutting herself again.",
        ] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealth, in: "I'm a friend, her sister has depression.") == nil)
    }

    /// A hedge on an illness named with "with" does not reach the stay on the unit before it.
    @Test func aHedgeWithAnIllnessStaysOnIt() {
        for text in [
            "She was on SCBU for a week with suspected sepsis.",
            "admitted to NICU with query infection",
        ] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
    }
}
