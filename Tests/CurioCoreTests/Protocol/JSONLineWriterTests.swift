import Foundation
import Testing

@testable import CurioCore

/// `JSONLineWriter` must write exactly what Foundation's `JSONEncoder` (sorted keys, slashes
/// unescaped) writes for the same value: the socket contract's JSON is one, whichever writer
/// wrote it.
@Suite struct JSONLineWriterTests {
    static func expectSame<T: Encodable & JSONLineWritable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(JSONLines.line(value) == JSONLines.foundationLine(value), sourceLocation: sourceLocation)
        #expect(String(decoding: JSONLines.bytes(value), as: UTF8.self) == JSONLines.foundationLine(value), sourceLocation: sourceLocation)
    }

    /// Every field of a response set, nested values included. If a field is added to
    /// `WireResponse` and not to this sample, the first expectation fails; if it is added to
    /// the sample but not to the writer, the second does.
    @Test func aResponseWithEveryFieldIsWrittenAsFoundationWritesIt() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("4 month old, a bruise on her ear; dad not known to us, mum has PND", at: Date(timeIntervalSince1970: 1_800_000_000.123_456))
        var response = WireResponse(
            session: "0123abcd", dialogue: "consultation",
            reply: consultation.answer("no, not yet seen by a GP", at: Date(timeIntervalSince1970: 1_800_000_100)), id: .number(-42))
        response.summary = consultation.summary(complete: false)
        response.why = "Because \"the briefing\" says so / see \\section"
        response.dialogues = [.init(name: "consultation", title: "Consultation", description: "Step by step.\nThen advice.")]
        response.error = ErrorBody(code: "unknown_session", message: "tab\there")
        response.note = "Nothing applies: use your judgement."
        response.facts?["z.flag"] = .flag(true)
        response.facts?["a.text"] = .text("née ☂︎ 😀")
        response.facts?["m.number"] = .number(25.9)
        let unset = Mirror(reflecting: response).children.filter { child in
            if case Optional<Any>.none = child.value as Any? { return false }
            return Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
        }
        #expect(unset.map(\.label) == [], "fields left unset in the sample")
        #expect(response.findings?.isEmpty == false)
        #expect(response.recommendations?.contains { !$0.evidence.isEmpty } == true)
        Self.expectSame(response)
        response.id = .text("line-7")
        Self.expectSame(response)
    }

    /// A recommendation carries its rule's advice and citations already written as JSON. For
    /// every rule those bytes are what the writer and Foundation write for the fields; a
    /// recommendation whose advice or citations were changed afterwards is written as changed.
    @Test func aRulesPreWrittenTextIsWhatItsFieldsWrite() throws {
        let knowledge = DialogueFixtures.knowledge
        let sections = knowledge.recommender.rules
        #expect(!sections.rules.isEmpty)
        for rule in sections.rules {
            let citations = rule.citations.compactMap { sections.section($0.section)?.citation }
            var recommendation = Recommendation(
                id: rule.id, priority: rule.priority, because: [.bruising], advice: rule.advice, citations: citations,
                evidence: [.init(finding: .bruising, status: .present, words: "a \"mark\"", turn: 2)])
            let plain = JSONLines.line(recommendation)
            recommendation.ruleText = Recommendation.RuleText(advice: rule.advice, citations: citations)
            #expect(JSONLines.line(recommendation) == plain, "\(rule.id)")
            Self.expectSame(recommendation)

            var edited = recommendation
            edited.advice += " Then ring back."
            Self.expectSame(edited)
            #expect(JSONLines.line(edited).contains("Then ring back."))
            edited.citations.append(Citation(source: "Local procedures", section: "Escalation"))
            Self.expectSame(edited)
            #expect(JSONLines.line(edited).contains("Escalation"))
            #expect(edited != recommendation)
            edited.advice = recommendation.advice
            edited.citations = recommendation.citations
            #expect(edited == recommendation)
        }
    }

    /// A consultation's answers use the pre-written texts; they must be exactly Foundation's.
    @Test func answersWithRecommendationsAreWrittenAsFoundationWritesThem() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        for text in ["no", "health visitor", "6 week old with a bruise on her ear", "mum has PND and no treatment", "dad is not known"] {
            let reply = consultation.answer(text, at: Date(timeIntervalSince1970: 1_800_000_000))
            #expect(reply.recommendations.contains { $0.ruleText != nil } || reply.recommendations.isEmpty)
            Self.expectSame(WireResponse(session: "s", dialogue: "consultation", reply: reply))
        }
        #expect(consultation.advice.recommendations.contains { $0.id == "bruising-protocol" })
    }

    @Test func anEmptyResponseIsAnEmptyObject() {
        Self.expectSame(WireResponse())
        #expect(JSONLines.line(WireResponse()) == "{}")
    }

    /// Every response of a whole consultation, answer by answer, including inferred findings
    /// (`inferred_from`), absent ones and evidence without a turn.
    @Test func everyAnswerOfAConsultationIsWrittenAsFoundationWritesIt() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let answers = [
            "health visitor", "baby is 6/52, there is a small bruise on his cheek", "no other injuries",
            "mum had low mood in pregnancy, never treated", "dad not known", "not sure", "yes", "no",
            "grandmother worried about the crying", "they live alone, no family nearby", "yes", "no",
        ]
        for (index, text) in answers.enumerated() {
            let reply = consultation.answer(text, at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)))
            Self.expectSame(WireResponse(session: "s", dialogue: consultation.dialogue.name, reply: reply))
        }
    }

    @Test func stringsAreEscapedAsFoundationEscapesThem() {
        var every = ""
        for value in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        for text in [every, "", "\u{2028}\u{2029}\u{FEFF}é😀", "a/b\\c\"d", String(repeating: "\"", count: 3)] {
            Self.expectSame(ErrorBody(code: text, message: text))
        }
    }

    @Test func numbersAreWrittenAsFoundationWritesThem() {
        for value in [8.0, 8.5, 0.1, 1e20, 1e-7, 25.9, 1_234_567.0, -0.0, 1e16, 2.0 / 3.0, -3.25, 1.7976931348623157e308] {
            Self.expectSame(["x": FactValue.number(value)])
        }
        for value in [0, 7, -7, 1_000_000, Int.max, Int.min] {
            Self.expectSame([BatchLine.ID.number(value)])
        }
    }

    /// Numbers are written without making their description where `JSONLineWriter`
    /// settles their shortest digits itself (see `appendShortForm(of:)`): exactly as the
    /// description would write them, and every other number as its description.
    @Test func numbersAreWrittenAsTheirDescriptionIs() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1, -0.1, 0.3, 0.7, 12.5, 13, 13.04, 4.345 * 3, 8 / 7, 1e12, 0x1p40 - 0.5, 0x1p40,
            0x1p40 + 0.5, 0x1p53, 1e16, 1e-5, 0.05, 99_999_999.9, 817_599_907.474_106_6, 5e-324,
            0x1p53 - 1, 0x1p52 + 1, 0x1p52 + 0.5, 1e15 + 0.25, 0x1p-10, 0x1p-10 - 0x1p-40, 0.001, 0.000_999, 1e-4,
        ]
        var random = SeededRandom(seed: 2026)
        for _ in 0..<20_000 {
            let tenths = Double(Int64.random(in: -10_000_000...10_000_000, using: &random))
            values.append(tenths / 10)
            values.append((tenths / 10 * 4.345 * 10).rounded() / 10)
            values.append(Double(Int64.random(in: -(1 << 41)...(1 << 41), using: &random)) / 10)
            values.append(Double(bitPattern: random.next()))
            // A summary's times: seconds since 2001 with their fractions.
            values.append(817_599_907 + Double(random.next() % 1_000_000_000_000) / 1_000_000 - 400_000_000)
            values.append(Double(random.next() % (1 << 53)) / Double(1 << (random.next() % 53)))
        }
        for value in values where value.isFinite {
            var writer = JSONLineWriter()
            writer.double(value)
            let description = value.description
            let expected = description.hasSuffix(".0") ? String(description.dropLast(2)) : description
            #expect(writer.text == expected, "\(value)")
        }
    }

    /// A number JSON cannot hold gives the same error line as Foundation's refusal.
    @Test func aNonFiniteNumberGivesTheEncodingErrorLine() {
        let value = ["x": FactValue.number(.nan)]
        #expect(JSONLines.line(value) == JSONLines.foundationLine(value))
        #expect(JSONLines.line(value).contains("\"code\":\"encoding\""))
    }

    @Test func factNamesAreSortedAndEscaped() {
        Self.expectSame(["b": FactValue.flag(false), "a\"q": .text("x"), "B": .number(1), "_": .text("")])
        // None and one are written without sorting.
        Self.expectSame([String: FactValue]())
        Self.expectSame(["child.age_weeks": FactValue.number(8)])
        Self.expectSame(["a\u{1}\\": FactValue.text("\"")])
    }

    /// The eight-bytes-at-a-time test agrees with the byte-by-byte one: every byte value in
    /// every position among plain text, and many random words.
    @Test func theWordTestFindsExactlyTheBytesToEscape() {
        func naive(_ word: UInt64) -> Bool {
            (0..<8).contains { shift in
                let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))
                return byte < 0x20 || byte == 0x22 || byte == 0x5C
            }
        }
        let plain = UInt64(0x6161_6161_6161_6161)  // "aaaaaaaa"
        for position in 0..<8 {
            for value in 0...255 {
                let shift = UInt64(8 * position)
                let word = (plain & ~(UInt64(0xFF) << shift)) | (UInt64(value) << shift)
                #expect(JSONLineWriter.needsEscape(word) == naive(word), "byte \(value) at \(position)")
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100_000 {
            let word = UInt64.random(in: .min ... .max, using: &generator)
            if JSONLineWriter.needsEscape(word) != naive(word) {
                Issue.record("disagree on \(String(word, radix: 16))")
                break
            }
        }
    }

    /// A consultation's findings carry their JSON from the turn they were heard in, and its
    /// advice keeps the JSON of what did not change. Undoing, restoring and answering again
    /// must never leave a kept JSON in an answer that is not the answer's own.
    @Test func answersAfterBackAndRestoreAreWrittenAsFoundationWritesThem() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let answers = [
            "health visitor", "baby is 6/52, there is a small bruise on his cheek", "no other injuries",
            "mum had low mood in pregnancy, never treated", "dad not known", "a bruise on his ear as well", "not sure",
        ]
        var time = 1_800_000_000.0
        func expectAnswer(_ reply: Reply) {
            Self.expectSame(WireResponse(session: "s", dialogue: consultation.dialogue.name, reply: reply))
        }
        for text in answers {
            time += 1
            expectAnswer(consultation.answer(text, at: Date(timeIntervalSince1970: time)))
            #expect(consultation.turns.last?.heard.findings.allSatisfy { $0.prewritten != nil } == true)
        }
        expectAnswer(consultation.back())
        expectAnswer(consultation.answer("the bruise is on her cheek, said to be from a sibling", at: Date(timeIntervalSince1970: time + 5)))
        // Rebuilt as from the journal: the turns' findings as decoded carry no JSON.
        let decoded = try JSONDecoder().decode([Turn].self, from: JSONEncoder().encode(consultation.turns))
        #expect(decoded == consultation.turns)
        var restored = Consultation.restore(
            dialogue: consultation.dialogue, knowledge: consultation.knowledge, turns: decoded,
            history: consultation.history, position: consultation.position)
        expectAnswer(restored.current())
        #expect(JSONLines.line(WireResponse(session: "s", dialogue: "d", reply: restored.current()))
            == JSONLines.line(WireResponse(session: "s", dialogue: "d", reply: consultation.current())))
        expectAnswer(restored.answer("yes", at: Date(timeIntervalSince1970: time + 9)))
        let summary = restored.summary()
        #expect(JSONLines.line(summary) == JSONLines.foundationLine(summary))
    }

    /// Findings and recommendations in an array are checked against their kept JSON where they
    /// lie: one changed in any field after its JSON was written is written as it is now, in an
    /// array as alone, and an unchanged one is written from its JSON.
    @Test func keptJSONInAnArrayIsUsedOnlyWhileItsValueIsUnchanged() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("6 week old with a bruise on her ear", at: Date(timeIntervalSince1970: 1_800_000_000))
        let reply = consultation.answer("mum has PND and no treatment", at: Date(timeIntervalSince1970: 1_800_000_001))
        let findings = reply.findings
        let recommendations = reply.recommendations
        #expect(findings.contains { $0.prewritten != nil })
        #expect(recommendations.contains { $0.prewritten != nil })
        Self.expectSame(findings)
        Self.expectSame(recommendations)
        let edits: [(inout Finding) -> Void] = [
            { $0.evidence += " (later)" }, { $0.turn = ($0.turn ?? 0) + 7 }, { $0.inferredFrom = "an edit" },
            { $0.status = $0.status == .present ? .possible : .present }, { $0.id = .unborn },
        ]
        for edit in edits {
            var changed = findings
            for index in changed.indices { edit(&changed[index]) }
            #expect(changed.allSatisfy { $0.prewritten != nil } == findings.allSatisfy { $0.prewritten != nil })
            Self.expectSame(changed)
            #expect(JSONLines.line(changed) != JSONLines.line(findings))
        }
        let recommendationEdits: [(inout Recommendation) -> Void] = [
            { $0.advice += " Then ring back." }, { $0.id += "-edited" }, { $0.because.append(.unborn) },
            { $0.evidence.removeAll() }, { $0.citations.removeAll() },
            { $0.priority = $0.priority == .consider ? .urgent : .consider },
        ]
        for edit in recommendationEdits {
            var changed = recommendations
            for index in changed.indices { edit(&changed[index]) }
            Self.expectSame(changed)
            #expect(JSONLines.line(changed) != JSONLines.line(recommendations))
        }
    }

    /// The rule book's citations carry their JSON; it is the citation's own, and a citation
    /// changed afterwards is written as changed.
    @Test func aCitationsKeptJSONIsWhatItsFieldsWrite() {
        let citation = Citation(source: "7 Minute \"Briefing\"", section: "Bruising / marks", url: "https://example.org/a?b=c")
        let kept = citation.withPrewrittenJSON()
        #expect(kept.prewritten != nil)
        #expect(kept == citation)
        Self.expectSame(kept)
        #expect(JSONLines.line(kept) == JSONLines.line(citation))
        var edited = kept
        edited.url = nil
        Self.expectSame(edited)
        #expect(!JSONLines.line(edited).contains("example.org"))
        edited = kept
        edited.section += " (2)"
        Self.expectSame([kept, edited])
        #expect(JSONLines.line(edited).contains("(2)"))
        for rule in DialogueFixtures.knowledge.recommender.rules.rules {
            let recommendation = Recommendation(id: rule.id, priority: rule.priority, because: [], advice: rule.advice, citations: [kept])
            Self.expectSame(recommendation)
        }
    }

    /// Kept JSON is kept at its own size: a consultation keeps one for each finding it heard,
    /// and the writer's working room (2 KiB) kept with each was most of a session's memory.
    @Test func keptJSONHoldsNoSpareRoom() {
        let finding = Finding(id: .bruising, status: .present, evidence: "a small bruise on his cheek", turn: 1)
        let encoded = EncodedJSON(finding)
        #expect(String(decoding: encoded.bytes, as: UTF8.self) == JSONLines.foundationLine(finding))
        #expect(encoded.bytes.capacity < encoded.bytes.count + 64)
    }
}

