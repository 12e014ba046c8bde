using DistrictPortal.Core.Data;
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

    /// <summary>Which of the refusals both backends share <paramref name="e"/> is; null for any other error.</summary>
    public static WriteRefusal? Classify(SqlException e) => e.Number switch
    {
        DuplicateKeyRow or UniqueConstraint => WriteRefusal.UniqueKey,
        Conflict => WriteRefusal.StaleVersion,
        InvalidArgument => WriteRefusal.BadRequest,
        ConstraintConflict => WriteRefusal.ForeignKey,
        _ => null,
    };

    /// <summary>The Core exception for <paramref name="e"/> (<see cref="WriteRefusals"/>), or null when it has none and should surface as it is.</summary>
    public static Exception? Translate(SqlException e, string entity, long id, string? nameField = null, string? name = null) =>
        Classify(e) is { } refusal ? WriteRefusals.ToException(refusal, entity, id, e.Message, nameField, name) : null;
}
