import CurioCore
import Testing

/// Rule classes about the parent factors found by a second probe of health-visiting, midwifery,
/// GP and duty-desk wording. Cases are written for the class, each beside a look-alike that must
/// stay as it was.
@Suite struct FactorClassesFromTheSecondProbeTests {
    /// The mother's own injuries, told with his violence or in her words, are domestic abuse and
    /// no injury to the baby; the baby's own cut lip stays an injury.
    @Test(arguments: [
        ("he keeps kicking off at her, she has got a split lip", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he keeps kicking off at her, she has got a split lip", RiskFactorID.otherInjury, FindingStatus?.none),
        ("mum has a fat lip and told me her partner hit her", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("mum has a fat lip and told me her partner hit her", RiskFactorID.otherInjury, FindingStatus?.none),
        ("mum has scratches on her neck and a graze above her eye", RiskFactorID.otherInjury, FindingStatus?.none),
        ("mum has noticed a scratch on her neck and a graze above her eye", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("self-harming again last year, fresh cuts on her forearms", RiskFactorID.otherInjury, FindingStatus?.none),
        ("self-harming again last year, fresh cuts on her forearms", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("the baby has a cut lip from the edge of the table", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("police called out overnight to a domestic at the flat", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he lashes out at her verbally", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("the toddler lashed out at her brother", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("the twins were kicking off at her again", RiskFactorID.domesticAbuse, FindingStatus?.none),
        // "She" with a black eye is an adult only when she explains it herself.
        ("she has a black eye, mum says her brother did it", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("she had a black eye and said she fell over", RiskFactorID.bruising, FindingStatus?.none),
        ("she had a black eye and said she fell over", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
    ])
    func mothersInjuries(text: String, factor: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(factor, in: text) == status, "\(text)")
    }

    /// Health contacts missed, never had or cancelled by the family are neglect (missed health
    /// appointments); a check not yet due, or one the service cancelled, is not.
    @Test(arguments: [
        ("missed the primary visit and two HV contacts since", FindingStatus?.some(.present)),
        ("no answer at the door on three home visits", FindingStatus?.some(.present)),
        ("mum has cancelled the last four clinic appointments", FindingStatus?.some(.present)),
        ("baby is 7 months and never had her 12 week jabs", FindingStatus?.some(.present)),
        ("not seen by any professional since discharge", FindingStatus?.some(.present)),
        ("not had his 8 week check yet, booked for Monday", FindingStatus?.none),
        ("the surgery cancelled the last two appointments due to sickness", FindingStatus?.none),
        ("mum has not been seen by the midwife since the birth for her own check", FindingStatus?.none),
        ("never had any problems at his checks", FindingStatus?.none),
        // A relative's worry about the baby's weight or home: possible; a parent's own worry is not.
        ("his nan has raised concerns about the baby's weight", FindingStatus?.some(.possible)),
        ("concerns voiced by the paternal aunt about the state of the home", FindingStatus?.some(.possible)),
        ("mum raised concerns about his weight at clinic", FindingStatus?.none),
        // A baby "being left", the sentence ending there; left with grandma is care.
        ("nan is worried the twins are being left.", FindingStatus?.some(.possible)),
        ("the baby is being left with grandma on Fridays", FindingStatus?.none),
    ])
    func missedContactsAndWorries(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// A relative raising a worry is a family concern.
    @Test(arguments: [
        ("his nan has raised concerns about the baby's weight", FindingStatus?.some(.present)),
        ("concerns voiced by the paternal aunt about the state of the home", FindingStatus?.some(.present)),
        ("dad's girlfriend rang as she is worried about the baby", FindingStatus?.some(.present)),
    ])
    func familyConcern(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == status, "\(text)")
    }

    /// Treatment not had: nobody seen, a medicine not taken, a referral turned down in notes'
    /// words, under no one, low mood told to no one; treatment had stays absent.
    @Test(arguments: [
        ("her anxiety is worse, she's not seen anyone about it", FindingStatus?.some(.present)),
        ("on sertraline but says she hasn't been taking it", FindingStatus?.some(.present)),
        ("PND after her first, refused perinatal MH input", FindingStatus?.some(.present)),
        ("low mood for months, not currently under anyone", FindingStatus?.some(.present)),
        ("has not talked to anybody about how down she feels", FindingStatus?.some(.present)),
        ("she has talked to the GP about how low she has been", FindingStatus?.some(.absent)),
        ("on sertraline and taking it every day", FindingStatus?.some(.absent)),
        ("baby not under anyone for his reflux", FindingStatus?.none),
        ("declined talking therapies last month", FindingStatus?.some(.present)),
    ])
    func untreated(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == status, "\(text)")
    }

    /// A father or partner nobody knows, in notes' shorthand or plain words; a partner known
    /// to us but not to the police is a known man.
    @Test(arguments: [
        ("20/40, FOB NK", FindingStatus?.some(.present)),
        ("Father: NK", FindingStatus?.some(.present)),
        ("current partner not known", FindingStatus?.some(.present)),
        ("father's name withheld by mum", FindingStatus?.some(.present)),
        ("she refuses to say anything about the baby's dad", FindingStatus?.some(.present)),
        ("dad is at every visit but her boyfriend has never been seen.", FindingStatus?.some(.present)),
        ("dad has not been seen by anyone since the birth", FindingStatus?.some(.present)),
        ("partner not known to police", FindingStatus?.some(.absent)),
        ("partner has never been seen as a risk", FindingStatus?.none),
        ("mum won't talk about her dad", FindingStatus?.none),
    ])
    func fatherUnknown(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == status, "\(text)")
    }

    /// Isolation: someone else in prison is not the parent's isolation, nor is turning help down
    /// to cope alone; help promised and withdrawn is, and a doubt about anyone to turn to is
    /// possible.
    @Test(arguments: [
        ("mum's cousin is in prison", FindingStatus?.none),
        ("the suspect is now in custody", FindingStatus?.none),
        ("her partner is in prison", FindingStatus?.some(.present)),
        ("turned down the parenting group, says she will manage on her own", FindingStatus?.none),
        ("his mum promised to help with nights but went back to Leeds after a week", FindingStatus?.some(.present)),
        ("unsure whether she has anybody to lean on", FindingStatus?.some(.possible)),
        ("her sister was going to stay but has gone back to Poland", FindingStatus?.some(.present)),
        ("she has plenty of people to turn to", FindingStatus?.some(.absent)),
        ("says her family will support her but we have never met them", FindingStatus?.some(.possible)),
    ])
    func isolation(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.isolation, in: text) == status, "\(text)")
    }

    /// Another generation's care or the baby's own quietness is no parent factor; ADHD is no
    /// mental ill health.
    @Test(arguments: [
        ("dad's mum was in care herself", RiskFactorID.childhoodInCare, FindingStatus?.none),
        // "Her mum" said of the baby girl is the mother herself: her childhood in care stands.
        ("her mum was in care herself", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("both older children were removed and adopted", RiskFactorID.childhoodInCare, FindingStatus?.none),
        ("mum was in care as a teenager", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("quiet and subdued for a 10 week old", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("mum has been withdrawn for weeks", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("dad has ADHD", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("a very subdued baby today", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func otherGenerations(text: String, factor: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(factor, in: text) == status, "\(text)")
    }

    /// The parent's childhood told by the order that took her in, her birth in her own words,
    /// and a life the baby will not change.
    @Test(arguments: [
        ("SGO to her grandparents from age 4 because of abuse at home", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("SGO to her grandparents from age 4 because of abuse at home", RiskFactorID.neglect, FindingStatus?.none),
        ("baby now under special guardianship after neglect at home", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("in theatre she thought she was going to die", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("she felt like she was dying during the delivery", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("dad doesn't think a baby will change their lives", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("they'll still go clubbing, the baby will just come with them", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("she knows the baby will change her life", RiskFactorID.naiveExpectations, FindingStatus?.none),
        ("he wouldn't discuss his upbringing at all", RiskFactorID.adverseChildhood, FindingStatus?.some(.possible)),
        ("ask if there is any DV at home", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("the baby can come along to the group", RiskFactorID.naiveExpectations, FindingStatus?.none),
    ])
    func childhoodBirthExpectations(text: String, factor: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(factor, in: text) == status, "\(text)")
    }
}