/// A writer reused (reset between lines, as the server's is) writes exactly what a fresh one does.
@Suite struct JSONLineWriterReuseTests {
    @Test func aResetWriterStartsEmptyAndKeepsItsMemory() {
        var writer = JSONLineWriter(capacity: 4096)
        writer.string("something long enough to be noticed if it were left behind")
        let address = writer.withUnsafeBytes { $0.baseAddress }
        JSONLines.write(["b", "a"], into: &writer)
        #expect(writer.bytes == Array(JSONLines.line(["b", "a"]).utf8))
        // The same memory: emptied, not replaced.
        #expect(writer.withUnsafeBytes { $0.baseAddress } == address)
    }

    @Test func growsPastItsCapacityKeepingWhatItWrote() {
        var writer = JSONLineWriter(capacity: 16)
        let texts = (0..<200).map { "text \($0) with a \"quote\" and a \\ slash / é" }
        JSONLines.write(texts, into: &writer)
        #expect(writer.text == JSONLines.foundationLine(texts))
    }

    @Test func aCopyWritesWithoutChangingTheOriginal() {
        var writer = JSONLineWriter(capacity: 64)
        writer.beginArray()
        writer.string("kept")
        var copy = writer
        copy.string("only in the copy")
        writer.string("only in the original")
        writer.endArray()
        copy.endArray()
        #expect(writer.text == #"["kept","only in the original"]"#)
        #expect(copy.text == #"["kept","only in the copy"]"#)
    }

