using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DistrictPortal.Web.Infrastructure.DataProtection;

/// <summary>Adapts an <see cref="IDataProtectionKeyStore"/> to ASP.NET Core's key manager.</summary>
public sealed class KeyStoreXmlRepository(IDataProtectionKeyStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => store.GetAll();

    public void StoreElement(XElement element, string friendlyName) => store.Store(element, friendlyName);
}
