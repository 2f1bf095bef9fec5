using System.Text.RegularExpressions;
using Prikaz.Amendments;
using Prikaz.Amendments.Checking;
using Prikaz.Amendments.Files;
using Prikaz.Amendments.Wording;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// The amendment order of the Chelyabinsk example (1.2's deadline changed, 3.1 excluded, 4.4 restated,
/// 5.4 added): <c>prikaz amend</c> drafts it as the verified YAML, it passes its checks beside the
/// amended order and renders as the verified markup with the drafting formulas; its checks catch what a
/// clerk's edit can break.
/// </summary>
public sealed class AmendmentOrderTests
{
    private static readonly string Case = Path.Combine(AmendmentFolder.Cases, "chelyabinsk");

    [Fact]
    public void Chelyabinsk_amendment_is_drafted_as_the_verified_yaml_and_renders_as_the_verified_markup()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var run = folder.Amend();

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("amendment.yaml: 4 изменения.", run.Out, StringComparison.Ordinal);
        GoldenFile.Verify(Path.Combine(Case, "amendment.verified.yaml"), File.ReadAllText(folder.Amendment));

        var amendment = folder.Check(folder.Amendment);
        Assert.True(amendment.CanRender, string.Join("\n", amendment.Report.Diagnostics));
        var rendered = TestPipeline.Repository.Render(amendment);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        GoldenFile.Verify(Path.Combine(Case, "amendment.verified.xhtml"), rendered.Markup);
    }

    [Fact]
    public void The_body_uses_the_formulas_in_the_order_of_the_text_with_the_last_change_ending_in_a_full_stop()
    {
        var text = Body(Draft());

        Assert.Equal(
        [
            "Внести в «дорожную карту» комплексного сопровождения общеобразовательных организаций Челябинской области с низкими " +
            "образовательными результатами, утверждённую приказом Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324, следующие изменения:",
            "1) в графе «Срок (период) проведения» пункта 1.2 слово «сентябрь-ноябрь» заменить словом «октябрь-декабрь»;",
            "2) пункт 3.1 исключить;",
            "3) пункт 4.4 изложить в следующей редакции:",
            "«",
            "4.4. | Проведение диагностики профессиональных компетенций педагогических работников ООО с низкими образовательными результатами | ноябрь – декабрь 2020 года | Центр оценки профессионального мастерства и квалификаций педагогов, ГБУ ДПО ЧИПКРО | Аналитическая справка по результатам диагностики профессиональных компетенций",
            "»;",
            "4) дополнить пунктом 5.4 следующего содержания:",
            "«",
            "5.4. | Подведение итогов реализации «дорожной карты» и определение дальнейших мер поддержки ОО с низкими образовательными результатами | декабрь 2020 года | Министерство образования и науки Челябинской области, ГБУ ДПО РЦОКИО | Итоговый отчёт о реализации «дорожной карты»",
            "».",
        ], text);
    }

    [Fact]
    public void One_change_is_one_unit_the_title_and_the_intro_agree_in_number()
    {
        var draft = Draft();
        var one = draft with { Changes = [draft.Changes[1]], Order = draft.Order with { Title = "О внесении изменения в приказ Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324" } };

        var text = Body(one);

        Assert.EndsWith("утверждённую приказом Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324, следующее изменение:", text[0], StringComparison.Ordinal);
        Assert.Equal("пункт 3.1 исключить.", text[1]);
    }

    [Fact]
    public void The_profile_chooses_row_or_point_and_exclude_or_repeal()
    {
        var profile = Profile() with { AmendmentItemWord = AmendmentItemWord.Row, AmendmentExclusion = AmendmentExclusion.Repeal };
        var formulas = new AmendmentFormulas(Draft(), Editions.Case("chelyabinsk", "old.yaml"), profile);

        Assert.Equal(
            ["в графе «Срок (период) проведения» строки 1.2 слово «сентябрь-ноябрь» заменить словом «октябрь-декабрь»", "строку 3.1 признать утратившей силу",
             "строку 4.4 изложить в следующей редакции:", "дополнить строкой 5.4 следующего содержания:"],
            formulas.Entries().Select(entry => entry.Text));
    }

    [Fact]
    public void Points_of_the_order_beside_rows_of_the_appendix_are_named_points_of_the_order()
    {
        var draft = Draft();
        var mixed = draft with
        {
            Changes = [new AmendmentChange { Op = ChangeOp.ReplaceWords, Point = "2", Old = "информационное,", New = "информационное, методическое," }, .. draft.Changes],
        };
        var formulas = new AmendmentFormulas(mixed, Editions.Case("chelyabinsk", "old.yaml"), Profile());

        Assert.StartsWith("Внести в приказ Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324 «Об утверждении «дорожной карты» комплексного сопровождения", formulas.Intro(), StringComparison.Ordinal);
        Assert.EndsWith("» и утверждённую им «дорожную карту» комплексного сопровождения общеобразовательных организаций Челябинской области с низкими образовательными результатами следующие изменения:", formulas.Intro(), StringComparison.Ordinal);
        Assert.Equal("в пункте 2 приказа слово «информационное,» заменить словами «информационное, методическое,»", formulas.Entries()[0].Text);
        Assert.Equal("пункт 3.1 исключить", formulas.Entries()[2].Text);
    }

    [Fact]
    public void Applying_the_amendment_to_the_old_edition_gives_the_new_one()
    {
        var old = Editions.Case("chelyabinsk", "old.yaml");
        var translated = AmendmentTranslation.Translate(Draft(), old, checkNumbers: true);

        Assert.Empty(translated.Findings);
        Assert.Equal(EditionSnapshot.Of(Editions.Case("chelyabinsk", "new.yaml")), EditionSnapshot.Of(ChangeApplier.Apply(old, translated.List)));
    }

    [Fact]
    public void A_change_naming_an_item_the_amended_edition_lacks_is_an_error_at_the_changes_line()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment);

        var diagnostics = Diagnostics(folder, text.Replace("item: \"3.1\"", "item: \"3.9\"", StringComparison.Ordinal));

        var line = LineOf(text, "item: \"3.1\"");
        Assert.Equal([$"broken.yaml:{line}:11: error PRK262: в изменяемой редакции нет мероприятия 3.9"], diagnostics);
    }

    [Fact]
    public void An_amendment_without_its_number_is_an_error_even_as_a_draft()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment);
        Assert.Contains("  number: \"01/2237\"\n", text, StringComparison.Ordinal);

        var draft = Diagnostics(folder, text.Replace("  number: \"01/2237\"\n", "  draft: true\n  number: \"01/2237\"\n", StringComparison.Ordinal));
        var unnumbered = Diagnostics(folder, text.Replace("  number: \"01/2237\"\n", "  draft: true\n", StringComparison.Ordinal));

        Assert.Empty(draft);
        Assert.Contains(unnumbered, d => d.Contains("error PRK269: у приказа о внесении изменений нет даты или номера", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_words_that_are_not_in_the_signed_text_are_an_error_that_quotes_the_signed_text()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment);

        var diagnostics = Diagnostics(folder, text.Replace("old: сентябрь-ноябрь", "old: сентябрь – ноябрь", StringComparison.Ordinal));

        var line = LineOf(text, "old: сентябрь-ноябрь");
        Assert.Equal([$"broken.yaml:{line}:10: error PRK263: слов «сентябрь – ноябрь» нет в изменяемой редакции (мероприятие 1.2, графа «Срок (период) проведения»: " +
                      "«сентябрь-ноябрь 2020 года»); слова цитируются точно, как подписаны"], diagnostics);
    }

    [Fact]
    public void Words_that_occur_twice_must_be_quoted_with_more_of_their_context()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment).Replace(
            "    column: deadline\n    old: сентябрь-ноябрь\n    new: октябрь-декабрь",
            "    column: activity\n    old: с\n    new: со", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Diagnostics(folder, text));

        Assert.Contains("error PRK263: слова «с» встречаются в изменяемой редакции (мероприятие 1.2, графа «Наименование мероприятия») 2 раза", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_item_takes_the_next_free_number_or_a_sub_number()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment);

        Assert.Contains("error PRK265: дополнить мероприятием в конце можно только под следующим свободным номером 5.4, а указан 5.6",
            Assert.Single(Diagnostics(folder, text.Replace("item: \"5.4\"", "item: \"5.6\"", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Empty(Diagnostics(folder, text.Replace("item: \"5.4\"", "item: \"5.3.1\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Against_a_file_that_records_it_the_amendment_is_checked_by_its_result()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var onNew = File.ReadAllText(folder.Amendment).Replace("file: old.yaml", "file: new.yaml", StringComparison.Ordinal);
        Assert.Empty(Diagnostics(folder, onNew));

        File.WriteAllText(folder.New, File.ReadAllText(folder.New).Replace("deadline: октябрь-декабрь 2020 года", "deadline: сентябрь-ноябрь 2020 года", StringComparison.Ordinal));
        Assert.Contains("error PRK266: файл приказа записывает этот приказ в editions, но в нём (мероприятие 1.2, графа «Срок (период) проведения») нет слов «октябрь-декабрь»",
            Assert.Single(Diagnostics(folder, onNew)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_amended_order_must_be_in_the_workspace_and_be_the_one_signed()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        folder.Amend();
        var text = File.ReadAllText(folder.Amendment);

        Assert.Contains("error PRK260: файл «../../../../../../etc/passwd» вне рабочей папки (репозитория)",
            Assert.Single(Diagnostics(folder, text.Replace("file: old.yaml", "file: ../../../../../../etc/passwd", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Contains("error PRK261: в файле ",
            Assert.Single(Diagnostics(folder, text.Replace("number: \"017/1324\"", "number: \"017/1325\"", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_in_the_appendices_list_is_refused_not_drafted_as_an_order_without_changes()
    {
        var examples = Path.Combine(GoldenFile.RepositoryRoot(), "examples");
        var folder = Directory.CreateTempSubdirectory("prikaz-amend-").FullName;
        try
        {
            var old = Path.Combine(examples, "region-2025-school-support.yaml");
            var text = File.ReadAllText(old);
            Assert.Contains("director: Рябов Д.Н.", text, StringComparison.Ordinal);
            var @new = Path.Combine(folder, "new.yaml");
            File.WriteAllText(@new, text.Replace("director: Рябов Д.Н.", "director: Рябова Д.Н.", StringComparison.Ordinal));
            var amendment = Path.Combine(folder, "amendment.yaml");

            var run = CliRun.Of("amend", old, @new, "--date", "2025-11-01", "--number", "02-22/200", "-o", amendment, "--templates", Path.Combine(examples, "templates"));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("изменены приложения из appendices", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(amendment));
            run.AssertNoStackTrace();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Output_folder_gets_the_default_name_as_render_writes_into_a_folder()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var into = Path.Combine(Path.GetDirectoryName(folder.Amendment)!, "drafts") + "/";

        var run = CliRun.Of("amend", folder.Old, folder.New, "-o", into, "--templates", CliRun.Templates);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(Path.Combine(into, "new.amendment-2020-10-15.yaml")), run.All);
    }

    [Fact]
    public void Amend_never_overwrites_without_force()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        File.WriteAllText(folder.Amendment, "# a clerk's edits\n");

        var refused = folder.Amend();
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("уже есть; чтобы перезаписать, добавьте --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("# a clerk's edits\n", File.ReadAllText(folder.Amendment));

        Assert.Equal(0, folder.Amend("--force").ExitCode);
        Assert.Contains("kind: amendment", File.ReadAllText(folder.Amendment), StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_and_number_come_from_the_new_editions_record_and_may_not_contradict_it()
    {
        using var folder = AmendmentFolder.Chelyabinsk();

        var contradicting = folder.Amend("--date", "2020-10-15", "--number", "01/9999");
        Assert.Equal(1, contradicting.ExitCode);
        Assert.Contains("новая редакция записывает в editions приказ от 15.10.2020 № 01/2237, а указан от 15.10.2020 № 01/9999", contradicting.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Amendment));

        var bad = folder.Amend("--date", "15.10.2020");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("дата «15.10.2020» не в формате ГГГГ-ММ-ДД", bad.Error, StringComparison.Ordinal);
        bad.AssertNoStackTrace();
    }

    [Fact]
    public void Without_a_recorded_edition_the_date_and_number_are_required()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var unrecorded = File.ReadAllText(folder.New).Replace("  - {date: 2020-10-15, number: \"01/2237\"}\n", string.Empty, StringComparison.Ordinal)
            .Replace("          excluded: {date: 2020-10-15, number: \"01/2237\"}\n", string.Empty, StringComparison.Ordinal)
            .Replace("        - activity: Информирование МОУО", "        - activity: Информирование МОУО", StringComparison.Ordinal);
        File.WriteAllText(folder.New, unrecorded);

        var run = folder.Amend();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("укажите дату и номер приказа о внесении изменений: --date ГГГГ-ММ-ДД --number N", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_profiles_share_the_appendix_is_restated_and_attached_as_this_orders_appendix()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var templates = Directory.CreateDirectory(Path.Combine(folder.Path, "templates", "authorities")).FullName;
        File.WriteAllText(Path.Combine(templates, "chelyabinsk-minobr.yaml"),
            File.ReadAllText(Path.Combine(CliRun.Templates, "authorities", "chelyabinsk-minobr.yaml")) + "amendmentRestateShare: 0.05\n");
        var run = CliRun.Of("amend", folder.Old, folder.New, "-o", folder.Amendment, "--templates", Path.GetDirectoryName(templates)!);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("1 изменение; приложение излагается в новой редакции (изменяются 4 из 17 мероприятий", run.Out, StringComparison.Ordinal);
        var yaml = File.ReadAllText(folder.Amendment);
        Assert.Contains("\nappendix:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("title: О внесении изменения в приказ", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\nchanges:", yaml, StringComparison.Ordinal);

        var pipeline = TestPipeline.For(new TemplateFolder([Path.GetDirectoryName(templates)!, CliRun.Templates]));
        var amendment = pipeline.CheckFile(folder.Amendment);
        Assert.True(amendment.CanRender, string.Join("\n", amendment.Report.Diagnostics));
        var markup = Flat(pipeline.Render(amendment).Markup);
        Assert.Contains("<p style=\"normal\">Приложение к приказу Министерства образования и науки Челябинской области от 23.06.2020 № 017/1324 изложить в новой редакции согласно приложению к настоящему приказу.</p>", markup, StringComparison.Ordinal);
        Assert.Matches("<p>Приложение</p>.*<p>от 15 октября 2020 № 01/2237</p>.*<p>«УТВЕРЖДЕНА</p>.*<p>от 23 июня 2020 № 017/1324»</p>", markup);
        Assert.Contains("<td>3.1.</td><td colspan=\"4\">Исключён. – Приказ от 15.10.2020 № 01/2237</td>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("в редакции приказа", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_consolidated_edition_names_the_amending_order_and_prints_an_excluded_item_as_a_legal_database_does()
    {
        var consolidated = TestPipeline.Repository.CheckFile(Path.Combine(Editions.Cases, "chelyabinsk", "new.yaml"));
        var rendered = TestPipeline.Repository.Render(consolidated).Markup;
        var markup = Flat(rendered);

        Assert.Contains("<p style=\"centered-title\">«Дорожная карта»<br/>комплексного сопровождения общеобразовательных организаций Челябинской области<br/>с низкими образовательными результатами</p> " +
                        "<p style=\"requisites\" align=\"center\">(в редакции приказа от 15.10.2020 № 01/2237)</p>", markup, StringComparison.Ordinal);
        Assert.Contains("<tr><td>3.1.</td><td colspan=\"4\">Исключён. – Приказ от 15.10.2020 № 01/2237</td></tr>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Информирование МОУО об ОО", markup, StringComparison.Ordinal);
        Assert.Matches("<p style=\"requisites\" align=\"center\" source=\"/editions\">", rendered);
        Assert.Matches("<td colspan=\"4\" source=\"/roadmap/sections/2/items/0/excluded\">Исключён", rendered);
    }

    private static AmendmentFile Draft()
    {
        using var folder = AmendmentFolder.Chelyabinsk();
        var run = folder.Amend();
        Assert.True(run.ExitCode == 0, run.All);
        var loaded = DocumentLoader.Load(folder.Amendment);
        return Assert.IsType<AmendmentFile>(loaded.Model);
    }

    private static AuthorityProfile Profile() =>
        TestPipeline.Repository.Profiles.Find("chelyabinsk-minobr").Profile!;

    /// <summary>The amendment's body as rendered: each paragraph after «ПРИКАЗЫВАЮ:» up to the signature, a table row as its cells.</summary>
    private static List<string> Body(AmendmentFile amendment)
    {
        var globals = AmendmentTemplateModel.Build(amendment, Editions.Case("chelyabinsk", "old.yaml"), Profile());
        var model = (Scriban.Runtime.ScriptObject)globals["amendment"]!;
        var lines = new List<string> { (string)model["intro"]! };
        foreach (Scriban.Runtime.ScriptObject entry in (System.Collections.IEnumerable)model["entries"]!)
        {
            lines.Add((string)entry["text"]!);
            if (entry["rows"] is Scriban.Runtime.ScriptObject rows)
            {
                lines.Add("«");
                foreach (Scriban.Runtime.ScriptObject row in (System.Collections.IEnumerable)rows["rows"]!)
                {
                    lines.Add(string.Join(" | ", ((System.Collections.IEnumerable)row["cells"]!).Cast<Scriban.Runtime.ScriptObject>().Select(cell => (string)cell["text"]!)));
                }

                lines.Add((string)rows["closing"]!);
            }
        }

        return lines.Select(line => line.Replace('\u00A0', ' ')).ToList();
    }

    private static List<string> Diagnostics(AmendmentFolder folder, string text)
    {
        var path = folder.Write("broken.yaml", text);
        var checkedFile = folder.Check(path);
        return checkedFile.Report.Diagnostics.Select(d => d.ToString().Replace(folder.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList();
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    // The wording checks read the text as printed: the preview's source anchors are checked on their own.
    private static string Flat(string markup) =>
        Regex.Replace(Regex.Replace(markup, " source=\"[^\"]*\"", string.Empty).Replace("&#160;", " ", StringComparison.Ordinal).Replace('\u00A0', ' '), @"\s+", " ");
}
