import CleaveCore
import CleaveInventory
import Foundation

/// The one file `cleave serve` writes: `options.workbench.yaml` at the inventory's root, its
/// first line a comment that marks it as Cleave's. A file of that name without the mark is
/// someone's own, and is never rewritten.
struct WorkbenchFile {
    static let name = "options.workbench.yaml"
    /// The start of the first line of every file it writes.
    static let marker = "# Written by cleave serve."
    static let header = """
        Written by cleave serve. It rewrites this file each time an option is saved in the workbench;
        to edit an option by hand, move it to a file of your own.
        """

    /// The inventory folder.
    let folder: String

    var path: String { URL(fileURLWithPath: folder).appendingPathComponent(Self.name).path }

    /// The workbench's file in the inventory at `inventory`.
    /// - Throws: `RequestError` (409) when the inventory is one file, not a folder.
    init(inventory: String) throws(RequestError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inventory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw RequestError(
                409, "the inventory is one file, not a folder: options can be saved only into an inventory folder")
        }
        folder = inventory
    }

    /// The file's text now, or nil when there is none.
    /// - Throws: `RequestError` (409) when the file is not Cleave's, or cannot be read.
    func existing() throws(RequestError) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RequestError(409, "\(Self.name) exists but cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix(Self.marker) else {
            throw RequestError(
                409,
                "\(Self.name) in the inventory was not written by cleave serve, so it is never rewritten: "
                    + "rename it (it is read as any other inventory file) and save again")
        }
        return text
    }

    /// The options of `estate` that were read from this file, in file order.
    func options(in estate: Estate) -> [Option] {
        let own = URL(fileURLWithPath: path).standardizedFileURL.path
        return estate.options.filter { URL(fileURLWithPath: $0.location.file).standardizedFileURL.path == own }
    }

    /// The file's text holding `options`, written by the project's YAML writer.
    static func text(_ options: [Option]) -> String {
        let files = InventoryWriter(header: header).files(for: Estate(options: options))
        return files.first { $0.path == "options.yaml" }?.text ?? ""
    }
}
