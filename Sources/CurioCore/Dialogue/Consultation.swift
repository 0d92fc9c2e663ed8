import Foundation

/// One consultation: a dialogue, the practitioner's turns so far and where the dialogue stands.
///
/// A plain value with no I/O: the server keeps one per session and journals its turns, the
/// trainers' test runner drives one in-process, and both get the same answers. The case
/// picture is always the fold of the turns, so `back` is "drop the last turn and replay the
/// position", and a consultation restored from the journal is the one that was saved.
///
/// The picture and the advice on it are kept, not worked out again on every read: a server
/// answering thousands of turns a second reads them several times per answer. They change
/// only through `settle(refold:)`, which every change of the turns or the position calls.
public struct Consultation: Sendable {
    public private(set) var dialogue: Dialogue {
        didSet { settledStep = nil }  // a step of another dialogue may have the same id
    }
    public let knowledge: Knowledge
    public private(set) var turns: [Turn] = []
    public private(set) var position: DialogueState
    /// The position before each turn (one per turn), for `back`; journalled with the turns.
    public private(set) var history: [DialogueState] = []
    /// What the practitioner has said, folded turn by turn.
    public private(set) var picture = CasePicture()
    /// The recommender's view of `picture`, and whether it was asked as for a finished
    /// consultation (which it must be exactly when `isAtEnd`).
    private var advised: (advice: Advice, complete: Bool) {
        didSet { guarded = nil }
    }
    /// `guardContext()` of the current advice, kept until the advice changes: the dialogue's
    /// guards and skips are read on every move, and the advice changes far less often.
    private var guarded: ConditionContext?
    /// The step `position.current` named when the consultation last settled: the current step
    /// is read several times a turn (whether the dialogue is at its end, the step answered,
    /// the reply's question), and each lookup hashed the state's name. Used only while it is
    /// still the step the position names (see `currentStep`); forgotten when the dialogue changes.
    private var settledStep: Dialogue.Step?

    public init(dialogue: Dialogue, knowledge: Knowledge) {
        self.dialogue = dialogue
        self.knowledge = knowledge
        self.position = DialogueState(dialogue: dialogue.name, current: dialogue.start, path: [dialogue.start])
        self.advised = (knowledge.recommender.advise(CasePicture(), consultationComplete: false), false)
        settle()
        enterCurrent()
    }

    /// A consultation rebuilt from its journal: the turns as saved, the position before each
    /// of them (so `back` still works) and the position now.
    ///
    /// `dialogue` is the dialogue the position is in. A position whose state no longer exists
    /// (the dialogues were edited since) restarts that dialogue, keeping every turn.
    public static func restore(
        dialogue: Dialogue, knowledge: Knowledge, turns: [Turn], history: [DialogueState],
        position: DialogueState
    ) -> Consultation {
        var consultation = Consultation(dialogue: dialogue, knowledge: knowledge)
        consultation.turns = turns
        consultation.history = history.count == turns.count ? history : []
        if dialogue[position.current] != nil {
            consultation.position = position
            consultation.settle(refold: true)
        } else {
            consultation.position = DialogueState(dialogue: dialogue.name, current: dialogue.start, path: [dialogue.start])
            consultation.settle(refold: true)
            consultation.enterCurrent()
        }
        return consultation
    }

    // MARK: The case

    /// The recommender's view of the case, derived findings included.
    public var advice: Advice { advised.advice }

    /// Whether `advice` is the advice for a finished consultation.
    var adviceIsComplete: Bool { advised.complete }

