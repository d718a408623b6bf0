import CleaveCore
import CleaveInventory
import Foundation
import FuzzSupport

/// Any bytes as an ArchiMate exchange file: parsing must end in a model or a located
/// `UserError`, never a crash, a hang or unbounded memory; a model must then convert to an
/// estate with one id per item, and be written as an inventory.
func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let model: ArchiMateModel
    do { model = try ArchiMateModel.parse(data, place: "fuzz.xml") } catch {
        if error.place?.hasPrefix("fuzz.xml") != true { fatalError("an error without its place: \(error)") }
        return 0
    }
    let (estate, _, counts) = ArchiMateImporter(model: model, source: "fuzz.xml").run()
    if counts.skipped.values.contains(where: { $0 < 0 }) { fatalError("a negative count skipped: \(counts.skipped)") }
    if Set(estate.items.map(\.id)).count != estate.items.count { fatalError("two items share an id") }
    _ = InventoryWriter(header: "fuzz").files(for: estate)
    return 0
}

@main
enum FuzzArchiMateMain {
    static func main() { LibFuzzer.run(fuzz) }
}
