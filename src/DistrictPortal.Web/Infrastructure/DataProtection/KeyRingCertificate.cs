using System.Security.Cryptography.X509Certificates;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Startup;

namespace DistrictPortal.Web.Infrastructure.DataProtection;

/// <summary>
/// DataProtection:CertificatePath (+ CertificatePassword): the certificate, with its private key, that encrypts the
/// cookie key ring at rest. Every web server of a farm needs the same certificate. Keys written before the certificate
/// was configured stay readable (they were stored unencrypted); keys written after need the certificate to be read.
/// </summary>
public static class KeyRingCertificate
{
    public static X509Certificate2? Load(IConfiguration config, string contentRoot)
    {
        var options = config.GetSection(DataProtectionOptions.Section).Get<DataProtectionOptions>();
        if (string.IsNullOrWhiteSpace(options?.CertificatePath))
            return null;
        var path = Path.GetFullPath(options.CertificatePath, contentRoot);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
            return certificate.HasPrivateKey
                ? certificate
                : throw new StartupRefusedException($"DataProtection:CertificatePath {path} has no private key, so it cannot decrypt the key ring.");
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new StartupRefusedException($"DataProtection:CertificatePath {path} could not be read (wrong file or password): {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new StartupRefusedException($"DataProtection:CertificatePath {path} could not be opened: {ex.Message}", ex);
        }
    }
}
