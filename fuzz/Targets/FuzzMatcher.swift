import CurioCore
import Foundation

/// libFuzzer target for the matcher: the shipped lexicon (`CURIO_DIALOGUES`, default
/// `dialogues/`), loaded once, against arbitrary utterances. Every text a practitioner can
/// type reaches the matcher, so none may crash it.
let matcher: Matcher = {
    let folder = ProcessInfo.processInfo.environment["CURIO_DIALOGUES"] ?? "dialogues"
    let directory = URL(fileURLWithPath: folder)
    do {
        let knowledge = try Knowledge.load(from: directory)
        return Matcher(lexicon: try Lexicon.load(from: directory, knownFactors: knowledge.riskFactors.ids))
    } catch {
        fatalError("cannot load the lexicon from \(folder): \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = matcher.match(text)
    _ = result.findings.count
    return 0
}
