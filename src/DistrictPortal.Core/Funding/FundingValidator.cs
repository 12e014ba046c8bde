using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Funding;

/// <summary>Rules for a cost line and a payment; each error names the field.</summary>
public static class FundingValidator
{
    public const int MaxTextLength = 200;
    /// <summary>decimal(18,2), what both databases store.</summary>
    public const decimal MaxAmount = FieldLimits.SqlDecimal18_2Max;

    public static IReadOnlyList<ValidationError> Validate(CostItem cost, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(cost.Category))
            errors.Add(new(nameof(CostItem.Category), ValidationCodes.Required));
        Amount(errors, nameof(CostItem.Amount), cost.Amount, allowZero: true);
        if (cost.Year < 2000 || cost.Year > today.Year + 5)
            errors.Add(new(nameof(CostItem.Year), ValidationCodes.YearOutOfRange, 2000, today.Year + 5));
        if (cost.Description is { Length: > MaxTextLength })
            errors.Add(new(nameof(CostItem.Description), ValidationCodes.TooLong, MaxTextLength));
        TextRule.CheckName(errors, nameof(CostItem.Description), cost.Description);
        if (cost.HardshipNote is { Length: > MaxTextLength })
            errors.Add(new(nameof(CostItem.HardshipNote), ValidationCodes.TooLong, MaxTextLength));

        // Only housing common parts have an application; a decision has a date, no decision has none.
        if (cost.Category != CostCategory.HousingCommonParts && cost.Hardship != HardshipApplication.None)
            errors.Add(new(nameof(CostItem.Hardship), ValidationCodes.HardshipHousingOnly));
        var decided = cost.Hardship is HardshipApplication.Approved or HardshipApplication.Rejected;
        if (decided && cost.HardshipDecidedDate is null)
            errors.Add(new(nameof(CostItem.HardshipDecidedDate), ValidationCodes.Required));
        else if (!decided && cost.HardshipDecidedDate is not null)
            errors.Add(new(nameof(CostItem.HardshipDecidedDate), ValidationCodes.NotForStatus));
        else if (cost.HardshipDecidedDate > today)
            errors.Add(new(nameof(CostItem.HardshipDecidedDate), ValidationCodes.NotInFuture));
        return errors;
    }

    public static IReadOnlyList<ValidationError> Validate(Payment payment, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(payment.Payer))
            errors.Add(new(nameof(Payment.Payer), ValidationCodes.Required));
        Amount(errors, nameof(Payment.Amount), payment.Amount, allowZero: false);
        if (payment.PaidDate > today)
            errors.Add(new(nameof(Payment.PaidDate), ValidationCodes.NotInFuture));
        if (payment.Reference is { Length: > MaxTextLength })
            errors.Add(new(nameof(Payment.Reference), ValidationCodes.TooLong, MaxTextLength));
        TextRule.CheckName(errors, nameof(Payment.Reference), payment.Reference);
        return errors;
    }

    private static void Amount(List<ValidationError> errors, string field, decimal amount, bool allowZero)
    {
        if (amount < 0 || (!allowZero && amount == 0))
            errors.Add(new(field, allowZero ? "NotNegative" : "MustBePositive"));
        else if (!FundingRules.IsValidAmount(amount))
            errors.Add(new(field, ValidationCodes.TwoDecimals));
        else if (FieldLimits.Money.Check(field, amount) is { } tooLarge)
            errors.Add(tooLarge);
    }
}
