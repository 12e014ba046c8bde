namespace DistrictPortal.Core.Common;

/// <summary>
/// The range a number the portal keeps may plausibly take, and how many decimals it may carry. Beyond it a value is a
/// typing slip or an attack, and past what the databases hold it would be rounded or overflow on SQL Server
/// (<c>DECIMAL(18,2)</c> rounds 1234.567 silently and fails past 10^16 with error 8115; <c>INT</c> stops at 2^31 - 1)
/// or overflow a total in an export.
/// </summary>
public sealed record NumberLimit(decimal Min, decimal Max, int Decimals)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;

    public bool HasAllowedDecimals(decimal value) => decimal.Round(value, Decimals) == value;

    /// <summary>
    /// The error for <paramref name="value"/> above <see cref="Max"/> ("TooLarge", the maximum as argument) or with more
    /// decimals than allowed ("TwoDecimals" for cents, "WholeNumber" for none); null when it fits. The lower bound is left
    /// to the caller, whose own "NotNegative" / "MustBePositive" already says it in the field's words.
    /// </summary>
    public ValidationError? Check(string field, decimal? value) => value switch
    {
        null => null,
        { } v when v > Max => new ValidationError(field, FieldLimits.TooLarge, Max),
        { } v when !HasAllowedDecimals(v) => new ValidationError(field, Decimals == 0 ? FieldLimits.WholeNumber : FieldLimits.TwoDecimals),
        _ => null,
    };

    public ValidationError? Check(string field, int? value) => Check(field, (decimal?)value);
}

/// <summary>
/// Every numeric field's plausible range in one place (issue 14: one huge floor area broke every export above it; issue
/// 18: SQL Server's DECIMAL(18,2) parameters round and overflow). The validators call these; the web layer shows
/// "TooLarge" with the field's name. No limit exceeds what <c>DECIMAL(18,2)</c> or <c>INT</c> hold, and decimals are to
/// the cent at most.
/// </summary>
public static class FieldLimits
{
    // The codes the limits answer with, kept with every other code in ValidationCodes.
    public const string TooLarge = ValidationCodes.TooLarge;
    public const string TwoDecimals = ValidationCodes.TwoDecimals;
    public const string WholeNumber = ValidationCodes.WholeNumber;

    /// <summary>The largest value of SQL Server's DECIMAL(18,2), the type of every stored area and amount.</summary>
    public const decimal SqlDecimal18_2Max = 9_999_999_999_999_999.99m;

    /// <summary>
    /// Total floor area of one estate, m². China's largest residential estates are around 5–6 million m² (天通苑 as a
    /// whole); ten million leaves room for a merged estate and catches a slip of a few digits.
    /// </summary>
    public static readonly NumberLimit FloorArea = new(0m, 10_000_000m, 2);

    /// <summary>
    /// Management-room area, m². P8 asks for 5‰ of the floor area: 50,000 m² at the largest floor area; twice that for
    /// margin. The rule "not larger than the estate" stays in the validator.
    /// </summary>
    public static readonly NumberLimit ManagementRoomArea = new(0m, 100_000m, 2);

    /// <summary>Households of one estate (户): the largest estates have some tens of thousands; 100,000 is generous.</summary>
    public static readonly NumberLimit Households = new(0m, 100_000m, 0);

    /// <summary>Buildings of one estate (栋): a few hundred in the largest; 2,000 is generous.</summary>
    public static readonly NumberLimit Buildings = new(0m, 2_000m, 0);

    /// <summary>
    /// Ballots returned and votes of a residents' consultation: counted per household, so never more than the largest
    /// estate's households (the validator also keeps them within the estate's own households).
    /// </summary>
    public static readonly NumberLimit Ballots = Households;

    /// <summary>
    /// Area of one retrofit project, m²: one estate's floor area at most, or several when estates are merged into one
    /// project (连片改造); five times the largest estate.
    /// </summary>
    public static readonly NumberLimit RetrofitArea = new(0m, 50_000_000m, 2);

    /// <summary>
    /// A retrofit area target, m², of a node or the whole programme for a year: a city's yearly old-estate target is in
    /// the millions of m²; a thousand million leaves room for any programme while staying far inside DECIMAL(18,2).
    /// </summary>
    public static readonly NumberLimit TargetArea = new(0m, 1_000_000_000m, 2);

    /// <summary>
    /// A cost line or a payment, yuan, to the cent (the 1:1 split is to the cent): one estate's works cost millions; ten
    /// thousand million is beyond any single line and keeps every total far inside DECIMAL(18,2).
    /// </summary>
    public static readonly NumberLimit Money = new(0m, 10_000_000_000m, 2);

    /// <summary>
    /// The earliest and latest dates the portal reads from a request (a week, a range of weeks, a date of a form): the
    /// registry's estates are built from 1900 on and the campaign runs in this century, and a date near
    /// <see cref="DateOnly.MinValue"/> or <see cref="DateOnly.MaxValue"/> overflows the week arithmetic (a week earlier,
    /// the deadline month later).
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <inheritdoc cref="EarliestDate"/>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public static bool IsPlausibleDate(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Every limit above, by name: the tests check each against the database types.</summary>
    public static IReadOnlyDictionary<string, NumberLimit> All { get; } = new Dictionary<string, NumberLimit>
    {
        [nameof(FloorArea)] = FloorArea,
        [nameof(ManagementRoomArea)] = ManagementRoomArea,
        [nameof(Households)] = Households,
        [nameof(Buildings)] = Buildings,
        [nameof(Ballots)] = Ballots,
        [nameof(RetrofitArea)] = RetrofitArea,
        [nameof(TargetArea)] = TargetArea,
        [nameof(Money)] = Money,
    };
}
