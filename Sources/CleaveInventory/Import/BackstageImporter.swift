import CleaveCore
import Foundation

/// `cleave import backstage`: Backstage software catalog files (`catalog-info.yaml`), each a
/// stream of entities separated by `---`. Groups become parties, Systems areas, Components
/// systems and Resources infrastructure (or data, for a database); owners are users and
/// leads, `dependsOn`, `dependencyOf`, `subcomponentOf` and APIs provided and consumed become
/// dependencies. Other kinds are counted as skipped.
public enum BackstageImporter: EstateImporter {
    public static let name = "backstage"
    public static let summary = "Import a Backstage software catalog (catalog-info.yaml files)."
    public static let discussion = """
        Reads every entity of the files (several per file, separated by ---):
          Group                a party (its profile.displayName, title or name)
          System               an area, led by its spec.owner
          Component            a system, in the area of its spec.system
          Resource             infrastructure, its type from spec.type (s3-bucket
                               is storage, vpc network, kubernetes-cluster
                               platform, …); a Resource of type database is data
          spec.owner           the item's user and lead (a Group or User ref)
          spec.dependsOn       dependsOn (refs like resource:default/artists-db)
          spec.dependencyOf    the other entity dependsOn this one
          spec.subcomponentOf  the parent component dependsOn this one
          consumesApis         the consumer dependsOn each entity whose
                               providesApis has the API, via integration
          metadata.title, description and tags, spec.type and spec.lifecycle
                               name, notes and tags (type:service,
                               lifecycle:production)
        API, Domain, User, Location and other kinds are skipped and counted.
        Entities in no System go to one area 'unassigned'; owners no Group
        defines become parties, and the command says so. A ref that names
        nothing, a document that is not an entity and an entity defined twice
        are reported with their file and line; files that hold no Component or
        Resource are refused.

        Examples:
          cleave import backstage catalog-info.yaml --output Inventory
          cleave import backstage org.yaml components/*.yaml -o Inventory
        """
    public static let input = ImportInput(
        valueName: "file", help: "The catalog files (each may hold many entities, separated by ---).", many: true)

