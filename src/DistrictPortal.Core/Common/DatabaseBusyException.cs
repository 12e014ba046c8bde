namespace DistrictPortal.Core.Common;

/// <summary>
/// The database could not finish the request for a passing reason (chosen as a deadlock victim again and again, a
/// failover, a lock or connection timeout) after the data layer's own retries: nothing was written, and the same
/// request can simply be sent again. The web answers 503 with a page saying so, not a 500.
/// </summary>
public sealed class DatabaseBusyException(string message, Exception? inner = null) : Exception(message, inner);
