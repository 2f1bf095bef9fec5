using Prikaz.Amendments.Files;
using Prikaz.Diagnostics;
using Prikaz.Kinds;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Validation;

namespace Prikaz.Amendments.Checking;

/// <summary>
/// The checks of an amendment order beside the order it amends. Which edition its numbers refer to
/// follows from the amended file's editions: when the file does not record this amendment yet, it is
/// the amended edition, and every change must apply to it (<see cref="ChangeApplier.Problems"/>: the unit
/// exists, the quoted words are there exactly once, an addition takes the next free number); when it
/// records it last, the file is the consolidated edition and must show every change
/// (<see cref="ConsolidatedCheck"/>); after later amendments only the units must still exist.
/// </summary>
internal static class AmendmentChecker
{
    public static IReadOnlyList<Diagnostic> Check(AmendmentFile amendment, DocumentCheck check)
    {
        var document = check.Document;
        var diagnostics = new List<Diagnostic>();
        void Report(string pointer, Severity severity, string code, string message)
        {
            var position = document.Map.Locate(pointer);
            diagnostics.Add(new Diagnostic(document.Map.File, position.Line, position.Column, severity, code, message));
        }

        if (amendment.Changes.Count == 0 && amendment.Appendix is null)
        {
            Report("/changes", Severity.Error, AmendmentCodes.MalformedChange, "в приказе нет изменений: перечислите их в changes или изложите приложение в новой редакции (appendix)");
        }

        // A draft amendment keeps its date and number (draft: true prints «ПРОЕКТ»): they are the edition it makes.
        if (amendment.Order.Date is null || amendment.Order.Number is null)
        {
            Report("/order", Severity.Error, AmendmentCodes.Unregistered,
                "у приказа о внесении изменений нет даты или номера: они нужны, чтобы сослаться на него в новой редакции (у проекта укажите предполагаемые и draft: true)");
        }

        TitleNumber(amendment, Report);
        if (AmendedOrders.Open(document, amendment, check.Workspace) is not { } opened)
        {
            Report("/amends/file", Severity.Error, AmendmentCodes.AmendedOrderNotFound, AmendedOrders.WhyNot(document, amendment, check.Workspace));
            return diagnostics;
        }

        var file = opened.File;
        if (AmendedOrders.Signed(file) is not { } signed)
        {
            Report("/amends/file", Severity.Error, AmendmentCodes.Unregistered,
                $"изменяемый приказ в файле {AmendedOrders.Display(document, amendment)} — проект без даты и номера: изменения вносятся только в подписанный приказ");
            return diagnostics;
        }

        if (amendment.Amends.Date != signed.Date || amendment.Amends.Number.Trim() != signed.Number.Trim())
        {
            Report(amendment.Amends.Date != signed.Date ? "/amends/date" : "/amends/number", Severity.Error, AmendmentCodes.AmendedRequisites,
                $"в файле {AmendedOrders.Display(document, amendment)} приказ {EditionNames.Requisites(signed)}, а здесь указан приказ {EditionNames.Requisites(new Edition { Date = amendment.Amends.Date, Number = amendment.Amends.Number })}");
        }

        var mark = AmendmentTranslation.Mark(amendment);
        var recorded = file.Editions.ToList().FindIndex(edition => EditionNames.Same(edition, mark));
        if (recorded == 0 || EditionNames.Same(mark, signed))
        {
            Report("/order/number", Severity.Error, AmendmentCodes.AmendedRequisites, $"у приказа о внесении изменений те же дата и номер, что у изменяемого ({EditionNames.Requisites(signed)})");
            return diagnostics;
        }

        var translated = AmendmentTranslation.Translate(amendment, file, checkNumbers: recorded < 0);
        var findings = new List<ChangeFinding>(translated.Findings);
        if (recorded < 0)
        {
            var texts = new EditionTexts(file);
            findings.AddRange(ChangeApplier.Problems(file, translated.List).Select(problem => Refused(problem, translated, texts)));
        }
        else
        {
            findings.AddRange(ConsolidatedCheck.Check(translated, file, mark, latest: recorded == file.Editions.Count - 1));
        }

        foreach (var finding in findings.OrderBy(f => f.Index))
        {
            Report(finding.Member is null ? $"/changes/{finding.Index}" : $"/changes/{finding.Index}/{finding.Member}", Severity.Error, finding.Code, finding.Message);
        }

        Parties(amendment, file, Report);
        if (amendment.Appendix is { } appendix)
        {
            Appendix(amendment, appendix, file, recorded, document, diagnostics, Report);
        }

        return diagnostics;
    }

