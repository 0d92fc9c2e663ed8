import Testing

@testable import CurioCore

/// A separated father (or the mother's ex) who rings in worried, who saw something and reported
/// it, or who made the referral, is the other parent raising a concern: `referral.family_concern`,
/// which the briefing says must get equal weight. The other parent ringing about his own plans or
/// a routine matter stays silent, and saying he has no worries denies it.
@Suite("Other parent raising a concern")
struct OtherParentRaisingAConcernTests {
    @Test(arguments: [
        "the baby's father rang, really worried about how thin she looks",
        "her ex saw the state of the flat and reported it to social services",
        "it was the father who put the call in",
        "dad phoned it in last night",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "dad says he's got no concerns about how she's looking after the baby",
        "her ex says he isn't worried about her care at all",
    ])
    func noWorriesIsAbsent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "dad rang, worried he'd be late for clinic",
        "dad was drunk and then phoned his mate",
        "dad rang to book the 8 week check",
        "mum said dad hit her and she rang the police",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["dad rang worried, there's a bruise on her ear"])
    func keepsTheBruise(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) != nil, "\(text)")
    }
}

/// The other parent's or a relative's call about a routine matter (an appointment, the handover
/// time, running late) raises no concern; a worry or suspicion said after the call does, and what
/// they worry about keeps its own finding ("worried about the baby's weight" stays neglect).
@Suite("Other parent's routine call against a worry")
struct OtherParentsRoutineCallAgainstAWorryTests {
    @Test(arguments: [
        "dad rang to say he's running late for contact",
        "dad called us back about the appointment",
        "her ex phoned to change the handover time",
        "dad rang, he's worried he'll be late",
    ])
    func routineCallIsSilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "the baby's dad rang, he thinks she's using again",
        "baby's dad says mum's new fella hits her and he's frightened for the baby",
        "dad rang about the appointment, he's worried she keeps missing them",
        "nan rang about the appointment she missed, worried she isn't coping",
        "her ex rang, claiming mum is drinking every day",
    ])
    func worryAfterTheCallIsConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test func theWorryKeepsItsFinding() {
        #expect(MatcherFixture.status(.neglect, in: "Nanna called us, worried about the baby's weight.") == .possible)
    }
}
