using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Identity;

/// <summary>
/// What a password that a person chooses must be (NIST SP 800-63B §5.1.1.2): at least <see cref="MinLength"/>
/// characters, not the user name and not containing it (case-insensitively), and not on the shipped list of common
/// passwords (compared case-insensitively). No composition rules and no expiry, as 800-63B advises; long passphrases
/// are welcome up to <see cref="MaxLength"/>. Applies to new passwords only: the Development demo accounts are seeded
/// with their documented password, and a stored password keeps working.
/// </summary>
public static class PasswordRule
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public const string TooShort = "Password.TooShort";
    public const string TooLong = "Password.TooLong";
    public const string ContainsUserName = "Password.ContainsUserName";
    public const string Common = "Password.Common";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);

    /// <summary>The refusals of <paramref name="password"/> for the account <paramref name="userName"/> (none: acceptable).</summary>
    public static IReadOnlyList<ValidationError> Check(string field, string? password, string? userName)
    {
        var errors = new List<ValidationError>();
        var length = password is null ? 0 : new System.Globalization.StringInfo(password).LengthInTextElements;
        if (length < MinLength)
            errors.Add(new ValidationError(field, TooShort, MinLength));
        else if (length > MaxLength)
            errors.Add(new ValidationError(field, TooLong, MaxLength));
        if (string.IsNullOrEmpty(password))
            return errors;
        var name = userName?.Trim();
        if (!string.IsNullOrEmpty(name) && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new ValidationError(field, ContainsUserName));
        if (IsCommon(password))
            errors.Add(new ValidationError(field, Common));
        return errors;
    }

    public static bool IsCommon(string password) =>
        CommonPasswords.Value.Contains(password.ToLowerInvariant());

    /// <summary>How many passwords the shipped list holds (a test proves it was embedded).</summary>
    public static int CommonPasswordCount => CommonPasswords.Value.Count;

    private static HashSet<string> LoadCommonPasswords()
    {
        const string name = "DistrictPortal.Core.Identity.common-passwords-12.txt";
        using var stream = typeof(PasswordRule).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded list {name} is missing from DistrictPortal.Core.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                set.Add(line);
        }
        return set;
    }
}
