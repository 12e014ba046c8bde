using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace DistrictPortal.Web.Features.Import;

/// <summary>
/// Carries an uploaded registry file from the preview to the confirmation without trusting the browser.
/// Why this and not a server-side store: the portal runs on several servers, and a file parked in memory or on one
/// server's disk is not there when the confirmation lands on the other; a table would need cleaning up after every
/// preview nobody confirmed. Instead the file goes back in the preview form, encrypted and signed with the shared
/// Data Protection key ring (kept in the database), under a purpose bound to the user and the sub-district and
/// with a 30-minute lifetime. A tampered, expired, replayed-by-another-user or other-sub-district payload does not
/// unprotect. On confirmation the file is read again against the registry as it is then, and committed only when
/// that preview still has no errors and plans exactly what the user saw (<see cref="Digest"/>).
/// What the database does keep is each confirmation's claim (<see cref="ConfirmationKey"/>, written in the import's own
/// transaction, issue 19): the same form sent twice, to one server or to two at once, writes once and then says so.
/// </summary>
public sealed class PendingImport(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Protect(long userId, long subDistrictId, byte[] upload) =>
        // The lifetime runs on the machine clock, as Data Protection checks it (not the portal's pinnable clock).
        Protector(userId, subDistrictId).Protect(Convert.ToBase64String(upload), Lifetime);

    /// <summary>The file, or null when the payload is not one this user made for this sub-district in the last 30 minutes.</summary>
    public byte[]? Unprotect(long userId, long subDistrictId, string? payload)
    {
        if (string.IsNullOrEmpty(payload))
            return null;
        try
        {
            return Convert.FromBase64String(Protector(userId, subDistrictId).Unprotect(payload));
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The key a confirmation of this preview is claimed under (Core's <c>ImportConfirmation</c>): a hash of the payload,
    /// which is one preview's own (Data Protection encrypts each time with a fresh key and IV), so a new preview of the
    /// same file is a new confirmation and the same form sent twice is the same one.
    /// </summary>
    public static string ConfirmationKey(string payload) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(payload)));

    /// <summary>What a preview would write, as a short hash: rows added (community, name) and changed (id, version, fields).</summary>
    public static string Digest(Documents.Import.RegistryImportPreview preview)
    {
        var plan = string.Join("\n",
            preview.ToAdd.Select(a => $"+{a.Estate.CommunityId}|{a.Estate.Name}")
                .Concat(preview.ToChange.Select(c => $"~{c.After.Id}|{c.After.Version}|"
                    + string.Join(";", c.Changes.Select(f => $"{f.Field}={f.NewValue}")))));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plan)))[..16];
    }

    private ITimeLimitedDataProtector Protector(long userId, long subDistrictId) =>
        provider.CreateProtector("DistrictPortal.RegistryImport", $"user:{userId}", $"subDistrict:{subDistrictId}")
            .ToTimeLimitedDataProtector();
}
