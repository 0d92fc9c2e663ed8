import CurioCore
import Testing
@testable import CurioServer

/// Request lines → desk requests, and the error each kind of bad line gets.
@Suite struct WireRequestReaderTests {
    func refusal(_ line: String) -> ErrorBody? {
        if case .refused(let response) = WireRequestReader.read(line) { return response.error }
        return nil
    }

    @Test func readsEachOp() {
        #expect(WireRequestReader.read(#"{"op":"start"}"#) == .request(DeskRequest(.start(dialogue: nil))))
        #expect(WireRequestReader.read(#"{"op":"start","dialogue":"duty-triage","id":3}"#)
            == .request(DeskRequest(.start(dialogue: "duty-triage"), id: .number(3))))
        #expect(WireRequestReader.read(#"{"op":"say","session":"s1","text":"yes"}"#)
            == .request(DeskRequest(.say(session: "s1", text: "yes"))))
        #expect(WireRequestReader.read(#"{"op":"resume","session":"s1","id":"a"}"#)
            == .request(DeskRequest(.resume(session: "s1"), id: .text("a"))))
        #expect(WireRequestReader.read(#"{"op":"ping"}"#) == .request(DeskRequest(.ping)))
        #expect(WireRequestReader.read(#"{"op":"dialogues"}"#) == .request(DeskRequest(.dialogues)))
    }

    @Test func badLinesGetTheirOwnCodes() {
        #expect(refusal("hello")?.code == "invalid_json")
        #expect(refusal("[1,2]")?.code == "invalid_json")
        #expect(refusal(#"{"session":"s1"}"#)?.code == "missing_op")
        #expect(refusal(#"{"op":"dance"}"#)?.code == "unknown_op")
        #expect(refusal(#"{"op":42}"#)?.code == "invalid_request")
        #expect(refusal(#"{"op":"say","session":"s1","text":5}"#)?.code == "invalid_request")
        #expect(refusal(#"{"op":"say","session":"s1"}"#)?.code == "missing_field")
        #expect(refusal(#"{"op":"say","text":"yes"}"#)?.code == "missing_field")
        #expect(refusal(#"{"op":"end"}"#)?.code == "missing_field")
        #expect(refusal(#"{"op":"resume","session":""}"#)?.code == "missing_field")
    }

    @Test func aBadLineEchoesItsIDAndNotItsText() {
        guard case .refused(let response) = WireRequestReader.read(#"{"op":"say","id":"q9","session":"s","text":7}"#) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(response.id == .text("q9"))
        #expect(response.error?.message.contains("`text`") == true)
    }
}