    /// Brings the picture and the advice up to date after the turns or the position changed:
    /// `refold` folds the turns again (after one was dropped or all were restored);
    /// `pictureChanged` says the picture was changed in place. Advice is worked out again only
    /// when the picture or `isAtEnd` changed.
    private mutating func settle(refold: Bool = false, pictureChanged: Bool = false) {
        if refold {
            picture = CasePicture()
            for turn in turns { picture.merge(turn.heard, turn: turn.number, laterAbsentStands: knowledge.riskFactors.laterAbsentStands) }
        }
        settledStep = currentStep  // looked up by name only when the position moved
        let complete = isAtEnd
        guard refold || pictureChanged || advised.complete != complete else { return }
        advised = (knowledge.recommender.advise(picture, consultationComplete: complete, following: advised.advice), complete)
    }

    public var currentStep: Dialogue.Step? {
        // The ids are compared, not looked up: the position's is the step's own string (it is
        // set from it), so they are told equal without reading their characters.
        if let settledStep, settledStep.id == position.current { return settledStep }
        return dialogue[position.current]
    }

    /// The dialogue has reached a terminal state.
    public var isAtEnd: Bool { currentStep?.terminal ?? true }

    // MARK: Steps

    /// The first reply: the dialogue's first question.
    public func opening() -> Reply {
        reply(lead: [], new: [])
    }

    /// The current reply again, without a change (for `resume`).
    public func current() -> Reply {
        reply(lead: [], new: [])
    }

    /// Reads one answer: what the matcher hears in it, plus the option it chooses; fills the
    /// slots; moves the dialogue on past everything already answered.
    public mutating func answer(_ rawText: String, at time: Date = Date()) -> Reply {
        let text = Self.trimmed(rawText)
        guard !text.isEmpty else {
            return reply(lead: ["(No answer was given; nothing was recorded.)"], new: [])
        }
        let before = advice.recommendations
        let step = currentStep
        // Who is asking, said by a job title ("IDVA", "substance misuse worker"): the title
        // names the caller, not anything about the family; only the rest is read.
        let title = step?.slot?.kind == .role ? knowledge.answers.jobTitle(in: text) : nil
        // A born baby's age told before: a pregnancy told as past in this answer is past.
        let born = picture.status(of: .unborn) != .present && picture.facts[FactName.childAgeWeeks]?.number != nil
        var heard = knowledge.matcher.match(title?.rest ?? text, today: CivilDate(time), babyKnownBorn: born)
        if let title, let slot = step?.slot { heard.facts[slot.name] = .text(title.title) }
        var option: String?
        if let step {
            let choices = step.terminal && step.offer != nil ? Self.offerOptions : step.options
            option = knowledge.answers.choose(text, among: choices)
            if option != nil, Self.statesSomethingElse(text, heard: heard, about: step.about, answers: knowledge.answers) {
                option = nil
            }
            if !step.terminal { apply(step: step, option: option, text: text, to: &heard) }
        }
        let keptAge = keepsBabysAge(against: heard, step: step, text: text)
        if keptAge != nil {
            heard.facts[FactName.childAgeWeeks] = nil
            heard.ageNamesAChild = false
            heard.ageIsAPastPoint = false
        }
        let number = turns.count + 1
        for index in heard.findings.indices {
            heard.findings[index].turn = number
            // Written once, as heard: the picture keeps the finding, and every later answer
            // carries it (the writer checks the kept JSON against the finding each time).
            heard.findings[index] = heard.findings[index].withPrewrittenJSON()
        }
        history.append(position)
        turns.append(Turn(number: number, state: position.current, text: text, option: option, heard: heard, at: time))
        settle(pictureChanged: picture.merge(heard, turn: number, laterAbsentStands: knowledge.riskFactors.laterAbsentStands))

        var lead = acknowledgement(of: heard)
        lead += stillCounted(denied: heard, turn: number)
        if let keptAge, let age = picture.facts[FactName.childAgeWeeks] {
            lead.append("An age of \(keptAge.description) weeks was heard, but the baby's age stays \(age.description) weeks as told before "
                + "(an older child's age?). If the baby's age was wrong, say so (\"correction: she is 14 months\") or use `back`.")
        }
        if let step {
            if step.terminal {
                if let offer = step.offer, option?.lowercased() == Self.offerOptions[0], let next = knowledge.dialogues[offer] {
                    switchDialogue(to: next)
                    lead.append("Continuing with the \(next.title.lowercased()); questions already answered are skipped.")
                }
            } else if needsRetry(step, heard: heard, option: option), interruption(from: step, in: guardContext()) == nil,
                // A question the answer made moot is not asked again ("she's had the baby now,
                // he's 2 weeks old", said to the weeks of a pregnancy): it is skipped.
                !shouldSkip(step, in: guardContext())
            {
                lead.append(Self.retryMessage(for: step))
            } else {
                advance(from: step)
            }
        }
        let advice = self.advice
        let added = Self.added(to: before, in: advice.recommendations)
        lead += added.actNow
        return reply(lead: lead, new: added.ids, advice: advice)
    }

