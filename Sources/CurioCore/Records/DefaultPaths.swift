import Foundation

/// The default socket and store paths of `design/contracts.md`, computed from the environment
/// (no file is touched here).
public enum DefaultPaths {
    public static let socketVariable = "CURIO_SOCKET"
    public static let storeVariable = "CURIO_STORE"

    /// `$CURIO_SOCKET`, else `$XDG_RUNTIME_DIR/curio/curio.sock`, else `/tmp/curio-$UID/curio.sock`.
    public static func socket(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment[socketVariable], !path.isEmpty { return path }
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            return runtime + "/curio/curio.sock"
        }
        return "/tmp/curio-\(getuid())/curio.sock"
    }

    /// `$CURIO_STORE`, else `$XDG_DATA_HOME/curio/curio.sqlite`, else `~/.local/share/curio/curio.sqlite`.
    public static func store(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment[storeVariable], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return data + "/curio/curio.sqlite"
        }
        return home(environment) + "/.local/share/curio/curio.sqlite"
    }

    /// `$XDG_STATE_HOME/curio/history`, else `~/.local/state/curio/history`: the REPL's history.
    public static func history(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return state + "/curio/history"
        }
        return home(environment) + "/.local/state/curio/history"
    }

    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }
}
