import CleaveCore

/// Every validation rule, in the order they are documented and run.
///
/// The loader's own rules come first (they describe what reading the files found), then
/// identity rules, then references (which later rules rely on), then the estate's logic.
public enum RuleRegistry {
    public static let rules: [any ValidationRule.Type] = [
        YAMLSyntaxRule.self,
        SchemaRule.self,
        DuplicateIDRule.self,
        InvalidIDRule.self,
        UnknownReferenceRule.self,
        WrongReferenceKindRule.self,
        SelfDependencyRule.self,
        InvalidSharesRule.self,
        InvalidDatesRule.self,
        OptionOutOfScopeRule.self,
        DependencyCycleRule.self,
        OrphanRule.self,
        ContractExpiredRule.self,
        UnusedContractRule.self,
        OptionDatesRule.self,
        // Off by default: it reports assumptions, not mistakes.
        DefaultCostRule.self,
    ]

    public static let ids: [String] = rules.map { $0.id }

    public static func rule(_ id: String) -> (any ValidationRule.Type)? {
        rules.first { $0.id == id }
    }
}
