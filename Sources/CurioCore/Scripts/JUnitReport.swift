/// JUnit XML for CI systems: one test suite, one test case per script, a failure element per
/// failed assertion (with the script line).
public enum JUnitReport {
    public static func render(_ suite: ScriptSuite, name: String = "curio dialogue tests") -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites>",
            #"  <testsuite name="\#(escape(name))" tests="\#(suite.outcomes.count)" failures="\#(suite.failedCount)">"#,
        ]
        for outcome in suite.outcomes {
            switch outcome {
            case .ran(let result, _):
                let title = result.script.title ?? result.script.file
                lines.append(#"    <testcase classname="\#(escape(result.script.file))" name="\#(escape(title))">"#)
                for failure in result.failures {
                    lines.append(
                        #"      <failure message="\#(escape("line \(failure.line): expected \(failure.expected)"))">\#(escape("\(result.script.file):\(failure.line)\nexpected: \(failure.expected)\ngot: \(failure.got)"))</failure>"#)
                }
                lines.append("    </testcase>")
            case .invalid(let file, let error):
                lines.append(#"    <testcase classname="\#(escape(file))" name="\#(escape(file))">"#)
                lines.append(#"      <failure message="not a valid script">\#(escape(error.description))</failure>"#)
                lines.append("    </testcase>")
            }
        }
        lines.append("  </testsuite>")
        lines.append("</testsuites>")
        return lines.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escaped(text) }
}