    /// The ids of the recommendations in `now` that `before` did not have (in `now`'s order),
    /// and what to do at once for the urgent ones among them. Both lists are read where they
    /// lie: filtering them copied each recommendation (retaining each of its texts) several
    /// times a turn.
    private static func added(to before: [Recommendation], in now: [Recommendation]) -> (ids: [String], actNow: [String]) {
        var ids: [String] = []
        var actNow: [String] = []
        now.withUnsafeBufferPointer { now in
            before.withUnsafeBufferPointer { before in
                guard let nowBase = now.baseAddress else { return }
                for index in 0..<now.count {
                    let recommendation = nowBase + index
                    var known = false
                    if let beforeBase = before.baseAddress {
                        for offset in 0..<before.count where Recommendation.isSameRule(beforeBase + offset, recommendation) {
                            known = true
                            break
                        }
                    }
                    guard !known else { continue }
                    ids.append(recommendation.pointee.id)
                    if recommendation.pointee.priority >= .urgent {
                        actNow.append("\(recommendation.pointee.priority == .emergency ? "EMERGENCY" : "URGENT"): \(recommendation.pointee.advice)")
                    }
                }
            }
        }
        return (ids, actNow)
    }

    /// Undoes the last answer: the turn is dropped and the dialogue goes back to its question.
    public mutating func back() -> Reply {
        guard let previous = history.popLast(), !turns.isEmpty else {
            return reply(lead: ["There is no answer to undo."], new: [])
        }
        let undone = turns.removeLast()
        position = previous
        if position.dialogue != dialogue.name, let earlier = knowledge.dialogues[position.dialogue] {
            dialogue = earlier
        }
        settle(refold: true)
        return reply(lead: ["Undid your answer \"\(Self.shortened(undone.text))\"."], new: [])
    }

    /// Takes the last answer back as if it had never been given, returning to `position`, the
    /// position before it. Not `back` (an undo the journal records): this is for a step the
    /// journal could not keep, so the server answers an error and its session is unchanged.
    /// Done by restoring, the same path as a consultation rebuilt from its journal.
    public mutating func revokeLastAnswer(returningTo position: DialogueState) {
        guard !turns.isEmpty else { return }
        self = Self.restore(
            dialogue: knowledge.dialogues[position.dialogue] ?? dialogue, knowledge: knowledge,
            turns: Array(turns.dropLast()), history: Array(history.dropLast()), position: position)
    }

    /// Takes a `back` back: `undone` is the turn it dropped, `position` the position before it.
    public mutating func revokeBack(restoring undone: Turn, returningTo position: DialogueState) {
        self = Self.restore(
            dialogue: knowledge.dialogues[position.dialogue] ?? dialogue, knowledge: knowledge,
            turns: turns + [undone], history: history + [self.position], position: position)
    }

    /// Options a terminal state with an `offer` understands.
    static let offerOptions = ["continue", "finish"]

    // MARK: Reading an answer

