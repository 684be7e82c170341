namespace WatchDog.Core.Probing;

/// <summary>Thrown by the connect step when the address policy refuses every address a host resolved to.</summary>
internal sealed class AddressBlockedException(string message) : Exception(message);
