import CleaveCore
import CleaveInventory
import CleaveReport
import Foundation

extension Workbench {
    /// What saving an option would do: the text of the workbench's file and the diff of the
    /// inventory, before → after.
    struct SavePlan {
        let model: WorkbenchModel
        let file: WorkbenchFile
        let option: Option
        let before: String?
        let text: String

        /// `cleave diff` of the inventory without and with the option, as Markdown.
        func diff() -> (summary: String, markdown: String) {
            let estate = model.graph.estate
            var after = estate
            after.options.append(option)
            let reporter = DiffReporter(
                diff: EstateDiff(before: estate, after: after), before: "the inventory",
                after: "with \(option.id) saved", currency: estate.currency)
            return (reporter.summary, reporter.report.rendered(.markdown))
        }
    }

    /// The save that `body` asks for, checked: a valid id that no party, area, item or option
    /// of the inventory has, and a workbench file that is Cleave's own (or none yet).
    /// - Throws: `RequestError`: 400 for a bad option or id, 409 for an id in use or a file
    ///   that is not Cleave's.
    func plan(_ body: [UInt8]) throws(RequestError) -> SavePlan {
        let model = current
        let graph = model.graph
        let draft = try OptionDraft.parse(body, graph: graph)
        guard let id = Self.id(in: body), !id.isEmpty else {
            throw .badRequest("give the option an id to save it under", field: "id")
        }
        let used: String? =
            graph.partyIndex(id) != nil
            ? "a party"
            : graph.areaIndex(id) != nil
                ? "an area" : graph.itemIndex(id) != nil ? "an item" : graph.optionIndex(id) != nil ? "an option" : nil
        if let used {
            throw RequestError(
                409,
                "the id '\(id)' is already used by \(used) of the inventory; ids are unique across parties, areas, items and options",
                field: "id")
        }
        let file = try WorkbenchFile(inventory: path)
        let before = try file.existing()
        var option = draft.option
        option.location = .file(file.path)
        let text = WorkbenchFile.text(file.options(in: graph.estate) + [option])
        return SavePlan(model: model, file: file, option: option, before: before, text: text)
    }

    /// The `id` the body gives, as written.
    private static func id(in body: [UInt8]) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(body))).flatMap { ($0 as? [String: Any])?["id"] as? String }
    }

    /// `POST /api/save/preview`: the YAML a save would write and the diff it makes.
    public func previewSave(_ body: [UInt8]) throws(RequestError) -> JSONValue {
        let plan = try plan(body)
        let diff = plan.diff()
        return ReplyJSON.object([
            ("id", .string(plan.option.id)),
            ("file", .string(WorkbenchFile.name)),
            ("replaces", .bool(plan.before != nil)),
            ("yaml", .string(plan.text)),
            ("diffSummary", .string(diff.summary)),
            ("diff", .string(diff.markdown)),
        ])
    }

    /// `POST /api/save`: writes the option into the workbench's file (atomically), reloads and
    /// validates the inventory; a save that would not validate is undone.
    /// - Throws: `RequestError` as `plan` does; 422 when the inventory with the option does
    ///   not validate (the file is put back as it was); 500 when the file cannot be written.
    public func save(_ body: [UInt8]) throws(RequestError) -> JSONValue {
        try exclusively { () throws(RequestError) -> JSONValue in
            let plan = try plan(body)
            do throws(UserError) {
                try AtomicFile.write(plan.text, to: plan.file.path)
            } catch {
                throw RequestError(500, "cannot write \(WorkbenchFile.name): \(error.message)")
            }
            let status = reload()
            guard current.graph.optionIndex(plan.option.id) != nil, case .object(let pairs) = status,
                pairs.contains(where: { $0.0 == "ok" && $0.1 == .bool(true) })
            else {
                // Put the file back as it was, and the model with it.
                if let before = plan.before {
                    try? AtomicFile.write(before, to: plan.file.path)
                } else {
                    try? FileManager.default.removeItem(atPath: plan.file.path)
                }
                reload()
                throw RequestError(422, "the inventory does not validate with this option, so it was not saved")
            }
            return ReplyJSON.object([
                ("saved", .string(plan.option.id)),
                ("file", .string(WorkbenchFile.name)),
                ("status", status),
            ])
        }
    }
}
