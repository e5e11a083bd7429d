using Intensif.Dashboard.Messaging;
using Intensif.Hosting.ApplicationModel;
using Intensif.Hosting.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intensif.Dashboard;

/// <summary>
/// The messaging page's JSON: each service's outbox backlog, read from the databases the app model gives it,
/// and the broker's queues (depth, consumers, <c>_error</c> queues first); the messages of an <c>_error</c> queue, and
/// replaying one to its endpoint's queue (POST, same origin only).
/// </summary>
internal static class MessagingApi
{
    public static IEndpointRouteBuilder MapMessagingApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/messaging").RequireAuthorization();
        api.MapGet("/outboxes", async (DistributedApplicationContext app, CancellationToken cancellationToken) =>
            await Task.WhenAll(ServiceDatabases(app).Select(d => OutboxBacklogReader.ReadAsync(d.Service, d.Database, d.ConnectionString, cancellationToken))));
        api.MapGet("/queues", async (DistributedApplicationContext app, RabbitMqQueueLister lister, CancellationToken cancellationToken) =>
        {
            var brokers = app.Model.Resources.OfType<RabbitMQServerResource>().ToList();
            if (brokers.Count == 0) return Results.Ok(new BrokerQueues([], "the app model has no RabbitMQ broker", DateTimeOffset.UtcNow));
            var environment = app.Notifications.Find(brokers[0].Name)?.Environment ?? new Dictionary<string, string>();
            return Results.Ok(await lister.ListAsync(environment, cancellationToken));
        });
        api.MapGet("/queues/{queue}/messages", async (string queue, DistributedApplicationContext app, CancellationToken cancellationToken) =>
        {
            if (!ErrorQueues.IsErrorQueue(queue)) return Results.Problem("Only _error queues are read.", statusCode: StatusCodes.Status400BadRequest);
            return BrokerUri(app) is { } uri
                ? Results.Ok(await new ErrorQueues(uri).PeekAsync(queue, cancellationToken))
                : Results.Ok(ErrorQueueMessages.Failed(queue, NoBroker));
        });
        api.MapPost("/queues/{queue}/messages/{messageId}/replay", async (string queue, string messageId, DistributedApplicationContext app, CancellationToken cancellationToken) =>
        {
            if (!ErrorQueues.IsErrorQueue(queue)) return Results.Problem("Only messages of an _error queue are replayed.", statusCode: StatusCodes.Status400BadRequest);
            return BrokerUri(app) is { } uri
                ? Results.Ok(await new ErrorQueues(uri).ReplayAsync(queue, messageId, cancellationToken))
                : Results.Ok(ReplayResult.Failed(queue, messageId, NoBroker));
        }).AddEndpointFilter<SameOriginFilter>();
        return endpoints;
    }

    private const string NoBroker = "the app model has no RabbitMQ broker, or it is not started yet";

    /// <summary>The AMQP URI the app model gives the services (the private node's generated user, or the external broker's).</summary>
    private static string? BrokerUri(DistributedApplicationContext app)
    {
        try
        {
            return app.Model.Resources.OfType<RabbitMQServerResource>().FirstOrDefault()?.GetConnectionString();
        }
        catch (InvalidOperationException)
        {
            return null;   // not prepared yet
        }
    }

    /// <summary>Every (service, database) pair the app model declares with WithReference, once the database is known.</summary>
    private static IEnumerable<(string Service, string Database, string ConnectionString)> ServiceDatabases(DistributedApplicationContext app)
    {
        foreach (var service in app.Model.Resources.Where(r => r is ProjectResource or ExecutableResource))
        {
            foreach (var database in service.Annotations.OfType<ResourceReferenceAnnotation>().Select(a => a.Resource).OfType<PostgresDatabaseResource>().Distinct())
            {
                string connectionString;
                try
                {
                    connectionString = database.GetConnectionString();
                }
                catch (InvalidOperationException)
                {
                    continue;   // its server has not been prepared yet
                }
                yield return (service.Name, database.Name, connectionString);
            }
        }
    }
}
