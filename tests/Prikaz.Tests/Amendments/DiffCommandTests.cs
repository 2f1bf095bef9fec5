using Prikaz.Amendments;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary><c>prikaz diff</c> on the Chelyabinsk amendment: goldens of every format, exit codes, errors in Russian.</summary>
public sealed class DiffCommandTests
{
    private static readonly string Folder = Path.Combine(Editions.Cases, "chelyabinsk");

    public static TheoryData<string, string> Formats() => new() { { "text", "txt" }, { "markdown", "md" }, { "json", "json" } };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Chelyabinsk_amendment_in_every_format(string format, string extension)
    {
        var run = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        GoldenFile.Verify(Path.Combine(Folder, $"diff.verified.{extension}"), run.Out.Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Output_file_takes_its_format_from_the_extension_as_render_does()
    {
        var folder = Directory.CreateTempSubdirectory("prikaz-diff-").FullName;
        try
        {
            var summary = Path.Combine(folder, "changes.md");
            var redline = Path.Combine(folder, "redline.docx");
            var run = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), "-o", summary);
            var docx = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), "-o", redline, "--templates", CliRun.Templates);

            Assert.True(run.ExitCode == 0, run.All);
            Assert.Equal(string.Empty, run.Out);
            Assert.Equal(File.ReadAllText(Path.Combine(Folder, "diff.verified.md")),
                File.ReadAllText(summary).Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
            Assert.True(docx.ExitCode == 0, docx.All);
            Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(redline)[..2]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "-o", "changes.pdf" }, "по расширению «.pdf» формат файла -o не определить")]
    [InlineData(new[] { "--format", "json", "-o", "changes.md" }, "расширение файла «changes.md» не совпадает с форматом --format json")]
    public void Output_file_whose_extension_does_not_fit_exits_2(string[] options, string message)
    {
        var run = CliRun.Of(["diff", Path.Combine(Folder, "old.yaml"), Path.Combine(Folder, "new.yaml"), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Exit_code_option_tells_changes_from_none()
    {
        var old = Path.Combine(Folder, "old.yaml");
        Assert.Equal(3, CliRun.Of("diff", old, Path.Combine(Folder, "new.yaml"), "--exit-code").ExitCode);

        var same = CliRun.Of("diff", old, old, "--exit-code");
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("Изменений нет.", same.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_31_from_a_signed_file_is_reported_as_renumbering_not_as_31_restated_with_34s_text()
    {
        // The greedy match this replaced paired 3.1 with 3.4's text once 3.1 was deleted and 3.2–3.4 moved up.
        var old = File.ReadAllText(Path.Combine(Folder, "old.yaml"));
        var item31 = "        - activity: Информирование МОУО об ОО с низкими образовательными результатами\n" +
                     "          deadline: июнь 2020 года\n          responsible: [minobr]\n          result: Информационное письмо в МОУО\n";
        Assert.Contains(item31, old, StringComparison.Ordinal);
        var comparison = EditionComparer.Compare(Editions.Parse(old), Editions.Parse(old.Replace(item31, string.Empty, StringComparison.Ordinal)));

        var change = Assert.Single(comparison.Changes.Changes);
        Assert.Equal((ChangeOp.Exclude, "3.1"), (change.Op, change.Number));
        Assert.Null(change.New);
        Assert.Equal(
            [EditionCodes.SignedUnitRemoved, EditionCodes.Renumbered, EditionCodes.Renumbered, EditionCodes.Renumbered],
            comparison.Findings.Select(f => f.Code));
        Assert.Contains("имеет номер 3.2, здесь — 3.1", comparison.Findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renumbering_a_signed_edition_exits_1_with_the_reason_on_stderr()
    {
        var old = File.ReadAllText(Path.Combine(Folder, "old.yaml"));
        var folder = Directory.CreateTempSubdirectory("prikaz-diff-").FullName;
        try
        {
            var renumbered = Path.Combine(folder, "renumbered.yaml");
            // Items 3.1 and 3.2 swapped: a valid file on its own, but the signed numbers moved.
            var first = "        - activity: Информирование МОУО об ОО с низкими образовательными результатами\n          deadline: июнь 2020 года\n          responsible: [minobr]\n          result: Информационное письмо в МОУО\n";
            var start = old.IndexOf(first, StringComparison.Ordinal);
            var secondEnd = old.IndexOf("          result: Аналитическая информация (справка)\n", start, StringComparison.Ordinal) + "          result: Аналитическая информация (справка)\n".Length;
            var second = old[(start + first.Length)..secondEnd];
            File.WriteAllText(renumbered, old[..start] + second + first + old[secondEnd..]);
            var run = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), renumbered);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("error PRK250: мероприятие «Анализ внутренних и внешних причин низких образовательных…» в подписанной редакции (приказ от 23.06.2020 № 017/1324) имеет номер 3.2, здесь — 3.1", run.Error, StringComparison.Ordinal);
            run.AssertNoStackTrace();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "diff", "only-one.yaml" }, "укажите два файла")]
    [InlineData(new[] { "diff", "a.yaml", "b.yaml", "--from", "HEAD" }, "с --from укажите один файл")]
    [InlineData(new[] { "diff", "a.yaml", "--to", "HEAD" }, "--to указывается вместе с --from")]
    [InlineData(new[] { "diff", "missing-old.yaml", "missing-new.yaml" }, "файл «missing-old.yaml» не найден")]
    public void Usage_errors_exit_2_in_russian(string[] args, string message)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_file_with_errors_is_not_compared()
    {
        var run = CliRun.Of("diff", Path.Combine(Folder, "old.yaml"), Path.Combine(GoldenFile.CasesRoot(), "rules", "PRK001-duplicate-number.yaml"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PRK001", run.Error, StringComparison.Ordinal);
        Assert.Contains("редакции не сравнены", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
