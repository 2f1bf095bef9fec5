namespace Prikaz.Tests.Import;

/// <summary>
/// How many cells of an imported table agree with the hand transcription's. Rows are aligned by their
/// longest common subsequence on the row's cells; an aligned pair is compared cell by cell, and every
/// cell of a row that has no partner (in either table) counts as a disagreement.
/// </summary>
internal sealed record CellAgreement(int Cells, int Agreeing, IReadOnlyList<string> Disagreements)
{
    public double Share => Cells == 0 ? 1 : (double)Agreeing / Cells;

    public static CellAgreement Of(IReadOnlyList<IReadOnlyList<string>> expected, IReadOnlyList<IReadOnlyList<string>> actual)
    {
        var lcs = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
        {
            for (var j = actual.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = Similar(expected[i], actual[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var cells = 0;
        var agreeing = 0;
        var disagreements = new List<string>();
        int e = 0, a = 0;
        while (e < expected.Count || a < actual.Count)
        {
            if (e < expected.Count && a < actual.Count && Similar(expected[e], actual[a]) && lcs[e, a] == lcs[e + 1, a + 1] + 1)
            {
                for (var c = 0; c < Math.Max(expected[e].Count, actual[a].Count); c++)
                {
                    var want = c < expected[e].Count ? expected[e][c] : "(нет ячейки)";
                    var got = c < actual[a].Count ? actual[a][c] : "(нет ячейки)";
                    cells++;
                    if (want == got)
                    {
                        agreeing++;
                    }
                    else
                    {
                        disagreements.Add($"строка {e + 1}, столбец {c + 1}: ожидалось «{want}», импорт дал «{got}»");
                    }
                }

                e++;
                a++;
            }
            else if (a >= actual.Count || (e < expected.Count && lcs[e + 1, a] >= lcs[e, a + 1]))
            {
                cells += expected[e].Count;
                disagreements.Add($"строка {e + 1} транскрипции не найдена в импорте: {string.Join(" | ", expected[e])}");
                e++;
            }
            else
            {
                cells += actual[a].Count;
                disagreements.Add($"лишняя строка импорта: {string.Join(" | ", actual[a])}");
                a++;
            }
        }

        return new CellAgreement(cells, agreeing, disagreements);
    }

    /// <summary>Rows pair up when at least half of their cells agree.</summary>
    private static bool Similar(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        var same = x.Zip(y).Count(p => p.First == p.Second && p.First.Length > 0);
        return same * 2 >= Math.Max(x.Count(c => c.Length > 0), 1);
    }
}
