import Testing

@testable import CurioCore

/// A carer unable to care now, said in everyday words ("asleep drunk", "crashed out drunk",
/// "sounds out of it", "has taken something", "has just come home hammered"), with the same
/// carer alone with the baby, is danger now. A habit ("comes home drunk most nights"), something
/// taken for a headache, and a baby "milk drunk and fast asleep" are not.
@Suite("Carer impaired now in everyday words")
struct CarerImpairedNowInEverydayWordsTests {
    @Test(arguments: [
        "dad is asleep drunk and nobody else is home",
        "mum's crashed out drunk and she's alone with the baby",
        "she sounds out of it and is on her own with the baby",
        "he's just come home hammered and he has the baby on his own",
        "dad has taken something and has the baby by himself",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he comes home drunk most nights",
        "she's taken something for her headache and has the baby on her own",
        "she's milk drunk and fast asleep, dad has her",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
