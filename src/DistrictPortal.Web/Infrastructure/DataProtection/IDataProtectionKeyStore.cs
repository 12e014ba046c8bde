using System.Xml.Linq;

namespace DistrictPortal.Web.Infrastructure.DataProtection;

/// <summary>
/// Where the data-protection key ring (which signs the sign-in and anti-forgery cookies) is kept. Meant to become the
/// DataProtectionKey table (Id, FriendlyName, Xml) so that every web server of a deployment shares one ring; until the
/// data projects offer that, the keys are files under App_Data/keys.
/// </summary>
public interface IDataProtectionKeyStore
{
    IReadOnlyCollection<XElement> GetAll();

    void Store(XElement element, string friendlyName);
}