    /// Lent memory: the line is written there while it fits, and moves to the writer's own
    /// memory, whole, when it does not; either way the bytes are a fresh writer's.
    @Test func aWriterInLentMemoryWritesThereWhileTheLineFits() {
        let texts = (0..<20).map { "text \($0) with a \"quote\" and é" }
        let line = Array(JSONLines.line(texts).utf8)
        for room in [0, 1, 16, line.count - 1, line.count, line.count + 1, 4096] {
            let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: room, alignment: 1)
            defer { memory.deallocate() }
            var writer = JSONLineWriter(lending: memory)
            JSONLines.write(texts, into: &writer)
            #expect(writer.bytes == line, "room \(room)")
            #expect(writer.isWriting(into: memory) == (room >= line.count), "room \(room)")
            if room >= line.count {
                #expect(Array(memory.prefix(line.count)) == line)
            }
        }
    }

    @Test func aCopyOfAWriterInLentMemoryLeavesTheMemoryAlone() {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 256, alignment: 1)
        defer { memory.deallocate() }
        var writer = JSONLineWriter(lending: memory)
        writer.beginArray()
        writer.string("kept")
        var copy = writer
        copy.string("only in the copy")
        copy.endArray()
        writer.string("only in the original")
        writer.endArray()
        #expect(writer.text == #"["kept","only in the original"]"#)
        #expect(copy.text == #"["kept","only in the copy"]"#)
        #expect(writer.isWriting(into: memory))
        #expect(!copy.isWriting(into: memory))
    }

    @Test func aLineThatCannotBeEncodedIsTheEncodingError() {
        var writer = JSONLineWriter()
        JSONLines.write([Double.nan], into: &writer)
        #expect(writer.text == JSONLines.encodingFailure)
        JSONLines.write([1.5, 8.0, -0.0, 1e-7, 123456789.125], into: &writer)
        #expect(writer.text == JSONLines.foundationLine([1.5, 8.0, -0.0, 1e-7, 123456789.125]))
    }
}
