using System.Globalization;

namespace DistrictPortal.Core.Auditing;

/// <summary>
/// Builds field-by-field audit entries from the old and new state of an entity, so every repository
/// audits the same way and only fields that really changed are recorded.
/// </summary>
public sealed class AuditDiff(string entityType, long entityId, ChangeContext context)
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries => _entries;

    public AuditDiff Field<T>(string field, T oldValue, T newValue)
    {
        var before = Format(oldValue);
        var after = Format(newValue);
        if (before != after)
        {
            _entries.Add(Entry(AuditActions.Update, field, before, after));
        }
        return this;
    }

    public AuditDiff Action(string action, string? field = null, string? oldValue = null, string? newValue = null)
    {
        _entries.Add(Entry(action, field, oldValue, newValue));
        return this;
    }

    private AuditEntry Entry(string action, string? field, string? oldValue, string? newValue) => new()
    {
        AtUtc = context.AtUtc,
        UserId = context.UserId,
        UserName = context.UserName,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
    };

    // Invariant formatting so an audit trail reads the same whatever the server's culture.
    private static string? Format<T>(T value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // 100.00 read from DECIMAL(18,2) and 100 posted from a form are the same amount: no trailing zeros.
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
