namespace DistrictPortal.Core.Common;

/// <summary>Thrown when a unique name (user name, sibling node name) is already taken. Nothing is written.</summary>
public sealed class DuplicateNameException(string field, string value)
    : Exception($"{field} '{value}' is already in use.")
{
    public string Field { get; } = field;
    public string Value { get; } = value;
}
