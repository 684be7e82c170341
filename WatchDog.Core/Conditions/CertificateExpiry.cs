namespace WatchDog.Core.Conditions;

/// <summary>The earliest-expiring certificate a server presented: when it expires and whose it is.</summary>
public sealed record CertificateExpiry(DateTimeOffset NotAfter, string Subject);
