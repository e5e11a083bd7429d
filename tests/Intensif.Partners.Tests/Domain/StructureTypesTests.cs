using System.Text.Json;
using Intensif.Partners.Api.Domain;
using Intensif.Testing;

namespace Intensif.Partners.Tests.Domain;

public class StructureTypesTests
{
    [Fact]
    public void Every_data_inclusion_network_of_a_structure_type_is_a_value_of_the_v1_reseaux_porteurs_enumeration()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedSchemas.DataInclusionV1("structure.json")));
        var allowed = schema.RootElement.GetProperty("$defs").GetProperty("ReseauPorteur").GetProperty("enum")
            .EnumerateArray().Select(v => v.GetString()).ToHashSet();

        var networks = StructureTypes.All.Values.OfType<string>().ToList();

        Assert.NotEmpty(networks);
        Assert.All(networks, n => Assert.Contains(n, allowed));
    }
}
