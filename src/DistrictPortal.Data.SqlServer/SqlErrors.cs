using DistrictPortal.Core.Common;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The SQL Server error numbers the procedures raise or provoke, and what each means in Core's terms.
/// The THROW numbers are the procedures' own (see db/sqlserver/README.md).
/// </summary>
internal static class SqlErrors
{
    /// <summary>THROW in a proc: a stale row version, or no such row to update.</summary>
    public const int Conflict = 50409;

    /// <summary>THROW in a proc: a request that can never succeed (wrong level, a cycle, a missing parent).</summary>
    public const int InvalidArgument = 50400;

    public const int DuplicateKeyRow = 2601;
    public const int UniqueConstraint = 2627;

    /// <summary>A foreign key or check constraint refused the row (an unknown scope node, a negative count).</summary>
    public const int ConstraintConflict = 547;

    public const int ProcedureNotFound = 2812;

    /// <summary>The Core exception for <paramref name="e"/>, or null when it has none and should surface as it is.</summary>
    public static Exception? Translate(SqlException e, string entity, long id, string? nameField = null, string? name = null) =>
        e.Number switch
        {
            DuplicateKeyRow or UniqueConstraint when nameField is not null => new DuplicateNameException(nameField, name ?? ""),
            Conflict => new ConcurrencyConflictException(entity, id),
            InvalidArgument => new ArgumentException(e.Message),
            ConstraintConflict => new ArgumentException($"{entity}: {e.Message}"),
            _ => null,
        };
}
