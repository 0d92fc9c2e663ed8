/// A value together with the JSON `JSONLineWriter` wrote for it, so that an answer carrying
/// the value again writes the bytes instead of escaping its texts again.
///
/// A consultation's every answer carries the whole case picture: from one turn to the next
/// nearly all of its findings and recommendations are the same, and writing them again was a
/// quarter of answering a turn. The consultation's advice keeps each one's JSON while it is
/// unchanged (see `Recommender.advise(_:consultationComplete:following:)`).
///
/// It can never be stale: the value it was written from is kept with it, and the JSON is used
/// only while the value being written is still equal to it (`==` on strings and arrays that
/// share the kept value's storage returns at once). A value changed in any way after it was
/// written is written afresh.
public final class Prewritten<Value: Equatable & Sendable & JSONLineWritable>: Sendable {
    /// The value as it was when written.
    let value: Value
    let json: EncodedJSON

    init(_ value: Value) {
        self.value = value
        self.json = EncodedJSON(value)
    }

    /// The JSON, if `current` is still the value it was written from.
    func json(for current: Value) -> EncodedJSON? {
        value == current ? json : nil
    }
}
