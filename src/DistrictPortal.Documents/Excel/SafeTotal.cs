namespace DistrictPortal.Documents.Excel;

/// <summary>
/// A column's total that never throws: decimal while it fits, a double (what Excel stores anyway, to 15 digits) once it
/// would overflow. Core's limits keep new values plausible, but a database may already hold a huge one (issue 14: one
/// floor area of 7.9 × 10^28 made every export above that estate answer 500), and an export must still be made.
/// </summary>
public struct SafeTotal
{
    private decimal _exact;
    private double? _approximate;

    public void Add(decimal value)
    {
        if (_approximate is { } approximate)
        {
            _approximate = approximate + (double)value;
            return;
        }
        try
        {
            _exact = checked(_exact + value);
        }
        catch (OverflowException)
        {
            _approximate = (double)_exact + (double)value;
        }
    }

    /// <summary>The total as a cell value: a decimal, or a double when the decimal overflowed.</summary>
    public readonly object Value => _approximate is { } approximate ? approximate : _exact;

    public static object Of(IEnumerable<decimal> values)
    {
        var total = new SafeTotal();
        foreach (var value in values)
            total.Add(value);
        return total.Value;
    }
}
