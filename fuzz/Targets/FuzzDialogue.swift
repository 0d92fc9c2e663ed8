import CurioCore
import Foundation

/// libFuzzer target for the dialogue loader: arbitrary text as a dialogue file, through the
/// YAML parser (`DataNode.parse`) and `DialogueLoader.load`. Any outcome but a crash or a hang
/// is fine: a bad file must become a `DataFileError`, never bring the server down on SIGHUP.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let root = try? DataNode.parse(text, file: "fuzz.yaml") else { return 0 }
    if let dialogue = try? DialogueLoader.load(root) { _ = dialogue.name }
    return 0
}
