using Prikaz.Import.Recognition;
using Prikaz.Profiles;

namespace Prikaz.Import;

/// <summary>
/// Finds the authority profile an order was issued under: the profile whose letterhead (or name, or
/// short name) reads like the order's letterhead. None found: a new profile is proposed.
/// </summary>
internal static class AuthorityMatch
{
    public static AuthorityProfile? Find(DraftOrder order, IEnumerable<AuthorityProfile> profiles)
    {
        var letterhead = PlainText.Key(string.Join(' ', order.Letterhead));
        if (letterhead.Length == 0)
        {
            return null;
        }

        return profiles
            .Where(p => p.Id != "default")
            .FirstOrDefault(p => PlainText.Key(string.Join(' ', p.Letterhead)) == letterhead || PlainText.Key(p.Name) == letterhead);
    }
}
