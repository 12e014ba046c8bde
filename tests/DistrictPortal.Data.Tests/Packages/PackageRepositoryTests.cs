using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Packages;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Packages;

/// <summary>Packages of mode 4 and their records on every configured database, written through Core's PackageService.</summary>
public sealed class PackageRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly ChangeContext Officer = new(3, "牌楼街道报送员", new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));

    private sealed record World(TestTree Tree, Estate A, Estate B, Estate C, Estate Other, PackageService Service, IPackageRepository Packages);

    private static async Task<World> WorldAsync(TestDatabase db)
    {
        var tree = await TestTree.CreateAsync(db);
        return new World(tree,
            await TestTree.AddEstateAsync(db, tree.CommunityA1, "甲小区", e => e.Households = 100),
            await TestTree.AddEstateAsync(db, tree.CommunityA1, "乙小区", e => e.Households = 60),
            await TestTree.AddEstateAsync(db, tree.CommunityA2, "丙小区", e => e.Households = 40),
            await TestTree.AddEstateAsync(db, tree.CommunityB1, "外街小区"),
            new PackageService(db.Get<IPackageRepository>(), db.Estates, db.Get<Core.Enterprises.IEnterpriseRepository>()), db.Get<IPackageRepository>());
    }

    private static async Task<Package> PackageAsync(World w, string name, params long[] estates)
    {
        var result = await w.Service.CreateAsync(w.Tree.SubDistrictA.Id, w.Tree.SubDistrictA.Path, new PackageInput { Name = name, EstateIds = estates }, new DateOnly(2026, 1, 5), Officer);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return (await w.Packages.GetByIdAsync(result.Value))!;
    }

    private static TenderInput Tender() => new()
    {
        Date = new(2026, 3, 1), Bidders = "甲物业\n乙物业\n丙物业", WinnerName = "乙物业", Price = 360000.50m,
        TermStart = new(2026, 4, 1), TermEnd = new(2027, 1, 31),
    };

    [DatabaseTheory, DatabaseData]
    public async Task A_package_is_stored_with_its_estates_read_by_id_and_scope_and_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);

        var package = await PackageAsync(w, "一号包", w.A.Id, w.C.Id);

        Assert.Equal(("一号包", w.Tree.SubDistrictA.Id, w.Tree.SubDistrictA.Name, w.Tree.SubDistrictA.Path, 2, 140, true, new DateOnly(2026, 1, 5)),
            (package.Name, package.SubDistrictId, package.SubDistrictName, package.Path, package.EstateCount, package.Households, package.IsLive, package.CreatedOn));
        var members = await w.Packages.ListMembersAsync(package.Id);
        Assert.Equal([(w.A.Id, "甲小区", w.Tree.CommunityA1.Name, 100), (w.C.Id, "丙小区", w.Tree.CommunityA2.Name, 40)],
            members.Select(m => (m.EstateId, m.EstateName, m.CommunityName, m.Households)));
        Assert.All(members, m => Assert.True(m.Live));
        Assert.Equal([package.Id], (await w.Packages.ListInScopeAsync(w.Tree.SubDistrictA.Path)).Select(p => p.Id));
        // A community's officer sees the packages of its estates; another community and sub-district see none.
        Assert.Equal([package.Id], (await w.Packages.ListInScopeAsync(w.Tree.CommunityA2.Path)).Select(p => p.Id));
        Assert.Empty(await w.Packages.ListInScopeAsync(w.Tree.SubDistrictB.Path));
        Assert.Empty(await w.Packages.ListInScopeAsync(""));
        Assert.Equal([w.A.Id, w.C.Id], (await w.Packages.ListLiveMembersInScopeAsync(w.Tree.SubDistrictA.Path)).Select(m => m.EstateId));
        var trail = await db.Audit.ListForEntityAsync(AuditEntities.Package, package.Id);
        Assert.Equal([AuditActions.Create, AuditActions.AddEstate, AuditActions.AddEstate], trail.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("牌楼街道报送员", e.UserName));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_joining_estate_takes_mode_4_by_the_registry_edit_with_its_audit_and_leaving_does_not_put_it_back(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);

        var package = await PackageAsync(w, "一号包", w.A.Id);

        var a = (await db.Estates.GetByIdAsync(w.A.Id))!;
        Assert.Equal((ManagementMode.SubDistrictPackage, ManagementStatus.Unmanaged, w.A.Version + 1), (a.Mode, a.Status, a.Version));
        var trail = await db.Audit.ListForEntityAsync(AuditEntities.Estate, w.A.Id);
        Assert.Contains(trail, e => e.Field == nameof(Estate.Mode) && e.OldValue == nameof(ManagementMode.None) && e.NewValue == nameof(ManagementMode.SubDistrictPackage));
        Assert.Contains(trail, e => e.Action == PackageJoin.Action && e.NewValue == "一号包");
        Assert.Equal(ManagementMode.None, (await db.Estates.GetByIdAsync(w.B.Id))!.Mode);

        // B joins by an edit, A is taken out: B takes mode 4, A keeps it (the officer changes it by hand).
        Assert.True((await w.Service.UpdateAsync(package, new PackageInput { Name = "一号包", EstateIds = [w.B.Id] }, Officer)).Succeeded);
        Assert.Equal(ManagementMode.SubDistrictPackage, (await db.Estates.GetByIdAsync(w.B.Id))!.Mode);
        Assert.Equal(ManagementMode.SubDistrictPackage, (await db.Estates.GetByIdAsync(w.A.Id))!.Mode);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_stale_estate_among_the_joining_writes_neither_the_package_nor_any_mode(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var stale = w.B.Copy();
        stale.Version -= 1;
        var modes = PackageJoin.ModeChanges([w.A, stale], "一号包", Officer);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            w.Packages.CreateAsync(new Package { SubDistrictId = w.Tree.SubDistrictA.Id, Name = "一号包", CreatedOn = Today }, [w.A.Id, w.B.Id], [], modes));

        Assert.Empty(await w.Packages.ListInScopeAsync(w.Tree.SubDistrictA.Path));
        Assert.Equal(ManagementMode.None, (await db.Estates.GetByIdAsync(w.A.Id))!.Mode);
        Assert.DoesNotContain(await db.Audit.ListForEntityAsync(AuditEntities.Estate, w.A.Id), e => e.Action == PackageJoin.Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_estate_is_in_at_most_one_live_package_kept_by_the_database_as_well_as_by_Core(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var first = await PackageAsync(w, "一号包", w.A.Id);

        var refused = await w.Service.CreateAsync(w.Tree.SubDistrictA.Id, w.Tree.SubDistrictA.Path,
            new PackageInput { Name = "二号包", EstateIds = [w.A.Id, w.B.Id] }, Today, Officer);
        Assert.Equal(PackageErrors.InAnotherPackage, Assert.Single(refused.Errors).Code);
        // Past Core (a writer that got in between the check and the write): the live membership's unique index.
        await Assert.ThrowsAsync<DuplicateNameException>(() =>
            w.Packages.CreateAsync(new Package { SubDistrictId = w.Tree.SubDistrictA.Id, Name = "二号包", CreatedOn = Today }, [w.B.Id, w.A.Id], [], []));
        Assert.Single(await w.Packages.ListInScopeAsync(w.Tree.SubDistrictA.Path));
        Assert.DoesNotContain(await w.Packages.ListLiveMembersInScopeAsync(w.Tree.SubDistrictA.Path), m => m.EstateId == w.B.Id);

        // Dissolved, the estate is free for another package; the dissolved one keeps its past member.
        Assert.True((await w.Service.DissolveAsync(first, Today, Officer)).Succeeded);
        var second = await PackageAsync(w, "二号包", w.A.Id, w.B.Id);
        Assert.Equal([(w.A.Id, false)], (await w.Packages.ListMembersAsync(first.Id)).Select(m => (m.EstateId, m.Live)));
        Assert.Equal([second.Id, first.Id], (await w.Packages.ListInScopeAsync(w.Tree.SubDistrictA.Path)).Select(p => p.Id));
        Assert.Equal(Today, (await w.Packages.GetByIdAsync(first.Id))!.DissolvedOn);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Changing_the_estates_replaces_the_live_membership_at_the_version_read(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var package = await PackageAsync(w, "一号包", w.A.Id, w.B.Id);

        var result = await w.Service.UpdateAsync(package, new PackageInput { Name = "一号包（调整）", EstateIds = [w.B.Id, w.C.Id] }, Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var read = (await w.Packages.GetByIdAsync(package.Id))!;
        Assert.Equal(("一号包（调整）", 2, 100), (read.Name, read.EstateCount, read.Households));
        Assert.Equal([(w.A.Id, false), (w.B.Id, true), (w.C.Id, true)],
            (await w.Packages.ListMembersAsync(package.Id)).OrderBy(m => m.EstateId).Select(m => (m.EstateId, m.Live)));
        var trail = await db.Audit.ListForEntityAsync(AuditEntities.Package, package.Id);
        Assert.Contains(trail, e => e.Action == AuditActions.RemoveEstate && e.OldValue == $"{w.A.Id} 甲小区");
        Assert.Contains(trail, e => e.Field == nameof(Package.Name) && e.NewValue == "一号包（调整）");
        // The page read before that change is stale: nothing written.
        var stale = await w.Service.UpdateAsync(package, new PackageInput { Name = "一号包", EstateIds = [w.A.Id] }, Officer);
        Assert.Equal(PackageErrors.Changed, Assert.Single(stale.Errors).Code);
        Assert.Equal("一号包（调整）", (await w.Packages.GetByIdAsync(package.Id))!.Name);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Tender_supervision_review_and_vote_are_stored_read_back_and_audited_on_the_package(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var package = await PackageAsync(w, "一号包", w.A.Id, w.B.Id);
        Func<string, bool> Anywhere = _ => true;

        var tender = await w.Service.RecordTenderAsync(package, Tender(), Today, Officer);
        var supervision = await w.Service.RecordSupervisionAsync(package,
            new SupervisionInput { EstateId = w.B.Id, Date = new(2026, 5, 6), Inspector = "李监督", ProblemFound = true, Finding = "垃圾未清运" }, Anywhere, Today, Officer);
        var review = await w.Service.RecordReviewAsync(package,
            new ReviewInput { EstateId = w.A.Id, Year = 2026, Quarter = 2, Score = 88, Reviewer = "王评议", Note = "保洁及时" }, Anywhere, Today, Officer);
        var vote = await w.Service.RecordVoteAsync(package, new VoteInput { Date = Today, BallotsReturned = 120, VotesForRenewal = 81 }, Today, Officer);

        Assert.True(tender.Succeeded && supervision.Succeeded && review.Succeeded && vote.Succeeded,
            string.Join(", ", tender.Errors.Concat(supervision.Errors).Concat(review.Errors).Concat(vote.Errors)));
        var t = Assert.Single(await w.Packages.ListTendersAsync(package.Id));
        Assert.Equal((tender.Value, new DateOnly(2026, 3, 1), "乙物业", (long?)null, 360000.50m, new DateOnly(2026, 4, 1), new DateOnly(2027, 1, 31), Officer.AtUtc, "牌楼街道报送员"),
            (t.Id, t.Date, t.WinnerName, t.WinnerEnterpriseId, t.Price, t.TermStart, t.TermEnd, t.RecordedUtc, t.RecordedByName));
        Assert.Equal(["甲物业", "乙物业", "丙物业"], t.BidderNames);
        var s = Assert.Single(await w.Packages.ListSupervisionAsync(package.Id));
        Assert.Equal((w.B.Id, "乙小区", new DateOnly(2026, 5, 6), "李监督", true, "垃圾未清运"), (s.EstateId, s.EstateName, s.Date, s.Inspector, s.ProblemFound, s.Finding));
        var r = Assert.Single(await w.Packages.ListReviewsAsync(package.Id));
        Assert.Equal((w.A.Id, "甲小区", 2026, 2, 88, "王评议", "保洁及时"), (r.EstateId, r.EstateName, r.Year, r.Quarter, r.Score, r.Reviewer, r.Note));
        var v = Assert.Single(await w.Packages.ListVotesAsync(package.Id));
        // 81 of ALL 160 households: more than half, renewed.
        Assert.Equal((tender.Value, 160, 120, 81, true), (v.TenderId, v.Households, v.BallotsReturned, v.VotesForRenewal, v.Renewed));
        var actions = (await db.Audit.ListForEntityAsync(AuditEntities.Package, package.Id)).Select(e => e.Action).ToList();
        Assert.Contains(PackageAudit.Tender, actions);
        Assert.Contains(PackageAudit.Supervision, actions);
        Assert.Contains(PackageAudit.Review, actions);
        Assert.Contains(PackageAudit.Vote, actions);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_winner_chosen_from_the_enterprise_register_is_stored_under_its_name_and_id(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var package = await PackageAsync(w, "一号包", w.A.Id);
        var name = TestDatabase.Unique("乙物业");
        var enterpriseId = await db.Enterprises.CreateAsync(new Core.Enterprises.Enterprise { Name = name, CreditCode = Enterprises.TestCreditCodes.New() }, []);
        var input = Tender();
        input.Bidders = $"甲物业\n{name}\n丙物业";
        input.WinnerName = "typed name the register overrides";
        input.WinnerEnterpriseId = enterpriseId;

        var result = await w.Service.RecordTenderAsync(package, input, Today, Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var t = Assert.Single(await w.Packages.ListTendersAsync(package.Id));
        Assert.Equal((name, (long?)enterpriseId), (t.WinnerName, t.WinnerEnterpriseId));
        input.WinnerEnterpriseId = enterpriseId + 100_000;
        input.Date = new DateOnly(2026, 12, 1);
        input.TermStart = new DateOnly(2027, 2, 1);
        input.TermEnd = new DateOnly(2030, 1, 31);
        var unknown = await w.Service.RecordTenderAsync(package, input, Today, Officer);
        Assert.Equal((nameof(PackageTender.WinnerName), ValidationCodes.NotFound), (Assert.Single(unknown.Errors).Field, unknown.Errors[0].Code));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_second_review_of_a_quarter_and_a_record_on_a_dissolved_package_are_refused_by_the_database(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var w = await WorldAsync(db);
        var package = await PackageAsync(w, "一号包", w.A.Id);
        Assert.True((await w.Service.RecordTenderAsync(package, Tender(), Today, Officer)).Succeeded);
        var review = new PackageReview { PackageId = package.Id, EstateId = w.A.Id, Year = 2026, Quarter = 3, Score = 70, Reviewer = "王", RecordedUtc = Officer.AtUtc, RecordedByName = "x" };
        await w.Packages.AddReviewAsync(review, []);

        await Assert.ThrowsAsync<DuplicateNameException>(() => w.Packages.AddReviewAsync(review, []));
        var again = await w.Service.RecordReviewAsync(package, new ReviewInput { EstateId = w.A.Id, Year = 2026, Quarter = 3, Score = 71, Reviewer = "王" }, _ => true, Today, Officer);
        Assert.Equal(PackageErrors.AlreadyReviewed, Assert.Single(again.Errors).Code);

        Assert.True((await w.Service.DissolveAsync((await w.Packages.GetByIdAsync(package.Id))!, Today, Officer)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            w.Packages.AddSupervisionAsync(new PackageSupervision { PackageId = package.Id, EstateId = w.A.Id, Date = Today, Inspector = "李", Finding = "x", RecordedUtc = Officer.AtUtc, RecordedByName = "x" }, []));
        Assert.Empty(await w.Packages.ListSupervisionAsync(package.Id));
        Assert.Single(await w.Packages.ListReviewsAsync(package.Id));
    }
}
