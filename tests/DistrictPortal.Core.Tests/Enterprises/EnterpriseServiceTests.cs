using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Core.Tests.Enterprises;

/// <summary>The enterprise register's writes: checked, unique by credit code, audited by field, refused writes nothing.</summary>
public sealed class EnterpriseServiceTests
{
    private static readonly ChangeContext Officer = new(3, "牌楼街道报送员", new DateTime(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc));
    private const string Code = "91350100M000100Y43";
    private const string OtherCode = "911100007109311097";

    private readonly Store _store = new();

    private EnterpriseService Service => new(_store);

    private static EnterpriseInput Input(string? name = "杭州城投物业服务有限公司", string? code = Code, bool stateOwned = true,
        string? contact = "王经理", string? phone = "0571-8765 4321") => new(name, code, stateOwned, contact, phone);

    [Fact]
    public async Task A_new_enterprise_is_stored_normalised_with_its_creation_audited()
    {
        var result = await Service.CreateAsync(Input(name: " 杭州城投物业服务有限公司 ", code: "91350100m000100y43"), Officer);

        Assert.True(result.Succeeded);
        var stored = _store.Rows.Single();
        Assert.Equal(("杭州城投物业服务有限公司", Code, true, "王经理"), (stored.Name, stored.CreditCode, stored.IsStateOwned, stored.ContactName));
        Assert.Equal([nameof(Enterprise.Name), nameof(Enterprise.CreditCode), nameof(Enterprise.IsStateOwned)],
            _store.Audit.Select(a => a.Field));
        Assert.All(_store.Audit, a => Assert.Equal((AuditEntities.Enterprise, AuditActions.Create), (a.EntityType, a.Action)));
    }

    [Theory]
    [InlineData("91350100M000100Y44", ValidationCodes.CreditCodeCheckDigit)]
    [InlineData("9135010", ValidationCodes.CreditCodeLength)]
    [InlineData("91350100M000100S43", ValidationCodes.CreditCodeCharacters)]
    [InlineData("   ", ValidationCodes.Required)]
    public async Task A_code_that_fails_the_standard_is_refused_and_nothing_is_written(string code, string expected)
    {
        var result = await Service.CreateAsync(Input(code: code), Officer);

        Assert.Equal([$"CreditCode:{expected}"], result.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Empty(_store.Rows);
        Assert.Empty(_store.Audit);
    }

    [Fact]
    public async Task Name_contact_and_phone_are_checked()
    {
        var result = await Service.CreateAsync(Input(name: "", contact: "王\u202E经理", phone: "call me"), Officer);

        Assert.Equal(["Name:Required", "ContactName:ControlCharacters", "ContactPhone:Invalid"], result.Errors.Select(e => $"{e.Field}:{e.Code}"));
        Assert.Equal(["Name:TooLong"], (await Service.CreateAsync(Input(name: new string('企', 101)), Officer)).Errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public async Task A_code_already_on_the_register_is_refused_naming_the_enterprise_that_holds_it()
    {
        await Service.CreateAsync(Input(), Officer);

        var again = await Service.CreateAsync(Input(name: "另一家物业公司", stateOwned: false), Officer);

        var error = Assert.Single(again.Errors);
        Assert.Equal((nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeInUse, "杭州城投物业服务有限公司"), (error.Field, error.Code, error.Args[0]));
        Assert.Single(_store.Rows);
    }

    [Fact]
    public async Task An_edit_audits_only_what_changed_and_a_stale_version_is_a_conflict()
    {
        var id = (await Service.CreateAsync(Input(), Officer)).Value;
        var other = (await Service.CreateAsync(Input(name: "西湖物业", code: OtherCode, stateOwned: false), Officer)).Value;
        _store.Audit.Clear();

        Assert.True((await Service.UpdateAsync(id, Input(phone: "0571-12345678"), 1, Officer)).Succeeded);
        Assert.Equal([(nameof(Enterprise.ContactPhone), "0571-8765 4321", "0571-12345678")], _store.Audit.Select(a => (a.Field, a.OldValue, a.NewValue)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service.UpdateAsync(id, Input(), 1, Officer));

        var taken = await Service.UpdateAsync(other, Input(name: "西湖物业", stateOwned: false), 1, Officer);
        Assert.Equal([ValidationCodes.CreditCodeInUse], taken.Errors.Select(e => e.Code));
        Assert.Equal(OtherCode, _store.Rows.Single(r => r.Id == other).CreditCode);
    }

    [Fact]
    public void The_register_is_searched_by_name_code_or_contact_and_paged()
    {
        var register = Enumerable.Range(1, 25).Select(i => new Enterprise
        {
            Id = i, Name = $"物业{i:00}", CreditCode = $"CODE{i:00}", IsStateOwned = i % 5 == 0, ContactName = i == 7 ? "李四" : null,
        }).ToList();

        var second = EnterpriseService.Search(register, null, false, 2, 10);
        Assert.Equal((25, 3, "物业11"), (second.TotalCount, second.PageCount, second.Items[0].Name));
        Assert.Equal(["物业07"], EnterpriseService.Search(register, "李四", false, 1, 10).Items.Select(e => e.Name));
        Assert.Equal(["物业12"], EnterpriseService.Search(register, "code12", false, 1, 10).Items.Select(e => e.Name));
        Assert.Equal(5, EnterpriseService.Search(register, null, true, 1, 10).TotalCount);
        // A page past the end shows the last page rather than nothing.
        Assert.Equal(3, EnterpriseService.Search(register, null, false, 99, 10).Page);
    }

    private sealed class Store : IEnterpriseRepository
    {
        public List<Enterprise> Rows { get; } = [];
        public List<AuditEntry> Audit { get; } = [];

        public Task<IReadOnlyList<Enterprise>> ListAsync() => Task.FromResult<IReadOnlyList<Enterprise>>(Rows.Select(Copy).ToList());

        public Task<Enterprise?> GetAsync(long id) => Task.FromResult(Rows.Where(r => r.Id == id).Select(Copy).SingleOrDefault());

        public Task<Enterprise?> GetByCreditCodeAsync(string creditCode) =>
            Task.FromResult(Rows.Where(r => r.CreditCode == creditCode).Select(Copy).SingleOrDefault());

        public Task<long> CreateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
        {
            enterprise.Id = Rows.Count + 1;
            enterprise.Version = 1;
            Rows.Add(Copy(enterprise));
            Audit.AddRange(AuditEntry.ForNewRow(audit, enterprise.Id));
            return Task.FromResult(enterprise.Id);
        }

        public Task UpdateAsync(Enterprise enterprise, IReadOnlyList<AuditEntry> audit)
        {
            var index = Rows.FindIndex(r => r.Id == enterprise.Id && r.Version == enterprise.Version);
            if (index < 0)
                throw new ConcurrencyConflictException(AuditEntities.Enterprise, enterprise.Id);
            var stored = Copy(enterprise);
            stored.Version++;
            Rows[index] = stored;
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }

        private static Enterprise Copy(Enterprise e) => new()
        {
            Id = e.Id, Name = e.Name, CreditCode = e.CreditCode, IsStateOwned = e.IsStateOwned, ContactName = e.ContactName,
            ContactPhone = e.ContactPhone, Version = e.Version,
        };
    }
}
