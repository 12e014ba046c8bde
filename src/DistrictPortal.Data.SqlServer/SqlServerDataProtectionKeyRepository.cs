using DistrictPortal.Core.Data;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The data-protection key ring in [dbo].[DataProtectionKey], shared by every web server behind the load balancer.
/// Synchronous because ASP.NET Core's IXmlRepository is.
/// </summary>
public sealed class SqlServerDataProtectionKeyRepository(string connectionString) : IDataProtectionKeyRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public IReadOnlyList<DataProtectionKey> ListAll() =>
        _db.Read(c => c.Call(new DataProtectionKeyReadAll()));

    public void Create(string? friendlyName, string xml)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        _db.Write(c => c.Call(new DataProtectionKeyCreate(friendlyName, xml)));
    }
}
