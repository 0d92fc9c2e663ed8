/// Draws a dialogue as Graphviz DOT or Mermaid, for trainers reading the flow and for the
/// README's picture. States the tests never reach can be shaded (`unvisited`).
public enum DialogueGraph {
    public enum Format: String, Sendable, CaseIterable {
        case dot, mermaid
    }

    public static func render(
        _ dialogue: Dialogue, format: Format, unvisitedStates: Set<String> = [], unvisitedTransitions: Set<String> = []
    ) -> String {
        switch format {
        case .dot: dot(dialogue, unvisitedStates, unvisitedTransitions)
        case .mermaid: mermaid(dialogue, unvisitedStates, unvisitedTransitions)
        }
    }

    static func label(_ step: Dialogue.Step) -> String {
        var text = step.id
        if let ask = step.ask { text += "\n" + wrap(ask, width: 34) }
        if !step.about.isEmpty { text += "\n" + wrap("about: " + step.about.map(\.rawValue).joined(separator: ", "), width: 40) }
        if let skip = step.skipWhen { text += "\n" + wrap("skipped when: " + describe(skip), width: 40) }
        return text
    }

    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func guardText(_ condition: Condition?) -> String? {
        guard let condition else { return nil }
        return describe(condition)
    }

    /// A short human reading of a condition for edge labels.
    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .finding(let id, let statuses):
            statuses == [.present, .possible] ? "\(id)" : "\(id) \(statuses.map(\.rawValue).sorted().joined(separator: "/"))"
        case .known(let id): "\(id) known"
        case .fact(let name, let comparison): comparison.map { "\(name) \($0.op.rawValue) \($0.value)" } ?? "\(name) known"
        case .all(let items): items.map(describe).joined(separator: " and ")
        case .any(let items): items.map(describe).joined(separator: " or ")
        case .not(let inner): "not (\(describe(inner)))"
        case .atLeast(let count, let items): "\(count)+ of (\(items.map(describe).joined(separator: ", ")))"
        case .priority(let priority): "\(priority.rawValue) advice"
        case .recommendation(let id): id
        case .always: "always"
        }
    }

    static func dotEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func dot(_ dialogue: Dialogue, _ unvisited: Set<String>, _ unvisitedEdges: Set<String>) -> String {
        var lines = [
            "digraph \"\(dotEscape(dialogue.name))\" {",
            "  graph [rankdir=TB, fontname=\"Helvetica\", label=\"\(dotEscape(dialogue.title + "\n(a state is also skipped when everything it asks about is already known)"))\", labelloc=t];",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef4fb\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for step in dialogue.states {
            var attributes = ["label=\"\(dotEscape(label(step)))\""]
            if step.terminal { attributes.append("shape=doubleoctagon") }
            if step.id == dialogue.start { attributes.append("penwidth=2") }
            if unvisited.contains(step.id) { attributes.append("fillcolor=\"#f8d7da\"") }
            lines.append("  \"\(dotEscape(step.id))\" [\(attributes.joined(separator: ", "))];")
        }
        for step in dialogue.states {
            for transition in step.next {
                var attributes: [String] = []
                if let text = guardText(transition.when) { attributes.append("label=\"\(dotEscape(wrap(text, width: 30)))\"") }
                if unvisitedEdges.contains("\(step.id)->\(transition.goto)") {
                    attributes.append("color=\"#c0392b\", style=dashed")
                }
                let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
                lines.append("  \"\(dotEscape(step.id))\" -> \"\(dotEscape(transition.goto))\"\(suffix);")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    static func mermaidID(_ id: String) -> String {
        "s_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    static func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
    }

    static func mermaid(_ dialogue: Dialogue, _ unvisited: Set<String>, _ unvisitedEdges: Set<String>) -> String {
        var lines = ["flowchart TD"]
        for step in dialogue.states {
            let text = mermaidText(label(step))
            lines.append(step.terminal ? "  \(mermaidID(step.id))([\"\(text)\"])" : "  \(mermaidID(step.id))[\"\(text)\"]")
        }
        for step in dialogue.states {
            for transition in step.next {
                let arrow = unvisitedEdges.contains("\(step.id)->\(transition.goto)") ? "-.->" : "-->"
                if let text = guardText(transition.when) {
                    lines.append("  \(mermaidID(step.id)) \(arrow)|\"\(mermaidText(text))\"| \(mermaidID(transition.goto))")
                } else {
                    lines.append("  \(mermaidID(step.id)) \(arrow) \(mermaidID(transition.goto))")
                }
            }
        }
        if !unvisited.isEmpty {
            lines.append("  classDef unvisited fill:#f8d7da,stroke:#c0392b")
            lines.append("  class \(unvisited.sorted().map(mermaidID).joined(separator: ",")) unvisited")
        }
        return lines.joined(separator: "\n")
    }
}
