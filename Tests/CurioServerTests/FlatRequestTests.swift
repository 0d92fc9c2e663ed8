import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// `FlatRequest` must read a line exactly as `JSONDecoder` does whenever it reads it at all,
/// and must read the usual requests (otherwise the fast path is never taken).
@Suite struct FlatRequestTests {
    static func decoded(_ line: String) -> WireRequest? {
        try? JSONDecoder().decode(WireRequest.self, from: Data(line.utf8))
    }

    @Test func theUsualRequestsAreReadAsJSONDecoderReadsThem() throws {
        let lines = [
            #"{"op":"start"}"#,
            #"{"op":"start","dialogue":"duty-triage","id":7}"#,
            #"{"op":"say","session":"0123abcd","text":"8 weeks old, a bruise on his cheek"}"#,
            #" { "op" : "say" , "session":"s", "text":"tab\tquote\" slash\/ back\\ nl\n", "id":"line-3" } "#,
            #"{"op":"say","session":"s","text":"caf\u00e9 \ud83d\ude00 \u2028 é😀"}"#,
            #"{"op":"ping","id":-42}"#,
            #"{"op":"why","session":"s","extra":"ignored, as JSONDecoder ignores it"}"#,
            #"{"id":9223372036854775807,"op":"end","session":"s"}"#,
            #"{"op":"say","session":"s","text":""}"#,
        ]
        for line in lines {
            let fast = try #require(FlatRequest.parse(line), "not read: \(line)")
            #expect(fast == Self.decoded(line), "\(line)")
        }
    }

    @Test func anythingUnusualIsLeftToJSONDecoder() {
        let lines = [
            "", "[]", "{}", #"{"op":"say""#, #"{"op":5}"#, #"{"op":"say","session":null}"#, #"{"op":"say","id":1.5}"#,
            #"{"op":"say","id":1e3}"#, #"{"op":"say","id":01}"#, #"{"op":"say","id":-0}"#, #"{"op":"say","id":true}"#,
            #"{"op":"a","op":"b"}"#, #"{"op":"say","x":{"y":1}}"#, #"{"op":"say","x":[1]}"#, #"{"op":"say","text":"\ud800"}"#,
            #"{"op":"say","text":"\udc00"}"#, #"{"op":"say","text":"\x"}"#, #"{"op":"say","text":"\u12"}"#,
            "{\"op\":\"say\",\"text\":\"a\u{01}b\"}", #"{"op":"say"} trailing"#, #"{"op":"say",}"#,
            #"{"id":9223372036854775808,"op":"end"}"#, #"{'op':'say'}"#,
        ]
        for line in lines { #expect(FlatRequest.parse(line) == nil, "\(line)") }
    }

    /// Thousands of generated lines, well-formed and not: whatever the fast reader accepts,
    /// JSONDecoder decodes to the same request.
    @Test func generatedLinesAgreeWithJSONDecoder() {
        var generator = SeededRandom(seed: 20261128)
        var read = 0
        for _ in 0..<5_000 {
            let line = Self.randomLine(&generator)
            guard let fast = FlatRequest.parse(line) else { continue }
            read += 1
            #expect(fast == Self.decoded(line), "\(line)")
        }
        #expect(read > 500)
    }

    static let pieces = [
        "a", "Z", " ", "é", "😀", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\b", "\\f", "\\r", "\\u00e9", "\\u0000",
        "\\ud83d\\ude00", "\\ud83d", "\\udc00", "\\uZZZZ", "\\q", "\u{01}", "\"", "{", "}", "[", ":", ",", "0", "-1",
    ]
    static let keys = ["op", "session", "text", "dialogue", "id", "other", "op"]
    static let values = ["\"say\"", "\"start\"", "7", "-3", "0", "01", "1.5", "2e2", "true", "null", "{}", "[\"x\"]", "-0", "99999999999999999999"]

    static func randomLine(_ generator: inout SeededRandom) -> String {
        func text(_ generator: inout SeededRandom) -> String {
            (0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
        func space(_ generator: inout SeededRandom) -> String { ["", " ", "\t", "\n", "  "][Int(generator.next() % 5)] }
        var fields: [String] = []
        for _ in 0..<Int(generator.next() % 5) {
            let key = keys[Int(generator.next() % UInt64(keys.count))]
            let value = generator.next() % 2 == 0 ? "\"\(text(&generator))\"" : values[Int(generator.next() % UInt64(values.count))]
            fields.append(space(&generator) + "\"\(key)\"" + space(&generator) + ":" + space(&generator) + value + space(&generator))
        }
        if generator.next() % 3 != 0 { fields.insert("\"op\":\"say\"", at: 0) }
        return space(&generator) + "{" + fields.joined(separator: ",") + "}" + (generator.next() % 10 == 0 ? text(&generator) : "")
    }
}
