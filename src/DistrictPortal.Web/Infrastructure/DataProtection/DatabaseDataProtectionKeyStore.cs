using System.Xml.Linq;
using DistrictPortal.Core.Data;

namespace DistrictPortal.Web.Infrastructure.DataProtection;

/// <summary>
/// The key ring in the portal's database (DataProtectionKey table), so every web server behind the load balancer
/// signs and reads cookies with the same keys.
/// </summary>
public sealed class DatabaseDataProtectionKeyStore(IDataProtectionKeyRepository keys) : IDataProtectionKeyStore
{
    public IReadOnlyCollection<XElement> GetAll() =>
        keys.ListAll().Select(k => XElement.Parse(k.Xml)).ToArray();

    public void Store(XElement element, string friendlyName) =>
        keys.Create(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
