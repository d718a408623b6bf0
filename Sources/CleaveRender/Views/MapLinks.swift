/// Where each map of a `render --all` folder is, so maps can link to one another: an item
/// to its focus map, an area box to its area map, a party to its plan.
public struct MapLinks: Sendable, Equatable {
    private let fileByView: [String: String]

    /// No links: a map rendered on its own.
    public init() { fileByView = [:] }

    /// Links to `views` saved as `<file name>.<fileExtension>`; names as `ViewCatalog.fileNames` gives them.
    public init(views: [any MapView], fileExtension: String) {
        var map: [String: String] = [:]
        for (view, file) in zip(views, ViewCatalog.fileNames(views)) { map[view.name] = "\(file).\(fileExtension)" }
        fileByView = map
    }

    /// The file of the view called `name`, when it is part of the folder.
    public func file(for name: String) -> String? { fileByView[name] }
}