    private func apply(step: Dialogue.Step, option: String?, text: String, to heard: inout MatchResult) {
        if let option, let effect = step.answers[option.lowercased()] {
            for (id, status) in effect.findings.sorted(by: { $0.key < $1.key }) {
                let finding = Finding(id: id, status: status, evidence: text)
                if let index = heard.findings.firstIndex(where: { $0.id == id }) {
                    if heard.findings[index].status < status { heard.findings[index] = finding }
                } else {
                    heard.findings.append(finding)
                }
            }
            for (name, value) in effect.facts { heard.facts[name] = value }
        }
        if let slot = step.slot, slot.kind == .number, heard.facts[slot.name] == nil {
            fillNumberSlot(slot, from: text, into: &heard)
        }
        if let slot = step.slot, heard.facts[slot.name] == nil {
            if let option, step.answers[option.lowercased()] == nil {
                heard.facts[slot.name] = .text(option)
            } else if slot.kind != .number, option == nil, heard.findings.isEmpty, heard.facts.isEmpty,
                !knowledge.answers.isBareAnswer(text) {
                // An answer the matcher read findings or facts from was about the case, not
                // this question ("What is your role?" - "he has a bruise on his ear"): it is
                // recorded as what it says, and the slot is left unknown rather than wrong. So
                // is a bare "no" or "not sure": no role, but most likely an answer to the
                // question before.
                heard.facts[slot.name] = .text(String(text.prefix(200)))
            }
        }
    }

    /// The age of a year or more heard in this answer that must not replace the baby's age told
    /// before (under a year), or nil when it may. Such an age, heard outside the age question
    /// and in an answer that does not say it corrects one ("the 2yo did it", "her 3 year old
    /// was there"), is most likely another child's: replacing a baby's 12 days with it would
    /// make a pre-mobile baby mobile and drop the bruising protocol on the turn its facts were
    /// complete. Keeping the earlier age costs at most advice for a younger baby, which the
    /// practitioner sees and can correct ("sorry, he's 14 months" replaces it; so does `back`).
    ///
    /// So is an older age said as a noun naming a child ("her 11 month old is walking", told
    /// after "the baby is 5 weeks"): in a family of several children the younger one told of
    /// first is most likely the baby in question, and the walker's months made the baby mobile
    /// and too old for the bruising protocol (`MatchResult.ageNamesAChild`).
    ///
    /// So is a younger age said as a point in the past ("she's been low since he was 6 weeks",
    /// "at 6 weeks he had a bruise", told after "he's 10 months"): the baby was that age, and is
    /// older now. Read as the age now, it made a crawling 10-month-old pre-mobile and gave the
    /// bruising protocol to an older baby (`MatchResult.ageIsAPastPoint`).
    private func keepsBabysAge(against heard: MatchResult, step: Dialogue.Step?, text: String) -> FactValue? {
        let name = FactName.childAgeWeeks
        guard let earlier = picture.ageWeeks, earlier < Self.weeksInAYear,
            let later = heard.facts[name], let weeks = later.number,
            weeks >= Self.weeksInAYear || (heard.ageNamesAChild && weeks > earlier) || (heard.ageIsAPastPoint && weeks < earlier),
            step?.slot?.name != name, !knowledge.answers.corrects(text)
        else { return nil }
        return later
    }

    /// A year in weeks: an age at or past it is no longer a baby's (`keepsBabysAge`).
    static let weeksInAYear = 52.0

    /// Whether an answer that starts with a determiner-like option word ("no support from her
    /// family at all", "no one has seen dad since the birth", said while the question is about
    /// mobility) states something about another part of the case instead of answering the
    /// question: the matcher heard a finding in it, and none about what the question asks.
    /// Its "no" then chooses no option, so it cannot make a crawling 9-month-old pre-mobile.
    /// "No he's not crawling yet" (heard about mobility) and "no, her family are close" (a mark
    /// after the word) still answer; so does "no" followed by an age or nothing heard at all.
    static func statesSomethingElse(_ text: String, heard: MatchResult, about: [RiskFactorID], answers: AnswerVocabulary) -> Bool {
        guard answers.startsWithDeterminer(text) else { return false }
        let said = heard.findings.map(\.id) + heard.situations.map(\.id)
        return !said.isEmpty && !said.contains(where: about.contains)
    }

