namespace Prikaz.Amendments;

/// <summary>A change that cannot be applied to the edition it names; the message says why, in Russian.</summary>
public sealed class ChangeNotApplicableException(Change change, ChangeProblem problem, string reason)
    : Exception($"изменение ({ChangeWording.Target(change)}) нельзя применить: {reason}")
{
    public Change Change { get; } = change;

    public ChangeProblem Problem { get; } = problem;

    /// <summary>Why, without the unit: «слова «…» встречаются в тексте не ровно один раз».</summary>
    public string Reason { get; } = reason;
}
