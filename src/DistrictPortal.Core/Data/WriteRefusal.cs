using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Data;

/// <summary>
/// Why a database refused a write, in the terms both backends share. A backend only says which of its own error
/// numbers is which (SqlErrors, SqliteErrors); what each refusal means in Core's terms is decided once, here.
/// </summary>
public enum WriteRefusal
{
    /// <summary>A unique key or index: a name taken, or a writer that got in between.</summary>
    UniqueKey,
    /// <summary>A foreign key (or check) constraint: the row names something that does not exist.</summary>
    ForeignKey,
    /// <summary>A version-checked write found another version: the caller's read is stale.</summary>
    StaleVersion,
    /// <summary>A request the database can never carry out as asked.</summary>
    BadRequest,
}

public static class WriteRefusals
{
    /// <summary>
    /// The Core exception for <paramref name="refusal"/>: a taken name (when the caller names the field), a conflict,
    /// or a bad request naming the entity. Null for a unique key the caller gave no name for: it decides itself.
    /// </summary>
    public static Exception? ToException(
        WriteRefusal refusal, string entity, long id, string detail, string? nameField = null, string? name = null, Exception? inner = null) =>
        refusal switch
        {
            WriteRefusal.UniqueKey => nameField is null ? null : new DuplicateNameException(nameField, name ?? ""),
            WriteRefusal.StaleVersion => new ConcurrencyConflictException(entity, id),
            WriteRefusal.BadRequest => new ArgumentException(detail, inner),
            WriteRefusal.ForeignKey => new ArgumentException($"{entity}: {detail}", inner),
            _ => null,
        };
}