    public static func read(_ paths: [String]) throws(UserError) -> (estate: Estate, notes: ImportNotes) {
        var entities: [Entity] = []
        var notes = ImportNotes()
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw UserError(
                    "is a folder, not a catalog file", place: path,
                    hint: "name the files in it: cleave import backstage \(Wording.shellWord(path))/*.yaml")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UserError("cannot read this file", place: path, hint: "check the path and its permissions")
            }
            entities += try self.entities(in: data, file: path, notes: &notes)
        }
        let name = URL(fileURLWithPath: paths.first ?? "catalog").deletingPathExtension().lastPathComponent
        let estate = estate(from: entities, name: name, notes: &notes)
        if estate.items.isEmpty {
            let read =
                entities.isEmpty
                ? "no entity" : "\(Wording.count(entities.count, "entity", "entities")) but no Component or Resource"
            throw UserError(
                "nothing to import: the files hold \(read)", place: paths.joined(separator: ", "),
                hint:
                    "Cleave imports Components and Resources, with the Groups and Systems they name; name the files that define them",
                notes: notes.problems)
        }
        return (estate, notes)
    }

    /// One entity as written, with the line of each reference, for messages.
    struct Entity {
        var kind: String, namespace: String, name: String
        var title: String?, description: String?, displayName: String?, type: String?, lifecycle: String?
        var tags: [String] = [], owner: Ref?, system: Ref?, subcomponentOf: Ref?
        var dependsOn: [Ref] = [], dependencyOf: [Ref] = [], providesApis: [Ref] = [], consumesApis: [Ref] = []
        var file: String, line: Int

        var key: String { "\(kind.lowercased()):\(namespace.lowercased())/\(name.lowercased())" }
        var place: String { "\(file):\(line): \(kind) '\(name)'" }
    }

    /// An entity reference, `[kind:][namespace/]name`, and the line it is written on.
    struct Ref {
        var text: String
        var line: Int
    }

    /// The spec keys read, and those of the hierarchy (groups, domains) left alone on purpose.
    static let specKeys: Set<String> = [
        "type", "lifecycle", "owner", "system", "dependsOn", "dependencyOf", "subcomponentOf", "providesApis",
        "consumesApis", "profile", "parent", "children", "members", "domain",
    ]

    /// The entities of one file; documents that are not entities are reported and left out.
    /// - Throws: `UserError` when the file is not YAML.
    static func entities(in data: Data, file: String, notes: inout ImportNotes) throws(UserError) -> [Entity] {
        let parsed = data.withUnsafeBytes { raw -> Result<YAMLDocument, YAMLDocument.Problem> in
            do throws(YAMLDocument.Problem) {
                return .success(try YAMLDocument(utf8: raw.bindMemory(to: UInt8.self), multipleDocuments: true))
            } catch {
                return .failure(error)
            }
        }
        let doc: YAMLDocument
        switch parsed {
        case .success(let document): doc = document
        case .failure(let problem):
            let context = problem.context.map { "\($0.text) (line \($0.line)), " } ?? ""
            throw UserError(
                "not YAML: \(context)\(problem.problem)", place: "\(file):\(problem.line):\(problem.column)")
        }
        func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
            node.flatMap { doc.pairs($0)?.first { doc.text($0.key) == key }?.value }
        }
        func scalar(_ node: YAMLNode?) -> String? {
            guard let node, let text = doc.text(node)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                return nil
            }
            return doc.isPlain(node) && ["~", "null"].contains(text.lowercased()) ? nil : text
        }
        func ref(_ node: YAMLNode) -> Ref? {
            if let text = scalar(node) { return Ref(text: text, line: doc.line(node)) }
            // The compound form: {kind, namespace, name}.
            guard let name = scalar(value(node, "name")) else { return nil }
            let kind = scalar(value(node, "kind")).map { $0 + ":" } ?? ""
            let namespace = scalar(value(node, "namespace")).map { $0 + "/" } ?? ""
            return Ref(text: kind + namespace + name, line: doc.line(node))
        }
        var entities: [Entity] = []
        for root in doc.roots {
            if doc.kind(root) == .scalar, scalar(root) == nil { continue }  // an empty document
            let meta = value(root, "metadata")
            guard doc.kind(root) == .mapping else {
                let shape = doc.kind(root) == .sequence ? "a list" : "a single value"
                notes.problems.append(
                    "\(file):\(doc.line(root)): the document is \(shape), not an entity (a mapping with apiVersion, kind, metadata and spec); left out"
                )
                continue
            }
            guard let kind = scalar(value(root, "kind")) else {
                notes.problems.append(
                    "\(file):\(doc.line(root)): the document has no kind, so it is not an entity; left out (give it kind: Component, Resource, System or Group)"
                )
                continue
            }
            guard let name = scalar(value(meta, "name")) else {
                notes.problems.append(
                    "\(file):\(doc.line(root)): \(kind) with no metadata.name; left out (every entity needs metadata.name)"
                )
                continue
            }
            var entity = Entity(
                kind: kind, namespace: scalar(value(meta, "namespace")) ?? "default", name: name,
                file: file, line: doc.line(root))
            let spec = value(root, "spec")
            func refs(_ key: String) -> [Ref] {
                guard let node = value(spec, key) else { return [] }
                guard let elements = doc.elements(node) else {
                    if scalar(node) == nil { return [] }
                    notes.problems.append(
                        "\(file):\(doc.line(node)): \(kind) '\(name)': spec.\(key): is not a list; left out")
                    return []
                }
                return elements.compactMap { element in
                    if let found = ref(element) { return found }
                    notes.problems.append(
                        "\(file):\(doc.line(element)): \(kind) '\(name)': spec.\(key): is not an entity ref; left out")
                    return nil
                }
            }
            entity.title = scalar(value(meta, "title"))
            entity.description = scalar(value(meta, "description"))
            entity.tags = (value(meta, "tags").flatMap(doc.elements) ?? []).compactMap(scalar)
            entity.displayName = scalar(value(value(spec, "profile"), "displayName"))
            entity.type = scalar(value(spec, "type"))
            entity.lifecycle = scalar(value(spec, "lifecycle"))
            entity.owner = value(spec, "owner").flatMap(ref)
            entity.system = value(spec, "system").flatMap(ref)
            entity.subcomponentOf = value(spec, "subcomponentOf").flatMap(ref)
            (entity.dependsOn, entity.dependencyOf) = (refs("dependsOn"), refs("dependencyOf"))
            (entity.providesApis, entity.consumesApis) = (refs("providesApis"), refs("consumesApis"))
            if ["component", "resource", "system", "group"].contains(kind.lowercased()) {
                let unused = (spec.flatMap(doc.pairs) ?? []).compactMap { doc.text($0.key) }.filter {
                    !specKeys.contains($0)
                }
                if !unused.isEmpty {
                    notes.notes.append("\(entity.place): spec keys not used: \(unused.joined(separator: ", "))")
                }
            }
            entities.append(entity)
        }
        return entities
    }
}

