using Prikaz.Tests.Build;

namespace Prikaz.Tests.Cli;

/// <summary>
/// <c>-o</c> read as pandoc reads it: a file named with a format's extension is that file, a folder
/// (trailing slash, existing, no extension) keeps its meaning, <c>-o -</c> is standard output; the input
/// <c>-</c> is standard input. Render and build write the same formats by default.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private static readonly string Seed = Path.Combine(CliRun.Roadmaps, "chelyabinsk-2020-shnor.yaml");

    private readonly string folder = Directory.CreateTempSubdirectory("prikaz-output-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("out.pdf", "%PDF-")]
    [InlineData("приказ.docx", "PK")]
    [InlineData("out.html", "<!DOCTYPE html>")]
    public void Output_with_a_format_extension_is_one_file_in_that_format(string name, string start)
    {
        var target = Path.Combine(folder, name);

        var run = CliRun.Of("render", Seed, "-o", target, "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(target), $"{target} is not a file");
        Assert.StartsWith(start, File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal([target], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Regression_output_x_pdf_made_a_folder_with_a_docx_inside()
    {
        var target = Path.Combine(folder, "x.pdf");

        var run = CliRun.Of("render", Seed, "-o", target, "--templates", CliRun.Templates);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(target));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(target));
        Assert.Equal(4, pdf.NumberOfPages);
    }

    [Theory]
    [InlineData("out/")]
    [InlineData("out")]
    public void Output_folder_keeps_its_meaning(string name)
    {
        var target = Path.Combine(folder, name);

        var run = CliRun.Of("render", Seed, "-o", target, "--to", "docx,html", "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(Path.Combine(folder, "out", "chelyabinsk-2020-shnor.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "out", "chelyabinsk-2020-shnor.html")));
    }

    [Fact]
    public void Existing_folder_with_a_dot_in_its_name_stays_a_folder()
    {
        var target = Path.Combine(folder, "out.pdf");
        Directory.CreateDirectory(target);

        var run = CliRun.Of("render", Seed, "-o", target, "--to", "pdf", "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(Path.Combine(target, "chelyabinsk-2020-shnor.pdf")));
    }

    [Fact]
    public void Standard_output_gets_the_same_bytes_as_the_file()
    {
        var file = Path.Combine(folder, "x.pdf");
        Assert.Equal(0, CliRun.Of("render", Seed, "-o", file, "--templates", CliRun.Templates).ExitCode);

        var run = CliRun.Of("render", Seed, "-o", "-", "--to", "pdf", "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(File.ReadAllBytes(file), run.Bytes);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Standard_input_renders_and_is_named_stdin_in_diagnostics()
    {
        var target = Path.Combine(folder, "from-stdin.docx");
        var yaml = File.ReadAllBytes(Path.Combine(CliRun.Roadmaps, "molchanovo-2020-shnor.yaml"));

        var run = CliRun.WithInput(yaml, "render", "-", "-o", target, "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(target));
        Assert.Contains("<stdin>:85:17: warning PRK006:", run.Error, StringComparison.Ordinal);
        Assert.Contains("<stdin> → ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_with_errors_is_refused_with_its_diagnostics()
    {
        var run = CliRun.WithInput("authority: [\n"u8.ToArray(), "validate", "-", "--templates", CliRun.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("<stdin>:", run.Out, StringComparison.Ordinal);
        Assert.Contains("error PRK106", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.txt", null, "по расширению «.txt» формат файла -o не определить")]
    [InlineData("x.pdf", "docx", "не совпадает с форматом --to docx")]
    [InlineData("x.pdf", "docx,pdf", "пишется один формат, а --to называет 2")]
    [InlineData("-", null, "на стандартный вывод (-o -) пишется один формат")]
    public void Output_that_cannot_be_one_file_is_refused_and_nothing_is_written(string name, string? formats, string message)
    {
        string[] to = formats is null ? [] : ["--to", formats];
        var target = name == "-" ? name : Path.Combine(folder, name);

        var run = CliRun.Of(["render", Seed, "-o", target, .. to, "--templates", CliRun.Templates]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.Empty(run.Bytes);
    }

    [Fact]
    public void Several_inputs_into_one_file_are_refused()
    {
        var run = CliRun.Of("render", Seed, Path.Combine(CliRun.Roadmaps, "amur-2020-shnor.yaml"), "-o", Path.Combine(folder, "x.pdf"), "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("выпускается один документ, а входов 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_into_a_folder_is_refused_for_want_of_a_name()
    {
        var run = CliRun.WithInput(File.ReadAllBytes(Seed), "render", "-", "-o", folder + "/", "--templates", CliRun.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("нет имени", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Build_refuses_an_output_that_names_a_file()
    {
        using var workspace = new BuildWorkspace();

        var run = workspace.BuildInto(Path.Combine(workspace.Root, "x.pdf"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("build пишет в папку", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "x.pdf")));
    }

    [Fact]
    public void Render_and_build_write_the_same_formats_by_default_and_their_help_says_which()
    {
        using var workspace = new BuildWorkspace();
        var rendered = Path.Combine(folder, "rendered");

        var render = CliRun.Of("render", Path.Combine(workspace.Roadmaps, "amur-2020-shnor.yaml"), "-o", rendered, "--templates", workspace.Templates);
        var build = CliRun.Of("build", "--roadmaps", workspace.Roadmaps, "-o", workspace.Output, "--templates", workspace.Templates);

        Assert.True(render.ExitCode == 0, render.All);
        Assert.True(build.ExitCode == 0, build.All);
        string[] formats = ["amur-2020-shnor.docx", "amur-2020-shnor.html", "amur-2020-shnor.pdf"];
        Assert.Equal(formats, Directory.GetFiles(rendered).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(formats, name => Assert.True(File.Exists(Path.Combine(workspace.Output, name)), name));
        foreach (var command in new[] { "render", "build" })
        {
            Assert.Contains("по умолчанию docx, html и pdf", CliRun.Of(command, "--help").Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_takes_its_roadmaps_folder_as_an_argument_too()
    {
        // «prikaz build roadmaps» was refused as an unknown argument: only --roadmaps named the folder.
        using var workspace = new BuildWorkspace();

        var build = CliRun.Of("build", workspace.Roadmaps, "-o", workspace.Output, "--templates", workspace.Templates, "--to", "html");

        Assert.True(build.ExitCode == 0, build.All);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "amur-2020-shnor.html")));
    }
}
