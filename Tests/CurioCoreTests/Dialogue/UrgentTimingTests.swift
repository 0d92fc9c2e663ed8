import Foundation
import Testing

@testable import CurioCore

/// Urgent advice comes on the turn its facts are complete, whatever order the practitioner
/// gives them in and whatever question the dialogue happens to be asking: the facts arrive as
/// free text answering the wrong question as often as the right one.
///
/// Each case lists statements, marks which of them the urgent action needs, and is replayed in
/// every order. The action must be missing before the last needed statement (when the others
/// cannot fire it on their own), present on that very turn, and never withdrawn afterwards.
/// The sentences are written for this test, not taken from the evaluation sets.
@Suite("Urgent advice timing, facts in any order")
struct UrgentTimingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let action: String
        /// The statements, and whether the action needs each one.
        let statements: [(text: String, needed: Bool)]
        var testDescription: String { "\(action): \(statements.map(\.text).joined(separator: " / "))" }
    }

    static let cases: [Case] = [
        Case(action: "bruising-protocol", statements: [
            ("He is ten weeks old.", true),
            ("I saw a small bruise behind his left ear.", true),
            ("Mum has been low since the birth and is on the waiting list for talking therapy.", false),
        ]),
        Case(action: "bruising-protocol", statements: [
            ("She isn't rolling over or crawling yet.", true),
            ("There was a bluish mark on her thigh at the weigh-in.", true),
            ("Dad works away most weeks.", false),
        ]),
        Case(action: "bruising-protocol", statements: [
            ("The 3-month-old was brought to clinic by her nan.", true),
            ("Nan pointed out some fingertip bruising on her upper arm.", true),
        ]),
        Case(action: "emergency-services", statements: [
            ("Mum has just rung to say her partner is threatening to hurt the baby right now.", true),
            ("The baby is 4 months.", false),
            ("There is a history of domestic abuse.", false),
        ]),
        Case(action: "refer-csc", statements: [
            ("The x-ray confirmed a fractured femur that nobody can explain.", true),
            ("He was born 7 weeks ago.", false),
            ("Parents are both very anxious.", false),
        ]),
        // An older sibling named by age must not stand for the baby's age.
        Case(action: "bruising-protocol", statements: [
            ("She is 11 weeks old.", true),
            ("There's a small bruise on her chin.", true),
            ("Mum has a 2 year old as well, who is at nursery.", false),
        ]),
        Case(action: "refer-csc", statements: [
            ("The baby has been left in a soaked nappy for hours and the flat is filthy.", true),
            ("She's 6/52.", false),
        ]),
        // Two situations, each nothing alone, told in two answers: danger now.
        Case(action: "emergency-services", statements: [
            ("Mum has been drinking since lunchtime and is slurring her words.", true),
            ("She's on her own with the 7 week old tonight.", true),
            ("Dad works away on the rigs.", false),
        ]),
        Case(action: "emergency-services", statements: [
            ("Dad is smashing plates and punching the walls right now.", true),
            ("The baby is in the next room.", true),
        ]),
        Case(action: "emergency-services", statements: [
            ("Dad took crack earlier today.", true),
            ("He has the baby by himself until mum gets home from work.", true),
        ]),
        // (gh) Fighting said going on now in other words than "right now", then the baby there.
        Case(action: "emergency-services", statements: [
            ("They're screaming and fighting at the moment.", true),
            ("The baby is in the same room.", true),
        ]),
        // (gh) "Smashed" joined to the carer alone with the baby in one sentence.
        Case(action: "emergency-services", statements: [
            ("Mum is smashed and she's home alone with the baby.", true),
            ("Dad is at work.", false),
        ]),
        // (gh) A baby said not born yet, and a pre-birth trigger, in any order.
        Case(action: "pre-birth-protocol", statements: [
            ("The baby isn't born yet.", true),
            ("Mum was in care herself as a child.", true),
            ("The flat is clean and tidy.", false),
        ]),
        // (gh) A birth told as within a recent span is an age under 6 months.
        Case(action: "bruising-protocol", statements: [
            ("She was born in the last fortnight.", true),
            ("There's a small bruise on her cheek.", true),
        ]),
    ]

    /// A "no" to the danger question, given before the facts that make the danger, does not
    /// hold the emergency advice back once they are told.
    @Test func anEarlierNoDoesNotHoldBackDangerFromTwoSituations() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        #expect(!consultation.answer("Mum sounds very drunk on the phone.").recommendations.contains { $0.id == "emergency-services" })
        let reply = consultation.answer("She is on her own with the 8 week old.")
        #expect(reply.recommendations.first?.id == "emergency-services")
        #expect(reply.new.contains("emergency-services"))
    }

    /// Every order of the statements (the cases are small: at most 3! = 6 orders each).
    static func orders(_ count: Int) -> [[Int]] {
        guard count > 1 else { return [Array(0..<count)] }
        return orders(count - 1).flatMap { shorter in
            (0...shorter.count).map { at in
                var order = shorter
                order.insert(count - 1, at: at)
                return order
            }
        }
    }

    @Test("the urgent action comes on the turn its facts are complete, in every order", arguments: cases)
    func urgentOnTheCompletingTurn(_ scenario: Case) throws {
        let knowledge = DialogueFixtures.knowledge
        for order in Self.orders(scenario.statements.count) {
            var consultation = try DialogueFixtures.consultation("consultation")
            let completing = order.lastIndex { scenario.statements[$0].needed }!
            var seen = false
            for (turn, index) in order.enumerated() {
                let statement = scenario.statements[index].text
                let reply = consultation.answer(statement)
                let has = reply.recommendations.contains { $0.id == scenario.action }
                let sayings = order.prefix(turn + 1).map { scenario.statements[$0].text }
                if turn < completing {
                    // Not yet complete: only statements that fire it on their own may have.
                    let alone = order.prefix(turn + 1).contains { i in
                        Self.fires(scenario.action, [scenario.statements[i].text], knowledge)
                    }
                    #expect(has == alone, "turn \(turn + 1) of \(sayings)")
                } else {
                    #expect(has, "missing on turn \(turn + 1) of \(sayings)")
                }
                if seen { #expect(has, "withdrawn on turn \(turn + 1) of \(sayings)") }
                if turn == completing && has { #expect(reply.new.contains(scenario.action) || seen) }
                seen = seen || has
            }
        }
    }

    /// Whether the one-shot `ask` path fires the action on these statements alone.
    static func fires(_ action: String, _ statements: [String], _ knowledge: Knowledge) -> Bool {
        let heard = knowledge.matcher.match(statements.joined(separator: " "))
        var picture = CasePicture()
        picture.merge(heard)
        return knowledge.recommender.advise(picture).recommendations.contains { $0.id == action }
    }

    @Test("replaying the orders of three statements gives all six orders")
    func ordersAreComplete() {
        let orders = Self.orders(3)
        #expect(orders.count == 6)
        #expect(Set(orders.map { $0.map(String.init).joined() }).count == 6)
    }
}
