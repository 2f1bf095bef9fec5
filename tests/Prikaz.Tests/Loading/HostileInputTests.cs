using System.Text;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>
/// Inputs too large or too strange to commit, generated into a temporary folder: each must be reported
/// with a load code, never thrown: the size and depth limits stop them (asserted by the code they
/// report, not by a clock, which fails on a loaded machine).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-loading-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Binary_garbage_is_reported_as_not_utf8()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var diagnostic = Single(LoadBytes(bytes));

        Assert.Equal(LoadCodes.InvalidUtf8, diagnostic.Code);
    }

    [Fact]
    public void Nul_byte_is_reported_where_it_stands()
    {
        var diagnostic = Single(LoadBytes(Encoding.UTF8.GetBytes("authority: a\0b\n")));

        Assert.Equal((LoadCodes.ControlCharacter, 1, 13), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_byte_offset_and_position()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("authority: а\norder: б"), 0xC0, 0x80];

        var diagnostic = Single(LoadBytes(bytes));

        Assert.Equal((LoadCodes.InvalidUtf8, 2, 9), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("0xC0 (смещение 23)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_mark_and_crlf_keep_positions()
    {
        var lf = File.ReadAllText(Path.Combine(Support.GoldenFile.CasesRoot(), "loading", "unknown-key.yaml"));
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))];

        var crlf = LoadBytes(bytes).Diagnostics.Select(d => (d.Line, d.Column, d.Code));
        var expected = DocumentLoader.Parse(lf, "x.yaml").Diagnostics.Select(d => (d.Line, d.Column, d.Code));

        Assert.Equal(expected, crlf);
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void Valid_file_with_byte_order_mark_and_crlf_loads()
    {
        var lf = File.ReadAllText(Path.Combine(Support.GoldenFile.CasesRoot(), "loading", "valid-minimal.yaml"));
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))];

        var result = LoadBytes(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Об утверждении «дорожной карты»", result.Value!.Order.Title);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Five_thousand_levels_of_nesting_hit_the_depth_limit(bool flow)
    {
        var text = flow
            ? "a: " + new string('[', 5000) + new string(']', 5000) + "\n"
            : "a:\n" + string.Concat(Enumerable.Repeat("- ", 5000)) + "x\n";

        var diagnostic = Single(LoadBytes(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(LoadCodes.TooDeep, diagnostic.Code);
        Assert.True(diagnostic.Line > 0);
    }

    [Fact]
    public void Billion_laughs_hits_the_node_limit()
    {
        var text = new StringBuilder("a0: &a0 [lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var diagnostic = Single(LoadBytes(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(LoadCodes.TooManyNodes, diagnostic.Code);
    }

    [Fact]
    public void Twenty_megabyte_scalar_is_refused_before_parsing()
    {
        var path = Path.Combine(folder, "huge.yaml");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("authority: ");
            writer.Write(new string('a', 20 * 1024 * 1024));
        }

        var diagnostic = Single(DocumentLoader.Load(path, "huge.yaml"));

        Assert.Equal((LoadCodes.FileTooLarge, 0), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void Large_text_in_memory_is_refused()
    {
        var diagnostic = Single(DocumentLoader.Parse("authority: " + new string('a', 17 * 1024 * 1024), "big.yaml"));

        Assert.Equal(LoadCodes.FileTooLarge, diagnostic.Code);
    }

    [Fact]
    public void A_roadmap_of_5000_schools_over_two_megabytes_is_not_refused_for_its_size()
    {
        // The old 2 MiB limit stopped a real regional list: 5,000 items of ordinary length are over 2 MiB.
        var items = string.Concat(Enumerable.Range(1, 5000).Select(i =>
            $"    - activity: Мониторинг результатов муниципального общеобразовательного учреждения «Средняя общеобразовательная школа № {i}»\n" +
            $"      deadline: в течение 2025/2026 учебного года\n" +
            $"      result: Аналитическая справка о результатах мониторинга и адресные рекомендации для школы № {i}\n"));
        var text = "authority: chelyabinsk-minobr\nroadmap:\n  items:\n" + items;
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) > 2 * 1024 * 1024);

        Assert.DoesNotContain(DocumentLoader.Parse(text, "schools.yaml").Diagnostics, d => d.Code == LoadCodes.FileTooLarge);
    }

    [SkippableFact]
    public void Endless_device_file_is_refused_by_bytes_read_not_reported_length()
    {
        // /dev/zero reports length 0 and never ends: only counting the bytes read stops it.
        Skip.IfNot(OperatingSystem.IsLinux(), "no /dev/zero");

        var diagnostic = Single(DocumentLoader.Load("/dev/zero", "zero.yaml"));

        Assert.Equal(LoadCodes.FileTooLarge, diagnostic.Code);
    }

    [Fact]
    public void Missing_file_and_directory_are_reported_without_position()
    {
        var missing = Single(DocumentLoader.Load(Path.Combine(folder, "nope.yaml"), "roadmaps/nope.yaml"));
        var directory = Single(DocumentLoader.Load(folder, "roadmaps"));

        Assert.Equal("roadmaps/nope.yaml: error PRK100: файл не найден", missing.ToString());
        Assert.Equal((LoadCodes.FileUnreadable, 0, "roadmaps"), (directory.Code, directory.Line, directory.File));
    }

    [Fact]
    public void Complex_key_is_reported()
    {
        var diagnostic = Single(DocumentLoader.Parse("? [a, b]\n: c\n", "x.yaml"));

        Assert.Equal((LoadCodes.ComplexKey, 1, 3), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    private LoadedDocument LoadBytes(byte[] bytes)
    {
        var path = Path.Combine(folder, "case.yaml");
        File.WriteAllBytes(path, bytes);
        return DocumentLoader.Load(path, "case.yaml");
    }


    private static Diagnostic Single(LoadedDocument result)
    {
        Assert.Null(result.Value);
        return Assert.Single(result.Diagnostics);
    }
}
