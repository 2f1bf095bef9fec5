namespace Prikaz.Amendments;

/// <summary>A problem a comparison found, located in the new edition by JSON Pointer, with a Russian message.</summary>
public sealed record EditionFinding(string Code, string Pointer, string Message);
