/// The rule book's inferences that combine situations, as the lexicon's snapshot carries them
/// (`Lexicon.combinations`): reading them from recommendations.yaml on every cold `curio match`
/// cost more than a tenth of its start.

extension FindingStatus: SnapshotCodable {}
extension Priority: SnapshotCodable {}
extension Condition.Comparison.Operator: SnapshotCodable {}

extension FactValue: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        switch self {
        case .number(let value):
            snapshot.append(UInt8(0))
            value.write(to: &snapshot)
        case .text(let value):
            snapshot.append(UInt8(1))
            value.write(to: &snapshot)
        case .flag(let value):
            snapshot.append(UInt8(2))
            value.write(to: &snapshot)
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> FactValue {
        switch try UInt8.read(from: &snapshot) {
        case 0: .number(try snapshot.read())
        case 1: .text(try snapshot.read())
        case 2: .flag(try snapshot.read())
        case let tag: throw SnapshotReader.Failure.corrupt("unknown fact value kind \(tag)")
        }
    }
}

extension Condition.Comparison: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(op)
        snapshot.write(value)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Condition.Comparison {
        Condition.Comparison(op: try snapshot.read(), value: try snapshot.read())
    }
}

extension Condition: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        switch self {
        case .finding(let id, let statuses):
            snapshot.append(UInt8(0))
            snapshot.write(id)
            snapshot.write(statuses)
        case .known(let id):
            snapshot.append(UInt8(1))
            snapshot.write(id)
        case .fact(let name, let comparison):
            snapshot.append(UInt8(2))
            snapshot.write(name)
            snapshot.write(comparison)
        case .all(let conditions):
            snapshot.append(UInt8(3))
            snapshot.write(conditions)
        case .any(let conditions):
            snapshot.append(UInt8(4))
            snapshot.write(conditions)
        case .not(let condition):
            snapshot.append(UInt8(5))
            snapshot.write(condition)
        case .atLeast(let count, let conditions):
            snapshot.append(UInt8(6))
            snapshot.write(count)
            snapshot.write(conditions)
        case .priority(let priority):
            snapshot.append(UInt8(7))
            snapshot.write(priority)
        case .recommendation(let id):
            snapshot.append(UInt8(8))
            snapshot.write(id)
        case .always:
            snapshot.append(UInt8(9))
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Condition {
        switch try UInt8.read(from: &snapshot) {
        case 0: .finding(try snapshot.read(), statuses: try snapshot.read())
        case 1: .known(try snapshot.read())
        case 2: .fact(try snapshot.read(), try snapshot.read())
        case 3: .all(try snapshot.read())
        case 4: .any(try snapshot.read())
        case 5: .not(try snapshot.read())
        case 6: .atLeast(try snapshot.read(), try snapshot.read())
        case 7: .priority(try snapshot.read())
        case 8: .recommendation(try snapshot.read())
        case 9: .always
        case let tag: throw SnapshotReader.Failure.corrupt("unknown condition kind \(tag)")
        }
    }
}

extension Inference: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(finding)
        snapshot.write(status)
        snapshot.write(condition)
        snapshot.write(atEnd)
        snapshot.write(replaces)
        snapshot.write(reason)
        snapshot.write(sameCarer)
        snapshot.write(line)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Inference {
        let finding: RiskFactorID = try snapshot.read()
        let status: FindingStatus = try snapshot.read()
        let condition: Condition = try snapshot.read()
        let atEnd: Bool = try snapshot.read()
        let replaces: Set<FindingStatus> = try snapshot.read()
        let reason: String = try snapshot.read()
        let sameCarer: [RiskFactorID] = try snapshot.read()
        let line: Int? = try snapshot.read()
        return Inference(
            finding: finding, status: status, condition: condition, atEnd: atEnd, replaces: replaces,
            reason: reason, sameCarer: sameCarer, line: line)
    }
}
