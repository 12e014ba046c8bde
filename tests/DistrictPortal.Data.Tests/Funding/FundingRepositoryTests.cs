using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Funding;

/// <summary>
/// The funding repository on every database, driven through <see cref="FundingService"/> (the rules and the audit
/// entries are Core's; the repository stores them in one transaction): so the moved rules are checked end to end too.
/// </summary>
public sealed class FundingRepositoryTests
{
    /// <summary>After every date these tests write: a payment is never in the future.</summary>
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static FundingService Service(TestDatabase db) => new(db.Funding);

    private static async Task<long> AddAsync(TestDatabase db, CostItem cost) =>
        Done(await Service(db).AddCostAsync(cost, Today, TestDatabase.Context()));

    private static async Task<long> AddAsync(TestDatabase db, Payment payment) =>
        Done(await Service(db).AddPaymentAsync(payment, Today, TestDatabase.Context()));

    private static long Done(DomainResult<long> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value;
    }

    private static async Task<(TestTree Tree, long ProjectA, long ProjectB)> ProjectsAsync(TestDatabase db)
    {
        var tree = await TestTree.CreateAsync(db);
        var a = await TestTree.AddEstateAsync(db, tree.CommunityA1, "A");
        var b = await TestTree.AddEstateAsync(db, tree.CommunityB1, "B");
        async Task<long> Project(long estateId) => (await new RetrofitService(db.Retrofit, db.Nodes, db.Committees).CreateProjectAsync(new RetrofitProject
        {
            EstateId = estateId, Name = "工程", WorkItems = RetrofitWorkItems.Environment, Area = 100m, Status = RetrofitStatus.Planned,
        }, Today, TestDatabase.Context())).Value;
        return (tree, await Project(a.Id), await Project(b.Id));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Cost_lines_round_trip_to_the_cent_and_list_by_project_and_by_scope_and_year(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (tree, a, b) = await ProjectsAsync(db);
        var housing = new CostItem
        {
            ProjectId = a, Year = 2026, Category = CostCategory.HousingCommonParts, Amount = 1_234_567.89m, IsFinalAccount = true,
            Hardship = HardshipApplication.Approved, HardshipDecidedDate = new DateOnly(2026, 5, 6), HardshipNote = "区政府批复", Description = "屋面",
        };
        var id = await AddAsync(db, housing);
        await AddAsync(db, new CostItem { ProjectId = a, Year = 2025, Category = CostCategory.WaivedFees, Amount = 0.01m });
        await AddAsync(db, new CostItem { ProjectId = b, Year = 2026, Category = CostCategory.EnvironmentWorks, Amount = 9_999_999_999.99m });

        var read = (await db.Funding.GetCostAsync(id))!;
        Assert.Equal((a, 2026, CostCategory.HousingCommonParts, 1_234_567.89m, true), (read.ProjectId, read.Year, read.Category, read.Amount, read.IsFinalAccount));
        Assert.Equal((HardshipApplication.Approved, new DateOnly(2026, 5, 6), "区政府批复", "屋面"),
            (read.Hardship, read.HardshipDecidedDate!.Value, read.HardshipNote, read.Description));
        Assert.Equal([2025, 2026], (await db.Funding.ListCostsAsync(a)).Select(c => c.Year));
        Assert.Equal([id], (await db.Funding.ListCostsInScopeAsync(tree.SubDistrictA.Path, 2026)).Select(c => c.Id));
        var district = await db.Funding.ListCostsInScopeAsync(tree.District.Path, 2026);
        Assert.Equal(2, district.Count);
        Assert.Equal(9_999_999_999.99m, district.Single(c => c.ProjectId == b).Amount);
        Assert.Empty(await db.Funding.ListCostsInScopeAsync("", 2026));
        Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync(FundingAudit.CostEntity, id)).Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_changed_final_account_is_version_checked_and_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (_, a, _) = await ProjectsAsync(db);
        var cost = new CostItem { ProjectId = a, Year = 2026, Category = CostCategory.EnvironmentWorks, Amount = 100.01m };
        var id = await AddAsync(db, cost);
        var read = (await db.Funding.GetCostAsync(id))!;
        var stale = read.Version;

        read.Amount = 120.03m;
        read.IsFinalAccount = true;
        Assert.True((await Service(db).UpdateCostAsync(read, stale, Today, TestDatabase.Context())).Succeeded);

        var after = (await db.Funding.GetCostAsync(id))!;
        Assert.Equal((120.03m, true), (after.Amount, after.IsFinalAccount));
        var fields = (await db.Audit.ListForEntityAsync(FundingAudit.CostEntity, id)).Where(e => e.Action == AuditActions.Update)
            .ToDictionary(e => e.Field!, e => (e.OldValue, e.NewValue));
        Assert.Equal(("100.01", "120.03"), fields[nameof(CostItem.Amount)]);
        Assert.Equal(("False", "True"), fields[nameof(CostItem.IsFinalAccount)]);
        Assert.Equal(2, fields.Count);

        read.Amount = 1m;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service(db).UpdateCostAsync(read, stale, Today, TestDatabase.Context()));
        // The repository's own guard, for an edit that lands between the workflow's read and its write.
        read.Version = stale;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Funding.UpdateCostAsync(read, []));
        Assert.Equal(120.03m, (await db.Funding.GetCostAsync(id))!.Amount);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Payments_round_trip_list_by_year_and_refuse_fractions_of_a_cent(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var (tree, a, b) = await ProjectsAsync(db);
        var id = await AddAsync(db, new Payment { ProjectId = a, Payer = Payer.City, Amount = 617_283.94m, PaidDate = new(2026, 12, 31), Reference = "拨付 1 号" });
        await AddAsync(db, new Payment { ProjectId = a, Payer = Payer.District, Amount = 0.01m, PaidDate = new(2027, 1, 1) });
        await AddAsync(db, new Payment { ProjectId = b, Payer = Payer.SpecialFunds, Amount = 5m, PaidDate = new(2026, 1, 1) });

        var listed = await db.Funding.ListPaymentsAsync(a);
        Assert.Equal([(Payer.City, 617_283.94m, "拨付 1 号"), (Payer.District, 0.01m, (string?)null)], listed.Select(p => (p.Payer, p.Amount, p.Reference)));
        Assert.Equal([id], (await db.Funding.ListPaymentsInScopeAsync(tree.SubDistrictA.Path, 2026)).Select(p => p.Id));
        Assert.Equal(2, (await db.Funding.ListPaymentsInScopeAsync(tree.District.Path, 2026)).Count);
        Assert.Single(await db.Audit.ListForEntityAsync(FundingAudit.PaymentEntity, id));

        async Task<string> Refused(Payment payment) =>
            Assert.Single((await Service(db).AddPaymentAsync(payment, Today, TestDatabase.Context())).Errors).ToKey();
        Assert.Equal("Amount:TwoDecimals", await Refused(new Payment { ProjectId = a, Payer = Payer.City, Amount = 0.001m, PaidDate = new(2026, 1, 1) }));
        Assert.Equal("Amount:MustBePositive", await Refused(new Payment { ProjectId = a, Payer = Payer.City, Amount = 0m, PaidDate = new(2026, 1, 1) }));
        Assert.Equal("Amount:NotNegative", Assert.Single((await Service(db).AddCostAsync(
            new CostItem { ProjectId = a, Year = 2026, Category = CostCategory.EnvironmentWorks, Amount = -0.01m }, Today, TestDatabase.Context())).Errors).ToKey());
        // A project that does not exist is the database's to refuse (a foreign key).
        await Assert.ThrowsAsync<ArgumentException>(() => Service(db).AddPaymentAsync(
            new Payment { ProjectId = 987_654_321, Payer = Payer.City, Amount = 1m, PaidDate = new(2026, 1, 1) }, Today, TestDatabase.Context()));
        Assert.Equal(2, (await db.Funding.ListPaymentsAsync(a)).Count);
    }
}
