import Testing

@testable import CurioCore

/// A young child the only one with the baby now ("the only one in with the baby is her 5 year
/// old", "the baby's home with just the 6 year old", "mum's gone out and left the baby with her
/// 6 year old", "a six year old is minding the baby while mum's at the pub"): no adult with the
/// baby, danger now as well as neglect; told by a neighbour it is possible. A baby left with a
/// young child as a habit, with an adult, or a young child only seen with the baby, stays as it
/// was.
@Suite("Baby left with a young child now")
struct BabyLeftWithAYoungChildNowTests {
    @Test(arguments: [
        "the only one in with the baby is her 5 year old",
        "the only one looking after the baby is a 4 year old",
        "mum's gone out and left the baby with her 6 year old",
        "the baby's home with just the 5 year old and mum's nowhere to be seen",
        "a six year old is minding the baby while mum's at the pub",
        "the baby is at home alone with her 7 year old brother",
        "mum's gone to the pub and left the baby with her 7 yr old",
        "shes gone out n left the baby wiv her 8 year old",
        "nobody but the 6 year old is in with the baby",
        "there's just her 7 year old in with the baby",
    ])
    func isDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "the neighbour says mum went out at 8 and the only one in with the baby is her 6 year old",
    ])
    func toldByANeighbourIsPossible(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "the only one in with the baby is her mum",
        "her 5 year old answered the door and mum came through with the baby",
        "the 5 year old is at school and the baby is with mum",
        "the 6 year old likes to hold the baby while mum watches",
        "Mum leaves the baby with her 10 year old son most evenings.",
        "the only one who can settle the baby is her 5 year old",
    ])
    func lookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
