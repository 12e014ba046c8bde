namespace DistrictPortal.Core.Funding;

/// <summary>
/// Who owes what of one cost, to the cent: the parts always add up to <see cref="Total"/> exactly.
/// <see cref="Waived"/> is recorded for the record and owed by no one. <see cref="IsProvisional"/> marks environment
/// works before their final accounts: shown as an estimate, not yet owed.
/// </summary>
public sealed record FundingSplit(
    decimal Total,
    decimal City,
    decimal District,
    decimal SpecialFunds,
    decimal PropertyRightUnit,
    decimal Waived,
    bool IsProvisional = false)
{
    public decimal Owed(Payer payer) => payer switch
    {
        Payer.City => City,
        Payer.District => District,
        Payer.SpecialFunds => SpecialFunds,
        Payer.PropertyRightUnit => PropertyRightUnit,
        _ => throw new ArgumentOutOfRangeException(nameof(payer), payer, null),
    };

    /// <summary>What each payer owes more (or less, negative) when a cost is re-split, e.g. after revised final accounts.</summary>
    public FundingSplit Minus(FundingSplit earlier) => new(
        Total - earlier.Total, City - earlier.City, District - earlier.District, SpecialFunds - earlier.SpecialFunds,
        PropertyRightUnit - earlier.PropertyRightUnit, Waived - earlier.Waived, IsProvisional || earlier.IsProvisional);
}
