using System.Text.Json;
using System.Text.RegularExpressions;
using Intensif.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intensif.EndToEnd.Tests;

/// <summary>
/// The messaging page in a real browser, on the shared running platform: the queues with their depth and consumers,
/// every service's outbox backlog, and a poison message that failed every retry of its consumer, read in its
/// <c>_error</c> queue and replayed.
/// </summary>
[Collection(SharedPlatformCollection.Name)]
public sealed class DashboardBrowserMessagingTests(SharedPlatform shared)
{
    private const string Queue = "indicators-contract-signed";
    private const int Services = 5;

    [Fact]
    public async Task A_poison_message_shows_in_its_error_queue_and_an_operator_replays_it()
    {
        await using var browser = await DashboardBrowser.LogInAsync(shared.Platform);
        var page = browser.Page;
        var messageId = Guid.NewGuid().ToString();
        await PublishAPoisonMessageAsync(browser, messageId);

        await page.GotoAsync(browser.Url("/messaging"));
        var outboxes = page.Locator("#outboxes tbody tr");
        await Expect(outboxes).ToHaveCountAsync(Services);
        foreach (var service in new[] { "contracts-api", "catalogue-api", "scheduling-api", "partners-api", "indicators-api" })
            await Expect(outboxes.Filter(new() { HasText = service }).Locator("td").Nth(2)).ToHaveTextAsync(new Regex(@"^\d+$"));
        var queue = QueueRow(page, Queue);
        await Expect(queue.Locator("td").Nth(1)).ToHaveTextAsync(new Regex(@"^\d+$"));
        await Expect(queue.Locator("td").Nth(2)).ToHaveTextAsync(new Regex("^[1-9]"));   // indicators-api consumes it
        // after three retries (0.1 s, 0.5 s, 1 s) MassTransit moves it to the endpoint's _error queue
        var errorQueue = QueueRow(page, Queue + "_error");
        await Expect(errorQueue).ToHaveClassAsync("error-queue");
        await Expect(errorQueue.Locator("td").Nth(1)).ToHaveTextAsync("1");

        await errorQueue.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#error-queue")).ToHaveTextAsync(Queue + "_error");
        var message = page.Locator("#errors tbody tr").Filter(new() { HasText = messageId });
        await Expect(message).ToContainTextAsync("urn:message:Intensif.IntegrationEvents:ContractSigned");
        await Expect(message.Locator("td").Nth(2)).ToContainTextAsync("Exception");
        await Expect(message.Locator("td").Nth(4)).ToContainTextAsync("\"organismeId\":null");
        await Expect(message).ToBeInViewportAsync();
        await browser.ScreenshotAsync("messaging");

        await message.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();   // confirmed
        await Expect(page.Locator("#error-note")).ToContainTextAsync($"Moved to {Queue}.");
        // still poisonous: consumed again, it fails again and comes back
        bool Holds(JsonElement read) => read.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("messageId").GetString() == messageId);
        var back = await Eventually.MatchAsync(() => browser.GetJsonAsync($"/api/messaging/queues/{Queue}_error/messages"), Holds, TimeSpan.FromSeconds(60));
        Assert.True(Holds(back), $"{messageId} came back to {Queue}_error: {back}");
        await errorQueue.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(message).ToHaveCountAsync(1);
        await page.ClickAsync("#close-errors");
        await Expect(page.Locator("#error-messages")).ToBeHiddenAsync();
    }

    private static ILocator QueueRow(IPage page, string name) =>
        page.Locator("#queues tbody tr").Filter(new() { Has = page.Locator("td:first-child", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });

    /// <summary>
    /// A ContractSigned without its organisme, as a faulty producer would publish it: indicators-api cannot store it.
    /// Published with the broker URI the AppHost gave the service, revealed by the dashboard.
    /// </summary>
    private static async Task PublishAPoisonMessageAsync(DashboardBrowser browser, string messageId)
    {
        var broker = (await browser.GetJsonAsync("/api/resources/indicators-api/environment/ConnectionStrings__messaging")).GetProperty("value").GetString()!;
        var body = JsonSerializer.Serialize(new
        {
            messageId,
            conversationId = Guid.NewGuid(),
            sourceAddress = "rabbitmq://127.0.0.1/faulty-producer",
            destinationAddress = $"rabbitmq://127.0.0.1/{Queue}",
            messageType = new[] { "urn:message:Intensif.IntegrationEvents:ContractSigned" },
            message = new
            {
                eventId = Guid.NewGuid(),
                occurredAt = DateTimeOffset.UtcNow,
                contractId = Guid.NewGuid(),
                organismeId = (string?)null,
                territory = "13",
                pseudonymousBeneficiaryId = Guid.NewGuid(),
                signedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            },
            sentTime = DateTimeOffset.UtcNow,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await DashboardAmqpPublisher.PublishAsync(new Uri(broker), Queue, messageId, "application/vnd.masstransit+json", body, timeout.Token);
    }
}
