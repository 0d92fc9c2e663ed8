import Foundation
import Testing

@testable import CurioCore

/// A summary takes the consultation's kept advice when that was asked for the same
/// completeness, and asks the recommender otherwise: either way its findings and
/// recommendations are what the recommender gives on the picture, answer after answer.
@Suite struct SummaryAdviceTests {
    @Test func aSummarysAdviceIsTheRecommendersOnThePicture() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let answers = [
            "health visitor", "baby is 6/52, there is a small bruise on his cheek", "no other injuries",
            "mum had low mood in pregnancy, never treated", "dad not known", "not sure", "yes", "no",
            "grandmother worried about the crying", "they live alone, no family nearby", "yes", "no", "finish",
        ]
        var time = 1_800_000_000.0
        func expectFresh(_ consultation: Consultation) {
            for complete in [false, true] {
                let summary = consultation.summary(complete: complete)
                let fresh = consultation.knowledge.recommender.advise(
                    consultation.picture, consultationComplete: complete || consultation.isAtEnd)
                #expect(summary.findings == fresh.findings)
                #expect(summary.recommendations == fresh.recommendations)
                #expect(summary.note == fresh.nothingApplies)
                #expect(JSONLines.line(summary) == JSONLines.foundationLine(summary))
            }
        }
        expectFresh(consultation)
        for text in answers {
            time += 1
            _ = consultation.answer(text, at: Date(timeIntervalSince1970: time))
            expectFresh(consultation)
        }
        _ = consultation.back()
        expectFresh(consultation)
    }
}