    private static ChangeFinding Refused(ChangeNotApplicableException problem, TranslatedChanges translated, EditionTexts texts)
    {
        var change = problem.Change;
        var columns = texts.File.Roadmap?.Columns ?? [];
        var index = translated.SourceOf(change);
        if (problem.Problem == ChangeProblem.MissingUnit)
        {
            return new ChangeFinding(index, null, AmendmentCodes.MissingUnit, $"в изменяемой редакции нет единицы «{ChangeWording.Target(change, columns)}»");
        }

        var where = $"{ChangeWording.Target(change, columns)}, {ChangeWording.Field(change.Field!, change.Unit, columns)}";
        if (UnitJson.Text(texts.Field(change)) is not { Length: > 0 } text)
        {
            return new ChangeFinding(index, "old", AmendmentCodes.WordsNotFound, $"в изменяемой редакции ({where}) нет текста, в котором можно заменить слова");
        }

        var count = WordReplacement.Occurrences(text, change.OldText ?? string.Empty).Count;
        return new ChangeFinding(index, "old", AmendmentCodes.WordsNotFound, count == 0
            ? $"слов «{change.OldText}» нет в изменяемой редакции ({where}: {Quoted.Text(text)}); слова цитируются точно, как подписаны"
            : $"слова «{change.OldText}» встречаются в изменяемой редакции ({where}) {count} раза: процитируйте больше слов, чтобы они встречались один раз");
    }

    private static void TitleNumber(AmendmentFile amendment, Action<string, Severity, string, string> report)
    {
        var count = amendment.Changes.Count + (amendment.Appendix is null ? 0 : 1);
        var title = amendment.Order.Title;
        if (count > 1 && title.Contains("внесении изменения ", StringComparison.OrdinalIgnoreCase))
        {
            report("/order/title", Severity.Warning, AmendmentCodes.TitleNumber, $"изменений {count}, а заголовок говорит об одном: «О внесении изменений в …»");
        }
        else if (count == 1 && title.Contains("внесении изменений ", StringComparison.OrdinalIgnoreCase))
        {
            report("/order/title", Severity.Warning, AmendmentCodes.TitleNumber, "изменение одно (одна структурная единица), а заголовок говорит о нескольких: «О внесении изменения в …»");
        }
    }

    private static void Parties(AmendmentFile amendment, OrderFile file, Action<string, Severity, string, string> report)
    {
        for (var i = 0; i < amendment.Changes.Count; i++)
        {
            var change = amendment.Changes[i];
            var rows = change.Row is null ? change.Items.Select((row, j) => (row, $"/changes/{i}/items/{j}")) : [(change.Row, $"/changes/{i}/row")];
            foreach (var (row, pointer) in rows)
            {
                foreach (var (member, parties) in new[] { ("responsible", row.Responsible), ("targetGroup", row.TargetGroup) })
                {
                    for (var k = 0; k < parties.Count; k++)
                    {
                        if (parties[k].Party is { } id && !file.Parties.ContainsKey(id) && !amendment.Parties.ContainsKey(id))
                        {
                            var nearest = EditDistance.Nearest(id, file.Parties.Keys.Concat(amendment.Parties.Keys));
                            report($"{pointer}/{member}/{k}", Severity.Error, AmendmentCodes.UnknownParty,
                                $"исполнителя «{id}» нет ни в реестре parties изменяемого приказа, ни в parties этого приказа" +
                                (nearest is null ? string.Empty : $"; возможно, имелось в виду «{nearest}»"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The restated appendix is a roadmap of its own: the roadmap rules run over it (in the amended
    /// order, with this amendment among the editions) and report at its lines here.
    /// </summary>
    private static void Appendix(AmendmentFile amendment, Roadmap appendix, OrderFile file, int recorded, LoadedDocument document,
        List<Diagnostic> diagnostics, Action<string, Severity, string, string> report)
    {
        if (file.Roadmap is null)
        {
            report("/appendix", Severity.Error, AmendmentCodes.MissingUnit, "у изменяемого приказа нет приложения, которое можно изложить в новой редакции");
            return;
        }

        var appendixUnits = amendment.Changes.Select((change, i) => (change, i))
            .Where(c => c.change.Order is null && c.change.Point is null);
        foreach (var (_, i) in appendixUnits)
        {
            report($"/changes/{i}", Severity.Error, AmendmentCodes.MalformedChange,
                "приложение излагается в новой редакции целиком (appendix): отдельные изменения его мероприятий, разделов и граф не нужны");
        }

        var restated = AmendedOrders.WithAppendix(file, amendment, appendix);
        var context = RuleContext.For(restated, authorityProfileExists: null);
        foreach (var rule in RuleRegistry.Rules)
        {
            foreach (var finding in rule.Check(context))
            {
                var pointer = finding.Pointer.StartsWith("/roadmap", StringComparison.Ordinal) ? "/appendix" + finding.Pointer["/roadmap".Length..]
                    : finding.Pointer.StartsWith("/parties/", StringComparison.Ordinal) && amendment.Parties.Count > 0 ? finding.Pointer
                    : null;
                if (pointer is not null)
                {
                    var position = document.Map.Locate(pointer);
                    diagnostics.Add(new Diagnostic(document.Map.File, position.Line, position.Column, rule.Severity, rule.Code, finding.Message));
                }
            }
        }

        if (recorded == file.Editions.Count - 1 && recorded > 0 &&
            EditionSnapshot.Of(file) != EditionSnapshot.Of(file with { Roadmap = appendix }))
        {
            report("/appendix", Severity.Error, AmendmentCodes.NotConsolidated,
                "файл приказа записывает этот приказ в editions, но его приложение не совпадает с новой редакцией, изложенной здесь");
        }
    }
}