extension BackstageImporter {
    /// The infrastructure type of a Resource by its `spec.type`, besides Cleave's own type names.
    static let infrastructureTypes: [String: InfrastructureType] = [
        "s3-bucket": .storage, "bucket": .storage, "blob-storage": .storage, "filesystem": .storage,
        "vpc": .network, "subnet": .network, "dns": .network, "load-balancer": .network, "cdn": .network,
        "gateway": .network, "vm": .server, "virtual-machine": .server, "host": .server,
        "kubernetes-cluster": .platform, "cluster": .platform, "queue": .platform, "topic": .platform,
        "cache": .platform, "function": .platform, "directory": .identity, "idp": .identity, "account": .tenant,
        "subscription": .tenant, "cloud-account": .tenant, "vault": .security, "firewall": .security,
        "certificate": .security, "datacenter": .datacentre,
    ]

    /// A Component is a system; a Resource is data when it is a database, else infrastructure.
    static func itemKind(_ entity: Entity) -> (ItemKind, InfrastructureType?) {
        guard entity.kind.lowercased() == "resource" else { return (.system, nil) }
        let type = entity.type?.lowercased() ?? ""
        if ["database", "db", "dataset"].contains(type) { return (.data, nil) }
        return (.infrastructure, infrastructureTypes[type] ?? InfrastructureType(rawValue: type) ?? .other)
    }

    /// `[kind:][namespace/]name`: the kind (the default where none is written), the namespace
    /// (the referring entity's where none is written) and the name.
    static func parse(_ text: String, defaultKind: String?, namespace: String) -> (
        kind: String?, namespace: String, name: String
    ) {
        var rest = Substring(text), kind = defaultKind, space = namespace
        if let colon = rest.firstIndex(of: ":") { (kind, rest) = (String(rest[..<colon]), rest[colon...].dropFirst()) }
        if let slash = rest.firstIndex(of: "/") { (space, rest) = (String(rest[..<slash]), rest[slash...].dropFirst()) }
        return (kind?.lowercased(), space, String(rest))
    }

    static func key(_ kind: String, _ namespace: String, _ name: String) -> String {
        "\(kind):\(namespace.lowercased())/\(name.lowercased())"
    }

