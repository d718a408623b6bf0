// Every file of this target sees the shared test support (temporary folders, golden files).
@_exported import CleaveTestSupport
