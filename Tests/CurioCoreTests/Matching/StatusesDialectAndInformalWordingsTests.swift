import Testing

@testable import CurioCore

/// Classes from the s19 status probes (R) and speaker probes (Q), the non-urgent ones: a heading
/// answered nil/no/clear or a good state said plainly (absent); plain wordings of isolation, untreated
/// illness and naive expectations; a negated list of milestones; doubts said of the factor itself or
/// with "mebbe"; news kept from the midwife; an adult crying; a childhood told in dialect or slang;
/// learners' English; informal family concern and absents; "no breaks" among injuries. Sentences
/// written for the classes, each checked against the lexicon, with look-alikes that must not fire.
@Suite("Statuses, dialect and informal wordings")
struct StatusesDialectAndInformalWordingsTests {
    /// A heading answered with nothing, or a good state said plainly, is the factor absent.
    @Test
    func headingsAndGoodStatesAreAbsent() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "Mum's own childhood - unremarkable.") == .absent)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Upbringing: nothing of note.") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Care history - no.") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "LAC as a child: none.") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Dad was never in care or fostered.") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "No mental health issues or care history.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Body map done: NAD.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Dad is under no illusions about the night feeds.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Expectations: realistic and sensible.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum is grounded about it all.") == .absent)
        #expect(MatcherFixture.status(.traumaticBirth, in: "An unremarkable delivery at term.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Basic care - appropriate.") == .absent)
    }

    /// The same headings answered yes, or a bare care history, stay present.
    @Test
    func headingsAnsweredYesStayPresent() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "He has a care history, fostered from 9.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Looked after as a child: yes.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Childhood was chaotic, her mum drank.") == .present)
    }

    /// Plain wordings of isolation, untreated illness and naive expectations are present.
    @Test
    func plainWordingsArePresent() {
        #expect(MatcherFixture.status(.isolation, in: "She hardly ever gets visitors.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Nobody ever pops round to see them.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Anxiety for years, never had any input.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "PND last time, no input from services.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "She says babies won't cry as long as you cuddle them enough.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Dad can't understand why other parents struggle so much.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Wildly optimistic about parenthood.") == .present)
    }

    /// Milestones listed under one negation are all denied: pre-mobile present; listed plainly, absent.
    @Test
    func negatedMilestoneListsArePreMobile() {
        #expect(MatcherFixture.status(.preMobile, in: "She isn't sitting, rolling or crawling.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He doesn't roll, sit, or stand.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "She's rolling, sitting and crawling everywhere.") == .absent)
    }

    /// Doubt said about the factor itself, or with a regional hedge, is possible.
    @Test
    func doubtsAreSaidAsPossible() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "Unclear what his upbringing was like.") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "Not sure whether her parents really visit.") == .possible)
        #expect(MatcherFixture.status(.naiveExpectations, in: "I doubt he understands how relentless twins are.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mebbe she's a bit depressed.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mibbe he hit her, she wouldn't say.") == .possible)
    }

    /// News not told to a professional (a move, a pregnancy) is no untreated illness; the pregnancy stays found.
    @Test
    func newsKeptFromAProfessionalIsNoUntreatedIllness() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She hasn't told the GP that she's moved house.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "She hasn't told the GP that she's moved house.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Expecting again but hasn't told anyone yet.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Expecting again but hasn't told anyone yet.") == nil)
    }

    /// An adult crying is low mood to ask about, not the baby's crying.
    @Test
    func anAdultCryingIsNoCryingBaby() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Her partner has been crying for days.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her partner has been crying for days.") == .possible)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "The baby's been crying for hours and nothing settles him.") == .present)
    }

    /// Dialect for a parent's childhood and slang for a beating give adverse childhood; her partner now, or hiding something, do not.
    @Test
    func dialectChildhoodsAreAdverse() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "His dad would leather him for nothing.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her mam gave her a good hiding most weeks.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "His old man used to batter him.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her dad hit her mam when she was a bairn.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her dad hit her mam when she was a bairn.") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "His mum was on heroin all through his childhood.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her old man leathered her last night.") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her mum was hiding the bottles.") == nil)
    }

    /// Learners' or interpreted English for thoughts of dying and an unknown father.
    @Test
    func learnersEnglishIsRead() {
        #expect(MatcherFixture.status(.mentalHealth, in: "He thinking to kill himself, he tell me.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad is not know to her family.") == .present)
    }

    /// Informal family concern and informal absents; 'no breaks' among injuries is no isolation.
    @Test
    func informalConcernsAndAbsentsAreRead() {
        #expect(MatcherFixture.status(.familyConcern, in: "The baby's aunty isn't happy with the way he's fed.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Her ex phoned us, he's concerned about the flat.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum says he has never laid a finger on her.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "Plenty of friends nearby.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "She has her head screwed on.") == .absent)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Delivery was alright, no problems.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "No fractures, no bleeds, no breaks.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "No fractures, no bleeds, no breaks.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "She gets no breaks, dad works away.") == .present)
    }
}
