using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Funding;

/// <summary>
/// The funding workflows: the amounts the databases used to refuse (fractions of a cent, a zero payment) are Core's
/// refusals now, and the edit's audit is diffed here once instead of in each database.
/// </summary>
public sealed class FundingServiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ChangeContext Who = new(4, "district-admin", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc));

    private readonly Recording _repository = new();

    private FundingService Service => new(_repository);

    [Theory]
    [InlineData("0.001", "Amount:TwoDecimals")]
    [InlineData("0", "Amount:MustBePositive")]
    [InlineData("-5", "Amount:MustBePositive")]
    public async Task A_payment_is_positive_in_whole_cents_or_refused_without_a_write(string amount, string expected)
    {
        var result = await Service.AddPaymentAsync(new Payment
        {
            ProjectId = 1, Payer = Payer.City, Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), PaidDate = Today,
        }, Today, Who);

        Assert.Equal([expected], result.Errors.Select(e => e.ToKey()));
        Assert.Empty(_repository.Writes);
    }

    [Fact]
    public async Task A_cost_line_and_a_payment_are_written_once_with_their_create_entry()
    {
        Assert.True((await Service.AddCostAsync(new CostItem { ProjectId = 1, Year = 2026, Category = CostCategory.WaivedFees, Amount = 0m }, Today, Who)).Succeeded);
        Assert.True((await Service.AddPaymentAsync(new Payment { ProjectId = 1, Payer = Payer.District, Amount = 0.01m, PaidDate = Today }, Today, Who)).Succeeded);

        Assert.Equal([(AuditEntities.CostItem, "WaivedFees", "0"), (AuditEntities.Payment, "District", "0.01")],
            _repository.Writes.Select(w => Assert.Single(w.Audit)).Select(a => (a.EntityType, a.Field!, a.NewValue!)));
        Assert.All(_repository.Writes, w => Assert.Equal(AuditEntry.NewRow, w.Audit[0].EntityId));
    }

    [Fact]
    public async Task An_edit_keeps_the_lines_category_and_year_and_is_diffed_in_core()
    {
        _repository.Stored = new CostItem { Id = 9, ProjectId = 1, Year = 2026, Category = CostCategory.HousingCommonParts, Amount = 100.01m, Version = 5 };
        var edit = new CostItem { Id = 9, Year = 1999, Category = CostCategory.WaivedFees, Amount = 120.03m, IsFinalAccount = true };

        Assert.True((await Service.UpdateCostAsync(edit, 5, Today, Who)).Succeeded);

        var (row, audit) = Assert.Single(_repository.Writes);
        var saved = Assert.IsType<CostItem>(row);
        Assert.Equal((CostCategory.HousingCommonParts, 2026, 1L, 5L), (saved.Category, saved.Year, saved.ProjectId, saved.Version));
        Assert.Equal([("Amount", "100.01", "120.03"), ("IsFinalAccount", "False", "True")],
            audit.Select(a => (a.Field!, a.OldValue!, a.NewValue!)).OrderBy(a => a.Item1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateCostAsync(edit, 4, Today, Who));
    }

    [Fact]
    public async Task A_hardship_decision_needs_its_date_and_only_housing_common_parts_have_one()
    {
        _repository.Stored = new CostItem { Id = 9, ProjectId = 1, Year = 2026, Category = CostCategory.EnvironmentWorks, Amount = 1m, Version = 1 };
        var edit = new CostItem { Id = 9, Amount = 1m, Hardship = HardshipApplication.Approved };

        var result = await Service.UpdateCostAsync(edit, 1, Today, Who);

        Assert.Equal(["Hardship:HardshipHousingOnly", "HardshipDecidedDate:Required"], result.Errors.Select(e => e.ToKey()));
        Assert.Empty(_repository.Writes);
    }

    private sealed class Recording : IFundingRepository
    {
        public CostItem? Stored { get; set; }
        public List<(object Row, IReadOnlyList<AuditEntry> Audit)> Writes { get; } = [];

        public Task<CostItem?> GetCostAsync(long id) => Task.FromResult(Stored?.Id == id ? Stored : null);
        public Task<IReadOnlyList<CostItem>> ListCostsAsync(long projectId) => throw new NotSupportedException();
        public Task<IReadOnlyList<CostItem>> ListCostsInScopeAsync(string scopePath, int year) => throw new NotSupportedException();
        public Task<IReadOnlyList<Payment>> ListPaymentsAsync(long projectId) => throw new NotSupportedException();
        public Task<IReadOnlyList<Payment>> ListPaymentsInScopeAsync(string scopePath, int year) => throw new NotSupportedException();

        public Task<long> AddCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit) => Write(cost, audit);
        public Task<long> AddPaymentAsync(Payment payment, IReadOnlyList<AuditEntry> audit) => Write(payment, audit);
        public Task UpdateCostAsync(CostItem cost, IReadOnlyList<AuditEntry> audit) => Write(cost, audit);

        private Task<long> Write(object row, IReadOnlyList<AuditEntry> audit)
        {
            Writes.Add((row, audit));
            return Task.FromResult(1L);
        }
    }
}
