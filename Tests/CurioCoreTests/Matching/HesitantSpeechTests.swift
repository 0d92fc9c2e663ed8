import Testing

@testable import CurioCore

/// Hesitant, spoken, self-correcting speech as a practitioner types it on the phone or
/// dictates it: soft denials, double denials, injuries played down, denials and findings taken
/// back. The urgent finding must stay beside the hesitant words. Sentences written for the
/// classes.
@Suite("Hesitant speech")
struct HesitantSpeechTests {
    /// A belief put before a denial ("I reckon no bruises", "I think there's no bruising") is a
    /// denial said softly, absent: it had read as a possible bruise (a negation error). A cue
    /// holding the "no" keeps its finding ("no one looking after him" is still danger).
    @Test(arguments: [
        ("I reckon there's no bruising on her", RiskFactorID.bruising),
        ("we think there were no marks at all", .bruising),
        ("I think she's got no marks on her arms", .bruising),
        ("I guess no DA, she was very open about it", .domesticAbuse),
        ("I believe there's no drugs in the house", .substanceMisuse),
    ])
    func aBeliefBeforeADenialIsAbsent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent, "\(text)")
    }

    /// A heading or a question answered softly ("DA - not as far as I'm aware", "drugs? not to
    /// my knowledge"): absent ("DA - not as far as I'm aware" had read as present). A finding
    /// told with more after the answer stays ("bruise on his cheek - not that I noticed before
    /// today").
    @Test(arguments: [
        ("DA - not as far as I'm aware", RiskFactorID.domesticAbuse),
        ("drugs? not to my knowledge", .substanceMisuse),
        ("bruising: not that I saw, no", .bruising),
        ("marks? I don't believe so", .bruising),
    ])
    func aHeadingAnsweredSoftlyIsAbsent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent, "\(text)")
    }

    /// Bruising (look-alike): a soft answer after a dash that goes on keeps the finding before it.
    @Test func aFindingBeforeAnAnswerThatGoesOnStays() {
        #expect(MatcherFixture.status(.bruising, in: "bruise on his cheek - not that I noticed before today") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Any injuries? I don't think so, just the bruise on his cheek") == .present)
    }

    /// Bruising and other injury: a guess at the cause put first ("I reckon the bruise is from
    /// the car seat strap") tells the injury, present; "I think it's a bruise" stays a doubt.
    @Test func aGuessAtTheCauseTellsTheInjury() {
        #expect(MatcherFixture.status(.bruising, in: "I reckon the bruise is from the car seat strap") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "I reckon the burn came from the radiator") == .present)
        #expect(MatcherFixture.status(.bruising, in: "I think it's a bruise") == .possible)
    }

    /// Immediate danger (look-alike): a belief before "no one" keeps the danger; "probably no" stays a doubt.
    @Test func aBeliefBeforeNoOneKeepsTheDanger() {
        let text = "I think there's no one looking after him"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: "probably no marks") == .possible)
    }

    /// Pre-mobile, substance misuse and bruising: a denial or a doubt with a filler set off by
    /// commas ("he's not, like, crawling yet", "maybe, you know, a bruise on his back") reaches
    /// past it; "no" as the answer before a new clause ("no, um, she's been drinking again")
    /// denies nothing after it.
    @Test func aFillerBetweenCommasKeepsTheDenialOrDoubt() {
        #expect(MatcherFixture.status(.preMobile, in: "he's not, like, crawling yet") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she doesn't, erm, drink") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "maybe, you know, a bruise on his back") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "no, um, she's been drinking again") == .present)
        #expect(MatcherFixture.status(.bruising, in: "No, erm, there's a bruise on his leg") == .present)
        #expect(MatcherFixture.status(.bruising, in: "couldn't, like, see any bruises") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "there weren't, you know, any marks") == .absent)
    }

    /// Neglect: a basic need denied with a filler inside it ("there's no, like, food in the
    /// house", "he's not been, erm, fed since last night"): neglect, as without the filler.
    @Test(arguments: ["there's no, like, food in the house", "he's not been, erm, fed since last night"])
    func aNeedDeniedWithAFillerIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Bruising: a double denial that leaves it open ("I wouldn't say there are no marks", "can't
    /// say there were no bruises") is a doubt, possible; two denials had read as one, absent, and
    /// the bruise was missed.
    @Test(arguments: [
        ("I wouldn't say there are no marks on him", RiskFactorID.bruising),
        ("can't say there were no bruises, he had a vest on", .bruising),
        ("I'm not saying there's no domestic abuse", .domesticAbuse),
    ])
    func aDoubleDenialIsADoubt(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .possible, "\(text)")
    }

    /// Bruising: "it's not that there aren't any...", "it's not like he doesn't..." tell the
    /// thing; "it's not that there's no support, her nan visits" still denies isolation.
    @Test func aDoubleDenialWithNotThatTells() {
        let bruise = "it's not that there aren't any bruises, there's one on his knee"
        #expect(MatcherFixture.status(.bruising, in: bruise) == .present, "\(bruise)")
        #expect(MatcherFixture.status(.substanceMisuse, in: "it's not like he doesn't drink") == .present)
        #expect(MatcherFixture.status(.isolation, in: "it's not that there's no support, her nan visits daily") == .absent)
    }

    /// Substance misuse, domestic abuse and neglect told by a denied rarity ("it's not uncommon
    /// for dad to come home drunk", "not the first time she's left him alone"): told; the "not"
    /// had denied them. A general remark stays denied ("it's not unusual to feel low after a
    /// birth").
    @Test(arguments: [
        ("it's not uncommon for dad to come home drunk", RiskFactorID.substanceMisuse),
        ("not unheard of for him to hit her", .domesticAbuse),
        ("it's not the first time she's left him alone", .neglect),
    ])
    func aDeniedRarityTells(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Mental health (look-alike): a general remark with a denied rarity stays denied.
    @Test func aGeneralRemarkStaysDenied() {
        #expect(MatcherFixture.status(.mentalHealth, in: "it's not unusual to feel low after a birth") == .absent)
    }

    /// Isolation and father: "not as if she has any friends" is nobody there; "it's not that dad's
    /// not around" is a father who is there.
    @Test func notAsIfTellsIsolationAndFather() {
        #expect(MatcherFixture.status(.isolation, in: "not as if she has any friends round here") == .present)
        #expect(MatcherFixture.status(.isolation, in: "it's not like she knows anyone") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "it's not that dad's not around, he just doesn't do anything") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "dad's not around") == .present)
    }

    /// Bruising and other injury played down, not denied ("not a bad burn", "not a huge
    /// bruise"): told. A drinker played down ("not a heavy user") keeps its denial.
    @Test(arguments: [
        ("not a huge bruise, but it's on his cheek", RiskFactorID.bruising),
        ("wasn't a bad scald, just the back of his hand", .otherInjury),
        ("not a deep cut, it's on his forehead", .otherInjury),
    ])
    func anInjuryPlayedDownIsTold(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Substance misuse (look-alike): a drinker played down keeps the denial.
    @Test(arguments: ["he's not a heavy user", "not a big drinker"])
    func aDrinkerPlayedDownStaysDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    /// Bruising: a denial taken back at once with "one" for the bruise ("no bruising, oh
    /// actually there's a faint one on her shin", "no marks apart from the one on his thigh") is
    /// a bruise; "not a single one" stays denied.
    @Test(arguments: [
        "no bruising, oh actually there's a faint one on her shin",
        "couldn't see any marks, wait, mum pointed out one behind his knee",
        "no marks apart from the one on his thigh",
        "no bruises, well, he has got one on his arm",
        "no marks - oh, apart from one on his bum",
    ])
    func aDenialTakenBackWithOneIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Other injury: the same with a burn, a cut or a fracture ("no burns, well, actually there's
    /// a small one on his palm", "no cuts apart from one on his lip").
    @Test(arguments: [
        "no burns, well, actually there's a small one on his palm",
        "no cuts apart from one on his lip",
        "no burns except a small one on her foot",
    ])
    func aDenialTakenBackWithOneIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Bruising: a denial taken back with "there is" or "he has" said for it ("there's no bruise,
    /// I mean, there is, but it's tiny"): a bruise; the denial had stood.
    @Test(arguments: [
        "there's no bruise, I mean, there is, but it's tiny",
        "he hasn't got any marks, well, he has, a small one",
        "no bruising - actually, yes, there is",
    ])
    func aDenialTakenBackWithThereIsIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Pre-mobile and bruising: a word denied "as such" and a nearer one given ("he's not crawling
    /// as such, more shuffling on his bum": mobile; "not bruises exactly, more like a mark on his
    /// cheek": a mark). Rolling stays no mobility.
    @Test func deniedAsSuchANearerOneIsTold() {
        #expect(MatcherFixture.status(.preMobile, in: "he's not crawling as such, more shuffling on his bum") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "not walking exactly, more cruising round the sofa") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "she's not crawling as such, more rolling about") == .present)
        #expect(MatcherFixture.status(.bruising, in: "not bruises exactly, more like a mark on his cheek") == .present)
    }

    /// Pre-mobile and father: a repair that takes back what was just said ("he's not crawling, I
    /// mean, he is": mobile; "dad's involved, sort of, I mean, I've never seen him": not known).
    /// An age after "I mean" is no repair ("he isn't crawling, I mean he is 8 months").
    @Test func aRepairTakesBackMobilityAndFather() {
        #expect(MatcherFixture.status(.preMobile, in: "he's not crawling, I mean, he is, he started last week") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "she can't pull up, well, she can, on the sofa") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "he isn't crawling, I mean he is 8 months") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "dad's involved, sort of, I mean, I've never seen him") == .present)
    }

    /// Substance misuse: drinking or using denied, then taken back with "she is" ("she's not
    /// drinking, well, apart from most nights she is"): possible; smoking is no misuse.
    @Test func useDeniedThenTakenBackIsPossible() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "she's not drinking, well, apart from most nights she is") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he doesn't use, I mean, he does, at weekends") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he doesn't smoke, well, he has the odd one") == nil)
    }

    /// Bruising and other injury (look-alike): "not a single one" stays denied.
    @Test func notASingleOneStaysDenied() {
        #expect(MatcherFixture.status(.bruising, in: "no bruises, honestly, not a single one") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "no burns, honestly, not a single one") == .absent)
    }

    /// Bruising and other injury: a word taken back by the teller ("I said a bruise but it's
    /// actually a birthmark", "I put burn but I meant eczema", "sorry, not a mark, it's some
    /// biro", "scratch that, wrong family") gives no finding; taken back to an injury, or only
    /// sized, it stays ("I said a mark but it's actually a bruise").
    @Test(arguments: [
        ("I said a bruise but it's actually a birthmark in his red book", RiskFactorID.bruising),
        ("I said there was a bruise but it's actually his birthmark", .bruising),
        ("I put burn but I meant eczema", .otherInjury),
        ("I said there was a scald but it's nappy rash", .otherInjury),
        ("I said he was left on his own but actually his nan was in the next room", .neglect),
    ])
    func aFindingTakenBackGivesNothing(text: String, id: RiskFactorID) {
        let status = MatcherFixture.status(id, in: text)
        #expect(status == nil || status == .absent, "\(text)")
    }

    /// Bruising, other injury and danger struck at once with "oh no, sorry" or "I misspoke"
    /// ("there's a burn, oh no, sorry, it's a birthmark", "he's got a fracture, sorry, no, they
    /// ruled it out"): no injury, no danger; "no, sorry, it's not a birthmark" keeps the bruise.
    @Test func aFindingStruckAtOnce() {
        #expect(MatcherFixture.status(.otherInjury, in: "there's a burn, oh no, sorry, it's a birthmark") == nil)
        #expect(MatcherFixture.status(.bruising, in: "a bruise - no, sorry, it's his Mongolian spot") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he's got a fracture, sorry, no, they ruled it out") == .absent)
        let misspoke = "she left him alone - no sorry, I misspoke, her mum was there"
        #expect(MatcherFixture.status(.immediateDanger, in: misspoke) != .present, "\(misspoke)")
        #expect(MatcherFixture.status(.bruising, in: "a bruise, no, sorry, it's not a birthmark") == .present)
    }

    /// Bruising and substance misuse: a retraction ("sorry, not a mark, it's some biro", "scratch that, wrong family") denies.
    @Test func aRetractionDenies() {
        #expect(MatcherFixture.status(.bruising, in: "mark on his tummy, sorry, not a mark, it's some biro") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she's drinking, sorry, scratch that, wrong family") == .absent)
    }

    /// Bruising and neglect (look-alikes): taken back to an injury, only sized, or left alone after all, the finding stays.
    @Test(arguments: [
        ("I said a mark but it's actually a bruise", RiskFactorID.bruising),
        ("I said a bruise but it's a big one", .bruising),
        ("I said he was left alone but actually mum was at the shop", .neglect),
    ])
    func aFindingKeptThroughACorrectionStays(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Neglect: leaving the baby denied, then taken back with what it was "only" for ("she's not
    /// left him, well, only to nip to the shop for an hour"): left unattended. Left with another
    /// adult, or taken along, stays no neglect.
    @Test(arguments: [
        "she's not left him, well, only to nip to the shop for an hour",
        "she doesn't leave her, only for ten minutes to get fags",
        "hasn't left him alone, except when she popped out to the garage",
    ])
    func leavingDeniedThenTakenBackIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Neglect (look-alike): left with another adult, or taken along, is no neglect.
    @Test(arguments: ["she's never left him, only with her mum for an hour", "she never leaves him, only when she goes to the shop with him"])
    func leftWithSomeoneOrTakenAlongIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Neglect: a care denied and denied again ("I wouldn't say she's not fed") gives no
    /// neglect; "not fed properly" said plainly still does.
    @Test func aCareDeniedTwiceIsNoNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "I wouldn't say she's not fed, she's just petite") == nil)
        #expect(MatcherFixture.status(.neglect, in: "she's not fed properly") == .present)
    }

    /// Immediate danger: a threat to the baby told with fillers inside it ("dad's, like,
    /// threatening to, you know, hurt the baby", "threatening to, like, hurt herself and the
    /// baby"): danger now.
    @Test(arguments: [
        "dad's, like, threatening to, you know, hurt the baby",
        "he threatened, erm, to kill the baby",
        "she's threatening to, like, hurt herself and the baby",
    ])
    func aThreatWithFillersIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Immediate danger: a caller at a loss ("I don't know what to do, he's got the baby...") tells
    /// what follows; it had been dropped as the hypothetical "what to do". A topic after it
    /// ("what to do about bruises on babies") stays advice.
    @Test(arguments: [
        "I don't know what to do, he's got the baby and says he'll hurt her",
        "no idea what to do - she's not breathing",
    ])
    func aCallerAtALossTellsTheDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Other injury: gentleness with the baby denied or played down ("he's not exactly gentle
    /// with the baby", "handles him roughly") is rough handling, possible, as "rough with the
    /// baby" is; "very gentle with the baby" says nothing.
    @Test func roughHandlingPlayedDownIsPossible() {
        #expect(MatcherFixture.status(.otherInjury, in: "he's not exactly gentle with the baby") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "she shouts at him and handles him roughly") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "he's very gentle with the baby") == nil)
    }

    /// Mental health: a low mood played down in speech ("she's not herself lately", "she's
    /// struggling a bit, like, mentally", "she's been a bit, you know, up and down"): possible.
    /// A baby girl unwell ("she's not herself, off her feeds") and a weight up and down are not.
    @Test func aLowMoodPlayedDownIsPossible() {
        #expect(MatcherFixture.status(.mentalHealth, in: "she's not herself lately") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's struggling a bit, like, mentally") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's been a bit, you know, up and down") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum says she's not herself, off her feeds and grizzly") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "his weight's been up and down") == nil)
    }

    /// Neglect: feeding played down ("he's not the best fed baby", "she's not the best at feeding
    /// him") is a doubt about it, possible; "he's well fed" stays a denial.
    @Test func feedingPlayedDownIsPossibleNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "he's not the best fed baby, I'll say that") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "she's not the best at feeding him") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "he's well fed") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "he's not fed") == .present)
    }

    /// Immediate danger: safety said, then taken back at once ("he's safe, wait, no he's not"):
    /// not safe; "he's fine, no, he's not hurt" keeps the safety. Neglect: weight lost with how
    /// much ("he's lost a bit of weight") is lost weight; a parent's is theirs.
    @Test func safetyTakenBackAndWeightPlayedDown() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he's safe, wait, no he's not, dad's back and he's kicking off") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's fine, no, he's not hurt") != .present)
        #expect(MatcherFixture.status(.neglect, in: "he's lost a bit of weight") == .present)
        #expect(MatcherFixture.status(.neglect, in: "mum's lost a lot of weight") == nil)
    }

    /// Bruising (look-alike): "what to do about" a topic stays advice.
    @Test func whatToDoAboutATopicStaysAdvice() {
        #expect(MatcherFixture.status(.bruising, in: "I don't know what to do about bruises on babies") == nil)
    }

    /// Bruising, danger and domestic abuse told, then a question tagged on ("there's a mark on his
    /// cheek, is that a worry?", "should I call someone?"): present; the "?" had made them
    /// possible. A doubt in the telling stays ("she might be drinking, should I refer?"), and
    /// "if ..., would that be a 999 call?" stays a hypothetical.
    @Test(arguments: [
        ("there's a mark on his cheek, is that a worry?", RiskFactorID.bruising),
        ("a bruise behind her ear, erm, is that something I refer?", .bruising),
        ("mum's on her own with him and she's drunk, should I call someone?", .immediateDanger),
        ("dad's been hitting her, is that DA?", .domesticAbuse),
        ("he's got a lump on his head, what do you reckon?", .otherInjury),
        ("she's been cutting herself, ok?", .mentalHealth),
    ])
    func aFindingBeforeATaggedQuestionIsPresent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Substance misuse and immediate danger (look-alikes): a doubt or a hypothetical before a tagged question stays.
    @Test func aDoubtOrAHypotheticalBeforeATaggedQuestionStays() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "she might be drinking, should I refer?") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "hypothetically, if dad turned up drunk, would that be a 999 call?") == nil)
    }

    /// Substance misuse, neglect, care history and mental health after "if" as a turn of speech
    /// ("if I'm being honest", "if you ask me", "if I remember rightly"): told, no condition. A
    /// real condition stays a hypothetical ("if she drinks again, refer").
    @Test(arguments: [
        ("if I'm being honest she's drinking most days", RiskFactorID.substanceMisuse),
        ("if you ask me, he's neglected, the flat's disgusting", .neglect),
        ("if I remember rightly she was in care as a kid", .childhoodInCare),
        ("if memory serves, dad was sectioned last year", .mentalHealth),
    ])
    func ifAsATurnOfSpeechTells(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Substance misuse (look-alike): a real condition stays a hypothetical.
    @Test func aRealConditionStaysHypothetical() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "if she drinks again, refer") == nil)
    }

    /// Family concern and neglect told with the spoken quote's "was like", "goes" ("nan was like,
    /// he's always hungry"): the relative's report, second-hand; "nan was like, he's fine" raises
    /// nothing.
    @Test func aRelativesSpokenQuoteIsAReport() {
        let text = "nan was like, he's always hungry"
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: "grandma was all like, she's drinking again") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "nan was like, he's fine") == nil)
    }

    /// Isolation: support in name only ("nobody ever turns up", "her family just never come
    /// round") is isolation; reading doubted ("I don't think he can read") is a learning
    /// difficulty, while "she can read fine" says nothing.
    @Test func supportInNameOnlyAndReadingDoubted() {
        #expect(MatcherFixture.status(.isolation, in: "nobody ever turns up when they say they will") == .present)
        #expect(MatcherFixture.status(.isolation, in: "her family just never come round") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "I don't think he can read") != nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "she can read fine") == nil)
    }
}