    /// The question being answered decides what a bare number means: "20 weeks" to "how many
    /// weeks pregnant?" is the gestation, not the baby's age, and a lone "20" is 20 of whatever
    /// the question asks for (the acknowledgement shows how it was read).
    private func fillNumberSlot(_ slot: Dialogue.Slot, from text: String, into heard: inout MatchResult) {
        // The matcher reads a bare duration as the baby's age; an explicit pregnancy it reads
        // as gestation, and that reading stands. A born baby's age stays the age ("she's had
        // the baby now, he's 2 weeks old and has a bruise"): moved into the weeks of a
        // pregnancy, it lost the bruising protocol on the turn its facts were complete.
        let bareDuration = FactName.childAgeWeeks
        if slot.name != bareDuration, let value = heard.facts[bareDuration] {
            guard heard.status(of: .unborn) != .absent, !knowledge.answers.saysBorn(text) else { return }
            heard.facts[slot.name] = value
            heard.facts[bareDuration] = nil
        } else if let number = Double(Self.trimmed(text)), number.isFinite, number >= 0 {
            // `trimmed` is Foundation's trimming of white space and newlines, without
            // Foundation for ASCII text (which it leaves as it is: `text` is trimmed already).
            heard.facts[slot.name] = .number(number)
        } else if heard.facts.isEmpty, let value = durationAnswered(in: text) {
            heard.facts[slot.name] = value
        }
    }

    /// Said as an answer to "how old?", a duration is the age: "a month", "a few weeks",
    /// "1 year". The matcher wants "old" after such forms (in a note, "a week" or "a few
    /// weeks" is as often a time as an age), so a short answer is read with it; so is each
    /// short clause of a longer one, the last first ("don't know exactly, she's tiny, a few
    /// weeks?", "not sure. a couple of months"): an age said with a doubt or a remark before it
    /// was asked for again, and a bruise told next then had no age for the bruising protocol.
    private func durationAnswered(in text: String) -> FactValue? {
        let bareDuration = FactName.childAgeWeeks
        if Self.words(in: text, atMost: Self.shortAgeAnswerWords), let value = knowledge.matcher.match(text + " old").facts[bareDuration] {
            return value
        }
        let clauses = text.split(whereSeparator: Self.clauseMarks.contains)
        for clause in clauses.reversed() {
            let words = Self.trimmed(String(clause))
            guard !words.isEmpty, clauses.count > 1 || words.count < text.count, Self.words(in: words, atMost: Self.shortAgeAnswerWords) else { continue }
            if let value = knowledge.matcher.match(words + " old").facts[bareDuration] { return value }
        }
        return nil
    }

    /// The most words an answer to a number question may have to be read again as an age.
    static let shortAgeAnswerWords = 5

    /// The marks that end a clause of an answer (`durationAnswered`).
    static let clauseMarks: Set<Character> = [",", ";", ".", "?", "!"]

