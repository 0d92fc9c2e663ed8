import CurioCore
import Foundation

/// One line of `curio cases`: a consultation's metadata, cheap to list (no JSON decoded).
public struct CaseListing: Sendable, Hashable, Codable {
    public var id: String
    /// The dialogue the consultation is in now.
    public var dialogue: String
    public var startedAt: Date
    public var updatedAt: Date
    public var endedAt: Date?
    public var callerRole: String?
    /// The highest priority among the recommendations so far; nil when none.
    public var topPriority: Priority?
    /// Answered turns, undone ones left out.
    public var turns: Int

    public var isOpen: Bool { endedAt == nil }

    public init(
        id: String, dialogue: String, startedAt: Date, updatedAt: Date, endedAt: Date?, callerRole: String?,
        topPriority: Priority?, turns: Int
    ) {
        self.id = id
        self.dialogue = dialogue
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.endedAt = endedAt
        self.callerRole = callerRole
        self.topPriority = topPriority
        self.turns = turns
    }

    enum CodingKeys: String, CodingKey {
        case id, dialogue, turns
        case startedAt = "started_at"
        case updatedAt = "updated_at"
        case endedAt = "ended_at"
        case callerRole = "caller_role"
        case topPriority = "top_priority"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(dialogue, forKey: .dialogue)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(endedAt, forKey: .endedAt)
        try container.encode(callerRole, forKey: .callerRole)
        try container.encode(topPriority?.rawValue ?? "none", forKey: .topPriority)
        try container.encode(turns, forKey: .turns)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        dialogue = try container.decode(String.self, forKey: .dialogue)
        startedAt = try container.decode(Date.self, forKey: .startedAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        endedAt = try container.decodeIfPresent(Date.self, forKey: .endedAt)
        callerRole = try container.decodeIfPresent(String.self, forKey: .callerRole)
        topPriority = try container.decodeIfPresent(String.self, forKey: .topPriority).flatMap(Priority.init(rawValue:))
        turns = try container.decode(Int.self, forKey: .turns)
    }
}

/// Which consultations `list` returns.
public struct CaseFilter: Sendable, Hashable {
    /// Only consultations not yet ended.
    public var openOnly: Bool
    /// Only consultations started at or after this time (e.g. the start of today).
    public var startedSince: Date?
    /// Only consultations whose top priority is at least this.
    public var minimumPriority: Priority?
    public var limit: Int?

    public init(openOnly: Bool = false, startedSince: Date? = nil, minimumPriority: Priority? = nil, limit: Int? = nil) {
        self.openOnly = openOnly
        self.startedSince = startedSince
        self.minimumPriority = minimumPriority
        self.limit = limit
    }
}

/// A consultation with everything a report needs: its metadata, its journal and, once
/// ended, the summary stored at `end`.
public struct CaseRecord: Sendable, Hashable {
    public var listing: CaseListing
    public var saved: SavedConsultation
    public var summary: CaseSummary?
    /// The dialogue the consultation started with.
    public var startedDialogue: String

    public init(listing: CaseListing, saved: SavedConsultation, summary: CaseSummary?, startedDialogue: String) {
        self.listing = listing
        self.saved = saved
        self.summary = summary
        self.startedDialogue = startedDialogue
    }
}
