using System.Security.Cryptography;
using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Data.Tests.Enterprises;

/// <summary>Valid credit codes no other test (nor an earlier run on a shared SQL Server database) has used.</summary>
public static class TestCreditCodes
{
    public static string New()
    {
        var first17 = "91" + string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10))))
            + string.Concat(Enumerable.Range(0, 9).Select(_ => CreditCode.Alphabet[RandomNumberGenerator.GetInt32(CreditCode.Alphabet.Length)]));
        return first17 + CreditCode.CheckCharacter(first17);
    }
}
