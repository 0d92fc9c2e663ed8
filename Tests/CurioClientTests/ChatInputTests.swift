import Testing
@testable import CurioClient

@Suite struct ChatInputTests {
    @Test func commandsAreReadInAnyCaseWithOrWithoutASlash() {
        #expect(ChatInput.parse("help") == .command(.help))
        #expect(ChatInput.parse("  BACK ") == .command(.back))
        #expect(ChatInput.parse("/why") == .command(.why))
        #expect(ChatInput.parse(":summary") == .command(.summary))
        #expect(ChatInput.parse("restart") == .command(.restart))
        #expect(ChatInput.parse("quit") == .command(.quit))
        #expect(ChatInput.parse("exit") == .command(.quit))
        #expect(ChatInput.parse("?") == .command(.help))
    }

    @Test func anythingElseIsAnAnswer() {
        #expect(ChatInput.parse("no") == .answer("no"))
        #expect(ChatInput.parse("  not sure  ") == .answer("not sure"))
        #expect(ChatInput.parse("why is there a bruise") == .answer("why is there a bruise"))
        #expect(ChatInput.parse("go back to the GP") == .answer("go back to the GP"))
    }

    @Test func blankLinesAreNothing() {
        #expect(ChatInput.parse("") == .empty)
        #expect(ChatInput.parse("   \t ") == .empty)
    }
}

@Suite struct CompletionTests {
    let offered = Completion.offered(options: ["yes", "no", "not sure"])

    @Test func completesTheQuestionsOptionsOnTheWholeLine() {
        #expect(Completion.candidates(for: "not", among: offered) == ["not sure"])
        #expect(Completion.candidates(for: "not s", among: offered) == ["not sure"])
        #expect(Completion.candidates(for: "n", among: offered) == ["no", "not sure"])
        #expect(Completion.candidates(for: "Y", among: offered) == ["yes"])
    }

    @Test func completesCommands() {
        #expect(Completion.candidates(for: "he", among: offered) == ["help"])
        #expect(Completion.candidates(for: "s", among: offered) == ["summary"])
        #expect(Completion.candidates(for: "  qu", among: offered) == ["quit"])
    }

    @Test func offersOptionsFirstThenEveryCommand() {
        #expect(Completion.candidates(for: "", among: offered)
            == ["yes", "no", "not sure", "help", "back", "why", "summary", "restart", "quit"])
    }

    @Test func freeTextHasNoCompletion() {
        #expect(Completion.candidates(for: "the baby has a bru", among: offered).isEmpty)
    }

    @Test func duplicatesAreOfferedOnce() {
        #expect(Completion.candidates(for: "b", among: ["back", "Back", "bruise"]) == ["back", "bruise"])
    }
}
