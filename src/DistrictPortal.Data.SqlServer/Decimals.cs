namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// A DECIMAL column comes back with its declared scale (8000.50, 50.0); the canonical value (8000.5, 50) is what
/// the audit diff formats and what SQLite (exact decimal text) hands back, so both databases read alike.
/// </summary>
internal static class Decimals
{
    // Dividing by 1 with 28 zero decimals keeps the value and drops the scale that carries no digits.
    public static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;

    public static decimal? Canonical(decimal? value) => value is { } v ? Canonical(v) : null;
}
