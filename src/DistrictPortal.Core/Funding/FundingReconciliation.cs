namespace DistrictPortal.Core.Funding;

/// <summary>One payer's account on one node: owed, paid, and the balance still due (negative when overpaid).</summary>
public sealed record PayerBalance(Payer Payer, decimal Owed, decimal Paid)
{
    public decimal Balance => Owed - Paid;
    public bool IsOverpaid => Paid > Owed;
}

/// <summary>
/// 资金对账 for one node (P8: the portal reconciles what each level owes and has paid). Owed comes from the final
/// splits of the node's costs (provisional environment works are not owed yet); paid from the payments recorded.
/// Imbalanced when a payer has paid more than it owes, or when the 1:1 matching is out of step: the city and the
/// district have not paid the same share of what each owes. Each level's payment is held against its own debt (the
/// district's share scaled to the city's debt, within the one odd cent a 1:1 split gives), never the difference of
/// payments against the difference of debts: that compared "both paid nothing" (0 − 0) with the odd cent and flagged it.
/// </summary>
public sealed record FundingReconciliation(long NodeId, IReadOnlyList<PayerBalance> Payers, decimal Waived, decimal Provisional)
{
    public PayerBalance For(Payer payer) => Payers.Single(p => p.Payer == payer);

    public decimal TotalOwed => Payers.Sum(p => p.Owed);
    public decimal TotalPaid => Payers.Sum(p => p.Paid);
    public bool IsSettled => Payers.All(p => p.Balance == 0);

    public bool IsMatchingOutOfStep
    {
        get
        {
            var city = For(Payer.City);
            var district = For(Payer.District);
            if (city.Owed <= 0 || district.Owed <= 0)
                return false; // nothing to match (a payment against no debt is an overpayment)
            // paid(city) / owed(city) vs paid(district) / owed(district), cross-multiplied to stay exact in decimal; the
            // tolerance is one cent of the smaller debt's payment (the odd cent rounds one share up).
            var gap = Math.Abs(city.Paid * district.Owed - district.Paid * city.Owed);
            return gap > MatchingToleranceYuan * Math.Max(city.Owed, district.Owed);
        }
    }

    /// <summary>How far apart two levels' matched payments may be: the odd cent of a 1:1 split.</summary>
    public const decimal MatchingToleranceYuan = 0.01m;

    public bool IsImbalanced => IsMatchingOutOfStep || Payers.Any(p => p.IsOverpaid);

    public static FundingReconciliation ForNode(long nodeId, IEnumerable<CostItem> costs, IEnumerable<Payment> payments)
    {
        var splits = costs.Where(c => c.NodeId == nodeId).Select(FundingRules.Split).ToList();
        var owed = splits.Where(s => !s.IsProvisional).ToList();
        var paid = payments.Where(p => p.NodeId == nodeId).ToList();
        var payers = Enum.GetValues<Payer>()
            .Select(payer => new PayerBalance(
                payer,
                owed.Sum(s => s.Owed(payer)),
                paid.Where(p => p.Payer == payer).Sum(p => p.Amount)))
            .ToList();
        return new(nodeId, payers, owed.Sum(s => s.Waived), splits.Where(s => s.IsProvisional).Sum(s => s.Total));
    }

    /// <summary>Every node that has a cost or a payment, by node id.</summary>
    public static IReadOnlyList<FundingReconciliation> ByNode(IReadOnlyCollection<CostItem> costs, IReadOnlyCollection<Payment> payments) =>
        costs.Select(c => c.NodeId).Concat(payments.Select(p => p.NodeId)).Distinct().Order()
            .Select(id => ForNode(id, costs, payments))
            .ToList();
}
