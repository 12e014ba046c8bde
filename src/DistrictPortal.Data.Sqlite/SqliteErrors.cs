using DistrictPortal.Core.Data;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>SQLite's extended result codes as the refusals both backends share (<see cref="WriteRefusals"/> says what each means).</summary>
internal static class SqliteErrors
{
    public static WriteRefusal? Classify(SqliteException e) => e.SqliteExtendedErrorCode switch
    {
        2067 or 1555 => WriteRefusal.UniqueKey, // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
        787 => WriteRefusal.ForeignKey, // SQLITE_CONSTRAINT_FOREIGNKEY
        _ => null,
    };

    /// <summary>
    /// A unique index refused the row. Repositories check names first and say which one clashed;
    /// this is the backstop for a writer that got in between.
    /// </summary>
    public static bool IsUniqueViolation(SqliteException e) => Classify(e) == WriteRefusal.UniqueKey;

    /// <summary>A row names something that does not exist (an unknown estate or user): a bad request, not a conflict.</summary>
    public static bool IsForeignKeyViolation(SqliteException e) => Classify(e) == WriteRefusal.ForeignKey;
}
