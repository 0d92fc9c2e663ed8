import CurioCore
import Foundation

/// libFuzzer target for the socket protocol's decoder: arbitrary bytes → the line checks
/// `LineFrameDecoder` makes (UTF-8) → `WireRequestReader.read`, which must answer a request or
/// an error response for every line and never crash. Each refusal must also encode as a line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
        var decoder = UTF8()
        var iterator = line.makeIterator()
        var valid = true
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error: valid = false; break decoding
            }
        }
        guard valid else { continue }
        switch WireRequestReader.read(String(decoding: line, as: UTF8.self)) {
        case .request(let request): _ = request.command.op
        case .refused(let response): _ = JSONLines.line(response)
        }
    }
    return 0
}
