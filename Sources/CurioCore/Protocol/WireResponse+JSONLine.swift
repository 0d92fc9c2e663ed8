import Foundation

/// How the server's answers and everything they carry are written as JSON lines: each key in sorted
/// order, nil fields left out, as their `Codable` forms are (checked in `JSONLineWriterTests`).

extension WireResponse: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("dialogue", dialogue)
        writer.field("dialogues", dialogues)
        writer.field("done", done)
        writer.field("error", error)
        writer.field("facts", facts)
        writer.field("findings", findings)
        writer.field("id", id)
        writer.field("new", new)
        writer.field("note", note)
        writer.field("options", options)
        writer.field("question", question)
        writer.field("recommendations", recommendations)
        writer.field("say", say)
        writer.field("session", session)
        writer.field("state", state)
        writer.field("summary", summary)
        writer.field("turns", turns)
        writer.field("why", why)
        writer.endObject()
    }
}

extension WireResponse.DialogueInfo: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("description", description)
        writer.field("name", name)
        writer.field("title", title)
        writer.endObject()
    }
}

extension ErrorBody: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("code", code)
        writer.field("message", message)
        writer.endObject()
    }
}

extension BatchLine.ID: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        switch self {
        case .text(let value): writer.string(value)
        case .number(let value): writer.int(value)
        }
    }
}

extension FactValue: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        switch self {
        case .number(let value): writer.double(value)
        case .text(let value): writer.string(value)
        case .flag(let value): writer.bool(value)
        }
    }
}

extension RiskFactorID: JSONLineWritable {}
extension FindingStatus: JSONLineWritable {}
extension Priority: JSONLineWritable {}

extension Finding: JSONLineWritable {
    public static func write(each findings: UnsafeBufferPointer<Finding>, to writer: inout JSONLineWriter) {
        guard let base = findings.baseAddress else { return }
        for offset in 0..<findings.count {
            let finding = base + offset
            // The kept JSON checked against the finding in place, neither copied.
            if let kept = finding.pointee.prewritten, Finding.isKept(kept, at: finding) {
                writer.encoded(kept.json)
            } else {
                finding.pointee.write(to: &writer)
            }
        }
    }

    public func write(to writer: inout JSONLineWriter) {
        if let json = prewritten?.json(for: self) { return writer.encoded(json) }
        writer.beginObject()
        writer.field("evidence", evidence)
        writer.field("id", id)
        writer.field("inferred_from", inferredFrom)
        writer.field("status", status)
        writer.field("turn", turn)
        writer.endObject()
    }
}

extension Citation: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        if let json = prewritten?.json(for: self) { return writer.encoded(json) }
        writer.beginObject()
        writer.field("section", section)
        writer.field("source", source)
        writer.field("url", url)
        writer.endObject()
    }
}

extension Recommendation: JSONLineWritable {
    public static func write(each recommendations: UnsafeBufferPointer<Recommendation>, to writer: inout JSONLineWriter) {
        guard let base = recommendations.baseAddress else { return }
        for offset in 0..<recommendations.count {
            let recommendation = base + offset
            // The kept JSON checked against the recommendation in place, neither copied.
            if let kept = recommendation.pointee.prewritten, kept.value.isEqual(toRecommendationAt: recommendation) {
                writer.encoded(kept.json)
            } else {
                recommendation.pointee.write(to: &writer)
            }
        }
    }

    public func write(to writer: inout JSONLineWriter) {
        if let json = prewritten?.json(for: self) { return writer.encoded(json) }
        writer.beginObject()
        // The rule's own texts, written once at load, while this recommendation still has them
        // (`==` on a string or an array that shares the original's storage is immediate).
        writer.key("advice")
        if let ruleText, ruleText.advice == advice { writer.encoded(ruleText.adviceJSON) } else { writer.string(advice) }
        writer.field("because", because)
        writer.key("citations")
        if let cited = ruleText?.citations, cited.list == citations {
            writer.encoded(cited.json)
        } else {
            citations.write(to: &writer)
        }
        writer.field("evidence", evidence)
        writer.field("id", id)
        writer.field("priority", priority)
        writer.endObject()
    }
}

extension Recommendation.Evidence: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("finding", finding)
        writer.field("inferred_from", inferredFrom)
        writer.field("status", status)
        writer.field("turn", turn)
        writer.field("words", words)
        writer.endObject()
    }
}

extension CaseSummary: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("caller_role", callerRole)
        writer.field("child", child)
        writer.field("dialogue", dialogue)
        writer.field("facts", facts)
        writer.field("findings", findings)
        writer.field("note", note)
        writer.field("open_questions", openQuestions)
        writer.field("recommendations", recommendations)
        writer.field("started_at", startedAt)
        writer.field("top", top)
        writer.field("transcript", transcript)
        writer.endObject()
    }
}

extension CaseSummary.Exchange: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        writer.field("answer", answer)
        writer.field("at", at)
        writer.field("question", question)
        writer.field("turn", turn)
        writer.endObject()
    }
}

extension Date: JSONLineWritable {
    /// Foundation's default form: seconds since 1 January 2001.
    public func write(to writer: inout JSONLineWriter) { writer.double(timeIntervalSinceReferenceDate) }
}
