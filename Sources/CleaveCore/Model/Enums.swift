/// The kind of an item; each has its own inventory section.
public enum ItemKind: String, CaseIterable, Sendable, Comparable {
    case system, infrastructure, contract, data, team

    /// The inventory section that lists items of this kind.
    public var section: String {
        switch self {
        case .system: "systems"
        case .infrastructure: "infrastructure"
        case .contract: "contracts"
        case .data: "data"
        case .team: "teams"
        }
    }

    public init?(section: String) {
        guard let kind = ItemKind.allCases.first(where: { $0.section == section }) else { return nil }
        self = kind
    }

    public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum PartyKind: String, CaseIterable, Sendable { case council, trust, company, other }

public enum Arrangement: String, CaseIterable, Sendable { case lead, hosted, agreement }

public enum Criticality: String, CaseIterable, Sendable, Comparable {
    case low, medium, high, critical
    public static func < (lhs: Criticality, rhs: Criticality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum SplitStrategy: String, CaseIterable, Sendable {
    case clone, reprocure, partition, transfer, retire, none
}

public enum InfrastructureType: String, CaseIterable, Sendable {
    case datacentre, network, server, storage, identity, tenant, telephony, endpoint, security, platform, other
}

public enum Via: String, CaseIterable, Sendable {
    case hosting, integration, data, identity, network, licence, support, other
}

/// How an option treats an area or item.
public enum Disposition: String, CaseIterable, Sendable { case shared, split }

/// A validation finding's severity, or `off` to silence a rule.
public enum Severity: String, CaseIterable, Sendable, Comparable {
    case off, warning, error
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
