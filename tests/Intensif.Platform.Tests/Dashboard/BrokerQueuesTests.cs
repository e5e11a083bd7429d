using System.Text;
using Intensif.Dashboard.Messaging;
using Intensif.Testing;
using RabbitMQ.Client;

namespace Intensif.Platform.Tests.Dashboard;

/// <summary>The messaging page's queue list, from rabbitmqctl run with the node's environment.</summary>
public sealed class BrokerQueuesTests
{
    [Fact]
    public async Task Queues_are_listed_with_depth_and_consumers_and_error_queues_come_first()
    {
        var broker = await TestServers.RabbitMqAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var factory = new ConnectionFactory { Uri = new Uri(broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync($"dash-{suffix}", durable: false, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync($"dash-{suffix}_error", durable: false, exclusive: false, autoDelete: false);
        await channel.BasicPublishAsync("", $"dash-{suffix}_error", Encoding.UTF8.GetBytes("{}"));
        await channel.BasicPublishAsync("", $"dash-{suffix}_error", Encoding.UTF8.GetBytes("{}"));

        // rabbitmqctl boots an Erlang VM: on a machine busy with the other test assemblies it can take far longer than
        // the page's 15 s, which is not what this test is about
        var lister = new RabbitMqQueueLister(timeout: TimeSpan.FromMinutes(2));
        var listed = await Eventually.MatchAsync(
            () => lister.ListAsync(broker.NodeEnvironment(), CancellationToken.None),
            q => q.Queues.Any(x => x.Name == $"dash-{suffix}_error" && x.Messages == 2), TimeSpan.FromMinutes(3));

        Assert.Null(listed.Problem);
        var error = Assert.Single(listed.Queues, q => q.Name == $"dash-{suffix}_error");
        Assert.True(error.IsErrorQueue);
        Assert.Equal(2, error.Messages);
        var ordinary = Assert.Single(listed.Queues, q => q.Name == $"dash-{suffix}");
        Assert.False(ordinary.IsErrorQueue);
        Assert.Equal(0, ordinary.Messages);
        Assert.True(listed.Queues.TakeWhile(q => q.IsErrorQueue && q.Messages > 0).Contains(error), "an _error queue holding messages is listed first");
    }

    [Fact]
    public async Task Without_the_node_environment_the_page_says_why_there_are_no_queues()
    {
        var listed = await new RabbitMqQueueLister().ListAsync(new Dictionary<string, string>(), CancellationToken.None);

        Assert.Empty(listed.Queues);
        Assert.Contains("external or not started", listed.Problem);
    }
}
