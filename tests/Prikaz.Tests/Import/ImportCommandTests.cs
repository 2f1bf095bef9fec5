using System.IO.Compression;
using System.Text;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Render;

namespace Prikaz.Tests.Import;

/// <summary>
/// <c>prikaz import</c> through the CLI entry point: output, report, and the bad inputs that must get a
/// clear Russian message and exit 1 or 2, never a stack trace.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Seed_text_is_imported_to_a_file_with_a_report_on_stderr()
    {
        var output = Path.Combine(folder, "amur.yaml");
        var run = CliRun.Of("import", SeedTexts.PathOf("003_c2b86f8a95131398"), "-o", output, "--templates", CliRun.Templates);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("authority: amur-minobr", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains("Угадано (в YAML есть комментарий «Угадано:»)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Проверка YAML: ошибок 0", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"Ячеек таблицы: \d+, из них отмечено для проверки: \d+", run.Error);
        Assert.Matches(@"amur\.yaml:\d+: ", run.Error);
        Assert.Equal(0, CliRun.Of("validate", output, "--templates", CliRun.Templates).ExitCode);
    }

    [Fact]
    public void A_new_authoritys_profile_goes_into_the_users_templates_so_the_yaml_validates_at_once()
    {
        var templates = Path.Combine(folder, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "authorities"));
        var input = Directory.GetFiles(Path.Combine(Support.GoldenFile.CasesRoot(), "import", "foreign"), "*.docx").Order(StringComparer.Ordinal).First();
        var output = Path.Combine(folder, "roadmaps", "imported.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var first = CliRun.Of("import", input, "-o", output, "--templates", templates);
        var profiles = Directory.GetFiles(Path.Combine(templates, "authorities"), "*.yaml");
        var validated = CliRun.Of("validate", Path.GetDirectoryName(output)!, "--templates", templates);
        var again = CliRun.Of("import", input, "-o", Path.Combine(folder, "again.yaml"), "--templates", templates);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("Новый профиль органа власти записан: ", first.Error, StringComparison.Ordinal);
        var profile = Assert.Single(profiles);
        Assert.True(validated.ExitCode == 0, validated.All);
        Assert.Contains("Проверено 1 файл: 0 ошибок", validated.Out, StringComparison.Ordinal);

        // The profile written the first time is the authority's now: it is matched, and never overwritten.
        Assert.True(again.ExitCode == 0, again.All);
        Assert.DoesNotContain("Новый профиль", again.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(templates, "authorities"), "*.yaml"));
        Assert.Equal(File.ReadAllText(profile), File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(templates, "authorities"), "*.yaml"))));
    }

    [Fact]
    public void Json_report_lists_notes_with_lines()
    {
        var run = CliRun.Of("import", Docx("chelyabinsk-2020-shnor"), "--format", "json", "--templates", CliRun.Templates);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# yaml-language-server", run.Out, StringComparison.Ordinal);
        using var report = System.Text.Json.JsonDocument.Parse(run.Error);
        Assert.Equal("DOCX", report.RootElement.GetProperty("format").GetString());
        Assert.True(report.RootElement.GetProperty("recognised").GetArrayLength() > 5);
        Assert.Equal(0, report.RootElement.GetProperty("cellsToReview").GetInt32());
        Assert.All(report.RootElement.GetProperty("guessed").EnumerateArray(), n => Assert.True(n.GetProperty("line").GetInt32() > 0));
    }

    [Fact]
    public void Not_a_docx_is_refused()
    {
        var path = Write("order.docx", Encoding.UTF8.GetBytes("это не документ"));
        AssertRefused(CliRun.Of("import", path, "--templates", CliRun.Templates), 2, "не документ DOCX");
    }

    [Fact]
    public void Password_protected_docx_is_refused()
    {
        // An encrypted OOXML file is an OLE compound file with an «EncryptionInfo» stream.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        AssertRefused(CliRun.Of("import", Write("secret.docx", bytes), "--templates", CliRun.Templates), 2, "защищён паролем");
    }

    [Fact]
    public void Truncated_docx_is_refused()
    {
        var whole = File.ReadAllBytes(Docx("amur-2020-shnor"));
        AssertRefused(CliRun.Of("import", Write("cut.docx", whole[..(whole.Length / 2)]), "--templates", CliRun.Templates), 2, "повреждён или обрезан");
    }

    [Fact]
    public void Docx_bomb_of_one_gigabyte_is_refused()
    {
        var path = Path.Combine(folder, "bomb.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 1024; i++)
            {
                document.Write(zeros);
            }
        }

        Assert.True(new FileInfo(path).Length < 8 * 1024 * 1024);
        AssertRefused(CliRun.Of("import", path, "--templates", CliRun.Templates), 2, "zip-бомб");
    }

    [Fact]
    public void Document_without_a_table_is_refused()
    {
        var path = Write("letter.txt", Encoding.UTF8.GetBytes("МИНИСТЕРСТВО\n\nПРИКАЗ\n\n01.02.2024 № 5\n\nО чём-то\n\nПРИКАЗЫВАЮ:\n\n1. Сделать.\n"));
        AssertRefused(CliRun.Of("import", path, "--templates", CliRun.Templates), 1, "нет таблицы мероприятий");
    }

    [Fact]
    public void Zip_with_too_many_entries_is_refused()
    {
        var path = Path.Combine(folder, "many.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("word/document.xml").Open().Dispose();
            for (var i = 0; i < 5001; i++)
            {
                zip.CreateEntry($"word/media/{i}.bin", CompressionLevel.NoCompression).Open().Dispose();
            }
        }

        AssertRefused(CliRun.Of("import", path, "--templates", CliRun.Templates), 2, "частей");
    }

    [Fact]
    public void Entry_inflating_too_many_times_is_refused()
    {
        // 32 MB of zeros in about 32 KB: far under the size limit, far over any real part's ratio.
        var path = Path.Combine(folder, "ratio.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write(new byte[32 * 1024 * 1024]);
        }

        AssertRefused(CliRun.Of("import", path, "--templates", CliRun.Templates), 2, "сжата более чем в 200 раз");
    }

    [Theory]
    [InlineData("old.doc", "Word 97–2003")]
    [InlineData("scan.pdf", "PDF не читается")]
    [InlineData("order.odt", "OpenDocument")]
    [InlineData("empty.txt", "файл пуст")]
    [InlineData("binary.txt", "двоичные данные")]
    public void Other_formats_are_refused_with_advice(string name, string message)
    {
        byte[] bytes = name switch
        {
            "old.doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            "scan.pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%…"),
            "order.odt" => Odt(),
            "empty.txt" => [],
            _ => [0x50, 0x00, 0x01, 0x02],
        };
        AssertRefused(CliRun.Of("import", Write(name, bytes), "--templates", CliRun.Templates), 2, message);
    }

    [Fact]
    public void Unknown_authority_is_a_usage_error()
    {
        AssertRefused(CliRun.Of("import", SeedTexts.PathOf("000_42db557b9b6610d3"), "--authority", "nowhere", "--templates", CliRun.Templates), 2, "нет профиля органа власти «nowhere»");
    }

    [Fact]
    public void Output_that_cannot_be_written_is_a_usage_error()
    {
        // A file stands where the output's folder should be.
        var blocker = Write("blocker", [1]);
        var run = CliRun.Of("import", SeedTexts.PathOf("000_42db557b9b6610d3"), "-o", Path.Combine(blocker, "x.yaml"), "--templates", CliRun.Templates);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("prikaz: не удалось записать", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Missing_input_is_a_usage_error()
    {
        AssertRefused(CliRun.Of("import", Path.Combine(folder, "nothing.docx"), "--templates", CliRun.Templates), 2, "нет файла");
    }

    private static void AssertRefused(CliRun run, int exitCode, string message)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.StartsWith("prikaz: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        run.AssertNoStackTrace();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Odt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var mimetype = new StreamWriter(zip.CreateEntry("mimetype").Open());
            mimetype.Write("application/vnd.oasis.opendocument.text");
        }

        return stream.ToArray();
    }

    private string Docx(string seed) => Write(seed + ".docx", Seeds.Get(seed).Docx);
}
