namespace Prikaz.Building;

/// <summary>What a build did with one document.</summary>
public enum BuildStatus
{
    /// <summary>Its inputs changed (or its outputs were missing or altered): it was rendered again.</summary>
    Rendered,

    /// <summary>Its inputs and outputs match the manifest: nothing was written.</summary>
    UpToDate,

    /// <summary>It has errors; its previous documents, if any, were left as they were.</summary>
    Failed,

    /// <summary>The build was stopped (Ctrl+C, SIGTERM) before it got to it; its entry is the previous build's.</summary>
    Interrupted,
}