    /// Whether `text` has at most `limit` words separated by spaces: what
    /// `text.split(separator: " ").count <= limit` says. An ASCII text is read byte by byte (each
    /// of its characters but "\r\n" is one byte, and none but " " is a space), stopping past
    /// the limit: splitting a long answer into characters cost more than the rest of reading it.
    static func words(in text: String, atMost limit: Int) -> Bool {
        guard ASCIIText.isASCII(text) else { return text.split(separator: " ").count <= limit }
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    /// A number slot that the answer did not fill (and that nothing else in the answer
    /// settled) is asked once more; after a second miss the dialogue moves on.
    private func needsRetry(_ step: Dialogue.Step, heard: MatchResult, option: String?) -> Bool {
        guard let slot = step.slot, slot.kind == .number, option == nil else { return false }
        if picture.facts[slot.name] != nil { return false }
        if step.about.contains(where: { id in heard.findings.contains { $0.id == id } }) { return false }
        let triesHere = turns.reversed().prefix { $0.state == step.id }.count
        return triesHere < 2
    }

    static func retryMessage(for step: Dialogue.Step) -> String {
        "I could not read that as a number of weeks or months (for example \"6 weeks\", \"3 months\", \"10 days\" or \"20 weeks pregnant\"). Could you say it again?"
    }

    // MARK: Moving on

    /// What guards and skips are evaluated against: the picture with derived findings
    /// (pre-mobile from the age) and the
    /// recommendations fired so far (for `priority:` conditions).
    private mutating func guardContext() -> ConditionContext {
        if let guarded { return guarded }
        let context = makeGuardContext()
        guarded = context
        return context
    }

    private func makeGuardContext() -> ConditionContext {
        let advice = advised.complete ? knowledge.recommender.advise(picture) : advised.advice
        // The recommendations and findings are read by index, field by field: iterating them
        // copied each one (retaining and releasing each of its texts) on every move.
        let recommendations = advice.recommendations
        // A dialogue that names no recommendation reads of them only whether one of a priority
        // or higher fired: the first (they are ranked highest first) tells it, and a dictionary
        // of every one (hashing each id) was a good part of moving on.
        guard dialogue.namesRecommendations || recommendations.isEmpty else {
            return settledContext(advice, fired: [recommendations[0].id: recommendations[0].priority])
        }
        var fired: [String: Priority] = Dictionary(minimumCapacity: recommendations.count)
        for index in recommendations.indices {
            let id = recommendations[index].id
            let priority = recommendations[index].priority
            // One hashing of the id (each rule fires once, so the id is seldom there already).
            if let earlier = fired.updateValue(priority, forKey: id), earlier > priority {
                fired[id] = earlier
            }
        }
        return settledContext(advice, fired: fired)
    }

    /// The guard context for `advice`, with these recommendations as fired.
    private func settledContext(_ advice: Advice, fired: [String: Priority]) -> ConditionContext {
        // A precautionary inference ("possibly pre-mobile while the age is unknown") must not
        // stop the dialogue asking the question that would settle it. Danger inferred as
        // possible ("not sure, she's been drinking and I think she's alone with him") is no such
        // precaution: its 999 advice stands, and so does the 999 step that asks about it.
        func isSettled(_ finding: Finding) -> Bool {
            finding.inferredFrom == nil || finding.status == .present || finding.id == .immediateDanger
        }
        // The advice's findings are the picture's and the derived ones: when the picture has no
        // inferred finding of its own, the settled picture is the picture (its dictionary shared,
        // not built again) with the settled derived ones added.
        let values = picture.findings.values
        guard !values.indices.contains(where: { values[$0].inferredFrom != nil }) else {
            return ConditionContext(picture: CasePicture(findings: advice.findings.filter(isSettled), facts: picture.facts), fired: fired)
        }
        var known = picture
        let findings = advice.findings
        for index in findings.indices where findings[index].inferredFrom != nil && isSettled(findings[index]) {
            known.add(findings[index])
        }
        return ConditionContext(picture: known, fired: fired)
    }

    private mutating func advance(from step: Dialogue.Step) {
        defer { settle() }  // the position moved: the advice may now be for a finished consultation
        let context = guardContext()
        if let target = interruption(from: step, in: context) {
            // Asked whatever the case already says: it is the advice itself ("Call 999 now").
            position.transitions.append("\(step.id)->\(target.id)")
            position.path.append(target.id)
            position.current = target.id
            return
        }
        // The way on is taken from the state that was interrupted, as if it had just been
        // answered; the transition is still logged from the interrupt's state. A question the
        // danger's answer did not answer (danger told in answer to "how old is the baby?" or
        // "any bruises?") is asked again first: the 999 step came before it, not instead of it.
        let source = interrupted(leaving: step, in: context)
        if let source, isUnanswered(source, in: context) {
            position.transitions.append("\(step.id)->\(source.id)")
            position.path.append(source.id)
            position.current = source.id
            return
        }
        var from = source ?? step
        var label = step.id
        for _ in 0...dialogue.states.count {
            guard let target = from.next.first(where: { $0.when?.evaluate(in: context) != nil || $0.when == nil })?.goto,
                let next = dialogue[target]
            else { return }
            position.transitions.append("\(label)->\(next.id)")
            position.path.append(next.id)
            position.current = next.id
            guard !next.terminal, shouldSkip(next, in: context) else { return }
            position.skipped.append(next.id)
            from = next
            label = next.id
        }
    }

    /// Whether the interrupted question `source` is still open after the answer the danger was
    /// told in: a number it asked for and did not get, or findings it asks about that are not
    /// known and no option chosen ("mum is drunk and alone with him" said to "any bruises?"
    /// chose none, and without asking again the bruise was never asked about). A question the
    /// case now answers or makes moot (`shouldSkip`) is not open.
    private func isUnanswered(_ source: Dialogue.Step, in context: ConditionContext) -> Bool {
        guard !shouldSkip(source, in: context) else { return false }
        if let slot = source.slot, slot.kind == .number { return context.picture.facts[slot.name] == nil }
        guard !source.about.isEmpty, let answer = turns.last(where: { $0.state == source.id }) else { return false }
        return answer.option == nil
    }

    /// The interrupt's state (the 999 step), when leaving `step` should go there first: its
    /// condition holds and it has not been visited.
    private func interruption(from step: Dialogue.Step, in context: ConditionContext) -> Dialogue.Step? {
        guard let interrupt = dialogue.interrupt, step.id != interrupt.goto, !position.path.contains(interrupt.goto),
            interrupt.when.evaluate(in: context) != nil
        else { return nil }
        return dialogue[interrupt.goto]
    }

    /// Leaving the interrupt's state, the state it interrupted: the one it was entered from,
    /// when that state's own way on did not lead to it (the danger question's "yes" leads to the
    /// 999 step, and goes on from there as written). Nil for any other state.
    private func interrupted(leaving step: Dialogue.Step, in context: ConditionContext) -> Dialogue.Step? {
        guard let interrupt = dialogue.interrupt, step.id == interrupt.goto,
            let entry = position.transitions.last(where: { $0.hasSuffix("->" + interrupt.goto) }),
            let source = dialogue[String(entry.dropLast(interrupt.goto.count + 2))],
            source.next.first(where: { $0.when?.evaluate(in: context) != nil || $0.when == nil })?.goto != interrupt.goto
        else { return nil }
        return source
    }

    /// Skips the start state too when an earlier dialogue already answered it.
    private mutating func enterCurrent() {
        guard let step = currentStep, !step.terminal else { return }
        let context = guardContext()
        if shouldSkip(step, in: context) {
            position.skipped.append(step.id)
            advance(from: step)
        }
    }

    /// A state is skipped when its own `skip_when` holds, or when everything it asks about
    /// (its findings and its slot) is already known.
    func shouldSkip(_ step: Dialogue.Step, in context: ConditionContext) -> Bool {
        if let skip = step.skipWhen, skip.evaluate(in: context) != nil { return true }
        guard !step.about.isEmpty || step.slot != nil else { return false }
        let findingsKnown = step.about.allSatisfy { context.picture.status(of: $0) != nil }
        let slotKnown = step.slot.map { context.picture.facts[$0.name] != nil } ?? true
        return findingsKnown && slotKnown
    }

    private mutating func switchDialogue(to next: Dialogue) {
        dialogue = next
        position.dialogue = next.name
        position.current = next.start
        position.path.append(next.start)
        settle()
        enterCurrent()
    }

    // MARK: Saying it

    /// "Noted: " and what was heard, "; " between the parts, and ".": written straight into one
    /// string, the findings taken in id order by index (sorting them copied each, and each part
    /// made a string of its own to be joined).
    private func acknowledgement(of heard: MatchResult) -> [String] {
        let findings = heard.findings
        var text = ""
        var parts = 0
        func startPart() {
            text += parts == 0 ? "Noted: " : "; "
            parts += 1
        }
        // In id order; one finding (what an answer usually has) needs no sorting.
        let order = findings.count < 2 ? Array(findings.indices) : findings.indices.sorted(by: { findings[$0].id < findings[$1].id })
        for index in order {
            startPart()
            switch findings[index].status {
            case .present: break
            case .possible: text += "possible "
            case .absent: text += "no "
            }
            text += knowledge.riskFactors.lowercasedLabel(findings[index].id)
        }
        if let age = heard.facts[FactName.childAgeWeeks] {
            startPart()
            text += "age "
            text += age.description
            text += " weeks"
        }
        if let weeks = heard.facts[FactName.gestationWeeks] {
            startPart()
            text += weeks.description
            text += " weeks pregnant"
        }
        if let role = heard.facts[FactName.callerRole] {
            startPart()
            text += "caller: "
            text += role.description
        }
        guard parts > 0 else { return [] }
        text += "."
        return [text]
    }

    /// The findings this answer denied that the picture still holds from an earlier answer,
    /// said so: the picture keeps the stronger word ("no other marks" never hides a bruise),
    /// and without this line a "no" acknowledged as heard would leave the advice standing on
    /// the earlier word unexplained. A factor whose later absent stands (a birth after the
    /// pregnancy) was replaced, not kept, and is not listed.
    private func stillCounted(denied heard: MatchResult, turn: Int) -> [String] {
        var kept: [String] = []
        for finding in heard.findings where finding.status == .absent {
            guard let held = picture.findings[finding.id], held.status > .absent, let heldTurn = held.turn, heldTurn < turn else { continue }
            kept.append("\(knowledge.riskFactors.lowercasedLabel(finding.id)) (turn \(heldTurn))")
        }
        guard !kept.isEmpty else { return [] }
        return [
            "Still counted from an earlier answer: \(kept.joined(separator: "; ")). A later answer does not withdraw a finding; "
                + "if the earlier answer was wrong, `back` undoes answers one at a time."
        ]
    }

    private func reply(lead: [String], new: [String], advice: Advice? = nil) -> Reply {
        let advice = advice ?? self.advice
        // The lines joined by "\n", written as they come (a lone line is its own text, shared):
        // an array of them, then joined, copied the lead and made the text a second time.
        var say = ""
        var lines = 0
        func add(_ line: String) {
            if lines == 0 {
                say = line
            } else {
                say += "\n"
                say += line
            }
            lines += 1
        }
        for line in lead { add(line) }
        var question: String?
        let step = currentStep  // read once
        if let step {
            if step.terminal {
                if advice.recommendations.isEmpty, let note = advice.nothingApplies { add(note) }
                if let text = step.say { add(text) }
                if let offer = step.offer, let next = knowledge.dialogues[offer] {
                    add("Type `continue` to go on with the \(next.title.lowercased()), or `summary` for the case summary.")
                }
            } else {
                question = step.ask
                add(step.prompt)
            }
        }
        let options = step.map { $0.terminal ? ($0.offer == nil ? [] : Self.offerOptions) : $0.options } ?? []
        return Reply(
            say: say, state: position.current, question: question,
            options: options, findings: advice.findings, recommendations: advice.recommendations,
            new: new, facts: picture.facts, done: step?.terminal ?? true, note: advice.nothingApplies, turns: turns.count)
    }

    /// The answer without surrounding white space; ASCII answers without Foundation (it is
    /// the first thing done with every answer).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard ASCIIText.isASCII(text) else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
        return String(text[first...last])
    }

    static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
