namespace Prikaz.Profiles;

/// <summary>Codes of authority-profile problems (PRK150–PRK199).</summary>
public static class ProfileCodes
{
    /// <summary>The roadmap names an authority that has no profile in the templates folder.</summary>
    public const string UnknownAuthority = "PRK150";

    /// <summary>A profile's <c>id</c> is not its file name.</summary>
    public const string IdMismatch = "PRK151";

    /// <summary>The templates folder does not exist or has no <c>authorities/</c>.</summary>
    public const string NoTemplates = "PRK152";

    /// <summary>The profile file is a link whose real path is outside the templates folder.</summary>
    public const string OutsideFolder = "PRK153";

    /// <summary>Every profile code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (UnknownAuthority, "нет профиля органа власти с таким идентификатором"),
        (IdMismatch, "идентификатор в профиле не совпадает с именем файла"),
        (NoTemplates, "нет папки шаблонов с профилями органов власти"),
        (OutsideFolder, "профиль — ссылка за пределы папки шаблонов"),
    ];
}
