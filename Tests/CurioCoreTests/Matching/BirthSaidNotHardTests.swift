import Testing

@testable import CurioCore

/// A birth said not to have been hard ("the labour wasn't that bad", "delivery wasn't
/// traumatic") is no traumatic birth: absent. A bleed told after "but" is still traumatic.
@Suite("Birth said not hard")
struct BirthSaidNotHardTests {
    @Test(arguments: ["the labour wasn't that bad really", "her delivery wasn't complicated"])
    func isAbsent(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["the birth wasn't traumatic but she lost two litres of blood"])
    func aBleedAfterButStays(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
}
