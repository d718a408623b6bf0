import ArgumentParser

/// `Option` means ArgumentParser's property wrapper in the CLI; the model's disaggregation
/// option is `CleaveCore.Option` here.
typealias Option<Value> = ArgumentParser.Option<Value>
