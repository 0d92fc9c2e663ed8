import Testing

@testable import CurioCore

/// A parent named as not herself, or staying in bed all day ("mum is 'not herself'", "she is 'not herself',
/// staying in bed most of the day"): a low mood to ask about (possible), and the baby's care in doubt (neglect
/// possible). A poorly baby "not herself", a baby in bed with mum, or mum "not sure herself", is none.
@Suite("A parent not herself or in bed all day")
struct ParentNotHerselfOrInBedAllDayTests {
    @Test(arguments: [
        "Neighbour reports she is 'not herself', staying in bed most of the day",
        "MGM says mum's not been herself for weeks",
        "mum is 'not herself' at the moment, per her sister",
        "mum stays in bed all day, curtains closed",
        "dad has been staying in bed until the afternoon, not going out",
    ])
    func isPossibleMentalHealth0(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "mum stays in bed all day, curtains closed",
    ])
    func isPossibleNeglect1(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "baby not herself today, off her feeds, temp 38.2",
        "mum says she's not herself, off her feeds and grizzly, query ear infection",
        "baby stays in bed with mum all day on days off",
        "mum is herself again, back to normal and enjoying the baby",
        "mum not sure herself how the mark happened",
    ])
    func isNotFoundMentalHealth2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.mentalHealth, in: text)), "\(text)")
    }
}
