import Testing

@testable import CurioCore

/// Coercive control told as scenes, not named: her phone gone through, a tracker on it, what she
/// wears or whom she sees decided by him, his permission needed, her bank card, wages or benefits
/// kept, his bail conditions, "a domestic" told as an event. Each is domestic abuse between the
/// adults. Look-alikes stay silent: the mother going through her own phone, reading her own
/// messages, an illness "controlled". A denial of abuse set against the baby's bruise leaves the
/// bruise the baby's (a missed bruise is the worst defect).
@Suite("Coercive control in lay words")
struct CoerciveControlInLayWordsTests {
    @Test(arguments: [
        "her boyfriend goes through her phone when she's asleep",
        "dad's put a tracker on her phone so he always knows where she is",
        "he decides what she wears when they go out",
        "she has to ask his permission before she can see her friends",
        "he's taken her bank card and gives her money for nappies only",
        "her universal credit goes into his account",
        "he won't let her have her own phone",
        "he makes her hand over her wages every month",
        "he's on bail with conditions not to go to the address",
        "there was a domestic on boxing day, police came",
        "he lost it and threw a glass at the wall, she was terrified",
        "her partner keeps her passport in his car",
        "he checks all her receipts after she's been shopping",
        "dad stops her seeing her sister",
        "he's been stalking her since she left",
        "the police have given her a panic alarm",
    ])
    func isDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "mum went through her phone to find the scan photo",
        "she's controlling her asthma much better now",
        "she reads her messages on the bus",
        "she checks her receipts to keep to a budget",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she denies DV but the baby has a bruise on his ear",
        "denied any domestic abuse but baby has marks on her cheek",
    ])
    func aDeniedAbuseLeavesTheBabysBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Her own parent's violence to the other parent, told on in the same relative clause of her
    /// childhood, is her adverse childhood, not abuse between the adults now.
    @Test(arguments: [
        "dad grew up with a stepdad who drank and hit his mum",
        "she was brought up by a father who used drugs and battered her mother",
    ])
    func aParentsChildhoodHomeIsAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
}
