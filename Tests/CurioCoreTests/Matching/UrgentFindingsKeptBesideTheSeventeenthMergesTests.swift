import Testing

@testable import CurioCore

/// The rules merged from ib and ic (several voices, things fitted to a home, another child's
/// injury, a reported bruise ruled out, a service's report, "apparently no") each took words
/// from real urgent findings. Endings are read alike ("fitted" is "fitting", "burnt" is "burn"),
/// so: a baby's fit at home or in the kitchen is a seizure; "it was his sister who burnt him" is
/// the baby's burn (the sister did it); "the baby and the toddler have burns" is the baby's too;
/// a parent telling a friend of "her own baby" means this baby; "when the HV saw him he had a
/// bruise" is a visit told, not advice; a reported bruise seen by the GP with "no explanation"
/// is still a bruise; "apparently no one was watching" doubts, it does not deny the injury; a
/// service inside a denial ("neither mum nor the nursery noticed any bruising") is denied with
/// it; "denies DA but her baby has a black eye" is the baby's bruise. The look-alikes the
/// merges were written for stay as they were.
@Suite("Urgent findings kept beside the seventeenth merges")
struct UrgentFindingsKeptBesideTheSeventeenthMergesTests {
    @Test(arguments: [
        "he had a fit at home this morning and he's still very sleepy",
        "she's fitting in the kitchen right now, I've rung 999",
        "the baby started fitting at the house while dad was bathing him",
        "she had another fit at the property when the police were there",
        "the baby's been fitting at home on and off since breakfast",
    ])
    func aBabysFitAtHomeIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "a sanctuary scheme was fitted at her flat last week",
        "the new kitchen was fitted in May",
        "the car seat was fitted properly by the fire service",
        "window locks have now been fitted",
    ])
    func thingsFittedStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "it was her sister who burnt her with the hair straighteners",
        "it was the toddler who scalded him with a cup of tea",
        "it's his big brother who injured him, he threw a toy at his head",
        "both the baby and the toddler have burns on their hands",
        "mum admitted to a neighbour that her own baby had a burn from the iron",
        "when the GP saw her this morning she found a burn on her foot",
        "apparently no one was watching when he rolled off the bed, he has a lump on his head",
    ])
    func theBabysInjuryStays(text: String) {
        let status = MatcherFixture.status(.otherInjury, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    @Test(arguments: [
        "it was his brother who bruised him, he hit him with a toy",
        "it's his big sister who bruised his face when she pinched him",
        "mum confided in her friend that her own baby has bruising she can't explain",
        "grandma says her own grandson has bruises on his back",
        "when the HV saw him on Tuesday he had a bruise on his ear",
        "the reported bruise was seen by the GP this morning, no explanation given",
        "possible bruise was seen at the walk in centre, nothing was done about it",
        "she denies DA but her baby has a black eye",
        "denies domestic abuse but has noticed bruising on the baby's legs",
    ])
    func theBabysBruiseStays(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    @Test(arguments: [
        "when the HV saw the baby she was floppy and not responding",
        "when the GP saw him he wasn't breathing properly and was blue round the lips",
    ])
    func dangerSeenOnAVisitStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "neither mum nor the nursery noticed any bruising",
        "nobody at home or at nursery saw any marks on her",
        "nobody including the midwife noticed any bruising on him",
        "the alleged bruise was looked at by the GP and there was no bruise",
    ])
    func aDenialWithAServiceStaysADenial(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "it's her toddler who's got the cut on his knee",
        "no, it was his little sister's hand that got burnt",
        "my neighbour says her own son had a burn from the oven",
    ])
    func anotherChildsInjuryStaysSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "if the GP finds a bruise on a baby, refer",
        "when the nursery say there's a mark, ring the duty desk",
    ])
    func adviceStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["denies DV but had a fresh bruise on her wrist", "denies DA but her arms are covered in bruises"])
    func herOwnBruiseIsStillAbuseToAskAbout(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
