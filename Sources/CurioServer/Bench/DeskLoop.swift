import CurioCore
import Foundation

/// The server's own work per turn, without the socket: each request line is read
/// (`WireRequestReader`), answered by the desk and written as a JSON line, on one thread.
/// `curio bench` prints it beside the socket figures, so that what the logic costs and what
/// carrying it over the socket costs can be told apart, whatever else the machine is doing.
///
/// Two orders: `run` plays each script to its end before the next (every session's state
/// stays in cache from one turn to the next), `runInterleaved` plays one step of each script
/// in turn, as a server with many consultations open at once sees them (each turn finds its
/// session's state cold). The second is the honest figure for the server; the first the floor.
public enum DeskLoop {
    /// Runs the scripts to the end, one at a time; answers the timed turns made, the seconds
    /// they took (start and end included, shared over the turns) and the bytes written (which
    /// also keeps the writing from being optimised away).
    public static func run(desk: ConsultationDesk, scripts: [any LoadScript]) -> (turns: Int, seconds: Double, bytes: Int) {
        var steps = Steps(desk: desk)
        let elapsed = ContinuousClock().measure {
            for script in scripts {
                var playing = Playing(script: script)
                while steps.take(&playing) {}
            }
        }
        return (steps.turns, seconds(elapsed), steps.bytes)
    }

    /// Runs the scripts round-robin: the first step of every script, then the second of every
    /// script still going, and so on, until all are done. Same answers as `run`, in another
    /// order; same figures.
    public static func runInterleaved(desk: ConsultationDesk, scripts: [any LoadScript]) -> (turns: Int, seconds: Double, bytes: Int) {
        var steps = Steps(desk: desk)
        var going = scripts.map { Playing(script: $0) }
        let elapsed = ContinuousClock().measure {
            while !going.isEmpty {
                var kept = 0
                for index in going.indices {
                    if steps.take(&going[index]) {
                        going.swapAt(kept, index)
                        kept += 1
                    }
                }
                going.removeLast(going.count - kept)
            }
        }
        return (steps.turns, seconds(elapsed), steps.bytes)
    }

    private static func seconds(_ elapsed: Duration) -> Double {
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// A script under way, with the answer to its last line (nil before the first).
    private struct Playing {
        var script: any LoadScript
        var answer: String?
    }

    /// One script step at a time: the request read, answered and written, with the counts.
    private struct Steps {
        let desk: ConsultationDesk
        var turns = 0
        var bytes = 0
        /// One writer for every answer, reset between them, as the server's `AnswerLine` has.
        var writer = JSONLineWriter(capacity: AnswerLine.scratchCapacity)

        init(desk: ConsultationDesk) { self.desk = desk }

        /// Takes the script's next step after its last answer; false when it is done.
        mutating func take(_ playing: inout Playing) -> Bool {
            guard let (line, timed) = playing.script.next(after: playing.answer) else { return false }
            if timed { turns += 1 }
            let response: WireResponse
            switch WireRequestReader.read(line) {
            case .request(let request): response = desk.handle(request)
            case .refused(let refusal): response = refusal
            }
            JSONLines.write(response, into: &writer)
            bytes &+= writer.count
            playing.answer = playing.script.wantsAnswerText ? writer.text : ""
            return true
        }
    }
}
