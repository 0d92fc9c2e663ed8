/// The risk factors the rule book names, numbered: the recommender's inner loop reads a
/// factor's status from an array slot instead of hashing its id (a string) into the case
/// picture's dictionary, which it did several times for every rule on every answer.
///
/// The numbers are positions in `ids`, sorted, so they mean nothing outside one rule book and
/// never leave the recommender.
struct FactorTable: Sendable {
    /// Every factor named by a condition or an inference, sorted and each once.
    let ids: [RiskFactorID]
    private let numbers: [RiskFactorID: Int]

    init(_ ids: some Sequence<RiskFactorID>) {
        self.ids = Array(Set(ids)).sorted()
        self.numbers = Dictionary(uniqueKeysWithValues: self.ids.enumerated().map { ($1, $0) })
    }

    var count: Int { ids.count }

    /// The factor's number, or nil when no rule names it (it can then make no rule fire).
    func number(of id: RiskFactorID) -> Int? { numbers[id] }
}
