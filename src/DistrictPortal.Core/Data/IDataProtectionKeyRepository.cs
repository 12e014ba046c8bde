namespace DistrictPortal.Core.Data;

/// <summary>One data-protection key as ASP.NET Core writes it: an XML element and its friendly name.</summary>
public sealed class DataProtectionKey
{
    public long Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}

/// <summary>
/// The key ring that signs sign-in and anti-forgery cookies, kept in the database so every web server behind the
/// load balancer reads and writes one ring. Synchronous because ASP.NET Core's IXmlRepository is.
/// </summary>
public interface IDataProtectionKeyRepository
{
    IReadOnlyList<DataProtectionKey> ListAll();

    void Create(string? friendlyName, string xml);
}
