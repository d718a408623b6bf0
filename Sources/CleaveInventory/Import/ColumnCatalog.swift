import Foundation

/// The columns a sheet may have, matched by header ignoring case, spaces, `_`, `-`, `.` and a
/// trailing unit in parentheses (`Annual Cost (£)` → `annualcost`), with common synonyms.
public enum ColumnCatalog {
    /// The fields a column can fill, by their SPEC key.
    public enum Field: String, CaseIterable, Sendable {
        case id, name, kind, area, lead, users, dependsOn, contracts, criticality, annualCost
        case splitStrategy = "split.strategy", splitOneOffCost = "split.oneOffCost"
        case splitAnnualCostPerInstance = "split.annualCostPerInstance", splitMonths = "split.months"
        case owner, notes, tags, supplier, parties, start, end, noticeMonths, assignable, type
        case personal, classification, fte, employer
        // parties and areas sheets
        case arrangement, inScope
    }

    /// Each field's headers, the canonical one first (it is what `--template` writes).
    public static let headers: [(field: Field, names: [String])] = [
        (.id, ["ID", "Ref", "Reference", "Code", "Identifier", "Key"]),
        (.name, ["Name", "Title", "Item", "Item Name", "System Name"]),
        (.kind, ["Kind", "Type", "Item Type", "Category", "Section"]),
        (.area, ["Area", "Service Area", "Department", "Service", "Function"]),
        (.lead, ["Lead", "Lead Party", "Run By", "Operated By", "Hosted By"]),
        (.users, ["Users", "Used By", "User Parties", "Customers", "Consumers"]),
        (.dependsOn, ["Depends On", "Dependencies", "Needs", "Requires", "Depends Upon", "Runs On"]),
        (.contracts, ["Contracts", "Contract", "Covered By", "Licences", "Licenses"]),
        (.criticality, ["Criticality", "Priority", "Importance", "Tier"]),
        (
            .annualCost,
            ["Annual Cost", "Cost", "Yearly Cost", "Annual Spend", "Cost Per Year", "Running Cost", "Annual Value"]
        ),
        (.splitStrategy, ["Split Strategy", "Strategy", "Separation"]),
        (.splitOneOffCost, ["Split Cost", "One-off Cost", "Split One-off Cost", "Duplication Cost"]),
        (
            .splitAnnualCostPerInstance,
            ["Cost Per Instance", "Annual Cost Per Instance", "Split Annual Cost Per Instance"]
        ),
        (.splitMonths, ["Split Months", "Months", "Months To Split"]),
        (.owner, ["Owner", "Business Owner", "System Owner"]),
        (.notes, ["Notes", "Note", "Comments", "Comment", "Description"]),
        (.tags, ["Tags", "Labels", "Tag"]),
        (.supplier, ["Supplier", "Vendor", "Provider"]),
        (.parties, ["Parties", "Signatories", "Signed By", "Party"]),
        (.start, ["Start", "Contract Start", "Start Date"]),
        (.end, ["End", "Contract End", "End Date", "Expiry", "Expiry Date", "Expires"]),
        (.noticeMonths, ["Notice Months", "Notice", "Notice Period"]),
        (.assignable, ["Assignable", "Novatable", "Transferable"]),
        (.type, ["Infrastructure Type", "Infra Type", "Subtype"]),
        (.personal, ["Personal", "Personal Data", "PII"]),
        (.classification, ["Classification", "Security Classification", "Protective Marking"]),
        (.fte, ["FTE", "Headcount", "Staff"]),
        (.employer, ["Employer"]),
        (.arrangement, ["Arrangement"]),
        (.inScope, ["In Scope", "Scope"]),
    ]

    /// The item fields `cleave import csv --template` writes, in SPEC order.
    public static let templateFields: [Field] = [
        .id, .name, .kind, .area, .lead, .users, .dependsOn, .contracts, .criticality, .annualCost,
        .splitStrategy, .splitOneOffCost, .splitAnnualCostPerInstance, .splitMonths, .owner, .notes, .tags,
        .supplier, .parties, .start, .end, .noticeMonths, .assignable, .type, .personal, .classification, .fte,
        .employer,
    ]

    public static func canonicalHeader(_ field: Field) -> String {
        headers.first { $0.field == field }!.names[0]
    }

    private static let index: [String: Field] = {
        var index: [String: Field] = [:]
        // SPEC keys first, so that a synonym wins: `Type` is the item's kind, not `type`.
        for field in Field.allCases { index[normalised(field.rawValue)] = field }
        for (field, names) in headers {
            for name in names { index[normalised(name)] = field }
        }
        return index
    }()

    /// The field a header names, if any.
    public static func field(forHeader header: String) -> Field? {
        index[normalised(header)]
    }

    /// Lower case, without spaces, `_`, `-`, `.` or a trailing `(unit)`.
    static func normalised(_ header: String) -> String {
        var text = header.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex {
            text = String(text[..<open])
        }
        return String(
            text.lowercased().unicodeScalars.filter { !" _-.\t\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
    }
}
