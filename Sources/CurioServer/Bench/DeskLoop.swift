import CurioCore
import Foundation

/// The server's own work per turn, without the socket: each request line is read
/// (`WireRequestReader`), answered by the desk and written as a JSON line, one after another
/// on one thread. `curio bench` prints it beside the socket figures, so that what the logic
/// costs and what carrying it over the socket costs can be told apart, whatever else the
/// machine is doing.
public enum DeskLoop {
    /// Runs the scripts to the end, one at a time; answers the timed turns made, the seconds
    /// they took (start and end included, shared over the turns) and the bytes written (which
    /// also keeps the writing from being optimised away).
    public static func run(desk: ConsultationDesk, scripts: [any LoadScript]) -> (turns: Int, seconds: Double, bytes: Int) {
        let clock = ContinuousClock()
        var turns = 0
        var bytes = 0
        // One writer for every answer, reset between them, as the server's `AnswerLine` has.
        var writer = JSONLineWriter(capacity: AnswerLine.scratchCapacity)
        let elapsed = clock.measure {
            for var script in scripts {
                var answer: String?
                while let (line, timed) = script.next(after: answer) {
                    if timed { turns += 1 }
                    let response: WireResponse
                    switch WireRequestReader.read(line) {
                    case .request(let request): response = desk.handle(request)
                    case .refused(let refusal): response = refusal
                    }
                    JSONLines.write(response, into: &writer)
                    bytes &+= writer.count
                    answer = script.wantsAnswerText ? writer.text : ""
                }
            }
        }
        return (turns, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, bytes)
    }
}