    static func estate(from all: [Entity], name: String, notes: inout ImportNotes) -> Estate {
        var estate = Estate(name: name)
        var byKey: [String: Entity] = [:], byName: [String: [String]] = [:], mapped: [Entity] = []
        var skipped: [String: Int] = [:]
        for entity in all {
            if let first = byKey[entity.key] {
                notes.problems.append("\(entity.place): defined again (first at \(first.file):\(first.line)); left out")
                continue
            }
            byKey[entity.key] = entity
            byName[key("", entity.namespace, entity.name), default: []].append(entity.key)
            if ["component", "resource", "system", "group"].contains(entity.kind.lowercased()) {
                mapped.append(entity)
            } else {
                skipped[entity.kind, default: 0] += 1
            }
        }
        notes.skipped = skipped
        func of(_ kinds: Set<String>) -> [Entity] { mapped.filter { kinds.contains($0.kind.lowercased()) } }
        let items = of(["component", "resource"]), groups = of(["group"]), systems = of(["system"])
        var ids = IDAllocator(), id: [String: String] = [:]
        func base(_ namespace: String, _ name: String) -> String {
            namespace.lowercased() == "default" ? name : "\(namespace).\(name)"
        }
        for entity in items + groups + systems {
            id[entity.key] = ids.allocate(for: base(entity.namespace, entity.name), fallback: entity.kind.lowercased())
        }
        func place(_ entity: Entity, _ ref: Ref, _ field: String) -> String {
            "\(entity.file):\(ref.line): \(entity.kind) '\(entity.name)': spec.\(field): '\(CellReader.oneLine(ref.text))'"
        }

        // Parties: the groups, then each owner no group defines.
        var partyOf: [String: String] = [:], created: [String] = []
        for group in groups {
            let company = ["organization", "organisation", "company"].contains(group.type?.lowercased() ?? "")
            estate.parties.append(
                Party(
                    id: id[group.key]!, name: group.displayName ?? group.title ?? group.name,
                    kind: company ? .company : .other))
            partyOf[group.key] = id[group.key]
        }
        func owner(of entity: Entity) -> String? {
            guard let ref = entity.owner else { return nil }
            let (kind, namespace, name) = parse(ref.text, defaultKind: "group", namespace: entity.namespace)
            let ownerKey = key(kind ?? "group", namespace, name)
            if let party = partyOf[ownerKey] { return party }
            guard kind == "group" || kind == "user" else {
                notes.problems.append(place(entity, ref, "owner") + " is not a group or user; left out")
                return nil
            }
            let party = ids.allocate(for: base(namespace, name), fallback: "party")
            let user = byKey[ownerKey]
            estate.parties.append(Party(id: party, name: user?.displayName ?? user?.title ?? name, kind: .other))
            partyOf[ownerKey] = party
            created.append(party)
            return party
        }

        // Areas: the systems, then each system no file defines, then one for entities in none.
        var areaOf: [String: Int] = [:], leadless: [Int] = [], made: [String] = []
        func addArea(_ key: String, id: String, name: String, lead: String?, notes: String? = nil) -> Int {
            if lead == nil { leadless.append(estate.areas.count) }
            areaOf[key] = estate.areas.count
            estate.areas.append(Area(id: id, name: name, lead: lead ?? "", notes: notes))
            return estate.areas.count - 1
        }
        for system in systems {
            _ = addArea(
                system.key, id: id[system.key]!, name: system.title ?? system.name, lead: owner(of: system),
                notes: system.description)
        }
        func area(of entity: Entity, lead: String?) -> Int {
            if let ref = entity.system {
                let (kind, namespace, name) = parse(ref.text, defaultKind: "system", namespace: entity.namespace)
                if kind == "system" {
                    if let n = areaOf[key("system", namespace, name)] { return n }
                    let areaID = ids.allocate(for: base(namespace, name), fallback: "area")
                    made.append(areaID)
                    return addArea(key("system", namespace, name), id: areaID, name: name, lead: lead)
                }
                notes.problems.append(place(entity, ref, "system") + " is not a system; left out")
            }
            if let n = areaOf["unassigned"] { return n }
            let areaID = ids.allocate(for: "unassigned", fallback: "area")
            notes.notes.append("put the entities in no System in a new area '\(areaID)'")
            return addArea("unassigned", id: areaID, name: "Unassigned", lead: lead)
        }

        // Items, each used and run by its owner.
        var itemArea: [Int] = [], owners: [String?] = [], ownerless: [String] = []
        for entity in items {
            let (kind, type) = itemKind(entity)
            let lead = owner(of: entity)
            itemArea.append(area(of: entity, lead: lead))
            var item = Item(
                kind: kind, id: id[entity.key]!, name: entity.title ?? entity.name,
                area: estate.areas[itemArea.last!].id)
            item.type = type
            item.notes = entity.description
            item.tags =
                entity.tags
                + [entity.type.map { "type:\($0)" }, entity.lifecycle.map { "lifecycle:\($0)" }].compactMap { $0 }
            if let lead { item.users = [UserShare(Reference(lead, at: .file("")))] }
            if entity.owner == nil { ownerless.append(item.id) }
            owners.append(lead)
            estate.items.append(item)
        }
        if estate.parties.isEmpty {
            let party = ids.allocate(for: "owner", fallback: "party")
            estate.parties.append(Party(id: party, name: "Owner"))
            notes.notes.append(
                "no group or owner is named anywhere, so one party '\(party)' leads every area; add the groups that use the estate"
            )
        }
        for n in leadless { estate.areas[n].lead = Reference(estate.parties[0].id, at: .file("")) }
        for n in estate.items.indices {
            if let lead = owners[n], lead != estate.areas[itemArea[n]].lead.id {
                estate.items[n].lead = Reference(lead, at: .file(""))
            }
        }

        // Dependencies: what each item names, what names it, and what it reaches through APIs.
        let index = Dictionary(items.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        var edges: Set<[Int]> = []
        func depend(_ from: Int, on to: Int, via: Via = .other, note: String? = nil) {
            guard from != to, edges.insert([from, to]).inserted else { return }
            let target = estate.items[to]
            estate.items[from].dependsOn.append(
                Dependency(Reference(target.id, at: .file("")), via: target.kind == .data ? .data : via, note: note))
        }
        func item(_ ref: Ref, of entity: Entity, _ field: String, defaultKind: String? = nil) -> Int? {
            let (kind, namespace, name) = parse(ref.text, defaultKind: defaultKind, namespace: entity.namespace)
            let found = (kind.map { [key($0, namespace, name)] } ?? byName[key("", namespace, name)] ?? []).filter {
                byKey[$0] != nil
            }
            guard found.count == 1, let target = byKey[found[0]] else {
                notes.problems.append(
                    place(entity, ref, field)
                        + (found.isEmpty
                            ? " names no entity in the files; left out"
                            : " names \(found.count) entities (\(found.sorted().joined(separator: ", "))); give its kind; left out")
                )
                return nil
            }
            guard let n = index[target.key] else {
                notes.problems.append(
                    place(entity, ref, field) + " is a \(target.kind), not a Component or Resource; left out")
                return nil
            }
            return n
        }
        for (n, entity) in items.enumerated() {
            for ref in entity.dependsOn { if let to = item(ref, of: entity, "dependsOn") { depend(n, on: to) } }
            for ref in entity.dependencyOf {
                if let from = item(ref, of: entity, "dependencyOf") { depend(from, on: n) }
            }
            if let ref = entity.subcomponentOf,
                let parent = item(ref, of: entity, "subcomponentOf", defaultKind: "component")
            {
                depend(parent, on: n)
            }
        }
        func api(_ ref: Ref, _ entity: Entity) -> String {
            let (kind, namespace, name) = parse(ref.text, defaultKind: "api", namespace: entity.namespace)
            return key(kind ?? "api", namespace, name)
        }
        var providers: [String: [Int]] = [:], unprovided: [String] = []
        for (n, entity) in items.enumerated() {
            for ref in entity.providesApis { providers[api(ref, entity), default: []].append(n) }
        }
        for (n, entity) in items.enumerated() {
            for ref in entity.consumesApis {
                guard let provided = providers[api(ref, entity)] else {
                    if !unprovided.contains(ref.text) { unprovided.append(ref.text) }
                    continue
                }
                for to in provided { depend(n, on: to, via: .integration, note: "consumes API \(ref.text)") }
            }
        }
        if !created.isEmpty {
            notes.notes.append(
                "created \(Wording.count(created.count, "party", "parties")) for owners no Group entity defines: \(created.joined(separator: ", "))"
            )
        }
        if !made.isEmpty {
            notes.notes.append(
                "created \(Wording.count(made.count, "area")) for systems no System entity defines: \(made.joined(separator: ", "))"
            )
        }
        if !ownerless.isEmpty { notes.notes.append("no spec.owner, so no users: \(ownerless.joined(separator: ", "))") }
        if !unprovided.isEmpty {
            notes.notes.append("APIs consumed that no entity provides: \(unprovided.joined(separator: ", "))")
        }
        return estate
    }
}
