using System.Globalization;
using Prikaz.Building;
using Prikaz.Russian;

namespace Prikaz.Cli;

/// <summary>The Russian closing lines of <c>prikaz build</c>: documents, pages, time, up to date, failed, removed.</summary>
internal static class BuildSummary
{
    public static void Write(BuildResult result, TimeSpan elapsed, TextWriter output)
    {
        if (result.Rendered == 0 && result.Failed == 0 && result.Removed == 0)
        {
            output.WriteLine("Все документы актуальны — выпускать нечего.");
        }

        var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        var removed = result.Removed > 0 ? $", удалено устаревших {result.Removed}" : string.Empty;
        var pages = result.Pages > 0 ? $"; страниц в PDF: {result.Pages}" : string.Empty;
        output.WriteLine(
            $"Сборка за {seconds} с: {RussianPlural.Count(result.Documents.Count, "документ", "документа", "документов")} — " +
            $"выпущено {result.Rendered}, пропущено как неизменившиеся {result.UpToDate}, с ошибками {result.Failed}{removed}{pages}.");
    }
}
