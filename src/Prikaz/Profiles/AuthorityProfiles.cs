using System.Collections.Concurrent;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Templating;

namespace Prikaz.Profiles;

/// <summary>
/// The authority profiles of one templates folder, each loaded and checked once (thread-safe, so a
/// parallel build shares them). Problems are reported against the profile's own file.
/// </summary>
public sealed class AuthorityProfiles
{
    private static readonly SchemaBoundLoader<AuthorityProfile> Loader = new(() => ProfileSchema.Json);

    private readonly TemplateFolder folder;
    private readonly ConcurrentDictionary<string, ProfileLookup> cache = new(StringComparer.Ordinal);

    public AuthorityProfiles(TemplateFolder folder) => this.folder = folder;

    /// <summary>The profile for <paramref name="authorityId"/> or the problems that prevent using it.</summary>
    public ProfileLookup Find(string authorityId) => cache.GetOrAdd(authorityId, Load);

    /// <summary>The ids of every profile in the folder, sorted.</summary>
    public IReadOnlyList<string> Ids()
    {
        var directory = Path.Combine(folder.Root, "authorities");
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private ProfileLookup Load(string authorityId)
    {
        var path = folder.ProfilePath(authorityId);
        var display = Path.Combine(folder.DisplayRoot, "authorities", authorityId + ".yaml").Replace('\\', '/');
        if (path is null && File.Exists(Path.Combine(folder.Root, "authorities", authorityId + ".yaml")))
        {
            return new ProfileLookup(null, [new Diagnostic(display, 0, 0, Severity.Error, ProfileCodes.OutsideFolder,
                $"профиль органа власти \"{authorityId}\" — ссылка за пределы папки шаблонов; профили читаются только из {folder.DisplayRoot}/authorities/")]);
        }

        if (path is null || !File.Exists(path))
        {
            var nearest = EditDistance.Nearest(authorityId, Ids());
            var hint = nearest is null ? $"профили лежат в {folder.DisplayRoot}/authorities/" : $"возможно, имелось в виду \"{nearest}\"";
            return new ProfileLookup(null, [new Diagnostic(display, 0, 0, Severity.Error, ProfileCodes.UnknownAuthority,
                $"нет профиля органа власти \"{authorityId}\"; {hint}")]);
        }

        var loaded = Loader.Load(path, display);
        if (loaded.Value is { } profile && profile.Id != authorityId)
        {
            var position = loaded.Map.Locate("/id");
            return new ProfileLookup(null, [.. loaded.Diagnostics, new Diagnostic(display, position.Line, position.Column, Severity.Error,
                ProfileCodes.IdMismatch, $"идентификатор профиля \"{profile.Id}\" не совпадает с именем файла \"{authorityId}.yaml\"")]);
        }

        return new ProfileLookup(loaded.Value, loaded.Diagnostics, loaded.Map);
    }
}
