using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Enterprise_*] procedure; the properties are its parameters.

[StoredProcedure("Enterprise_Create")]
internal sealed record EnterpriseCreate(string Name, string CreditCode, bool IsStateOwned, string? ContactName, string? ContactPhone) : IQuery<long>
{
    public static EnterpriseCreate From(Enterprise e) => new(e.Name, e.CreditCode, e.IsStateOwned, e.ContactName, e.ContactPhone);
}

[StoredProcedure("Enterprise_ReadAll")]
internal sealed record EnterpriseReadAll : IQuery<Enterprise>;

[StoredProcedure("Enterprise_ReadById")]
internal sealed record EnterpriseReadById(long Id) : IQuery<Enterprise>;

[StoredProcedure("Enterprise_ReadByCreditCode")]
internal sealed record EnterpriseReadByCreditCode(string CreditCode) : IQuery<Enterprise>;

[StoredProcedure("Enterprise_Update")]
internal sealed record EnterpriseUpdate(long Id, string Name, string CreditCode, bool IsStateOwned, string? ContactName, string? ContactPhone, long Version) : ICommand
{
    public static EnterpriseUpdate From(Enterprise e) => new(e.Id, e.Name, e.CreditCode, e.IsStateOwned, e.ContactName, e.ContactPhone, e.Version);
}
