using Prikaz.Diagnostics;

namespace Prikaz.Validation;

/// <summary>A rule as the documentation and <c>prikaz</c> list it.</summary>
public sealed record RuleInfo(string Code, Severity Severity, string Title);
