import Testing

@testable import CurioCore

/// Classes from the spoken register of relatives and ex-partners ringing in, and of the parent
/// and family factors told as scenes: a police stop that is no cessation, drink-driving told by
/// its test, the baby's things thrown at a partner, control told as a scene and doubted, a
/// separated dad's own worry, a relapse that presupposes the illness, a relative's help undone
/// in the same breath. Sentences written for the classes; look-alikes stay as they were.
@Suite("ub classes")
struct ubClassesTests {
    /// A police stop told with "stopped" ("stopped by police over the limit") is an event, not a
    /// cessation: it must not deny the drinking after it (it had read as absent, a negation
    /// error). "Stopped drinking" is still a denial.
    @Test(arguments: [
        "Dad was stopped by police on the bypass and was over the limit",
        "she got stopped by traffic officers at 2am, well over the legal limit",
        "police stopped him outside the chippy and he blew over the limit",
    ])
    func aPoliceStopIsNoCessation(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Look-alike: a cessation told with "stopped" stays a denial.
    @Test(arguments: ["he stopped drinking when she was pregnant", "mum stopped smoking weed in January"])
    func aCessationStaysDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    /// Drink-driving told by a multiple of the limit ("three times the limit", "twice the
    /// drink-drive limit") is substance misuse, present, the baby in the car or not.
    @Test(arguments: [
        "mum was twice the drink-drive limit with the twins in the back",
        "he came back at four times the limit on the roadside test",
        "partner was found to be double the legal limit after the crash",
    ])
    func aMultipleOfTheLimitIsMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Look-alike: a speed limit is no drug and no drink.
    @Test(arguments: ["dad was doing twice the speed limit on the A road", "she was over the speed limit"])
    func aSpeedLimitStaysSilent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// The baby's own thing thrown at the other parent ("threw the baby's car seat at mum") is
    /// domestic abuse: injury.other's look-alike of the baby's things thrown had taken the words.
    @Test(arguments: [
        "he flung the baby's bouncer at her in the kitchen",
        "dad threw the baby's pram at mum on the landing",
        "she chucked the baby's car seat at him during the row",
    ])
    func theBabysThingThrownAtAPartnerIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Other injury (urgent look-alike): the baby itself thrown, at a parent or across a room,
    /// stays an injury; thrown at mum it is abuse of her too.
    @Test(arguments: [
        "dad threw the baby at mum",
        "he threw the baby across the room at her",
        "he flung the baby onto the sofa at me",
    ])
    func theBabyThrownStaysAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Look-alike: the baby's things thrown away are no injury and no abuse.
    @Test(arguments: ["dad threw the baby's old toys in the bin", "mum threw the baby's milk away, it had gone off"])
    func theBabysThingsThrownAwayStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Coercive control told as a scene ("she has to ask him for money", "he keeps hold of her
    /// bank card") is domestic abuse, present; with a doubt after it whether that is control
    /// ("not sure if that's control or just how they are") it is possible.
    @Test(arguments: [
        "she has to ask him whenever she wants money for the baby",
        "he keeps hold of her bank card all week",
    ])
    func controlToldAsAScene(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he holds on to her phone at night, I'm not sure if that's control or just them",
        "she has to ask her partner for cash - hard to say whether that's control or normal for them",
    ])
    func controlDoubtedIsPossible(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }

    /// Look-alikes: a relative's money and a doubt about someone else leave abuse as it was.
    @Test func controlLookAlikes() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "she asks her mum for money when she's short") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "No DA, not sure if that's the dad or just a friend.") == .absent)
    }

    /// A separated dad ringing with his own worry for the child ("I'm the baby's dad, we split up
    /// in the spring, and I'm scared for her") is the other parent raising a concern, however much
    /// he says between; a dad at home worried about sleep is no concern raised.
    @Test(arguments: [
        "I'm the baby's dad, she won't let me see him, and I'm frightened for him",
        "this is his father, I've not had contact since March and I'm worried about what goes on there",
        "I'm the dad, we parted before he was born, I'm terrified for him",
    ])
    func aSeparatedDadsWorryIsAFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "I'm the dad, I do the bedtimes and I'm worried about her reflux",
        "I'm the health visitor and I'm worried about mum",
    ])
    func anOrdinaryWorryIsNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    /// A relapse of her named illness presupposes it ("keep watch for a relapse of her
    /// schizophrenia"): parental mental ill health, present, even inside a watch.
    @Test(arguments: [
        "we'd want to watch for a relapse of her anorexia after delivery",
        "plan to monitor closely for a relapse of his psychosis",
    ])
    func aRelapseOfHerIllnessPresupposesIt(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// Look-alike: a watch for an illness not had before stays a hypothetical.
    @Test(arguments: ["watch for postnatal depression in the coming weeks", "keep an eye out for low mood"])
    func aWatchWithoutHistoryStaysSilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    /// A relative's help undone in the same breath, by hours of distance or by not getting on
    /// ("her brother will help but he lives three hours away"), is support promised but
    /// unreliable: isolation.
    @Test(arguments: [
        "her brother says he'll help out but he lives four hours away",
        "his sister offered to babysit but they don't get on",
    ])
    func helpUndoneIsIsolation(text: String) {
        let status = MatcherFixture.status(.isolation, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// Look-alike: a relative near who helps is no isolation.
    @Test(arguments: ["her sister lives five minutes away and helps every day"])
    func helpNearbyIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }

    /// The father there at an event of the baby's ("dad was at the delivery"), the one who does a
    /// carer's task ("dad's the one who bathes her"), or held after an arrest ("father charged and
    /// in the cells"): a man seen and known, father.unknown absent.
    @Test(arguments: [
        "dad was in the room for the induction",
        "dad's the one who settles her at night",
        "father was arrested on Friday and is still in custody",
    ])
    func aFatherThereOrHeldIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// Look-alike: a doubt about whether he was there leaves him unknown or in doubt, never absent.
    @Test func aDoubtedFatherIsNotKnown() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "I don't know if dad is the one who takes him to nursery") != .absent)
    }
}
