namespace Intensif.Messaging;

/// <summary>The service prefix given to AddMessaging: endpoint names, metric tags, log scopes.</summary>
internal sealed record MessagingService(string Prefix);
