import CleaveCore

extension ArchiMateImporter {
    /// An option from a work package that Cleave's export wrote (it carries `kind: option`),
    /// its fields read from the properties named like SPEC §2.6's keys.
    /// - Parameter id: the id already given to it, if any.
    func options(from element: ArchiMateModel.Element, id: String?, ids: inout IDAllocator, notes: inout ImportNotes)
        -> Option
    {
        let place = "\(source): WorkPackage '\(element.name)' (\(element.identifier))"
        func value(_ key: String) -> String? {
            element.properties.first { $0.name.lowercased() == key.lowercased() }?.value
        }
        let optionID = id ?? ids.allocate(for: IDAllocator.slug(element.name, fallback: "option"), fallback: "option")
        var option = Option(id: optionID, name: element.name.isEmpty ? nil : element.name)
        option.description = element.documentation
        let at = SourceLocation.file("")
        if let separate = value("separate") {
            option.separate = list(separate).map { Reference($0, at: at) }
        }
        func disposition(_ text: String, _ key: String) -> Disposition? {
            if let d = Disposition(rawValue: text.lowercased()) { return d }
            notes.problems.append("\(place): \(key): '\(text)' is not shared or split")
            return nil
        }
        func map(_ key: String) -> [(String, Disposition)] {
            list(value(key) ?? "").compactMap { entry in
                let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else {
                    notes.problems.append("\(place): \(key): '\(entry)' is not id: shared or id: split")
                    return nil
                }
                return disposition(parts[1], key).map { (parts[0], $0) }
            }
        }
        if let text = value("default"), let d = disposition(text, "default") { option.defaultDisposition = d }
        option.areas = map("areas").map { (Reference($0.0, at: at), $0.1) }
        option.items = map("items").map { (Reference($0.0, at: at), $0.1) }
        for (key, set) in [
            ("targetDate", { (day: Day) in option.targetDate = day }), ("startDate", { option.startDate = $0 }),
        ] as [(String, (Day) -> Void)] {
            guard let text = value(key) else { continue }
            if let day = Day(text) {
                set(day)
            } else {
                notes.problems.append("\(place): \(key): '\(text)' is not a date (YYYY-MM-DD)")
            }
        }
        for key in ["transition.strandedShare", "transition.strandedMonths"] {
            guard let text = value(key) else { continue }
            guard let n = Double(text), n >= 0 else {
                notes.problems.append("\(place): \(key): '\(text)' is not a number ≥ 0")
                continue
            }
            if key.hasSuffix("Share") { option.transition.strandedShare = n } else { option.transition.strandedMonths = Int(n) }
        }
        return option
    }

    private func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// The estate's settings from the model's properties (as Cleave's export writes them).
    func settings(into estate: inout Estate, notes: inout ImportNotes) {
        for (name, value) in model.properties {
            func number() -> Double? {
                if let n = Double(value), n >= 0 { return n }
                notes.problems.append("\(source): model property \(name): '\(value)' is not a number ≥ 0")
                return nil
            }
            switch name {
            case "currency": estate.currency = value
            case "asOf":
                if let day = Day(value) {
                    estate.asOf = day
                } else {
                    notes.problems.append("\(source): model property asOf: '\(value)' is not a date (YYYY-MM-DD)")
                }
            case "defaults.duplicateCost": if let n = number() { estate.defaultDuplicateCost = n }
            case "defaults.severCost": if let n = number() { estate.defaultSeverCost = n }
            case "defaults.splitMonths": if let n = number() { estate.defaultSplitMonths = Int(n) }
            case "appraisal.years": if let n = number() { estate.appraisal.years = Int(n) }
            case "appraisal.discountRate": if let n = number() { estate.appraisal.discountRate = n }
            case "appraisal.optimismBias": if let n = number() { estate.appraisal.optimismBias = n }
            default:
                if name.hasPrefix("rules."), let severity = Severity(rawValue: value) {
                    estate.ruleSeverities[String(name.dropFirst("rules.".count))] = severity
                }
            }
        }
    }
}
