import CleaveCore
