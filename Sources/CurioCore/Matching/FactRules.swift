/// What the lexicon says about reading facts: the baby's age, a pregnancy's gestation and the
/// caller's role (`lexicon/facts.yaml`).
struct AgeRules: Sendable {
    /// Unit word → weeks per unit ("month" → 4.345).
    var unitWeeks: [String: Double] = [:]
    /// Denominator of the clinical shorthand → weeks per unit ("52" → 1, "12" → 4.345).
    var fractionWeeks: [Int: Double] = [:]
    /// Words that, just before the number, make it a duration or a time, not an age
    /// ("for", "after", "last").
    var notAgeBefore: Set<String> = []
    /// Words that, just after the unit, make it a duration or a time ("ago", "on" NICU).
    var notAgeAfter: Set<String> = []
    /// Words that, just after the unit, make it a gestation ("pregnant", "gestation").
    var gestationAfter: Set<String> = []
    /// Before the number, makes the weeks a gestation at birth ("born at 34 weeks").
    var bornAt: Set<String> = []
    /// Before the number, makes "N days ago" the age ("born 10 days ago").
    var born: Set<String> = []
    /// How a birth came, between its word and "at" ("born early at 31 weeks", "delivered a bit
    /// early at 36 weeks"): still the gestation at birth, not the baby's age.
    var birthManner: Set<String> = []
    /// A few words before "at", makes the weeks a pregnancy's gestation ("booked at 24 weeks").
    var antenatal: Set<String> = []
    /// Just before a bare number, a day of life ("day 5", "D3"), and after it, words that make
    /// it one ("of" life, "baby", "check"); "on day 10" and "at day 3" need none.
    var dayBefore: Set<String> = []
    var dayAfter: Set<String> = []
    /// Just before an age, a point in time ("seen at 10 days"): a later age replaces it.
    var points: Set<String> = []
    /// Just before an age, the current one ("he's now six weeks"): it beats an earlier point.
    var current: Set<String> = []
    /// A few words before "at NN/40", a birth: the gestation is at birth, not a pregnancy now.
    var birthEvents: Set<String> = []
    /// Just after the unit, a baby check named by age ("at the 8 week check" is the age now).
    var checks: Set<String> = []
    /// Just after "N weeks", the time since the birth: the baby's age, never a gestation.
    var postnatal: Set<String> = []
    /// Just after "N weeks", the time since stopping a habit: neither an age nor a gestation.
    var sober: Set<String> = []
    /// The mother as subject: "mum's 30 weeks" is a gestation.
    var mother: Set<String> = []
    /// Words that may stand between the mother and the number ("is", "now").
    var linking: Set<String> = []
    /// Words read as one ("a week old") only when "old" follows the unit.
    var articles: Set<String> = [] {
        didSet { longestArticle = articles.map(\.utf8.count).max() ?? 0 }
    }
    /// The length in bytes of the longest article: a longer word needs no hashing to rule out.
    private(set) var longestArticle = 0
    /// "old" and its kin, needed after an article.
    var old: Set<String> = []
    /// Vague quantities and what they are taken as ("couple" → 2, "few" → 3). Like an article,
    /// one is an age only with "old" after the unit ("a couple of weeks old"), a linking word
    /// before it ("baby is a few weeks") or a birth before and "ago" after ("born a few days
    /// ago"): "in a couple of weeks" and "for a few weeks" are times.
    /// (The lexicon's known words carry these values negated, so tokens say which they are.)
    var vague: [String: Double] = [:]
    /// Words that may stand between a vague quantity and its unit ("a couple *of* weeks").
    var vagueLinks: Set<String> = []
    /// Just after a birth word, when the birth was, as words and the age it gives in weeks:
    /// "born last week" is a week old. Read only when no age is said with a number.
    var bornWhen: [[String]] = []
    var bornWhenWeeks: [Double] = []
    /// "and a half".
    var half: [String] = []
    /// Units read as an age only with "old" after ("1 year old") or "aged" before: "together 2
    /// years" is a duration.
    var needsOld: Set<String> = []
    /// Just before the number, "aged": the unit needs no "old" after it.
    var aged: Set<String> = []
    /// Just before the number, "nearly"/"almost"/"just under" (each phrase as its words): the age
    /// is a little under the number, by `nearlyLessWeeks` ("nearly 6 months" is under 26 weeks).
    var nearly: [[String]] = []
    var nearlyLessWeeks = 0.3
    /// Words that correct an age just said ("a fortnight old... no, he's 15 days"): the age that
    /// follows within a few words (only `correctionBetween` words between) replaces it.
    var corrections: Set<String> = []
    var correctionBetween: Set<String> = []
    /// Another child named next to the age ("her 18 month old sister", "brother aged 2"): not the baby's.
    var otherChild: Set<String> = []
    /// Words between another child and the age before it ("sister, aged 18 months", "brother is 2").
    var otherChildBetween: Set<String> = []
    /// A child word (`otherChildNouns`) after one of `otherChildLeads` names another, older
    /// child as `otherChild` does: "her older boy is 3 years old", "mum's eldest son, aged 4".
    /// Read as the baby's, a toddler's age made the baby mobile and took the bruising protocol
    /// away; unread, the baby's age is asked for.
    var otherChildLeads: Set<String> = []
    /// Between a pregnancy word and the weeks after it, besides linking words: "she found out
    /// she was pregnant at 8 weeks" is a gestation, not a baby of 8 weeks.
    var pregnancyPoints: Set<String> = []
    var otherChildNouns: Set<String> = []
    /// Just before a check named by age, words that make it the one reported now ("GP 8wk check:").
    var checkLead: Set<String> = []
    /// Just after the check word, words that say it was done ("8 week check done").
    var checkDone: Set<String> = []
    /// Just after a check: one ahead, not reported ("12 week imms due", "8 week check booked"),
    /// so no age even as the note's heading.
    var checkAhead: Set<String> = []
    /// Just after a word of `notAgeAfter` after the unit, an age after all ("6 weeks of age";
    /// "2 weeks of counselling" stays a duration).
    var ofAge: Set<String> = []
    /// After "on" just after the unit, a day: "6 weeks on Monday" is the age then, not "10 days on NICU".
    var ageDays: Set<String> = []
    /// An age of this many weeks or more (a toddler's) gives way to a later baby's age.
    var olderChildWeeks = 52.0
    /// Just before an age of `olderChildWeeks` or more said as a noun ("mum also has a 3 year
    /// old", "the 2 year old is at nursery"): another, older child, never the baby's age.
    var olderChildNamed: Set<String> = []
    /// The words a date of birth follows ("dob", "born"), the words that may stand between
    /// ("on", "the"), and the oldest age a date of birth is read as, in weeks.
    var birthDateLead: [[String]] = []
    var birthDateFiller: Set<String> = []
    var birthDateMostWeeks = 156.0
    /// A date of birth in words ("born 1st October", "DOB 3 Nov 2026"): the months' names and
    /// short forms with their numbers, and the endings a day may carry ("st", "nd").
    var monthNames: [String: Double] = [:]
    var dayEndings: Set<String> = []
    /// The baby or its pronoun, before a linking word (or before an article or a vague quantity
    /// when its "'s" was dropped): "the baby is only a month", "she's a fortnight" are ages.
    var ageSubjects: Set<String> = []
    /// Words that only narrow an age and may stand before it: "only", "just".
    var narrowing: Set<String> = []
    /// Agreed gestation units (only weeks make sense).
    var gestationUnits: Set<String> = []
    /// Between the number (or its half) and the unit, an approximation skipped (each phrase as
    /// its words): "5 and a bit months", "3ish months", "4 and a half-ish months" are ages.
    var approx: [[String]] = []
    /// A spelt number and its unit that are also an idiom of time (each phrase as its words):
    /// "he'll hurt the baby one day", "one day last week she left him" say some day, not a
    /// baby of a day: an age only with "old" after it, linked to the baby ("the baby is one
    /// day") or after a birth word ("born one day ago").
    var idiomTimes: [[String]] = []
    /// Just before an age, a word that rejects it ("14 months, not 14 days", "not 6 weeks, 6
    /// months"): such an age never replaces another read from the text, and any other replaces
    /// it. Alone it is still the age ("he's not 6 weeks old yet" is about 6 weeks).
    var rejectedBefore: Set<String> = []
    /// The words of a date of birth that name a day, never a time since ("dob", "birth" of
    /// "date of birth"): a day and a month in figures after them ("DOB 3/12") are a date, not
    /// a fraction of a year ("born 3/12 ago" is three months).
    var dateLeads: Set<String> = []
    /// Before a unit said with "old" but with no number ("week-old baby", "the day old"): the
    /// words that leave it one unit of age (a determiner, or nothing: the note's start).
    var bareUnitBefore: Set<String> = []
    /// After the unit of an age said straight after a word for the baby ("baby 6wks at home"),
    /// the words of `notAgeAfter` that leave it an age: a note's "baby N weeks at ..." is the
    /// baby's age and where it is, where "2 weeks at nan's" alone is a stay.
    var subjectAgeAfter: Set<String> = []
    /// Just before the number, "a little over" it (each phrase as its words): "just over 3
    /// months" is an age, where "over 3 weeks" is a duration ("for just over 3 weeks" still is).
    var over: [[String]] = []
    /// A week of life named by its number: "week 9 baby", "a week-3 baby" (the week word before
    /// the number, a word for the baby after it, or "of life").
    var weekBefore: Set<String> = []
    var weekAfter: Set<String> = []
    /// A day of life after a word for the baby ("newborn, day 3"), or after `dayOn` said of the
    /// baby ("she's on day 4"; "on day 5 of her antibiotics" is not one).
    var dayLead: Set<String> = []
    /// A postnatal contact right before the day word, perhaps with "on" between: "MW home visit
    /// day 4", "discharged home on day 9" (`AgeReader.isDayOfTheBaby`).
    var dayContacts: Set<String> = []
    var dayOn: Set<String> = []
    /// Birth words that are no birth said of another person ("the social worker arrived
    /// yesterday"), and those people; `arrivalBetween` may stand between the two.
    var arrival: Set<String> = []
    var arrivalOthers: Set<String> = []
    var arrivalBetween: Set<String> = []
    /// A pregnancy in the past ("when she was 30 weeks pregnant", "37 weeks when her waters
    /// broke"): the words before "she was" (`pastFrame`) and the verbs (`pastVerbs`). Read as a
    /// pregnancy now, it made a born baby unborn and skipped the bruising questions.
    var pastFrame: Set<String> = []
    var pastVerbs: Set<String> = []
    /// A mark's age ("a bruise that looks a few days old"): the marks, the relative words and
    /// the words that may stand between them and the number. Read as the baby's, it made a
    /// crawler pre-mobile by age.
    var markWords: Set<String> = []
    var markRelatives: Set<String> = []
    var markLinks: Set<String> = []
    /// A pregnancy told before bare weeks in their sentence, or just after them ("first
    /// pregnancy, she's 22 weeks", "31 weeks with her second"): the weeks are its gestation.
    var pregnancyTold: [[String]] = []
    /// After a birth word, the words after the unit that still make no age ("born 3 weeks
    /// early"; "born 10 days ago" is one).
    var birthOffset: Set<String> = []
    /// Before "a N month old" of a year or more, the words that make it the child in question
    /// ("saw a 12 month old today"), not another, older child ("mum also has a 3 year old").
    var childInQuestion: Set<String> = []
    /// Years said of the child without "old" ("he's 2", "he's just turned 1", "she's 2 and a
    /// half"): the subjects, the words that turn a number into years, the words that may follow,
    /// the most years read so, and the words that, anywhere in the utterance, leave it unread.
    var bareYearsSubjects: Set<String> = []
    var bareYearsTurned: Set<String> = []
    var bareYearsAfter: Set<String> = []
    var bareYearsMost = 5.0
    var bareYearsOthers: Set<String> = []
    /// The most a fraction's number may be for each denominator ("24/7" is no age).
    var fractionsMost: [Int: Double] = [:]
    /// A few words before "at", a pregnancy ended ("miscarried at 9 weeks"): no age, no pregnancy now.
    var pregnancyLoss: [[String]] = []
    /// Earlier in a check's sentence, a plan: the check is ahead ("ask mum at the 12 month review").
    var checkPlan: Set<String> = []
    /// An age the baby will reach, in a clause of time ahead ("when he's 6 months we'll wean",
    /// "until she turns 12 weeks"): one of `aheadLeads` a few words before the number, then one
    /// of `aheadVerbs` (or a noun's "'s") between. No age now.
    var aheadLeads: Set<String> = []
    var aheadVerbs: Set<String> = []
    /// Bare weeks said of "she" with a pregnancy beside them in the sentence ("she's 31 weeks and
    /// thinks the baby will sleep through"): a gestation now, from this many weeks.
    var pregnancyBeside: Set<String> = []
    var pregnancyBesideSubjects: Set<String> = []
    /// Words that carry the mother as the subject into the next clause ("Mum was in care herself
    /// and is now 26 weeks", "Mum, who is 20 weeks, ..."): see `AgeReader.isMotherSubject`.
    var motherClauseLinks: Set<String> = []
    var pregnancyBesideLeastWeeks = 12.0
    /// Bare weeks said of "she" (`pregnancyBesideSubjects`) of at least this many are a gestation
    /// even with no word of a pregnancy beside them ("she's now 33 weeks"): a baby that old is
    /// told in months. 0: no such rule.
    var pregnancySheLeastWeeks = 0.0
    /// Bare weeks said of "she" of at least this many are a gestation even with no word of a
    /// pregnancy in the text ("She's 36 weeks and tells me her last partner hit her"), unless a
    /// word of what a baby is or does (`babyDoing`) is in the sentence ("she's 30 weeks and
    /// drinking her bottles"). A baby that old is over six months and told in months, so no
    /// pre-mobile baby loses its age this way. 0: no such rule.
    var pregnancySheAloneLeastWeeks = 0.0
    var babyDoing: Set<String> = []
    /// The speaker's own weeks ("I'm 19 weeks and I've not told anyone"): no speaker is a baby,
    /// so bare weeks said of these are a gestation now.
    var pregnancySpeakers: Set<String> = []
    /// Just before a brother or sister (`otherChild`), the words that make it the baby itself
    /// when its age is under `olderChildWeeks` ("her baby brother is 6 weeks", "her little
    /// sister is 7 months": a school nurse's or a sibling's words for the baby in question).
    var babySibling: Set<String> = []
    /// The openers of a sentence ending in "?" that imagines a baby ("what if the baby is 7 months?").
    var hypotheticalQuestions: [[String]] = []
    /// A mark as its clause's subject ("the bruise was ... and 3 days old"): the verbs after it;
    /// and the words dating an injury just before the number ("at least 10 days old").
    var markVerbs: Set<String> = []
    var markDating: Set<String> = []
    var markSubjectDeterminers: Set<String> = []
    /// A note's heading "Day N" is a day of life up to this day.
    var dayHeadingMost = 28.0
    /// Bounds that keep absurd readings out (weeks).
    var maxWeeks = 260.0
    var maxGestation = 43.0
}

struct RoleRules: Sendable {
    /// Phrases that introduce the speaker ("i am", "this is").
    var leadIns = PatternIndex()
    /// Phrases right after a role that say it is the speaker's ("HV here").
    var leadOuts = PatternIndex()
    /// Role phrases; each pattern's owner indexes `names`.
    var roles = PatternIndex()
    var names: [String] = []
    /// Most tokens between a lead-in and the role ("i am the duty" social worker).
    var reach = 4
}
