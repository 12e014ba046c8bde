using Dapper;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The data-protection key ring in the DataProtectionKey table. Synchronous, as IXmlRepository is.</summary>
public sealed class SqliteDataProtectionKeyRepository(SqliteConnectionFactory connections) : IDataProtectionKeyRepository
{
    public IReadOnlyList<DataProtectionKey> ListAll()
    {
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<DataProtectionKey>(
            "SELECT Id, FriendlyName, Xml FROM DataProtectionKey ORDER BY Id").AsList();
    }

    public void Create(string? friendlyName, string xml)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        using var connection = connections.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO DataProtectionKey (FriendlyName, Xml) VALUES (@friendlyName, @xml)",
            new { friendlyName, xml });
    }
}
