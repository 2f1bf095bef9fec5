using System.Reflection;
using Prikaz.Diagnostics;

namespace Prikaz.Tests.Loading;

public sealed class LoadCodesTests
{
    [Fact]
    public void Every_code_is_unique_in_range_and_has_a_title()
    {
        var constants = typeof(LoadCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.All(constants, c => Assert.InRange(int.Parse(c[3..], System.Globalization.CultureInfo.InvariantCulture), 100, 149));
        Assert.Equal(constants.Order(StringComparer.Ordinal), LoadCodes.Titles.Select(t => t.Code));
        Assert.All(LoadCodes.Titles, t => Assert.False(string.IsNullOrWhiteSpace(t.Title)));
    }
}
