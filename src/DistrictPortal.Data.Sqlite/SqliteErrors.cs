using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

internal static class SqliteErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;

    /// <summary>
    /// A unique index refused the row. Repositories check names first and say which one clashed;
    /// this is the backstop for a writer that got in between.
    /// </summary>
    public static bool IsUniqueViolation(SqliteException e) =>
        e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <summary>A row names something that does not exist (an unknown estate or user): a bad request, not a conflict.</summary>
    public static bool IsForeignKeyViolation(SqliteException e) =>
        e.SqliteExtendedErrorCode is SqliteConstraintForeignKey;
}
