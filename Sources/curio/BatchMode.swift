import CurioCore

/// `--jsonl` for `match` and `ask`: one `{"id", "text"}` object per input line, one JSON
/// object per output line in the same order; a bad line gets its error line and the batch
/// goes on.
enum BatchMode {
    static func run(_ answer: (_ id: BatchLine.ID?, _ text: String) -> String) {
        for line in StandardStreams.lines() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            switch BatchLine.read(line) {
            case .success(let input): StandardStreams.write(answer(input.id, input.text))
            case .failure(let error): StandardStreams.write(error.json)
            }
        }
    }
}
