using System.Text.Json.Serialization;
using Prikaz.Schema;

namespace Prikaz.Profiles;

/// <summary>Where the date, the registration number and the place of issue stand under the document type.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RequisitesLayout>))]
public enum RequisitesLayout
{
    /// <summary>Date at the left border and «№ …» at the right border of one line, the place centred below.</summary>
    OneLine,

    /// <summary>Date, place and «№ …» each on a line of its own (as the Molchanovo form prints them).</summary>
    Stacked,
}
