namespace Prikaz.Import;

/// <summary>A profile to add as <c>templates/authorities/{Id}.yaml</c>.</summary>
public sealed record NewProfile(string Id, string Yaml);
