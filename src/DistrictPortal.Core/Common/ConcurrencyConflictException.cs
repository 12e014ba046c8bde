namespace DistrictPortal.Core.Common;

/// <summary>
/// Thrown by a repository when a row was changed by someone else since it was read
/// (its version no longer matches). Nothing has been written when this is thrown.
/// </summary>
public sealed class ConcurrencyConflictException(string entity, long id)
    : Exception($"{entity} {id} was changed by someone else since it was read.")
{
    public string Entity { get; } = entity;
    public long Id { get; } = id;
}
