namespace DistrictPortal.Core.Enterprises;

/// <summary>What is wrong with a typed 统一社会信用代码, if anything.</summary>
public enum CreditCodeProblem
{
    None = 0,
    /// <summary>Not 18 characters.</summary>
    Length,
    /// <summary>A character outside the code's 31 (digits and the capitals without I, O, S, V, Z).</summary>
    Characters,
    /// <summary>Characters 3–8 are the registering authority's administrative-division code: six digits.</summary>
    Division,
    /// <summary>The 18th character is not the check character of the first 17.</summary>
    CheckDigit,
}

/// <summary>
/// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters of the set
/// <c>0-9 A-H J-N P-R T U W-Y</c> (31 characters, valued 0–30): registering authority (1), organisation type (1),
/// administrative division (6 digits), organisation code (9, GB 11714) and a check character, chosen so that the 18
/// characters' values weighted by 3^(i-1) mod 31 sum to a multiple of 31. The check catches every single mistyped
/// character and every swap of two neighbours, which is why a typed code is refused rather than stored.
/// Only the check character the standard defines over the whole code is tested: the organisation code's own GB 11714
/// check inside it is not, because codes issued to individual businesses (个体工商户) carry no real organisation code.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>The code's characters in value order (GB 32100-2015, table 1).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Upper case, blanks removed and full-width letters and digits (as a Chinese input method types them) made half-width; null stays null.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
            return null;
        var chars = typed.Where(c => !char.IsWhiteSpace(c))
            .Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c)
            .Select(char.ToUpperInvariant);
        return new string(chars.ToArray());
    }

    /// <summary>The problem of a normalised code (<see cref="Normalise"/>), or <see cref="CreditCodeProblem.None"/>.</summary>
    public static CreditCodeProblem Check(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != Length)
            return CreditCodeProblem.Length;
        if (code.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0))
            return CreditCodeProblem.Characters;
        if (!code.Substring(2, 6).All(char.IsAsciiDigit))
            return CreditCodeProblem.Division;
        return CheckCharacter(code[..17]) == code[17] ? CreditCodeProblem.None : CreditCodeProblem.CheckDigit;
    }

    /// <summary>The check character of the first 17 characters of a code (all from <see cref="Alphabet"/>).</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
            throw new ArgumentException("A credit code's check character is computed over its first 17 characters.", nameof(first17));
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
                throw new ArgumentException($"'{c}' is not a credit-code character.", nameof(first17));
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
