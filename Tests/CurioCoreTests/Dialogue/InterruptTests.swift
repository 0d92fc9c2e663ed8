import Foundation
import Testing

@testable import CurioCore

/// A dialogue's `interrupt`: danger told in answer to another question brings the 999 step
/// next, once, and the dialogue goes on from where it was interrupted.
@Suite struct InterruptTests {
    /// Danger told as the concern: the 999 step comes before the age, and after it the age.
    @Test func dangerToldAsTheConcernBringsThe999StepThenTheAge() throws {
        var (consultation, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "dad is hitting her right now and the baby is in the room"])
        #expect(reply.state == "call-999")
        #expect(reply.recommendations.contains { $0.id == "emergency-services" })
        reply = consultation.answer("yes, police are on their way")
        #expect(reply.state == "age")
        #expect(!reply.recommendations.contains { $0.id == "bruising-protocol" })
        #expect(consultation.position.transitions.suffix(2) == ["concern->call-999", "call-999->age"])
    }

    /// The danger question's own yes goes to the 999 step as written, and on to the role.
    @Test func theDangerQuestionsYesGoesOnAsWritten() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: ["yes"])
        #expect(reply.state == "call-999")
        reply = consultation.answer("yes")
        #expect(reply.state == "role")
    }

    /// Once the 999 step has been answered, danger told again does not bring it back.
    @Test func theStepComesOnce() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["yes", "yes", "GP", "mum is drunk and alone with the baby right now"])
        #expect(reply.state != "call-999")
    }

    /// No danger, no interrupt: the concern goes on to the age.
    @Test func withoutDangerTheDialogueGoesOn() throws {
        let (_, reply) = try DialogueFixtures.consultation("consultation", after: ["no", "GP", "mum is low and tired"])
        #expect(reply.state == "age")
    }

    /// `back` from the state after the 999 step returns to it, and back again to the concern.
    @Test func backUndoesThroughTheInterrupt() throws {
        var (consultation, _) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "GP", "he is shaking the baby right now", "done"])
        #expect(consultation.position.current == "age")
        #expect(consultation.back().state == "call-999")
        #expect(consultation.back().state == "concern")
    }

    /// An interrupt to a state that is not defined, or to a terminal one, stops loading with its line.
    @Test(arguments: [
        ("goto: nowhere", "`nowhere`, which is not defined"),
        ("goto: done", "which is terminal"),
    ])
    func aMalformedInterruptIsAnError(goto: String, message: String) throws {
        let yaml = """
            dialogue: x
            start: a
            interrupt:
              when: {finding: child.immediate_danger}
              \(goto)
            states:
              a:
                ask: Q?
                next: done
              done:
                say: Thank you.
                terminal: true
            """
        let error = try #require(DialogueFixtures.loadError(yaml))
        #expect(error.file == "flows/test.yaml")
        #expect(error.line != nil)
        #expect(error.message.contains(message), "\(error)")
    }
}
