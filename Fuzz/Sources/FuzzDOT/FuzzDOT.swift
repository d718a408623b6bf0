import CleaveCore
import CleaveRender
import Foundation
import FuzzSupport

/// Any text as the names, ids and notes of a small estate: every map's DOT must still be
/// read by Graphviz's own parser without an error, and Mermaid must be written. Escaping
/// that lets inventory text break out of a label fails here.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Data(bytes: start, count: count), as: UTF8.self)
    let parts = text.split(separator: "\u{0}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
    func part(_ n: Int) -> String { n < parts.count ? parts[n] : text }
    let here = SourceLocation.file("fuzz.yaml")
    var a = Item(kind: .system, id: "a", name: part(0), area: "ar", location: here)
    a.users = [UserShare(Reference("P", at: here)), UserShare(Reference("Q", at: here))]
    a.dependsOn = [Dependency(Reference("b", at: here), via: .hosting, note: part(2))]
    a.notes = part(2)
    var b = Item(kind: .infrastructure, id: "b", name: part(1), area: "ar", location: here)
    b.users = [UserShare(Reference("Q", at: here))]
    let estate = Estate(name: part(3), parties: [Party(id: "P", name: part(1)), Party(id: "Q", name: part(0))],
                        areas: [Area(id: "ar", name: part(2), lead: "P")], items: [a, b],
                        options: [Option(id: "o", name: part(3), defaultDisposition: .split)])
    let context = ViewContext(facts: MapFacts(estate: estate), maxNodes: 600, depth: 2)
    for view in ViewCatalog.all(for: estate) + [FocusView(item: "a")] {
        guard let drawn = try? DrawnMap(view: view, context: context, layout: .dot) else {
            fatalError("view \(view.name) could not be drawn")
        }
        do {
            try GraphvizRenderer.shared.parse(dot: drawn.dot)
        } catch {
            fatalError("Graphviz cannot read the DOT of \(view.name): \(error)\n\(drawn.dot)")
        }
        // With no length limit, the only refusal Mermaid has: any error is a finding.
        do {
            _ = try drawn.text(.mermaid, mermaid: MermaidLimit(maxCharacters: 0))
        } catch {
            fatalError("Mermaid could not be written for \(view.name): \(error)")
        }
    }
    return 0
}

@main
enum FuzzDOTMain {
    static func main() { LibFuzzer.run(fuzz) }
}
