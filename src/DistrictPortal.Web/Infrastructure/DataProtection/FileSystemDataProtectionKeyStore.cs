using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DistrictPortal.Web.Infrastructure.DataProtection;

/// <summary>Keys as XML files in one folder (the framework's own file repository, behind our interface).</summary>
public sealed class FileSystemDataProtectionKeyStore(string folder, ILoggerFactory loggerFactory) : IDataProtectionKeyStore
{
    private readonly FileSystemXmlRepository _files = new(Directory.CreateDirectory(folder), loggerFactory);

    public IReadOnlyCollection<XElement> GetAll() => _files.GetAllElements();

    public void Store(XElement element, string friendlyName) => _files.StoreElement(element, friendlyName);
}
